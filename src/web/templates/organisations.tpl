{{%AUTOESCAPE context="HTML"}}
{{>ERRORS}}
<h1 class="govuk-heading-xl">Organisations</h1>
<p class="govuk-body"><a class="govuk-link" href="/people">People</a> · <a class="govuk-link" href="/bodies">Bodies</a></p>
{{#NO_ORGANISATIONS}}<p class="govuk-body">No organisations yet.</p>{{/NO_ORGANISATIONS}}
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Organisations</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">Short name</th><th scope="col" class="govuk-table__header">Kind</th></tr></thead>
  <tbody class="govuk-table__body">
{{#ORGANISATION}}    <tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="{{PEOPLE_HREF}}">{{NAME}}</a></td><td class="govuk-table__cell">{{SHORT_NAME}}</td><td class="govuk-table__cell">{{KIND}}</td></tr>
{{/ORGANISATION}}  </tbody>
</table>
{{#FORM}}
<form action="/organisations" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h2 class="govuk-heading-l">Add an organisation</h2>
  <div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
    <label class="govuk-label" for="name">Name</label>
    {{#NAME_ERROR}}<p id="name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
    <input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" value="{{NAME}}"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
  </div>
  <div class="govuk-form-group{{#SHORT_NAME_ERROR}} govuk-form-group--error{{/SHORT_NAME_ERROR}}">
    <label class="govuk-label" for="short-name">Short name (optional)</label>
    {{#SHORT_NAME_ERROR}}<p id="short-name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SHORT_NAME_ERROR}}
    <input class="govuk-input govuk-input--width-10" id="short-name" name="short_name" type="text" value="{{SHORT_NAME}}">
  </div>
  <div class="govuk-form-group{{#KIND_ERROR}} govuk-form-group--error{{/KIND_ERROR}}">
    <label class="govuk-label" for="kind">Kind (optional)</label>
    <div id="kind-hint" class="govuk-hint">For example council, constabulary, NHS trust</div>
    {{#KIND_ERROR}}<p id="kind-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/KIND_ERROR}}
    <input class="govuk-input govuk-input--width-20" id="kind" name="kind" type="text" value="{{KIND}}" aria-describedby="kind-hint">
  </div>
  <button class="govuk-button" type="submit">Add the organisation</button>
</form>
{{/FORM}}
