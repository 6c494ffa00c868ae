#include "web/clerk_pages.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "governance/commands.h"
#include "governance/registers.h"
#include "governance/views.h"
#include "web/auth.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

using governance::DateView;
using store::AccountRole;

using Problems = std::vector<FieldProblem>;

// What a refused form shows again: which form, what was typed, what was wrong, with which status.
struct Refused {
  int status = 200;
  std::string form;    // "item", "standard", "action", "outcome", "move", "update", "status"
  int64_t record = 0;  // the recommendation of an outcome form
  Fields values;
  Problems problems;
};

// --- Small shared pieces

Response Redirect(std::string location) {
  Response response = Response::Text(303, "See " + location + "\n");
  response.SetHeader("Location", std::move(location));
  return response;
}

// The public is sent to sign in and brought back.
Response SignInFirst(const Request& request) {
  return Redirect("/sign-in?next=" + request.target);
}

// Path and form ids are positive decimal integers; anything else names no record.
std::optional<int64_t> ParsePositive(std::string_view text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

Result<int64_t> PathId(const Request& request) {
  std::optional<int64_t> id = ParsePositive(request.Param("id"));
  if (!id) return Error::NotFound("There is no such record.");
  return *id;
}

std::string Href(std::string_view prefix, int64_t id, std::string_view suffix = "") {
  return std::string(prefix) + std::to_string(id) + std::string(suffix);
}

void SetDate(ctemplate::TemplateDictionary& d, const std::string& prefix, const DateView& date) {
  d.SetValue(prefix + "_ISO", date.iso);
  d.SetValue(prefix, date.display);
}

// "agenda_published" → "Agenda published".
std::string Label(std::string name) {
  for (char& c : name) {
    if (c == '_') c = ' ';
  }
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string Upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == '-') c = '_';
  }
  return text;
}

std::string Csrf(const Request& request) {
  return request.caller.session ? request.caller.session->csrf_token : "";
}

governance::Caller CallerOf(const Request& request) {
  return governance::Caller::Of(*request.caller.principal, request.client_address);
}

store::Viewer ViewerOf(const Request& request) {
  return accounts::ViewerFor(request.caller.principal);
}

// Each field's own message (section <FIELD>_ERROR of `d`, with '-' read as '_'); the summary at the top of
// the page is FillErrorSummary's (pages.h).
void MarkFields(ctemplate::TemplateDictionary& d, const Problems& problems, std::string_view prefix = "") {
  for (const FieldProblem& p : problems) {
    if (!p.field.starts_with(prefix)) continue;
    d.AddSectionDictionary(Upper(p.field.substr(prefix.size())) + "_ERROR")->SetValue("MESSAGE", p.message);
  }
}

// A <select>'s options, the one equal to `chosen` selected.
void FillOptions(ctemplate::TemplateDictionary& d, const std::string& section,
                 const std::vector<std::pair<std::string, std::string>>& options, const std::string& chosen) {
  for (const auto& [value, label] : options) {
    ctemplate::TemplateDictionary* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if (value == chosen) o->ShowSection("SELECTED");
  }
}

// Errors a person can put right in the form they sent; anything else is an error page.
bool IsFormError(const Error& error) {
  return error.code == ErrorCode::kInvalidArgument || error.code == ErrorCode::kAlreadyExists ||
         error.code == ErrorCode::kFailedPrecondition;
}

// Runs one command in its own read-write transaction and commits it when it succeeds.
template <typename F>
auto RunCommand(const GovernanceContext& context, const Request& request, F&& command)
    -> std::invoke_result_t<F, const governance::CommandContext&> {
  Result<std::unique_ptr<store::Transaction>> tx = context.store->Begin();
  if (!tx.ok()) return tx.error();
  const governance::Caller caller = CallerOf(request);
  governance::CommandContext ctx{**tx, caller, *context.clock};
  auto result = command(ctx);
  if (!result.ok()) return result;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed.error();
  return result;
}

// An optional positive id field; kInvalidArgument naming `field` for anything but "" or an id.
Result<std::optional<int64_t>> OptionalId(const Fields& form, std::string_view name, std::string field) {
  std::string text = FieldValue(form, name);
  if (text.empty()) return std::optional<int64_t>();
  std::optional<int64_t> id = ParsePositive(text);
  if (!id) return Error::InvalidArgument("Choose one of the options offered.", std::move(field));
  return id;
}

// An optional ISO date field; kInvalidArgument naming `field` for anything else.
Result<std::optional<Date>> OptionalDate(const Fields& form, std::string_view name, std::string field,
                                         std::string_view what) {
  std::string text = FieldValue(form, name);
  if (text.empty()) return std::optional<Date>();
  Result<Date> date = Date::ParseIso(text);
  if (!date.ok()) {
    return Error::InvalidArgument("Enter " + std::string(what) + " as a real date, like 2026-12-10.",
                                  std::move(field));
  }
  return std::optional<Date>(*date);
}

Result<int64_t> VersionField(const Fields& form) {
  std::optional<int64_t> version = ParsePositive(FieldValue(form, "version"));
  if (!version) return Error::InvalidArgument("The form lacks the record's version: reload the page.");
  return *version;
}

// Bodies the caller clerks, by name.
Result<std::vector<store::Body>> ClerkedBodies(const GovernanceContext& context, const Request& request) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(std::vector<store::Body> bodies,
                   tx->bodies().ListBodies({.limit = store::Page::kMaxLimit}));
  const governance::Caller caller = CallerOf(request);
  std::erase_if(bodies, [&](const store::Body& b) { return !caller.HasRole(AccountRole::kClerk, b.id); });
  return bodies;
}

bool ClerksAnyBody(const Request& request) {
  if (!request.caller.principal) return false;
  const governance::Caller caller = CallerOf(request);
  if (caller.HasRole(AccountRole::kClerk, std::nullopt)) return true;
  for (const store::RoleGrant& g : caller.grants) {
    if (g.body_id && caller.HasRole(AccountRole::kClerk, g.body_id)) return true;
  }
  return false;
}

// --- The dashboard

Response DashboardPage(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignInFirst(request);
  const governance::Caller caller = CallerOf(request);
  const store::Viewer viewer = ViewerOf(request);
  Result<governance::DashboardView> view = governance::LoadDashboard(
      *context.store, caller, [&](store::BodyId) { return viewer; }, *context.clock);
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::DashboardView& v = *view;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Your dashboard"), "dashboard.tpl", [&](ctemplate::TemplateDictionary& d) {
        SetDate(d, "TODAY", v.today);
        if (ClerksAnyBody(request)) {
          d.ShowSection("CLERK");
        } else if (caller.HasRoleForAnyBody(AccountRole::kAuthor)) {
          d.ShowSection("AUTHOR");
        }
        for (const governance::MeetingSummary& m : v.upcoming_meetings) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("MEETING");
          row->SetValue("HREF", Href("/meetings/", m.id.value));
          row->SetValue("BODY_NAME", m.body_name);
          SetDate(*row, "DATE", m.date);
          row->SetValue("STATUS", Label(m.status));
          row->SetValue("PUBLICATION", m.publication.message);
          if (m.publication.state == "missed") {
            row->AddSectionDictionary("TAG")->SetValue("CLASS", "govuk-tag--red");
            row->SetValue("TAG_LABEL", "Deadline missed");
          } else if (m.publication.state == "due_soon") {
            row->AddSectionDictionary("TAG")->SetValue("CLASS", "govuk-tag--yellow");
            row->SetValue("TAG_LABEL", "Due soon");
          }
          if (caller.HasRole(AccountRole::kClerk, m.body_id)) {
            row->AddSectionDictionary("MANAGE")->SetValue("HREF", Href("/meetings/", m.id.value, "/manage"));
          }
        }
        if (v.upcoming_meetings.empty()) d.ShowSection("NO_MEETINGS");
        for (const governance::PaperAwaitingClearance& p : v.papers_awaiting_clearance) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("PAPER");
          row->SetValue("HREF", Href("/papers/", p.paper_id.value, "/clearances"));
          row->SetValue("TITLE", p.title);
          row->SetValue("BODY_NAME", p.body_name);
          SetDate(*row, "MEETING_DATE", p.meeting_date);
          std::string missing;
          for (const std::string& area : p.missing) missing += (missing.empty() ? "" : ", ") + area;
          row->SetValue("MISSING", missing);
        }
        if (v.papers_awaiting_clearance.empty()) d.ShowSection("NO_PAPERS");
        for (const governance::ActionListItem& a : v.overdue_actions) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("ACTION");
          row->SetValue("HREF", Href("/actions/", a.action.id.value));
          row->SetValue("NUMBER", a.action.number);
          row->SetValue("BODY_NAME", a.body_name);
          row->SetValue("TEXT", a.action.text);
          row->SetValue("OWNER", a.action.owner);
          SetDate(*row, "TARGET", a.action.target_date);
          row->SetValue("DUE_MESSAGE", a.action.due_message);
        }
        if (v.overdue_actions.empty()) d.ShowSection("NO_ACTIONS");
      });
  return HtmlResponse(site, request, html);
}

