// The records boardroom keeps, as plain structs: what the store reads and writes, and nothing more. No rules
// live here (numbering, status changes, overdue, publication deadlines belong to governance and the other
// domain rooms); no SQL lives here (that is the backends' business, in src/store/sqlite/ and
// src/store/postgres/).
//
// Conventions shared by every record:
// - `id` is assigned by the store on Create; a default (0) id means "not stored yet".
// - Editable records carry `version`: 1 after Create, +1 on every successful Update. An Update must pass the
// version
//   it read; a stale version is kConflict (optimistic locking). Append-only records (ActionUpdate,
//   AuditEvent) and imported Documents have no version: they never change.
// - An optional reference (std::optional<XxxId>) is a nullable foreign key; a set reference must name an
// existing row.
// - Dates are civil dates (core/date.h), stored as ISO 8601 text. Instants are Unix seconds (UTC).
// - Closed sets of values are enums with a stable lower-case name (used in the database, JSON and URLs): see
// the
//   Name() and Parse*() functions at the end.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace boardroom::store {

// Typed ids (core/ids.h), one per record kind, so a MeetingId cannot be passed where a PaperId is meant.
struct OrganisationTag {};
struct PersonTag {};
struct BodyTag {};
struct MembershipTag {};
struct MeetingTag {};
struct AgendaItemTag {};
struct PaperTag {};
struct PaperSectionTag {};
struct ParagraphTag {};
struct RecommendationTag {};
struct ClearanceTag {};
struct ActionTag {};
struct ActionUpdateTag {};
struct DocumentTag {};
struct AuditEventTag {};
using OrganisationId = Id<OrganisationTag>;
using PersonId = Id<PersonTag>;
using BodyId = Id<BodyTag>;
using MembershipId = Id<MembershipTag>;
using MeetingId = Id<MeetingTag>;
using AgendaItemId = Id<AgendaItemTag>;
using PaperId = Id<PaperTag>;
using PaperSectionId = Id<PaperSectionTag>;
using ParagraphId = Id<ParagraphTag>;
using RecommendationId = Id<RecommendationTag>;
using ClearanceId = Id<ClearanceTag>;
using ActionId = Id<ActionTag>;
using ActionUpdateId = Id<ActionUpdateTag>;
using DocumentId = Id<DocumentTag>;
using AuditEventId = Id<AuditEventTag>;

// ---------------------------------------------------------------------------------------------------------------
// Closed sets.

enum class MembershipRole { kChair, kViceChair, kMember, kObserver, kCoOpted, kAdviser };

// planned -> agenda_published -> held -> minutes_approved (the order is governance's rule, not the store's).
enum class MeetingStatus { kPlanned, kAgendaPublished, kHeld, kMinutesApproved };

enum class AgendaItemKind { kStandard, kPaper, kVerbal, kExempt };

// Government Security Classification as used on board papers. kPublic and kOfficial may be shown to the
// public once published; kOfficialSensitive never is.
enum class Classification { kPublic, kOfficial, kOfficialSensitive };

enum class RecommendationOutcome { kNone, kNoted, kAgreed, kAgreedWithAmendments, kDeferred, kRejected };

enum class ActionStatus { kOpen, kOngoing, kComplete, kClosed, kSuperseded };

// ---------------------------------------------------------------------------------------------------------------
// Directory of organisations and people.

// A council, OPCC, constabulary, fire authority, combined authority, health body, voluntary body, ...
struct Organisation {
  OrganisationId id;
  int64_t version = 0;
  std::string name;        // unique
  std::string short_name;  // acronym or short form, e.g. "OPCC"; may be empty
  std::string kind;        // free text: "council", "opcc", "constabulary", ...
};

// An officer or member.
struct Person {
  PersonId id;
  int64_t version = 0;
  std::string name;
  std::string post;                               // "Chief Constable"; may be empty
  std::optional<OrganisationId> organisation_id;  // Organisation
};

