// Plans, themes, objectives and theme tags in SQLite.
#include "store/sqlite/plan_store.h"

#include "store/sqlite/plan_statements.h"
#include "store/sqlite/sqlite_store_internal.h"

namespace boardroom::store::sqlite {
namespace {

Result<Plan> ReadPlan(Query& q) {
  Plan p;
  p.id = q.IdAt<PlanId>(0);
  p.version = q.Int64(1);
  p.body_id = q.IdAt<BodyId>(2);
  p.title = q.Text(3);
  ASSIGN_OR_RETURN(p.period_from, q.DateAt(4));
  ASSIGN_OR_RETURN(p.period_until, q.DateAt(5));
  return p;
}

void BindPlan(Query& q, const Plan& p) {
  q.Bind(":body_id", p.body_id)
      .Bind(":title", p.title)
      .Bind(":period_from", p.period_from)
      .Bind(":period_until", p.period_until);
}

Result<Theme> ReadTheme(Query& q) {
  Theme t;
  t.id = q.IdAt<ThemeId>(0);
  t.version = q.Int64(1);
  t.plan_id = q.IdAt<PlanId>(2);
  t.title = q.Text(3);
  t.slug = q.Text(4);
  t.description = q.Text(5);
  t.position = q.Int64(6);
  return t;
}

void BindTheme(Query& q, const Theme& t) {
  q.Bind(":plan_id", t.plan_id)
      .Bind(":title", t.title)
      .Bind(":slug", t.slug)
      .Bind(":description", t.description)
      .Bind(":position", t.position);
}

Result<Objective> ReadObjective(Query& q) {
  Objective o;
  o.id = q.IdAt<ObjectiveId>(0);
  o.version = q.Int64(1);
  o.theme_id = q.IdAt<ThemeId>(2);
  o.text = q.Text(3);
  o.position = q.Int64(4);
  return o;
}

void BindObjective(Query& q, const Objective& o) {
  q.Bind(":theme_id", o.theme_id).Bind(":text", o.text).Bind(":position", o.position);
}

void BindLink(Query& q, const ThemeLink& link) {
  q.Bind(":theme_id", link.theme_id).Bind(":kind", Name(link.kind)).Bind(":record_id", link.record_id);
}

// A store error about a theme's slug names the field.
Error SlugClash(Error error, const Theme& theme) {
  if (error.code != ErrorCode::kAlreadyExists) return error;
  return Error::AlreadyExists("The plan already has a theme called \"" + theme.slug + "\".", "slug");
}

// The ids a statement returns in its first column, for one theme (and the viewer, when the statement filters
// by BR_PAPER_VISIBLE; the others' records are filtered as they are read).
Result<std::vector<int64_t>> TaggedIds(Connection& db, const char* statement, ThemeId theme_id,
                                       const Viewer* viewer) {
  ASSIGN_OR_RETURN(Query q, db.Prepare(statement));
  q.Bind(":theme_id", theme_id);
  if (viewer != nullptr) BindViewer(q, *viewer);
  return ReadAll<int64_t>(q, "list a theme's records",
                          [](Query& row) -> Result<int64_t> { return row.Int64(0); });
}

// Keeps a record the viewer may see; drops one it may not (kNotFound); fails on anything else.
template <typename T>
Status KeepVisible(Result<T> found, std::vector<T>& out) {
  if (found.ok()) {
    out.push_back(std::move(found).value());
    return OkStatus();
  }
  if (found.error().code == ErrorCode::kNotFound) return OkStatus();
  return std::move(found).error();
}

}  // namespace

Result<Plan> SqlitePlanStore::CreatePlan(const Plan& plan) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertPlan));
  BindPlan(q, plan);
  RETURN_IF_ERROR(q.Run("store the plan"));
  return GetPlan(PlanId{q.LastInsertRowId()});
}

Result<Plan> SqlitePlanStore::GetPlan(PlanId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectPlan));
  q.Bind(":id", id);
  return ReadOne<Plan>(q, "read the plan", ReadPlan, "No plan has id " + id.ToString() + ".");
}

Result<Plan> SqlitePlanStore::UpdatePlan(const Plan& plan) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdatePlan));
  BindPlan(q, plan);
  q.Bind(":id", plan.id).Bind(":version", plan.version);
  RETURN_IF_ERROR(q.Run("update the plan"));
  return FinishVersionedWrite(q.Changes() > 0, "plan", [&] { return GetPlan(plan.id); });
}

Result<std::vector<Plan>> SqlitePlanStore::ListPlans(std::optional<BodyId> body_id, const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListPlans));
  q.Bind(":body_id", body_id);
  BindPage(q, page);
  return ReadAll<Plan>(q, "list plans", ReadPlan);
}

Result<Theme> SqlitePlanStore::CreateTheme(const Theme& theme) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertTheme));
  BindTheme(q, theme);
  Status created = q.Run("store the theme");
  if (!created.ok()) return SlugClash(std::move(created).error(), theme);
  return GetTheme(ThemeId{q.LastInsertRowId()});
}

Result<Theme> SqlitePlanStore::GetTheme(ThemeId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectTheme));
  q.Bind(":id", id);
  return ReadOne<Theme>(q, "read the theme", ReadTheme, "No theme has id " + id.ToString() + ".");
}

