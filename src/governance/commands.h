// The state-changing operations of the meeting cycle: bodies and memberships, meetings and their agendas,
// attendance and declarations, papers and their clearances, outcomes of recommendations, and the action log.
// Each command works inside the caller's store::Transaction (the door begins and commits it) and, in order:
//   1. loads what it changes (kNotFound when missing);
//   2. checks the caller's role for the record's body (kPermissionDenied otherwise; a disabled user may do
//      nothing): admin may do everything; a clerk runs the body's meetings, agendas, attendance, action log,
//      clearances, outcomes, publication and memberships; an author writes the body's papers and adds updates
//      to its actions; bodies themselves are the admin's;
//   3. validates the input: kInvalidArgument with `field` naming the input field at fault (the names of the
//      JSON API, docs/import-format.md), kAlreadyExists with `field` for a uniqueness clash;
//   4. checks the version the caller read: kConflict (field "version") when the record has changed since,
//      with both versions in the message ("you edited version 3; it is now version 4") — the door reloads
//      the record to show the current one beside what was submitted;
//   5. writes, and appends exactly one audit event (store::WriteAuditEvent) with the record's JSON before and
//      after (governance/record_json.h).
// A command that fails has written nothing: every check comes before the first write, and a failing write
// leaves the transaction as it was (store.h). The rules themselves (numbering, deadlines, report-back months)
// are governance/rules.h; this file applies them. No HTTP, no HTML, no SQL here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "governance/paper_text.h"
#include "store/store.h"

namespace boardroom::governance {

// Who is acting: the signed-in user and their role grants (what accounts::Principal holds; governance does
// not depend on accounts, so the door copies them with Caller::Of), and the client address for the audit.
struct Caller {
  store::User user;
  std::vector<store::RoleGrant> grants;
  std::string address;

  // Copies `principal.user` and `principal.grants` (an accounts::Principal or anything shaped like it).
  template <typename Principal>
  static Caller Of(const Principal& principal, std::string address = {}) {
    return Caller{principal.user, principal.grants, std::move(address)};
  }

