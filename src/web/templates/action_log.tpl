{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">Action log</h1>
<p class="govuk-body">As of <time datetime="{{TODAY_ISO}}">{{TODAY}}</time>: {{OPEN}} open, {{OVERDUE}} overdue, {{DUE_SOON}} due in the next 14 days, {{CLOSED}} closed.</p>
<p class="govuk-body"><a class="govuk-link" href="{{PRINT_HREF}}">Printable action log</a></p>
{{#NO_ACTIONS}}<p class="govuk-body">The action log is empty.</p>{{/NO_ACTIONS}}
{{>ACTION_TABLE}}