Result<Theme> SqlitePlanStore::UpdateTheme(const Theme& theme) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateTheme));
  BindTheme(q, theme);
  q.Bind(":id", theme.id).Bind(":version", theme.version);
  Status updated = q.Run("update the theme");
  if (!updated.ok()) return SlugClash(std::move(updated).error(), theme);
  return FinishVersionedWrite(q.Changes() > 0, "theme", [&] { return GetTheme(theme.id); });
}

Result<std::vector<Theme>> SqlitePlanStore::ListThemes(PlanId plan_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListThemes));
  q.Bind(":plan_id", plan_id);
  return ReadAll<Theme>(q, "list themes", ReadTheme);
}

Result<std::vector<Theme>> SqlitePlanStore::FindThemes(std::string_view text) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kFindThemes));
  q.Bind(":text", text);
  return ReadAll<Theme>(q, "find themes", ReadTheme);
}

Result<Objective> SqlitePlanStore::CreateObjective(const Objective& objective) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertObjective));
  BindObjective(q, objective);
  RETURN_IF_ERROR(q.Run("store the objective"));
  return GetObjective(ObjectiveId{q.LastInsertRowId()});
}

Result<Objective> SqlitePlanStore::GetObjective(ObjectiveId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectObjective));
  q.Bind(":id", id);
  return ReadOne<Objective>(q, "read the objective", ReadObjective,
                            "No objective has id " + id.ToString() + ".");
}

Result<Objective> SqlitePlanStore::UpdateObjective(const Objective& objective) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateObjective));
  BindObjective(q, objective);
  q.Bind(":id", objective.id).Bind(":version", objective.version);
  RETURN_IF_ERROR(q.Run("update the objective"));
  return FinishVersionedWrite(q.Changes() > 0, "objective", [&] { return GetObjective(objective.id); });
}

Result<std::vector<Objective>> SqlitePlanStore::ListObjectives(ThemeId theme_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListObjectives));
  q.Bind(":theme_id", theme_id);
  return ReadAll<Objective>(q, "list objectives", ReadObjective);
}

Status SqlitePlanStore::Tag(const ThemeLink& link) {
  if (Result<Theme> theme = GetTheme(link.theme_id); !theme.ok()) {
    if (theme.error().code != ErrorCode::kNotFound) return std::move(theme).error();
    return Error::InvalidArgument("No theme has id " + link.theme_id.ToString() + ".", "theme_id");
  }
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kTaggedRecordExists));
    q.Bind(":kind", Name(link.kind)).Bind(":record_id", link.record_id);
    ASSIGN_OR_RETURN(bool row, q.Step("look for the tagged record"));
    if (!row || q.Int64(0) == 0) {
      return Error::InvalidArgument(
          "No " + std::string(Name(link.kind)) + " has id " + std::to_string(link.record_id) + ".",
          "record_id");
    }
  }
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertThemeTag));
  BindLink(q, link);
  Status inserted = q.Run("tag the record");
  if (!inserted.ok() && inserted.error().code == ErrorCode::kAlreadyExists) {
    return Error::AlreadyExists("The " + std::string(Name(link.kind)) + " already has this theme.",
                                "record_id");
  }
  return inserted;
}

Status SqlitePlanStore::Untag(const ThemeLink& link) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kDeleteThemeTag));
  BindLink(q, link);
  RETURN_IF_ERROR(q.Run("untag the record"));
  if (q.Changes() == 0) return Error::NotFound("The record does not have this theme.");
  return OkStatus();
}

Result<ThemeRecords> SqlitePlanStore::ListTagged(ThemeId theme_id, const Viewer& viewer) {
  if (Result<Theme> theme = GetTheme(theme_id); !theme.ok()) return std::move(theme).error();
  ThemeRecords out;
  SqlitePaperStore papers(db_);
  SqliteMeetingStore meetings(db_);
  SqliteActionStore actions(db_);
  ASSIGN_OR_RETURN(std::vector<int64_t> ids, TaggedIds(db_, sql::kListTaggedPapers, theme_id, &viewer));
  for (int64_t id : ids) RETURN_IF_ERROR(KeepVisible(papers.GetPaper(PaperId{id}, viewer), out.papers));
  ASSIGN_OR_RETURN(ids, TaggedIds(db_, sql::kListTaggedAgendaItems, theme_id, nullptr));
  for (int64_t id : ids) {
    RETURN_IF_ERROR(KeepVisible(meetings.GetAgendaItem(AgendaItemId{id}, viewer), out.agenda_items));
  }
  ASSIGN_OR_RETURN(ids, TaggedIds(db_, sql::kListTaggedActions, theme_id, nullptr));
  for (int64_t id : ids) RETURN_IF_ERROR(KeepVisible(actions.GetAction(ActionId{id}, viewer), out.actions));
  ASSIGN_OR_RETURN(ids, TaggedIds(db_, sql::kListTaggedRecommendations, theme_id, &viewer));
  for (int64_t id : ids) {
    RETURN_IF_ERROR(KeepVisible(papers.GetRecommendation(RecommendationId{id}, viewer), out.recommendations));
  }
  return out;
}

Result<std::vector<Theme>> SqlitePlanStore::ListThemesOf(TaggedKind kind, int64_t record_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListThemesOf));
  q.Bind(":kind", Name(kind)).Bind(":record_id", record_id);
  return ReadAll<Theme>(q, "list a record's themes", ReadTheme);
}

}  // namespace boardroom::store::sqlite
