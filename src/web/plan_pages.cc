#include "web/plan_pages.h"

#include <charconv>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "accounts/accounts.h"
#include "governance/plans.h"
#include "web/auth.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

using governance::DateView;
using nlohmann::json;
using store::AccountRole;
using Problems = std::vector<FieldProblem>;

// What a refused form shows again: what was typed and what was wrong, with which status.
struct Refused {
  int status = 200;
  Fields values;
  Problems problems;
};

// --- Small shared pieces

std::optional<int64_t> ParsePositive(std::string_view text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

Result<int64_t> PathId(const Request& request) {
  std::optional<int64_t> id = ParsePositive(request.Param("id"));
  if (!id) return Error::NotFound("There is no such record.");
  return *id;
}

Response Redirect(std::string location) {
  Response response = Response::Text(303, "See " + location + "\n");
  response.SetHeader("Location", std::move(location));
  return response;
}

std::string Csrf(const Request& request) {
  return request.caller.session ? request.caller.session->csrf_token : "";
}

store::Viewer ViewerOf(const Request& request) {
  return accounts::ViewerFor(request.caller.principal);
}

bool IsClerkOf(const Request& request, std::optional<store::BodyId> body) {
  if (!request.caller.principal) return false;
  return governance::Caller::Of(*request.caller.principal).HasRole(AccountRole::kClerk, body);
}

void SetDate(ctemplate::TemplateDictionary& d, const std::string& prefix, const DateView& date) {
  d.SetValue(prefix + "_ISO", date.iso);
  d.SetValue(prefix, date.display);
}

std::string Upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

void MarkFields(ctemplate::TemplateDictionary& d, const Problems& problems) {
  for (const FieldProblem& p : problems)
    d.AddSectionDictionary(Upper(p.field) + "_ERROR")->SetValue("MESSAGE", p.message);
}

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
  return error.code == ErrorCode::kInvalidArgument || error.code == ErrorCode::kAlreadyExists;
}

// Runs one command as the signed-in caller in its own read-write transaction, committed when it succeeds.
template <typename F>
auto RunCommand(const GovernanceContext& context, const Request& request, F&& command)
    -> std::invoke_result_t<F, const governance::CommandContext&> {
  if (!request.caller.principal) return Error::Unauthenticated("Sign in to change records.");
  Result<std::unique_ptr<store::Transaction>> tx = context.store->Begin();
  if (!tx.ok()) return tx.error();
  const governance::Caller caller = governance::Caller::Of(*request.caller.principal, request.client_address);
  governance::CommandContext ctx{**tx, caller, *context.clock};
  auto result = command(ctx);
  if (!result.ok()) return result;
  if (Status committed = (*tx)->Commit(); !committed.ok()) return committed.error();
  return result;
}

// Adds the refusal of a command to `refused` (its field, else `fallback_field`); false when it is not a form
// error (the caller shows the error page).
bool AddRefusal(Refused& refused, const Error& error, const std::string& fallback_field) {
  if (!IsFormError(error)) return false;
  refused.status = HttpStatusFor(error.code);
  refused.problems.push_back({error.field.empty() ? fallback_field : error.field, error.message});
  return true;
}

const std::vector<std::pair<std::string, std::string>>& KindOptions() {
  static const auto* options =
      new std::vector<std::pair<std::string, std::string>>{{"paper", "Paper"},
                                                           {"agenda_item", "Agenda item"},
                                                           {"action", "Action"},
                                                           {"recommendation", "Recommendation"}};
  return *options;
}

// --- /plans

Result<std::vector<store::Body>> ClerkedBodies(const GovernanceContext& context, const Request& request) {
  std::vector<store::Body> out;
  if (!request.caller.principal) return out;
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(std::vector<store::Body> bodies,
                   tx->bodies().ListBodies({.limit = store::Page::kMaxLimit}));
  for (store::Body& b : bodies) {
    if (IsClerkOf(request, b.id)) out.push_back(std::move(b));
  }
  return out;
}

