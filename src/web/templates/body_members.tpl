{{%AUTOESCAPE context="HTML"}}
{{>ERRORS}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">Members</h1>
<p class="govuk-body"><a class="govuk-link" href="{{ACTIONS_HREF}}">Action log</a> · <a class="govuk-link" href="/bodies/structure">How the bodies report</a></p>
{{#NO_MEMBERS}}<p class="govuk-body">No memberships are recorded.</p>{{/NO_MEMBERS}}
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Memberships</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">Role</th><th scope="col" class="govuk-table__header">Voting</th><th scope="col" class="govuk-table__header">Speaking</th><th scope="col" class="govuk-table__header">From</th><th scope="col" class="govuk-table__header">Until</th>{{#CLERK}}<th scope="col" class="govuk-table__header">End</th>{{/CLERK}}</tr></thead>
  <tbody class="govuk-table__body">
{{#MEMBER}}    <tr class="govuk-table__row" id="membership-{{ID}}">
      <td class="govuk-table__cell">{{NAME}}{{#HAS_POST}}<br><span class="govuk-body-s">{{POST}}</span>{{/HAS_POST}}</td>
      <td class="govuk-table__cell">{{ROLE}}</td>
      <td class="govuk-table__cell">{{VOTING}}</td>
      <td class="govuk-table__cell">{{SPEAKING}}</td>
      <td class="govuk-table__cell">{{FROM}}</td>
      <td class="govuk-table__cell">{{UNTIL}}</td>
{{#END_FORM}}      <td class="govuk-table__cell">
        <form action="{{ACTION}}" method="post" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="hidden" name="version" value="{{VERSION}}">
          <div class="govuk-form-group{{#UNTIL_ERROR}} govuk-form-group--error{{/UNTIL_ERROR}}">
            <label class="govuk-label" for="{{FIELD_ID}}">Ends on</label>
            {{#UNTIL_ERROR}}<p id="{{FIELD_ID}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/UNTIL_ERROR}}
            <input class="govuk-input govuk-input--width-10{{#UNTIL_ERROR}} govuk-input--error{{/UNTIL_ERROR}}" id="{{FIELD_ID}}" name="until" type="text" value="{{UNTIL_VALUE}}">
          </div>
          <button class="govuk-button govuk-button--secondary" type="submit">End<span class="govuk-visually-hidden"> the membership of {{NAME}}</span></button>
        </form>
      </td>
{{/END_FORM}}{{#ENDED}}      <td class="govuk-table__cell"></td>
{{/ENDED}}    </tr>
{{/MEMBER}}  </tbody>
</table>
{{#FORM}}
<form action="{{ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h2 class="govuk-heading-l">Add a member</h2>
  <p class="govuk-body">Someone not listed? <a class="govuk-link" href="/people">Add them to the people first</a>.</p>
  <div class="govuk-form-group{{#PERSON_ID_ERROR}} govuk-form-group--error{{/PERSON_ID_ERROR}}">
    <label class="govuk-label" for="person-id">Person</label>
    {{#PERSON_ID_ERROR}}<p id="person-id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PERSON_ID_ERROR}}
    <select class="govuk-select{{#PERSON_ID_ERROR}} govuk-select--error{{/PERSON_ID_ERROR}}" id="person-id" name="person_id"{{#PERSON_ID_ERROR}} aria-describedby="person-id-error"{{/PERSON_ID_ERROR}}>
      <option value="">Choose a person</option>
{{#PERSON_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PERSON_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#ROLE_ERROR}} govuk-form-group--error{{/ROLE_ERROR}}">
    <label class="govuk-label" for="role">Role</label>
    {{#ROLE_ERROR}}<p id="role-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ROLE_ERROR}}
    <select class="govuk-select{{#ROLE_ERROR}} govuk-select--error{{/ROLE_ERROR}}" id="role" name="role">
{{#ROLE_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ROLE_OPTION}}    </select>
  </div>
  <div class="govuk-form-group">
    <fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Rights</legend>
      <div class="govuk-checkboxes govuk-checkboxes--small">
        <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="voting" name="voting" type="checkbox" value="yes"{{#VOTING_CHECKED}} checked{{/VOTING_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="voting">Voting</label></div>
        <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="speaking" name="speaking" type="checkbox" value="yes"{{#SPEAKING_CHECKED}} checked{{/SPEAKING_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="speaking">Speaking</label></div>
      </div>
    </fieldset>
  </div>
  <div class="govuk-form-group{{#FROM_ERROR}} govuk-form-group--error{{/FROM_ERROR}}">
    <label class="govuk-label" for="from">From (optional)</label>
    {{#FROM_ERROR}}<p id="from-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FROM_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#FROM_ERROR}} govuk-input--error{{/FROM_ERROR}}" id="from" name="from" type="text" value="{{FROM}}">
  </div>
  <div class="govuk-form-group{{#UNTIL_ERROR}} govuk-form-group--error{{/UNTIL_ERROR}}">
    <label class="govuk-label" for="until">Until (optional)</label>
    {{#UNTIL_ERROR}}<p id="until-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/UNTIL_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#UNTIL_ERROR}} govuk-input--error{{/UNTIL_ERROR}}" id="until" name="until" type="text" value="{{UNTIL}}">
  </div>
  <button class="govuk-button" type="submit">Add the member</button>
</form>
{{/FORM}}
