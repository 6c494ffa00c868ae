{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-l">Action log</h1>
<p class="govuk-body">As of <time datetime="{{TODAY_ISO}}">{{TODAY}}</time>: {{OPEN}} open, {{OVERDUE}} overdue, {{CLOSED}} closed.</p>
<p class="govuk-body br-no-print">Use your browser's print command to print this page; it prints without the site's header and footer. <a class="govuk-link" href="{{LOG_HREF}}">Back to the action log</a></p>
{{#NO_ACTIONS}}<p class="govuk-body">The action log is empty.</p>{{/NO_ACTIONS}}
<table class="govuk-table br-action-log-print">
  <caption class="govuk-table__caption govuk-visually-hidden">Action log of {{BODY_NAME}}</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Action no.</th>
      <th scope="col" class="govuk-table__header">Meeting date raised</th>
      <th scope="col" class="govuk-table__header">Agenda item</th>
      <th scope="col" class="govuk-table__header">Action</th>
      <th scope="col" class="govuk-table__header">Owner</th>
      <th scope="col" class="govuk-table__header">Target date</th>
      <th scope="col" class="govuk-table__header">Update</th>
      <th scope="col" class="govuk-table__header">Update date</th>
      <th scope="col" class="govuk-table__header">Status</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
{{#ACTION}}    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{{NUMBER}}</td>
      <td class="govuk-table__cell">{{RAISED}}</td>
      <td class="govuk-table__cell">{{AGENDA_ITEM}}</td>
      <td class="govuk-table__cell">{{TEXT}}</td>
      <td class="govuk-table__cell">{{OWNER}}</td>
      <td class="govuk-table__cell">{{TARGET}}{{#OVERDUE}} (overdue){{/OVERDUE}}</td>
      <td class="govuk-table__cell">{{UPDATE}}</td>
      <td class="govuk-table__cell">{{UPDATE_DATE}}</td>
      <td class="govuk-table__cell">{{STATUS}}</td>
    </tr>
{{/ACTION}}  </tbody>
</table>