Response PlansPage(const Site& site, const GovernanceContext& context, const Request& request,
                   const Refused& refused) {
  Result<std::vector<governance::PlanSummary>> plans = governance::LoadPlans(*context.store);
  if (!plans.ok()) return HtmlErrorResponse(site, request, plans.error());
  Result<std::vector<store::Body>> bodies = ClerkedBodies(context, request);
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Plans"), "plans.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        for (const governance::PlanSummary& p : *plans) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("PLAN");
          row->SetValue("HREF", "/plans/" + std::to_string(p.plan.id.value));
          row->SetValue("TITLE", p.plan.title);
          row->SetValue("BODY_NAME", p.body_name);
          SetDate(*row, "FROM", p.from);
          SetDate(*row, "UNTIL", p.until);
        }
        if (plans->empty()) d.ShowSection("NO_PLANS");
        if (!bodies->empty()) {
          ctemplate::TemplateDictionary* form = d.AddSectionDictionary("CREATE");
          MarkFields(*form, refused.problems);
          form->SetValue("CSRF_TOKEN", Csrf(request));
          std::vector<std::pair<std::string, std::string>> options;
          for (const store::Body& b : *bodies) options.emplace_back(std::to_string(b.id.value), b.name);
          FillOptions(*form, "BODY_OPTION", options, FieldValue(refused.values, "body_id"));
          form->SetValue("TITLE_VALUE", FieldValue(refused.values, "title"));
          form->SetValue("PERIOD_FROM", FieldValue(refused.values, "period_from"));
          form->SetValue("PERIOD_UNTIL", FieldValue(refused.values, "period_until"));
        }
      });
  return HtmlResponse(site, request, html, refused.status);
}

// A required ISO date field, or a problem naming it.
std::optional<Date> DateField(const Fields& form, const std::string& name, std::string_view what,
                              Refused& refused) {
  Result<Date> date = Date::ParseIso(FieldValue(form, name));
  if (date.ok()) return *date;
  refused.problems.push_back({name, "Enter " + std::string(what) + " as a real date, like 2021-04-01."});
  return std::nullopt;
}

Response CreatePlanForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal)
    return HtmlErrorResponse(site, request, Error::Unauthenticated("Sign in first."));
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .values = *form};
  std::optional<int64_t> body_id = ParsePositive(FieldValue(*form, "body_id"));
  if (!body_id) refused.problems.push_back({"body_id", "Choose the body whose plan it is."});
  std::optional<Date> from = DateField(*form, "period_from", "the day the plan starts", refused);
  std::optional<Date> until = DateField(*form, "period_until", "the day the plan ends", refused);
  if (!refused.problems.empty()) return PlansPage(site, context, request, refused);
  governance::PlanInput input{store::BodyId{*body_id}, FieldValue(*form, "title"), *from, *until};
  Result<store::Plan> created = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
    return governance::CreatePlan(ctx, input);
  });
  if (!created.ok()) {
    if (!AddRefusal(refused, created.error(), "title"))
      return HtmlErrorResponse(site, request, created.error());
    return PlansPage(site, context, request, refused);
  }
  return Redirect("/plans/" + std::to_string(created->id.value));
}

// --- /plans/{id}