// --- The decisions register

const std::vector<std::pair<std::string, std::string>>& OutcomeOptions() {
  static const auto* options = new std::vector<std::pair<std::string, std::string>>{
      {"noted", "Noted"},
      {"agreed", "Agreed"},
      {"agreed_with_amendments", "Agreed with amendments"},
      {"deferred", "Deferred"},
      {"rejected", "Rejected"}};
  return *options;
}

std::string OutcomeLabel(const std::string& name) {
  for (const auto& [value, label] : OutcomeOptions()) {
    if (value == name) return label;
  }
  return name.empty() || name == "none" ? "Not recorded" : Label(name);
}

constexpr int64_t kDecisionsPerPage = 50;

Response DecisionsPage(const Site& site, const GovernanceContext& context, const Request& request) {
  auto query_value = [&](std::string_view name) { return std::string(request.Query(name).value_or("")); };
  Problems problems;
  governance::DecisionsQuery query;
  query.page.limit = kDecisionsPerPage;
  const std::string body_text = query_value("body");
  if (!body_text.empty()) {
    if (std::optional<int64_t> id = ParsePositive(body_text)) {
      query.body_id = store::BodyId{*id};
    } else {
      problems.push_back({"body", "Choose a body from the list."});
    }
  }
  for (const auto& [name, label] : {std::pair<std::string, std::string>{"from", "the first date"},
                                    std::pair<std::string, std::string>{"until", "the last date"}}) {
    const std::string text = query_value(name);
    if (text.empty()) continue;
    Result<Date> date = Date::ParseIso(text);
    if (!date.ok()) {
      problems.push_back({name, "Enter " + label + " as a real date, like 2026-12-10."});
    } else {
      (name == "from" ? query.from : query.until) = *date;
    }
  }
  const std::string outcome_text = query_value("outcome");
  if (!outcome_text.empty()) {
    Result<store::RecommendationOutcome> outcome = store::ParseRecommendationOutcome(outcome_text);
    if (!outcome.ok() || *outcome == store::RecommendationOutcome::kNone) {
      problems.push_back({"outcome", "Choose an outcome from the list."});
    } else {
      query.outcome = *outcome;
    }
  }
  int64_t page_number = 1;
  if (!query_value("page").empty()) {
    std::optional<int64_t> n = ParsePositive(query_value("page"));
    if (!n || *n > 100000) return HtmlErrorResponse(site, request, Error::NotFound("There is no such page."));
    page_number = *n;
  }
  query.page.offset = (page_number - 1) * kDecisionsPerPage;

  std::vector<governance::DecisionView> decisions;
  if (problems.empty()) {
    Result<std::vector<governance::DecisionView>> loaded =
        governance::LoadDecisions(*context.store, query, ViewerOf(request));
    if (!loaded.ok()) {
      if (loaded.error().code != ErrorCode::kInvalidArgument)
        return HtmlErrorResponse(site, request, loaded.error());
      problems.push_back(
          {loaded.error().field.empty() ? "until" : loaded.error().field, loaded.error().message});
    } else {
      decisions = std::move(loaded).value();
    }
  }
  Result<std::vector<store::Body>> bodies = [&]() -> Result<std::vector<store::Body>> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
    return tx->bodies().ListBodies({.limit = store::Page::kMaxLimit});
  }();
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Decisions register"), "decisions.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, problems);
        MarkFields(d, problems);
        std::vector<std::pair<std::string, std::string>> body_options = {{"", "All bodies"}};
        for (const store::Body& b : *bodies) body_options.emplace_back(std::to_string(b.id.value), b.name);
        FillOptions(d, "BODY_OPTION", body_options, body_text);
        std::vector<std::pair<std::string, std::string>> outcome_options = {{"", "Any outcome"}};
        for (const auto& o : OutcomeOptions()) outcome_options.push_back(o);
        FillOptions(d, "OUTCOME_OPTION", outcome_options, outcome_text);
        d.SetValue("FROM", query_value("from"));
        d.SetValue("UNTIL", query_value("until"));
        for (const governance::DecisionView& decision : decisions) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("DECISION");
          SetDate(*row, "DATE", decision.date);
          row->SetValue("BODY_NAME", decision.body_name);
          row->SetValue("PAPER_TITLE", decision.paper_title);
          row->SetValue("LABEL", decision.label);
          row->SetValue("TEXT", decision.text);
          row->SetValue("OUTCOME", OutcomeLabel(decision.outcome));
          row->SetValue("NOTE", decision.outcome_note);
          if (decision.meeting_id) {
            row->AddSectionDictionary("MEETING")->SetValue("HREF",
                                                           Href("/meetings/", decision.meeting_id->value));
          }
        }
        if (decisions.empty() && problems.empty()) d.ShowSection("NO_DECISIONS");
        // Links to other pages carry the filters as parsed, never the raw query.
        auto page_href = [&](int64_t n) {
          std::string href = "/decisions?page=" + std::to_string(n);
          if (query.body_id) href += "&body=" + std::to_string(query.body_id->value);
          if (query.from) href += "&from=" + query.from->ToIso();
          if (query.until) href += "&until=" + query.until->ToIso();
          if (query.outcome) href += "&outcome=" + std::string(store::Name(*query.outcome));
          return href;
        };
        if (page_number > 1 && problems.empty())
          d.AddSectionDictionary("PREVIOUS")->SetValue("HREF", page_href(page_number - 1));
        if (static_cast<int64_t>(decisions.size()) == kDecisionsPerPage)
          d.AddSectionDictionary("NEXT")->SetValue("HREF", page_href(page_number + 1));
      });
  return HtmlResponse(site, request, html, problems.empty() ? 200 : 400);
}

// --- Creating a meeting

Response NewMeetingPage(const Site& site, const GovernanceContext& context, const Request& request,
                        const Refused& refused) {
  if (!request.caller.principal) return SignInFirst(request);
  Result<std::vector<store::Body>> bodies = ClerkedBodies(context, request);
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  if (bodies->empty()) {
    return HtmlErrorResponse(site, request,
                             Error::PermissionDenied("Only a body's clerks create its meetings."));
  }
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Create a meeting"), "meeting_new.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        MarkFields(d, refused.problems);
        d.SetValue("CSRF_TOKEN", Csrf(request));
        std::vector<std::pair<std::string, std::string>> options;
        if (bodies->size() > 1) options.emplace_back("", "Choose a body");
        for (const store::Body& b : *bodies) options.emplace_back(std::to_string(b.id.value), b.name);
        FillOptions(d, "BODY_OPTION", options, FieldValue(refused.values, "body_id"));
        d.SetValue("DATE", FieldValue(refused.values, "date"));
        d.SetValue("TIME", FieldValue(refused.values, "time"));
        d.SetValue("VENUE", FieldValue(refused.values, "venue"));
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response CreateMeetingForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal)
    return HtmlErrorResponse(site, request, Error::Unauthenticated("Sign in first."));
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "meeting", .values = *form};
  std::optional<int64_t> body_id = ParsePositive(FieldValue(*form, "body_id"));
  if (!body_id) refused.problems.push_back({"body_id", "Choose the body that meets."});
  Result<Date> date = Date::ParseIso(FieldValue(*form, "date"));
  if (!date.ok()) refused.problems.push_back({"date", "Enter the meeting's date, like 2026-12-10."});
  if (!refused.problems.empty()) return NewMeetingPage(site, context, request, refused);
  governance::MeetingInput input{.body_id = store::BodyId{*body_id},
                                 .date = *date,
                                 .time = FieldValue(*form, "time"),
                                 .venue = FieldValue(*form, "venue")};
  Result<store::Meeting> created = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
    return governance::CreateMeeting(ctx, input);
  });
  if (!created.ok()) {
    if (!IsFormError(created.error())) return HtmlErrorResponse(site, request, created.error());
    refused.status = HttpStatusFor(created.error().code);
    const std::string field = created.error().field.empty() ? "date" : created.error().field;
    refused.problems.push_back({field, created.error().message});
    return NewMeetingPage(site, context, request, refused);
  }
  return Redirect(Href("/meetings/", created->id.value, "/manage"));
}

// --- A clerk's meeting page

const std::vector<std::pair<std::string, std::string>>& KindOptions() {
  static const auto* options =
      new std::vector<std::pair<std::string, std::string>>{{"standard", "Item without a paper"},
                                                           {"paper", "Paper"},
                                                           {"verbal", "Verbal update"},
                                                           {"exempt", "Exempt item (not for publication)"}};
  return *options;
}

std::string StandardKey(governance::StandardItem item) {
  switch (item) {
    case governance::StandardItem::kWelcomeAndApologies:
      return "welcome_and_apologies";
    case governance::StandardItem::kDeclarationsOfInterest:
      return "declarations_of_interest";
    case governance::StandardItem::kMinutesOfLastMeeting:
      return "minutes_of_last_meeting";
    case governance::StandardItem::kActionLog:
      return "action_log";
  }
  return "";
}

