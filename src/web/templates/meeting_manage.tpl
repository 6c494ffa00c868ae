{{%AUTOESCAPE context="HTML"}}
{{>ERRORS}}
<span class="govuk-caption-l">{{BODY_NAME}}</span>
<h1 class="govuk-heading-xl">Manage the meeting of <time datetime="{{DATE_ISO}}">{{DATE}}</time></h1>
<p class="govuk-body">{{STATUS}}. {{PUBLICATION}}</p>
{{#DEADLINE_MISSED}}
<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>The publication deadline has passed: {{PUBLICATION}}</strong>
</div>
{{/DEADLINE_MISSED}}
{{#NEXT_STATUS}}<form action="{{ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <input type="hidden" name="status" value="{{STATUS}}">
  <button class="govuk-button govuk-button--secondary" id="meeting-status" type="submit">Mark the meeting as: {{LABEL}}</button>
</form>
{{/NEXT_STATUS}}<ul class="govuk-list">
  <li><a class="govuk-link" href="{{MEETING_HREF}}">The meeting as the public sees it</a></li>
  <li><a class="govuk-link" href="{{ACTIONS_HREF}}">The body's action log</a></li>
  <li><a class="govuk-link" href="{{HISTORY_HREF}}">History of this meeting</a></li>
</ul>

<h2 class="govuk-heading-l" id="agenda">Agenda</h2>
{{#NO_AGENDA}}<p class="govuk-body">The agenda has no items yet.</p>{{/NO_AGENDA}}
<ol class="br-agenda">
{{#ITEM}}
  <li class="br-agenda__item br-agenda__item--depth-{{DEPTH}}" id="{{ID}}">
    <span class="br-agenda__number">{{NUMBER}}</span>
    <span class="br-agenda__title">{{TITLE}}</span>
    {{#VERBAL}}<strong class="govuk-tag govuk-tag--grey">Verbal update</strong>{{/VERBAL}}
    {{#EXEMPT}}<strong class="govuk-tag govuk-tag--purple">Exempt: Schedule 12A paragraph {{PARAGRAPH}}</strong>{{/EXEMPT}}
    {{#HAS_PRESENTER}}<span class="br-agenda__presenter">{{PRESENTER}}</span>{{/HAS_PRESENTER}}
    {{#PAPER}}<span class="br-agenda__paper">Paper: {{TITLE}}</span>{{/PAPER}}
    <span class="br-agenda__tools">
{{#MOVE}}      <form class="br-inline-form" action="{{ACTION}}" method="post">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="version" value="{{VERSION}}">
        <input type="hidden" name="direction" value="{{DIRECTION}}">
        <button class="govuk-button govuk-button--secondary br-button--small" type="submit">{{LABEL}}<span class="govuk-visually-hidden"> item {{NUMBER}}</span></button>
      </form>
{{/MOVE}}      <a class="govuk-link" href="{{EDIT_HREF}}">Edit<span class="govuk-visually-hidden"> item {{NUMBER}}</span></a>
      <a class="govuk-link br-agenda__history" href="{{HISTORY_HREF}}">History<span class="govuk-visually-hidden"> of item {{NUMBER}}</span></a>
    </span>
  </li>
{{/ITEM}}
</ol>

<h2 class="govuk-heading-m" id="report-backs">Actions reporting back to this meeting</h2>
{{#NO_REPORT_BACKS}}<p class="govuk-body">No action asks to report back to this meeting.</p>{{/NO_REPORT_BACKS}}
<ul class="govuk-list">
{{#REPORT_BACK}}  <li><a class="govuk-link" href="{{HREF}}">Action {{NUMBER}}</a>: {{TEXT}}
    {{#ON_AGENDA}}<strong class="govuk-tag govuk-tag--green">On the agenda</strong>{{/ON_AGENDA}}
    {{#OFFER}}<form class="br-inline-form" action="{{ACTION}}" method="post">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button class="govuk-button govuk-button--secondary br-button--small" type="submit">Add to the agenda<span class="govuk-visually-hidden"> action {{NUMBER}}</span></button>
    </form>{{/OFFER}}
  </li>
{{/REPORT_BACK}}</ul>

{{#STANDARD_FORM}}
<form action="{{STANDARD_ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="govuk-form-group{{#ITEMS_ERROR}} govuk-form-group--error{{/ITEMS_ERROR}}">
    <fieldset class="govuk-fieldset"{{#ITEMS_ERROR}} aria-describedby="items-error"{{/ITEMS_ERROR}}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Add standard items</h2></legend>
      {{#ITEMS_ERROR}}<p id="items-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ITEMS_ERROR}}
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
{{#STANDARD}}        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id="{{ID}}" name="items" type="checkbox" value="{{KEY}}">
          <label class="govuk-label govuk-checkboxes__label" for="{{ID}}">{{TITLE}}</label>
        </div>
{{/STANDARD}}      </div>
    </fieldset>
  </div>
  <button class="govuk-button govuk-button--secondary" type="submit">Add the chosen items at the top</button>
</form>
{{/STANDARD_FORM}}

<form action="{{ITEMS_ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h2 class="govuk-heading-m">Add an item</h2>
  <div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
    <label class="govuk-label" for="title">Title</label>
    {{#TITLE_ERROR}}<p id="title-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
    <input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}"{{#TITLE_ERROR}} aria-describedby="title-error"{{/TITLE_ERROR}}>
  </div>
  <div class="govuk-form-group{{#PARENT_ITEM_ID_ERROR}} govuk-form-group--error{{/PARENT_ITEM_ID_ERROR}}">
    <label class="govuk-label" for="parent_item_id">Under which item</label>
    {{#PARENT_ITEM_ID_ERROR}}<p id="parent_item_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PARENT_ITEM_ID_ERROR}}
    <select class="govuk-select{{#PARENT_ITEM_ID_ERROR}} govuk-select--error{{/PARENT_ITEM_ID_ERROR}}" id="parent_item_id" name="parent_item_id"{{#PARENT_ITEM_ID_ERROR}} aria-describedby="parent_item_id-error"{{/PARENT_ITEM_ID_ERROR}}>
{{#PARENT_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PARENT_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#NUMBER_ERROR}} govuk-form-group--error{{/NUMBER_ERROR}}">
    <label class="govuk-label" for="number">Number (optional)</label>
    <div id="number-hint" class="govuk-hint">Leave empty for the next free number, or give one such as 5, 5.0 or 5.1</div>
    {{#NUMBER_ERROR}}<p id="number-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NUMBER_ERROR}}
    <input class="govuk-input govuk-input--width-5{{#NUMBER_ERROR}} govuk-input--error{{/NUMBER_ERROR}}" id="number" name="number" type="text" value="{{NUMBER}}" aria-describedby="number-hint{{#NUMBER_ERROR}} number-error{{/NUMBER_ERROR}}">
  </div>
  <div class="govuk-form-group{{#PRESENTER_ERROR}} govuk-form-group--error{{/PRESENTER_ERROR}}">
    <label class="govuk-label" for="presenter">Presenter (optional)</label>
    {{#PRESENTER_ERROR}}<p id="presenter-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PRESENTER_ERROR}}
    <input class="govuk-input{{#PRESENTER_ERROR}} govuk-input--error{{/PRESENTER_ERROR}}" id="presenter" name="presenter" type="text" value="{{PRESENTER}}"{{#PRESENTER_ERROR}} aria-describedby="presenter-error"{{/PRESENTER_ERROR}}>
  </div>
  <div class="govuk-form-group{{#KIND_ERROR}} govuk-form-group--error{{/KIND_ERROR}}">
    <label class="govuk-label" for="kind">Kind of item</label>
    {{#KIND_ERROR}}<p id="kind-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/KIND_ERROR}}
    <select class="govuk-select{{#KIND_ERROR}} govuk-select--error{{/KIND_ERROR}}" id="kind" name="kind"{{#KIND_ERROR}} aria-describedby="kind-error"{{/KIND_ERROR}}>
{{#KIND_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KIND_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#EXEMPTION_PARAGRAPH_ERROR}} govuk-form-group--error{{/EXEMPTION_PARAGRAPH_ERROR}}">
    <label class="govuk-label" for="exemption_paragraph">Schedule 12A paragraph (exempt items only)</label>
    <div id="exemption_paragraph-hint" class="govuk-hint">The paragraph of Schedule 12A to the Local Government Act 1972 that the item relies on</div>
    {{#EXEMPTION_PARAGRAPH_ERROR}}<p id="exemption_paragraph-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EXEMPTION_PARAGRAPH_ERROR}}
    <select class="govuk-select{{#EXEMPTION_PARAGRAPH_ERROR}} govuk-select--error{{/EXEMPTION_PARAGRAPH_ERROR}}" id="exemption_paragraph" name="exemption_paragraph" aria-describedby="exemption_paragraph-hint{{#EXEMPTION_PARAGRAPH_ERROR}} exemption_paragraph-error{{/EXEMPTION_PARAGRAPH_ERROR}}">
{{#PARAGRAPH_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PARAGRAPH_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#PAPER_ID_ERROR}} govuk-form-group--error{{/PAPER_ID_ERROR}}">
    <label class="govuk-label" for="paper_id">Paper (paper items only)</label>
    {{#PAPER_ID_ERROR}}<p id="paper_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PAPER_ID_ERROR}}
    <select class="govuk-select{{#PAPER_ID_ERROR}} govuk-select--error{{/PAPER_ID_ERROR}}" id="paper_id" name="paper_id"{{#PAPER_ID_ERROR}} aria-describedby="paper_id-error"{{/PAPER_ID_ERROR}}>
{{#PAPER_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PAPER_OPTION}}    </select>
  </div>
  <button class="govuk-button" type="submit">Add the item</button>
</form>

<h2 class="govuk-heading-l" id="attendance">Attendance</h2>
{{#NO_ATTENDANCE}}<p class="govuk-body">No attendance recorded yet.</p>{{/NO_ATTENDANCE}}
<ul class="govuk-list">
{{#ATTENDEE}}  <li>{{NAME}}{{#CAPACITY}}, {{TEXT}}{{/CAPACITY}}: {{KIND}}{{#SUBSTITUTE}} (substitute: {{NAME}}){{/SUBSTITUTE}}</li>
{{/ATTENDEE}}</ul>
<form action="{{ATTENDANCE_ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h3 class="govuk-heading-m">Record attendance or apologies</h3>
  <div class="govuk-form-group{{#ATTENDANCE_NAME_ERROR}} govuk-form-group--error{{/ATTENDANCE_NAME_ERROR}}">
    <label class="govuk-label" for="attendance-name">Name</label>
    {{#ATTENDANCE_NAME_ERROR}}<p id="attendance-name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ATTENDANCE_NAME_ERROR}}
    <input class="govuk-input{{#ATTENDANCE_NAME_ERROR}} govuk-input--error{{/ATTENDANCE_NAME_ERROR}}" id="attendance-name" name="name" type="text" value="{{ATTENDANCE_NAME}}"{{#ATTENDANCE_NAME_ERROR}} aria-describedby="attendance-name-error"{{/ATTENDANCE_NAME_ERROR}}>
  </div>
  <div class="govuk-form-group{{#ATTENDANCE_CAPACITY_ERROR}} govuk-form-group--error{{/ATTENDANCE_CAPACITY_ERROR}}">
    <label class="govuk-label" for="attendance-capacity">Capacity (optional)</label>
    <div id="attendance-capacity-hint" class="govuk-hint">For example, Chair</div>
    {{#ATTENDANCE_CAPACITY_ERROR}}<p id="attendance-capacity-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ATTENDANCE_CAPACITY_ERROR}}
    <input class="govuk-input{{#ATTENDANCE_CAPACITY_ERROR}} govuk-input--error{{/ATTENDANCE_CAPACITY_ERROR}}" id="attendance-capacity" name="capacity" type="text" value="{{ATTENDANCE_CAPACITY}}" aria-describedby="attendance-capacity-hint{{#ATTENDANCE_CAPACITY_ERROR}} attendance-capacity-error{{/ATTENDANCE_CAPACITY_ERROR}}">
  </div>
  <div class="govuk-form-group{{#ATTENDANCE_KIND_ERROR}} govuk-form-group--error{{/ATTENDANCE_KIND_ERROR}}">
    <label class="govuk-label" for="attendance-kind">Attendance</label>
    {{#ATTENDANCE_KIND_ERROR}}<p id="attendance-kind-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ATTENDANCE_KIND_ERROR}}
    <select class="govuk-select{{#ATTENDANCE_KIND_ERROR}} govuk-select--error{{/ATTENDANCE_KIND_ERROR}}" id="attendance-kind" name="kind"{{#ATTENDANCE_KIND_ERROR}} aria-describedby="attendance-kind-error"{{/ATTENDANCE_KIND_ERROR}}>
{{#ATTENDANCE_KIND_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ATTENDANCE_KIND_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#ATTENDANCE_SUBSTITUTE_ERROR}} govuk-form-group--error{{/ATTENDANCE_SUBSTITUTE_ERROR}}">
    <label class="govuk-label" for="attendance-substitute">Substitute (with apologies only, optional)</label>
    {{#ATTENDANCE_SUBSTITUTE_ERROR}}<p id="attendance-substitute-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ATTENDANCE_SUBSTITUTE_ERROR}}
    <input class="govuk-input{{#ATTENDANCE_SUBSTITUTE_ERROR}} govuk-input--error{{/ATTENDANCE_SUBSTITUTE_ERROR}}" id="attendance-substitute" name="substitute" type="text" value="{{ATTENDANCE_SUBSTITUTE}}"{{#ATTENDANCE_SUBSTITUTE_ERROR}} aria-describedby="attendance-substitute-error"{{/ATTENDANCE_SUBSTITUTE_ERROR}}>
  </div>
  <button class="govuk-button govuk-button--secondary" type="submit">Record attendance</button>
</form>

<h2 class="govuk-heading-l" id="declarations">Declarations of interest</h2>
{{#NO_DECLARATIONS}}<p class="govuk-body">No interests declared yet.</p>{{/NO_DECLARATIONS}}
<ul class="govuk-list">
{{#DECLARATION}}  <li>{{NAME}}, {{ITEM}}: {{KIND}}, {{INTEREST}}{{#LEFT_ROOM}} (left the room){{/LEFT_ROOM}}</li>
{{/DECLARATION}}</ul>
<form action="{{DECLARATION_ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h3 class="govuk-heading-m">Record a declaration</h3>
  <div class="govuk-form-group{{#DECLARATION_NAME_ERROR}} govuk-form-group--error{{/DECLARATION_NAME_ERROR}}">
    <label class="govuk-label" for="declaration-name">Who declared</label>
    {{#DECLARATION_NAME_ERROR}}<p id="declaration-name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DECLARATION_NAME_ERROR}}
    <input class="govuk-input{{#DECLARATION_NAME_ERROR}} govuk-input--error{{/DECLARATION_NAME_ERROR}}" id="declaration-name" name="name" type="text" value="{{DECLARATION_NAME}}"{{#DECLARATION_NAME_ERROR}} aria-describedby="declaration-name-error"{{/DECLARATION_NAME_ERROR}}>
  </div>
  <div class="govuk-form-group{{#DECLARATION_AGENDA_ITEM_ID_ERROR}} govuk-form-group--error{{/DECLARATION_AGENDA_ITEM_ID_ERROR}}">
    <label class="govuk-label" for="declaration-agenda_item_id">For</label>
    {{#DECLARATION_AGENDA_ITEM_ID_ERROR}}<p id="declaration-agenda_item_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DECLARATION_AGENDA_ITEM_ID_ERROR}}
    <select class="govuk-select{{#DECLARATION_AGENDA_ITEM_ID_ERROR}} govuk-select--error{{/DECLARATION_AGENDA_ITEM_ID_ERROR}}" id="declaration-agenda_item_id" name="agenda_item_id"{{#DECLARATION_AGENDA_ITEM_ID_ERROR}} aria-describedby="declaration-agenda_item_id-error"{{/DECLARATION_AGENDA_ITEM_ID_ERROR}}>
{{#DECLARATION_ITEM_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/DECLARATION_ITEM_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#DECLARATION_KIND_ERROR}} govuk-form-group--error{{/DECLARATION_KIND_ERROR}}">
    <label class="govuk-label" for="declaration-kind">Kind of interest</label>
    {{#DECLARATION_KIND_ERROR}}<p id="declaration-kind-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DECLARATION_KIND_ERROR}}
    <select class="govuk-select{{#DECLARATION_KIND_ERROR}} govuk-select--error{{/DECLARATION_KIND_ERROR}}" id="declaration-kind" name="kind"{{#DECLARATION_KIND_ERROR}} aria-describedby="declaration-kind-error"{{/DECLARATION_KIND_ERROR}}>
{{#DECLARATION_KIND_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/DECLARATION_KIND_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#DECLARATION_INTEREST_ERROR}} govuk-form-group--error{{/DECLARATION_INTEREST_ERROR}}">
    <label class="govuk-label" for="declaration-interest">The interest</label>
    {{#DECLARATION_INTEREST_ERROR}}<p id="declaration-interest-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DECLARATION_INTEREST_ERROR}}
    <input class="govuk-input{{#DECLARATION_INTEREST_ERROR}} govuk-input--error{{/DECLARATION_INTEREST_ERROR}}" id="declaration-interest" name="interest" type="text" value="{{DECLARATION_INTEREST}}"{{#DECLARATION_INTEREST_ERROR}} aria-describedby="declaration-interest-error"{{/DECLARATION_INTEREST_ERROR}}>
  </div>
  <div class="govuk-form-group">
    <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
      <div class="govuk-checkboxes__item">
        <input class="govuk-checkboxes__input" id="declaration-left_room" name="left_room" type="checkbox" value="yes"{{#LEFT_ROOM_CHECKED}} checked{{/LEFT_ROOM_CHECKED}}>
        <label class="govuk-label govuk-checkboxes__label" for="declaration-left_room">They left the room for the item</label>
      </div>
    </div>
  </div>
  <button class="govuk-button govuk-button--secondary" type="submit">Record the declaration</button>
</form>

<h2 class="govuk-heading-l" id="outcomes">Outcomes of recommendations</h2>
{{#NO_RECOMMENDATIONS}}<p class="govuk-body">No paper on the agenda has recommendations.</p>{{/NO_RECOMMENDATIONS}}
{{#RECOMMENDATION}}
<div class="br-recommendation" id="rec-{{RID}}">
  <h3 class="govuk-heading-s">Item {{ITEM_NUMBER}}, {{PAPER_TITLE}}: recommendation {{LABEL}}</h3>
  <p class="govuk-body">{{TEXT}}</p>
  <p class="govuk-body-s">Recorded outcome: {{CURRENT}} {{CURRENT_NOTE}} <a class="govuk-link" href="{{HISTORY_HREF}}">History of the paper</a></p>
  <form action="{{ACTION}}" method="post" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="version" value="{{VERSION}}">
    <input type="hidden" name="meeting_id" value="{{MEETING_ID}}">
    <div class="govuk-form-group{{#OUTCOME_ERROR}} govuk-form-group--error{{/OUTCOME_ERROR}}">
      <label class="govuk-label" for="rec-{{RID}}-outcome">Outcome<span class="govuk-visually-hidden"> of recommendation {{LABEL}}</span></label>
      {{#OUTCOME_ERROR}}<p id="rec-{{RID}}-outcome-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OUTCOME_ERROR}}
      <select class="govuk-select{{#OUTCOME_ERROR}} govuk-select--error{{/OUTCOME_ERROR}}" id="rec-{{RID}}-outcome" name="outcome"{{#OUTCOME_ERROR}} aria-describedby="rec-{{RID}}-outcome-error"{{/OUTCOME_ERROR}}>
{{#OUTCOME_OPTION}}        <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OUTCOME_OPTION}}      </select>
    </div>
    <div class="govuk-form-group{{#OUTCOME_NOTE_ERROR}} govuk-form-group--error{{/OUTCOME_NOTE_ERROR}}">
      <label class="govuk-label" for="rec-{{RID}}-outcome_note">Note<span class="govuk-visually-hidden"> on recommendation {{LABEL}}</span></label>
      <div id="rec-{{RID}}-outcome_note-hint" class="govuk-hint">Required for agreed with amendments: what was amended</div>
      {{#OUTCOME_NOTE_ERROR}}<p id="rec-{{RID}}-outcome_note-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OUTCOME_NOTE_ERROR}}
      <textarea class="govuk-textarea{{#OUTCOME_NOTE_ERROR}} govuk-textarea--error{{/OUTCOME_NOTE_ERROR}}" id="rec-{{RID}}-outcome_note" name="outcome_note" rows="2" aria-describedby="rec-{{RID}}-outcome_note-hint{{#OUTCOME_NOTE_ERROR}} rec-{{RID}}-outcome_note-error{{/OUTCOME_NOTE_ERROR}}">{{NOTE}}</textarea>
    </div>
    <button class="govuk-button govuk-button--secondary" type="submit">Record the outcome<span class="govuk-visually-hidden"> of recommendation {{LABEL}}</span></button>
  </form>
</div>
{{/RECOMMENDATION}}

<h2 class="govuk-heading-l" id="actions">Actions</h2>
{{#NO_ACTIONS}}<p class="govuk-body">The body has no open actions.</p>{{/NO_ACTIONS}}
<ul class="govuk-list br-dashboard__list">
{{#ACTION}}
  <li class="br-dashboard__entry">
    <a class="govuk-link" href="{{HREF}}">Action {{NUMBER}}</a> {{#OVERDUE}}<strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}
    <span class="br-dashboard__detail">{{TEXT}}</span>
    <span class="br-dashboard__detail">Owner: {{OWNER}}. Target <time datetime="{{TARGET_ISO}}">{{TARGET}}</time>. {{STATUS}}. {{DUE_MESSAGE}}</span>
  </li>
{{/ACTION}}
</ul>
{{#NO_ITEMS_FOR_ACTIONS}}<p class="govuk-body">Add agenda items first: an action is raised against an item.</p>{{/NO_ITEMS_FOR_ACTIONS}}
{{#RAISE_FORM}}
<form action="{{RAISE_ACTION}}" method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h3 class="govuk-heading-m">Raise an action</h3>
  <div class="govuk-form-group{{#ACTION_AGENDA_ITEM_ID_ERROR}} govuk-form-group--error{{/ACTION_AGENDA_ITEM_ID_ERROR}}">
    <label class="govuk-label" for="action-agenda_item_id">Raised at item</label>
    {{#ACTION_AGENDA_ITEM_ID_ERROR}}<p id="action-agenda_item_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ACTION_AGENDA_ITEM_ID_ERROR}}
    <select class="govuk-select{{#ACTION_AGENDA_ITEM_ID_ERROR}} govuk-select--error{{/ACTION_AGENDA_ITEM_ID_ERROR}}" id="action-agenda_item_id" name="agenda_item_id"{{#ACTION_AGENDA_ITEM_ID_ERROR}} aria-describedby="action-agenda_item_id-error"{{/ACTION_AGENDA_ITEM_ID_ERROR}}>
{{#RAISED_AT_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/RAISED_AT_OPTION}}    </select>
  </div>
  <div class="govuk-form-group{{#ACTION_TEXT_ERROR}} govuk-form-group--error{{/ACTION_TEXT_ERROR}}">
    <label class="govuk-label" for="action-text">Action</label>
    <div id="action-text-hint" class="govuk-hint">"Report back to the July Board" links it to that meeting</div>
    {{#ACTION_TEXT_ERROR}}<p id="action-text-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ACTION_TEXT_ERROR}}
    <textarea class="govuk-textarea{{#ACTION_TEXT_ERROR}} govuk-textarea--error{{/ACTION_TEXT_ERROR}}" id="action-text" name="text" rows="3" aria-describedby="action-text-hint{{#ACTION_TEXT_ERROR}} action-text-error{{/ACTION_TEXT_ERROR}}">{{ACTION_TEXT}}</textarea>
  </div>
  <div class="govuk-form-group{{#ACTION_OWNER_ERROR}} govuk-form-group--error{{/ACTION_OWNER_ERROR}}">
    <label class="govuk-label" for="action-owner">Owner</label>
    {{#ACTION_OWNER_ERROR}}<p id="action-owner-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ACTION_OWNER_ERROR}}
    <input class="govuk-input{{#ACTION_OWNER_ERROR}} govuk-input--error{{/ACTION_OWNER_ERROR}}" id="action-owner" name="owner" type="text" value="{{ACTION_OWNER}}"{{#ACTION_OWNER_ERROR}} aria-describedby="action-owner-error"{{/ACTION_OWNER_ERROR}}>
  </div>
  <div class="govuk-form-group{{#ACTION_TARGET_DATE_ERROR}} govuk-form-group--error{{/ACTION_TARGET_DATE_ERROR}}">
    <label class="govuk-label" for="action-target_date">Target date (optional)</label>
    <div id="action-target_date-hint" class="govuk-hint">For example, 2027-01-31</div>
    {{#ACTION_TARGET_DATE_ERROR}}<p id="action-target_date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ACTION_TARGET_DATE_ERROR}}
    <input class="govuk-input govuk-input--width-10{{#ACTION_TARGET_DATE_ERROR}} govuk-input--error{{/ACTION_TARGET_DATE_ERROR}}" id="action-target_date" name="target_date" type="text" value="{{ACTION_TARGET}}" aria-describedby="action-target_date-hint{{#ACTION_TARGET_DATE_ERROR}} action-target_date-error{{/ACTION_TARGET_DATE_ERROR}}">
  </div>
  <div class="govuk-form-group{{#ACTION_NUMBER_ERROR}} govuk-form-group--error{{/ACTION_NUMBER_ERROR}}">
    <label class="govuk-label" for="action-number">Action number (optional)</label>
    <div id="action-number-hint" class="govuk-hint">Leave empty for the next number on the log</div>
    {{#ACTION_NUMBER_ERROR}}<p id="action-number-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ACTION_NUMBER_ERROR}}
    <input class="govuk-input govuk-input--width-5{{#ACTION_NUMBER_ERROR}} govuk-input--error{{/ACTION_NUMBER_ERROR}}" id="action-number" name="number" type="text" value="{{ACTION_NUMBER}}" aria-describedby="action-number-hint{{#ACTION_NUMBER_ERROR}} action-number-error{{/ACTION_NUMBER_ERROR}}">
  </div>
  <button class="govuk-button" type="submit">Raise the action</button>
</form>
{{/RAISE_FORM}}