Response PlanPage(const Site& site, const GovernanceContext& context, const Request& request,
                  const Refused& refused) {
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<governance::PlanView> view = governance::LoadPlan(*context.store, store::PlanId{*id});
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::PlanView& v = *view;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, v.summary.plan.title), "plan.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        d.SetValue("TITLE", v.summary.plan.title);
        d.SetValue("BODY_NAME", v.summary.body_name);
        SetDate(d, "FROM", v.summary.from);
        SetDate(d, "UNTIL", v.summary.until);
        for (const governance::ThemeView& t : v.themes) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("THEME");
          row->SetValue("HREF", "/themes/" + std::to_string(t.theme.id.value));
          row->SetValue("TITLE", t.theme.title);
          row->SetValue("SLUG", t.theme.slug);
          row->SetValue("DESCRIPTION", t.theme.description);
          if (!t.theme.description.empty()) row->ShowSection("HAS_DESCRIPTION");
          if (!t.objectives.empty()) {
            ctemplate::TemplateDictionary* list = row->AddSectionDictionary("HAS_OBJECTIVES");
            for (const store::Objective& o : t.objectives)
              list->AddSectionDictionary("OBJECTIVE")->SetValue("TEXT", o.text);
          }
        }
        if (v.themes.empty()) d.ShowSection("NO_THEMES");
        if (IsClerkOf(request, v.summary.plan.body_id)) {
          ctemplate::TemplateDictionary* form = d.AddSectionDictionary("CREATE");
          MarkFields(*form, refused.problems);
          form->SetValue("CSRF_TOKEN", Csrf(request));
          form->SetValue("PLAN_ID", std::to_string(v.summary.plan.id.value));
          form->SetValue("TITLE_VALUE", FieldValue(refused.values, "title"));
          form->SetValue("SLUG_VALUE", FieldValue(refused.values, "slug"));
          form->SetValue("DESCRIPTION_VALUE", FieldValue(refused.values, "description"));
        }
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response CreateThemeForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal)
    return HtmlErrorResponse(site, request, Error::Unauthenticated("Sign in first."));
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .values = *form};
  governance::ThemeInput input{.plan_id = store::PlanId{*id},
                               .title = FieldValue(*form, "title"),
                               .slug = FieldValue(*form, "slug"),
                               .description = FieldValue(*form, "description")};
  Result<store::Theme> created = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
    return governance::CreateTheme(ctx, input);
  });
  if (!created.ok()) {
    if (created.error().field == "plan_id")
      return HtmlErrorResponse(site, request, Error::NotFound("There is no such plan."));
    if (!AddRefusal(refused, created.error(), "title"))
      return HtmlErrorResponse(site, request, created.error());
    return PlanPage(site, context, request, refused);
  }
  return Redirect("/plans/" + std::to_string(*id) + "#add-theme");
}

// --- /themes/{id}

void FillUntag(ctemplate::TemplateDictionary& row, bool clerk, const std::string& csrf, int64_t theme_id,
               std::string_view kind, int64_t record_id) {
  if (!clerk) return;
  ctemplate::TemplateDictionary* untag = row.AddSectionDictionary("UNTAG");
  ctemplate::TemplateDictionary* form = untag->AddIncludeDictionary("UNTAG_FORM");
  form->SetFilename("untag_form.tpl");
  form->SetValue("THEME_ID", std::to_string(theme_id));
  form->SetValue("CSRF_TOKEN", csrf);
  form->SetValue("KIND", std::string(kind));
  form->SetValue("RECORD_ID", std::to_string(record_id));
}

// Shows NO_<name> when `empty`, else returns the HAS_<name> section that holds the list's rows.
ctemplate::TemplateDictionary* List(ctemplate::TemplateDictionary& d, bool empty, const std::string& name) {
  if (empty) {
    d.ShowSection("NO_" + name);
    return &d;
  }
  return d.AddSectionDictionary("HAS_" + name);
}

