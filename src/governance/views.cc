#include "governance/views.h"

#include <functional>
#include <map>
#include <memory>
#include <utility>

#include "governance/rules.h"

namespace boardroom::governance {
namespace {

Result<std::vector<store::Body>> AllBodies(store::Transaction& tx) {
  return store::ReadAllPages<store::Body>(
      [&](const store::Page& page) { return tx.bodies().ListBodies(page); });
}

Result<std::vector<store::Action>> AllActions(store::Transaction& tx, std::optional<store::BodyId> body_id,
                                              const store::Viewer& viewer) {
  return store::ReadAllPages<store::Action>([&](const store::Page& page) {
    store::ActionFilter filter;
    filter.body_id = body_id;
    filter.viewer = viewer;
    filter.page = page;
    return tx.actions().ListActions(filter);
  });
}

// An empty view for no date. (Named apart from ViewOf, which it would otherwise hide here and call itself.)
DateView ViewOfOptional(std::optional<Date> date) {
  return date ? governance::ViewOf(*date) : DateView{};
}

PublicationView PublicationOf(const store::Meeting& meeting, Date today) {
  const PublicationStatus status = PublicationStatusOf(meeting, today);
  return {ViewOf(status.deadline), std::string(Name(status.state)), status.working_days_left, status.message};
}

MeetingSummary SummaryOf(const store::Meeting& meeting, const store::Body& body, Date today) {
  MeetingSummary summary;
  summary.id = meeting.id;
  summary.body_id = body.id;
  summary.body_name = body.name;
  summary.body_short_name = body.short_name;
  summary.date = ViewOf(meeting.date);
  summary.time = meeting.time;
  summary.venue = meeting.venue;
  summary.status = std::string(store::Name(meeting.status));
  summary.publication = PublicationOf(meeting, today);
  return summary;
}

// The body as a summary, with its parent's name read through `tx` when it has one.
Result<BodySummary> BodySummaryOf(store::Transaction& tx, const store::Body& body) {
  BodySummary summary;
  summary.id = body.id;
  summary.name = body.name;
  summary.short_name = body.short_name;
  summary.kind = body.kind;
  summary.parent_body_id = body.parent_body_id;
  if (body.parent_body_id) {
    ASSIGN_OR_RETURN(store::Body parent, tx.bodies().GetBody(*body.parent_body_id));
    summary.parent_name = parent.name;
  }
  return summary;
}

// Counts of live, overdue and due-soon actions.
struct ActionCounts {
  int64_t live = 0;
  int64_t overdue = 0;
  int64_t due_soon = 0;
  int64_t closed = 0;

