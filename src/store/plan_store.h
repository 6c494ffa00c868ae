// A body's plans and their themes: the plan for a period (a police and crime plan, a corporate plan), the
// themes it is organised into, each theme's objectives, and the tags that say which papers, agenda items,
// actions and recommendations (decisions) concern a theme. PlanStore is reached through Transaction::plans()
// (store.h); its errors are those listed at the top of store.h.
//
// Plans, themes and objectives are public: a plan is a published statement of intent. What a theme gathers
// is not: ListTagged returns only what the Viewer may see of it, with the same predicates as every other
// reading method.
//
// What does not belong here: who may plan or tag (governance/plans.h checks roles), validation of slugs and
// periods beyond what the schema enforces, and any SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"
#include "store/records.h"

namespace boardroom::store {

struct Viewer;  // store.h
struct Page;    // store.h

struct PlanTag {};
struct ThemeTag {};
struct ObjectiveTag {};
using PlanId = Id<PlanTag>;
using ThemeId = Id<ThemeTag>;
using ObjectiveId = Id<ObjectiveTag>;

// The kinds of record a theme can gather: "paper", "agenda_item", "action", "recommendation".
enum class TaggedKind { kPaper, kAgendaItem, kAction, kRecommendation };
std::string_view Name(TaggedKind kind);
// kInvalidArgument (field "kind") for any other name.
Result<TaggedKind> ParseTaggedKind(std::string_view name);

// A body's plan for a period, such as "Police and Crime Plan 2021–2025".
struct Plan {
  PlanId id;
  int64_t version = 0;
  BodyId body_id;
  std::string title;
  Date period_from;
  Date period_until;  // not before period_from
};

// One theme of a plan ("Supporting victims"). `slug` is short, unique within the plan and what a search
// names it by (theme:victims).
struct Theme {
  ThemeId id;
  int64_t version = 0;
  PlanId plan_id;
  std::string title;
  std::string slug;
  std::string description;  // may be empty
  int64_t position = 0;     // sort key within the plan
};

// What a theme sets out to achieve, one line each.
struct Objective {
  ObjectiveId id;
  int64_t version = 0;
  ThemeId theme_id;
  std::string text;
  int64_t position = 0;  // sort key within the theme
};

// One record tagged with one theme.
struct ThemeLink {
  ThemeId theme_id;
  TaggedKind kind = TaggedKind::kPaper;
  int64_t record_id = 0;  // the id of the paper, agenda item, action or recommendation
};

// What a theme gathers, as one viewer may see it. Papers newest first (by meeting date, else date); agenda
// items by meeting date, newest first, then position; actions by target date (undated last), then id;
// recommendations by paper, then id. An agenda item whose paper the viewer may not see has `paper_id` cleared
// (as MeetingStore does).
struct ThemeRecords {
  std::vector<Paper> papers;
  std::vector<AgendaItem> agenda_items;
  std::vector<Action> actions;
  std::vector<Recommendation> recommendations;
};

class PlanStore {
 public:
  virtual ~PlanStore() = default;

  // kInvalidArgument when the body does not exist or period_until is before period_from.
  virtual Result<Plan> CreatePlan(const Plan& plan) = 0;
  virtual Result<Plan> GetPlan(PlanId id) = 0;
  virtual Result<Plan> UpdatePlan(const Plan& plan) = 0;
  // Plans of one body (or every body), newest period first, then id.
  virtual Result<std::vector<Plan>> ListPlans(std::optional<BodyId> body_id, const Page& page) = 0;

  // kAlreadyExists (field "slug") when the plan has a theme with that slug.
  virtual Result<Theme> CreateTheme(const Theme& theme) = 0;
  virtual Result<Theme> GetTheme(ThemeId id) = 0;
  virtual Result<Theme> UpdateTheme(const Theme& theme) = 0;
  // Ordered by position then id.
  virtual Result<std::vector<Theme>> ListThemes(PlanId plan_id) = 0;
  // Themes of any plan whose slug is `text` or whose title contains it, case ignored; by plan then position.
  // An empty list is not an error.
  virtual Result<std::vector<Theme>> FindThemes(std::string_view text) = 0;

  virtual Result<Objective> CreateObjective(const Objective& objective) = 0;
  virtual Result<Objective> GetObjective(ObjectiveId id) = 0;
  virtual Result<Objective> UpdateObjective(const Objective& objective) = 0;
  // Ordered by position then id.
  virtual Result<std::vector<Objective>> ListObjectives(ThemeId theme_id) = 0;

  // Tags a record. kInvalidArgument (field "theme_id" or "record_id") when the theme or the record does not
  // exist; kAlreadyExists when the record already has the tag.
  virtual Status Tag(const ThemeLink& link) = 0;
  // Removes a tag. kNotFound when the record does not have it.
  virtual Status Untag(const ThemeLink& link) = 0;
  // What `viewer` may see of the records tagged with the theme (see ThemeRecords). kNotFound for no theme.
  virtual Result<ThemeRecords> ListTagged(ThemeId theme_id, const Viewer& viewer) = 0;
  // The themes a record is tagged with, by plan then position. Not filtered: themes are public.
  virtual Result<std::vector<Theme>> ListThemesOf(TaggedKind kind, int64_t record_id) = 0;
};

}  // namespace boardroom::store