std::string Label(std::string name) {
  for (char& c : name) {
    if (c == '_') c = ' ';
  }
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

void FillAction(ctemplate::TemplateDictionary& row, const governance::ActionView& a) {
  row.SetValue("NUMBER", a.number);
  row.SetValue("TEXT", a.text);
  row.SetValue("OWNER", a.owner);
  SetDate(row, "TARGET", a.target_date);
  row.SetValue("STATUS", Label(a.status));
  if (a.due_state == "overdue") {
    row.SetValue("DUE_CLASS", "govuk-tag--red");
    row.SetValue("DUE_LABEL", "Overdue");
  } else if (a.due_state == "due_soon") {
    row.SetValue("DUE_CLASS", "govuk-tag--yellow");
    row.SetValue("DUE_LABEL", "Due soon");
  }
  if (!a.due_message.empty()) row.ShowSection("DUE");
  row.SetValue("DUE_MESSAGE", a.due_message);
}

Response ThemePage(const Site& site, const GovernanceContext& context, const Request& request,
                   const Refused& refused) {
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<governance::ThemePageView> view =
      governance::LoadTheme(*context.store, store::ThemeId{*id}, ViewerOf(request), *context.clock);
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const governance::ThemePageView& v = *view;
  const bool clerk = IsClerkOf(request, v.plan.plan.body_id);
  const std::string csrf = Csrf(request);
  const int64_t theme_id = v.theme.theme.id.value;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, v.theme.theme.title), "theme.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        d.SetValue("TITLE", v.theme.theme.title);
        d.SetValue("SLUG", v.theme.theme.slug);
        d.SetValue("DESCRIPTION", v.theme.theme.description);
        if (!v.theme.theme.description.empty()) d.ShowSection("HAS_DESCRIPTION");
        d.SetValue("PLAN_HREF", "/plans/" + std::to_string(v.plan.plan.id.value));
        d.SetValue("PLAN_TITLE", v.plan.plan.title);
        d.SetValue("BODY_NAME", v.plan.body_name);
        ctemplate::TemplateDictionary* objectives = List(d, v.theme.objectives.empty(), "OBJECTIVES");
        for (const store::Objective& o : v.theme.objectives)
          objectives->AddSectionDictionary("OBJECTIVE")->SetValue("TEXT", o.text);
        ctemplate::TemplateDictionary* papers = List(d, v.papers.empty(), "PAPERS");
        for (const governance::TaggedPaperView& p : v.papers) {
          ctemplate::TemplateDictionary* row = papers->AddSectionDictionary("PAPER");
          row->SetValue("TITLE", p.title);
          row->SetValue("BODY_NAME", p.body_name);
          if (!p.date.iso.empty()) SetDate(*row->AddSectionDictionary("DATED"), "DATE", p.date);
          if (!p.published) row->ShowSection("UNPUBLISHED");
          FillUntag(*row, clerk, csrf, theme_id, "paper", p.id.value);
        }
        ctemplate::TemplateDictionary* items = List(d, v.agenda_items.empty(), "ITEMS");
        for (const governance::TaggedItemView& i : v.agenda_items) {
          ctemplate::TemplateDictionary* row = items->AddSectionDictionary("ITEM");
          row->SetValue("HREF", "/meetings/" + std::to_string(i.meeting_id.value) + "#item-" + i.number);
          row->SetValue("NUMBER", i.number);
          row->SetValue("TITLE", i.title);
          SetDate(*row, "DATE", i.meeting_date);
          FillUntag(*row, clerk, csrf, theme_id, "agenda_item", i.id.value);
        }
        SetDate(d, "TODAY", v.today);
        d.SetValue("OVERDUE", std::to_string(v.overdue_actions));
        d.SetValue("DUE_SOON", std::to_string(v.due_soon_actions));
        ctemplate::TemplateDictionary* actions = List(d, v.actions.empty(), "ACTIONS");
        for (const governance::ActionView& a : v.actions) {
          ctemplate::TemplateDictionary* row = actions->AddSectionDictionary("ACTION");
          FillAction(*row, a);
          FillUntag(*row, clerk, csrf, theme_id, "action", a.id.value);
        }
        ctemplate::TemplateDictionary* decisions = List(d, v.decisions.empty(), "DECISIONS");
        for (const governance::TaggedDecisionView& r : v.decisions) {
          ctemplate::TemplateDictionary* row = decisions->AddSectionDictionary("DECISION");
          row->SetValue("PAPER_TITLE", r.paper_title);
          row->SetValue("LABEL", r.label);
          row->SetValue("TEXT", r.text);
          row->SetValue("OUTCOME", r.outcome == "none" ? "Not yet decided" : Label(r.outcome));
          FillUntag(*row, clerk, csrf, theme_id, "recommendation", r.id.value);
        }
        if (clerk) {
          ctemplate::TemplateDictionary* form = d.AddSectionDictionary("CLERK");
          MarkFields(*form, refused.problems);
          form->SetValue("CSRF_TOKEN", csrf);
          form->SetValue("THEME_ID", std::to_string(theme_id));
          FillOptions(*form, "KIND_OPTION", KindOptions(), FieldValue(refused.values, "kind"));
          form->SetValue("RECORD_ID", FieldValue(refused.values, "record_id"));
          form->SetValue("TEXT_VALUE", FieldValue(refused.values, "text"));
        }
      });
  return HtmlResponse(site, request, html, refused.status);
}

