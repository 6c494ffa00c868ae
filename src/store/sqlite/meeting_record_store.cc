// Attendance, declarations of interest, decision meetings and the governance read queries in SQLite.
#include "store/sqlite/meeting_record_store.h"

#include "store/sqlite/meeting_record_statements.h"
#include "store/sqlite/sqlite_store_internal.h"

namespace boardroom::store::sqlite {
namespace {

Result<Attendance> ReadAttendance(Query& q) {
  Attendance a;
  a.id = q.IdAt<AttendanceId>(0);
  a.version = q.Int64(1);
  a.meeting_id = q.IdAt<MeetingId>(2);
  a.person_id = q.OptionalIdAt<PersonId>(3);
  a.name = q.Text(4);
  a.capacity = q.Text(5);
  ASSIGN_OR_RETURN(a.kind, ParseAttendanceKind(q.Text(6)));
  a.substitute = q.Text(7);
  return a;
}

void BindAttendance(Query& q, const Attendance& a) {
  q.Bind(":meeting_id", a.meeting_id)
      .Bind(":person_id", a.person_id)
      .Bind(":name", a.name)
      .Bind(":capacity", a.capacity)
      .Bind(":kind", Name(a.kind))
      .Bind(":substitute", a.substitute);
}

Result<Declaration> ReadDeclaration(Query& q) {
  Declaration d;
  d.id = q.IdAt<DeclarationId>(0);
  d.version = q.Int64(1);
  d.meeting_id = q.IdAt<MeetingId>(2);
  d.agenda_item_id = q.OptionalIdAt<AgendaItemId>(3);
  d.person_id = q.OptionalIdAt<PersonId>(4);
  d.name = q.Text(5);
  ASSIGN_OR_RETURN(d.kind, ParseInterestKind(q.Text(6)));
  d.interest = q.Text(7);
  d.left_room = q.Bool(8);
  return d;
}

void BindDeclaration(Query& q, const Declaration& d) {
  q.Bind(":meeting_id", d.meeting_id)
      .Bind(":agenda_item_id", d.agenda_item_id)
      .Bind(":person_id", d.person_id)
      .Bind(":name", d.name)
      .Bind(":kind", Name(d.kind))
      .Bind(":interest", d.interest)
      .Bind(":left_room", d.left_room);
}

Result<DecisionRow> ReadDecisionRow(Query& q) {
  DecisionRow r;
  r.recommendation_id = q.IdAt<RecommendationId>(0);
  r.label = q.Text(1);
  r.text = q.Text(2);
  ASSIGN_OR_RETURN(r.outcome, ParseRecommendationOutcome(q.Text(3)));
  r.outcome_note = q.Text(4);
  r.paper_id = q.IdAt<PaperId>(5);
  r.paper_title = q.Text(6);
  r.body_id = q.IdAt<BodyId>(7);
  r.body_name = q.Text(8);
  r.body_short_name = q.Text(9);
  r.meeting_id = q.OptionalIdAt<MeetingId>(10);
  ASSIGN_OR_RETURN(r.date, q.OptionalDateAt(11));
  return r;
}

}  // namespace

Result<Attendance> SqliteMeetingRecordStore::CreateAttendance(const Attendance& attendance) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertAttendance));
  BindAttendance(q, attendance);
  Status created = q.Run("record the attendance");
  if (!created.ok()) {
    if (created.error().code == ErrorCode::kAlreadyExists) {
      return Error::AlreadyExists("The meeting already lists " + attendance.name + ".", "name");
    }
    return std::move(created).error();
  }
  return GetAttendance(AttendanceId{q.LastInsertRowId()});
}

Result<Attendance> SqliteMeetingRecordStore::GetAttendance(AttendanceId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectAttendance));
  q.Bind(":id", id);
  return ReadOne<Attendance>(q, "read the attendance", ReadAttendance,
                             "No attendance record has id " + id.ToString() + ".");
}

Result<Attendance> SqliteMeetingRecordStore::UpdateAttendance(const Attendance& attendance) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateAttendance));
  BindAttendance(q, attendance);
  q.Bind(":id", attendance.id).Bind(":version", attendance.version);
  Status updated = q.Run("update the attendance");
  if (!updated.ok()) {
    if (updated.error().code == ErrorCode::kAlreadyExists) {
      return Error::AlreadyExists("The meeting already lists " + attendance.name + ".", "name");
    }
    return std::move(updated).error();
  }
  return FinishVersionedWrite(q.Changes() > 0, "attendance record",
                              [&] { return GetAttendance(attendance.id); });
}

