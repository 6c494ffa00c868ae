// Read models across bodies: the decisions register, the action list with its filters, and the dashboard of
// what needs a signed-in person's attention. Like views.h, each is a plain struct for a template or a JSON
// serialiser (record_json.h has the JSON), and who may see what is decided by the store through the Viewer
// the door passes; nothing here filters again. What does not belong here: HTML, HTTP, writes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "governance/commands.h"
#include "governance/views.h"
#include "store/store.h"

namespace boardroom::governance {

// ---------------------------------------------------------------------------------------------------------------
// The decisions register.

struct DecisionView {
  store::RecommendationId recommendation_id;
  std::string label;
  std::string text;
  std::string outcome;  // "noted", "agreed", "agreed_with_amendments", "deferred", "rejected"
  std::string outcome_note;
  store::PaperId paper_id;
  std::string paper_title;
  store::BodyId body_id;
  std::string body_name;
  std::string body_short_name;
  std::optional<store::MeetingId> meeting_id;  // the meeting that decided it, when recorded
  DateView date;                               // when decided (else the paper's meeting date), or empty
};

struct DecisionsQuery {
  std::optional<store::BodyId> body_id;
  std::optional<Date> from;   // inclusive
  std::optional<Date> until;  // inclusive
  std::optional<store::RecommendationOutcome> outcome;
  store::Page page;
};

// The register, ordered by date. kInvalidArgument (field "until") when until is before from, or for a bad
// page (field "limit" or "offset"); otherwise the errors of the store.
Result<std::vector<DecisionView>> LoadDecisions(store::Store& store, const DecisionsQuery& query,
                                                const store::Viewer& viewer);

// ---------------------------------------------------------------------------------------------------------------
// The action list.

struct ActionListItem {
  ActionView action;  // with its updates
  store::BodyId body_id;
  std::string body_name;
  std::string body_short_name;
};

struct ActionListQuery {
  std::optional<store::BodyId> body_id;
  std::optional<store::ActionStatus> status;
  std::optional<std::string> owner;  // exact, as written on the log
  bool overdue = false;              // only open or ongoing actions past their target date
  store::Page page;
  store::Viewer viewer;  // exempt actions only for a viewer who sees their body's exempt material
};

struct ActionListView {
  DateView today;
  std::vector<ActionListItem> actions;  // ordered by body, then as the store orders them
};

// Errors: kInvalidArgument for a bad page; otherwise the store's. Action logs are public records except for
// actions raised at exempt business, which query.viewer decides.
Result<ActionListView> LoadActionList(store::Store& store, const ActionListQuery& query, const Clock& clock);

// The actions asking to report back to `meeting_id` (rules.h: "report back to the July 2019 Board"), live or
// not, in log order: what the meeting's agenda is offered (AddReportBackItem in commands.h adds one).
// kNotFound when there is no such meeting.
Result<std::vector<ActionListItem>> LoadReportBacks(store::Store& store, store::MeetingId meeting_id,
                                                    const store::Viewer& viewer, const Clock& clock);

// The body whose name or short name is `name`, without regard to case. kNotFound (field "body") when none.
Result<store::Body> FindBodyByName(store::Transaction& tx, const std::string& name);

// ---------------------------------------------------------------------------------------------------------------
// The dashboard.

struct PaperAwaitingClearance {
  store::PaperId paper_id;
  std::string title;
  store::BodyId body_id;
  std::string body_name;
  DateView meeting_date;
  std::vector<std::string> missing;  // the required areas not yet cleared
};

struct DashboardView {
  DateView today;
  // Meetings on or after today of the bodies the person holds any role for (every body for a grant that
  // covers all), by date, each with its publication deadline.
  std::vector<MeetingSummary> upcoming_meetings;
  // Unpublished papers of the bodies they write for or clerk that still lack a required clearance.
  std::vector<PaperAwaitingClearance> papers_awaiting_clearance;
  // Overdue actions they own (the log's owner is their name) or that sit on a log they clerk; each once.
  std::vector<ActionListItem> overdue_actions;
};

// What `caller` needs to attend to. `viewer_for` gives the Viewer of a body for the caller (the door passes
// accounts::ViewerFor); the papers listed are those it lets them see. At most `limit` entries in each list.
Result<DashboardView> LoadDashboard(store::Store& store, const Caller& caller,
                                    const std::function<store::Viewer(store::BodyId)>& viewer_for,
                                    const Clock& clock, int64_t limit = 50);

}  // namespace boardroom::governance
