{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
<div class="govuk-grid-column-full">
{{>ERRORS}}
<span class="govuk-caption-l"><a class="govuk-link" href="{{PLAN_HREF}}">{{PLAN_TITLE}}</a>, {{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">{{TITLE}}</h1>
{{#HAS_DESCRIPTION}}<p class="govuk-body">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
<p class="govuk-body">Search this theme with <a class="govuk-link" href="/search?q=theme%3A{{SLUG}}">theme:{{SLUG}}</a>.</p>
<h2 class="govuk-heading-l">Objectives</h2>
{{#NO_OBJECTIVES}}<p class="govuk-body">No objectives have been set.</p>{{/NO_OBJECTIVES}}
{{#HAS_OBJECTIVES}}<ol class="govuk-list govuk-list--number">
{{#OBJECTIVE}}  <li>{{TEXT}}</li>
{{/OBJECTIVE}}</ol>{{/HAS_OBJECTIVES}}

<h2 class="govuk-heading-l">Papers</h2>
{{#NO_PAPERS}}<p class="govuk-body">No papers are tagged with this theme.</p>{{/NO_PAPERS}}
{{#HAS_PAPERS}}<ul class="govuk-list">
{{#PAPER}}  <li>{{TITLE}} <span class="govuk-body-s">({{BODY_NAME}}{{#DATED}}, <time datetime="{{DATE_ISO}}">{{DATE}}</time>{{/DATED}})</span>{{#UNPUBLISHED}} <strong class="govuk-tag govuk-tag--grey">Not published</strong>{{/UNPUBLISHED}}{{#UNTAG}} {{>UNTAG_FORM}}{{/UNTAG}}</li>
{{/PAPER}}</ul>{{/HAS_PAPERS}}

<h2 class="govuk-heading-l">Agenda items</h2>
{{#NO_ITEMS}}<p class="govuk-body">No agenda items are tagged with this theme.</p>{{/NO_ITEMS}}
{{#HAS_ITEMS}}<ul class="govuk-list">
{{#ITEM}}  <li><a class="govuk-link" href="{{HREF}}">Item {{NUMBER}}: {{TITLE}}</a> <span class="govuk-body-s">(<time datetime="{{DATE_ISO}}">{{DATE}}</time>)</span>{{#UNTAG}} {{>UNTAG_FORM}}{{/UNTAG}}</li>
{{/ITEM}}</ul>{{/HAS_ITEMS}}

<h2 class="govuk-heading-l">Actions</h2>
<p class="govuk-body">{{OVERDUE}} overdue, {{DUE_SOON}} due soon, as of <time datetime="{{TODAY_ISO}}">{{TODAY}}</time>.</p>
{{#NO_ACTIONS}}<p class="govuk-body">No actions are tagged with this theme.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">No.</th><th scope="col" class="govuk-table__header">Action</th>
    <th scope="col" class="govuk-table__header">Owner</th><th scope="col" class="govuk-table__header">Target date</th>
    <th scope="col" class="govuk-table__header">Status</th></tr></thead>
  <tbody class="govuk-table__body">
{{#ACTION}}    <tr class="govuk-table__row"><td class="govuk-table__cell">{{NUMBER}}</td><td class="govuk-table__cell">{{TEXT}}</td><td class="govuk-table__cell">{{OWNER}}</td>
      <td class="govuk-table__cell"><time datetime="{{TARGET_ISO}}">{{TARGET}}</time>{{#DUE}} <strong class="govuk-tag {{DUE_CLASS}}">{{DUE_LABEL}}</strong> <span class="br-due">{{DUE_MESSAGE}}</span>{{/DUE}}</td>
      <td class="govuk-table__cell">{{STATUS}}{{#UNTAG}} {{>UNTAG_FORM}}{{/UNTAG}}</td></tr>
{{/ACTION}}  </tbody>
</table>{{/HAS_ACTIONS}}

<h2 class="govuk-heading-l">Decisions</h2>
{{#NO_DECISIONS}}<p class="govuk-body">No recommendations are tagged with this theme.</p>{{/NO_DECISIONS}}
{{#HAS_DECISIONS}}<ul class="govuk-list">
{{#DECISION}}  <li>{{PAPER_TITLE}}, recommendation {{LABEL}}: {{TEXT}} <strong class="govuk-tag">{{OUTCOME}}</strong>{{#UNTAG}} {{>UNTAG_FORM}}{{/UNTAG}}</li>
{{/DECISION}}</ul>{{/HAS_DECISIONS}}

{{#CLERK}}
<div class="govuk-grid-row"><div class="govuk-grid-column-one-half">
<h2 class="govuk-heading-m" id="tag-record">Tag a record with this theme</h2>
<form action="/themes/{{THEME_ID}}/tags" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#KIND_ERROR}} govuk-form-group--error{{/KIND_ERROR}}">
    <label class="govuk-label" for="kind">Kind of record</label>
    {{#KIND_ERROR}}<p id="kind-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/KIND_ERROR}}
    <select class="govuk-select" id="kind" name="kind">
{{#KIND_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KIND_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#RECORD_ID_ERROR}} govuk-form-group--error{{/RECORD_ID_ERROR}}">
    <label class="govuk-label" for="record_id">Its number (id)</label>
    {{#RECORD_ID_ERROR}}<p id="record_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/RECORD_ID_ERROR}}
    <input class="govuk-input govuk-input--width-5{{#RECORD_ID_ERROR}} govuk-input--error{{/RECORD_ID_ERROR}}" id="record_id" name="record_id" type="text" inputmode="numeric" value="{{RECORD_ID}}">
  </div>
  <button class="govuk-button" type="submit">Tag it</button>
</form>
</div><div class="govuk-grid-column-one-half">
<h2 class="govuk-heading-m" id="add-objective">Add an objective</h2>
<form action="/themes/{{THEME_ID}}/objectives" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#TEXT_ERROR}} govuk-form-group--error{{/TEXT_ERROR}}">
    <label class="govuk-label" for="text">Objective</label>
    {{#TEXT_ERROR}}<p id="text-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEXT_ERROR}}
    <textarea class="govuk-textarea{{#TEXT_ERROR}} govuk-textarea--error{{/TEXT_ERROR}}" id="text" name="text" rows="2">{{TEXT_VALUE}}</textarea>
  </div>
  <button class="govuk-button" type="submit">Add the objective</button>
</form>
</div></div>
{{/CLERK}}
</div>
</div>
