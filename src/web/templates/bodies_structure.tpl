{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-xl">How the bodies report</h1>
<p class="govuk-body">Each body is drawn under the body it reports into. Select a body to see its action log. <a class="govuk-link" href="/bodies/structure.svg" download>Download the diagram (SVG)</a></p>
{{#NO_BODIES}}<p class="govuk-body">No bodies have been set up yet.</p>{{/NO_BODIES}}
{{#DIAGRAM}}<div class="br-structure__diagram">{{>SVG}}</div>{{/DIAGRAM}}
<h2 class="govuk-heading-l" id="list">The same structure as a list</h2>
{{#TOKEN}}{{#UL_OPEN}}<ul class="govuk-list govuk-list--bullet br-structure__list">{{/UL_OPEN}}{{#LI_OPEN}}<li><a class="govuk-link" href="{{HREF}}">{{NAME}}</a>{{#SHORT}} ({{SHORT_NAME}}){{/SHORT}}{{/LI_OPEN}}{{#LI_CLOSE}}</li>{{/LI_CLOSE}}{{#UL_CLOSE}}</ul>{{/UL_CLOSE}}{{/TOKEN}}
<p class="govuk-body"><a class="govuk-link" href="/bodies">All bodies</a></p>