// ---------------------------------------------------------------------------------------------------------------
// Bodies and who sits on them.

// A board, committee, partnership, delivery group or shadow board.
struct Body {
  BodyId id;
  int64_t version = 0;
  std::string name;                      // unique
  std::string short_name;                // e.g. "BCB"; may be empty
  std::string kind;                      // free text: "board", "committee", "partnership", ...
  std::optional<BodyId> parent_body_id;  // the Body this one reports into
  std::string terms_of_reference;
  std::optional<Date> active_from;
  std::optional<Date> active_until;
  // Clearance areas ("finance", "legal", ...) every paper of this body needs before publication. Stored in
  // order; an Update replaces the whole list.
  std::vector<std::string> required_clearances;
};

// A person's seat on a body. Voting and speaking rights are separate facts.
struct Membership {
  MembershipId id;
  int64_t version = 0;
  PersonId person_id;
  BodyId body_id;
  MembershipRole role = MembershipRole::kMember;
  bool voting = true;
  bool speaking = true;
  std::optional<Date> from;
  std::optional<Date> until;
};

// ---------------------------------------------------------------------------------------------------------------
// Meetings and agendas.

struct Meeting {
  MeetingId id;
  int64_t version = 0;
  BodyId body_id;
  Date date;
  std::string time;   // "14:00" or empty
  std::string venue;  // may be empty
  MeetingStatus status = MeetingStatus::kPlanned;
};

// One numbered line of a meeting's agenda. Items are ordered by `position`; `number` is what the paper says.
struct AgendaItem {
  AgendaItemId id;
  int64_t version = 0;
  MeetingId meeting_id;
  std::string number;                          // "5", "5.1", "11.1"; unique within the meeting
  int64_t position = 0;                        // sort key within the meeting
  std::optional<AgendaItemId> parent_item_id;  // AgendaItem of the same meeting ("5" for "5.1")
  std::string title;
  std::string presenter;  // "Report from Chief Constable"; may be empty
  AgendaItemKind kind = AgendaItemKind::kStandard;
  std::string exemption_paragraph;  // for kExempt: the paragraph of Schedule 12A relied on, e.g. "3"
  std::optional<PaperId> paper_id;  // Paper carried by this item
};

// ---------------------------------------------------------------------------------------------------------------
// Papers and what they contain.

// A report to a body. A re-issued paper is a new Paper row with `version_of` naming the first issue and a
// higher `version_number`; it is never a fresh, unrelated paper.
struct Paper {
  PaperId id;
  int64_t version = 0;  // optimistic-locking version of this row (not the paper's issue number)
  BodyId body_id;
  std::string title;
  std::string to;    // "Police and Crime Commissioner"
  std::string from;  // "Chief Constable"
  std::optional<Date> date;
  std::optional<Date> meeting_date;
  Classification classification = Classification::kOfficial;
  bool published = false;
  bool exempt = false;
  bool key_decision = false;
  std::string electoral_divisions;        // as written, e.g. "All"; may be empty
  int64_t version_number = 1;             // issue number, 1 for the first issue; unique per version_of
  std::optional<PaperId> version_of;      // Paper: the first issue this one re-issues
  std::optional<DocumentId> document_id;  // Document it was imported from
};

// A numbered section of a paper ("5. Financial implications").
struct PaperSection {
  PaperSectionId id;
  int64_t version = 0;
  PaperId paper_id;
  std::string number;
  std::string heading;
  int64_t position = 0;  // sort key within the paper
};

// A numbered paragraph of a paper, usually inside a section.
struct Paragraph {
  ParagraphId id;
  int64_t version = 0;
  PaperId paper_id;
  std::optional<PaperSectionId> section_id;  // PaperSection of the same paper
  std::string number;                        // "5.22"; may be empty
  std::string heading;                       // may be empty
  std::string text;
  int64_t position = 0;  // sort key within the paper
};