// The link a tag form names: kind and record id, or problems.
std::optional<store::ThemeLink> LinkOf(const Fields& form, store::ThemeId theme, Refused& refused) {
  Result<store::TaggedKind> kind = store::ParseTaggedKind(FieldValue(form, "kind"));
  if (!kind.ok())
    refused.problems.push_back({"kind", "Choose a paper, agenda item, action or recommendation."});
  std::optional<int64_t> record = ParsePositive(FieldValue(form, "record_id"));
  if (!record) refused.problems.push_back({"record_id", "Enter the record's number, like 42."});
  if (!kind.ok() || !record) return std::nullopt;
  return store::ThemeLink{theme, *kind, *record};
}

// POST /themes/{id}/tags and /themes/{id}/untag.
Response TagForm(const Site& site, const GovernanceContext& context, const Request& request, bool tag) {
  if (!request.caller.principal)
    return HtmlErrorResponse(site, request, Error::Unauthenticated("Sign in first."));
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .values = *form};
  std::optional<store::ThemeLink> link = LinkOf(*form, store::ThemeId{*id}, refused);
  if (!link) return ThemePage(site, context, request, refused);
  Result<bool> done =
      RunCommand(context, request, [&](const governance::CommandContext& ctx) -> Result<bool> {
        RETURN_IF_ERROR(tag ? governance::TagRecord(ctx, *link) : governance::UntagRecord(ctx, *link));
        return true;
      });
  if (!done.ok()) {
    if (!AddRefusal(refused, done.error(), "record_id"))
      return HtmlErrorResponse(site, request, done.error());
    return ThemePage(site, context, request, refused);
  }
  return Redirect("/themes/" + std::to_string(*id));
}

Response CreateObjectiveForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal)
    return HtmlErrorResponse(site, request, Error::Unauthenticated("Sign in first."));
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .values = *form};
  governance::ObjectiveInput input{.theme_id = store::ThemeId{*id}, .text = FieldValue(*form, "text")};
  Result<store::Objective> created = RunCommand(context, request, [&](const governance::CommandContext& ctx) {
    return governance::CreateObjective(ctx, input);
  });
  if (!created.ok()) {
    if (created.error().field == "theme_id")
      return HtmlErrorResponse(site, request, Error::NotFound("There is no such theme."));
    if (!AddRefusal(refused, created.error(), "text"))
      return HtmlErrorResponse(site, request, created.error());
    return ThemePage(site, context, request, refused);
  }
  return Redirect("/themes/" + std::to_string(*id));
}

// --- The JSON API

Response JsonAnswer(const Result<json>& answer, int ok_status = 200) {
  if (!answer.ok()) return JsonErrorResponse(answer.error());
  return Response::Json(ok_status, DumpJson(*answer));
}

// The body of a JSON door as an object; kInvalidArgument otherwise.
Result<json> JsonBody(const Request& request) {
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object())
    return Error::InvalidArgument("The request body must be a JSON object.");
  return body;
}

Result<std::string> JsonText(const json& body, const char* name, bool required) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (required) return Error::InvalidArgument("Enter " + std::string(name) + ".", name);
    return std::string();
  }
  if (!it->is_string()) return Error::InvalidArgument(std::string(name) + " must be text.", name);
  return it->get<std::string>();
}

Result<Date> JsonDate(const json& body, const char* name) {
  ASSIGN_OR_RETURN(std::string text, JsonText(body, name, true));
  Result<Date> date = Date::ParseIso(text);
  if (!date.ok())
    return Error::InvalidArgument(std::string(name) + " must be a date written as YYYY-MM-DD.", name);
  return *date;
}

Result<std::optional<int64_t>> JsonInteger(const json& body, const char* name, bool required) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (required) return Error::InvalidArgument("Enter " + std::string(name) + ".", name);
    return std::optional<int64_t>();
  }
  if (!it->is_number_integer())
    return Error::InvalidArgument(std::string(name) + " must be a whole number.", name);
  return std::optional<int64_t>(it->get<int64_t>());
}

