// The SQL of the SQLite PlanStore (store/plan_store.h), named, beside statements.h. The tables are made by
// migrations/0007_plans.sql.
#pragma once

#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite::sql {

// --- Plans -------------------------------------------------------------------------------------------------
#define BR_PLAN_COLUMNS "id, version, body_id, title, period_from, period_until"
inline constexpr char kInsertPlan[] =
    "INSERT INTO plans (body_id, title, period_from, period_until) "
    "VALUES (:body_id, :title, :period_from, :period_until)";
inline constexpr char kSelectPlan[] = "SELECT " BR_PLAN_COLUMNS " FROM plans WHERE id = :id";
inline constexpr char kUpdatePlan[] =
    "UPDATE plans SET body_id = :body_id, title = :title, period_from = :period_from, period_until = "
    ":period_until, version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListPlans[] = "SELECT " BR_PLAN_COLUMNS
                                     " FROM plans WHERE (:body_id IS NULL OR body_id = :body_id) "
                                     "ORDER BY period_from DESC, id LIMIT :limit OFFSET :offset";

// --- Themes and objectives ---------------------------------------------------------------------------------
#define BR_THEME_COLUMNS "id, version, plan_id, title, slug, description, position"
inline constexpr char kInsertTheme[] =
    "INSERT INTO themes (plan_id, title, slug, description, position) "
    "VALUES (:plan_id, :title, :slug, :description, :position)";
inline constexpr char kSelectTheme[] = "SELECT " BR_THEME_COLUMNS " FROM themes WHERE id = :id";
inline constexpr char kUpdateTheme[] =
    "UPDATE themes SET plan_id = :plan_id, title = :title, slug = :slug, description = :description, "
    "position = :position, version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListThemes[] =
    "SELECT " BR_THEME_COLUMNS " FROM themes WHERE plan_id = :plan_id ORDER BY position, id";
inline constexpr char kFindThemes[] =
    "SELECT " BR_THEME_COLUMNS
    " FROM themes WHERE slug = :text COLLATE NOCASE OR instr(lower(title), lower(:text)) > 0 "
    "ORDER BY plan_id, position, id LIMIT 100";

#define BR_OBJECTIVE_COLUMNS "id, version, theme_id, text, position"
inline constexpr char kInsertObjective[] =
    "INSERT INTO objectives (theme_id, text, position) VALUES (:theme_id, :text, :position)";
inline constexpr char kSelectObjective[] = "SELECT " BR_OBJECTIVE_COLUMNS " FROM objectives WHERE id = :id";
inline constexpr char kUpdateObjective[] =
    "UPDATE objectives SET theme_id = :theme_id, text = :text, position = :position, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListObjectives[] =
    "SELECT " BR_OBJECTIVE_COLUMNS " FROM objectives WHERE theme_id = :theme_id ORDER BY position, id";

// --- Tags --------------------------------------------------------------------------------------------------
inline constexpr char kTaggedRecordExists[] =
    "SELECT CASE :kind WHEN 'paper' THEN EXISTS (SELECT 1 FROM papers WHERE id = :record_id) "
    "WHEN 'agenda_item' THEN EXISTS (SELECT 1 FROM agenda_items WHERE id = :record_id) "
    "WHEN 'action' THEN EXISTS (SELECT 1 FROM actions WHERE id = :record_id) "
    "WHEN 'recommendation' THEN EXISTS (SELECT 1 FROM recommendations WHERE id = :record_id) ELSE 0 END";
inline constexpr char kInsertThemeTag[] =
    "INSERT INTO theme_tags (theme_id, kind, record_id) VALUES (:theme_id, :kind, :record_id)";
inline constexpr char kDeleteThemeTag[] =
    "DELETE FROM theme_tags WHERE theme_id = :theme_id AND kind = :kind AND record_id = :record_id";
inline constexpr char kListTaggedPapers[] =
    "SELECT p.id FROM theme_tags t JOIN papers p ON p.id = t.record_id WHERE t.theme_id = :theme_id AND "
    "t.kind = 'paper' AND " BR_PAPER_VISIBLE(p) " ORDER BY coalesce(p.meeting_date, p.date) DESC, p.id";
inline constexpr char kListTaggedAgendaItems[] =
    "SELECT a.id FROM theme_tags t JOIN agenda_items a ON a.id = t.record_id JOIN meetings tm ON tm.id = "
    "a.meeting_id WHERE t.theme_id = :theme_id AND t.kind = 'agenda_item' ORDER BY tm.date DESC, a.position, "
    "a.id";
inline constexpr char kListTaggedActions[] =
    "SELECT x.id FROM theme_tags t JOIN actions x ON x.id = t.record_id WHERE t.theme_id = :theme_id AND "
    "t.kind = 'action' ORDER BY x.target_date IS NULL, x.target_date, x.id";
inline constexpr char kListTaggedRecommendations[] =
    "SELECT r.id FROM theme_tags t JOIN recommendations r ON r.id = t.record_id JOIN papers p ON p.id = "
    "r.paper_id WHERE t.theme_id = :theme_id AND t.kind = 'recommendation' AND " BR_PAPER_VISIBLE(
        p) " ORDER BY p.id, r.id";
inline constexpr char kListThemesOf[] =
    "SELECT " BR_THEME_COLUMNS
    " FROM themes WHERE id IN (SELECT theme_id FROM theme_tags WHERE kind = :kind AND record_id = "
    ":record_id) ORDER BY plan_id, position, id";
// The short names a search may use (theme:...), for a message when one is not known.
inline constexpr char kListThemeSlugs[] = "SELECT DISTINCT slug FROM themes ORDER BY slug LIMIT 12";

// Every statement above, for the test that prepares them all.
inline constexpr NamedStatement kPlanStatements[] = {
    {"kInsertPlan", kInsertPlan},
    {"kSelectPlan", kSelectPlan},
    {"kUpdatePlan", kUpdatePlan},
    {"kListPlans", kListPlans},
    {"kInsertTheme", kInsertTheme},
    {"kSelectTheme", kSelectTheme},
    {"kUpdateTheme", kUpdateTheme},
    {"kListThemes", kListThemes},
    {"kFindThemes", kFindThemes},
    {"kInsertObjective", kInsertObjective},
    {"kSelectObjective", kSelectObjective},
    {"kUpdateObjective", kUpdateObjective},
    {"kListObjectives", kListObjectives},
    {"kTaggedRecordExists", kTaggedRecordExists},
    {"kInsertThemeTag", kInsertThemeTag},
    {"kDeleteThemeTag", kDeleteThemeTag},
    {"kListTaggedPapers", kListTaggedPapers},
    {"kListTaggedAgendaItems", kListTaggedAgendaItems},
    {"kListTaggedActions", kListTaggedActions},
    {"kListTaggedRecommendations", kListTaggedRecommendations},
    {"kListThemesOf", kListThemesOf},
    {"kListThemeSlugs", kListThemeSlugs},
};

}  // namespace boardroom::store::sqlite::sql
