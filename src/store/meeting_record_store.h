// What a meeting records beyond its agenda — who attended or sent apologies, which interests were declared,
// at which meeting each recommendation was decided — and the questions the governance pages ask across
// records: the decisions register, counts of live and overdue actions, papers still waiting for clearance.
// MeetingRecordStore is reached through Transaction::meeting_records() (store.h); its errors are those listed
// at the top of store.h.
//
// What does not belong here: who may record what (governance/commands.h checks roles), the rules of outcomes,
// numbering or deadlines (governance/rules.h), and any SQL.
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

struct AttendanceTag {};
struct DeclarationTag {};
using AttendanceId = Id<AttendanceTag>;
using DeclarationId = Id<DeclarationTag>;

// Whether someone on a meeting's list was there. Names: "present", "apologies", "absent".
enum class AttendanceKind { kPresent, kApologies, kAbsent };

// The three kinds of interest a member's code of conduct asks them to declare (Localism Act 2011 s30 and the
// model code): "disclosable_pecuniary", "other_registrable", "non_registrable".
enum class InterestKind { kDisclosablePecuniary, kOtherRegistrable, kNonRegistrable };

std::string_view Name(AttendanceKind kind);
std::string_view Name(InterestKind kind);
// kInvalidArgument (field "kind") for any other name.
Result<AttendanceKind> ParseAttendanceKind(std::string_view name);
Result<InterestKind> ParseInterestKind(std::string_view name);

// One person's attendance at one meeting. Unique per (meeting, name).
struct Attendance {
  AttendanceId id;
  int64_t version = 0;
  MeetingId meeting_id;
  std::optional<PersonId> person_id;  // Person, when known
  std::string name;                   // as minuted: "Cllr A. Smith"
  std::string capacity;               // "Chair", "Police and Crime Commissioner"; may be empty
  AttendanceKind kind = AttendanceKind::kPresent;
  std::string substitute;  // who came in their place, as written; may be empty
};

// An interest declared at a meeting, about the whole meeting or one agenda item.
struct Declaration {
  DeclarationId id;
  int64_t version = 0;
  MeetingId meeting_id;
  std::optional<AgendaItemId> agenda_item_id;  // AgendaItem of the same meeting; cleared if the item goes
  std::optional<PersonId> person_id;
  std::string name;  // who declared, as minuted
  InterestKind kind = InterestKind::kOtherRegistrable;
  std::string interest;    // what the interest is
  bool left_room = false;  // withdrew for the item
};

// The meeting at which a recommendation got its outcome. One per recommendation; recording again replaces it.
struct DecisionMeeting {
  RecommendationId recommendation_id;
  MeetingId meeting_id;
  Date decided_on;
};

// One line of the decisions register: a recommendation with an outcome, its paper and body, and where and
// when it was decided (empty when no meeting was recorded; the paper's meeting date is then used for `date`).
struct DecisionRow {
  RecommendationId recommendation_id;
  std::string label;
  std::string text;
  RecommendationOutcome outcome = RecommendationOutcome::kNone;
  std::string outcome_note;
  PaperId paper_id;
  std::string paper_title;
  BodyId body_id;
  std::string body_name;
  std::string body_short_name;
  std::optional<MeetingId> meeting_id;
  std::optional<Date> date;  // the decision's date, else the paper's meeting date, else its date
};

// Filters of the decisions register, combined with AND. Only recommendations with an outcome (not kNone) are
// listed; `outcome` narrows to one. `from` and `until` are inclusive and apply to DecisionRow::date (rows
// without a date are left out when either is set). Ordered by date (undated last), then body name, then id.
struct DecisionFilter {
  std::optional<BodyId> body_id;
  std::optional<Date> from;
  std::optional<Date> until;
  std::optional<RecommendationOutcome> outcome;
};

// Counts over an action log (or every log). `live` are open or ongoing; `closed` the rest. Among the live
// ones, `overdue` have a target date before `today` and `due_soon` one from `today` to `due_soon_until`
// inclusive.
struct ActionCounts {
  int64_t live = 0;
  int64_t overdue = 0;
  int64_t due_soon = 0;
  int64_t closed = 0;
};

class MeetingRecordStore {
 public:
  virtual ~MeetingRecordStore() = default;

  // kAlreadyExists (field "name") when the meeting already lists someone of that name.
  virtual Result<Attendance> CreateAttendance(const Attendance& attendance) = 0;
  virtual Result<Attendance> GetAttendance(AttendanceId id) = 0;
  virtual Result<Attendance> UpdateAttendance(const Attendance& attendance) = 0;
  // Ordered by kind (present, apologies, absent), then name.
  virtual Result<std::vector<Attendance>> ListAttendance(MeetingId meeting_id) = 0;

  virtual Result<Declaration> CreateDeclaration(const Declaration& declaration) = 0;
  virtual Result<Declaration> GetDeclaration(DeclarationId id) = 0;
  virtual Result<Declaration> UpdateDeclaration(const Declaration& declaration) = 0;
  // Ordered by id.
  virtual Result<std::vector<Declaration>> ListDeclarations(MeetingId meeting_id) = 0;

  // Records (or replaces) the meeting of a recommendation's decision.
  virtual Status RecordDecisionMeeting(const DecisionMeeting& decision) = 0;
  // nullopt when none was recorded.
  virtual Result<std::optional<DecisionMeeting>> GetDecisionMeeting(RecommendationId id) = 0;

  // The decisions register: what `viewer` may see of recommendations with an outcome (their paper must be
  // visible to it). kInvalidArgument for a bad page.
  virtual Result<std::vector<DecisionRow>> ListDecisions(const DecisionFilter& filter, const Viewer& viewer,
                                                         const Page& page) = 0;

  // Counts the actions of one body (or all, when empty) in one query. REQUIRES: today <= due_soon_until.
  virtual Result<ActionCounts> CountActions(std::optional<BodyId> body_id, Date today,
                                            Date due_soon_until) = 0;

  // Unpublished papers of a body (or every body) that still lack a clearance their body requires (no
  // clearance row for the area, or one not cleared), that `viewer` may see; ordered by meeting date (undated
  // last), then id.
  virtual Result<std::vector<Paper>> ListPapersAwaitingClearance(std::optional<BodyId> body_id,
                                                                 const Viewer& viewer, const Page& page) = 0;
};

}  // namespace boardroom::store
