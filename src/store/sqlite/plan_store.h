// The SQLite backend of store::PlanStore (store/plan_store.h). Internal to store/sqlite.
#pragma once

#include "store/plan_store.h"
#include "store/sqlite/connection.h"
#include "store/store.h"

namespace boardroom::store::sqlite {

class SqlitePlanStore final : public PlanStore {
 public:
  explicit SqlitePlanStore(Connection& connection) : db_(connection) {}
  Result<Plan> CreatePlan(const Plan& plan) override;
  Result<Plan> GetPlan(PlanId id) override;
  Result<Plan> UpdatePlan(const Plan& plan) override;
  Result<std::vector<Plan>> ListPlans(std::optional<BodyId> body_id, const Page& page) override;
  Result<Theme> CreateTheme(const Theme& theme) override;
  Result<Theme> GetTheme(ThemeId id) override;
  Result<Theme> UpdateTheme(const Theme& theme) override;
  Result<std::vector<Theme>> ListThemes(PlanId plan_id) override;
  Result<std::vector<Theme>> FindThemes(std::string_view text) override;
  Result<Objective> CreateObjective(const Objective& objective) override;
  Result<Objective> GetObjective(ObjectiveId id) override;
  Result<Objective> UpdateObjective(const Objective& objective) override;
  Result<std::vector<Objective>> ListObjectives(ThemeId theme_id) override;
  Status Tag(const ThemeLink& link) override;
  Status Untag(const ThemeLink& link) override;
  Result<ThemeRecords> ListTagged(ThemeId theme_id, const Viewer& viewer) override;
  Result<std::vector<Theme>> ListThemesOf(TaggedKind kind, int64_t record_id) override;

 private:
  Connection& db_;
};

}  // namespace boardroom::store::sqlite