bool SameTitle(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The parent number of an agenda number ("5.1" → "5"), "" at the top level.
std::string ParentNumber(const std::string& number) {
  size_t dot = number.rfind('.');
  return dot == std::string::npos ? "" : number.substr(0, dot);
}

// The items under `parent` ("" for the top level), in agenda order.
std::vector<const store::AgendaItem*> Children(const std::vector<store::AgendaItem>& items,
                                               const std::string& parent) {
  std::vector<const store::AgendaItem*> out;
  for (const store::AgendaItem& item : items) {
    if (ParentNumber(item.number) == parent) out.push_back(&item);
  }
  return out;
}

// What the page needs beyond the meeting's read model: the stored items (versions), the body's papers, and
// the recommendations of the papers on the agenda.
struct ManageData {
  int64_t meeting_version = 0;
  std::vector<store::AgendaItem> items;
  std::vector<governance::ActionListItem> report_backs;  // actions asking to report back to the meeting
  std::vector<store::Attendance> attendance;
  std::vector<store::Declaration> declarations;
  std::vector<store::Paper> papers;
  std::map<int64_t, std::vector<store::Recommendation>> recommendations;  // by paper id
};

Result<ManageData> LoadManageData(const GovernanceContext& context, const governance::MeetingView& view,
                                  const store::Viewer& viewer, const Clock& clock) {
  ManageData data;
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(store::Meeting meeting, tx->meetings().GetMeeting(view.meeting.id));
  data.meeting_version = meeting.version;
  ASSIGN_OR_RETURN(data.items, tx->meetings().ListAgendaItems(view.meeting.id, viewer));
  ASSIGN_OR_RETURN(data.attendance, tx->meeting_records().ListAttendance(view.meeting.id));
  ASSIGN_OR_RETURN(data.declarations, tx->meeting_records().ListDeclarations(view.meeting.id));
  ASSIGN_OR_RETURN(
      data.papers,
      tx->papers().ListPapers({.body_id = view.body.id, .page = {.limit = store::Page::kMaxLimit}}, viewer));
  for (const governance::AgendaItemView& item : view.agenda) {
    if (!item.paper_id || data.recommendations.count(item.paper_id->value)) continue;
    ASSIGN_OR_RETURN(data.recommendations[item.paper_id->value],
                     tx->papers().ListRecommendations(*item.paper_id, viewer));
  }
  tx.reset();
  ASSIGN_OR_RETURN(data.report_backs,
                   governance::LoadReportBacks(*context.store, view.meeting.id, viewer, clock));
  return data;
}

const std::vector<std::pair<std::string, std::string>>& AttendanceOptions() {
  static const auto* options = new std::vector<std::pair<std::string, std::string>>{
      {"present", "Present"}, {"apologies", "Sent apologies"}, {"absent", "Absent"}};
  return *options;
}

const std::vector<std::pair<std::string, std::string>>& InterestOptions() {
  static const auto* options = new std::vector<std::pair<std::string, std::string>>{
      {"disclosable_pecuniary", "Disclosable pecuniary interest"},
      {"other_registrable", "Other registrable interest"},
      {"non_registrable", "Non-registrable interest"}};
  return *options;
}

std::string OptionLabel(const std::vector<std::pair<std::string, std::string>>& options,
                        std::string_view value) {
  for (const auto& [v, label] : options) {
    if (v == value) return label;
  }
  return std::string(value);
}

// Who attended, who sent apologies, the interests declared, and the forms that record them.
void FillAttendanceAndDeclarations(ctemplate::TemplateDictionary& d, const ManageData& data,
                                   const Refused& refused) {
  auto value = [&](std::string_view form, std::string_view name) {
    return refused.form == form ? FieldValue(refused.values, name) : std::string();
  };
  for (const store::Attendance& a : data.attendance) {
    ctemplate::TemplateDictionary* row = d.AddSectionDictionary("ATTENDEE");
    row->SetValue("NAME", a.name);
    if (!a.capacity.empty()) row->AddSectionDictionary("CAPACITY")->SetValue("TEXT", a.capacity);
    row->SetValue("KIND", OptionLabel(AttendanceOptions(), store::Name(a.kind)));
    if (!a.substitute.empty()) row->AddSectionDictionary("SUBSTITUTE")->SetValue("NAME", a.substitute);
  }
  if (data.attendance.empty()) d.ShowSection("NO_ATTENDANCE");
  std::map<int64_t, std::string> numbers;
  std::vector<std::pair<std::string, std::string>> items = {{"", "The whole meeting"}};
  for (const store::AgendaItem& item : data.items) {
    numbers[item.id.value] = item.number;
    items.emplace_back(std::to_string(item.id.value), item.number + " " + item.title);
  }
  for (const store::Declaration& decl : data.declarations) {
    ctemplate::TemplateDictionary* row = d.AddSectionDictionary("DECLARATION");
    row->SetValue("NAME", decl.name);
    row->SetValue("KIND", OptionLabel(InterestOptions(), store::Name(decl.kind)));
    row->SetValue("INTEREST", decl.interest);
    row->SetValue("ITEM", decl.agenda_item_id && numbers.count(decl.agenda_item_id->value)
                              ? "item " + numbers[decl.agenda_item_id->value]
                              : "the whole meeting");
    if (decl.left_room) row->ShowSection("LEFT_ROOM");
  }
  if (data.declarations.empty()) d.ShowSection("NO_DECLARATIONS");
  d.SetValue("ATTENDANCE_NAME", value("attendance", "name"));
  d.SetValue("ATTENDANCE_CAPACITY", value("attendance", "capacity"));
  d.SetValue("ATTENDANCE_SUBSTITUTE", value("attendance", "substitute"));
  FillOptions(d, "ATTENDANCE_KIND_OPTION", AttendanceOptions(),
              refused.form == "attendance" ? value("attendance", "kind") : "present");
  d.SetValue("DECLARATION_NAME", value("declaration", "name"));
  d.SetValue("DECLARATION_INTEREST", value("declaration", "interest"));
  FillOptions(d, "DECLARATION_ITEM_OPTION", items, value("declaration", "agenda_item_id"));
  FillOptions(d, "DECLARATION_KIND_OPTION", InterestOptions(),
              refused.form == "declaration" ? value("declaration", "kind") : "other_registrable");
  if (value("declaration", "left_room") == "yes") d.ShowSection("LEFT_ROOM_CHECKED");
}

void FillMoveButtons(ctemplate::TemplateDictionary& row, const std::vector<store::AgendaItem>& items,
                     const store::AgendaItem& item, const std::string& csrf) {
  const std::vector<const store::AgendaItem*> siblings = Children(items, ParentNumber(item.number));
  size_t index = 0;
  while (index < siblings.size() && siblings[index]->id != item.id) ++index;
  std::vector<std::pair<std::string, std::string>> moves;
  if (index > 0) moves.emplace_back("up", "Move up");
  if (index + 1 < siblings.size()) moves.emplace_back("down", "Move down");
  if (index > 0 && std::count(item.number.begin(), item.number.end(), '.') < 3)
    moves.emplace_back("in", "Nest under " + siblings[index - 1]->number);
  if (!ParentNumber(item.number).empty()) moves.emplace_back("out", "Move out a level");
  for (const auto& [direction, label] : moves) {
    ctemplate::TemplateDictionary* move = row.AddSectionDictionary("MOVE");
    move->SetValue("ACTION", Href("/agenda-items/", item.id.value, "/move"));
    move->SetValue("CSRF_TOKEN", csrf);
    move->SetValue("VERSION", std::to_string(item.version));
    move->SetValue("DIRECTION", direction);
    move->SetValue("LABEL", label);
  }
}

Response ManagePage(const Site& site, const GovernanceContext& context, const Request& request,
                    int64_t meeting_id, const Refused& refused) {
  if (!request.caller.principal) return SignInFirst(request);
  const store::Viewer viewer = ViewerOf(request);
  Result<governance::MeetingView> view =
      governance::LoadMeeting(*context.store, store::MeetingId{meeting_id}, viewer, *context.clock);
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::MeetingView& v = *view;
  const governance::Caller caller = CallerOf(request);
  if (!caller.HasRole(AccountRole::kClerk, v.body.id)) {
    return HtmlErrorResponse(
        site, request,
        Error::PermissionDenied("Only the clerks of " + v.body.name + " manage its meetings."));
  }
  Result<ManageData> data = LoadManageData(context, v, viewer, *context.clock);
  if (!data.ok()) return HtmlErrorResponse(site, request, data.error());
  const std::string csrf = Csrf(request);
  auto value = [&](std::string_view form, std::string_view name) {
    return refused.form == form ? FieldValue(refused.values, name) : std::string();
  };
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Manage: " + v.body.name + ", " + v.meeting.date.display), "meeting_manage.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        MarkFields(d, refused.problems);
        d.SetValue("CSRF_TOKEN", csrf);
        d.SetValue("BODY_NAME", v.body.name);
        SetDate(d, "DATE", v.meeting.date);
        d.SetValue("MEETING_HREF", Href("/meetings/", v.meeting.id.value));
        d.SetValue("HISTORY_HREF", Href("/history/meeting/", v.meeting.id.value));
        d.SetValue("ACTIONS_HREF", Href("/bodies/", v.body.id.value, "/actions"));
        d.SetValue("PUBLICATION", v.meeting.publication.message);
        d.SetValue("STATUS", Label(v.meeting.status));
        d.SetValue("ITEMS_ACTION", Href("/meetings/", v.meeting.id.value, "/items"));
        d.SetValue("STANDARD_ACTION", Href("/meetings/", v.meeting.id.value, "/standard-items"));
        d.SetValue("RAISE_ACTION", Href("/meetings/", v.meeting.id.value, "/actions"));
        d.SetValue("ATTENDANCE_ACTION", Href("/meetings/", v.meeting.id.value, "/attendance"));
        d.SetValue("DECLARATION_ACTION", Href("/meetings/", v.meeting.id.value, "/declarations"));
        if (v.meeting.publication.state == "missed") d.ShowSection("DEADLINE_MISSED");
        // The meeting's next step, one at a time.
        const std::vector<std::pair<std::string, std::string>> steps = {
            {"planned", "agenda_published"}, {"agenda_published", "held"}, {"held", "minutes_approved"}};
        for (const auto& [from, to] : steps) {
          if (v.meeting.status != from) continue;
          ctemplate::TemplateDictionary* step = d.AddSectionDictionary("NEXT_STATUS");
          step->SetValue("ACTION", Href("/meetings/", v.meeting.id.value, "/status"));
          step->SetValue("VERSION", std::to_string(data->meeting_version));
          step->SetValue("STATUS", to);
          step->SetValue("LABEL", Label(to));
        }
        // Actions asking to report back here, offered as agenda items until they are on it.
        for (const governance::ActionListItem& back : data->report_backs) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("REPORT_BACK");
          row->SetValue("NUMBER", back.action.number);
          row->SetValue("TEXT", back.action.text);
          row->SetValue("HREF", Href("/actions/", back.action.id.value));
          bool listed = false;
          for (const governance::AgendaItemView& item : v.agenda)
            listed = listed || item.title.starts_with("Action " + back.action.number + ":");
          if (listed) {
            row->ShowSection("ON_AGENDA");
          } else {
            ctemplate::TemplateDictionary* add = row->AddSectionDictionary("OFFER");
            add->SetValue("ACTION", Href("/actions/", back.action.id.value, "/report-back"));
          }
        }
        if (data->report_backs.empty()) d.ShowSection("NO_REPORT_BACKS");
        FillAttendanceAndDeclarations(d, *data, refused);

        std::map<int64_t, const store::AgendaItem*> stored;
        for (const store::AgendaItem& item : data->items) stored[item.id.value] = &item;
        std::vector<std::pair<std::string, std::string>> parents = {{"", "None: a top-level item"}};
        std::vector<std::pair<std::string, std::string>> raised_at = {{"", "Choose an agenda item"}};
        int recommendations = 0;
        for (const governance::AgendaItemView& item : v.agenda) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("ITEM");
          row->SetValue("ID", "item-" + std::to_string(item.id.value));
          row->SetValue("NUMBER", item.number);
          row->SetValue("DEPTH", std::to_string(item.depth));
          row->SetValue("TITLE", item.title);
          row->SetValue("PRESENTER", item.presenter);
          if (!item.presenter.empty()) row->ShowSection("HAS_PRESENTER");
          if (item.kind == "verbal") row->ShowSection("VERBAL");
          if (item.kind == "exempt")
            row->AddSectionDictionary("EXEMPT")->SetValue("PARAGRAPH", item.exemption_paragraph);
          if (item.paper_id) row->AddSectionDictionary("PAPER")->SetValue("TITLE", item.paper_title);
          row->SetValue("HISTORY_HREF", Href("/history/agenda_item/", item.id.value));
          row->SetValue("EDIT_HREF", Href("/agenda-items/", item.id.value, "/edit"));
          auto found = stored.find(item.id.value);
          if (found != stored.end()) FillMoveButtons(*row, data->items, *found->second, csrf);
          parents.emplace_back(std::to_string(item.id.value), item.number + " " + item.title);
          raised_at.emplace_back(std::to_string(item.id.value), item.number + " " + item.title);

          // The recommendations of the item's paper, each with its outcome form.
          if (!item.paper_id) continue;
          auto recs = data->recommendations.find(item.paper_id->value);
          if (recs == data->recommendations.end()) continue;
          for (const store::Recommendation& rec : recs->second) {
            ++recommendations;
            ctemplate::TemplateDictionary* r = d.AddSectionDictionary("RECOMMENDATION");
            const std::string rid = std::to_string(rec.id.value);
            r->SetValue("RID", rid);
            r->SetValue("ITEM_NUMBER", item.number);
            r->SetValue("PAPER_TITLE", item.paper_title);
            r->SetValue("LABEL", rec.label);
            r->SetValue("TEXT", rec.text);
            r->SetValue("CURRENT", OutcomeLabel(std::string(store::Name(rec.outcome))));
            r->SetValue("CURRENT_NOTE", rec.outcome_note);
            r->SetValue("ACTION", Href("/recommendations/", rec.id.value, "/outcome"));
            r->SetValue("CSRF_TOKEN", csrf);
            r->SetValue("VERSION", std::to_string(rec.version));
            r->SetValue("MEETING_ID", std::to_string(v.meeting.id.value));
            r->SetValue("HISTORY_HREF", Href("/history/paper/", item.paper_id->value));
            const bool this_form = refused.form == "outcome" && refused.record == rec.id.value;
            const std::string chosen = this_form ? FieldValue(refused.values, "outcome")
                                       : rec.outcome == store::RecommendationOutcome::kNone
                                           ? ""
                                           : std::string(store::Name(rec.outcome));
            std::vector<std::pair<std::string, std::string>> options = {{"", "Choose the outcome"}};
            for (const auto& o : OutcomeOptions()) options.push_back(o);
            FillOptions(*r, "OUTCOME_OPTION", options, chosen);
            r->SetValue("NOTE", this_form ? FieldValue(refused.values, "outcome_note") : rec.outcome_note);
            if (this_form) MarkFields(*r, refused.problems, "rec-" + rid + "-");
          }
        }
        if (v.agenda.empty()) d.ShowSection("NO_AGENDA");
        if (recommendations == 0) d.ShowSection("NO_RECOMMENDATIONS");

        // The standard items not yet on the agenda; the first box carries the id the error summary links to.
        int offered = 0;
        for (governance::StandardItem s : governance::StandardItemsOffered()) {
          const std::string title = governance::StandardItemTitle(s);
          bool present = false;
          for (const governance::AgendaItemView& item : v.agenda)
            present = present || SameTitle(item.title, title);
          if (present) continue;
          ctemplate::TemplateDictionary* offer = d.AddSectionDictionary("STANDARD");
          offer->SetValue("KEY", StandardKey(s));
          offer->SetValue("TITLE", title);
          offer->SetValue("ID", offered == 0 ? "items" : "items-" + std::to_string(offered));
          ++offered;
        }
        if (offered > 0) d.ShowSection("STANDARD_FORM");

        // Adding an item.
        d.SetValue("TITLE", value("item", "title"));
        d.SetValue("NUMBER", value("item", "number"));
        d.SetValue("PRESENTER", value("item", "presenter"));
        FillOptions(d, "PARENT_OPTION", parents, value("item", "parent_item_id"));
        FillOptions(d, "KIND_OPTION", KindOptions(),
                    refused.form == "item" ? value("item", "kind") : "standard");
        std::vector<std::pair<std::string, std::string>> paragraphs = {{"", "Not exempt"}};
        for (int p = 1; p <= 7; ++p)
          paragraphs.emplace_back(std::to_string(p), "Paragraph " + std::to_string(p));
        FillOptions(d, "PARAGRAPH_OPTION", paragraphs, value("item", "exemption_paragraph"));
        std::vector<std::pair<std::string, std::string>> papers = {{"", "No paper"}};
        for (const store::Paper& p : data->papers) papers.emplace_back(std::to_string(p.id.value), p.title);
        FillOptions(d, "PAPER_OPTION", papers, value("item", "paper_id"));

        // Raising an action.
        FillOptions(d, "RAISED_AT_OPTION", raised_at, value("action", "agenda_item_id"));
        d.SetValue("ACTION_TEXT", value("action", "text"));
        d.SetValue("ACTION_OWNER", value("action", "owner"));
        d.SetValue("ACTION_TARGET", value("action", "target_date"));
        d.SetValue("ACTION_NUMBER", value("action", "number"));
        if (v.agenda.empty())
          d.ShowSection("NO_ITEMS_FOR_ACTIONS");
        else
          d.ShowSection("RAISE_FORM");
        for (const governance::ActionView& a : v.open_actions) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("ACTION");
          row->SetValue("HREF", Href("/actions/", a.id.value));
          row->SetValue("NUMBER", a.number);
          row->SetValue("TEXT", a.text);
          row->SetValue("OWNER", a.owner);
          SetDate(*row, "TARGET", a.target_date);
          row->SetValue("STATUS", Label(a.status));
          row->SetValue("DUE_MESSAGE", a.due_message);
          if (a.due_state == "overdue") row->ShowSection("OVERDUE");
        }
        if (v.open_actions.empty()) d.ShowSection("NO_ACTIONS");
      });
  return HtmlResponse(site, request, html, refused.status);
}

