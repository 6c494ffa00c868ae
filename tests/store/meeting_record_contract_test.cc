// The contract of MeetingRecordStore (store/meeting_record_store.h), for every backend: attendance and
// declarations with optimistic locking, decision meetings, the decisions register with its filters and the
// viewer's limits, action counts, and papers waiting for clearance.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "backend.h"
#include "store/store.h"

namespace boardroom::store::testing {
namespace {

template <typename T>
T Must(Result<T> result, const char* what = "call") {
  if (!result.ok()) throw std::runtime_error(std::string(what) + " failed: " + result.error().message);
  return std::move(result).value();
}

void MustOk(const Status& status, const char* what = "call") {
  if (!status.ok()) throw std::runtime_error(std::string(what) + " failed: " + status.error().message);
}

Date D(int year, int month, int day) {
  return Date::FromYmd(year, month, day).value();
}

class MeetingRecordContractTest : public ::testing::TestWithParam<BackendFactory> {
 protected:
  void SetUp() override {
    backend_ = GetParam().make();
    store_ = Must(backend_->Open(), "open");
    auto tx = Write();
    bcb_ = Must(tx->bodies().CreateBody({.name = "Business and Crime Board", .short_name = "BCB"}));
    jac_ = Must(tx->bodies().CreateBody({.name = "Audit Committee", .short_name = "JAC"}));
    Meeting m;
    m.body_id = bcb_.id;
    m.date = D(2019, 9, 18);
    meeting_ = Must(tx->meetings().CreateMeeting(m));
    MustOk(tx->Commit());
  }

  std::unique_ptr<Transaction> Write() { return Must(store_->Begin(Access::kReadWrite), "begin"); }

  Paper MakePaper(Transaction& tx, BodyId body, std::string title, bool published,
                  Classification classification = Classification::kOfficial,
                  std::optional<Date> meeting_date = std::nullopt) {
    Paper p;
    p.body_id = body;
    p.title = std::move(title);
    p.published = published;
    p.classification = classification;
    p.meeting_date = meeting_date;
    return Must(tx.papers().CreatePaper(p), "create paper");
  }

  Recommendation Decide(Transaction& tx, PaperId paper, std::string text, RecommendationOutcome outcome) {
    Recommendation r;
    r.paper_id = paper;
    r.text = std::move(text);
    r.outcome = outcome;
    return Must(tx.papers().CreateRecommendation(r), "create recommendation");
  }

  Action MakeAction(Transaction& tx, BodyId body, std::string number, ActionStatus status,
                    std::optional<Date> target) {
    Action a;
    a.body_id = body;
    a.number = std::move(number);
    a.text = "Do it";
    a.status = status;
    a.target_date = target;
    return Must(tx.actions().CreateAction(a), "create action");
  }

  std::unique_ptr<StoreBackend> backend_;
  std::unique_ptr<Store> store_;
  Body bcb_;
  Body jac_;
  Meeting meeting_;
};

TEST_P(MeetingRecordContractTest, AttendanceIsStoredListedInKindOrderAndVersioned) {
  auto tx = Write();
  Attendance a;
  a.meeting_id = meeting_.id;
  a.name = "Cllr Smith";
  a.kind = AttendanceKind::kApologies;
  a.substitute = "Cllr Jones";
  Attendance stored = Must(tx->meeting_records().CreateAttendance(a));
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.substitute, "Cllr Jones");
  a.name = "Mr Brown";
  a.kind = AttendanceKind::kPresent;
  a.capacity = "Chair";
  Must(tx->meeting_records().CreateAttendance(a));

  auto list = Must(tx->meeting_records().ListAttendance(meeting_.id));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "Mr Brown");  // present before apologies
  EXPECT_EQ(list[1].kind, AttendanceKind::kApologies);

  Attendance duplicate = a;
  auto clash = tx->meeting_records().CreateAttendance(duplicate);
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(clash.error().field, "name");

  stored.kind = AttendanceKind::kAbsent;
  Attendance updated = Must(tx->meeting_records().UpdateAttendance(stored));
  EXPECT_EQ(updated.version, 2);
  auto stale = tx->meeting_records().UpdateAttendance(stored);  // still version 1
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Must(tx->meeting_records().GetAttendance(stored.id)).kind, AttendanceKind::kAbsent);

  Attendance orphan = a;
  orphan.meeting_id = MeetingId{999};
  orphan.name = "Nobody";
  auto missing = tx->meeting_records().CreateAttendance(orphan);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kInvalidArgument);
}

