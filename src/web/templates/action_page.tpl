{{%AUTOESCAPE context="HTML"}}
{{>ERRORS}}
{{#EDIT_CONFLICT}}
<div class="govuk-notification-banner" role="region" aria-labelledby="edit-conflict-title">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="edit-conflict-title">Someone else changed this action</h2></div>
  <div class="govuk-notification-banner__content">
    <p class="govuk-body">Your edit was not saved. Compare it with the action as it is now, then send it again if it is still right.</p>
    <table class="govuk-table br-conflict">
      <caption class="govuk-table__caption govuk-visually-hidden">Your edit and the action now</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header"></th><th scope="col" class="govuk-table__header">Your edit</th><th scope="col" class="govuk-table__header">Now</th></tr></thead>
      <tbody class="govuk-table__body">
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Version</th><td class="govuk-table__cell">{{SENT_VERSION}}</td><td class="govuk-table__cell">{{NOW_VERSION}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Action</th><td class="govuk-table__cell">{{SENT_TEXT}}</td><td class="govuk-table__cell">{{NOW_TEXT}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Owner</th><td class="govuk-table__cell">{{SENT_OWNER}}</td><td class="govuk-table__cell">{{NOW_OWNER}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Target date</th><td class="govuk-table__cell">{{SENT_TARGET}}</td><td class="govuk-table__cell">{{NOW_TARGET}}</td></tr>
      </tbody>
    </table>
  </div>
</div>
{{/EDIT_CONFLICT}}
{{#CONFLICT}}
<div class="govuk-notification-banner" role="region" aria-labelledby="conflict-title">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="conflict-title">Someone else changed this action</h2></div>
  <div class="govuk-notification-banner__content">
    <p class="govuk-body">Your change was not saved. Compare it with the action as it is now, then send it again if it is still right.</p>
    <table class="govuk-table br-conflict">
      <caption class="govuk-table__caption govuk-visually-hidden">Your change and the action now</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header"></th><th scope="col" class="govuk-table__header">Your change</th><th scope="col" class="govuk-table__header">Now</th></tr></thead>
      <tbody class="govuk-table__body">
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Version</th><td class="govuk-table__cell">{{SENT_VERSION}}</td><td class="govuk-table__cell">{{NOW_VERSION}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Status</th><td class="govuk-table__cell">{{SENT_STATUS}}</td><td class="govuk-table__cell">{{NOW_STATUS}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Note or latest update</th><td class="govuk-table__cell">{{SENT_NOTE}}</td><td class="govuk-table__cell">{{NOW_NOTE}}</td></tr>
      </tbody>
    </table>
  </div>
</div>
{{/CONFLICT}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">Action {{NUMBER}}</h1>
<p class="govuk-body-l">{{TEXT}}</p>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Owner</dt><dd class="govuk-summary-list__value">{{OWNER}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Target date</dt><dd class="govuk-summary-list__value"><time datetime="{{TARGET_ISO}}">{{TARGET}}</time> {{#OVERDUE}}<strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}{{#DUE_SOON}}<strong class="govuk-tag govuk-tag--yellow">Due soon</strong>{{/DUE_SOON}} {{DUE_MESSAGE}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">{{STATUS}} (version {{VERSION}})</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Raised</dt><dd class="govuk-summary-list__value">{{#RAISED}}<a class="govuk-link" href="{{HREF}}"><time datetime="{{DATE_ISO}}">{{DATE}}</time></a>{{/RAISED}} item {{AGENDA_ITEM}}</dd></div>
{{#REPORT_BACK}}  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Report back to</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="{{HREF}}"><time datetime="{{DATE_ISO}}">{{DATE}}</time></a></dd></div>
{{/REPORT_BACK}}</dl>
<ul class="govuk-list">
  <li><a class="govuk-link" href="{{LOG_HREF}}">The body's action log</a></li>
{{#HISTORY}}  <li><a class="govuk-link" href="{{HREF}}">History of this action</a></li>
{{/HISTORY}}</ul>

<h2 class="govuk-heading-l" id="updates">Updates</h2>
{{#NO_UPDATES}}<p class="govuk-body">No updates yet.</p>{{/NO_UPDATES}}
<ol class="govuk-list br-updates">
{{#UPDATE}}  <li><time datetime="{{DATE_ISO}}">{{DATE}}</time>: {{TEXT}} <span class="br-updates__author">{{AUTHOR}}</span></li>
{{/UPDATE}}</ol>

{{#UPDATE_FORM}}
<form action="{{ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h3 class="govuk-heading-m">Add an update</h3>
  <div class="govuk-form-group{{#UPDATE_TEXT_ERROR}} govuk-form-group--error{{/UPDATE_TEXT_ERROR}}">
    <label class="govuk-label" for="update-text">Update</label>
    {{#UPDATE_TEXT_ERROR}}<p id="update-text-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/UPDATE_TEXT_ERROR}}
    <textarea class="govuk-textarea{{#UPDATE_TEXT_ERROR}} govuk-textarea--error{{/UPDATE_TEXT_ERROR}}" id="update-text" name="text" rows="3"{{#UPDATE_TEXT_ERROR}} aria-describedby="update-text-error"{{/UPDATE_TEXT_ERROR}}>{{TEXT}}</textarea>
  </div>
  <div class="govuk-form-group{{#UPDATE_DATE_ERROR}} govuk-form-group--error{{/UPDATE_DATE_ERROR}}">
    <label class="govuk-label" for="update-date">Date of the update (optional)</label>
    <div id="update-date-hint" class="govuk-hint">Leave empty for today, or give a date such as 2026-11-02</div>
    {{#UPDATE_DATE_ERROR}}<p id="update-date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/UPDATE_DATE_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#UPDATE_DATE_ERROR}} govuk-input--error{{/UPDATE_DATE_ERROR}}" id="update-date" name="date" type="text" value="{{DATE}}" aria-describedby="update-date-hint{{#UPDATE_DATE_ERROR}} update-date-error{{/UPDATE_DATE_ERROR}}">
  </div>
  <button class="govuk-button" type="submit">Add the update</button>
</form>
{{/UPDATE_FORM}}

{{#STATUS_FORM}}
<form action="{{ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <h3 class="govuk-heading-m">Change the status</h3>
  <div class="govuk-form-group{{#STATUS_ERROR}} govuk-form-group--error{{/STATUS_ERROR}}">
    <label class="govuk-label" for="status">Status</label>
    {{#STATUS_ERROR}}<p id="status-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/STATUS_ERROR}}
    <select class="govuk-select{{#STATUS_ERROR}} govuk-select--error{{/STATUS_ERROR}}" id="status" name="status"{{#STATUS_ERROR}} aria-describedby="status-error"{{/STATUS_ERROR}}>
{{#STATUS_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATUS_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#STATUS_NOTE_ERROR}} govuk-form-group--error{{/STATUS_NOTE_ERROR}}">
    <label class="govuk-label" for="status-note">Note (optional)</label>
    <div id="status-note-hint" class="govuk-hint">Added to the action as a dated update</div>
    {{#STATUS_NOTE_ERROR}}<p id="status-note-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/STATUS_NOTE_ERROR}}
    <textarea class="govuk-textarea{{#STATUS_NOTE_ERROR}} govuk-textarea--error{{/STATUS_NOTE_ERROR}}" id="status-note" name="note" rows="2" aria-describedby="status-note-hint{{#STATUS_NOTE_ERROR}} status-note-error{{/STATUS_NOTE_ERROR}}">{{NOTE}}</textarea>
  </div>
  <button class="govuk-button" type="submit">Change the status</button>
</form>
{{/STATUS_FORM}}

{{#EDIT_FORM}}
<form action="{{ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <h3 class="govuk-heading-m" id="edit">Edit the action</h3>
  <div class="govuk-form-group{{#EDIT_TEXT_ERROR}} govuk-form-group--error{{/EDIT_TEXT_ERROR}}">
    <label class="govuk-label" for="edit-text">Action</label>
    {{#EDIT_TEXT_ERROR}}<p id="edit-text-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EDIT_TEXT_ERROR}}
    <textarea class="govuk-textarea{{#EDIT_TEXT_ERROR}} govuk-textarea--error{{/EDIT_TEXT_ERROR}}" id="edit-text" name="text" rows="3"{{#EDIT_TEXT_ERROR}} aria-describedby="edit-text-error"{{/EDIT_TEXT_ERROR}}>{{TEXT}}</textarea>
  </div>
  <div class="govuk-form-group{{#EDIT_OWNER_ERROR}} govuk-form-group--error{{/EDIT_OWNER_ERROR}}">
    <label class="govuk-label" for="edit-owner">Owner</label>
    {{#EDIT_OWNER_ERROR}}<p id="edit-owner-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EDIT_OWNER_ERROR}}
    <input class="govuk-input{{#EDIT_OWNER_ERROR}} govuk-input--error{{/EDIT_OWNER_ERROR}}" id="edit-owner" name="owner" type="text" value="{{OWNER}}"{{#EDIT_OWNER_ERROR}} aria-describedby="edit-owner-error"{{/EDIT_OWNER_ERROR}}>
  </div>
  <div class="govuk-form-group{{#EDIT_TARGET_DATE_ERROR}} govuk-form-group--error{{/EDIT_TARGET_DATE_ERROR}}">
    <label class="govuk-label" for="edit-target-date">Target date (optional)</label>
    <div id="edit-target-date-hint" class="govuk-hint">For example 2026-12-10</div>
    {{#EDIT_TARGET_DATE_ERROR}}<p id="edit-target-date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EDIT_TARGET_DATE_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#EDIT_TARGET_DATE_ERROR}} govuk-input--error{{/EDIT_TARGET_DATE_ERROR}}" id="edit-target-date" name="target_date" type="text" value="{{TARGET_DATE}}" aria-describedby="edit-target-date-hint{{#EDIT_TARGET_DATE_ERROR}} edit-target-date-error{{/EDIT_TARGET_DATE_ERROR}}">
  </div>
  <button class="govuk-button" type="submit">Save the action</button>
</form>
{{/EDIT_FORM}}
