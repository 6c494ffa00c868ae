#include "governance/registers.h"

#include <map>
#include <memory>
#include <set>
#include <utility>

#include "core/text.h"
#include "governance/rules.h"

namespace boardroom::governance {
namespace {

DateView ViewOfOptionalDate(std::optional<Date> date) {
  return date ? ViewOf(*date) : DateView{};
}

// Bodies by id, read once per call.
class Bodies {
 public:
  explicit Bodies(store::Transaction& tx) : tx_(tx) {}
  Result<const store::Body*> Get(store::BodyId id) {
    auto it = bodies_.find(id);
    if (it == bodies_.end()) {
      ASSIGN_OR_RETURN(store::Body body, tx_.bodies().GetBody(id));
      it = bodies_.emplace(id, std::move(body)).first;
    }
    return &it->second;
  }

 private:
  store::Transaction& tx_;
  std::map<store::BodyId, store::Body> bodies_;
};

Result<ActionListItem> ItemOf(ActionViewBuilder& builder, Bodies& bodies, const store::Action& action) {
  ActionListItem item;
  ASSIGN_OR_RETURN(item.action, builder.Build(action, /*with_updates=*/true));
  ASSIGN_OR_RETURN(const store::Body* body, bodies.Get(action.body_id));
  item.body_id = body->id;
  item.body_name = body->name;
  item.body_short_name = body->short_name;
  return item;
}

}  // namespace

Result<std::vector<DecisionView>> LoadDecisions(store::Store& store, const DecisionsQuery& query,
                                                const store::Viewer& viewer) {
  if (query.from && query.until && *query.until < *query.from) {
    return Error::InvalidArgument("The end of the date range must be on or after its start.", "until");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  store::DecisionFilter filter{query.body_id, query.from, query.until, query.outcome};
  ASSIGN_OR_RETURN(std::vector<store::DecisionRow> rows,
                   tx->meeting_records().ListDecisions(filter, viewer, query.page));
  std::vector<DecisionView> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    DecisionView view;
    view.recommendation_id = row.recommendation_id;
    view.label = row.label;
    view.text = row.text;
    view.outcome = std::string(store::Name(row.outcome));
    view.outcome_note = row.outcome_note;
    view.paper_id = row.paper_id;
    view.paper_title = row.paper_title;
    view.body_id = row.body_id;
    view.body_name = row.body_name;
    view.body_short_name = row.body_short_name;
    view.meeting_id = row.meeting_id;
    view.date = ViewOfOptionalDate(row.date);
    out.push_back(std::move(view));
  }
  return out;
}

Result<ActionListView> LoadActionList(store::Store& store, const ActionListQuery& query, const Clock& clock) {
  const Date today = clock.Today();
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  store::ActionFilter filter;
  filter.body_id = query.body_id;
  filter.status = query.status;
  filter.owner = query.owner;
  if (query.overdue) filter.overdue_as_of = today;
  filter.page = query.page;
  filter.viewer = query.viewer;
  ASSIGN_OR_RETURN(std::vector<store::Action> actions, tx->actions().ListActions(filter));
  ActionListView view;
  view.today = ViewOf(today);
  ActionViewBuilder builder(*tx, today);
  Bodies bodies(*tx);
  for (const auto& action : actions) {
    ASSIGN_OR_RETURN(ActionListItem item, ItemOf(builder, bodies, action));
    view.actions.push_back(std::move(item));
  }
  return view;
}

Result<std::vector<ActionListItem>> LoadReportBacks(store::Store& store, store::MeetingId meeting_id,
                                                    const store::Viewer& viewer, const Clock& clock) {
  const Date today = clock.Today();
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(store::Meeting meeting, tx->meetings().GetMeeting(meeting_id));
  ASSIGN_OR_RETURN(std::vector<store::Action> actions,
                   store::ReadAllPages<store::Action>([&](const store::Page& page) {
                     store::ActionFilter filter;
                     filter.body_id = meeting.body_id;
                     filter.page = page;
                     filter.viewer = viewer;
                     return tx->actions().ListActions(filter);
                   }));
  ActionViewBuilder builder(*tx, today);
  Bodies bodies(*tx);
  std::vector<ActionListItem> out;
  for (const auto& action : actions) {
    if (action.report_back_meeting_id != meeting_id) continue;
    ASSIGN_OR_RETURN(ActionListItem item, ItemOf(builder, bodies, action));
    out.push_back(std::move(item));
  }
  return out;
}

Result<store::Body> FindBodyByName(store::Transaction& tx, const std::string& name) {
  const std::string wanted = FoldForCompare(name);
  ASSIGN_OR_RETURN(std::vector<store::Body> bodies,
                   store::ReadAllPages<store::Body>(
                       [&](const store::Page& page) { return tx.bodies().ListBodies(page); }));
  for (auto& body : bodies) {
    if (FoldForCompare(body.name) == wanted ||
        (!body.short_name.empty() && FoldForCompare(body.short_name) == wanted)) {
      return std::move(body);
    }
  }
  return Error{ErrorCode::kNotFound, "No body is called \"" + name + "\".", "body"};
}

Result<DashboardView> LoadDashboard(store::Store& store, const Caller& caller,
                                    const std::function<store::Viewer(store::BodyId)>& viewer_for,
                                    const Clock& clock, int64_t limit) {
  const Date today = clock.Today();
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  DashboardView view;
  view.today = ViewOf(today);
  if (caller.user.disabled) return view;

  // The bodies the caller has any role for.
  ASSIGN_OR_RETURN(std::vector<store::Body> all_bodies,
                   store::ReadAllPages<store::Body>(
                       [&](const store::Page& page) { return tx->bodies().ListBodies(page); }));
  std::vector<store::Body> mine;
  for (const auto& body : all_bodies) {
    if (caller.HasRole(store::AccountRole::kMember, body.id)) mine.push_back(body);
  }
  std::map<store::BodyId, const store::Body*> by_id;
  for (const auto& body : mine) by_id[body.id] = &body;

  store::MeetingFilter upcoming;
  upcoming.from = today;
  upcoming.page.limit = store::Page::kMaxLimit;
  ASSIGN_OR_RETURN(std::vector<store::Meeting> meetings, tx->meetings().ListMeetings(upcoming));
  for (const auto& meeting : meetings) {
    auto body = by_id.find(meeting.body_id);
    if (body == by_id.end()) continue;
    if (static_cast<int64_t>(view.upcoming_meetings.size()) >= limit) break;
    MeetingSummary summary;
    summary.id = meeting.id;
    summary.body_id = meeting.body_id;
    summary.body_name = body->second->name;
    summary.body_short_name = body->second->short_name;
    summary.date = ViewOf(meeting.date);
    summary.time = meeting.time;
    summary.venue = meeting.venue;
    summary.status = std::string(store::Name(meeting.status));
    const PublicationStatus status = PublicationStatusOf(meeting, today);
    summary.publication = {ViewOf(status.deadline), std::string(Name(status.state)), status.working_days_left,
                           status.message};
    view.upcoming_meetings.push_back(std::move(summary));
  }

  for (const auto& body : mine) {
    if (!caller.HasRole(store::AccountRole::kAuthor, body.id)) continue;
    if (static_cast<int64_t>(view.papers_awaiting_clearance.size()) >= limit) break;
    store::Page page;
    page.limit = limit;
    ASSIGN_OR_RETURN(std::vector<store::Paper> papers,
                     tx->meeting_records().ListPapersAwaitingClearance(body.id, viewer_for(body.id), page));
    for (const auto& paper : papers) {
      if (static_cast<int64_t>(view.papers_awaiting_clearance.size()) >= limit) break;
      PaperAwaitingClearance waiting;
      waiting.paper_id = paper.id;
      waiting.title = paper.title;
      waiting.body_id = body.id;
      waiting.body_name = body.name;
      waiting.meeting_date = ViewOfOptionalDate(paper.meeting_date);
      ASSIGN_OR_RETURN(waiting.missing, MissingClearances(*tx, paper));
      view.papers_awaiting_clearance.push_back(std::move(waiting));
    }
  }

  // Overdue actions: those they own, then those on the logs they clerk, each once.
  std::vector<store::Action> overdue;
  std::set<store::ActionId> seen;
  auto collect = [&](store::ActionFilter filter) -> Status {
    filter.overdue_as_of = today;
    filter.page.limit = limit;
    ASSIGN_OR_RETURN(std::vector<store::Action> found, tx->actions().ListActions(filter));
    for (auto& action : found) {
      if (static_cast<int64_t>(overdue.size()) >= limit) break;
      if (seen.insert(action.id).second) overdue.push_back(std::move(action));
    }
    return OkStatus();
  };
  if (!caller.user.name.empty()) {
    // Owned: on any log as the public sees it, plus the exempt ones of the bodies whose exempt business they
    // see.
    store::ActionFilter owned;
    owned.owner = caller.user.name;
    RETURN_IF_ERROR(collect(owned));
    for (const auto& body : mine) {
      owned.body_id = body.id;
      owned.viewer = viewer_for(body.id);
      RETURN_IF_ERROR(collect(owned));
    }
  }
  for (const auto& body : mine) {
    if (!caller.HasRole(store::AccountRole::kClerk, body.id)) continue;
    store::ActionFilter clerked;
    clerked.body_id = body.id;
    clerked.viewer = viewer_for(body.id);
    RETURN_IF_ERROR(collect(clerked));
  }
  ActionViewBuilder builder(*tx, today);
  Bodies bodies(*tx);
  for (const auto& action : overdue) {
    ASSIGN_OR_RETURN(ActionListItem item, ItemOf(builder, bodies, action));
    view.overdue_actions.push_back(std::move(item));
  }
  return view;
}

}  // namespace boardroom::governance
