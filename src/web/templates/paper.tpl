{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">{{TITLE}}</h1>
{{#DRAFT}}<p class="govuk-body"><strong class="govuk-tag govuk-tag--yellow">Draft: not published</strong></p>{{/DRAFT}}
{{#CLEARANCES}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">Clearances and publication</a></p>{{/CLEARANCES}}
<dl class="govuk-summary-list">
{{#FIELD}}
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{KEY}}</dt><dd class="govuk-summary-list__value">{{#HREF}}<a class="govuk-link" href="{{URL}}">{{/HREF}}{{VALUE}}{{#HREF}}</a>{{/HREF}}</dd></div>
{{/FIELD}}
</dl>
{{#VERSIONS}}
<h2 class="govuk-heading-m">Versions</h2>
<ul class="govuk-list">
{{#VERSION}}  <li>{{#OTHER}}<a class="govuk-link" href="{{HREF}}">{{/OTHER}}Version {{NUMBER}}{{#DATED}}, <time datetime="{{DATE_ISO}}">{{DATE}}</time>{{/DATED}}{{#OTHER}}</a>{{/OTHER}}{{#THIS}} (this version){{/THIS}}</li>
{{/VERSION}}
</ul>
{{/VERSIONS}}
{{#HAS_RECOMMENDATIONS}}
<h2 class="govuk-heading-l">Recommendations</h2>
<ol class="govuk-list br-recommendations">
{{#RECOMMENDATION}}
  <li id="recommendation-{{ID}}">{{#LABEL}}<span class="br-paper__number">{{TEXT}}</span> {{/LABEL}}{{TEXT}}{{#OUTCOME}} <strong class="govuk-tag {{CLASS}}">{{NAME}}</strong>{{#NOTE}} <span class="govuk-body-s">{{TEXT}}</span>{{/NOTE}}{{/OUTCOME}}</li>
{{/RECOMMENDATION}}
</ol>
{{/HAS_RECOMMENDATIONS}}
{{#SECTION}}
<section class="br-paper__section"{{#HAS_ID}} id="section-{{ID}}"{{/HAS_ID}}>
  {{#HEADING}}<h2 class="govuk-heading-m">{{#NUMBERED}}<span class="br-paper__number">{{NUMBER}}</span> {{/NUMBERED}}{{TEXT}}</h2>{{/HEADING}}
{{#PARAGRAPH}}
  <div class="br-paper__paragraph" id="{{ANCHOR}}">
    {{#HEADING}}<h3 class="govuk-heading-s">{{TEXT}}</h3>{{/HEADING}}
    <p class="govuk-body">{{#NUMBERED}}<a class="govuk-link br-paper__number" href="#{{ANCHOR}}">{{NUMBER}}</a> {{/NUMBERED}}{{TEXT}}</p>
  </div>
{{/PARAGRAPH}}
</section>
{{/SECTION}}
{{#EMPTY}}<p class="govuk-body">The paper has no text held.</p>{{/EMPTY}}
