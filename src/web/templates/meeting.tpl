{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl"><time datetime="{{DATE_ISO}}">{{DATE}}</time></h1>
{{#MANAGE}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">Manage this meeting</a></p>{{/MANAGE}}
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Time</dt><dd class="govuk-summary-list__value">{{TIME}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Venue</dt><dd class="govuk-summary-list__value">{{VENUE}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">{{STATUS}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Publication</dt><dd class="govuk-summary-list__value"><strong class="govuk-tag {{PUBLICATION_CLASS}}">{{PUBLICATION_STATE}}</strong> {{PUBLICATION}}</dd></div>
</dl>
{{#DEADLINE_MISSED}}
<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>The publication deadline has passed: {{PUBLICATION}}</strong>
</div>
{{/DEADLINE_MISSED}}

<h2 class="govuk-heading-l">Agenda</h2>
{{#NO_AGENDA}}<p class="govuk-body">The agenda has not been published yet.</p>{{/NO_AGENDA}}
<ol class="br-agenda">
{{#ITEM}}
  <li class="br-agenda__item br-agenda__item--depth-{{DEPTH}}" id="{{ID}}">
    <span class="br-agenda__number">{{NUMBER}}</span>
    <span class="br-agenda__title">{{TITLE}}</span>
    {{#VERBAL}}<strong class="govuk-tag govuk-tag--grey">Verbal update</strong>{{/VERBAL}}
    {{#EXEMPT}}<strong class="govuk-tag govuk-tag--purple">Exempt: Schedule 12A paragraph {{PARAGRAPH}}</strong>{{/EXEMPT}}
    {{#HAS_PRESENTER}}<span class="br-agenda__presenter">{{PRESENTER}}</span>{{/HAS_PRESENTER}}
    {{#PAPER}}<span class="br-agenda__paper">Paper: <a class="govuk-link" href="{{HREF}}">{{TITLE}}</a></span>{{#INSPECTION}} <a class="govuk-link br-agenda__inspection" href="{{HREF}}">Responds to: {{TITLE}}</a>{{/INSPECTION}}{{/PAPER}}
  </li>
{{/ITEM}}
</ol>

<h2 class="govuk-heading-l">Open actions</h2>
<p class="govuk-body">{{OVERDUE}} overdue, {{DUE_SOON}} due in the next 14 days. <a class="govuk-link" href="{{BODY_ACTIONS_HREF}}">The whole action log</a></p>
{{#NO_ACTIONS}}<p class="govuk-body">There are no open actions.</p>{{/NO_ACTIONS}}
{{>ACTION_TABLE}}