Result<std::vector<Attendance>> SqliteMeetingRecordStore::ListAttendance(MeetingId meeting_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListAttendance));
  q.Bind(":meeting_id", meeting_id);
  return ReadAll<Attendance>(q, "list attendance", ReadAttendance);
}

Result<Declaration> SqliteMeetingRecordStore::CreateDeclaration(const Declaration& declaration) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertDeclaration));
  BindDeclaration(q, declaration);
  RETURN_IF_ERROR(q.Run("record the declaration"));
  return GetDeclaration(DeclarationId{q.LastInsertRowId()});
}

Result<Declaration> SqliteMeetingRecordStore::GetDeclaration(DeclarationId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectDeclaration));
  q.Bind(":id", id);
  return ReadOne<Declaration>(q, "read the declaration", ReadDeclaration,
                              "No declaration has id " + id.ToString() + ".");
}

Result<Declaration> SqliteMeetingRecordStore::UpdateDeclaration(const Declaration& declaration) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateDeclaration));
  BindDeclaration(q, declaration);
  q.Bind(":id", declaration.id).Bind(":version", declaration.version);
  RETURN_IF_ERROR(q.Run("update the declaration"));
  return FinishVersionedWrite(q.Changes() > 0, "declaration", [&] { return GetDeclaration(declaration.id); });
}

Result<std::vector<Declaration>> SqliteMeetingRecordStore::ListDeclarations(MeetingId meeting_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListDeclarations));
  q.Bind(":meeting_id", meeting_id);
  return ReadAll<Declaration>(q, "list declarations", ReadDeclaration);
}

Status SqliteMeetingRecordStore::RecordDecisionMeeting(const DecisionMeeting& decision) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpsertDecisionMeeting));
  q.Bind(":recommendation_id", decision.recommendation_id)
      .Bind(":meeting_id", decision.meeting_id)
      .Bind(":decided_on", decision.decided_on);
  return q.Run("record the decision's meeting");
}

Result<std::optional<DecisionMeeting>> SqliteMeetingRecordStore::GetDecisionMeeting(RecommendationId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectDecisionMeeting));
  q.Bind(":recommendation_id", id);
  ASSIGN_OR_RETURN(bool row, q.Step("read the decision's meeting"));
  if (!row) return std::optional<DecisionMeeting>();
  DecisionMeeting d;
  d.recommendation_id = q.IdAt<RecommendationId>(0);
  d.meeting_id = q.IdAt<MeetingId>(1);
  ASSIGN_OR_RETURN(d.decided_on, q.DateAt(2));
  return std::optional<DecisionMeeting>(d);
}

Result<std::vector<DecisionRow>> SqliteMeetingRecordStore::ListDecisions(const DecisionFilter& filter,
                                                                         const Viewer& viewer,
                                                                         const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListDecisions));
  q.Bind(":body_id", filter.body_id).Bind(":from", filter.from).Bind(":until", filter.until);
  if (filter.outcome) {
    q.Bind(":outcome", Name(*filter.outcome));
  } else {
    q.BindNull(":outcome");
  }
  BindViewer(q, viewer);
  BindPage(q, page);
  return ReadAll<DecisionRow>(q, "list decisions", ReadDecisionRow);
}

Result<ActionCounts> SqliteMeetingRecordStore::CountActions(std::optional<BodyId> body_id, Date today,
                                                            Date due_soon_until) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kCountActions));
  q.Bind(":body_id", body_id).Bind(":today", today).Bind(":due_soon_until", due_soon_until);
  ASSIGN_OR_RETURN(bool row, q.Step("count actions"));
  if (!row) return Error::Internal("Counting actions returned no row.");
  return ActionCounts{q.Int64(0), q.Int64(1), q.Int64(2), q.Int64(3)};
}

Result<std::vector<Paper>> SqliteMeetingRecordStore::ListPapersAwaitingClearance(
    std::optional<BodyId> body_id, const Viewer& viewer, const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  std::vector<PaperId> ids;
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListPapersAwaitingClearance));
    q.Bind(":body_id", body_id);
    BindViewer(q, viewer);
    BindPage(q, page);
    ASSIGN_OR_RETURN(ids,
                     ReadAll<PaperId>(q, "list papers awaiting clearance",
                                      [](Query& row) -> Result<PaperId> { return row.IdAt<PaperId>(0); }));
  }
  SqlitePaperStore papers(db_);
  std::vector<Paper> out;
  for (PaperId id : ids) {
    ASSIGN_OR_RETURN(Paper paper, papers.GetPaper(id, viewer));
    out.push_back(std::move(paper));
  }
  return out;
}

}  // namespace boardroom::store::sqlite
