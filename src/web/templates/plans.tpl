{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
<h1 class="govuk-heading-xl">Plans</h1>
<p class="govuk-body">What each body has set out to achieve, theme by theme, with the papers, agenda items, actions and decisions about each theme.</p>
{{#NO_PLANS}}<p class="govuk-body">There are no plans yet.</p>{{/NO_PLANS}}
{{#PLAN}}
<div class="govuk-summary-card">
  <div class="govuk-summary-card__title-wrapper">
    <h2 class="govuk-summary-card__title"><a class="govuk-link" href="{{HREF}}">{{TITLE}}</a></h2>
  </div>
  <div class="govuk-summary-card__content">
    <p class="govuk-body">{{BODY_NAME}}: <time datetime="{{FROM_ISO}}">{{FROM}}</time> to <time datetime="{{UNTIL_ISO}}">{{UNTIL}}</time></p>
  </div>
</div>
{{/PLAN}}
{{#CREATE}}
<h2 class="govuk-heading-l" id="create-plan">Create a plan</h2>
<form action="/plans" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#BODY_ID_ERROR}} govuk-form-group--error{{/BODY_ID_ERROR}}">
    <label class="govuk-label" for="body_id">Body</label>
    {{#BODY_ID_ERROR}}<p id="body_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/BODY_ID_ERROR}}
    <select class="govuk-select" id="body_id" name="body_id">
{{#BODY_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/BODY_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
    <label class="govuk-label" for="title">Title</label>
    {{#TITLE_ERROR}}<p id="title-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
    <input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE_VALUE}}">
  </div>
  <div class="govuk-form-group{{#PERIOD_FROM_ERROR}} govuk-form-group--error{{/PERIOD_FROM_ERROR}}">
    <label class="govuk-label" for="period_from">Starts</label>
    <div id="period_from-hint" class="govuk-hint">For example, 2021-04-01</div>
    {{#PERIOD_FROM_ERROR}}<p id="period_from-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PERIOD_FROM_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#PERIOD_FROM_ERROR}} govuk-input--error{{/PERIOD_FROM_ERROR}}" id="period_from" name="period_from" type="text" value="{{PERIOD_FROM}}" aria-describedby="period_from-hint">
  </div>
  <div class="govuk-form-group{{#PERIOD_UNTIL_ERROR}} govuk-form-group--error{{/PERIOD_UNTIL_ERROR}}">
    <label class="govuk-label" for="period_until">Ends</label>
    <div id="period_until-hint" class="govuk-hint">For example, 2025-03-31</div>
    {{#PERIOD_UNTIL_ERROR}}<p id="period_until-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PERIOD_UNTIL_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#PERIOD_UNTIL_ERROR}} govuk-input--error{{/PERIOD_UNTIL_ERROR}}" id="period_until" name="period_until" type="text" value="{{PERIOD_UNTIL}}" aria-describedby="period_until-hint">
  </div>
  <button class="govuk-button" type="submit">Create the plan</button>
</form>
{{/CREATE}}
</div>
</div>