  // True when the user is not disabled and holds `role` or a stronger one for `body` (a grant for every body
  // covers every body), with the same meaning as accounts::Principal::HasRole.
  bool HasRole(store::AccountRole role, std::optional<store::BodyId> body) const;
  // True when the user is not disabled and holds `role` or a stronger one for at least one body.
  bool HasRoleForAnyBody(store::AccountRole role) const;
  // The name written as the actor of audit events: the user's email.
  const std::string& Actor() const { return user.email; }
};

// What every command needs besides its input. REQUIRES: tx is a read-write transaction; all three outlive
// the call.
struct CommandContext {
  store::Transaction& tx;
  const Caller& caller;
  const Clock& clock;
};

// ---------------------------------------------------------------------------------------------------------------
// Organisations and people: the directory memberships point into. A clerk of any body (or an administrator)
// keeps it, since a person may sit on several bodies.

struct OrganisationInput {
  std::string name;  // required, unique, at most 200 characters ("name")
  std::string short_name;
  std::string kind;
};

// Clerk of any body. Fields "name", "short_name", "kind".
Result<store::Organisation> CreateOrganisation(const CommandContext& ctx, const OrganisationInput& input);
Result<store::Organisation> UpdateOrganisation(const CommandContext& ctx, store::OrganisationId id,
                                               int64_t version, const OrganisationInput& input);

struct PersonInput {
  std::string name;  // required, at most 200 characters ("name")
  std::string post;
  std::optional<store::OrganisationId> organisation_id;  // must exist ("organisation_id")
};

// Clerk of any body. Fields "name", "post", "organisation_id".
Result<store::Person> CreatePerson(const CommandContext& ctx, const PersonInput& input);
Result<store::Person> UpdatePerson(const CommandContext& ctx, store::PersonId id, int64_t version,
                                   const PersonInput& input);

// ---------------------------------------------------------------------------------------------------------------
// Bodies and memberships.

struct BodyInput {
  std::string name;  // required, unique, at most 200 characters
  std::string short_name;
  std::string kind;
  std::optional<store::BodyId> parent_id;  // the body it reports into; never itself or one of its own
  std::string terms_of_reference;
  std::optional<Date> active_from;
  std::optional<Date> active_until;  // not before active_from
  // Clearance areas every paper needs before publication: trimmed, lower-cased, each once.
  std::vector<std::string> required_clearances;
};

// Admin only. Fields: "name", "short_name", "parent_id", "active_until", "required_clearances".
Result<store::Body> CreateBody(const CommandContext& ctx, const BodyInput& input);
Result<store::Body> UpdateBody(const CommandContext& ctx, store::BodyId id, int64_t version,
                               const BodyInput& input);

struct MembershipInput {
  store::PersonId person_id;  // must exist ("person_id")
  store::BodyId body_id;      // must exist ("body_id")
  store::MembershipRole role = store::MembershipRole::kMember;
  bool voting = true;
  bool speaking = true;
  std::optional<Date> from;
  std::optional<Date> until;  // not before `from` ("until")
};

// Clerk of the body. Adds a membership.
Result<store::Membership> AddMembership(const CommandContext& ctx, const MembershipInput& input);
// Clerk of the body. Ends a membership on `until` (field "until": not before its start; kFailedPrecondition
// when it has already ended).
Result<store::Membership> EndMembership(const CommandContext& ctx, store::MembershipId id, int64_t version,
                                        Date until);

// ---------------------------------------------------------------------------------------------------------------
// Meetings.

struct MeetingInput {
  store::BodyId body_id;  // must exist; cannot change on update ("body_id")
  Date date;
  std::string time;  // "HH:MM" (24-hour) or empty ("time")
  std::string venue;
};

// Clerk of the body. A new meeting is planned.
Result<store::Meeting> CreateMeeting(const CommandContext& ctx, const MeetingInput& input);
Result<store::Meeting> UpdateMeeting(const CommandContext& ctx, store::MeetingId id, int64_t version,
                                     const MeetingInput& input);
// Clerk. Moves the meeting one step along planned -> agenda_published -> held -> minutes_approved; field
// "status" for any other move, or for "held" before the meeting's date.
Result<store::Meeting> ChangeMeetingStatus(const CommandContext& ctx, store::MeetingId id, int64_t version,
                                           store::MeetingStatus status);

// ---------------------------------------------------------------------------------------------------------------
// Agendas. Every agenda command needs the clerk of the meeting's body. An item's position is derived from its
// number, so agenda order is number order ("5" < "5.0" < "5.1" < "6"); items whose stored position does not
// follow that (an imported agenda) are given the derived one the first time the agenda is changed.

// The standard items a new agenda is offered, in their usual order.
enum class StandardItem { kWelcomeAndApologies, kDeclarationsOfInterest, kMinutesOfLastMeeting, kActionLog };
// "Welcome and apologies", "Declarations of interest", "Minutes of the last meeting", "Action log".
std::string StandardItemTitle(StandardItem item);
std::vector<StandardItem> StandardItemsOffered();

struct AgendaItemInput {
  store::MeetingId meeting_id;
  // "" for the next free number (under parent_item_id when set, else at the top level); otherwise a valid
  // agenda number not yet used, whose parent number ("5" for "5.1") is on the agenda ("number").
  std::string number;
  std::optional<store::AgendaItemId> parent_item_id;  // an item of the same meeting ("parent_item_id")
  std::string title;                                  // required ("title")
  std::string presenter;
  store::AgendaItemKind kind = store::AgendaItemKind::kStandard;
  // For kExempt: the paragraph of Schedule 12A to the Local Government Act 1972 relied on, "1" to "7"
  // ("exemption_paragraph"); empty for every other kind.
  std::string exemption_paragraph;
  std::optional<store::PaperId> paper_id;  // required for kPaper, refused for kVerbal ("paper_id")
};

Result<store::AgendaItem> AddAgendaItem(const CommandContext& ctx, const AgendaItemInput& input);

// Adds those of `items` whose title is not already on the agenda at the top, numbered from 1 (or 0 when the
// agenda numbers from 0) in the order given, and renumbers the items already there below them. Returns the
// agenda in its new order. Field "items" when `items` is empty or repeats one.
Result<std::vector<store::AgendaItem>> AddStandardItems(const CommandContext& ctx,
                                                        store::MeetingId meeting_id,
                                                        const std::vector<StandardItem>& items);

// Adds the report-back of `action_id` to the agenda of the meeting it reports back to, as the next top-level
// item: "Action <number>: <text>" (cut at 300 characters), presented by the action's owner. Field
// "action_id" when the action does not report back to a meeting; kAlreadyExists (field "action_id") when the
// agenda already has that title.
Result<store::AgendaItem> AddReportBackItem(const CommandContext& ctx, store::ActionId action_id);

// Edits what an item says (not its number: see MoveAgendaItem). Validated as AddAgendaItem. The meeting
// cannot change.
Result<store::AgendaItem> UpdateAgendaItem(const CommandContext& ctx, store::AgendaItemId id, int64_t version,
                                           const AgendaItemInput& input);

// Attaches `paper_id` to the item; a standard item becomes a paper item, an exempt one stays exempt; field
// "paper_id" for a verbal item or a missing paper.
Result<store::AgendaItem> AttachPaper(const CommandContext& ctx, store::AgendaItemId id, int64_t version,
                                      store::PaperId paper_id);

// Moves the item (with its sub-items) under `new_parent` (empty: the top level) at `index` among that
// parent's items, and renumbers the agenda (rules.h MoveAgendaItem): reordering and nesting in one. `version`
// is the moved item's. Fields "index", "new_parent". Returns the agenda in its new order.
Result<std::vector<store::AgendaItem>> MoveAgendaItem(const CommandContext& ctx, store::AgendaItemId id,
                                                      int64_t version,
                                                      std::optional<store::AgendaItemId> new_parent,
                                                      size_t index);

// Numbers the agenda afresh in its current order (rules.h RenumberAgenda). Returns it in its new order.
Result<std::vector<store::AgendaItem>> RenumberAgenda(const CommandContext& ctx, store::MeetingId meeting_id);

// ---------------------------------------------------------------------------------------------------------------
// At the meeting: attendance, apologies, declarations of interest.

struct AttendanceInput {
  store::MeetingId meeting_id;
  std::optional<store::PersonId> person_id;  // must exist ("person_id")
  std::string name;                          // required, once per meeting ("name")
  std::string capacity;
  store::AttendanceKind kind = store::AttendanceKind::kPresent;
  std::string substitute;  // only with apologies ("substitute")
};

// Clerk. Records (or, with UpdateAttendance, corrects) one line of the attendance list.
Result<store::Attendance> RecordAttendance(const CommandContext& ctx, const AttendanceInput& input);
Result<store::Attendance> UpdateAttendance(const CommandContext& ctx, store::AttendanceId id, int64_t version,
                                           const AttendanceInput& input);

struct DeclarationInput {
  store::MeetingId meeting_id;
  std::optional<store::AgendaItemId> agenda_item_id;  // an item of the same meeting ("agenda_item_id")
  std::optional<store::PersonId> person_id;           // must exist ("person_id")
  std::string name;                                   // required ("name")
  store::InterestKind kind = store::InterestKind::kOtherRegistrable;
  std::string interest;  // required ("interest")
  bool left_room = false;
};

// Clerk. Records a declaration of interest.
Result<store::Declaration> RecordDeclaration(const CommandContext& ctx, const DeclarationInput& input);

// ---------------------------------------------------------------------------------------------------------------
// Papers, clearances and publication.

struct PaperInput {
  store::BodyId body_id;  // must exist; cannot change on update ("body_id")
  std::string title;      // required ("title")
  std::string to;
  std::string from;
  std::optional<Date> date;
  std::optional<Date> meeting_date;
  store::Classification classification = store::Classification::kOfficial;
  bool exempt = false;
  bool key_decision = false;
  std::string electoral_divisions;
};

// Author (or clerk) of the body. A new paper is unpublished.
Result<store::Paper> CreatePaper(const CommandContext& ctx, const PaperInput& input);
// Author of the body while the paper is unpublished; clerk once published.
Result<store::Paper> UpdatePaper(const CommandContext& ctx, store::PaperId id, int64_t version,
                                 const PaperInput& input);

// What AddPaperContent stored, in order.
struct PaperContent {
  std::vector<store::PaperSection> sections;
  std::vector<store::Paragraph> paragraphs;
  std::vector<store::Recommendation> recommendations;
};

// Author (or clerk) of the body while the paper is unpublished (kFailedPrecondition once published). Adds
// `text`'s sections, paragraphs and recommendations (paper_text.h) after any the paper already has, and
// returns them as stored. `version` is the paper's as read; the paper itself does not change. Field "text"
// when there is neither a section nor a paragraph, for a heading over 200 characters, a paragraph over
// 20,000 or a paragraph number the paper already uses; "recommendations" for one over 20,000 characters.
Result<PaperContent> AddPaperContent(const CommandContext& ctx, store::PaperId id, int64_t version,
                                     const PaperText& text);

struct ClearanceInput {
  std::string area;  // required; trimmed and lower-cased ("area")
  bool cleared = false;
  std::string officer;  // who cleared it; required when cleared ("officer")
};

// Clerk of the paper's body. Records the clearance of one area: a new row when the paper has none for the
// area (pass version 0), otherwise an update of that row at `version`.
Result<store::Clearance> RecordClearance(const CommandContext& ctx, store::PaperId paper_id, int64_t version,
                                         const ClearanceInput& input);

// The required areas of the paper's body that the paper has not yet cleared, in the body's order.
Result<std::vector<std::string>> MissingClearances(store::Transaction& tx, const store::Paper& paper);

// Clerk of the paper's body. Publishes the paper: kFailedPrecondition when it is already published or while
// a required clearance is missing (the message names them).
Result<store::Paper> PublishPaper(const CommandContext& ctx, store::PaperId id, int64_t version);

// Clerk of the paper's body. Records the outcome the meeting gave a recommendation, with a note (required for
// agreed with amendments: what was amended; "outcome_note"), and the meeting that decided it: it must have
// taken place by today ("meeting_id"). Field "outcome" for kNone.
Result<store::Recommendation> RecordOutcome(const CommandContext& ctx, store::RecommendationId id,
                                            int64_t version, store::RecommendationOutcome outcome,
                                            std::string note, store::MeetingId meeting_id);

// ---------------------------------------------------------------------------------------------------------------
// The action log.

struct RaiseActionInput {
  store::AgendaItemId agenda_item_id;  // the item that raised it; the action joins its meeting's body's log
  std::string number;                  // "" for one more than the highest whole number on the log ("number")
  std::string text;                    // required ("text")
  std::string owner;                   // required ("owner")
  std::optional<Date> target_date;     // not before the meeting ("target_date")
  // A later meeting of the same body ("report_back_meeting_id"). When empty, the text is read for "report
  // back to the <month> Board" (rules.h) and the body's meeting in that month is linked when there is one.
  std::optional<store::MeetingId> report_back_meeting_id;
};

// Clerk of the body. The new action is open.
Result<store::Action> RaiseAction(const CommandContext& ctx, const RaiseActionInput& input);

struct ActionEdit {
  std::string text;   // required
  std::string owner;  // required
  std::optional<Date> target_date;
  std::optional<store::MeetingId> report_back_meeting_id;  // as RaiseActionInput; not read from the text
};

// Clerk of the body. Edits text, owner, target date and report-back meeting. A changed target date is not
// before the meeting that raised the action ("target_date").
Result<store::Action> UpdateAction(const CommandContext& ctx, store::ActionId id, int64_t version,
                                   const ActionEdit& edit);

// Clerk of the body. Changes the status (field "status" when it is the same); a non-empty `note` is appended
// as a dated update in the same change.
Result<store::Action> ChangeActionStatus(const CommandContext& ctx, store::ActionId id, int64_t version,
                                         store::ActionStatus status, std::string note);

// Author or clerk of the body. Appends a dated update (append-only: there is no version to pass). `date`
// defaults to today; it may not be in the future nor before the meeting that raised the action ("date").
// kFailedPrecondition for a closed or superseded action.
Result<store::ActionUpdate> AddActionUpdate(const CommandContext& ctx, store::ActionId id,
                                            std::optional<Date> date, std::string text);

}  // namespace boardroom::governance
