{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{>ERRORS}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">{{TITLE}}</h1>
<p class="govuk-body"><time datetime="{{FROM_ISO}}">{{FROM}}</time> to <time datetime="{{UNTIL_ISO}}">{{UNTIL}}</time></p>
{{#NO_THEMES}}<p class="govuk-body">This plan has no themes yet.</p>{{/NO_THEMES}}
{{#THEME}}
<h2 class="govuk-heading-m"><a class="govuk-link" href="{{HREF}}">{{TITLE}}</a> <span class="govuk-caption-s">theme:{{SLUG}}</span></h2>
{{#HAS_DESCRIPTION}}<p class="govuk-body">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
{{#HAS_OBJECTIVES}}<ul class="govuk-list govuk-list--bullet">
{{#OBJECTIVE}}  <li>{{TEXT}}</li>
{{/OBJECTIVE}}</ul>{{/HAS_OBJECTIVES}}
{{/THEME}}
{{#CREATE}}
<h2 class="govuk-heading-l" id="add-theme">Add a theme</h2>
<form action="/plans/{{PLAN_ID}}/themes" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
    <label class="govuk-label" for="title">Title</label>
    {{#TITLE_ERROR}}<p id="title-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
    <input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE_VALUE}}">
  </div>
  <div class="govuk-form-group{{#SLUG_ERROR}} govuk-form-group--error{{/SLUG_ERROR}}">
    <label class="govuk-label" for="slug">Short name (optional)</label>
    <div id="slug-hint" class="govuk-hint">Lower-case letters, digits and hyphens, used to search: theme:victims</div>
    {{#SLUG_ERROR}}<p id="slug-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SLUG_ERROR}}
    <input class="govuk-input govuk-input--width-20{{#SLUG_ERROR}} govuk-input--error{{/SLUG_ERROR}}" id="slug" name="slug" type="text" value="{{SLUG_VALUE}}" aria-describedby="slug-hint">
  </div>
  <div class="govuk-form-group{{#DESCRIPTION_ERROR}} govuk-form-group--error{{/DESCRIPTION_ERROR}}">
    <label class="govuk-label" for="description">Description (optional)</label>
    {{#DESCRIPTION_ERROR}}<p id="description-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
    <textarea class="govuk-textarea" id="description" name="description" rows="3">{{DESCRIPTION_VALUE}}</textarea>
  </div>
  <button class="govuk-button" type="submit">Add the theme</button>
</form>
{{/CREATE}}
</div>
</div>