// Adds the problem of a refused command to `refused`: its field (when `known` lists it) with `prefix`, else
// `fallback`; the status is the error's.
void AddProblem(Refused& refused, const Error& error, const std::vector<std::string>& known,
                const std::string& fallback, const std::string& prefix = "") {
  refused.status = HttpStatusFor(error.code);
  const bool listed = std::find(known.begin(), known.end(), error.field) != known.end();
  refused.problems.push_back({listed ? prefix + error.field : fallback, error.message});
}

Response SignedOutPost(const Site& site, const Request& request) {
  return HtmlErrorResponse(site, request, Error::Unauthenticated("Sign in to make changes."));
}

Response AddItemForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "item", .values = *form};
  governance::AgendaItemInput input;
  input.meeting_id = store::MeetingId{*id};
  input.number = FieldValue(*form, "number");
  input.title = FieldValue(*form, "title");
  input.presenter = FieldValue(*form, "presenter");
  input.exemption_paragraph = FieldValue(*form, "exemption_paragraph");
  Result<store::AgendaItemKind> kind = store::ParseAgendaItemKind(FieldValue(*form, "kind"));
  if (kind.ok()) {
    input.kind = *kind;
  } else {
    refused.problems.push_back({"kind", "Choose what kind of item it is."});
  }
  Result<std::optional<int64_t>> parent = OptionalId(*form, "parent_item_id", "parent_item_id");
  if (!parent.ok())
    refused.problems.push_back({"parent_item_id", parent.error().message});
  else if (*parent)
    input.parent_item_id = store::AgendaItemId{**parent};
  Result<std::optional<int64_t>> paper = OptionalId(*form, "paper_id", "paper_id");
  if (!paper.ok())
    refused.problems.push_back({"paper_id", paper.error().message});
  else if (*paper)
    input.paper_id = store::PaperId{**paper};
  if (refused.problems.empty()) {
    Result<store::AgendaItem> added = RunCommand(
        context, request,
        [&](const governance::CommandContext& ctx) { return governance::AddAgendaItem(ctx, input); });
    if (added.ok())
      return Redirect(Href("/meetings/", *id, "/manage#item-" + std::to_string(added->id.value)));
    if (!IsFormError(added.error())) return HtmlErrorResponse(site, request, added.error());
    AddProblem(refused, added.error(),
               {"number", "title", "presenter", "kind", "exemption_paragraph", "paper_id", "parent_item_id"},
               "title");
  }
  return ManagePage(site, context, request, *id, refused);
}

