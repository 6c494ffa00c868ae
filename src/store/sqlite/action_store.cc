// Action logs and their append-only updates in SQLite.
#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

Result<Action> ReadAction(Query& q) {
  Action a;
  a.id = q.IdAt<ActionId>(0);
  a.version = q.Int64(1);
  a.body_id = q.IdAt<BodyId>(2);
  a.number = q.Text(3);
  a.meeting_raised_id = q.OptionalIdAt<MeetingId>(4);
  a.agenda_item_number = q.Text(5);
  a.text = q.Text(6);
  a.owner = q.Text(7);
  ASSIGN_OR_RETURN(a.target_date, q.OptionalDateAt(8));
  ASSIGN_OR_RETURN(a.status, ParseActionStatus(q.Text(9)));
  a.report_back_meeting_id = q.OptionalIdAt<MeetingId>(10);
  a.exempt = q.Int64(11) != 0;
  return a;
}

Result<ActionUpdate> ReadActionUpdate(Query& q) {
  ActionUpdate u;
  u.id = q.IdAt<ActionUpdateId>(0);
  u.action_id = q.IdAt<ActionId>(1);
  ASSIGN_OR_RETURN(u.date, q.DateAt(2));
  u.text = q.Text(3);
  u.author = q.Text(4);
  return u;
}

void BindAction(Query& q, const Action& a) {
  q.Bind(":body_id", a.body_id)
      .Bind(":number", a.number)
      .Bind(":meeting_raised_id", a.meeting_raised_id)
      .Bind(":agenda_item_number", a.agenda_item_number)
      .Bind(":text", a.text)
      .Bind(":owner", a.owner)
      .Bind(":target_date", a.target_date)
      .Bind(":status", Name(a.status))
      .Bind(":report_back_meeting_id", a.report_back_meeting_id)
      .Bind(":exempt", a.exempt);
}

}  // namespace

Result<Action> SqliteActionStore::CreateAction(const Action& action) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertAction));
  BindAction(q, action);
  RETURN_IF_ERROR(q.Run("create the action"));
  return GetAction(ActionId{q.LastInsertRowId()}, Viewer::Everything());
}

Result<Action> SqliteActionStore::GetAction(ActionId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectAction));
  q.Bind(":id", id);
  BindActionViewer(q, viewer);
  return ReadOne<Action>(q, "read the action", ReadAction, "No action has id " + id.ToString() + ".");
}

Result<Action> SqliteActionStore::UpdateAction(const Action& action) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateAction));
  BindAction(q, action);
  q.Bind(":id", action.id).Bind(":version", action.version);
  RETURN_IF_ERROR(q.Run("update the action"));
  return FinishVersionedWrite(q.Changes() > 0, "action",
                              [&] { return GetAction(action.id, Viewer::Everything()); });
}

Result<std::vector<Action>> SqliteActionStore::ListActions(const ActionFilter& filter) {
  RETURN_IF_ERROR(CheckPage(filter.page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListActions));
  q.Bind(":body_id", filter.body_id)
      .Bind(":owner", filter.owner)
      .Bind(":overdue_as_of", filter.overdue_as_of);
  if (filter.status) {
    q.Bind(":status", Name(*filter.status));
  } else {
    q.BindNull(":status");
  }
  BindActionViewer(q, filter.viewer);
  BindPage(q, filter.page);
  return ReadAll<Action>(q, "list actions", ReadAction);
}

Result<ActionUpdate> SqliteActionStore::AppendActionUpdate(const ActionUpdate& update) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertActionUpdate));
  q.Bind(":action_id", update.action_id).Bind(":date", update.date).Bind(":text", update.text);
  q.Bind(":author", update.author);
  RETURN_IF_ERROR(q.Run("append the action update"));
  ActionUpdate stored = update;
  stored.id = ActionUpdateId{q.LastInsertRowId()};
  return stored;
}

Result<std::vector<ActionUpdate>> SqliteActionStore::ListActionUpdates(ActionId action_id,
                                                                       const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListActionUpdates));
  q.Bind(":action_id", action_id);
  BindActionViewer(q, viewer);
  return ReadAll<ActionUpdate>(q, "list action updates", ReadActionUpdate);
}

}  // namespace boardroom::store::sqlite
