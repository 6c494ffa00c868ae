// Meetings and agenda items in SQLite.
#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

Result<Meeting> ReadMeeting(Query& q) {
  Meeting m;
  m.id = q.IdAt<MeetingId>(0);
  m.version = q.Int64(1);
  m.body_id = q.IdAt<BodyId>(2);
  ASSIGN_OR_RETURN(m.date, q.DateAt(3));
  m.time = q.Text(4);
  m.venue = q.Text(5);
  ASSIGN_OR_RETURN(m.status, ParseMeetingStatus(q.Text(6)));
  return m;
}

Result<AgendaItem> ReadAgendaItem(Query& q) {
  AgendaItem a;
  a.id = q.IdAt<AgendaItemId>(0);
  a.version = q.Int64(1);
  a.meeting_id = q.IdAt<MeetingId>(2);
  a.number = q.Text(3);
  a.position = q.Int64(4);
  a.parent_item_id = q.OptionalIdAt<AgendaItemId>(5);
  a.title = q.Text(6);
  a.presenter = q.Text(7);
  ASSIGN_OR_RETURN(a.kind, ParseAgendaItemKind(q.Text(8)));
  a.exemption_paragraph = q.Text(9);
  a.paper_id = q.OptionalIdAt<PaperId>(10);
  return a;
}

void BindMeeting(Query& q, const Meeting& m) {
  q.Bind(":body_id", m.body_id)
      .Bind(":date", m.date)
      .Bind(":time", m.time)
      .Bind(":venue", m.venue)
      .Bind(":status", Name(m.status));
}

void BindAgendaItem(Query& q, const AgendaItem& a) {
  q.Bind(":meeting_id", a.meeting_id)
      .Bind(":number", a.number)
      .Bind(":position", a.position)
      .Bind(":parent_item_id", a.parent_item_id)
      .Bind(":title", a.title)
      .Bind(":presenter", a.presenter)
      .Bind(":kind", Name(a.kind))
      .Bind(":exemption_paragraph", a.exemption_paragraph)
      .Bind(":paper_id", a.paper_id);
}

}  // namespace

Result<Meeting> SqliteMeetingStore::CreateMeeting(const Meeting& meeting) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertMeeting));
  BindMeeting(q, meeting);
  RETURN_IF_ERROR(q.Run("create the meeting"));
  return GetMeeting(MeetingId{q.LastInsertRowId()});
}

Result<Meeting> SqliteMeetingStore::GetMeeting(MeetingId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectMeeting));
  q.Bind(":id", id);
  return ReadOne<Meeting>(q, "read the meeting", ReadMeeting, "No meeting has id " + id.ToString() + ".");
}

Result<Meeting> SqliteMeetingStore::UpdateMeeting(const Meeting& meeting) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateMeeting));
  BindMeeting(q, meeting);
  q.Bind(":id", meeting.id).Bind(":version", meeting.version);
  RETURN_IF_ERROR(q.Run("update the meeting"));
  return FinishVersionedWrite(q.Changes() > 0, "meeting", [&] { return GetMeeting(meeting.id); });
}

Result<std::vector<Meeting>> SqliteMeetingStore::ListMeetings(const MeetingFilter& filter) {
  RETURN_IF_ERROR(CheckPage(filter.page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListMeetings));
  q.Bind(":body_id", filter.body_id).Bind(":from", filter.from).Bind(":until", filter.until);
  BindPage(q, filter.page);
  return ReadAll<Meeting>(q, "list meetings", ReadMeeting);
}

Result<AgendaItem> SqliteMeetingStore::CreateAgendaItem(const AgendaItem& item) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertAgendaItem));
  BindAgendaItem(q, item);
  RETURN_IF_ERROR(q.Run("create the agenda item"));
  return GetAgendaItem(AgendaItemId{q.LastInsertRowId()}, Viewer::Everything());
}

Result<AgendaItem> SqliteMeetingStore::GetAgendaItem(AgendaItemId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectAgendaItem));
  q.Bind(":id", id);
  BindViewer(q, viewer);
  return ReadOne<AgendaItem>(q, "read the agenda item", ReadAgendaItem,
                             "No agenda item has id " + id.ToString() + ".");
}

Result<AgendaItem> SqliteMeetingStore::UpdateAgendaItem(const AgendaItem& item) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateAgendaItem));
  BindAgendaItem(q, item);
  q.Bind(":id", item.id).Bind(":version", item.version);
  RETURN_IF_ERROR(q.Run("update the agenda item"));
  return FinishVersionedWrite(q.Changes() > 0, "agenda item",
                              [&] { return GetAgendaItem(item.id, Viewer::Everything()); });
}

Status SqliteMeetingStore::DeleteAgendaItem(AgendaItemId id, int64_t version) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kDeleteAgendaItem));
  q.Bind(":id", id).Bind(":version", version);
  Status deleted = q.Run("delete the agenda item");
  if (!deleted.ok()) {
    if (deleted.error().code == ErrorCode::kInvalidArgument) {
      return Error::FailedPrecondition("Agenda item " + id.ToString() +
                                       " still has sub-items; move or delete them first.");
    }
    return deleted;
  }
  if (q.Changes() > 0) return OkStatus();
  Result<AgendaItem> current = GetAgendaItem(id, Viewer::Everything());
  if (!current.ok()) return std::move(current).error();
  return Error::Conflict(
      "The agenda item was changed by someone else since it was read; reload it and try again.");
}

Result<std::vector<AgendaItem>> SqliteMeetingStore::ListAgendaItems(MeetingId meeting_id,
                                                                    const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListAgendaItems));
  q.Bind(":meeting_id", meeting_id);
  BindViewer(q, viewer);
  return ReadAll<AgendaItem>(q, "list agenda items", ReadAgendaItem);
}

}  // namespace boardroom::store::sqlite
