#include "governance/plans.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <utility>

#include "governance/record_json.h"
#include "store/audit_chain.h"

namespace boardroom::governance {
namespace {

using nlohmann::json;
using store::AccountRole;

constexpr size_t kMaxTitle = 200;
constexpr size_t kMaxSlug = 40;
constexpr size_t kMaxDescription = 5000;
constexpr size_t kMaxObjective = 1000;

Status RequireClerk(const CommandContext& ctx, store::BodyId body, std::string_view what) {
  if (ctx.caller.HasRole(AccountRole::kClerk, body)) return OkStatus();
  return Error::PermissionDenied("You need to be a clerk of this body to " + std::string(what) + ".");
}

Status SameVersion(std::string_view kind, int64_t read, int64_t current) {
  if (read == current) return OkStatus();
  return Error{ErrorCode::kConflict,
               "The " + std::string(kind) + " was changed by someone else: you edited version " +
                   std::to_string(read) + "; it is now version " + std::to_string(current) +
                   ". Reload it, compare and try again.",
               "version"};
}

std::string Trimmed(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

Status RequireText(const std::string& value, const char* field, std::string_view label, size_t max) {
  if (Trimmed(value).empty()) return Error::InvalidArgument("Enter " + std::string(label) + ".", field);
  return value.size() <= max ? OkStatus()
                             : Error::InvalidArgument("The " + std::string(field) + " must be " +
                                                          std::to_string(max) + " characters or fewer.",
                                                      field);
}

// A referenced record must exist: kInvalidArgument naming `field`, not kNotFound.
template <typename T>
Result<T> Referenced(Result<T> found, const char* field, std::string_view what) {
  if (found.ok() || found.error().code != ErrorCode::kNotFound) return found;
  return Error::InvalidArgument("Choose " + std::string(what) + " that exists.", field);
}

Status Audit(const CommandContext& ctx, std::string_view action, std::string_view kind, int64_t id,
             const json& before, const json& after) {
  store::AuditEvent event;
  event.at = ctx.clock.NowSeconds();
  event.actor = ctx.caller.Actor().empty() ? "user " + ctx.caller.user.id.ToString() : ctx.caller.Actor();
  event.action = std::string(action);
  event.record_kind = std::string(kind);
  event.record_id = id;
  event.before_json = before.is_null() ? "" : before.dump();
  event.after_json = after.is_null() ? "" : after.dump();
  event.address = ctx.caller.address;
  RETURN_IF_ERROR(store::WriteAuditEvent(ctx.tx, std::move(event)));
  return OkStatus();
}

Status ValidPlan(const PlanInput& input) {
  RETURN_IF_ERROR(RequireText(input.title, "title", "the plan's title", kMaxTitle));
  if (input.period_until < input.period_from) {
    return Error::InvalidArgument("The plan must end on or after the day it starts.", "period_until");
  }
  return OkStatus();
}

Result<std::string> ValidSlug(const ThemeInput& input) {
  std::string slug = Trimmed(input.slug).empty() ? SlugOf(input.title) : Trimmed(input.slug);
  if (slug.empty()) return Error::InvalidArgument("Enter a short name made of letters and digits.", "slug");
  const bool good = slug.size() <= kMaxSlug && slug.front() != '-' && slug.back() != '-' &&
                    std::all_of(slug.begin(), slug.end(), [](char c) {
                      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                    });
  if (!good) {
    return Error::InvalidArgument(
        "The short name must be 1 to 40 lower-case letters, digits and hyphens, like victims or safer-roads.",
        "slug");
  }
  return slug;
}

// A plan's theme or objective is the plan's body's to change.
Result<store::Plan> ClerkedPlan(const CommandContext& ctx, store::PlanId id, std::string_view what) {
  ASSIGN_OR_RETURN(store::Plan plan, ctx.tx.plans().GetPlan(id));
  RETURN_IF_ERROR(RequireClerk(ctx, plan.body_id, what));
  return plan;
}

Result<store::Theme> ClerkedTheme(const CommandContext& ctx, store::ThemeId id, std::string_view what) {
  ASSIGN_OR_RETURN(store::Theme theme, ctx.tx.plans().GetTheme(id));
  if (Result<store::Plan> plan = ClerkedPlan(ctx, theme.plan_id, what); !plan.ok()) {
    return std::move(plan).error();
  }
  return theme;
}

json LinkJson(const store::ThemeLink& link) {
  return {{"theme_id", link.theme_id.value},
          {"kind", std::string(store::Name(link.kind))},
          {"record_id", link.record_id}};
}

}  // namespace

std::string SlugOf(std::string_view title) {
  std::string slug;
  for (char raw : title) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= kMaxSlug) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

Result<store::Plan> CreatePlan(const CommandContext& ctx, const PlanInput& input) {
  ASSIGN_OR_RETURN(store::Body body, Referenced(ctx.tx.bodies().GetBody(input.body_id), "body_id", "a body"));
  RETURN_IF_ERROR(RequireClerk(ctx, body.id, "write its plans"));
  RETURN_IF_ERROR(ValidPlan(input));
  store::Plan plan{.body_id = body.id,
                   .title = Trimmed(input.title),
                   .period_from = input.period_from,
                   .period_until = input.period_until};
  ASSIGN_OR_RETURN(store::Plan created, ctx.tx.plans().CreatePlan(plan));
  RETURN_IF_ERROR(Audit(ctx, "create", "plan", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Plan> UpdatePlan(const CommandContext& ctx, store::PlanId id, int64_t version,
                               const PlanInput& input) {
  ASSIGN_OR_RETURN(store::Plan before, ClerkedPlan(ctx, id, "write its plans"));
  if (input.body_id != before.body_id) {
    return Error::InvalidArgument("A plan cannot move to another body.", "body_id");
  }
  RETURN_IF_ERROR(ValidPlan(input));
  RETURN_IF_ERROR(SameVersion("plan", version, before.version));
  store::Plan plan = before;
  plan.title = Trimmed(input.title);
  plan.period_from = input.period_from;
  plan.period_until = input.period_until;
  ASSIGN_OR_RETURN(store::Plan updated, ctx.tx.plans().UpdatePlan(plan));
  RETURN_IF_ERROR(Audit(ctx, "update", "plan", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<store::Theme> CreateTheme(const CommandContext& ctx, const ThemeInput& input) {
  ASSIGN_OR_RETURN(store::Plan plan, Referenced(ctx.tx.plans().GetPlan(input.plan_id), "plan_id", "a plan"));
  RETURN_IF_ERROR(RequireClerk(ctx, plan.body_id, "write its plans"));
  RETURN_IF_ERROR(RequireText(input.title, "title", "the theme's title", kMaxTitle));
  ASSIGN_OR_RETURN(std::string slug, ValidSlug(input));
  if (input.description.size() > kMaxDescription) {
    return Error::InvalidArgument("The description must be 5,000 characters or fewer.", "description");
  }
  ASSIGN_OR_RETURN(std::vector<store::Theme> themes, ctx.tx.plans().ListThemes(plan.id));
  store::Theme theme{.plan_id = plan.id,
                     .title = Trimmed(input.title),
                     .slug = std::move(slug),
                     .description = Trimmed(input.description),
                     .position = input.position.value_or(themes.empty() ? 1 : themes.back().position + 1)};
  ASSIGN_OR_RETURN(store::Theme created, ctx.tx.plans().CreateTheme(theme));
  RETURN_IF_ERROR(Audit(ctx, "create", "theme", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Theme> UpdateTheme(const CommandContext& ctx, store::ThemeId id, int64_t version,
                                 const ThemeInput& input) {
  ASSIGN_OR_RETURN(store::Theme before, ClerkedTheme(ctx, id, "write its plans"));
  if (input.plan_id != before.plan_id) {
    return Error::InvalidArgument("A theme cannot move to another plan.", "plan_id");
  }
  RETURN_IF_ERROR(RequireText(input.title, "title", "the theme's title", kMaxTitle));
  ASSIGN_OR_RETURN(std::string slug, ValidSlug(input));
  if (input.description.size() > kMaxDescription) {
    return Error::InvalidArgument("The description must be 5,000 characters or fewer.", "description");
  }
  RETURN_IF_ERROR(SameVersion("theme", version, before.version));
  store::Theme theme = before;
  theme.title = Trimmed(input.title);
  theme.slug = std::move(slug);
  theme.description = Trimmed(input.description);
  theme.position = input.position.value_or(before.position);
  ASSIGN_OR_RETURN(store::Theme updated, ctx.tx.plans().UpdateTheme(theme));
  RETURN_IF_ERROR(Audit(ctx, "update", "theme", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<store::Objective> CreateObjective(const CommandContext& ctx, const ObjectiveInput& input) {
  ASSIGN_OR_RETURN(store::Theme theme,
                   Referenced(ctx.tx.plans().GetTheme(input.theme_id), "theme_id", "a theme"));
  ASSIGN_OR_RETURN(store::Plan plan, ctx.tx.plans().GetPlan(theme.plan_id));
  RETURN_IF_ERROR(RequireClerk(ctx, plan.body_id, "write its plans"));
  RETURN_IF_ERROR(RequireText(input.text, "text", "the objective", kMaxObjective));
  ASSIGN_OR_RETURN(std::vector<store::Objective> objectives, ctx.tx.plans().ListObjectives(theme.id));
  store::Objective objective{
      .theme_id = theme.id,
      .text = Trimmed(input.text),
      .position = input.position.value_or(objectives.empty() ? 1 : objectives.back().position + 1)};
  ASSIGN_OR_RETURN(store::Objective created, ctx.tx.plans().CreateObjective(objective));
  RETURN_IF_ERROR(Audit(ctx, "create", "objective", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Objective> UpdateObjective(const CommandContext& ctx, store::ObjectiveId id, int64_t version,
                                         const ObjectiveInput& input) {
  ASSIGN_OR_RETURN(store::Objective before, ctx.tx.plans().GetObjective(id));
  ASSIGN_OR_RETURN(store::Theme theme, ClerkedTheme(ctx, before.theme_id, "write its plans"));
  if (input.theme_id != theme.id) {
    return Error::InvalidArgument("An objective cannot move to another theme.", "theme_id");
  }
  RETURN_IF_ERROR(RequireText(input.text, "text", "the objective", kMaxObjective));
  RETURN_IF_ERROR(SameVersion("objective", version, before.version));
  store::Objective objective = before;
  objective.text = Trimmed(input.text);
  objective.position = input.position.value_or(before.position);
  ASSIGN_OR_RETURN(store::Objective updated, ctx.tx.plans().UpdateObjective(objective));
  RETURN_IF_ERROR(Audit(ctx, "update", "objective", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Status TagRecord(const CommandContext& ctx, const store::ThemeLink& link) {
  ASSIGN_OR_RETURN(store::Theme theme, ClerkedTheme(ctx, link.theme_id, "tag records with its themes"));
  RETURN_IF_ERROR(ctx.tx.plans().Tag(link));
  return Audit(ctx, "tag", "theme", theme.id.value, nullptr, LinkJson(link));
}

Status UntagRecord(const CommandContext& ctx, const store::ThemeLink& link) {
  ASSIGN_OR_RETURN(store::Theme theme, ClerkedTheme(ctx, link.theme_id, "tag records with its themes"));
  RETURN_IF_ERROR(ctx.tx.plans().Untag(link));
  return Audit(ctx, "untag", "theme", theme.id.value, LinkJson(link), nullptr);
}

// --- JSON

json ToJson(const store::Plan& p) {
  return {{"id", p.id.value},
          {"version", p.version},
          {"body_id", p.body_id.value},
          {"title", p.title},
          {"period_from", p.period_from.ToIso()},
          {"period_until", p.period_until.ToIso()}};
}

json ToJson(const store::Theme& t) {
  return {{"id", t.id.value},      {"version", t.version}, {"plan_id", t.plan_id.value},
          {"title", t.title},      {"slug", t.slug},       {"description", t.description},
          {"position", t.position}};
}

json ToJson(const store::Objective& o) {
  return {{"id", o.id.value},
          {"version", o.version},
          {"theme_id", o.theme_id.value},
          {"text", o.text},
          {"position", o.position}};
}

namespace {

json SummaryJson(const PlanSummary& s) {
  json out = ToJson(s.plan);
  out["body"] = s.body_name;
  return out;
}

json ThemeJson(const ThemeView& t) {
  json out = ToJson(t.theme);
  out["objectives"] = json::array();
  for (const store::Objective& o : t.objectives) out["objectives"].push_back(ToJson(o));
  return out;
}

Result<PlanSummary> SummaryOf(store::Transaction& tx, const store::Plan& plan) {
  ASSIGN_OR_RETURN(store::Body body, tx.bodies().GetBody(plan.body_id));
  return PlanSummary{plan, body.name, ViewOf(plan.period_from), ViewOf(plan.period_until)};
}

Result<ThemeView> ThemeViewOf(store::Transaction& tx, const store::Theme& theme) {
  ASSIGN_OR_RETURN(std::vector<store::Objective> objectives, tx.plans().ListObjectives(theme.id));
  return ThemeView{theme, std::move(objectives)};
}

}  // namespace

json ToJson(const PlanView& plan) {
  json out = SummaryJson(plan.summary);
  out["themes"] = json::array();
  for (const ThemeView& t : plan.themes) out["themes"].push_back(ThemeJson(t));
  return out;
}

json ToJson(const ThemePageView& v) {
  json out = ThemeJson(v.theme);
  out["plan"] = SummaryJson(v.plan);
  out["papers"] = json::array();
  for (const TaggedPaperView& p : v.papers) {
    out["papers"].push_back({{"id", p.id.value},
                             {"title", p.title},
                             {"body", p.body_name},
                             {"date", p.date.iso.empty() ? json(nullptr) : json(p.date.iso)},
                             {"published", p.published}});
  }
  out["agenda_items"] = json::array();
  for (const TaggedItemView& i : v.agenda_items) {
    out["agenda_items"].push_back({{"id", i.id.value},
                                   {"meeting_id", i.meeting_id.value},
                                   {"meeting_date", i.meeting_date.iso},
                                   {"number", i.number},
                                   {"title", i.title},
                                   {"paper_id", i.paper_id ? json(i.paper_id->value) : json(nullptr)}});
  }
  out["actions"] = json::array();
  for (const ActionView& a : v.actions) {
    out["actions"].push_back(
        {{"id", a.id.value},
         {"number", a.number},
         {"text", a.text},
         {"owner", a.owner},
         {"target_date", a.target_date.iso.empty() ? json(nullptr) : json(a.target_date.iso)},
         {"status", a.status},
         {"due_state", a.due_state},
         {"due_message", a.due_message}});
  }
  out["decisions"] = json::array();
  for (const TaggedDecisionView& d : v.decisions) {
    out["decisions"].push_back({{"recommendation_id", d.id.value},
                                {"paper_id", d.paper_id.value},
                                {"paper_title", d.paper_title},
                                {"label", d.label},
                                {"text", d.text},
                                {"outcome", d.outcome}});
  }
  out["overdue_actions"] = v.overdue_actions;
  out["due_soon_actions"] = v.due_soon_actions;
  return out;
}

Result<std::vector<PlanSummary>> LoadPlans(store::Store& store) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(std::vector<store::Plan> plans,
                   store::ReadAllPages<store::Plan>(
                       [&](const store::Page& page) { return tx->plans().ListPlans(std::nullopt, page); }));
  std::vector<PlanSummary> out;
  for (const store::Plan& plan : plans) {
    ASSIGN_OR_RETURN(PlanSummary summary, SummaryOf(*tx, plan));
    out.push_back(std::move(summary));
  }
  return out;
}

Result<PlanView> LoadPlan(store::Store& store, store::PlanId id) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(store::Plan plan, tx->plans().GetPlan(id));
  PlanView view;
  ASSIGN_OR_RETURN(view.summary, SummaryOf(*tx, plan));
  ASSIGN_OR_RETURN(std::vector<store::Theme> themes, tx->plans().ListThemes(id));
  for (const store::Theme& theme : themes) {
    ASSIGN_OR_RETURN(ThemeView t, ThemeViewOf(*tx, theme));
    view.themes.push_back(std::move(t));
  }
  return view;
}

Result<ThemePageView> LoadTheme(store::Store& store, store::ThemeId id, const store::Viewer& viewer,
                                const Clock& clock) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(store::Theme theme, tx->plans().GetTheme(id));
  ASSIGN_OR_RETURN(store::Plan plan, tx->plans().GetPlan(theme.plan_id));
  const Date today = clock.Today();
  ThemePageView view;
  view.today = ViewOf(today);
  ASSIGN_OR_RETURN(view.plan, SummaryOf(*tx, plan));
  ASSIGN_OR_RETURN(view.theme, ThemeViewOf(*tx, theme));
  ASSIGN_OR_RETURN(store::ThemeRecords tagged, tx->plans().ListTagged(id, viewer));
  std::map<store::BodyId, std::string> body_names;
  auto body_name = [&](store::BodyId body) -> Result<std::string> {
    auto it = body_names.find(body);
    if (it != body_names.end()) return it->second;
    ASSIGN_OR_RETURN(store::Body b, tx->bodies().GetBody(body));
    return body_names[body] = b.name;
  };
  for (const store::Paper& p : tagged.papers) {
    ASSIGN_OR_RETURN(std::string name, body_name(p.body_id));
    std::optional<Date> date = p.meeting_date ? p.meeting_date : p.date;
    view.papers.push_back({p.id, p.title, std::move(name), date ? ViewOf(*date) : DateView{}, p.published});
  }
  for (const store::AgendaItem& item : tagged.agenda_items) {
    ASSIGN_OR_RETURN(store::Meeting meeting, tx->meetings().GetMeeting(item.meeting_id));
    view.agenda_items.push_back(
        {item.id, item.meeting_id, item.number, item.title, ViewOf(meeting.date), item.paper_id});
  }
  ActionViewBuilder builder(*tx, today);
  for (const store::Action& action : tagged.actions) {
    ASSIGN_OR_RETURN(ActionView a, builder.Build(action, /*with_updates=*/false));
    if (a.due_state == "overdue") ++view.overdue_actions;
    if (a.due_state == "due_soon") ++view.due_soon_actions;
    view.actions.push_back(std::move(a));
  }
  for (const store::Recommendation& r : tagged.recommendations) {
    ASSIGN_OR_RETURN(store::Paper paper, tx->papers().GetPaper(r.paper_id, viewer));
    view.decisions.push_back(
        {r.id, r.paper_id, paper.title, r.label, r.text, std::string(store::Name(r.outcome))});
  }
  return view;
}

}  // namespace boardroom::governance