TEST_P(MeetingRecordContractTest, DeclarationsFollowTheirAgendaItem) {
  auto tx = Write();
  AgendaItem item;
  item.meeting_id = meeting_.id;
  item.number = "5";
  item.title = "Grants";
  item = Must(tx->meetings().CreateAgendaItem(item));
  Declaration d;
  d.meeting_id = meeting_.id;
  d.agenda_item_id = item.id;
  d.name = "Cllr Smith";
  d.kind = InterestKind::kDisclosablePecuniary;
  d.interest = "Trustee of an applicant charity";
  d.left_room = true;
  Declaration stored = Must(tx->meeting_records().CreateDeclaration(d));
  EXPECT_TRUE(stored.left_room);
  EXPECT_EQ(stored.kind, InterestKind::kDisclosablePecuniary);

  MustOk(tx->meetings().DeleteAgendaItem(item.id, item.version));
  Declaration after = Must(tx->meeting_records().GetDeclaration(stored.id));
  EXPECT_FALSE(after.agenda_item_id.has_value());  // the declaration stays, about the meeting

  after.interest = "";
  auto empty = tx->meeting_records().UpdateDeclaration(after);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Must(tx->meeting_records().ListDeclarations(meeting_.id)).size(), 1u);
}

TEST_P(MeetingRecordContractTest, DecisionMeetingIsRecordedAndReplaced) {
  auto tx = Write();
  Paper paper = MakePaper(*tx, bcb_.id, "Budget", true);
  Recommendation r = Decide(*tx, paper.id, "Approve", RecommendationOutcome::kAgreed);
  EXPECT_FALSE(Must(tx->meeting_records().GetDecisionMeeting(r.id)).has_value());
  MustOk(tx->meeting_records().RecordDecisionMeeting({r.id, meeting_.id, D(2019, 9, 18)}));
  MustOk(tx->meeting_records().RecordDecisionMeeting({r.id, meeting_.id, D(2019, 9, 19)}));
  auto got = Must(tx->meeting_records().GetDecisionMeeting(r.id));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->decided_on, D(2019, 9, 19));
  auto bad = tx->meeting_records().RecordDecisionMeeting({r.id, MeetingId{999}, D(2019, 9, 19)});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
}

TEST_P(MeetingRecordContractTest, DecisionsRegisterFiltersAndHidesWhatTheViewerMayNotSee) {
  auto tx = Write();
  Paper budget = MakePaper(*tx, bcb_.id, "Budget", true, Classification::kOfficial, D(2019, 9, 18));
  Paper audit = MakePaper(*tx, jac_.id, "Audit plan", true, Classification::kPublic, D(2019, 7, 1));
  Paper secret = MakePaper(*tx, bcb_.id, "Estates", true, Classification::kOfficialSensitive, D(2019, 9, 18));
  Paper draft = MakePaper(*tx, bcb_.id, "Draft", false, Classification::kOfficial, D(2019, 9, 18));
  Recommendation agreed = Decide(*tx, budget.id, "Approve the budget", RecommendationOutcome::kAgreed);
  Decide(*tx, budget.id, "Note the risks", RecommendationOutcome::kNone);  // not decided: not listed
  Recommendation deferred = Decide(*tx, audit.id, "Adopt the plan", RecommendationOutcome::kDeferred);
  Decide(*tx, secret.id, "Sell the site", RecommendationOutcome::kAgreed);
  Decide(*tx, draft.id, "Draft thing", RecommendationOutcome::kNoted);
  // The budget was decided a day after its paper's meeting date.
  MustOk(tx->meeting_records().RecordDecisionMeeting({agreed.id, meeting_.id, D(2019, 9, 19)}));

  Page page;
  auto pub = Must(tx->meeting_records().ListDecisions({}, Viewer::Public(), page));
  ASSERT_EQ(pub.size(), 2u);
  EXPECT_EQ(pub[0].recommendation_id, deferred.id);  // July before September
  EXPECT_EQ(pub[0].body_short_name, "JAC");
  EXPECT_EQ(pub[1].recommendation_id, agreed.id);
  EXPECT_EQ(pub[1].date, D(2019, 9, 19));
  EXPECT_EQ(pub[1].meeting_id, meeting_.id);
  EXPECT_EQ(pub[1].paper_title, "Budget");

  EXPECT_EQ(Must(tx->meeting_records().ListDecisions({}, Viewer::Everything(), page)).size(), 4u);

  DecisionFilter by_body;
  by_body.body_id = jac_.id;
  EXPECT_EQ(Must(tx->meeting_records().ListDecisions(by_body, Viewer::Everything(), page)).size(), 1u);
  DecisionFilter by_outcome;
  by_outcome.outcome = RecommendationOutcome::kAgreed;
  EXPECT_EQ(Must(tx->meeting_records().ListDecisions(by_outcome, Viewer::Everything(), page)).size(), 2u);
  DecisionFilter by_dates;
  by_dates.from = D(2019, 9, 19);
  by_dates.until = D(2019, 9, 30);
  auto dated = Must(tx->meeting_records().ListDecisions(by_dates, Viewer::Everything(), page));
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(dated[0].recommendation_id, agreed.id);

  auto bad_page = tx->meeting_records().ListDecisions({}, Viewer::Public(), {.limit = 0});
  ASSERT_FALSE(bad_page.ok());
  EXPECT_EQ(bad_page.error().field, "limit");
}

