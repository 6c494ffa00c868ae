// A body's plans and their themes: the commands that create and edit plans, themes and objectives and tag
// records with a theme, the JSON of those records, and the read models of the plan pages (a list of plans, a
// plan with its themes and objectives, and a theme with everything tagged to it).
//
// The commands follow the steps of governance/commands.h: load, check the role (the clerk of the plan's body,
// or an administrator: kPermissionDenied otherwise), validate (kInvalidArgument or kAlreadyExists with the
// JSON field at fault), check the version read (kConflict, field "version"), then write with exactly one
// audit event. A failed command writes nothing.
//
// The read models pass the Viewer to the store and never filter again. What does not belong here: HTTP, HTML,
// SQL.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "governance/commands.h"
#include "governance/views.h"
#include "store/store.h"

namespace boardroom::governance {

// ---------------------------------------------------------------------------------------------------------------
// Commands.

struct PlanInput {
  store::BodyId body_id;  // must exist; cannot change on update ("body_id")
  std::string title;      // required, at most 200 characters ("title")
  Date period_from;
  Date period_until;  // not before period_from ("period_until")
};

Result<store::Plan> CreatePlan(const CommandContext& ctx, const PlanInput& input);
Result<store::Plan> UpdatePlan(const CommandContext& ctx, store::PlanId id, int64_t version,
                               const PlanInput& input);

struct ThemeInput {
  store::PlanId plan_id;  // must exist; cannot change on update ("plan_id")
  std::string title;      // required, at most 200 characters ("title")
  // 1 to 40 lower-case letters, digits and hyphens, unique within the plan ("slug"); "" makes one from the
  // title ("Supporting victims" → "supporting-victims").
  std::string slug;
  std::string description;  // at most 5,000 characters ("description")
  // Where the theme sits in the plan; nullopt puts a new theme last and leaves an edited one where it is.
  std::optional<int64_t> position;
};

Result<store::Theme> CreateTheme(const CommandContext& ctx, const ThemeInput& input);
Result<store::Theme> UpdateTheme(const CommandContext& ctx, store::ThemeId id, int64_t version,
                                 const ThemeInput& input);

struct ObjectiveInput {
  store::ThemeId theme_id;          // must exist; cannot change on update ("theme_id")
  std::string text;                 // required, at most 1,000 characters ("text")
  std::optional<int64_t> position;  // as ThemeInput::position
};

Result<store::Objective> CreateObjective(const CommandContext& ctx, const ObjectiveInput& input);
Result<store::Objective> UpdateObjective(const CommandContext& ctx, store::ObjectiveId id, int64_t version,
                                         const ObjectiveInput& input);

// Tags a record with a theme, or takes the tag off. kNotFound when the theme does not exist; field
// "record_id" when the record does not exist, kAlreadyExists (field "record_id") when it already has the tag;
// Untag: kNotFound when it does not. The audit event is about the theme ("tag" or "untag").
Status TagRecord(const CommandContext& ctx, const store::ThemeLink& link);
Status UntagRecord(const CommandContext& ctx, const store::ThemeLink& link);

// "supporting-victims" from "Supporting victims": lower-case letters and digits, runs of anything else one
// hyphen, at most 40 characters. Empty when the title has no letter or digit.
std::string SlugOf(std::string_view title);

// ---------------------------------------------------------------------------------------------------------------
// JSON, in the style of governance/record_json.h.

nlohmann::json ToJson(const store::Plan& plan);
nlohmann::json ToJson(const store::Theme& theme);
nlohmann::json ToJson(const store::Objective& objective);

// ---------------------------------------------------------------------------------------------------------------
// Read models.

struct PlanSummary {
  store::Plan plan;
  std::string body_name;
  DateView from;
  DateView until;
};

struct ThemeView {
  store::Theme theme;
  std::vector<store::Objective> objectives;
};

struct PlanView {
  PlanSummary summary;
  std::vector<ThemeView> themes;  // in the plan's order
};

struct TaggedPaperView {
  store::PaperId id;
  std::string title;
  std::string body_name;
  DateView date;  // meeting date, else the paper's date
  bool published = false;
};

struct TaggedItemView {
  store::AgendaItemId id;
  store::MeetingId meeting_id;
  std::string number;
  std::string title;
  DateView meeting_date;
  std::optional<store::PaperId> paper_id;  // only when the viewer may see the paper
};

struct TaggedDecisionView {
  store::RecommendationId id;
  store::PaperId paper_id;
  std::string paper_title;
  std::string label;
  std::string text;
  std::string outcome;  // "none" while undecided
};

struct ThemePageView {
  PlanSummary plan;
  ThemeView theme;
  DateView today;
  std::vector<TaggedPaperView> papers;
  std::vector<TaggedItemView> agenda_items;
  std::vector<ActionView> actions;  // with due_state "overdue" / "due_soon" / "none"
  std::vector<TaggedDecisionView> decisions;
  int64_t overdue_actions = 0;
  int64_t due_soon_actions = 0;
};

// Every plan, newest period first. Errors: those of the store.
Result<std::vector<PlanSummary>> LoadPlans(store::Store& store);
// One plan with its themes and their objectives. kNotFound when there is no such plan.
Result<PlanView> LoadPlan(store::Store& store, store::PlanId id);
// One theme with what `viewer` may see of the records tagged with it. kNotFound when there is no such theme.
Result<ThemePageView> LoadTheme(store::Store& store, store::ThemeId id, const store::Viewer& viewer,
                                const Clock& clock);

nlohmann::json ToJson(const PlanView& plan);
nlohmann::json ToJson(const ThemePageView& theme);

}  // namespace boardroom::governance
