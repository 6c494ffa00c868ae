// The SQLite backend of store::MeetingRecordStore (store/meeting_record_store.h). Internal to store/sqlite.
#pragma once

#include "store/meeting_record_store.h"
#include "store/sqlite/connection.h"
#include "store/store.h"

namespace boardroom::store::sqlite {

class SqliteMeetingRecordStore final : public MeetingRecordStore {
 public:
  explicit SqliteMeetingRecordStore(Connection& connection) : db_(connection) {}
  Result<Attendance> CreateAttendance(const Attendance& attendance) override;
  Result<Attendance> GetAttendance(AttendanceId id) override;
  Result<Attendance> UpdateAttendance(const Attendance& attendance) override;
  Result<std::vector<Attendance>> ListAttendance(MeetingId meeting_id) override;
  Result<Declaration> CreateDeclaration(const Declaration& declaration) override;
  Result<Declaration> GetDeclaration(DeclarationId id) override;
  Result<Declaration> UpdateDeclaration(const Declaration& declaration) override;
  Result<std::vector<Declaration>> ListDeclarations(MeetingId meeting_id) override;
  Status RecordDecisionMeeting(const DecisionMeeting& decision) override;
  Result<std::optional<DecisionMeeting>> GetDecisionMeeting(RecommendationId id) override;
  Result<std::vector<DecisionRow>> ListDecisions(const DecisionFilter& filter, const Viewer& viewer,
                                                 const Page& page) override;
  Result<ActionCounts> CountActions(std::optional<BodyId> body_id, Date today, Date due_soon_until) override;
  Result<std::vector<Paper>> ListPapersAwaitingClearance(std::optional<BodyId> body_id, const Viewer& viewer,
                                                         const Page& page) override;

 private:
  Connection& db_;
};

}  // namespace boardroom::store::sqlite
