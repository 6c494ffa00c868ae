{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-l">{{HEADING}}</h1>
<p class="govuk-body">{{MESSAGE}}</p>
{{#NOT_FOUND}}
<p class="govuk-body">There is no page at <code class="br-path">{{PATH}}</code>.</p>
<p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a> or search for what you need.</p>
{{/NOT_FOUND}}
