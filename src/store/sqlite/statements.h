// Every SQL statement of the SQLite store, named, in one place (the schema itself is in migrations/).
// Statements take named parameters (":id") and are never assembled at run time; the only composition is
// compile-time literal concatenation of the column lists and of the one visibility predicate below. A test
// prepares every statement in kAllStatements against a freshly migrated database, so a typo fails a test
// rather than a request.
#pragma once

#include <span>

namespace boardroom::store::sqlite::sql {

// The visibility rule of store::Viewer, written once. `p` is the alias of a papers row; the statement must
// bind the four viewer parameters: :sees_unpublished and :sees_sensitive (0 or 1), :unpublished_bodies and
// :sensitive_bodies (JSON arrays of body ids, read with json_each). See BindViewer in
// sqlite_store_internal.h.
#define BR_PAPER_VISIBLE(p)                                                                         \
  "((" #p ".published = 1 OR :sees_unpublished = 1 OR " #p                                          \
  ".body_id IN (SELECT value FROM json_each(:unpublished_bodies))) AND ((" #p ".exempt = 0 AND " #p \
  ".classification <> 'official_sensitive') OR :sees_sensitive = 1 OR " #p                          \
  ".body_id IN (SELECT value FROM json_each(:sensitive_bodies))))"

// The same rule for an action (alias `a`, an actions row): an exempt action, and its updates, only for
// viewers who see the body's exempt material. Binds :sees_sensitive and :sensitive_bodies.
#define BR_ACTION_VISIBLE(a)                         \
  "(" #a ".exempt = 0 OR :sees_sensitive = 1 OR " #a \
  ".body_id IN (SELECT value FROM json_each(:sensitive_bodies)))"

// --- Connection settings and transactions
// ------------------------------------------------------------------------
inline constexpr char kJournalModeWal[] = "PRAGMA journal_mode = WAL";
inline constexpr char kSynchronousNormal[] = "PRAGMA synchronous = NORMAL";
inline constexpr char kQueryOnlyOn[] = "PRAGMA query_only = 1";
inline constexpr char kQueryOnlyOff[] = "PRAGMA query_only = 0";
inline constexpr char kBeginDeferred[] = "BEGIN DEFERRED";
inline constexpr char kBeginImmediate[] = "BEGIN IMMEDIATE";
inline constexpr char kCommit[] = "COMMIT";
inline constexpr char kRollback[] = "ROLLBACK";

// --- Migrations
// --------------------------------------------------------------------------------------------------
inline constexpr char kCreateMigrationsTable[] =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "checksum TEXT NOT NULL)";
inline constexpr char kMigrationsTableExists[] =
    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'";
inline constexpr char kSelectMigrations[] =
    "SELECT version, name, checksum FROM schema_migrations ORDER BY version";
inline constexpr char kInsertMigration[] =
    "INSERT INTO schema_migrations (version, name, checksum) VALUES (:version, :name, :checksum)";

// --- Organisations and people
// ------------------------------------------------------------------------------------
#define BR_ORGANISATION_COLUMNS "id, version, name, short_name, kind"
inline constexpr char kInsertOrganisation[] =
    "INSERT INTO organisations (name, short_name, kind) VALUES (:name, :short_name, :kind)";
inline constexpr char kSelectOrganisation[] =
    "SELECT " BR_ORGANISATION_COLUMNS " FROM organisations WHERE id = :id";
inline constexpr char kUpdateOrganisation[] =
    "UPDATE organisations SET name = :name, short_name = :short_name, kind = :kind, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListOrganisations[] =
    "SELECT " BR_ORGANISATION_COLUMNS " FROM organisations ORDER BY name, id LIMIT :limit OFFSET :offset";

#define BR_PERSON_COLUMNS "id, version, name, post, organisation_id"
inline constexpr char kInsertPerson[] =
    "INSERT INTO people (name, post, organisation_id) VALUES (:name, :post, :organisation_id)";
inline constexpr char kSelectPerson[] = "SELECT " BR_PERSON_COLUMNS " FROM people WHERE id = :id";
inline constexpr char kUpdatePerson[] =
    "UPDATE people SET name = :name, post = :post, organisation_id = :organisation_id, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListPeople[] =
    "SELECT " BR_PERSON_COLUMNS
    " FROM people WHERE (:organisation_id IS NULL OR organisation_id = :organisation_id) "
    "ORDER BY name, id LIMIT :limit OFFSET :offset";

// --- Bodies and memberships
// --------------------------------------------------------------------------------------
#define BR_BODY_COLUMNS \
  "id, version, name, short_name, kind, parent_body_id, terms_of_reference, active_from, active_until"
inline constexpr char kInsertBody[] =
    "INSERT INTO bodies (name, short_name, kind, parent_body_id, terms_of_reference, active_from, "
    "active_until) "
    "VALUES (:name, :short_name, :kind, :parent_body_id, :terms_of_reference, :active_from, :active_until)";
inline constexpr char kSelectBody[] = "SELECT " BR_BODY_COLUMNS " FROM bodies WHERE id = :id";
inline constexpr char kUpdateBody[] =
    "UPDATE bodies SET name = :name, short_name = :short_name, kind = :kind, parent_body_id = "
    ":parent_body_id, "
    "terms_of_reference = :terms_of_reference, active_from = :active_from, active_until = :active_until, "
    "version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListBodies[] =
    "SELECT " BR_BODY_COLUMNS " FROM bodies ORDER BY name, id LIMIT :limit OFFSET :offset";
inline constexpr char kInsertBodyClearance[] =
    "INSERT INTO body_required_clearances (body_id, position, area) VALUES (:body_id, :position, :area)";
inline constexpr char kDeleteBodyClearances[] =
    "DELETE FROM body_required_clearances WHERE body_id = :body_id";
inline constexpr char kSelectBodyClearances[] =
    "SELECT area FROM body_required_clearances WHERE body_id = :body_id ORDER BY position";
// The required clearances of every body on one page of kListBodies, in one query instead of one a body.
inline constexpr char kListBodyClearancesOfPage[] =
    "SELECT body_id, area FROM body_required_clearances WHERE body_id IN "
    "(SELECT id FROM bodies ORDER BY name, id LIMIT :limit OFFSET :offset) ORDER BY body_id, position";

#define BR_MEMBERSHIP_COLUMNS "id, version, person_id, body_id, role, voting, speaking, from_date, until_date"
inline constexpr char kInsertMembership[] =
    "INSERT INTO memberships (person_id, body_id, role, voting, speaking, from_date, until_date) "
    "VALUES (:person_id, :body_id, :role, :voting, :speaking, :from_date, :until_date)";
inline constexpr char kSelectMembership[] =
    "SELECT " BR_MEMBERSHIP_COLUMNS " FROM memberships WHERE id = :id";
inline constexpr char kUpdateMembership[] =
    "UPDATE memberships SET person_id = :person_id, body_id = :body_id, role = :role, voting = :voting, "
    "speaking = :speaking, from_date = :from_date, until_date = :until_date, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListMemberships[] =
    "SELECT " BR_MEMBERSHIP_COLUMNS " FROM memberships WHERE body_id = :body_id ORDER BY id";

// --- Meetings and agenda items
// -----------------------------------------------------------------------------------
#define BR_MEETING_COLUMNS "id, version, body_id, date, time, venue, status"
inline constexpr char kInsertMeeting[] =
    "INSERT INTO meetings (body_id, date, time, venue, status) VALUES (:body_id, :date, :time, :venue, "
    ":status)";
inline constexpr char kSelectMeeting[] = "SELECT " BR_MEETING_COLUMNS " FROM meetings WHERE id = :id";
inline constexpr char kUpdateMeeting[] =
    "UPDATE meetings SET body_id = :body_id, date = :date, time = :time, venue = :venue, status = :status, "
    "version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListMeetings[] =
    "SELECT " BR_MEETING_COLUMNS
    " FROM meetings WHERE (:body_id IS NULL OR body_id = :body_id) "
    "AND (:from IS NULL OR date >= :from) AND (:until IS NULL OR date <= :until) "
    "ORDER BY date, id LIMIT :limit OFFSET :offset";

// An agenda item's paper_id is shown only when the viewer may see that paper.
#define BR_AGENDA_ITEM_COLUMNS \
  "a.id, a.version, a.meeting_id, a.number, a.position, a.parent_item_id, a.title, a.presenter, a.kind, "         \
  "a.exemption_paragraph, "                                                                                      \
  "CASE WHEN EXISTS (SELECT 1 FROM papers p WHERE p.id = a.paper_id AND " BR_PAPER_VISIBLE(p) ") THEN a.paper_id " \
  "ELSE NULL END"
#define BR_AGENDA_ITEM_VISIBLE                                                                   \
  "(a.kind <> 'exempt' OR :sees_sensitive = 1 OR EXISTS (SELECT 1 FROM meetings m WHERE m.id = " \
  "a.meeting_id AND m.body_id IN (SELECT value FROM json_each(:sensitive_bodies))))"
inline constexpr char kInsertAgendaItem[] =
    "INSERT INTO agenda_items (meeting_id, number, position, parent_item_id, title, presenter, kind, "
    "exemption_paragraph, paper_id) VALUES (:meeting_id, :number, :position, :parent_item_id, :title, "
    ":presenter, "
    ":kind, :exemption_paragraph, :paper_id)";
inline constexpr char kSelectAgendaItem[] =
    "SELECT " BR_AGENDA_ITEM_COLUMNS " FROM agenda_items a WHERE a.id = :id AND " BR_AGENDA_ITEM_VISIBLE;
inline constexpr char kUpdateAgendaItem[] =
    "UPDATE agenda_items SET meeting_id = :meeting_id, number = :number, position = :position, "
    "parent_item_id = :parent_item_id, title = :title, presenter = :presenter, kind = :kind, "
    "exemption_paragraph = :exemption_paragraph, paper_id = :paper_id, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kDeleteAgendaItem[] = "DELETE FROM agenda_items WHERE id = :id AND version = :version";
inline constexpr char kListAgendaItems[] =
    "SELECT " BR_AGENDA_ITEM_COLUMNS
    " FROM agenda_items a WHERE a.meeting_id = :meeting_id AND " BR_AGENDA_ITEM_VISIBLE
    " ORDER BY a.position, a.id";

// --- Papers
// ------------------------------------------------------------------------------------------------------
#define BR_PAPER_COLUMNS                                                                                    \
  "p.id, p.version, p.body_id, p.title, p.to_whom, p.from_whom, p.date, p.meeting_date, p.classification, " \
  "p.published, p.exempt, p.key_decision, p.electoral_divisions, p.version_number, p.version_of, "          \
  "p.document_id"
inline constexpr char kInsertPaper[] =
    "INSERT INTO papers (body_id, title, to_whom, from_whom, date, meeting_date, classification, published, "
    "exempt, "
    "key_decision, electoral_divisions, version_number, version_of, document_id) VALUES (:body_id, :title, "
    ":to, "
    ":from, :date, :meeting_date, :classification, :published, :exempt, :key_decision, :electoral_divisions, "
    ":version_number, :version_of, :document_id)";
inline constexpr char kSelectPaper[] =
    "SELECT " BR_PAPER_COLUMNS " FROM papers p WHERE p.id = :id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kUpdatePaper[] =
    "UPDATE papers SET body_id = :body_id, title = :title, to_whom = :to, from_whom = :from, date = :date, "
    "meeting_date = :meeting_date, classification = :classification, published = :published, exempt = "
    ":exempt, "
    "key_decision = :key_decision, electoral_divisions = :electoral_divisions, version_number = "
    ":version_number, "
    "version_of = :version_of, document_id = :document_id, version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListPapers[] =
    "SELECT " BR_PAPER_COLUMNS
    " FROM papers p WHERE (:body_id IS NULL OR p.body_id = :body_id) AND " BR_PAPER_VISIBLE(
        p) " ORDER BY p.date IS NULL, p.date, p.id LIMIT :limit OFFSET :offset";
// The issues of one paper: the first issue (version_of IS NULL) and every paper naming it in version_of.
inline constexpr char kListPaperVersions[] =
    "SELECT " BR_PAPER_COLUMNS
    " FROM papers p WHERE (p.id = :root OR p.version_of = :root) AND " BR_PAPER_VISIBLE(
        p) " ORDER BY p.version_number, p.id";

#define BR_SECTION_COLUMNS "s.id, s.version, s.paper_id, s.number, s.heading, s.position"
inline constexpr char kInsertSection[] =
    "INSERT INTO paper_sections (paper_id, number, heading, position) VALUES (:paper_id, :number, :heading, "
    ":position)";
inline constexpr char kSelectSection[] = "SELECT " BR_SECTION_COLUMNS
                                         " FROM paper_sections s JOIN papers p ON p.id = s.paper_id "
                                         "WHERE s.id = :id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kUpdateSection[] =
    "UPDATE paper_sections SET paper_id = :paper_id, number = :number, heading = :heading, position = "
    ":position, "
    "version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListSections[] =
    "SELECT " BR_SECTION_COLUMNS
    " FROM paper_sections s JOIN papers p ON p.id = s.paper_id "
    "WHERE s.paper_id = :paper_id AND " BR_PAPER_VISIBLE(p) " ORDER BY s.position, s.id";

#define BR_PARAGRAPH_COLUMNS \
  "g.id, g.version, g.paper_id, g.section_id, g.number, g.heading, g.text, g.position"
inline constexpr char kInsertParagraph[] =
    "INSERT INTO paragraphs (paper_id, section_id, number, heading, text, position) VALUES (:paper_id, "
    ":section_id, :number, :heading, :text, :position)";
// Many paragraphs in one statement (SqlitePaperStore::CreateParagraphs): `:rows` is a JSON array of
// [paper_id, section_id, number, heading, text, position] arrays, stored in order with the ids :first_id,
// :first_id + 1, ... One statement matters for the search index: SQLite opens a statement savepoint for each
// INSERT whose trigger writes to search_index, and FTS5 writes its pending terms to disk at every savepoint,
// so one INSERT a paragraph wrote one tiny index segment a paragraph (and merged them again).
inline constexpr char kNextParagraphId[] = "SELECT coalesce(max(id), 0) + 1 FROM paragraphs";
inline constexpr char kInsertParagraphs[] =
    "INSERT INTO paragraphs (id, paper_id, section_id, number, heading, text, position) "
    "SELECT :first_id + r.key, json_extract(r.value, '$[0]'), json_extract(r.value, '$[1]'), "
    "json_extract(r.value, '$[2]'), json_extract(r.value, '$[3]'), json_extract(r.value, '$[4]'), "
    "json_extract(r.value, '$[5]') FROM json_each(:rows) r ORDER BY r.key";
inline constexpr char kSelectParagraph[] = "SELECT " BR_PARAGRAPH_COLUMNS
                                           " FROM paragraphs g JOIN papers p ON p.id = g.paper_id "
                                           "WHERE g.id = :id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kUpdateParagraph[] =
    "UPDATE paragraphs SET paper_id = :paper_id, section_id = :section_id, number = :number, heading = "
    ":heading, "
    "text = :text, position = :position, version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListParagraphs[] =
    "SELECT " BR_PARAGRAPH_COLUMNS
    " FROM paragraphs g JOIN papers p ON p.id = g.paper_id "
    "WHERE g.paper_id = :paper_id AND " BR_PAPER_VISIBLE(p) " ORDER BY g.position, g.id";

#define BR_RECOMMENDATION_COLUMNS "r.id, r.version, r.paper_id, r.label, r.text, r.outcome, r.outcome_note"
inline constexpr char kInsertRecommendation[] =
    "INSERT INTO recommendations (paper_id, label, text, outcome, outcome_note) VALUES (:paper_id, :label, "
    ":text, "
    ":outcome, :outcome_note)";
// Many recommendations in one statement, for the reason given at kInsertParagraphs: `:rows` is a JSON array
// of [paper_id, label, text, outcome, outcome_note] arrays, stored in order with the ids :first_id, ...
inline constexpr char kNextRecommendationId[] = "SELECT coalesce(max(id), 0) + 1 FROM recommendations";
inline constexpr char kInsertRecommendations[] =
    "INSERT INTO recommendations (id, paper_id, label, text, outcome, outcome_note) "
    "SELECT :first_id + r.key, json_extract(r.value, '$[0]'), json_extract(r.value, '$[1]'), "
    "json_extract(r.value, '$[2]'), json_extract(r.value, '$[3]'), json_extract(r.value, '$[4]') "
    "FROM json_each(:rows) r ORDER BY r.key";
inline constexpr char kSelectRecommendation[] = "SELECT " BR_RECOMMENDATION_COLUMNS
                                                " FROM recommendations r JOIN papers p ON p.id = r.paper_id "
                                                "WHERE r.id = :id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kUpdateRecommendation[] =
    "UPDATE recommendations SET paper_id = :paper_id, label = :label, text = :text, outcome = :outcome, "
    "outcome_note = :outcome_note, version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListRecommendations[] =
    "SELECT " BR_RECOMMENDATION_COLUMNS
    " FROM recommendations r JOIN papers p ON p.id = r.paper_id "
    "WHERE r.paper_id = :paper_id AND " BR_PAPER_VISIBLE(p) " ORDER BY r.id";

#define BR_CLEARANCE_COLUMNS "c.id, c.version, c.paper_id, c.area, c.cleared, c.officer"
inline constexpr char kInsertClearance[] =
    "INSERT INTO clearances (paper_id, area, cleared, officer) VALUES (:paper_id, :area, :cleared, :officer)";
inline constexpr char kSelectClearance[] = "SELECT " BR_CLEARANCE_COLUMNS
                                           " FROM clearances c JOIN papers p ON p.id = c.paper_id "
                                           "WHERE c.id = :id AND " BR_PAPER_VISIBLE(p);
inline constexpr char kUpdateClearance[] =
    "UPDATE clearances SET paper_id = :paper_id, area = :area, cleared = :cleared, officer = :officer, "
    "version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListClearances[] =
    "SELECT " BR_CLEARANCE_COLUMNS
    " FROM clearances c JOIN papers p ON p.id = c.paper_id "
    "WHERE c.paper_id = :paper_id AND " BR_PAPER_VISIBLE(p) " ORDER BY c.area, c.id";

// --- Actions
// -----------------------------------------------------------------------------------------------------
#define BR_ACTION_COLUMNS                                                                                   \
  "id, version, body_id, number, meeting_raised_id, agenda_item_number, text, owner, target_date, status, " \
  "report_back_meeting_id, exempt"
inline constexpr char kInsertAction[] =
    "INSERT INTO actions (body_id, number, meeting_raised_id, agenda_item_number, text, owner, target_date, "
    "status, report_back_meeting_id, exempt) VALUES (:body_id, :number, :meeting_raised_id, "
    ":agenda_item_number, :text, :owner, :target_date, :status, :report_back_meeting_id, :exempt)";
inline constexpr char kSelectAction[] =
    "SELECT " BR_ACTION_COLUMNS " FROM actions a WHERE a.id = :id AND " BR_ACTION_VISIBLE(a);
inline constexpr char kUpdateAction[] =
    "UPDATE actions SET body_id = :body_id, number = :number, meeting_raised_id = :meeting_raised_id, "
    "agenda_item_number = :agenda_item_number, text = :text, owner = :owner, target_date = :target_date, "
    "status = :status, report_back_meeting_id = :report_back_meeting_id, exempt = :exempt, "
    "version = version + 1 "
    "WHERE id = :id AND version = :version";
inline constexpr char kListActions[] =
    "SELECT " BR_ACTION_COLUMNS
    " FROM actions a WHERE " BR_ACTION_VISIBLE(a) " AND (:body_id IS NULL OR body_id = :body_id) "
    "AND (:status IS NULL OR status = :status) AND (:owner IS NULL OR owner = :owner) "
    "AND (:overdue_as_of IS NULL OR (target_date < :overdue_as_of AND status IN ('open', 'ongoing'))) "
    "ORDER BY body_id, id LIMIT :limit OFFSET :offset";
inline constexpr char kInsertActionUpdate[] =
    "INSERT INTO action_updates (action_id, date, text, author) VALUES (:action_id, :date, :text, :author)";
inline constexpr char kListActionUpdates[] =
    "SELECT u.id, u.action_id, u.date, u.text, u.author FROM action_updates u JOIN actions a ON a.id = "
    "u.action_id WHERE u.action_id = :action_id AND " BR_ACTION_VISIBLE(a) " ORDER BY u.date, u.id";

// --- Documents
// ---------------------------------------------------------------------------------------------------
#define BR_DOCUMENT_COLUMNS "id, sha256, file_name, kind, size, extracted_text, imported_at"
inline constexpr char kInsertDocument[] =
    "INSERT INTO documents (sha256, file_name, kind, size, extracted_text, imported_at) VALUES (:sha256, "
    ":file_name, :kind, :size, :extracted_text, :imported_at)";
inline constexpr char kSelectDocument[] = "SELECT " BR_DOCUMENT_COLUMNS " FROM documents WHERE id = :id";
inline constexpr char kSelectDocumentBySha256[] =
    "SELECT " BR_DOCUMENT_COLUMNS " FROM documents WHERE sha256 = :sha256";
inline constexpr char kListDocuments[] =
    "SELECT id, sha256, file_name, kind, size, '', imported_at FROM documents ORDER BY id "
    "LIMIT :limit OFFSET :offset";

// --- Audit
// -------------------------------------------------------------------------------------------------------
#define BR_AUDIT_COLUMNS \
  "id, at, actor, action, record_kind, record_id, before_json, after_json, address, previous_hash, hash"
inline constexpr char kInsertAuditEvent[] =
    "INSERT INTO audit_events (at, actor, action, record_kind, record_id, before_json, after_json, address, "
    "previous_hash, hash) VALUES (:at, :actor, :action, :record_kind, :record_id, :before_json, :after_json, "
    ":address, :previous_hash, :hash)";
inline constexpr char kSelectLatestAuditEvent[] =
    "SELECT " BR_AUDIT_COLUMNS " FROM audit_events ORDER BY id DESC LIMIT 1";
inline constexpr char kListAuditEvents[] =
    "SELECT " BR_AUDIT_COLUMNS
    " FROM audit_events WHERE record_kind = :record_kind AND record_id = :record_id "
    "ORDER BY id LIMIT :limit OFFSET :offset";

inline constexpr char kListAuditTrail[] =
    "SELECT " BR_AUDIT_COLUMNS " FROM audit_events ORDER BY id LIMIT :limit OFFSET :offset";

// --- Accounts (migration 0002)
// ------------------------------------------------------------------------------------
#define BR_USER_COLUMNS "id, version, email, name, password_hash, hash_params, disabled, created_at"
inline constexpr char kInsertUser[] =
    "INSERT INTO users (email, name, password_hash, hash_params, disabled, created_at) VALUES (:email, "
    ":name, "
    ":password_hash, :hash_params, :disabled, :created_at)";
inline constexpr char kSelectUser[] = "SELECT " BR_USER_COLUMNS " FROM users WHERE id = :id";
inline constexpr char kSelectUserByEmail[] = "SELECT " BR_USER_COLUMNS " FROM users WHERE email = :email";
inline constexpr char kUpdateUser[] =
    "UPDATE users SET email = :email, name = :name, password_hash = :password_hash, hash_params = "
    ":hash_params, "
    "disabled = :disabled, version = version + 1 WHERE id = :id AND version = :version";
inline constexpr char kListUsers[] =
    "SELECT " BR_USER_COLUMNS " FROM users ORDER BY email, id LIMIT :limit OFFSET :offset";
inline constexpr char kCountUsers[] = "SELECT count(*) FROM users";

#define BR_ROLE_GRANT_COLUMNS "id, user_id, body_id, role, granted_at"
inline constexpr char kInsertRoleGrant[] =
    "INSERT INTO role_grants (user_id, body_id, role, granted_at) VALUES (:user_id, :body_id, :role, "
    ":granted_at)";
inline constexpr char kDeleteRoleGrant[] =
    "DELETE FROM role_grants WHERE user_id = :user_id AND ifnull(body_id, 0) = ifnull(:body_id, 0) AND "
    "role = :role";
inline constexpr char kListRoleGrants[] =
    "SELECT " BR_ROLE_GRANT_COLUMNS " FROM role_grants WHERE user_id = :user_id ORDER BY id";

#define BR_SESSION_COLUMNS                                                                                \
  "id, token_hash, user_id, created_at, last_seen_at, idle_expires_at, absolute_expires_at, csrf_token, " \
  "address"
inline constexpr char kInsertSession[] =
    "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, idle_expires_at, "
    "absolute_expires_at, "
    "csrf_token, address) VALUES (:token_hash, :user_id, :created_at, :last_seen_at, :idle_expires_at, "
    ":absolute_expires_at, :csrf_token, :address)";
inline constexpr char kSelectSession[] = "SELECT " BR_SESSION_COLUMNS " FROM sessions WHERE id = :id";
inline constexpr char kSelectSessionByHash[] =
    "SELECT " BR_SESSION_COLUMNS " FROM sessions WHERE token_hash = :token_hash";
inline constexpr char kTouchSession[] =
    "UPDATE sessions SET last_seen_at = :last_seen_at, idle_expires_at = :idle_expires_at WHERE id = :id";
inline constexpr char kDeleteSession[] = "DELETE FROM sessions WHERE id = :id";
inline constexpr char kDeleteUserSessions[] = "DELETE FROM sessions WHERE user_id = :user_id";

#define BR_API_TOKEN_COLUMNS "id, token_hash, user_id, label, created_at, revoked_at"
inline constexpr char kInsertApiToken[] =
    "INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES (:token_hash, :user_id, :label, "
    ":created_at)";
inline constexpr char kSelectApiToken[] = "SELECT " BR_API_TOKEN_COLUMNS " FROM api_tokens WHERE id = :id";
inline constexpr char kSelectApiTokenByHash[] =
    "SELECT " BR_API_TOKEN_COLUMNS " FROM api_tokens WHERE token_hash = :token_hash";
inline constexpr char kRevokeApiToken[] =
    "UPDATE api_tokens SET revoked_at = ifnull(revoked_at, :at) WHERE id = :id";
inline constexpr char kListApiTokens[] =
    "SELECT " BR_API_TOKEN_COLUMNS " FROM api_tokens WHERE user_id = :user_id ORDER BY id";

inline constexpr char kInsertSignInAttempt[] =
    "INSERT INTO sign_in_attempts (at, email, address, succeeded) VALUES (:at, :email, :address, :succeeded)";
inline constexpr char kListSignInAttemptsForEmail[] =
    "SELECT at, email, address, succeeded FROM sign_in_attempts WHERE email = :email AND at >= :since "
    "ORDER BY at, id";
inline constexpr char kListSignInAttemptsForAddress[] =
    "SELECT at, email, address, succeeded FROM sign_in_attempts WHERE address = :address AND at >= :since "
    "ORDER BY at, id";

// Every statement above, by name, for the test that prepares them all.
struct NamedStatement {
  const char* name;
  const char* sql;
};
std::span<const NamedStatement> AllStatements();

}  // namespace boardroom::store::sqlite::sql
