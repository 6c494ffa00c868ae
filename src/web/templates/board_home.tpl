{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">Meetings, papers and actions</h1>
<p class="govuk-body-l">The meetings, agendas, published papers and action logs of the boards and committees held here.</p>

<div class="br-figures" role="group" aria-label="Actions across all boards">
  <div class="br-figure"><span class="br-figure__value">{{OPEN}}</span> <span class="br-figure__label">open actions</span></div>
  <div class="br-figure br-figure--red"><span class="br-figure__value">{{OVERDUE}}</span> <span class="br-figure__label">overdue</span></div>
  <div class="br-figure br-figure--yellow"><span class="br-figure__value">{{DUE_SOON}}</span> <span class="br-figure__label">due in the next 14 days</span></div>
</div>

<h2 class="govuk-heading-l">Coming meetings</h2>
{{#NO_MEETINGS}}<p class="govuk-body">No meetings are planned.</p>{{/NO_MEETINGS}}
{{#MEETING}}
<div class="br-card">
  <h3 class="govuk-heading-m"><a class="govuk-link" href="{{HREF}}">{{BODY_NAME}}, <time datetime="{{DATE_ISO}}">{{DATE}}</time></a></h3>
  <p class="govuk-body">{{TIME}}{{#VENUE}}{{/VENUE}} · {{VENUE}}</p>
  <p class="govuk-body"><strong class="govuk-tag {{PUBLICATION_CLASS}}">{{PUBLICATION_STATE}}</strong> {{PUBLICATION}}</p>
</div>
{{/MEETING}}

<h2 class="govuk-heading-l">Boards and committees</h2>
<p class="govuk-body"><a class="govuk-link" href="/bodies">All bodies</a> · <a class="govuk-link" href="/bodies/structure">How the bodies report into each other</a></p>
{{#NO_BODIES}}<p class="govuk-body">No boards have been set up yet.</p>{{/NO_BODIES}}
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Boards and committees</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Body</th>
      <th scope="col" class="govuk-table__header">Reports to</th>
      <th scope="col" class="govuk-table__header">Next meeting</th>
      <th scope="col" class="govuk-table__header">Action log</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
{{#BODY}}
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">{{NAME}}</th>
      <td class="govuk-table__cell">{{#PARENT}}{{NAME}}{{/PARENT}}</td>
      <td class="govuk-table__cell">{{#NEXT}}<a class="govuk-link" href="{{HREF}}"><time datetime="{{DATE_ISO}}">{{DATE}}</time></a>{{/NEXT}}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="{{ACTIONS_HREF}}">Action log<span class="govuk-visually-hidden"> of {{NAME}}</span></a></td>
    </tr>
{{/BODY}}
  </tbody>
</table>
