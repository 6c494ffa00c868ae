{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">Your dashboard</h1>
<p class="govuk-body">What needs your attention on <time datetime="{{TODAY_ISO}}">{{TODAY}}</time>.</p>
{{#CLERK}}<div class="govuk-button-group">
  <a class="govuk-button" href="/meetings/new">Create a meeting</a>
  <a class="govuk-button govuk-button--secondary" href="/papers/new">Write a paper</a>
  <a class="govuk-button govuk-button--secondary" href="/imports/new">Import a meeting pack</a>
</div>{{/CLERK}}
{{#AUTHOR}}<div class="govuk-button-group">
  <a class="govuk-button" href="/papers/new">Write a paper</a>
</div>{{/AUTHOR}}
<p class="govuk-body"><a class="govuk-link" href="/decisions">Decisions register</a></p>

<h2 class="govuk-heading-l" id="meetings">Upcoming meetings</h2>
{{#NO_MEETINGS}}<p class="govuk-body">No meetings are planned for the bodies you work with.</p>{{/NO_MEETINGS}}
<ul class="govuk-list br-dashboard__list">
{{#MEETING}}
  <li class="br-dashboard__entry">
    <a class="govuk-link" href="{{HREF}}">{{BODY_NAME}}, <time datetime="{{DATE_ISO}}">{{DATE}}</time></a>
    {{#TAG}}<strong class="govuk-tag {{CLASS}}">{{TAG_LABEL}}</strong>{{/TAG}}
    <span class="br-dashboard__detail">{{STATUS}}. {{PUBLICATION}}</span>
    {{#MANAGE}}<a class="govuk-link br-dashboard__detail" href="{{HREF}}">Manage this meeting</a>{{/MANAGE}}
  </li>
{{/MEETING}}
</ul>

<h2 class="govuk-heading-l" id="papers">Papers waiting for clearance</h2>
{{#NO_PAPERS}}<p class="govuk-body">No paper is waiting for clearance.</p>{{/NO_PAPERS}}
<ul class="govuk-list br-dashboard__list">
{{#PAPER}}
  <li class="br-dashboard__entry">
    <a class="govuk-link br-dashboard__title" href="{{HREF}}">{{TITLE}}</a>
    <span class="br-dashboard__detail">{{BODY_NAME}}, meeting <time datetime="{{MEETING_DATE_ISO}}">{{MEETING_DATE}}</time>. Still to clear: {{MISSING}}</span>
  </li>
{{/PAPER}}
</ul>

<h2 class="govuk-heading-l" id="actions">Overdue actions</h2>
{{#NO_ACTIONS}}<p class="govuk-body">No action you own or clerk is overdue.</p>{{/NO_ACTIONS}}
<ul class="govuk-list br-dashboard__list">
{{#ACTION}}
  <li class="br-dashboard__entry">
    <a class="govuk-link" href="{{HREF}}">Action {{NUMBER}}, {{BODY_NAME}}</a>
    <strong class="govuk-tag govuk-tag--red">Overdue</strong>
    <span class="br-dashboard__detail">{{TEXT}}</span>
    <span class="br-dashboard__detail">Owner: {{OWNER}}. Target <time datetime="{{TARGET_ISO}}">{{TARGET}}</time>. {{DUE_MESSAGE}}</span>
  </li>
{{/ACTION}}
</ul>