// The shape of every state-changing API door: signed in, a JSON object body, one transaction.
template <typename F>
Response ApiCommand(const GovernanceContext& context, const Request& request, int ok_status, F&& command) {
  if (!request.caller.principal)
    return JsonErrorResponse(Error::Unauthenticated("Sign in (or send an API token) to change records."));
  Result<json> body = request.method == "DELETE" ? Result<json>(json::object()) : JsonBody(request);
  if (!body.ok()) return JsonErrorResponse(body.error());
  Result<json> answer =
      RunCommand(context, request,
                 [&](const governance::CommandContext& ctx) -> Result<json> { return command(ctx, *body); });
  return JsonAnswer(answer, ok_status);
}

Result<json> ApiPlans(const GovernanceContext& context) {
  ASSIGN_OR_RETURN(std::vector<governance::PlanSummary> plans, governance::LoadPlans(*context.store));
  json items = json::array();
  for (const governance::PlanSummary& p : plans) {
    json item = governance::ToJson(p.plan);
    item["body"] = p.body_name;
    items.push_back(std::move(item));
  }
  return json{{"items", std::move(items)}};
}

Result<json> ApiCreatePlan(const governance::CommandContext& ctx, const json& body) {
  ASSIGN_OR_RETURN(std::optional<int64_t> body_id, JsonInteger(body, "body_id", true));
  ASSIGN_OR_RETURN(std::string title, JsonText(body, "title", true));
  ASSIGN_OR_RETURN(Date from, JsonDate(body, "period_from"));
  ASSIGN_OR_RETURN(Date until, JsonDate(body, "period_until"));
  ASSIGN_OR_RETURN(store::Plan plan,
                   governance::CreatePlan(ctx, {store::BodyId{*body_id}, title, from, until}));
  return governance::ToJson(plan);
}

Result<json> ApiCreateTheme(const governance::CommandContext& ctx, store::PlanId plan, const json& body) {
  governance::ThemeInput input{.plan_id = plan};
  ASSIGN_OR_RETURN(input.title, JsonText(body, "title", true));
  ASSIGN_OR_RETURN(input.slug, JsonText(body, "slug", false));
  ASSIGN_OR_RETURN(input.description, JsonText(body, "description", false));
  ASSIGN_OR_RETURN(input.position, JsonInteger(body, "position", false));
  ASSIGN_OR_RETURN(store::Theme theme, governance::CreateTheme(ctx, input));
  return governance::ToJson(theme);
}

Result<json> ApiCreateObjective(const governance::CommandContext& ctx, store::ThemeId theme,
                                const json& body) {
  governance::ObjectiveInput input{.theme_id = theme};
  ASSIGN_OR_RETURN(input.text, JsonText(body, "text", true));
  ASSIGN_OR_RETURN(input.position, JsonInteger(body, "position", false));
  ASSIGN_OR_RETURN(store::Objective objective, governance::CreateObjective(ctx, input));
  return governance::ToJson(objective);
}

Result<json> ApiTag(const governance::CommandContext& ctx, store::ThemeId theme, const json& body) {
  ASSIGN_OR_RETURN(std::string kind_name, JsonText(body, "kind", true));
  ASSIGN_OR_RETURN(store::TaggedKind kind, store::ParseTaggedKind(kind_name));
  ASSIGN_OR_RETURN(std::optional<int64_t> record, JsonInteger(body, "record_id", true));
  if (*record <= 0) return Error::InvalidArgument("record_id must be the id of a record.", "record_id");
  store::ThemeLink link{theme, kind, *record};
  RETURN_IF_ERROR(governance::TagRecord(ctx, link));
  return json{{"theme_id", theme.value}, {"kind", kind_name}, {"record_id", *record}};
}

// A missing plan or theme named by the path is 404, not a bad field.
Result<json> PathRecord(Result<json> answer, const char* field) {
  if (!answer.ok() && answer.error().field == field) return Error::NotFound("There is no such record.");
  return answer;
}

}  // namespace

