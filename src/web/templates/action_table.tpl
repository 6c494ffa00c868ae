{{%AUTOESCAPE context="HTML"}}
<table class="govuk-table br-actions">
  <caption class="govuk-table__caption govuk-visually-hidden">Actions</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">No.</th>
      <th scope="col" class="govuk-table__header">Raised</th>
      <th scope="col" class="govuk-table__header">Item</th>
      <th scope="col" class="govuk-table__header">Action</th>
      <th scope="col" class="govuk-table__header">Owner</th>
      <th scope="col" class="govuk-table__header">Target date</th>
      <th scope="col" class="govuk-table__header">Updates</th>
      <th scope="col" class="govuk-table__header">Status</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
{{#ACTION}}
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{{NUMBER}}</td>
      <td class="govuk-table__cell"><time datetime="{{RAISED_ISO}}">{{RAISED}}</time></td>
      <td class="govuk-table__cell">{{AGENDA_ITEM}}{{#EXEMPT}} <strong class="govuk-tag govuk-tag--grey">Exempt</strong>{{/EXEMPT}}</td>
      <td class="govuk-table__cell">{{TEXT}}{{#REPORT_BACK}} <a class="govuk-link" href="{{HREF}}">Report back: {{DATE}}</a>{{/REPORT_BACK}}</td>
      <td class="govuk-table__cell">{{OWNER}}</td>
      <td class="govuk-table__cell"><time datetime="{{TARGET_ISO}}">{{TARGET}}</time>{{#DUE}} <strong class="govuk-tag {{DUE_CLASS}}">{{DUE_LABEL}}</strong> <span class="br-due">{{DUE_MESSAGE}}</span>{{/DUE}}</td>
      <td class="govuk-table__cell">{{#UPDATE}}<p class="govuk-body-s"><time datetime="{{DATE_ISO}}">{{DATE}}</time>: {{TEXT}}</p>{{/UPDATE}}</td>
      <td class="govuk-table__cell">{{STATUS}}</td>
    </tr>
{{/ACTION}}
  </tbody>
</table>