Response StandardItemsForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "standard", .values = *form};
  std::vector<governance::StandardItem> chosen;
  for (const auto& [name, value] : *form) {
    if (name != "items") continue;
    bool known = false;
    for (governance::StandardItem s : governance::StandardItemsOffered()) {
      if (StandardKey(s) == value) {
        chosen.push_back(s);
        known = true;
      }
    }
    if (!known) refused.problems.push_back({"items", "Choose from the standard items offered."});
  }
  if (refused.problems.empty()) {
    Result<std::vector<store::AgendaItem>> added =
        RunCommand(context, request, [&](const governance::CommandContext& ctx) {
          return governance::AddStandardItems(ctx, store::MeetingId{*id}, chosen);
        });
    if (added.ok()) return Redirect(Href("/meetings/", *id, "/manage#agenda"));
    if (!IsFormError(added.error())) return HtmlErrorResponse(site, request, added.error());
    AddProblem(refused, added.error(), {}, "items");
  }
  return ManagePage(site, context, request, *id, refused);
}

// Where a move puts an item: its new parent (none: the top level) and its index among that parent's other
// items. kInvalidArgument (field "agenda") for a move the agenda does not allow.
struct Placement {
  std::optional<store::AgendaItemId> parent;
  size_t index = 0;
};

Result<Placement> PlacementFor(const std::vector<store::AgendaItem>& items, const store::AgendaItem& item,
                               std::string_view direction) {
  auto id_of = [&](const std::string& number) -> Result<std::optional<store::AgendaItemId>> {
    if (number.empty()) return std::optional<store::AgendaItemId>();
    for (const store::AgendaItem& i : items) {
      if (i.number == number) return std::optional<store::AgendaItemId>(i.id);
    }
    return Error::InvalidArgument("Item " + number + " is not on the agenda: renumber it first.", "agenda");
  };
  const std::string parent = ParentNumber(item.number);
  const std::vector<const store::AgendaItem*> siblings = Children(items, parent);
  size_t index = 0;
  while (index < siblings.size() && siblings[index]->id != item.id) ++index;
  Placement placement;
  if (direction == "up" && index > 0 && index < siblings.size()) {
    ASSIGN_OR_RETURN(placement.parent, id_of(parent));
    placement.index = index - 1;
  } else if (direction == "down" && index + 1 < siblings.size()) {
    ASSIGN_OR_RETURN(placement.parent, id_of(parent));
    placement.index = index + 1;
  } else if (direction == "in" && index > 0 && index < siblings.size()) {
    placement.parent = siblings[index - 1]->id;
    placement.index = Children(items, siblings[index - 1]->number).size();
  } else if (direction == "out" && !parent.empty()) {
    const std::string grandparent = ParentNumber(parent);
    const std::vector<const store::AgendaItem*> uncles = Children(items, grandparent);
    size_t at = 0;
    while (at < uncles.size() && uncles[at]->number != parent) ++at;
    ASSIGN_OR_RETURN(placement.parent, id_of(grandparent));
    placement.index = at < uncles.size() ? at + 1 : uncles.size();
  } else {
    return Error::InvalidArgument("Item " + item.number + " cannot move that way.", "agenda");
  }
  return placement;
}

Response MoveItemForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Result<int64_t> version = VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  Result<std::pair<store::AgendaItem, std::vector<store::AgendaItem>>> loaded =
      [&]() -> Result<std::pair<store::AgendaItem, std::vector<store::AgendaItem>>> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
    ASSIGN_OR_RETURN(store::AgendaItem item,
                     tx->meetings().GetAgendaItem(store::AgendaItemId{*id}, ViewerOf(request)));
    ASSIGN_OR_RETURN(std::vector<store::AgendaItem> items,
                     tx->meetings().ListAgendaItems(item.meeting_id, store::Viewer::Everything()));
    return std::make_pair(std::move(item), std::move(items));
  }();
  if (!loaded.ok()) return HtmlErrorResponse(site, request, loaded.error());
  const store::AgendaItem& item = loaded->first;
  const std::vector<store::AgendaItem>& items = loaded->second;
  const int64_t meeting_id = item.meeting_id.value;
  Refused refused{.status = 400, .form = "move", .values = *form};
  Result<Placement> placement = PlacementFor(items, item, FieldValue(*form, "direction"));
  if (placement.ok()) {
    Result<std::vector<store::AgendaItem>> moved =
        RunCommand(context, request, [&](const governance::CommandContext& ctx) {
          return governance::MoveAgendaItem(ctx, item.id, *version, placement->parent, placement->index);
        });
    if (moved.ok()) return Redirect(Href("/meetings/", meeting_id, "/manage#item-" + std::to_string(*id)));
    if (!IsFormError(moved.error()) && moved.error().code != ErrorCode::kConflict)
      return HtmlErrorResponse(site, request, moved.error());
    AddProblem(refused, moved.error(), {}, "agenda");
  } else {
    AddProblem(refused, placement.error(), {}, "agenda");
  }
  return ManagePage(site, context, request, meeting_id, refused);
}

Response OutcomeForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  std::optional<int64_t> meeting_id = ParsePositive(FieldValue(*form, "meeting_id"));
  if (!meeting_id) return HtmlErrorResponse(site, request, Error::NotFound("There is no such meeting."));
  Result<int64_t> version = VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  const std::string prefix = "rec-" + std::to_string(*id) + "-";
  Refused refused{.status = 400, .form = "outcome", .record = *id, .values = *form};
  Result<store::RecommendationOutcome> outcome =
      store::ParseRecommendationOutcome(FieldValue(*form, "outcome"));
  if (!outcome.ok() || *outcome == store::RecommendationOutcome::kNone) {
    refused.problems.push_back(
        {prefix + "outcome", "Choose the outcome the meeting gave the recommendation."});
  } else {
    Result<store::Recommendation> recorded =
        RunCommand(context, request, [&](const governance::CommandContext& ctx) {
          return governance::RecordOutcome(ctx, store::RecommendationId{*id}, *version, *outcome,
                                           FieldValue(*form, "outcome_note"), store::MeetingId{*meeting_id});
        });
    if (recorded.ok()) return Redirect(Href("/meetings/", *meeting_id, "/manage#rec-" + std::to_string(*id)));
    if (!IsFormError(recorded.error()) && recorded.error().code != ErrorCode::kConflict)
      return HtmlErrorResponse(site, request, recorded.error());
    AddProblem(refused, recorded.error(), {"outcome", "outcome_note"}, prefix + "outcome", prefix);
  }
  return ManagePage(site, context, request, *meeting_id, refused);
}

