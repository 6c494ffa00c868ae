// Read models for the governance pages: the home page (bodies, upcoming meetings, action counts), a meeting
// (its agenda with nesting, its publication deadline, its body's live actions) and a body's action log. Each
// is a plain struct of strings and values, ready for a template or a JSON serialiser: dates come both as ISO
// text and as display text ("Wednesday 18 September 2019"), closed sets as their stable names.
//
// Who may see what is decided by the store (store::Viewer): these functions pass the viewer through and never
// filter again. What does not belong here: HTML (src/web/templates/), HTTP status codes (web), and writes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"

namespace boardroom::governance {

// A date as a page shows it. Empty strings when there is no date.
struct DateView {
  std::string iso;      // "2019-09-18"
  std::string display;  // "Wednesday 18 September 2019"
};

// Where a meeting stands against its publication deadline (governance/rules.h PublicationStatusOf).
struct PublicationView {
  DateView deadline;
  std::string state;  // "on_track", "due_soon", "missed", "published"
  int working_days_left = 0;
  std::string message;  // "Publish by Tuesday 10 September 2019 — 3 working days left"
};

struct MeetingSummary {
  store::MeetingId id;
  store::BodyId body_id;
  std::string body_name;
  std::string body_short_name;
  DateView date;
  std::string time;
  std::string venue;
  std::string status;  // "planned", "agenda_published", "held", "minutes_approved"
  PublicationView publication;
};

struct BodySummary {
  store::BodyId id;
  std::string name;
  std::string short_name;
  std::string kind;
  std::optional<store::BodyId> parent_body_id;
  std::string parent_name;                     // "" at the top
  std::optional<MeetingSummary> next_meeting;  // the first meeting on or after today
};

struct HomeView {
  DateView today;
  std::vector<BodySummary> bodies;                // ordered by name
  std::vector<MeetingSummary> upcoming_meetings;  // on or after today, by date
  int64_t open_actions = 0;                       // open or ongoing, all bodies
  int64_t overdue_actions = 0;
  int64_t due_soon_actions = 0;
};

struct AgendaItemView {
  store::AgendaItemId id;
  std::string number;
  int depth = 1;  // 1 at the top level, 2 for "5.1", ...
  std::string title;
  std::string presenter;
  std::string kind;                        // "standard", "paper", "verbal", "exempt"
  std::string exemption_paragraph;         // Schedule 12A paragraph for an exempt item
  std::optional<store::PaperId> paper_id;  // only when the viewer may see the paper
  std::string paper_title;
  std::optional<store::InspectionId> inspection_id;  // the inspection report the paper responds to
  std::string inspection_title;
};

struct ActionUpdateView {
  DateView date;
  std::string text;
  std::string author;
};

struct ActionView {
  store::ActionId id;
  std::string number;
  std::string text;
  std::string owner;
  DateView target_date;
  std::string status;       // "open", "ongoing", "complete", "closed", "superseded"
  std::string due_state;    // "overdue", "due_soon", "none"
  std::string due_message;  // "Overdue by 3 days", "Due in 5 days", ""
  std::string agenda_item_number;
  bool exempt = false;  // raised at exempt (Part B) business
  std::optional<store::MeetingId> meeting_raised_id;
  DateView meeting_raised_date;
  std::optional<store::MeetingId> report_back_meeting_id;
  DateView report_back_date;
  std::vector<ActionUpdateView> updates;  // oldest first
};

struct MeetingView {
  MeetingSummary meeting;
  BodySummary body;                      // without next_meeting
  std::vector<AgendaItemView> agenda;    // in agenda order
  std::vector<ActionView> open_actions;  // the body's open and ongoing actions, by number order of the log
  int64_t overdue_actions = 0;
  int64_t due_soon_actions = 0;
};

struct ActionLogView {
  BodySummary body;  // without next_meeting
  DateView today;
  std::vector<ActionView> actions;  // every action on the log, in the store's order
  int64_t open_actions = 0;
  int64_t overdue_actions = 0;
  int64_t due_soon_actions = 0;
  int64_t closed_actions = 0;  // complete, closed or superseded
};

// Builds action views inside one transaction, reading the date of each meeting the actions name once.
// REQUIRES: `tx` outlives the builder.
class ActionViewBuilder {
 public:
  ActionViewBuilder(store::Transaction& tx, Date today);
  // The view of `action` (with its updates, oldest first, when asked). Errors: those of the store.
  Result<ActionView> Build(const store::Action& action, bool with_updates);

 private:
  Result<Date> MeetingDate(store::MeetingId id);
  store::Transaction& tx_;
  Date today_;
  std::map<store::MeetingId, Date> dates_;
};

// "Wednesday 18 September 2019" with its ISO form.
DateView ViewOf(Date date);

// The home page as of the clock's today. Errors: those of the store (kUnavailable when busy).
Result<HomeView> LoadHome(store::Store& store, const store::Viewer& viewer, const Clock& clock);

// A meeting page. kNotFound when there is no such meeting; otherwise the errors of the store.
Result<MeetingView> LoadMeeting(store::Store& store, store::MeetingId id, const store::Viewer& viewer,
                                const Clock& clock);

// A body's action log with updates. kNotFound when there is no such body; otherwise the errors of the store.
Result<ActionLogView> LoadActionLog(store::Store& store, store::BodyId id, const store::Viewer& viewer,
                                    const Clock& clock);

}  // namespace boardroom::governance
