{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
<h1 class="govuk-heading-l">Sign in</h1>
<p class="govuk-body">Members, authors, clerks and administrators sign in here. Everything published can be read without signing in.</p>
<form action="/sign-in" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{FORM_TOKEN}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <div class="govuk-form-group{{#EMAIL_ERROR}} govuk-form-group--error{{/EMAIL_ERROR}}">
    <label class="govuk-label" for="email">Email address</label>
{{#EMAIL_ERROR}}    <p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/EMAIL_ERROR}}    <input class="govuk-input{{#EMAIL_ERROR}} govuk-input--error{{/EMAIL_ERROR}}" id="email" name="email" type="email" autocomplete="username" spellcheck="false" value="{{EMAIL}}">
  </div>
  <div class="govuk-form-group">
    <label class="govuk-label" for="password">Password</label>
    <input class="govuk-input" id="password" name="password" type="password" autocomplete="current-password">
  </div>
  <button class="govuk-button" type="submit">Sign in</button>
</form>
</div>
</div>
