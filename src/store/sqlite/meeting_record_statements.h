// The SQL of the SQLite MeetingRecordStore (store/meeting_record_store.h), named, beside statements.h and
// kept apart from it so that the governance read models own their statements. The tables are made by
// migrations/0005_meeting_records.sql.
#pragma once

#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite::sql {

// --- Attendance
// ----------------------------------------------------------------------------------------------
#define BR_ATTENDANCE_COLUMNS "id, version, meeting_id, person_id, name, capacity, kind, substitute"
inline constexpr char kInsertAttendance[] =
    "INSERT INTO attendance (meeting_id, person_id, name, capacity, kind, substitute) "
    "VALUES (:meeting_id, :person_id, :name, :capacity, :kind, :substitute)";
inline constexpr char kSelectAttendance[] = "SELECT " BR_ATTENDANCE_COLUMNS " FROM attendance WHERE id = :id";
inline constexpr char kUpdateAttendance[] =
    "UPDATE attendance SET meeting_id = :meeting_id, person_id = :person_id, name = :name, capacity = "
    ":capacity, kind = :kind, substitute = :substitute, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListAttendance[] =
    "SELECT " BR_ATTENDANCE_COLUMNS
    " FROM attendance WHERE meeting_id = :meeting_id "
    "ORDER BY CASE kind WHEN 'present' THEN 0 WHEN 'apologies' THEN 1 ELSE 2 END, name, id";

// --- Declarations of interest
// ----------------------------------------------------------------------------------
#define BR_DECLARATION_COLUMNS \
  "id, version, meeting_id, agenda_item_id, person_id, name, kind, interest, left_room"
inline constexpr char kInsertDeclaration[] =
    "INSERT INTO declarations (meeting_id, agenda_item_id, person_id, name, kind, interest, left_room) "
    "VALUES (:meeting_id, :agenda_item_id, :person_id, :name, :kind, :interest, :left_room)";
inline constexpr char kSelectDeclaration[] =
    "SELECT " BR_DECLARATION_COLUMNS " FROM declarations WHERE id = :id";
inline constexpr char kUpdateDeclaration[] =
    "UPDATE declarations SET meeting_id = :meeting_id, agenda_item_id = :agenda_item_id, person_id = "
    ":person_id, name = :name, kind = :kind, interest = :interest, left_room = :left_room, version = version "
    "+ "
    "1 WHERE id = :id AND version = :version";
inline constexpr char kListDeclarations[] =
    "SELECT " BR_DECLARATION_COLUMNS " FROM declarations WHERE meeting_id = :meeting_id ORDER BY id";

// --- Decisions ---------------------------------------------------------------------------------------------
inline constexpr char kUpsertDecisionMeeting[] =
    "INSERT INTO recommendation_decisions (recommendation_id, meeting_id, decided_on) "
    "VALUES (:recommendation_id, :meeting_id, :decided_on) ON CONFLICT (recommendation_id) DO UPDATE SET "
    "meeting_id = excluded.meeting_id, decided_on = excluded.decided_on";
inline constexpr char kSelectDecisionMeeting[] =
    "SELECT recommendation_id, meeting_id, decided_on FROM recommendation_decisions "
    "WHERE recommendation_id = :recommendation_id";
// The register: the decision's date, else the paper's meeting date, else the paper's date.
#define BR_DECISION_DAY "coalesce(d.decided_on, p.meeting_date, p.date)"
inline constexpr char kListDecisions[] =
    "SELECT r.id, r.label, r.text, r.outcome, r.outcome_note, p.id, p.title, b.id, b.name, b.short_name, "
    "d.meeting_id, " BR_DECISION_DAY
    " FROM recommendations r JOIN papers p ON p.id = r.paper_id JOIN bodies b ON b.id = p.body_id "
    "LEFT JOIN recommendation_decisions d ON d.recommendation_id = r.id "
    "WHERE r.outcome <> 'none' AND " BR_PAPER_VISIBLE(p)
    " AND (:body_id IS NULL OR p.body_id = :body_id) AND (:outcome IS NULL OR r.outcome = :outcome) "
    "AND (:from IS NULL OR " BR_DECISION_DAY " >= :from) AND (:until IS NULL OR " BR_DECISION_DAY
    " <= :until) ORDER BY " BR_DECISION_DAY " IS NULL, " BR_DECISION_DAY
    ", b.name, r.id LIMIT :limit OFFSET :offset";

// --- Counts and work waiting
// ---------------------------------------------------------------------------------
#define BR_LIVE_ACTION "status IN ('open', 'ongoing')"
inline constexpr char kCountActions[] =
    "SELECT coalesce(sum(" BR_LIVE_ACTION "), 0), coalesce(sum(" BR_LIVE_ACTION
    " AND target_date < :today), 0), coalesce(sum(" BR_LIVE_ACTION
    " AND target_date >= :today AND target_date <= :due_soon_until), 0), coalesce(sum(NOT " BR_LIVE_ACTION
    "), 0) FROM actions WHERE (:body_id IS NULL OR body_id = :body_id)";
inline constexpr char kListPapersAwaitingClearance[] =
    "SELECT p.id FROM papers p WHERE p.published = 0 AND (:body_id IS NULL OR p.body_id = :body_id) AND "
    BR_PAPER_VISIBLE(p)
    " AND EXISTS (SELECT 1 FROM body_required_clearances r WHERE r.body_id = p.body_id AND NOT EXISTS "
    "(SELECT 1 FROM clearances c WHERE c.paper_id = p.id AND c.area = r.area COLLATE NOCASE AND c.cleared = "
    "1)) ORDER BY p.meeting_date IS NULL, p.meeting_date, p.id LIMIT :limit OFFSET :offset";

// Every statement above, for the test that prepares them all.
inline constexpr NamedStatement kMeetingRecordStatements[] = {
    {"kInsertAttendance", kInsertAttendance},
    {"kSelectAttendance", kSelectAttendance},
    {"kUpdateAttendance", kUpdateAttendance},
    {"kListAttendance", kListAttendance},
    {"kInsertDeclaration", kInsertDeclaration},
    {"kSelectDeclaration", kSelectDeclaration},
    {"kUpdateDeclaration", kUpdateDeclaration},
    {"kListDeclarations", kListDeclarations},
    {"kUpsertDecisionMeeting", kUpsertDecisionMeeting},
    {"kSelectDecisionMeeting", kSelectDecisionMeeting},
    {"kListDecisions", kListDecisions},
    {"kCountActions", kCountActions},
    {"kListPapersAwaitingClearance", kListPapersAwaitingClearance},
};

}  // namespace boardroom::store::sqlite::sql
