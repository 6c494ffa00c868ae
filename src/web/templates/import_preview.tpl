{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{FILE}}</span>
<h1 class="govuk-heading-xl">Check the import</h1>
{{#DUPLICATE}}<div class="govuk-inset-text">{{MESSAGE}} Nothing will be imported.</div>
<p class="govuk-body"><a class="govuk-link" href="/imports/new">Upload another file</a></p>{{/DUPLICATE}}
{{#NEW}}<p class="govuk-body">Nothing has been stored yet. {{MESSAGE}}</p>
{{#BODY_CREATED}}<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>There is no body called {{BODY_NAME}}: importing will create it.</strong>
</div>{{/BODY_CREATED}}
<dl class="govuk-summary-list" id="meeting">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Body</dt><dd class="govuk-summary-list__value">{{BODY_NAME}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Meeting</dt><dd class="govuk-summary-list__value">{{#MEETING}}<time datetime="{{DATE_ISO}}">{{DATE}}</time>{{#TIME}}, {{VALUE}}{{/TIME}}{{#VENUE}}, {{VALUE}}{{/VENUE}}{{#EXISTING}} (a meeting already held: the file is added to it){{/EXISTING}}{{/MEETING}}{{#NO_MEETING}}None: the file names no meeting{{/NO_MEETING}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Kind of file</dt><dd class="govuk-summary-list__value">{{KIND}}</dd></div>
</dl>

<h2 class="govuk-heading-l" id="agenda">Agenda</h2>
{{#NO_AGENDA}}<p class="govuk-body">The file has no agenda.</p>{{/NO_AGENDA}}
{{#HAS_AGENDA}}<ol class="br-agenda">
{{#ITEM}}  <li class="br-agenda__item"><span class="br-agenda__number">{{NUMBER}}</span> <span class="br-agenda__title">{{TITLE}}</span>{{#VERBAL}} <strong class="govuk-tag govuk-tag--grey">Verbal update</strong>{{/VERBAL}}{{#PRESENTER}} <span class="br-agenda__presenter">{{VALUE}}</span>{{/PRESENTER}}</li>
{{/ITEM}}</ol>{{/HAS_AGENDA}}

<h2 class="govuk-heading-l" id="papers">Papers</h2>
{{#NO_PAPERS}}<p class="govuk-body">The file has no papers.</p>{{/NO_PAPERS}}
{{#PAPER}}<div class="br-preview-paper">
  <h3 class="govuk-heading-m">{{#AGENDA_NUMBER}}{{VALUE}}. {{/AGENDA_NUMBER}}{{TITLE}}</h3>
  <p class="govuk-body"><strong class="govuk-tag {{TAG_CLASS}}">{{DISPOSITION}}</strong></p>
  {{#NO_RECOMMENDATIONS}}<p class="govuk-body">No recommendations.</p>{{/NO_RECOMMENDATIONS}}
  {{#HAS_RECOMMENDATIONS}}<h4 class="govuk-heading-s">Recommendations</h4>
  <ul class="govuk-list">
{{#RECOMMENDATION}}    <li><span class="br-preview-label">{{LABEL}}</span> {{TEXT}}</li>
{{/RECOMMENDATION}}  </ul>{{/HAS_RECOMMENDATIONS}}
</div>
{{/PAPER}}
<h2 class="govuk-heading-l" id="actions">Actions</h2>
{{#NO_ACTIONS}}<p class="govuk-body">The file has no action log.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">Actions from the file's action log</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Number</th><th scope="col" class="govuk-table__header">Action</th><th scope="col" class="govuk-table__header">Owner</th><th scope="col" class="govuk-table__header">Target</th><th scope="col" class="govuk-table__header">Status</th></tr></thead>
  <tbody class="govuk-table__body">
{{#ACTION}}    <tr class="govuk-table__row"><td class="govuk-table__cell">{{NUMBER}}</td><td class="govuk-table__cell">{{TEXT}}</td><td class="govuk-table__cell">{{OWNER}}</td><td class="govuk-table__cell">{{TARGET}}</td><td class="govuk-table__cell">{{STATUS}}</td></tr>
{{/ACTION}}  </tbody>
</table>{{/HAS_ACTIONS}}

<h2 class="govuk-heading-l" id="warnings">Warnings</h2>
{{#NO_WARNINGS}}<p class="govuk-body">The importer found nothing to warn about.</p>{{/NO_WARNINGS}}
{{#HAS_WARNINGS}}<ul class="govuk-list govuk-list--bullet">
{{#WARNING}}  <li><span class="br-preview-label">{{WHERE}}</span> {{MESSAGE}}</li>
{{/WARNING}}</ul>{{/HAS_WARNINGS}}

<form action="/imports" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="upload" value="{{UPLOAD_TOKEN}}">
  <div class="govuk-button-group">
    <button class="govuk-button" id="confirm-import" type="submit">Import this file</button>
    <a class="govuk-link" href="/imports/new">Cancel and upload another file</a>
  </div>
</form>{{/NEW}}