Response RaiseActionForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "action", .values = *form};
  governance::RaiseActionInput input;
  input.number = FieldValue(*form, "number");
  input.text = FieldValue(*form, "text");
  input.owner = FieldValue(*form, "owner");
  std::optional<int64_t> item = ParsePositive(FieldValue(*form, "agenda_item_id"));
  if (!item)
    refused.problems.push_back({"action-agenda_item_id", "Choose the agenda item that raised the action."});
  else
    input.agenda_item_id = store::AgendaItemId{*item};
  Result<std::optional<Date>> target =
      OptionalDate(*form, "target_date", "action-target_date", "the target date");
  if (!target.ok())
    refused.problems.push_back({target.error().field, target.error().message});
  else
    input.target_date = *target;
  if (refused.problems.empty()) {
    Result<store::Action> raised =
        RunCommand(context, request, [&](const governance::CommandContext& ctx) -> Result<store::Action> {
          // The item must be on this meeting's agenda (the page offers no other); who may ask comes first.
          ASSIGN_OR_RETURN(store::Meeting meeting, ctx.tx.meetings().GetMeeting(store::MeetingId{*id}));
          if (!ctx.caller.HasRole(AccountRole::kClerk, meeting.body_id))
            return Error::PermissionDenied("Only the body's clerks raise its actions.");
          ASSIGN_OR_RETURN(store::AgendaItem at, ctx.tx.meetings().GetAgendaItem(
                                                     input.agenda_item_id, store::Viewer::Everything()));
          if (at.meeting_id.value != *id)
            return Error::InvalidArgument("Choose an item of this meeting's agenda.", "agenda_item_id");
          return governance::RaiseAction(ctx, input);
        });
    if (raised.ok()) return Redirect(Href("/meetings/", *id, "/manage#actions"));
    if (!IsFormError(raised.error()) && raised.error().code != ErrorCode::kNotFound)
      return HtmlErrorResponse(site, request, raised.error());
    if (raised.error().code == ErrorCode::kNotFound) {
      refused.problems.push_back({"action-agenda_item_id", "Choose an item of this meeting's agenda."});
    } else {
      AddProblem(refused, raised.error(), {"agenda_item_id", "number", "text", "owner", "target_date"},
                 "action-text", "action-");
    }
  }
  return ManagePage(site, context, request, *id, refused);
}

Response MeetingStatusForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Result<int64_t> version = VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  Refused refused{.status = 400, .form = "meeting-status", .values = *form};
  Result<store::MeetingStatus> status = store::ParseMeetingStatus(FieldValue(*form, "status"));
  if (!status.ok()) {
    refused.problems.push_back({"meeting-status", "Choose the meeting's next step."});
  } else {
    Result<store::Meeting> changed = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
      return governance::ChangeMeetingStatus(ctx, store::MeetingId{*id}, *version, *status);
    });
    if (changed.ok()) return Redirect(Href("/meetings/", *id, "/manage"));
    if (!IsFormError(changed.error()) && changed.error().code != ErrorCode::kConflict)
      return HtmlErrorResponse(site, request, changed.error());
    AddProblem(refused, changed.error(), {}, "meeting-status");
  }
  return ManagePage(site, context, request, *id, refused);
}

Response ReportBackForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<store::AgendaItem> added = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
    return governance::AddReportBackItem(ctx, store::ActionId{*id});
  });
  if (added.ok()) {
    return Redirect(
        Href("/meetings/", added->meeting_id.value, "/manage#item-" + std::to_string(added->id.value)));
  }
  return HtmlErrorResponse(site, request, added.error());
}

Response AttendanceForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "attendance", .values = *form};
  governance::AttendanceInput input{.meeting_id = store::MeetingId{*id},
                                    .name = FieldValue(*form, "name"),
                                    .capacity = FieldValue(*form, "capacity"),
                                    .substitute = FieldValue(*form, "substitute")};
  Result<store::AttendanceKind> kind = store::ParseAttendanceKind(FieldValue(*form, "kind"));
  if (!kind.ok()) {
    refused.problems.push_back(
        {"attendance-kind", "Choose whether they were present, sent apologies or were absent."});
  } else {
    input.kind = *kind;
    Result<store::Attendance> recorded = RunCommand(
        context, request,
        [&](const governance::CommandContext& ctx) { return governance::RecordAttendance(ctx, input); });
    if (recorded.ok()) return Redirect(Href("/meetings/", *id, "/manage#attendance"));
    if (!IsFormError(recorded.error())) return HtmlErrorResponse(site, request, recorded.error());
    AddProblem(refused, recorded.error(), {"name", "capacity", "kind", "substitute"}, "attendance-name",
               "attendance-");
  }
  return ManagePage(site, context, request, *id, refused);
}

Response DeclarationForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "declaration", .values = *form};
  governance::DeclarationInput input{.meeting_id = store::MeetingId{*id},
                                     .name = FieldValue(*form, "name"),
                                     .interest = FieldValue(*form, "interest"),
                                     .left_room = FieldValue(*form, "left_room") == "yes"};
  Result<store::InterestKind> kind = store::ParseInterestKind(FieldValue(*form, "kind"));
  if (!kind.ok())
    refused.problems.push_back({"declaration-kind", "Choose the kind of interest."});
  else
    input.kind = *kind;
  Result<std::optional<int64_t>> item = OptionalId(*form, "agenda_item_id", "declaration-agenda_item_id");
  if (!item.ok())
    refused.problems.push_back({item.error().field, item.error().message});
  else if (*item)
    input.agenda_item_id = store::AgendaItemId{**item};
  if (refused.problems.empty()) {
    Result<store::Declaration> recorded = RunCommand(
        context, request,
        [&](const governance::CommandContext& ctx) { return governance::RecordDeclaration(ctx, input); });
    if (recorded.ok()) return Redirect(Href("/meetings/", *id, "/manage#declarations"));
    if (!IsFormError(recorded.error())) return HtmlErrorResponse(site, request, recorded.error());
    AddProblem(refused, recorded.error(), {"name", "kind", "interest", "agenda_item_id"}, "declaration-name",
               "declaration-");
  }
  return ManagePage(site, context, request, *id, refused);
}

// --- Editing what an agenda item says

