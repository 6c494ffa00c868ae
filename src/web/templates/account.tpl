{{%AUTOESCAPE context="HTML"}}<h1 class="govuk-heading-l">Your account</h1>
{{#NEW_TOKEN}}<div class="govuk-panel govuk-panel--confirmation br-panel" role="status">
  <h2 class="govuk-panel__title">API token created</h2>
</div>
<p class="govuk-body">Copy the token for <strong>{{LABEL}}</strong> now: it is shown only once and cannot be shown again.</p>
<p class="br-token">{{TOKEN}}</p>
<p class="govuk-body">Programs send it as <code>Authorization: Bearer</code> followed by the token.</p>
{{/NEW_TOKEN}}
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">{{NAME}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Email</dt><dd class="govuk-summary-list__value">{{EMAIL}}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Roles</dt><dd class="govuk-summary-list__value">{{#ROLE}}{{ROLE_NAME}} for {{SCOPE}}<br>{{/ROLE}}{{#NO_ROLES}}None: you read what the public reads.{{/NO_ROLES}}</dd></div>
</dl>
<h2 class="govuk-heading-m">API tokens</h2>
<p class="govuk-body">Tokens let programs use the JSON API as you. Revoke any you no longer use.</p>
{{#TOKENS}}<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Your API tokens</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Label</th><th scope="col" class="govuk-table__header">Created</th><th scope="col" class="govuk-table__header">State</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></tr></thead>
  <tbody class="govuk-table__body">
{{#TOKEN_ROW}}  <tr class="govuk-table__row"><td class="govuk-table__cell">{{LABEL}}</td><td class="govuk-table__cell">{{CREATED}}</td><td class="govuk-table__cell">{{STATE}}</td><td class="govuk-table__cell">{{#REVOKE}}<form action="/account/tokens/{{ID}}/revoke" method="post"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" type="submit">Revoke<span class="govuk-visually-hidden"> {{LABEL}}</span></button></form>{{/REVOKE}}</td></tr>
{{/TOKEN_ROW}}  </tbody>
</table>{{/TOKENS}}
{{#SESSION_FORMS}}<form action="/account/tokens" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#LABEL_ERROR}} govuk-form-group--error{{/LABEL_ERROR}}">
    <label class="govuk-label" for="label">What the new token is for</label>
    <div id="label-hint" class="govuk-hint">For example, "Nightly export to the council website".</div>
{{#LABEL_ERROR}}    <p id="label-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/LABEL_ERROR}}    <input class="govuk-input govuk-!-width-two-thirds" id="label" name="label" type="text" aria-describedby="label-hint">
  </div>
  <button class="govuk-button govuk-button--secondary" type="submit">Create an API token</button>
</form>
<h2 class="govuk-heading-m">Sessions</h2>
<p class="govuk-body">Signed in on a computer you no longer use? End every session, this one included.</p>
<form action="/account/sign-out-everywhere" method="post">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button class="govuk-button govuk-button--warning" type="submit">Sign out everywhere</button>
</form>{{/SESSION_FORMS}}
