#include "web/governance_pages.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/text.h"
#include "governance/views.h"
#include "store/inspection_store.h"

namespace boardroom::web {
namespace {

// Path ids are positive decimal integers; anything else names no record.
Result<int64_t> ParseId(std::string_view text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return Error::NotFound("There is no such record.");
  }
  return id;
}

// What the caller may see: the store filters by it.
store::Viewer ViewerFor(const Request& request) {
  return accounts::ViewerFor(request.caller.principal);
}

void SetDate(ctemplate::TemplateDictionary& d, const std::string& prefix, const governance::DateView& date) {
  d.SetValue(prefix + "_ISO", date.iso);
  d.SetValue(prefix, date.display);
}

// The words a person reads for a publication state.
std::string PublicationLabel(const std::string& state) {
  if (state == "on_track") return "On track";
  if (state == "due_soon") return "Due soon";
  if (state == "missed") return "Deadline missed";
  if (state == "published") return "Published";
  return state;
}

// The words a person reads for a record's status name ("agenda_published" → "Agenda published").
std::string StatusLabel(std::string status) {
  for (char& c : status) {
    if (c == '_') c = ' ';
  }
  if (!status.empty() && status[0] >= 'a' && status[0] <= 'z')
    status[0] = static_cast<char>(status[0] - 'a' + 'A');
  return status;
}

// A tag for an action's state, in the GOV.UK tag colours.
void FillDueState(ctemplate::TemplateDictionary& d, const governance::ActionView& action) {
  if (action.due_state == "overdue") {
    d.SetValue("DUE_CLASS", "govuk-tag--red");
    d.SetValue("DUE_LABEL", "Overdue");
  } else if (action.due_state == "due_soon") {
    d.SetValue("DUE_CLASS", "govuk-tag--yellow");
    d.SetValue("DUE_LABEL", "Due soon");
  }
  if (!action.due_message.empty()) d.ShowSection("DUE");
  d.SetValue("DUE_MESSAGE", action.due_message);
}

void FillAction(ctemplate::TemplateDictionary& d, const governance::ActionView& action) {
  d.SetValue("NUMBER", action.number);
  d.SetValue("TEXT", action.text);
  d.SetValue("OWNER", action.owner);
  SetDate(d, "TARGET", action.target_date);
  d.SetValue("STATUS", StatusLabel(action.status));
  d.SetValue("AGENDA_ITEM", action.agenda_item_number);
  if (action.exempt) d.ShowSection("EXEMPT");
  SetDate(d, "RAISED", action.meeting_raised_date);
  if (action.report_back_meeting_id) {
    ctemplate::TemplateDictionary* back = d.AddSectionDictionary("REPORT_BACK");
    back->SetValue("HREF", "/meetings/" + std::to_string(action.report_back_meeting_id->value));
    back->SetValue("DATE", action.report_back_date.display);
  }
  FillDueState(d, action);
  for (const governance::ActionUpdateView& update : action.updates) {
    ctemplate::TemplateDictionary* u = d.AddSectionDictionary("UPDATE");
    SetDate(*u, "DATE", update.date);
    u->SetValue("TEXT", update.text);
    u->SetValue("AUTHOR", update.author);
  }
}

// Fills the shared action table (action_table.tpl), included by the page's {{>ACTION_TABLE}}.
void FillActionTable(ctemplate::TemplateDictionary& d, const std::vector<governance::ActionView>& actions) {
  if (actions.empty()) return;
  ctemplate::TemplateDictionary* table = d.AddIncludeDictionary("ACTION_TABLE");
  table->SetFilename("action_table.tpl");
  for (const governance::ActionView& action : actions)
    FillAction(*table->AddSectionDictionary("ACTION"), action);
}

void FillMeetingSummary(ctemplate::TemplateDictionary& d, const governance::MeetingSummary& m) {
  d.SetValue("HREF", "/meetings/" + std::to_string(m.id.value));
  d.SetValue("BODY_NAME", m.body_name);
  SetDate(d, "DATE", m.date);
  d.SetValue("TIME", m.time);
  d.SetValue("VENUE", m.venue);
  d.SetValue("STATUS", StatusLabel(m.status));
  d.SetValue("PUBLICATION", m.publication.message);
  d.SetValue("PUBLICATION_STATE", PublicationLabel(m.publication.state));
  if (m.publication.state == "missed") d.SetValue("PUBLICATION_CLASS", "govuk-tag--red");
  if (m.publication.state == "due_soon") d.SetValue("PUBLICATION_CLASS", "govuk-tag--yellow");
  if (m.publication.state == "published") d.SetValue("PUBLICATION_CLASS", "govuk-tag--green");
}

Response MeetingPage(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<int64_t> id = ParseId(request.Param("id"));
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<governance::MeetingView> view =
      governance::LoadMeeting(*context.store, store::MeetingId{*id}, ViewerFor(request), *context.clock);
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::MeetingView& v = *view;
  std::string title = v.body.name + ", " + v.meeting.date.display;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, title), "meeting.tpl", [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("BODY_NAME", v.body.name);
        d.SetValue("BODY_ACTIONS_HREF", "/bodies/" + std::to_string(v.body.id.value) + "/actions");
        // Never cached: the public's copy has no such link (Cached keeps only signed-out pages).
        if (request.caller.principal &&
            request.caller.principal->HasRole(store::AccountRole::kClerk, v.body.id)) {
          d.AddSectionDictionary("MANAGE")->SetValue("HREF", "/meetings/" + std::to_string(*id) + "/manage");
        }
        FillMeetingSummary(d, v.meeting);
        if (v.meeting.publication.state != "published" && !v.meeting.publication.message.empty()) {
          d.ShowSection(v.meeting.publication.state == "missed" ? "DEADLINE_MISSED" : "DEADLINE");
        }
        for (const governance::AgendaItemView& item : v.agenda) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("ITEM");
          row->SetValue("ID", "item-" + item.number);
          row->SetValue("NUMBER", item.number);
          row->SetValue("DEPTH", std::to_string(item.depth));
          row->SetValue("TITLE", item.title);
          row->SetValue("PRESENTER", item.presenter);
          if (!item.presenter.empty()) row->ShowSection("HAS_PRESENTER");
          if (item.kind == "verbal") row->ShowSection("VERBAL");
          if (item.kind == "exempt") {
            ctemplate::TemplateDictionary* ex = row->AddSectionDictionary("EXEMPT");
            ex->SetValue("PARAGRAPH", item.exemption_paragraph);
          }
          if (item.paper_id) {
            ctemplate::TemplateDictionary* paper = row->AddSectionDictionary("PAPER");
            paper->SetValue("TITLE", item.paper_title);
            paper->SetValue("HREF", "/papers/" + std::to_string(item.paper_id->value));
            if (item.inspection_id) {
              ctemplate::TemplateDictionary* inspection = paper->AddSectionDictionary("INSPECTION");
              inspection->SetValue("HREF", "/inspections/" + std::to_string(item.inspection_id->value));
              inspection->SetValue("TITLE", item.inspection_title);
            }
          }
        }
        if (v.agenda.empty()) d.ShowSection("NO_AGENDA");
        FillActionTable(d, v.open_actions);
        if (v.open_actions.empty()) d.ShowSection("NO_ACTIONS");
        d.SetValue("OVERDUE", std::to_string(v.overdue_actions));
        d.SetValue("DUE_SOON", std::to_string(v.due_soon_actions));
      });
  return HtmlResponse(site, request, html);
}

