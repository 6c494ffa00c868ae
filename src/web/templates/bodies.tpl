{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">Bodies</h1>
<p class="govuk-body"><a class="govuk-link" href="/bodies/structure">See how the bodies report into each other</a></p>
{{#NO_BODIES}}<p class="govuk-body">No bodies have been set up yet.</p>{{/NO_BODIES}}
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Bodies</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Body</th><th scope="col" class="govuk-table__header">Kind</th><th scope="col" class="govuk-table__header">Reports into</th><th scope="col" class="govuk-table__header">Pages</th></tr></thead>
  <tbody class="govuk-table__body">
{{#BODY}}    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{{NAME}}{{#SHORT}} ({{SHORT_NAME}}){{/SHORT}}</td>
      <td class="govuk-table__cell">{{KIND}}</td>
      <td class="govuk-table__cell">{{PARENT}}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="{{ACTIONS_HREF}}">Action log<span class="govuk-visually-hidden"> of {{NAME}}</span></a>{{#SIGNED_IN}} · <a class="govuk-link" href="{{MEMBERS_HREF}}">Members<span class="govuk-visually-hidden"> of {{NAME}}</span></a>{{/SIGNED_IN}}</td>
    </tr>
{{/BODY}}  </tbody>
</table>
