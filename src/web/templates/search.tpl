{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">Search</h1>
<form class="govuk-form-group" action="/search" method="get" role="search">
  <label class="govuk-label" for="q">Words, "exact phrases", prefix*, -exclude, a OR b, body:BCB kind:action kind:inspection status:open owner:… theme:… from:YYYY-MM-DD before:YYYY-MM-DD</label>
  <input class="govuk-input govuk-!-width-two-thirds" id="q" name="q" type="search" value="{{QUERY}}">
  <button class="govuk-button" type="submit">Search</button>
</form>
{{#PROBLEM}}<div class="govuk-error-summary" role="alert"><h2 class="govuk-error-summary__title">That search could not be run</h2><p class="govuk-body">{{MESSAGE}}</p></div>{{/PROBLEM}}
{{#GLOSSARY}}<div class="govuk-inset-text br-glossary" aria-label="Glossary"><dl class="govuk-list">{{#ACRONYM}}<div><dt class="govuk-!-display-inline govuk-!-font-weight-bold">{{SHORT}}</dt> <dd class="govuk-!-display-inline govuk-!-margin-left-0">{{LONG}}</dd></div>{{/ACRONYM}}</dl><a class="govuk-link" href="/glossary">The whole glossary</a></div>{{/GLOSSARY}}
{{#NO_RESULTS}}<p class="govuk-body">Nothing matches <strong>{{QUERY}}</strong>. Try fewer words, or a word's beginning with *.</p>{{/NO_RESULTS}}
{{#RESULTS}}
<p class="govuk-body">{{#PARTIAL}}At least {{/PARTIAL}}{{TOTAL}} results{{#PAGED}}, page {{PAGE}}{{/PAGED}}.</p>
{{#PARTIAL}}<div class="govuk-inset-text">There are more matches than one search ranks: these are the best of the newest. Add a word, a "phrase" or a filter such as body:, from: or kind: to see them all.</div>{{/PARTIAL}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-one-quarter">
{{#FACET}}<h2 class="govuk-heading-s">{{NAME}}</h2><ul class="govuk-list">{{#VALUE}}<li><a class="govuk-link" href="{{HREF}}">{{LABEL}}</a> ({{COUNT}})</li>{{/VALUE}}</ul>{{/FACET}}
</div>
<div class="govuk-grid-column-three-quarters">
<ol class="govuk-list">
{{#HIT}}<li class="govuk-!-margin-bottom-6">
  <a class="govuk-link govuk-!-font-weight-bold" href="{{LINK}}">{{CITATION}}</a>
  <p class="govuk-body-s govuk-!-margin-bottom-1">{{KIND}}{{#HAS_PAPER}} · {{PAPER_TITLE}}{{/HAS_PAPER}}{{#HAS_TITLE}} · {{TITLE_HTML:none}}{{/HAS_TITLE}}</p>
  <p class="govuk-body">{{SNIPPET_HTML:none}}</p>
</li>{{/HIT}}
</ol>
{{#PREVIOUS}}<a class="govuk-link" href="{{HREF}}">Previous page</a> {{/PREVIOUS}}{{#NEXT}}<a class="govuk-link" href="{{HREF}}">Next page</a>{{/NEXT}}
</div>
</div>
{{/RESULTS}}