  void Add(const store::Action& action, Date today) {
    if (IsLiveActionStatus(action.status)) {
      ++live;
    } else {
      ++closed;
    }
    switch (ActionDueStateOf(action, today)) {
      case ActionDueState::kOverdue:
        ++overdue;
        break;
      case ActionDueState::kDueSoon:
        ++due_soon;
        break;
      case ActionDueState::kNone:
        break;
    }
  }
};

// Nesting depth of each item: one more than its parent's when the parent is among `items`, otherwise read
// from its number (an item whose parent the viewer may not see still sits at its own level).
std::vector<int> Depths(const std::vector<store::AgendaItem>& items) {
  std::map<store::AgendaItemId, size_t> index;
  for (size_t i = 0; i < items.size(); ++i) index[items[i].id] = i;
  std::vector<int> depth(items.size(), 0);
  std::function<int(size_t, int)> depth_of = [&](size_t i, int guard) -> int {
    if (depth[i] > 0) return depth[i];
    const auto& item = items[i];
    int d = 1;
    auto parent = item.parent_item_id ? index.find(*item.parent_item_id) : index.end();
    if (parent != index.end() && guard < static_cast<int>(items.size())) {
      d = depth_of(parent->second, guard + 1) + 1;
    } else if (auto number = AgendaNumber::Parse(item.number); number.ok()) {
      d = number->depth();
    }
    return depth[i] = d;
  };
  for (size_t i = 0; i < items.size(); ++i) depth_of(i, 0);
  return depth;
}

}  // namespace

DateView ViewOf(Date date) {
  return {date.ToIso(), WeekdayDate(date)};
}

ActionViewBuilder::ActionViewBuilder(store::Transaction& tx, Date today) : tx_(tx), today_(today) {}

Result<ActionView> ActionViewBuilder::Build(const store::Action& action, bool with_updates) {
  ActionView view;
  view.id = action.id;
  view.number = action.number;
  view.text = action.text;
  view.owner = action.owner;
  view.target_date = ViewOfOptional(action.target_date);
  view.status = std::string(store::Name(action.status));
  view.due_state = std::string(Name(ActionDueStateOf(action, today_)));
  view.due_message = DescribeActionDue(action, today_);
  view.agenda_item_number = action.agenda_item_number;
  view.exempt = action.exempt;
  view.meeting_raised_id = action.meeting_raised_id;
  if (action.meeting_raised_id) {
    ASSIGN_OR_RETURN(Date date, MeetingDate(*action.meeting_raised_id));
    view.meeting_raised_date = ViewOf(date);
  }
  view.report_back_meeting_id = action.report_back_meeting_id;
  if (action.report_back_meeting_id) {
    ASSIGN_OR_RETURN(Date date, MeetingDate(*action.report_back_meeting_id));
    view.report_back_date = ViewOf(date);
  }
  if (with_updates) {
    // `action` was read through the caller's viewer, so its updates are theirs to see.
    ASSIGN_OR_RETURN(auto updates, tx_.actions().ListActionUpdates(action.id, store::Viewer::Everything()));
    for (const auto& update : updates)
      view.updates.push_back({ViewOf(update.date), update.text, update.author});
  }
  return view;
}

Result<Date> ActionViewBuilder::MeetingDate(store::MeetingId id) {
  if (auto it = dates_.find(id); it != dates_.end()) return it->second;
  ASSIGN_OR_RETURN(store::Meeting meeting, tx_.meetings().GetMeeting(id));
  dates_.emplace(id, meeting.date);
  return meeting.date;
}

Result<HomeView> LoadHome(store::Store& store, const store::Viewer& viewer, const Clock& clock) {
  (void)viewer;  // bodies, meetings and action logs are public records; the store filters papers, not these
  const Date today = clock.Today();
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  HomeView home;
  home.today = ViewOf(today);

  ASSIGN_OR_RETURN(std::vector<store::Body> bodies, AllBodies(*tx));
  std::map<store::BodyId, const store::Body*> by_id;
  for (const auto& body : bodies) by_id[body.id] = &body;

  ASSIGN_OR_RETURN(std::vector<store::Meeting> upcoming,
                   store::ReadAllPages<store::Meeting>([&](const store::Page& page) {
                     store::MeetingFilter filter;
                     filter.from = today;
                     filter.page = page;
                     return tx->meetings().ListMeetings(filter);
                   }));
  std::map<store::BodyId, MeetingSummary> next_by_body;
  for (const auto& meeting : upcoming) {
    auto body = by_id.find(meeting.body_id);
    if (body == by_id.end())
      return Error::Internal("meeting " + meeting.id.ToString() + " names a missing body");
    MeetingSummary summary = SummaryOf(meeting, *body->second, today);
    next_by_body.emplace(meeting.body_id, summary);  // the first, as meetings come in date order
    home.upcoming_meetings.push_back(std::move(summary));
  }

  for (const auto& body : bodies) {
    BodySummary summary;
    summary.id = body.id;
    summary.name = body.name;
    summary.short_name = body.short_name;
    summary.kind = body.kind;
    summary.parent_body_id = body.parent_body_id;
    if (body.parent_body_id) {
      auto parent = by_id.find(*body.parent_body_id);
      if (parent != by_id.end()) summary.parent_name = parent->second->name;
    }
    if (auto next = next_by_body.find(body.id); next != next_by_body.end())
      summary.next_meeting = next->second;
    home.bodies.push_back(std::move(summary));
  }

  ASSIGN_OR_RETURN(store::ActionCounts counts, tx->meeting_records().CountActions(
                                                   std::nullopt, today, today.AddDays(kActionDueSoonDays)));
  home.open_actions = counts.live;
  home.overdue_actions = counts.overdue;
  home.due_soon_actions = counts.due_soon;
  return home;
}

Result<MeetingView> LoadMeeting(store::Store& store, store::MeetingId id, const store::Viewer& viewer,
                                const Clock& clock) {
  const Date today = clock.Today();
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(store::Meeting meeting, tx->meetings().GetMeeting(id));
  ASSIGN_OR_RETURN(store::Body body, tx->bodies().GetBody(meeting.body_id));

  MeetingView view;
  view.meeting = SummaryOf(meeting, body, today);
  ASSIGN_OR_RETURN(view.body, BodySummaryOf(*tx, body));

  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> items, tx->meetings().ListAgendaItems(id, viewer));
  const std::vector<int> depths = Depths(items);
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    AgendaItemView item_view;
    item_view.id = item.id;
    item_view.number = item.number;
    item_view.depth = depths[i];
    item_view.title = item.title;
    item_view.presenter = item.presenter;
    item_view.kind = std::string(store::Name(item.kind));
    item_view.exemption_paragraph = item.exemption_paragraph;
    if (item.paper_id) {
      ASSIGN_OR_RETURN(store::Paper paper, tx->papers().GetPaper(*item.paper_id, viewer));
      item_view.paper_id = paper.id;
      item_view.paper_title = paper.title;
      ASSIGN_OR_RETURN(std::optional<store::Inspection> inspection,
                       tx->inspections().FindInspectionByPaper(paper.id, viewer));
      if (inspection) {
        item_view.inspection_id = inspection->id;
        item_view.inspection_title = inspection->title;
      }
    }
    view.agenda.push_back(std::move(item_view));
  }

  ASSIGN_OR_RETURN(std::vector<store::Action> actions, AllActions(*tx, body.id, viewer));
  ActionViewBuilder builder(*tx, today);
  ActionCounts counts;
  for (const auto& action : actions) {
    counts.Add(action, today);
    if (!IsLiveActionStatus(action.status)) continue;
    ASSIGN_OR_RETURN(ActionView action_view, builder.Build(action, /*with_updates=*/false));
    view.open_actions.push_back(std::move(action_view));
  }
  view.overdue_actions = counts.overdue;
  view.due_soon_actions = counts.due_soon;
  return view;
}

Result<ActionLogView> LoadActionLog(store::Store& store, store::BodyId id, const store::Viewer& viewer,
                                    const Clock& clock) {
  (void)viewer;  // action logs are public records: the store has nothing to hide in them
  const Date today = clock.Today();
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(store::Body body, tx->bodies().GetBody(id));

  ActionLogView log;
  ASSIGN_OR_RETURN(log.body, BodySummaryOf(*tx, body));
  log.today = ViewOf(today);
  ASSIGN_OR_RETURN(std::vector<store::Action> actions, AllActions(*tx, body.id, viewer));
  ActionViewBuilder builder(*tx, today);
  ActionCounts counts;
  for (const auto& action : actions) {
    counts.Add(action, today);
    ASSIGN_OR_RETURN(ActionView action_view, builder.Build(action, /*with_updates=*/true));
    log.actions.push_back(std::move(action_view));
  }
  log.open_actions = counts.live;
  log.overdue_actions = counts.overdue;
  log.due_soon_actions = counts.due_soon;
  log.closed_actions = counts.closed;
  return log;
}

}  // namespace boardroom::governance