Response ActionLogPage(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<int64_t> id = ParseId(request.Param("id"));
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<governance::ActionLogView> view =
      governance::LoadActionLog(*context.store, store::BodyId{*id}, ViewerFor(request), *context.clock);
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::ActionLogView& v = *view;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Action log: " + v.body.name), "action_log.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("BODY_NAME", v.body.name);
        SetDate(d, "TODAY", v.today);
        d.SetValue("OPEN", std::to_string(v.open_actions));
        d.SetValue("OVERDUE", std::to_string(v.overdue_actions));
        d.SetValue("DUE_SOON", std::to_string(v.due_soon_actions));
        d.SetValue("CLOSED", std::to_string(v.closed_actions));
        d.SetValue("PRINT_HREF", "/bodies/" + std::to_string(*id) + "/action-log/print");
        FillActionTable(d, v.actions);
        if (v.actions.empty()) d.ShowSection("NO_ACTIONS");
      });
  return HtmlResponse(site, request, html);
}

// The same log in the conventional columns, one line per action with its latest update, to print.
Response ActionLogPrintPage(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<int64_t> id = ParseId(request.Param("id"));
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<governance::ActionLogView> view =
      governance::LoadActionLog(*context.store, store::BodyId{*id}, ViewerFor(request), *context.clock);
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::ActionLogView& v = *view;
  Result<std::string> html =
      site.renderer->RenderPage(PageFor(request, "Action log to print: " + v.body.name),
                                "action_log_print.tpl", [&](ctemplate::TemplateDictionary& d) {
                                  d.SetValue("BODY_NAME", v.body.name);
                                  SetDate(d, "TODAY", v.today);
                                  d.SetValue("OPEN", std::to_string(v.open_actions));
                                  d.SetValue("OVERDUE", std::to_string(v.overdue_actions));
                                  d.SetValue("CLOSED", std::to_string(v.closed_actions));
                                  d.SetValue("LOG_HREF", "/bodies/" + std::to_string(*id) + "/actions");
                                  for (const governance::ActionView& a : v.actions) {
                                    ctemplate::TemplateDictionary* row = d.AddSectionDictionary("ACTION");
                                    row->SetValue("NUMBER", a.number);
                                    row->SetValue("RAISED", a.meeting_raised_date.iso);
                                    row->SetValue("AGENDA_ITEM", a.agenda_item_number);
                                    row->SetValue("TEXT", a.text);
                                    row->SetValue("OWNER", a.owner);
                                    row->SetValue("TARGET", a.target_date.iso);
                                    if (a.due_state == "overdue") row->ShowSection("OVERDUE");
                                    if (!a.updates.empty()) {
                                      row->SetValue("UPDATE", a.updates.back().text);
                                      row->SetValue("UPDATE_DATE", a.updates.back().date.iso);
                                    }
                                    row->SetValue("STATUS", StatusLabel(a.status));
                                  }
                                  if (v.actions.empty()) d.ShowSection("NO_ACTIONS");
                                });
  return HtmlResponse(site, request, html);
}