void AddPlanRoutes(Router& router, const Site& site, const GovernanceContext& context) {
  router.Get("/plans",
             [site, context](const Request& request) { return PlansPage(site, context, request, {}); });
  router.Post("/plans",
              [site, context](const Request& request) { return CreatePlanForm(site, context, request); });
  router.Get("/plans/{id}",
             [site, context](const Request& request) { return PlanPage(site, context, request, {}); });
  router.Post("/plans/{id}/themes",
              [site, context](const Request& request) { return CreateThemeForm(site, context, request); });
  router.Get("/themes/{id}",
             [site, context](const Request& request) { return ThemePage(site, context, request, {}); });
  router.Post("/themes/{id}/objectives", [site, context](const Request& request) {
    return CreateObjectiveForm(site, context, request);
  });
  router.Post("/themes/{id}/tags", [site, context](const Request& request) {
    return TagForm(site, context, request, /*tag=*/true);
  });
  router.Post("/themes/{id}/untag", [site, context](const Request& request) {
    return TagForm(site, context, request, /*tag=*/false);
  });

  router.Get("/api/v1/plans", [context](const Request&) { return JsonAnswer(ApiPlans(context)); });
  router.Post("/api/v1/plans",
              [context](const Request& request) { return ApiCommand(context, request, 201, ApiCreatePlan); });
  router.Get("/api/v1/plans/{id}", [context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return JsonErrorResponse(id.error());
    Result<governance::PlanView> plan = governance::LoadPlan(*context.store, store::PlanId{*id});
    if (!plan.ok()) return JsonErrorResponse(plan.error());
    return Response::Json(200, DumpJson(governance::ToJson(*plan)));
  });
  router.Post("/api/v1/plans/{id}/themes", [context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return JsonErrorResponse(id.error());
    return ApiCommand(context, request, 201, [&](const governance::CommandContext& ctx, const json& body) {
      return PathRecord(ApiCreateTheme(ctx, store::PlanId{*id}, body), "plan_id");
    });
  });
  router.Get("/api/v1/themes/{id}", [context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return JsonErrorResponse(id.error());
    Result<governance::ThemePageView> theme =
        governance::LoadTheme(*context.store, store::ThemeId{*id}, ViewerOf(request), *context.clock);
    if (!theme.ok()) return JsonErrorResponse(theme.error());
    return Response::Json(200, DumpJson(governance::ToJson(*theme)));
  });
  router.Post("/api/v1/themes/{id}/objectives", [context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return JsonErrorResponse(id.error());
    return ApiCommand(context, request, 201, [&](const governance::CommandContext& ctx, const json& body) {
      return PathRecord(ApiCreateObjective(ctx, store::ThemeId{*id}, body), "theme_id");
    });
  });
  router.Post("/api/v1/themes/{id}/tags", [context](const Request& request) {
    Result<int64_t> id = PathId(request);
    if (!id.ok()) return JsonErrorResponse(id.error());
    return ApiCommand(context, request, 201, [&](const governance::CommandContext& ctx, const json& body) {
      return ApiTag(ctx, store::ThemeId{*id}, body);
    });
  });
  router.Add("DELETE", "/api/v1/themes/{id}/tags/{kind}/{record_id}", [context](const Request& request) {
    Result<int64_t> id = PathId(request);
    std::optional<int64_t> record = ParsePositive(request.Param("record_id"));
    Result<store::TaggedKind> kind = store::ParseTaggedKind(request.Param("kind"));
    if (!id.ok() || !record || !kind.ok()) return JsonErrorResponse(Error::NotFound("There is no such tag."));
    store::ThemeLink link{store::ThemeId{*id}, *kind, *record};
    return ApiCommand(context, request, 200,
                      [&](const governance::CommandContext& ctx, const json&) -> Result<json> {
                        RETURN_IF_ERROR(governance::UntagRecord(ctx, link));
                        return json{{"theme_id", link.theme_id.value},
                                    {"kind", std::string(store::Name(*kind))},
                                    {"record_id", *record}};
                      });
  });
}

}  // namespace boardroom::web
