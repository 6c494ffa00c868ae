{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{BODY_NAME}} · {{INSPECTORATE}}</span>
<h1 class="govuk-heading-xl">{{TITLE}}</h1>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published</dt><dd class="govuk-summary-list__value"><time datetime="{{PUBLISHED_ISO}}">{{PUBLISHED}}</time></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Response due</dt><dd class="govuk-summary-list__value"><time datetime="{{RESPONSE_DUE_ISO}}">{{RESPONSE_DUE}}</time> (the last of 56 days beginning with publication)</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Response</dt><dd class="govuk-summary-list__value"><strong class="govuk-tag {{RESPONSE_CLASS}}">{{RESPONSE_LABEL}}</strong> {{RESPONSE_MESSAGE}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Our response paper</dt><dd class="govuk-summary-list__value">{{PAPER_TITLE}}</dd></div>
</dl>
{{#RESPONSE_WARNING}}
<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>{{MESSAGE}}</strong>
</div>
{{/RESPONSE_WARNING}}
<p class="govuk-body">{{RECOMMENDATIONS}} recommendations, {{AREAS}} areas for improvement; {{URGENT}} urgent, {{OVERDUE}} overdue, {{DUE_SOON}} due in the next 14 days.</p>
{{#NO_ITEMS}}<p class="govuk-body">No recommendations or areas for improvement were found in the response.</p>{{/NO_ITEMS}}
{{#ITEMS}}
<table class="govuk-table br-inspection-items">
  <caption class="govuk-table__caption govuk-visually-hidden">Recommendations and areas for improvement</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">No.</th>
      <th scope="col" class="govuk-table__header">Kind</th>
      <th scope="col" class="govuk-table__header">Text</th>
      <th scope="col" class="govuk-table__header">Addressee</th>
      <th scope="col" class="govuk-table__header">Due</th>
      <th scope="col" class="govuk-table__header">Our response</th>
      <th scope="col" class="govuk-table__header">Status</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
{{#ITEM}}
    <tr class="govuk-table__row" id="item-{{ID}}">
      <td class="govuk-table__cell">{{POSITION}}</td>
      <td class="govuk-table__cell">{{KIND}}</td>
      <td class="govuk-table__cell">{{TEXT}}</td>
      <td class="govuk-table__cell">{{ADDRESSEE}}</td>
      <td class="govuk-table__cell">{{#URGENT}}<strong class="govuk-tag govuk-tag--red">Urgent</strong> {{/URGENT}}<time datetime="{{DUE_ISO}}">{{DUE}}</time>{{#DUE_STATE}} <strong class="govuk-tag {{CLASS}}">{{LABEL}}</strong> <span class="br-due">{{MESSAGE}}</span>{{/DUE_STATE}}</td>
      <td class="govuk-table__cell">{{RESPONSE}}</td>
      <td class="govuk-table__cell">{{STATUS}}</td>
    </tr>
{{/ITEM}}
  </tbody>
</table>
{{/ITEMS}}
<p class="govuk-body"><a class="govuk-link" href="/inspections">Every inspection</a> · <a class="govuk-link" href="/api/v1/inspections/{{ID}}">This inspection as JSON</a></p>