// --- A paper, with an anchor on every paragraph and recommendation (search cites to them)

std::string ClassificationLabel(store::Classification c) {
  switch (c) {
    case store::Classification::kPublic:
      return "Public";
    case store::Classification::kOfficial:
      return "OFFICIAL";
    case store::Classification::kOfficialSensitive:
      return "OFFICIAL-SENSITIVE";
  }
  return std::string(store::Name(c));
}

std::string OutcomeName(store::RecommendationOutcome outcome) {
  std::string name(store::Name(outcome));
  std::replace(name.begin(), name.end(), '_', ' ');
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

// The anchor of a paragraph: its number when it has one (#para-5.22, as search links), else its id.
std::string ParagraphAnchor(const store::Paragraph& g) {
  return g.number.empty() ? "paragraph-" + std::to_string(g.id.value) : "para-" + g.number;
}

struct PaperPageData {
  store::Paper paper;
  store::Body body;
  std::vector<store::PaperSection> sections;
  std::vector<store::Paragraph> paragraphs;
  std::vector<store::Recommendation> recommendations;
  std::vector<store::Paper> versions;
  std::optional<store::Inspection> inspection;
  std::optional<store::Meeting> meeting;  // the body's meeting on the paper's meeting date, when held
};

Result<PaperPageData> LoadPaperPage(const GovernanceContext& context, store::PaperId id,
                                    const store::Viewer& viewer) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  PaperPageData data;
  ASSIGN_OR_RETURN(data.paper, tx->papers().GetPaper(id, viewer));
  ASSIGN_OR_RETURN(data.body, tx->bodies().GetBody(data.paper.body_id));
  ASSIGN_OR_RETURN(data.sections, tx->papers().ListSections(id, viewer));
  ASSIGN_OR_RETURN(data.paragraphs, tx->papers().ListParagraphs(id, viewer));
  ASSIGN_OR_RETURN(data.recommendations, tx->papers().ListRecommendations(id, viewer));
  ASSIGN_OR_RETURN(data.versions,
                   tx->papers().ListPaperVersions(data.paper.version_of.value_or(data.paper.id), viewer));
  ASSIGN_OR_RETURN(data.inspection, tx->inspections().FindInspectionByPaper(id, viewer));
  if (data.paper.meeting_date) {
    ASSIGN_OR_RETURN(std::vector<store::Meeting> meetings,
                     tx->meetings().ListMeetings({.body_id = data.body.id,
                                                  .from = data.paper.meeting_date,
                                                  .until = data.paper.meeting_date,
                                                  .page = {.limit = 1}}));
    if (!meetings.empty()) data.meeting = meetings.front();
  }
  return data;
}