Response EditItemPage(const Site& site, const GovernanceContext& context, const Request& request,
                      int64_t item_id, const Refused& refused) {
  if (!request.caller.principal) return SignInFirst(request);
  const store::Viewer viewer = ViewerOf(request);
  struct Loaded {
    store::AgendaItem item;
    store::Meeting meeting;
    store::Body body;
    std::vector<store::Paper> papers;
  };
  Result<Loaded> loaded = [&]() -> Result<Loaded> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
    ASSIGN_OR_RETURN(store::AgendaItem item,
                     tx->meetings().GetAgendaItem(store::AgendaItemId{item_id}, viewer));
    ASSIGN_OR_RETURN(store::Meeting meeting, tx->meetings().GetMeeting(item.meeting_id));
    ASSIGN_OR_RETURN(store::Body body, tx->bodies().GetBody(meeting.body_id));
    ASSIGN_OR_RETURN(
        std::vector<store::Paper> papers,
        tx->papers().ListPapers({.body_id = body.id, .page = {.limit = store::Page::kMaxLimit}}, viewer));
    return Loaded{std::move(item), std::move(meeting), std::move(body), std::move(papers)};
  }();
  if (!loaded.ok()) return HtmlErrorResponse(site, request, loaded.error());
  if (!CallerOf(request).HasRole(AccountRole::kClerk, loaded->body.id)) {
    return HtmlErrorResponse(
        site, request,
        Error::PermissionDenied("Only the clerks of " + loaded->body.name + " edit its agendas."));
  }
  const store::AgendaItem& item = loaded->item;
  const bool resent = !refused.form.empty();
  auto value = [&](std::string_view name, const std::string& stored) {
    return resent ? FieldValue(refused.values, name) : stored;
  };
  auto paper_title = [&](const std::optional<store::PaperId>& id) {
    if (!id) return std::string("No paper");
    for (const store::Paper& p : loaded->papers) {
      if (p.id == *id) return p.title;
    }
    return std::string("A paper you cannot see");
  };
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Edit item " + item.number), "agenda_item_edit.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        MarkFields(d, refused.problems);
        d.SetValue("CSRF_TOKEN", Csrf(request));
        d.SetValue("BODY_NAME", loaded->body.name);
        d.SetValue("NUMBER", item.number);
        d.SetValue("ACTION", Href("/agenda-items/", item_id));
        d.SetValue("BACK_HREF",
                   Href("/meetings/", loaded->meeting.id.value, "/manage#item-" + std::to_string(item_id)));
        d.SetValue("VERSION", std::to_string(item.version));
        d.SetValue("TITLE", value("title", item.title));
        d.SetValue("PRESENTER", value("presenter", item.presenter));
        FillOptions(d, "KIND_OPTION", KindOptions(), value("kind", std::string(store::Name(item.kind))));
        std::vector<std::pair<std::string, std::string>> paragraphs = {{"", "Not exempt"}};
        for (int p = 1; p <= 7; ++p)
          paragraphs.emplace_back(std::to_string(p), "Paragraph " + std::to_string(p));
        FillOptions(d, "PARAGRAPH_OPTION", paragraphs,
                    value("exemption_paragraph", item.exemption_paragraph));
        std::vector<std::pair<std::string, std::string>> papers = {{"", "No paper"}};
        for (const store::Paper& p : loaded->papers) papers.emplace_back(std::to_string(p.id.value), p.title);
        FillOptions(d, "PAPER_OPTION", papers,
                    value("paper_id", item.paper_id ? std::to_string(item.paper_id->value) : ""));
        if (refused.form == "conflict") {
          // What was sent beside what the item says now.
          ctemplate::TemplateDictionary* c = d.AddSectionDictionary("CONFLICT");
          c->SetValue("SENT_VERSION", FieldValue(refused.values, "version"));
          c->SetValue("NOW_VERSION", std::to_string(item.version));
          c->SetValue("SENT_TITLE", FieldValue(refused.values, "title"));
          c->SetValue("NOW_TITLE", item.title);
          c->SetValue("SENT_PRESENTER", FieldValue(refused.values, "presenter"));
          c->SetValue("NOW_PRESENTER", item.presenter);
          c->SetValue("SENT_KIND", OptionLabel(KindOptions(), FieldValue(refused.values, "kind")));
          c->SetValue("NOW_KIND", OptionLabel(KindOptions(), store::Name(item.kind)));
          std::optional<int64_t> sent_paper = ParsePositive(FieldValue(refused.values, "paper_id"));
          c->SetValue("SENT_PAPER",
                      paper_title(sent_paper ? std::optional<store::PaperId>(store::PaperId{*sent_paper})
                                             : std::nullopt));
          c->SetValue("NOW_PAPER", paper_title(item.paper_id));
        }
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response EditItemForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Result<int64_t> version = VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  Refused refused{.status = 400, .form = "item", .values = *form};
  Result<store::AgendaItem> current = [&]() -> Result<store::AgendaItem> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
    return tx->meetings().GetAgendaItem(store::AgendaItemId{*id}, ViewerOf(request));
  }();
  if (!current.ok()) return HtmlErrorResponse(site, request, current.error());
  governance::AgendaItemInput input;
  input.meeting_id = current->meeting_id;
  input.number = current->number;
  input.parent_item_id = current->parent_item_id;
  input.title = FieldValue(*form, "title");
  input.presenter = FieldValue(*form, "presenter");
  input.exemption_paragraph = FieldValue(*form, "exemption_paragraph");
  Result<store::AgendaItemKind> kind = store::ParseAgendaItemKind(FieldValue(*form, "kind"));
  if (kind.ok())
    input.kind = *kind;
  else
    refused.problems.push_back({"kind", "Choose what kind of item it is."});
  Result<std::optional<int64_t>> paper = OptionalId(*form, "paper_id", "paper_id");
  if (!paper.ok())
    refused.problems.push_back({"paper_id", paper.error().message});
  else if (*paper)
    input.paper_id = store::PaperId{**paper};
  if (refused.problems.empty()) {
    Result<store::AgendaItem> updated =
        RunCommand(context, request, [&](const governance::CommandContext& ctx) {
          return governance::UpdateAgendaItem(ctx, store::AgendaItemId{*id}, *version, input);
        });
    if (updated.ok()) {
      return Redirect(Href("/meetings/", updated->meeting_id.value, "/manage#item-" + std::to_string(*id)));
    }
    if (updated.error().code == ErrorCode::kConflict) {
      refused.form = "conflict";
      AddProblem(refused, updated.error(), {}, "title");
    } else {
      if (!IsFormError(updated.error())) return HtmlErrorResponse(site, request, updated.error());
      AddProblem(refused, updated.error(), {"title", "presenter", "kind", "exemption_paragraph", "paper_id"},
                 "title");
    }
  }
  return EditItemPage(site, context, request, *id, refused);
}

// --- One action: its updates and status

const std::vector<std::pair<std::string, std::string>>& StatusOptions() {
  static const auto* options =
      new std::vector<std::pair<std::string, std::string>>{{"open", "Open"},
                                                           {"ongoing", "Ongoing"},
                                                           {"complete", "Complete"},
                                                           {"closed", "Closed"},
                                                           {"superseded", "Superseded"}};
  return *options;
}

