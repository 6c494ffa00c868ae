{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">Inspections</h1>
<p class="govuk-body">Inspection reports our papers respond to, with the 56-day response deadline (Police Act 1996 s55) and the recommendations overdue or due in the next 14 days.</p>
{{#NO_INSPECTIONS}}<p class="govuk-body">There are no inspections to show.</p>{{/NO_INSPECTIONS}}
{{#TABLE}}
<table class="govuk-table br-inspections">
  <caption class="govuk-table__caption govuk-visually-hidden">Inspections</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Inspection</th>
      <th scope="col" class="govuk-table__header">Body</th>
      <th scope="col" class="govuk-table__header">Published</th>
      <th scope="col" class="govuk-table__header">Response due</th>
      <th scope="col" class="govuk-table__header">Items</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
{{#INSPECTION}}
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="{{HREF}}">{{TITLE}}</a></td>
      <td class="govuk-table__cell">{{BODY_NAME}}</td>
      <td class="govuk-table__cell"><time datetime="{{PUBLISHED_ISO}}">{{PUBLISHED}}</time></td>
      <td class="govuk-table__cell"><time datetime="{{RESPONSE_DUE_ISO}}">{{RESPONSE_DUE}}</time> <strong class="govuk-tag {{RESPONSE_CLASS}}">{{RESPONSE_LABEL}}</strong></td>
      <td class="govuk-table__cell">{{ITEMS}}{{#OVERDUE}}, <strong class="govuk-tag govuk-tag--red">{{COUNT}} overdue</strong>{{/OVERDUE}}{{#DUE_SOON}}, <strong class="govuk-tag govuk-tag--yellow">{{COUNT}} due soon</strong>{{/DUE_SOON}}</td>
    </tr>
{{/INSPECTION}}
  </tbody>
</table>
{{/TABLE}}
