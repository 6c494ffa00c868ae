{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">Glossary</h1>
<form class="govuk-form-group" action="/glossary" method="get">
  <label class="govuk-label" for="glossary-q">Acronym or words</label>
  <input class="govuk-input govuk-!-width-one-half" id="glossary-q" name="q" type="search" value="{{QUERY}}">
  <button class="govuk-button" type="submit">Find</button>
</form>
{{#NO_ACRONYMS}}<p class="govuk-body">No acronyms to show.</p>{{/NO_ACRONYMS}}
{{#LIST}}
<dl class="govuk-summary-list br-glossary">
{{#ACRONYM}}  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{SHORT}}</dt><dd class="govuk-summary-list__value">{{LONG}}</dd></div>
{{/ACRONYM}}</dl>
{{/LIST}}