// A recommendation of a paper and the outcome the meeting gave it (the decisions register).
struct Recommendation {
  RecommendationId id;
  int64_t version = 0;
  PaperId paper_id;
  std::string label;  // "a", "(i)", "1"; may be empty
  std::string text;
  RecommendationOutcome outcome = RecommendationOutcome::kNone;
  std::string outcome_note;
};

// Whether one area (finance, legal, ...) has cleared a paper.
struct Clearance {
  ClearanceId id;
  int64_t version = 0;
  PaperId paper_id;
  std::string area;  // unique within the paper
  bool cleared = false;
  std::string officer;  // who cleared it, as written
};

// ---------------------------------------------------------------------------------------------------------------
// Action logs.

struct Action {
  ActionId id;
  int64_t version = 0;
  BodyId body_id;                              // Body whose log holds it
  std::string number;                          // "42", "2019/07"; unique within the body
  std::optional<MeetingId> meeting_raised_id;  // Meeting that raised it
  std::string agenda_item_number;              // "5.1" as minuted; may be empty
  std::string text;
  std::string owner;  // a person, a post or an organisation, as written
  std::optional<Date> target_date;
  ActionStatus status = ActionStatus::kOpen;
  std::optional<MeetingId> report_back_meeting_id;  // Meeting it is to report back to
  bool exempt =
      false;  // raised at exempt (Part B) business: shown only to who sees the body's exempt material
};

// A dated note on an action. Append-only: never updated or deleted.
struct ActionUpdate {
  ActionUpdateId id;
  ActionId action_id;
  Date date;
  std::string text;
  std::string author;
};

// ---------------------------------------------------------------------------------------------------------------
// Imported files and the audit trail.

// A file brought in by the importer. Immutable once stored; the same bytes (sha256) are stored once.
struct Document {
  DocumentId id;
  std::string sha256;     // 64 lower-case hex digits; unique
  std::string file_name;  // as uploaded, without directories
  std::string kind;       // "pdf", "docx", "text"
  int64_t size = 0;       // bytes
  std::string extracted_text;
  int64_t imported_at = 0;  // Unix seconds
};

// One change to one record. Append-only: never updated or deleted (the database refuses). The store keeps
// what it is given; computing `hash` over the event and `previous_hash` is the audit writer's job (accounts).
struct AuditEvent {
  AuditEventId id;
  int64_t at = 0;             // Unix seconds
  std::string actor;          // user name, "import", "system"
  std::string action;         // "create", "update", "delete", "publish", ...
  std::string record_kind;    // "paper", "action", ...
  int64_t record_id = 0;      // id of the record, whatever its kind
  std::string before_json;    // "" for a create
  std::string after_json;     // "" for a delete
  std::string address;        // client address, may be empty
  std::string previous_hash;  // hash of the event before this one, "" for the first
  std::string hash;
};

// ---------------------------------------------------------------------------------------------------------------
// Names of the closed sets: stable lower-case strings ("vice_chair", "agenda_published",
// "official_sensitive", "agreed_with_amendments", ...). Parse* accepts exactly these names and returns
// kInvalidArgument otherwise.

std::string_view Name(MembershipRole role);
std::string_view Name(MeetingStatus status);
std::string_view Name(AgendaItemKind kind);
std::string_view Name(Classification classification);
std::string_view Name(RecommendationOutcome outcome);
std::string_view Name(ActionStatus status);

Result<MembershipRole> ParseMembershipRole(std::string_view name);
Result<MeetingStatus> ParseMeetingStatus(std::string_view name);
Result<AgendaItemKind> ParseAgendaItemKind(std::string_view name);
Result<Classification> ParseClassification(std::string_view name);
Result<RecommendationOutcome> ParseRecommendationOutcome(std::string_view name);
Result<ActionStatus> ParseActionStatus(std::string_view name);

}  // namespace boardroom::store