void FillPaper(ctemplate::TemplateDictionary& d, const PaperPageData& data) {
  const store::Paper& paper = data.paper;
  d.SetValue("BODY_NAME", data.body.name);
  d.SetValue("TITLE", paper.title);
  if (!paper.published) d.ShowSection("DRAFT");
  auto field = [&](const std::string& key, const std::string& value, const std::string& href = "") {
    if (value.empty()) return;
    ctemplate::TemplateDictionary* row = d.AddSectionDictionary("FIELD");
    row->SetValue("KEY", key);
    row->SetValue("VALUE", value);
    if (!href.empty()) row->AddSectionDictionary("HREF")->SetValue("URL", href);
  };
  field("To", paper.to);
  field("From", paper.from);
  if (paper.date) field("Date", governance::ViewOf(*paper.date).display);
  if (paper.meeting_date) {
    field("Meeting", governance::ViewOf(*paper.meeting_date).display,
          data.meeting ? "/meetings/" + std::to_string(data.meeting->id.value) : "");
  }
  field("Classification", ClassificationLabel(paper.classification));
  if (paper.exempt) field("Exempt", "Exempt from publication (Schedule 12A)");
  field("Key decision", paper.key_decision ? "Yes" : "No");
  field("Electoral divisions", paper.electoral_divisions);
  if (data.inspection) {
    field("Responds to", data.inspection->title, "/inspections/" + std::to_string(data.inspection->id.value));
  }
  if (data.versions.size() > 1) {
    ctemplate::TemplateDictionary* versions = d.AddSectionDictionary("VERSIONS");
    for (const store::Paper& v : data.versions) {
      ctemplate::TemplateDictionary* row = versions->AddSectionDictionary("VERSION");
      row->SetValue("NUMBER", std::to_string(v.version_number));
      if (v.date) {
        ctemplate::TemplateDictionary* dated = row->AddSectionDictionary("DATED");
        SetDate(*dated, "DATE", governance::ViewOf(*v.date));
      }
      if (v.id == paper.id) {
        row->ShowSection("THIS");
      } else {
        row->AddSectionDictionary("OTHER")->SetValue("HREF", "/papers/" + std::to_string(v.id.value));
        row->SetValue("HREF", "/papers/" + std::to_string(v.id.value));
      }
    }
  }
  if (!data.recommendations.empty()) d.ShowSection("HAS_RECOMMENDATIONS");
  for (const store::Recommendation& r : data.recommendations) {
    ctemplate::TemplateDictionary* row = d.AddSectionDictionary("RECOMMENDATION");
    row->SetValue("ID", std::to_string(r.id.value));
    row->SetValue("TEXT", r.text);
    if (!r.label.empty()) row->AddSectionDictionary("LABEL")->SetValue("TEXT", r.label);
    if (r.outcome != store::RecommendationOutcome::kNone) {
      ctemplate::TemplateDictionary* outcome = row->AddSectionDictionary("OUTCOME");
      outcome->SetValue("NAME", OutcomeName(r.outcome));
      outcome->SetValue("CLASS", r.outcome == store::RecommendationOutcome::kRejected   ? "govuk-tag--red"
                                 : r.outcome == store::RecommendationOutcome::kDeferred ? "govuk-tag--yellow"
                                                                                        : "govuk-tag--green");
      if (!r.outcome_note.empty()) outcome->AddSectionDictionary("NOTE")->SetValue("TEXT", r.outcome_note);
    }
  }
  // Paragraphs outside any section first, then each section with its own, in the store's order.
  // A paragraph's heading is shown unless it only repeats its section's.
  auto add_paragraphs = [&](ctemplate::TemplateDictionary* section, std::optional<store::PaperSectionId> id,
                            const std::string& section_heading) {
    for (const store::Paragraph& g : data.paragraphs) {
      if (g.section_id != id) continue;
      ctemplate::TemplateDictionary* row = section->AddSectionDictionary("PARAGRAPH");
      row->SetValue("ANCHOR", ParagraphAnchor(g));
      row->SetValue("TEXT", g.text);
      if (!g.number.empty()) row->AddSectionDictionary("NUMBERED")->SetValue("NUMBER", g.number);
      if (!g.heading.empty() && FoldForCompare(g.heading) != FoldForCompare(section_heading)) {
        row->AddSectionDictionary("HEADING")->SetValue("TEXT", g.heading);
      }
    }
  };
  const bool loose = std::any_of(data.paragraphs.begin(), data.paragraphs.end(),
                                 [](const store::Paragraph& g) { return !g.section_id; });
  if (loose) add_paragraphs(d.AddSectionDictionary("SECTION"), std::nullopt, "");
  for (const store::PaperSection& s : data.sections) {
    ctemplate::TemplateDictionary* section = d.AddSectionDictionary("SECTION");
    section->AddSectionDictionary("HAS_ID")->SetValue("ID", std::to_string(s.id.value));
    if (!s.heading.empty() || !s.number.empty()) {
      ctemplate::TemplateDictionary* heading = section->AddSectionDictionary("HEADING");
      heading->SetValue("TEXT", s.heading);
      if (!s.number.empty()) heading->AddSectionDictionary("NUMBERED")->SetValue("NUMBER", s.number);
    }
    add_paragraphs(section, s.id, s.heading);
  }
  if (data.paragraphs.empty() && data.recommendations.empty()) d.ShowSection("EMPTY");
}