TEST_P(MeetingRecordContractTest, CountsActionsInOneQuery) {
  auto tx = Write();
  const Date today = D(2019, 9, 18);
  MakeAction(*tx, bcb_.id, "1", ActionStatus::kOpen, D(2019, 9, 1));      // overdue
  MakeAction(*tx, bcb_.id, "2", ActionStatus::kOngoing, today);           // due soon (today)
  MakeAction(*tx, bcb_.id, "3", ActionStatus::kOpen, D(2019, 10, 2));     // due soon (14 days)
  MakeAction(*tx, bcb_.id, "4", ActionStatus::kOpen, D(2019, 10, 3));     // neither
  MakeAction(*tx, bcb_.id, "5", ActionStatus::kOpen, std::nullopt);       // neither
  MakeAction(*tx, bcb_.id, "6", ActionStatus::kComplete, D(2019, 1, 1));  // closed, never overdue
  MakeAction(*tx, jac_.id, "1", ActionStatus::kClosed, std::nullopt);
  MakeAction(*tx, jac_.id, "2", ActionStatus::kOpen, D(2019, 9, 17));

  ActionCounts bcb = Must(tx->meeting_records().CountActions(bcb_.id, today, today.AddDays(14)));
  EXPECT_EQ(bcb.live, 5);
  EXPECT_EQ(bcb.overdue, 1);
  EXPECT_EQ(bcb.due_soon, 2);
  EXPECT_EQ(bcb.closed, 1);
  ActionCounts all = Must(tx->meeting_records().CountActions(std::nullopt, today, today.AddDays(14)));
  EXPECT_EQ(all.live, 6);
  EXPECT_EQ(all.overdue, 2);
  EXPECT_EQ(all.closed, 2);
  ActionCounts none = Must(tx->meeting_records().CountActions(BodyId{999}, today, today));
  EXPECT_EQ(none.live + none.closed, 0);
}

TEST_P(MeetingRecordContractTest, PapersAwaitingClearanceAreThoseMissingARequiredArea) {
  auto tx = Write();
  Body bcb = Must(tx->bodies().GetBody(bcb_.id));
  bcb.required_clearances = {"finance", "legal"};
  bcb = Must(tx->bodies().UpdateBody(bcb));
  Paper none = MakePaper(*tx, bcb_.id, "Nothing cleared", false, Classification::kOfficial, D(2019, 9, 18));
  Paper half = MakePaper(*tx, bcb_.id, "Finance only", false, Classification::kOfficial, D(2019, 9, 1));
  Paper done = MakePaper(*tx, bcb_.id, "All cleared", false);
  Paper refused = MakePaper(*tx, bcb_.id, "Legal said no", false);
  Paper published = MakePaper(*tx, bcb_.id, "Out already", true);
  MakePaper(*tx, jac_.id, "Other body needs nothing", false);
  Paper secret = MakePaper(*tx, bcb_.id, "Sensitive", false, Classification::kOfficialSensitive);
  auto clear = [&](PaperId paper, std::string area, bool cleared) {
    Clearance c;
    c.paper_id = paper;
    c.area = std::move(area);
    c.cleared = cleared;
    Must(tx->papers().CreateClearance(c));
  };
  clear(half.id, "Finance", true);  // areas match without regard to case
  clear(done.id, "finance", true);
  clear(done.id, "legal", true);
  clear(refused.id, "finance", true);
  clear(refused.id, "legal", false);
  (void)published;

  auto everything =
      Must(tx->meeting_records().ListPapersAwaitingClearance(std::nullopt, Viewer::Everything(), {}));
  std::vector<std::string> titles;
  for (const Paper& p : everything) titles.push_back(p.title);
  EXPECT_EQ(titles,
            (std::vector<std::string>{"Finance only", "Nothing cleared", "Legal said no", "Sensitive"}));
  (void)none;
  auto author =
      Must(tx->meeting_records().ListPapersAwaitingClearance(bcb_.id, {.sees_unpublished = true}, {}));
  EXPECT_EQ(author.size(), 3u);  // not the sensitive one
  for (const Paper& p : author) EXPECT_NE(p.id, secret.id);
  EXPECT_TRUE(
      Must(tx->meeting_records().ListPapersAwaitingClearance(std::nullopt, Viewer::Public(), {})).empty());
}

const BackendFactory kMeetingRecordBackends[] = {
    {"sqlite", MakeSqliteBackend},
};

std::string BackendName(const ::testing::TestParamInfo<BackendFactory>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Backends, MeetingRecordContractTest, ::testing::ValuesIn(kMeetingRecordBackends),
                         BackendName);

}  // namespace
}  // namespace boardroom::store::testing
