{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">{{PRODUCT_NAME}}</h1>
<p class="govuk-body-l">{{INTRO}}</p>
{{#LINK}}
<div class="br-home-link">
  <h2 class="govuk-heading-m"><a class="govuk-link" href="{{HREF}}">{{LABEL}}</a></h2>
  <p class="govuk-body">{{DESCRIPTION}}</p>
</div>
{{/LINK}}
