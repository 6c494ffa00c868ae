{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
{{#CONFLICT}}
<div class="govuk-notification-banner" role="region" aria-labelledby="conflict-title">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="conflict-title">Someone else changed this item</h2></div>
  <div class="govuk-notification-banner__content">
    <p class="govuk-body">Your change was not saved. The form below holds what you sent; compare it with the item as it is now and send it again if it is still right.</p>
    <table class="govuk-table br-conflict">
      <caption class="govuk-table__caption govuk-visually-hidden">Your change and the item now</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header"></th><th scope="col" class="govuk-table__header">Your change</th><th scope="col" class="govuk-table__header">Now</th></tr></thead>
      <tbody class="govuk-table__body">
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Version</th><td class="govuk-table__cell">{{SENT_VERSION}}</td><td class="govuk-table__cell">{{NOW_VERSION}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Title</th><td class="govuk-table__cell">{{SENT_TITLE}}</td><td class="govuk-table__cell">{{NOW_TITLE}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Presenter</th><td class="govuk-table__cell">{{SENT_PRESENTER}}</td><td class="govuk-table__cell">{{NOW_PRESENTER}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Kind</th><td class="govuk-table__cell">{{SENT_KIND}}</td><td class="govuk-table__cell">{{NOW_KIND}}</td></tr>
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Paper</th><td class="govuk-table__cell">{{SENT_PAPER}}</td><td class="govuk-table__cell">{{NOW_PAPER}}</td></tr>
      </tbody>
    </table>
  </div>
</div>
{{/CONFLICT}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">Edit item {{NUMBER}}</h1>
<p class="govuk-body">To change its number or place, move it on the meeting's page. <a class="govuk-link" href="{{BACK_HREF}}">Back to the meeting</a></p>
<form action="{{ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
    <label class="govuk-label" for="title">Title</label>
    {{#TITLE_ERROR}}<p id="title-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
    <input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}"{{#TITLE_ERROR}} aria-describedby="title-error"{{/TITLE_ERROR}}>
  </div>
  <div class="govuk-form-group{{#PRESENTER_ERROR}} govuk-form-group--error{{/PRESENTER_ERROR}}">
    <label class="govuk-label" for="presenter">Presenter (optional)</label>
    {{#PRESENTER_ERROR}}<p id="presenter-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PRESENTER_ERROR}}
    <input class="govuk-input{{#PRESENTER_ERROR}} govuk-input--error{{/PRESENTER_ERROR}}" id="presenter" name="presenter" type="text" value="{{PRESENTER}}"{{#PRESENTER_ERROR}} aria-describedby="presenter-error"{{/PRESENTER_ERROR}}>
  </div>
  <div class="govuk-form-group{{#KIND_ERROR}} govuk-form-group--error{{/KIND_ERROR}}">
    <label class="govuk-label" for="kind">Kind of item</label>
    {{#KIND_ERROR}}<p id="kind-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/KIND_ERROR}}
    <select class="govuk-select{{#KIND_ERROR}} govuk-select--error{{/KIND_ERROR}}" id="kind" name="kind"{{#KIND_ERROR}} aria-describedby="kind-error"{{/KIND_ERROR}}>
{{#KIND_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KIND_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#EXEMPTION_PARAGRAPH_ERROR}} govuk-form-group--error{{/EXEMPTION_PARAGRAPH_ERROR}}">
    <label class="govuk-label" for="exemption_paragraph">Schedule 12A paragraph (exempt items only)</label>
    <div id="exemption_paragraph-hint" class="govuk-hint">The paragraph of Schedule 12A to the Local Government Act 1972 that the item relies on</div>
    {{#EXEMPTION_PARAGRAPH_ERROR}}<p id="exemption_paragraph-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EXEMPTION_PARAGRAPH_ERROR}}
    <select class="govuk-select{{#EXEMPTION_PARAGRAPH_ERROR}} govuk-select--error{{/EXEMPTION_PARAGRAPH_ERROR}}" id="exemption_paragraph" name="exemption_paragraph" aria-describedby="exemption_paragraph-hint{{#EXEMPTION_PARAGRAPH_ERROR}} exemption_paragraph-error{{/EXEMPTION_PARAGRAPH_ERROR}}">
{{#PARAGRAPH_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PARAGRAPH_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#PAPER_ID_ERROR}} govuk-form-group--error{{/PAPER_ID_ERROR}}">
    <label class="govuk-label" for="paper_id">Paper (paper items only)</label>
    {{#PAPER_ID_ERROR}}<p id="paper_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PAPER_ID_ERROR}}
    <select class="govuk-select{{#PAPER_ID_ERROR}} govuk-select--error{{/PAPER_ID_ERROR}}" id="paper_id" name="paper_id"{{#PAPER_ID_ERROR}} aria-describedby="paper_id-error"{{/PAPER_ID_ERROR}}>
{{#PAPER_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PAPER_OPTION}}    </select>
  </div>
  <button class="govuk-button" type="submit">Save the item</button>
</form>
</div>
</div>