Response PaperPage(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<int64_t> id = ParseId(request.Param("id"));
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<PaperPageData> data = LoadPaperPage(context, store::PaperId{*id}, ViewerFor(request));
  if (!data.ok()) return HtmlErrorResponse(site, request, data.error());
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, data->paper.title), "paper.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillPaper(d, *data);
        // Never cached: the public's copy has no such link (Cached keeps only signed-out pages).
        if (request.caller.principal &&
            request.caller.principal->HasRole(store::AccountRole::kAuthor, data->body.id)) {
          d.AddSectionDictionary("CLEARANCES")
              ->SetValue("HREF", "/papers/" + std::to_string(*id) + "/clearances");
        }
      });
  return HtmlResponse(site, request, html);
}

// Answers from the page cache when it holds a fresh copy; otherwise renders and keeps a 200 answer. The
// commit count is read before rendering, so a write that lands during rendering makes the copy stale at once.
Response Cached(const GovernanceContext& context, const Request& request,
                const std::function<Response()>& render) {
  // Only the public's pages are kept: what a signed-in person sees depends on their roles.
  if (!context.cache || request.caller.signed_in()) return render();
  const uint64_t commit_count = context.store->CommitCount();
  const auto now = std::chrono::steady_clock::now();
  if (std::optional<Response> hit = context.cache->Get(request.target, commit_count, now))
    return std::move(*hit);
  Response response = render();
  if (response.status == 200) context.cache->Put(request.target, commit_count, now, response);
  return response;
}

Response HomePage(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<governance::HomeView> view =
      governance::LoadHome(*context.store, ViewerFor(request), *context.clock);
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::HomeView& v = *view;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Meetings, papers and actions"), "board_home.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        SetDate(d, "TODAY", v.today);
        d.SetValue("OPEN", std::to_string(v.open_actions));
        d.SetValue("OVERDUE", std::to_string(v.overdue_actions));
        d.SetValue("DUE_SOON", std::to_string(v.due_soon_actions));
        for (const governance::MeetingSummary& m : v.upcoming_meetings) {
          FillMeetingSummary(*d.AddSectionDictionary("MEETING"), m);
        }
        if (v.upcoming_meetings.empty()) d.ShowSection("NO_MEETINGS");
        for (const governance::BodySummary& b : v.bodies) {
          ctemplate::TemplateDictionary* body = d.AddSectionDictionary("BODY");
          body->SetValue("NAME", b.name);
          body->SetValue("SHORT_NAME", b.short_name);
          body->SetValue("ACTIONS_HREF", "/bodies/" + std::to_string(b.id.value) + "/actions");
          if (!b.parent_name.empty()) body->AddSectionDictionary("PARENT")->SetValue("NAME", b.parent_name);
          if (b.next_meeting) FillMeetingSummary(*body->AddSectionDictionary("NEXT"), *b.next_meeting);
        }
        if (v.bodies.empty()) d.ShowSection("NO_BODIES");
      });
  return HtmlResponse(site, request, html);
}

}  // namespace

Response GovernanceHomePage(const Site& site, const GovernanceContext& context, const Request& request) {
  return Cached(context, request, [&] { return HomePage(site, context, request); });
}

void AddGovernancePages(Router& router, const Site& site, const GovernanceContext& context) {
  router.Get("/meetings/{id}", [site, context](const Request& request) {
    return Cached(context, request, [&] { return MeetingPage(site, context, request); });
  });
  router.Get("/papers/{id}", [site, context](const Request& request) {
    return Cached(context, request, [&] { return PaperPage(site, context, request); });
  });
  router.Get("/bodies/{id}/actions", [site, context](const Request& request) {
    return Cached(context, request, [&] { return ActionLogPage(site, context, request); });
  });
  router.Get("/bodies/{id}/action-log/print", [site, context](const Request& request) {
    return Cached(context, request, [&] { return ActionLogPrintPage(site, context, request); });
  });
}

}  // namespace boardroom::web
