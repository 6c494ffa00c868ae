// The rules of running a public board, as plain functions over values: publication and notice deadlines, when
// an action is overdue or due soon, how agenda items are numbered and renumbered, and which meeting an action
// asks to "report back to". Nothing here reads the clock or the store: callers pass "today" (from a Clock)
// and the records they have loaded. Loading, saving and page models live in governance/demo.h and
// governance/views.h.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/records.h"

namespace boardroom::governance {

// Local Government Act 1972 s100B: an agenda and its papers are open to inspection at least five clear
// working days before the meeting.
inline constexpr int kAgendaClearWorkingDays = 5;
// A key decision is published in the forward plan 28 clear days before it is taken.
inline constexpr int kKeyDecisionClearDays = 28;
// A publication deadline is "due soon" when at most this many working days are left.
inline constexpr int kPublicationDueSoonWorkingDays = 5;
// An action is "due soon" when its target date is at most this many days away.
inline constexpr int kActionDueSoonDays = 14;

// "Wednesday 18 September 2019": a date as a person reads it on a page.
std::string WeekdayDate(Date date);

// ---------------------------------------------------------------------------------------------------------------
// Publication and notice deadlines.

// The last day on which a meeting's agenda and papers can be published and still give five clear working days
// (neither the day of publication nor the day of the meeting counts, nor weekends and England and Wales bank
// holidays). Papers are open to inspection at the authority's offices, which are open on working days, so
// when the latest qualifying day falls on a weekend or bank holiday the deadline is the working day before
// it: for a meeting on Monday 23 September 2019 it is Friday 13 September 2019, not Sunday 15 September.
Date PublicationDeadline(Date meeting_date);

// The last day on which notice of a key decision to be taken on `decision_date` can be given: 28 clear days
// before it (neither end counts), any day of the week. For 18 September 2019 it is 20 August 2019.
Date KeyDecisionNoticeDeadline(Date decision_date);

enum class DeadlineState {
  kOnTrack,    // the deadline is more than the due-soon window away
  kDueSoon,    // the deadline is today or within the due-soon window
  kMissed,     // the deadline has passed and the thing is not done
  kPublished,  // done already: the deadline no longer matters
};

// The stable lower-case name of a state: "on_track", "due_soon", "missed", "published".
std::string_view Name(DeadlineState state);

// Where a meeting stands against its publication deadline on a given day.
struct PublicationStatus {
  Date deadline;
  DeadlineState state = DeadlineState::kOnTrack;
  // The working days after today up to and including the deadline: on Thursday 5 September 2019 with a
  // deadline of Tuesday 10 September 2019 they are Friday, Monday and Tuesday, so 3. Zero on the deadline day
  // itself, once it has passed, and once published.
  int working_days_left = 0;
  // A sentence for a person: "Publish by Tuesday 10 September 2019 — 3 working days left", "Publish today,
  // Tuesday 10 September 2019 — the last day", "Publication deadline missed: Tuesday 10 September 2019",
  // "Agenda published".
  std::string message;
};

// The publication status of a meeting on `meeting_date` whose agenda is not yet published, as of `today`.
// kDueSoon when the deadline is today or at most `due_soon_working_days` working days away; kMissed once the
// deadline is behind `today`. REQUIRES: due_soon_working_days >= 0.
PublicationStatus PublicationStatusOn(Date meeting_date, Date today,
                                      int due_soon_working_days = kPublicationDueSoonWorkingDays);

// The same for a stored meeting: kPublished once its status is past kPlanned (agenda published, held, minutes
// approved), otherwise as above.
PublicationStatus PublicationStatusOf(const store::Meeting& meeting, Date today,
                                      int due_soon_working_days = kPublicationDueSoonWorkingDays);

// ---------------------------------------------------------------------------------------------------------------
// Actions.

enum class ActionDueState {
  kNone,     // closed, complete, superseded, without a target date, or not due for a while
  kDueSoon,  // open or ongoing, target date today or within kActionDueSoonDays days
  kOverdue,  // open or ongoing, target date before today
};

// The stable lower-case name of a state: "none", "due_soon", "overdue".
std::string_view Name(ActionDueState state);

// True for the statuses that keep an action on its body's log as live work: open and ongoing.
bool IsLiveActionStatus(store::ActionStatus status);

// Whether an action with `status` and `target_date` is overdue or due soon on `today`. An action that is
// complete, closed or superseded is never overdue; one without a target date is never either.
ActionDueState ActionDueStateOn(store::ActionStatus status, std::optional<Date> target_date, Date today);
ActionDueState ActionDueStateOf(const store::Action& action, Date today);

// A short phrase for a person: "Overdue by 3 days", "Due today", "Due in 5 days", or "" when kNone.
std::string DescribeActionDue(const store::Action& action, Date today);

// ---------------------------------------------------------------------------------------------------------------
// Agenda numbering.

// An agenda item number, "5", "5.0", "5.1", "11.1", read as its parts {5}, {5, 0}, {5, 1}, {11, 1}. Numbers
// compare part by part as integers, so "9" < "10" and "5" < "5.0" < "5.1" < "6".
class AgendaNumber {
 public:
  static constexpr int kMaxDepth = 4;   // "1.2.3.4" at most
  static constexpr int kMaxPart = 999;  // each part 0..999

