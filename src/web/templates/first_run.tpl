{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
<h1 class="govuk-heading-l">Set up boardroom</h1>
<p class="govuk-body">This installation has no administrator yet. Create the first one: they can then add everyone else and give them roles.</p>
<p class="govuk-body">The set-up code is printed in the server's log when it starts. It proves that you run this server.</p>
<form action="/first-run" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{FORM_TOKEN}}">
{{#FIELD}}  <div class="govuk-form-group{{#ERROR}} govuk-form-group--error{{/ERROR}}">
    <label class="govuk-label" for="{{NAME}}">{{LABEL}}</label>
{{#HINT}}    <div id="{{NAME}}-hint" class="govuk-hint">{{TEXT}}</div>
{{/HINT}}{{#ERROR}}    <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ERROR}}    <input class="govuk-input{{#ERROR}} govuk-input--error{{/ERROR}}" id="{{NAME}}" name="{{NAME}}" type="{{TYPE}}" autocomplete="{{AUTOCOMPLETE}}" value="{{VALUE}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}>
  </div>
{{/FIELD}}  <button class="govuk-button" type="submit">Create the administrator</button>
</form>
</div>
</div>