Response ActionPage(const Site& site, const GovernanceContext& context, const Request& request,
                    int64_t action_id, const Refused& refused) {
  if (!request.caller.principal) return SignInFirst(request);
  struct Loaded {
    store::Action action;
    store::Body body;
    governance::ActionView view;
  };
  Result<Loaded> loaded = [&]() -> Result<Loaded> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
    ASSIGN_OR_RETURN(store::Action action,
                     tx->actions().GetAction(store::ActionId{action_id}, ViewerOf(request)));
    ASSIGN_OR_RETURN(store::Body body, tx->bodies().GetBody(action.body_id));
    governance::ActionViewBuilder builder(*tx, context.clock->Today());
    ASSIGN_OR_RETURN(governance::ActionView view, builder.Build(action, true));
    return Loaded{std::move(action), std::move(body), std::move(view)};
  }();
  if (!loaded.ok()) return HtmlErrorResponse(site, request, loaded.error());
  const governance::Caller caller = CallerOf(request);
  if (!caller.HasRole(AccountRole::kAuthor, loaded->body.id)) {
    return HtmlErrorResponse(site, request,
                             Error::PermissionDenied("Only the authors and clerks of " + loaded->body.name +
                                                     " update its actions."));
  }
  const bool clerk = caller.HasRole(AccountRole::kClerk, loaded->body.id);
  const governance::ActionView& a = loaded->view;
  const std::string csrf = Csrf(request);
  auto value = [&](std::string_view form, std::string_view name) {
    return refused.form == form ? FieldValue(refused.values, name) : std::string();
  };
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Action " + a.number + ": " + loaded->body.name), "action_page.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        MarkFields(d, refused.problems);
        d.SetValue("CSRF_TOKEN", csrf);
        d.SetValue("BODY_NAME", loaded->body.name);
        d.SetValue("LOG_HREF", Href("/bodies/", loaded->body.id.value, "/actions"));
        d.SetValue("NUMBER", a.number);
        d.SetValue("TEXT", a.text);
        d.SetValue("OWNER", a.owner);
        SetDate(d, "TARGET", a.target_date);
        d.SetValue("STATUS", Label(a.status));
        d.SetValue("VERSION", std::to_string(loaded->action.version));
        d.SetValue("DUE_MESSAGE", a.due_message);
        if (a.due_state == "overdue") d.ShowSection("OVERDUE");
        if (a.due_state == "due_soon") d.ShowSection("DUE_SOON");
        d.SetValue("AGENDA_ITEM", a.agenda_item_number);
        if (a.meeting_raised_id) {
          ctemplate::TemplateDictionary* raised = d.AddSectionDictionary("RAISED");
          raised->SetValue("HREF", Href("/meetings/", a.meeting_raised_id->value));
          SetDate(*raised, "DATE", a.meeting_raised_date);
        }
        if (a.report_back_meeting_id) {
          ctemplate::TemplateDictionary* back = d.AddSectionDictionary("REPORT_BACK");
          back->SetValue("HREF", Href("/meetings/", a.report_back_meeting_id->value));
          SetDate(*back, "DATE", a.report_back_date);
        }
        for (const governance::ActionUpdateView& u : a.updates) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("UPDATE");
          SetDate(*row, "DATE", u.date);
          row->SetValue("TEXT", u.text);
          row->SetValue("AUTHOR", u.author);
        }
        if (a.updates.empty()) d.ShowSection("NO_UPDATES");
        if (a.status != "closed" && a.status != "superseded") {
          ctemplate::TemplateDictionary* f = d.AddSectionDictionary("UPDATE_FORM");
          f->SetValue("ACTION", Href("/actions/", action_id, "/updates"));
          f->SetValue("CSRF_TOKEN", csrf);
          f->SetValue("DATE", value("update", "date"));
          f->SetValue("TEXT", value("update", "text"));
          MarkFields(*f, refused.problems);
        }
        if (clerk) {
          ctemplate::TemplateDictionary* f = d.AddSectionDictionary("STATUS_FORM");
          f->SetValue("ACTION", Href("/actions/", action_id, "/status"));
          f->SetValue("CSRF_TOKEN", csrf);
          f->SetValue("VERSION", std::to_string(loaded->action.version));
          const bool resent = refused.form == "status" || refused.form == "conflict";
          FillOptions(*f, "STATUS_OPTION", StatusOptions(),
                      resent ? FieldValue(refused.values, "status") : a.status);
          f->SetValue("NOTE", resent ? FieldValue(refused.values, "note") : "");
          MarkFields(*f, refused.problems);
          d.AddSectionDictionary("HISTORY")->SetValue("HREF", Href("/history/action/", action_id));
        }
        if (clerk) {
          ctemplate::TemplateDictionary* f = d.AddSectionDictionary("EDIT_FORM");
          const bool resent = refused.form == "edit" || refused.form == "edit-conflict";
          f->SetValue("ACTION", Href("/actions/", action_id));
          f->SetValue("CSRF_TOKEN", csrf);
          f->SetValue("VERSION", std::to_string(loaded->action.version));
          f->SetValue("TEXT", resent ? FieldValue(refused.values, "text") : loaded->action.text);
          f->SetValue("OWNER", resent ? FieldValue(refused.values, "owner") : loaded->action.owner);
          f->SetValue("TARGET_DATE", resent                       ? FieldValue(refused.values, "target_date")
                                     : loaded->action.target_date ? loaded->action.target_date->ToIso()
                                                                  : std::string());
          MarkFields(*f, refused.problems);
        }
        if (refused.form == "edit-conflict") {
          ctemplate::TemplateDictionary* c = d.AddSectionDictionary("EDIT_CONFLICT");
          c->SetValue("SENT_VERSION", FieldValue(refused.values, "version"));
          c->SetValue("SENT_TEXT", FieldValue(refused.values, "text"));
          c->SetValue("SENT_OWNER", FieldValue(refused.values, "owner"));
          c->SetValue("SENT_TARGET", FieldValue(refused.values, "target_date"));
          c->SetValue("NOW_VERSION", std::to_string(loaded->action.version));
          c->SetValue("NOW_TEXT", loaded->action.text);
          c->SetValue("NOW_OWNER", loaded->action.owner);
          c->SetValue("NOW_TARGET",
                      loaded->action.target_date ? loaded->action.target_date->ToIso() : std::string());
        }
        if (refused.form == "conflict") {
          ctemplate::TemplateDictionary* c = d.AddSectionDictionary("CONFLICT");
          c->SetValue("SENT_VERSION", FieldValue(refused.values, "version"));
          c->SetValue("SENT_STATUS", Label(FieldValue(refused.values, "status")));
          c->SetValue("SENT_NOTE", FieldValue(refused.values, "note"));
          c->SetValue("NOW_VERSION", std::to_string(loaded->action.version));
          c->SetValue("NOW_STATUS", Label(a.status));
          c->SetValue("NOW_NOTE", a.updates.empty() ? "" : a.updates.back().text);
        }
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response AddUpdateForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "update", .values = *form};
  Result<std::optional<Date>> date = OptionalDate(*form, "date", "update-date", "the update's date");
  if (!date.ok()) {
    refused.problems.push_back({date.error().field, date.error().message});
  } else {
    Result<store::ActionUpdate> added =
        RunCommand(context, request, [&](const governance::CommandContext& ctx) {
          return governance::AddActionUpdate(ctx, store::ActionId{*id}, *date, FieldValue(*form, "text"));
        });
    if (added.ok()) return Redirect(Href("/actions/", *id, "#updates"));
    // A closed action has no update form to show again: its refusal is a page of its own.
    if (!IsFormError(added.error()) || added.error().code == ErrorCode::kFailedPrecondition)
      return HtmlErrorResponse(site, request, added.error());
    AddProblem(refused, added.error(), {"date", "text"}, "update-text", "update-");
  }
  return ActionPage(site, context, request, *id, refused);
}

Response StatusForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Result<int64_t> version = VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  Refused refused{.status = 400, .form = "status", .values = *form};
  Result<store::ActionStatus> status = store::ParseActionStatus(FieldValue(*form, "status"));
  if (!status.ok()) {
    refused.problems.push_back({"status", "Choose the action's new status."});
  } else {
    Result<store::Action> changed = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
      return governance::ChangeActionStatus(ctx, store::ActionId{*id}, *version, *status,
                                            FieldValue(*form, "note"));
    });
    if (changed.ok()) return Redirect(Href("/actions/", *id));
    if (changed.error().code == ErrorCode::kConflict) {
      refused.form = "conflict";
      AddProblem(refused, changed.error(), {}, "status");
    } else {
      if (!IsFormError(changed.error())) return HtmlErrorResponse(site, request, changed.error());
      AddProblem(refused, changed.error(), {"status"}, "status-note");
    }
  }
  return ActionPage(site, context, request, *id, refused);
}

// Edits what the action says, who owns it and its target date; its report-back meeting is kept.
Response EditActionForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return SignedOutPost(site, request);
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Result<int64_t> version = VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  Refused refused{.status = 400, .form = "edit", .values = *form};
  Result<std::optional<Date>> target =
      OptionalDate(*form, "target_date", "edit-target-date", "the target date");
  if (!target.ok()) {
    refused.problems.push_back({target.error().field, target.error().message});
  } else {
    Result<store::Action> edited = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
      return [&]() -> Result<store::Action> {
        ASSIGN_OR_RETURN(store::Action now,
                         ctx.tx.actions().GetAction(store::ActionId{*id}, ViewerOf(request)));
        governance::ActionEdit edit{FieldValue(*form, "text"), FieldValue(*form, "owner"), *target,
                                    now.report_back_meeting_id};
        return governance::UpdateAction(ctx, store::ActionId{*id}, *version, edit);
      }();
    });
    if (edited.ok()) return Redirect(Href("/actions/", *id));
    if (edited.error().code == ErrorCode::kConflict) {
      refused.form = "edit-conflict";
      AddProblem(refused, edited.error(), {}, "edit-text");
    } else {
      if (!IsFormError(edited.error())) return HtmlErrorResponse(site, request, edited.error());
      AddProblem(refused, edited.error(), {"text", "owner", "target_date"}, "edit-text", "edit-");
      if (refused.problems.back().field == "edit-target_date")
        refused.problems.back().field = "edit-target-date";
    }
  }
  return ActionPage(site, context, request, *id, refused);
}

}  // namespace

void AddClerkPages(Router& router, const Site& site, const GovernanceContext& context) {
  router.Get("/dashboard",
             [site, context](const Request& request) { return DashboardPage(site, context, request); });
  router.Get("/decisions",
             [site, context](const Request& request) { return DecisionsPage(site, context, request); });
  router.Get("/meetings/new",
             [site, context](const Request& request) { return NewMeetingPage(site, context, request, {}); });
  router.Post("/meetings",
              [site, context](const Request& request) { return CreateMeetingForm(site, context, request); });
  router.Get("/meetings/{id}/manage", [site, context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
    return ManagePage(site, context, request, *id, {});
  });
  router.Post("/meetings/{id}/items",
              [site, context](const Request& request) { return AddItemForm(site, context, request); });
  router.Post("/meetings/{id}/standard-items",
              [site, context](const Request& request) { return StandardItemsForm(site, context, request); });
  router.Post("/agenda-items/{id}/move",
              [site, context](const Request& request) { return MoveItemForm(site, context, request); });
  router.Post("/recommendations/{id}/outcome",
              [site, context](const Request& request) { return OutcomeForm(site, context, request); });
  router.Post("/meetings/{id}/actions",
              [site, context](const Request& request) { return RaiseActionForm(site, context, request); });
  router.Get("/agenda-items/{id}/edit", [site, context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
    return EditItemPage(site, context, request, *id, {});
  });
  router.Post("/agenda-items/{id}",
              [site, context](const Request& request) { return EditItemForm(site, context, request); });
  router.Post("/meetings/{id}/attendance",
              [site, context](const Request& request) { return AttendanceForm(site, context, request); });
  router.Post("/meetings/{id}/declarations",
              [site, context](const Request& request) { return DeclarationForm(site, context, request); });
  router.Post("/meetings/{id}/status",
              [site, context](const Request& request) { return MeetingStatusForm(site, context, request); });
  router.Post("/actions/{id}/report-back",
              [site, context](const Request& request) { return ReportBackForm(site, context, request); });
  router.Get("/actions/{id}", [site, context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
    return ActionPage(site, context, request, *id, {});
  });
  router.Post("/actions/{id}/updates",
              [site, context](const Request& request) { return AddUpdateForm(site, context, request); });
  router.Post("/actions/{id}/status",
              [site, context](const Request& request) { return StatusForm(site, context, request); });
  router.Post("/actions/{id}",
              [site, context](const Request& request) { return EditActionForm(site, context, request); });
}

}  // namespace boardroom::web
