// The SQL of the SQLite InspectionStore (store/inspection_store.h), named, beside statements.h and kept apart
// from it so inspections own their statements. The tables are made by migrations/0006_inspections.sql. Every
// read joins the paper and applies BR_PAPER_VISIBLE (statements.h).
#pragma once

#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite::sql {

// --- Inspections ------------------------------------------------------------------------------------------
#define BR_INSPECTION_COLUMNS \
  "n.id, n.version, n.paper_id, n.title, n.inspectorate, n.published, n.response_due, p.body_id"
inline constexpr char kInsertInspection[] =
    "INSERT INTO inspections (paper_id, title, inspectorate, published, response_due) "
    "VALUES (:paper_id, :title, :inspectorate, :published, :response_due)";
inline constexpr char kSelectInspection[] = "SELECT " BR_INSPECTION_COLUMNS
                                            " FROM inspections n JOIN papers p ON p.id = n.paper_id "
                                            "WHERE n.id = :id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kSelectInspectionByPaper[] = "SELECT " BR_INSPECTION_COLUMNS
                                                   " FROM inspections n JOIN papers p ON p.id = n.paper_id "
                                                   "WHERE n.paper_id = :paper_id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kUpdateInspection[] =
    "UPDATE inspections SET title = :title, inspectorate = :inspectorate, published = :published, "
    "response_due = :response_due, version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListInspections[] =
    "SELECT " BR_INSPECTION_COLUMNS
    " FROM inspections n JOIN papers p ON p.id = n.paper_id "
    "WHERE (:body_id IS NULL OR p.body_id = :body_id) AND " BR_PAPER_VISIBLE(
        p) " ORDER BY n.response_due IS NULL, n.response_due, n.id LIMIT :limit OFFSET :offset";

// --- Items ------------------------------------------------------------------------------------------------
#define BR_INSPECTION_ITEM_COLUMNS                                                                           \
  "i.id, i.version, i.inspection_id, i.position, i.kind, i.text, i.addressee, i.due, i.urgent, i.response, " \
  "i.status"
inline constexpr char kInsertInspectionItem[] =
    "INSERT INTO inspection_items (inspection_id, position, kind, text, addressee, due, urgent, response, "
    "status) VALUES (:inspection_id, :position, :kind, :text, :addressee, :due, :urgent, :response, :status)";
inline constexpr char kSelectInspectionItem[] = "SELECT " BR_INSPECTION_ITEM_COLUMNS
                                                " FROM inspection_items i JOIN inspections n ON n.id = "
                                                "i.inspection_id JOIN papers p ON p.id = n.paper_id "
                                                "WHERE i.id = :id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kUpdateInspectionItem[] =
    "UPDATE inspection_items SET position = :position, kind = :kind, text = :text, addressee = :addressee, "
    "due = :due, urgent = :urgent, response = :response, status = :status, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListInspectionItems[] =
    "SELECT " BR_INSPECTION_ITEM_COLUMNS
    " FROM inspection_items i JOIN inspections n ON n.id = i.inspection_id JOIN papers p ON p.id = "
    "n.paper_id "
    "WHERE i.inspection_id = :inspection_id AND " BR_PAPER_VISIBLE(p) " ORDER BY i.position, i.id";

// --- Glossary ---------------------------------------------------------------------------------------------
#define BR_ACRONYM_COLUMNS "a.id, a.body_id, a.short_form, a.long_form, a.paper_id"
inline constexpr char kInsertAcronym[] =
    "INSERT INTO acronyms (body_id, short_form, long_form, paper_id) "
    "VALUES (:body_id, :short_form, :long_form, :paper_id)";
inline constexpr char kSelectAcronym[] = "SELECT " BR_ACRONYM_COLUMNS " FROM acronyms a WHERE a.id = :id";
// :words is a JSON array of the query's words.
inline constexpr char kListAcronyms[] =
    "SELECT " BR_ACRONYM_COLUMNS
    " FROM acronyms a JOIN papers p ON p.id = a.paper_id WHERE " BR_PAPER_VISIBLE(p)
    " AND (:body_id IS NULL OR a.body_id = :body_id) "
    "AND (:contains IS NULL OR instr(lower(a.short_form), lower(:contains)) > 0 "
    "OR instr(lower(a.long_form), lower(:contains)) > 0) "
    "AND (:query IS NULL OR lower(a.short_form) IN (SELECT lower(value) FROM json_each(:words)) "
    "OR instr(lower(:query), lower(a.long_form)) > 0 "
    "OR (instr(trim(:query), ' ') > 0 AND instr(lower(a.long_form), lower(trim(:query))) > 0)) "
    "ORDER BY lower(a.short_form), a.long_form, a.id LIMIT :limit OFFSET :offset";

// Every statement above, for the test that prepares them all.
inline constexpr NamedStatement kInspectionStatements[] = {
    {"kInsertInspection", kInsertInspection},
    {"kSelectInspection", kSelectInspection},
    {"kSelectInspectionByPaper", kSelectInspectionByPaper},
    {"kUpdateInspection", kUpdateInspection},
    {"kListInspections", kListInspections},
    {"kInsertInspectionItem", kInsertInspectionItem},
    {"kSelectInspectionItem", kSelectInspectionItem},
    {"kUpdateInspectionItem", kUpdateInspectionItem},
    {"kListInspectionItems", kListInspectionItems},
    {"kInsertAcronym", kInsertAcronym},
    {"kSelectAcronym", kSelectAcronym},
    {"kListAcronyms", kListAcronyms},
};

}  // namespace boardroom::store::sqlite::sql
