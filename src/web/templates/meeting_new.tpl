{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
<h1 class="govuk-heading-xl">Create a meeting</h1>
<form action="/meetings" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#BODY_ID_ERROR}} govuk-form-group--error{{/BODY_ID_ERROR}}">
    <label class="govuk-label" for="body_id">Body</label>
    {{#BODY_ID_ERROR}}<p id="body_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/BODY_ID_ERROR}}
    <select class="govuk-select{{#BODY_ID_ERROR}} govuk-select--error{{/BODY_ID_ERROR}}" id="body_id" name="body_id"{{#BODY_ID_ERROR}} aria-describedby="body_id-error"{{/BODY_ID_ERROR}}>
{{#BODY_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/BODY_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#DATE_ERROR}} govuk-form-group--error{{/DATE_ERROR}}">
    <label class="govuk-label" for="date">Date</label>
    <div id="date-hint" class="govuk-hint">For example, 2026-12-10</div>
    {{#DATE_ERROR}}<p id="date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DATE_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="date" name="date" type="text" value="{{DATE}}" aria-describedby="date-hint{{#DATE_ERROR}} date-error{{/DATE_ERROR}}">
  </div>
  <div class="govuk-form-group{{#TIME_ERROR}} govuk-form-group--error{{/TIME_ERROR}}">
    <label class="govuk-label" for="time">Time (optional)</label>
    <div id="time-hint" class="govuk-hint">On the 24-hour clock, for example 14:00</div>
    {{#TIME_ERROR}}<p id="time-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TIME_ERROR}}
    <input class="govuk-input govuk-input--width-5{{#TIME_ERROR}} govuk-input--error{{/TIME_ERROR}}" id="time" name="time" type="text" value="{{TIME}}" aria-describedby="time-hint{{#TIME_ERROR}} time-error{{/TIME_ERROR}}">
  </div>
  <div class="govuk-form-group{{#VENUE_ERROR}} govuk-form-group--error{{/VENUE_ERROR}}">
    <label class="govuk-label" for="venue">Venue (optional)</label>
    {{#VENUE_ERROR}}<p id="venue-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/VENUE_ERROR}}
    <input class="govuk-input{{#VENUE_ERROR}} govuk-input--error{{/VENUE_ERROR}}" id="venue" name="venue" type="text" value="{{VENUE}}"{{#VENUE_ERROR}} aria-describedby="venue-error"{{/VENUE_ERROR}}>
  </div>
  <button class="govuk-button" type="submit">Create the meeting</button>
</form>
</div>
</div>
