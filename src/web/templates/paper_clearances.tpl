{{%AUTOESCAPE context="HTML"}}
{{>ERRORS}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">Clearances: {{TITLE}}</h1>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Publication</dt><dd class="govuk-summary-list__value">{{#PUBLISHED}}<strong class="govuk-tag govuk-tag--green">Published</strong>{{/PUBLISHED}}{{#UNPUBLISHED}}<strong class="govuk-tag govuk-tag--grey">Not published</strong>{{/UNPUBLISHED}} (version {{VERSION}})</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Meeting date</dt><dd class="govuk-summary-list__value"><time datetime="{{MEETING_DATE_ISO}}">{{MEETING_DATE}}</time></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Required by the body</dt><dd class="govuk-summary-list__value">{{REQUIRED}}</dd></div>
</dl>
{{#MISSING}}
<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>Not yet cleared for: {{AREAS}}. The paper cannot be published until these clearances are given.</strong>
</div>
{{/MISSING}}

<h2 class="govuk-heading-l" id="clearances">Clearances</h2>
{{#NO_AREAS}}<p class="govuk-body">This body requires no clearance before a paper is published.</p>{{/NO_AREAS}}
<table class="govuk-table br-clearances">
  <caption class="govuk-table__caption govuk-visually-hidden">Clearance areas and where each stands</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Area</th><th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header">Officer</th><th scope="col" class="govuk-table__header">Recorded</th>{{#CLERK}}<th scope="col" class="govuk-table__header">Change</th>{{/CLERK}}</tr></thead>
  <tbody class="govuk-table__body">
{{#AREA}}
    <tr class="govuk-table__row" id="area-{{SLUG}}">
      <th scope="row" class="govuk-table__header">{{AREA}}{{#OPTIONAL}} <span class="govuk-hint">(not required)</span>{{/OPTIONAL}}</th>
      <td class="govuk-table__cell">{{#CLEARED}}<strong class="govuk-tag govuk-tag--green">Cleared</strong>{{/CLEARED}}{{#NOT_CLEARED}}<strong class="govuk-tag govuk-tag--red">Not cleared</strong>{{/NOT_CLEARED}}</td>
      <td class="govuk-table__cell">{{OFFICER}}</td>
      <td class="govuk-table__cell">{{#RECORDED}}<time datetime="{{DATE_ISO}}">{{DATE}}</time>{{/RECORDED}}</td>
{{#FORM}}      <td class="govuk-table__cell">
        <form action="{{ACTION}}" method="post" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="hidden" name="area" value="{{AREA}}">
          <input type="hidden" name="version" value="{{VERSION}}">
{{#GIVE}}          <input type="hidden" name="cleared" value="yes">
          <div class="govuk-form-group{{#OFFICER_ERROR}} govuk-form-group--error{{/OFFICER_ERROR}}">
            <label class="govuk-label" for="{{FIELD_ID}}">Officer who cleared it</label>
            {{#OFFICER_ERROR}}<p id="{{FIELD_ID}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OFFICER_ERROR}}
            <input class="govuk-input govuk-input--width-20{{#OFFICER_ERROR}} govuk-input--error{{/OFFICER_ERROR}}" id="{{FIELD_ID}}" name="officer" type="text" value="{{OFFICER_VALUE}}"{{#OFFICER_ERROR}} aria-describedby="{{FIELD_ID}}-error"{{/OFFICER_ERROR}}>
          </div>
          <button class="govuk-button govuk-button--secondary" type="submit">Give {{AREA}} clearance</button>
{{/GIVE}}{{#WITHDRAW}}          <input type="hidden" name="cleared" value="no">
          <button class="govuk-button govuk-button--warning" type="submit">Withdraw {{AREA}} clearance</button>
{{/WITHDRAW}}        </form>
      </td>
{{/FORM}}    </tr>
{{/AREA}}
  </tbody>
</table>

{{#PUBLISH_FORM}}
<h2 class="govuk-heading-l" id="publish">Publish</h2>
<form action="{{ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  {{#PUBLISH_ERROR}}<p id="publish-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PUBLISH_ERROR}}
  <button class="govuk-button" type="submit" id="publish-button">Publish the paper</button>
</form>
{{/PUBLISH_FORM}}
<ul class="govuk-list">
  <li><a class="govuk-link" href="/dashboard">Your dashboard</a></li>
{{#HISTORY}}  <li><a class="govuk-link" href="{{HREF}}">History of this paper</a></li>
{{/HISTORY}}</ul>
