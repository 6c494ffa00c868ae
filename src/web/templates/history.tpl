{{%AUTOESCAPE context="HTML"}}<span class="govuk-caption-l">History</span>
<h1 class="govuk-heading-l">{{RECORD}}</h1>
<p class="govuk-body">Every change to this record, oldest first: who made it, when, from where, and what it was before and after. The trail is append-only and chained by hash.</p>
{{#NO_EVENTS}}<p class="govuk-body">No changes are recorded for this record.</p>{{/NO_EVENTS}}
{{#EVENTS}}<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Changes to {{RECORD}}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Who</th><th scope="col" class="govuk-table__header">What</th><th scope="col" class="govuk-table__header">Before</th><th scope="col" class="govuk-table__header">After</th></tr></thead>
  <tbody class="govuk-table__body">
{{#EVENT}}  <tr class="govuk-table__row" id="event-{{ID}}"><td class="govuk-table__cell"><time datetime="{{AT_ISO}}">{{AT}}</time></td><td class="govuk-table__cell">{{ACTOR}}{{#ADDRESS}}<br><span class="govuk-body-s">from {{VALUE}}</span>{{/ADDRESS}}</td><td class="govuk-table__cell">{{ACTION}}</td><td class="govuk-table__cell"><pre class="br-history__json">{{BEFORE:pre_escape}}</pre></td><td class="govuk-table__cell"><pre class="br-history__json">{{AFTER:pre_escape}}</pre></td></tr>
{{/EVENT}}  </tbody>
</table>{{/EVENTS}}