  // Parses digits separated by single full stops, ignoring white space around the whole. kInvalidArgument
  // (field "number") for "", "a", "5..1", ".5", "5.", "-1", a part above kMaxPart or more than kMaxDepth
  // parts.
  static Result<AgendaNumber> Parse(std::string_view text);

  // REQUIRES: parts is not empty and each part is 0..kMaxPart.
  explicit AgendaNumber(std::vector<int> parts);

  const std::vector<int>& parts() const { return parts_; }
  // 1 for "5", 2 for "5.1".
  int depth() const { return static_cast<int>(parts_.size()); }
  // The number of the item this one sits under ("5" for "5.1"), or nullopt at the top level.
  std::optional<AgendaNumber> Parent() const;
  // The canonical text: parts joined by ".", without leading zeros ("05.1" reads as "5.1").
  std::string ToString() const;

  friend std::strong_ordering operator<=>(const AgendaNumber& a, const AgendaNumber& b) {
    return a.parts_ <=> b.parts_;
  }
  friend bool operator==(const AgendaNumber&, const AgendaNumber&) = default;

 private:
  std::vector<int> parts_;
};

// Checks `number` and returns its canonical text. The errors of AgendaNumber::Parse.
Result<std::string> ValidateAgendaNumber(std::string_view number);

// The next free top-level number on an agenda holding `existing`: one more than the highest top-level part in
// use ("1" when the agenda is empty). kInvalidArgument when any existing number is not valid.
Result<std::string> NextTopLevelNumber(const std::vector<std::string>& existing);

// The next free number under `parent` on an agenda holding `existing`: one more than the highest sub-item of
// `parent` ("5.1" when it has none). kInvalidArgument when a number is not valid; kNotFound when `parent` is
// not on the agenda; kInvalidArgument (field "parent") when it is already at kMaxDepth.
Result<std::string> NextSubItemNumber(const std::vector<std::string>& existing, std::string_view parent);

// One item after renumbering: what it was, what it becomes, and where it now sits.
struct RenumberedItem {
  std::string old_number;
  std::string new_number;
  std::string new_parent_number;  // "" at the top level
  int depth = 1;                  // 1 at the top level
};

// Numbers an agenda afresh from the order its items should be in. Each item's parent is read from its number
// ("5.1" sits under "5"); sub-items travel with their parent and keep their order among their siblings, so
// the result lists every item in agenda order (each parent before its sub-items). Siblings are numbered
// consecutively, from 0 when the group used a ".0" (or a top-level "0") before and from 1 otherwise. When a
// parent is not on the agenda ("5.0" and "5.1" with no "5"), its sub-items are still grouped and numbered as
// if it were, at the place of the first of them. Errors: kInvalidArgument for a number that is not valid or
// appears twice.
Result<std::vector<RenumberedItem>> RenumberAgenda(const std::vector<std::string>& numbers_in_order);

// Moves the item numbered `moving`, with all its sub-items, to sit under `new_parent` ("" for the top level)
// at `index` among that parent's other items (0 = first; counted without the moved item), then renumbers as
// RenumberAgenda does. `numbers` is the agenda in its current order. Errors: kInvalidArgument for invalid
// numbers, for `index` beyond the end (field "index"), for moving an item under itself or its own sub-item
// (field "new_parent"), or for a move that would go deeper than AgendaNumber::kMaxDepth; kNotFound when
// `moving` or `new_parent` is not on the agenda.
Result<std::vector<RenumberedItem>> MoveAgendaItem(const std::vector<std::string>& numbers,
                                                   std::string_view moving, std::string_view new_parent,
                                                   size_t index);

// ---------------------------------------------------------------------------------------------------------------
// Report-back links.

struct MonthYear {
  int year = 0;
  int month = 0;  // 1..12
  friend auto operator<=>(const MonthYear&, const MonthYear&) = default;
  friend bool operator==(const MonthYear&, const MonthYear&) = default;
};

// The month an action's text asks to report back to: "report back to the July 2019 Board", "to September 2019
// Board meeting", "Update to be brought to the 18 September 2019 meeting", "report to the Board in Jan 2020".
// A month with a year counts when it follows "to", "at" or "in" (with "the" and a day between allowed) and
// either a word such as "report", "back", "update" or "return" comes before it, or a body word ("board",
// "meeting", "committee", "panel", "group", "partnership") comes straight after it; after "in" it counts only
// next to a body word ("to the Board in July 2019"), since "published in July 2019" names no meeting. A month
// without a year ("to the July Board") counts only when followed by such a body word and `raised_on` is
// given; it is then the first such month on or after `raised_on`. Dates introduced by "by" or "on" are
// deadlines, not report-backs. Returns the first mention that counts, or nullopt when there is none.
std::optional<MonthYear> ExtractReportBackMonth(std::string_view text,
                                                std::optional<Date> raised_on = std::nullopt);

// The meeting of `body_id` in `month`, from `meetings` (any order, any bodies): the earliest when there are
// several; nullopt when there is none.
std::optional<store::Meeting> PickReportBackMeeting(MonthYear month, store::BodyId body_id,
                                                    const std::vector<store::Meeting>& meetings);

}  // namespace boardroom::governance
