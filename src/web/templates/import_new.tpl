{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
<h1 class="govuk-heading-xl">Import a meeting pack</h1>
<p class="govuk-body">Upload a meeting pack, a report or an action log. You will see what it holds before anything is stored.</p>
<form action="/imports/preview" method="post" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#BODY_ERROR}} govuk-form-group--error{{/BODY_ERROR}}">
    <label class="govuk-label" for="body">Body</label>
    <div id="body-hint" class="govuk-hint">The board or committee the papers are for</div>
    {{#BODY_ERROR}}<p id="body-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/BODY_ERROR}}
    <select class="govuk-select{{#BODY_ERROR}} govuk-select--error{{/BODY_ERROR}}" id="body" name="body" aria-describedby="body-hint{{#BODY_ERROR}} body-error{{/BODY_ERROR}}">
{{#BODY_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/BODY_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#FILE_ERROR}} govuk-form-group--error{{/FILE_ERROR}}">
    <label class="govuk-label" for="file">File</label>
    <div id="file-hint" class="govuk-hint">A PDF, a Word document (.docx) or a plain text file</div>
    {{#FILE_ERROR}}<p id="file-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FILE_ERROR}}
    <input class="govuk-file-upload{{#FILE_ERROR}} govuk-file-upload--error{{/FILE_ERROR}}" id="file" name="file" type="file" accept=".pdf,.docx,.txt,application/pdf,text/plain" aria-describedby="file-hint{{#FILE_ERROR}} file-error{{/FILE_ERROR}}">
  </div>
  <button class="govuk-button" type="submit">Preview the import</button>
</form>
</div>
</div>
