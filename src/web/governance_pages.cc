#include "web/governance_pages.h"

#include <charconv>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "governance/views.h"

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
  router.Get("/bodies/{id}/actions", [site, context](const Request& request) {
    return Cached(context, request, [&] { return ActionLogPage(site, context, request); });
  });
  router.Get("/bodies/{id}/action-log/print", [site, context](const Request& request) {
    return Cached(context, request, [&] { return ActionLogPrintPage(site, context, request); });
  });
}

}  // namespace boardroom::web
