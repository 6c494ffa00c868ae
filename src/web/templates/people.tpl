{{%AUTOESCAPE context="HTML"}}
{{>ERRORS}}
<h1 class="govuk-heading-xl">People{{#OF}} of {{ORGANISATION}}{{/OF}}</h1>
<p class="govuk-body"><a class="govuk-link" href="/organisations">Organisations</a> · <a class="govuk-link" href="/bodies">Bodies</a></p>
{{#NO_PEOPLE}}<p class="govuk-body">No people yet.</p>{{/NO_PEOPLE}}
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">People</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">Post</th><th scope="col" class="govuk-table__header">Organisation</th></tr></thead>
  <tbody class="govuk-table__body">
{{#PERSON}}    <tr class="govuk-table__row"><td class="govuk-table__cell">{{NAME}}</td><td class="govuk-table__cell">{{POST}}</td><td class="govuk-table__cell">{{ORGANISATION}}</td></tr>
{{/PERSON}}  </tbody>
</table>
{{#FORM}}
<form action="/people" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h2 class="govuk-heading-l">Add a person</h2>
  <div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
    <label class="govuk-label" for="name">Name</label>
    {{#NAME_ERROR}}<p id="name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
    <input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" value="{{NAME}}"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
  </div>
  <div class="govuk-form-group{{#POST_ERROR}} govuk-form-group--error{{/POST_ERROR}}">
    <label class="govuk-label" for="post">Post (optional)</label>
    {{#POST_ERROR}}<p id="post-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/POST_ERROR}}
    <input class="govuk-input{{#POST_ERROR}} govuk-input--error{{/POST_ERROR}}" id="post" name="post" type="text" value="{{POST}}"{{#POST_ERROR}} aria-describedby="post-error"{{/POST_ERROR}}>
  </div>
  <div class="govuk-form-group{{#ORGANISATION_ID_ERROR}} govuk-form-group--error{{/ORGANISATION_ID_ERROR}}">
    <label class="govuk-label" for="organisation-id">Organisation (optional)</label>
    {{#ORGANISATION_ID_ERROR}}<p id="organisation-id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ORGANISATION_ID_ERROR}}
    <select class="govuk-select{{#ORGANISATION_ID_ERROR}} govuk-select--error{{/ORGANISATION_ID_ERROR}}" id="organisation-id" name="organisation_id"{{#ORGANISATION_ID_ERROR}} aria-describedby="organisation-id-error"{{/ORGANISATION_ID_ERROR}}>
      <option value="">None</option>
{{#ORGANISATION_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ORGANISATION_OPTION}}    </select>
  </div>
  <button class="govuk-button" type="submit">Add the person</button>
</form>
{{/FORM}}
