{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
<h1 class="govuk-heading-xl">Write a paper</h1>
<p class="govuk-body">The paper is saved unpublished. A clerk of the body publishes it once its clearances are given.</p>
<form action="/papers" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#BODY_ID_ERROR}} govuk-form-group--error{{/BODY_ID_ERROR}}">
    <label class="govuk-label" for="body_id">Body</label>
    {{#BODY_ID_ERROR}}<p id="body_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/BODY_ID_ERROR}}
    <select class="govuk-select{{#BODY_ID_ERROR}} govuk-select--error{{/BODY_ID_ERROR}}" id="body_id" name="body_id"{{#BODY_ID_ERROR}} aria-describedby="body_id-error"{{/BODY_ID_ERROR}}>
{{#BODY_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/BODY_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
    <label class="govuk-label" for="title">Title</label>
    {{#TITLE_ERROR}}<p id="title-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
    <input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}"{{#TITLE_ERROR}} aria-describedby="title-error"{{/TITLE_ERROR}}>
  </div>
  <div class="govuk-form-group{{#TO_ERROR}} govuk-form-group--error{{/TO_ERROR}}">
    <label class="govuk-label" for="to">To (optional)</label>
    <div id="to-hint" class="govuk-hint">The meeting the paper goes to, for example Business and Crime Board</div>
    {{#TO_ERROR}}<p id="to-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TO_ERROR}}
    <input class="govuk-input{{#TO_ERROR}} govuk-input--error{{/TO_ERROR}}" id="to" name="to" type="text" value="{{TO}}" aria-describedby="to-hint{{#TO_ERROR}} to-error{{/TO_ERROR}}">
  </div>
  <div class="govuk-form-group{{#FROM_ERROR}} govuk-form-group--error{{/FROM_ERROR}}">
    <label class="govuk-label" for="from">From (optional)</label>
    <div id="from-hint" class="govuk-hint">Who the paper is from, for example Chief Finance Officer</div>
    {{#FROM_ERROR}}<p id="from-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FROM_ERROR}}
    <input class="govuk-input{{#FROM_ERROR}} govuk-input--error{{/FROM_ERROR}}" id="from" name="from" type="text" value="{{FROM}}" aria-describedby="from-hint{{#FROM_ERROR}} from-error{{/FROM_ERROR}}">
  </div>
  <div class="govuk-form-group{{#DATE_ERROR}} govuk-form-group--error{{/DATE_ERROR}}">
    <label class="govuk-label" for="date">Date of the paper (optional)</label>
    <div id="date-hint" class="govuk-hint">For example, 2026-12-01</div>
    {{#DATE_ERROR}}<p id="date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DATE_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="date" name="date" type="text" value="{{DATE}}" aria-describedby="date-hint{{#DATE_ERROR}} date-error{{/DATE_ERROR}}">
  </div>
  <div class="govuk-form-group{{#MEETING_DATE_ERROR}} govuk-form-group--error{{/MEETING_DATE_ERROR}}">
    <label class="govuk-label" for="meeting_date">Meeting date (optional)</label>
    <div id="meeting_date-hint" class="govuk-hint">The date of the meeting it goes to, for example 2026-12-10</div>
    {{#MEETING_DATE_ERROR}}<p id="meeting_date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MEETING_DATE_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#MEETING_DATE_ERROR}} govuk-input--error{{/MEETING_DATE_ERROR}}" id="meeting_date" name="meeting_date" type="text" value="{{MEETING_DATE}}" aria-describedby="meeting_date-hint{{#MEETING_DATE_ERROR}} meeting_date-error{{/MEETING_DATE_ERROR}}">
  </div>
  <div class="govuk-form-group{{#CLASSIFICATION_ERROR}} govuk-form-group--error{{/CLASSIFICATION_ERROR}}">
    <fieldset class="govuk-fieldset"{{#CLASSIFICATION_ERROR}} aria-describedby="classification-error"{{/CLASSIFICATION_ERROR}}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Classification</legend>
      {{#CLASSIFICATION_ERROR}}<p id="classification-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CLASSIFICATION_ERROR}}
      <div class="govuk-radios govuk-radios--small">
{{#CLASSIFICATION_OPTION}}        <div class="govuk-radios__item">
          <input class="govuk-radios__input" id="{{ID}}" name="classification" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
          <label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
        </div>
{{/CLASSIFICATION_OPTION}}      </div>
    </fieldset>
  </div>
  <div class="govuk-form-group">
    <fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Exempt and key decision</legend>
      <div class="govuk-checkboxes govuk-checkboxes--small">
        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id="exempt" name="exempt" type="checkbox" value="yes"{{#EXEMPT}} checked{{/EXEMPT}}>
          <label class="govuk-label govuk-checkboxes__label" for="exempt">Exempt: not for publication</label>
        </div>
        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id="key_decision" name="key_decision" type="checkbox" value="yes"{{#KEY_DECISION}} checked{{/KEY_DECISION}}>
          <label class="govuk-label govuk-checkboxes__label" for="key_decision">Key decision</label>
        </div>
      </div>
    </fieldset>
  </div>
  <div class="govuk-form-group{{#RECOMMENDATIONS_ERROR}} govuk-form-group--error{{/RECOMMENDATIONS_ERROR}}">
    <label class="govuk-label" for="recommendations">Recommendations (optional)</label>
    <div id="recommendations-hint" class="govuk-hint">One per line. A line may start with its label, like "a)", "1." or "(ii)".</div>
    {{#RECOMMENDATIONS_ERROR}}<p id="recommendations-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/RECOMMENDATIONS_ERROR}}
    <textarea class="govuk-textarea{{#RECOMMENDATIONS_ERROR}} govuk-textarea--error{{/RECOMMENDATIONS_ERROR}}" id="recommendations" name="recommendations" rows="5" aria-describedby="recommendations-hint{{#RECOMMENDATIONS_ERROR}} recommendations-error{{/RECOMMENDATIONS_ERROR}}">{{RECOMMENDATIONS:pre_escape}}</textarea>
  </div>
  <div class="govuk-form-group{{#TEXT_ERROR}} govuk-form-group--error{{/TEXT_ERROR}}">
    <label class="govuk-label" for="text">Text of the paper</label>
    <div id="text-hint" class="govuk-hint">Separate paragraphs with a blank line. A line of a number and a short heading, like "1. Purpose" or "5 Financial implications", starts a section. A paragraph starting with its number, like "5.22 The council ...", keeps that number.</div>
    {{#TEXT_ERROR}}<p id="text-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEXT_ERROR}}
    <textarea class="govuk-textarea{{#TEXT_ERROR}} govuk-textarea--error{{/TEXT_ERROR}}" id="text" name="text" rows="20" aria-describedby="text-hint{{#TEXT_ERROR}} text-error{{/TEXT_ERROR}}">{{TEXT:pre_escape}}</textarea>
  </div>
  <button class="govuk-button" type="submit">Save the paper</button>
</form>
</div>
</div>
