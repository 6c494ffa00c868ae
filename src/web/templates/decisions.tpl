{{%AUTOESCAPE context="HTML"}}
{{>ERRORS}}
<h1 class="govuk-heading-xl">Decisions register</h1>
<p class="govuk-body">The outcome each meeting gave the recommendations put to it, across every body.</p>
<form action="/decisions" method="get" novalidate class="br-filters">
  <div class="govuk-form-group{{#BODY_ERROR}} govuk-form-group--error{{/BODY_ERROR}}">
    <label class="govuk-label" for="body">Body</label>
    {{#BODY_ERROR}}<p id="body-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/BODY_ERROR}}
    <select class="govuk-select{{#BODY_ERROR}} govuk-select--error{{/BODY_ERROR}}" id="body" name="body"{{#BODY_ERROR}} aria-describedby="body-error"{{/BODY_ERROR}}>
{{#BODY_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/BODY_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#FROM_ERROR}} govuk-form-group--error{{/FROM_ERROR}}">
    <label class="govuk-label" for="from">Decided on or after</label>
    <div id="from-hint" class="govuk-hint">For example, 2026-04-01</div>
    {{#FROM_ERROR}}<p id="from-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FROM_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#FROM_ERROR}} govuk-input--error{{/FROM_ERROR}}" id="from" name="from" type="text" value="{{FROM}}" aria-describedby="from-hint{{#FROM_ERROR}} from-error{{/FROM_ERROR}}">
  </div>
  <div class="govuk-form-group{{#UNTIL_ERROR}} govuk-form-group--error{{/UNTIL_ERROR}}">
    <label class="govuk-label" for="until">Decided on or before</label>
    <div id="until-hint" class="govuk-hint">For example, 2027-03-31</div>
    {{#UNTIL_ERROR}}<p id="until-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/UNTIL_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#UNTIL_ERROR}} govuk-input--error{{/UNTIL_ERROR}}" id="until" name="until" type="text" value="{{UNTIL}}" aria-describedby="until-hint{{#UNTIL_ERROR}} until-error{{/UNTIL_ERROR}}">
  </div>
  <div class="govuk-form-group{{#OUTCOME_ERROR}} govuk-form-group--error{{/OUTCOME_ERROR}}">
    <label class="govuk-label" for="outcome">Outcome</label>
    {{#OUTCOME_ERROR}}<p id="outcome-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OUTCOME_ERROR}}
    <select class="govuk-select{{#OUTCOME_ERROR}} govuk-select--error{{/OUTCOME_ERROR}}" id="outcome" name="outcome"{{#OUTCOME_ERROR}} aria-describedby="outcome-error"{{/OUTCOME_ERROR}}>
{{#OUTCOME_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OUTCOME_OPTION}}    </select>
  </div>
  <button class="govuk-button govuk-button--secondary" type="submit">Apply filters</button>
</form>
{{#NO_DECISIONS}}<p class="govuk-body">No decisions match.</p>{{/NO_DECISIONS}}
<table class="govuk-table br-decisions">
  <caption class="govuk-table__caption govuk-table__caption--m">Decisions</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Date</th>
      <th scope="col" class="govuk-table__header">Body</th>
      <th scope="col" class="govuk-table__header">Paper</th>
      <th scope="col" class="govuk-table__header">Recommendation</th>
      <th scope="col" class="govuk-table__header">Outcome</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
{{#DECISION}}
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{{#MEETING}}<a class="govuk-link" href="{{HREF}}">{{/MEETING}}<time datetime="{{DATE_ISO}}">{{DATE}}</time>{{#MEETING}}</a>{{/MEETING}}</td>
      <td class="govuk-table__cell">{{BODY_NAME}}</td>
      <td class="govuk-table__cell">{{PAPER_TITLE}}</td>
      <td class="govuk-table__cell">{{LABEL}} {{TEXT}}</td>
      <td class="govuk-table__cell">{{OUTCOME}}<span class="br-decisions__note">{{NOTE}}</span></td>
    </tr>
{{/DECISION}}
  </tbody>
</table>
<nav class="br-pager" aria-label="Pages of decisions">
{{#PREVIOUS}}<a class="govuk-link" href="{{HREF}}">Previous page</a>{{/PREVIOUS}}
{{#NEXT}}<a class="govuk-link" href="{{HREF}}">Next page</a>{{/NEXT}}
</nav>
