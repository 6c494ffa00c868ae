#include "governance/demo.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "governance/rules.h"
#include "store/audit_chain.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::governance {
namespace {

// A SQLite store in a fresh temporary file, removed afterwards.
class TempStore {
 public:
  TempStore() {
    std::string pattern = (std::filesystem::temp_directory_path() / "governance-demo-XXXXXX").string();
    dir_ = mkdtemp(pattern.data());
    auto store = store::OpenSqliteStore((std::filesystem::path(dir_) / "boardroom.db").string());
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().message);
    if (store.ok()) store_ = std::move(store).value();
  }
  ~TempStore() {
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  store::Store& operator*() { return *store_; }
  bool ok() const { return store_ != nullptr; }

 private:
  std::string dir_;
  std::unique_ptr<store::Store> store_;
};

int64_t NoonUtc(int year, int month, int day) {
  return Date::FromYmd(year, month, day)->days() * 86400 + 12 * 3600;
}

// What the database holds, counted.
struct Census {
  size_t organisations = 0, people = 0, bodies = 0, meetings = 0, papers = 0, actions = 0;
  friend bool operator==(const Census&, const Census&) = default;
};

Census Count(store::Store& db) {
  Census census;
  auto tx = db.Begin(store::Access::kReadOnly);
  EXPECT_TRUE(tx.ok());
  if (!tx.ok()) return census;
  store::Page page;
  page.limit = store::Page::kMaxLimit;
  census.organisations = (*tx)->organisations().ListOrganisations(page)->size();
  census.people = (*tx)->organisations().ListPeople(std::nullopt, page)->size();
  census.bodies = (*tx)->bodies().ListBodies(page)->size();
  census.meetings = (*tx)->meetings().ListMeetings({})->size();
  census.papers = (*tx)->papers().ListPapers({}, store::Viewer::Everything())->size();
  census.actions = (*tx)->actions().ListActions({})->size();
  return census;
}

TEST(DemoTest, LoadsIntoAnEmptyDatabaseOnce) {
  TempStore db;
  ASSERT_TRUE(db.ok());
  FixedClock clock(NoonUtc(2019, 9, 18));
  ASSERT_TRUE(DatabaseIsEmpty(*db).ok());
  EXPECT_TRUE(*DatabaseIsEmpty(*db));

  Status loaded = LoadDemo(*db, clock);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_FALSE(*DatabaseIsEmpty(*db));

  const Census after_first = Count(*db);
  EXPECT_EQ(after_first.organisations, 6u);
  EXPECT_EQ(after_first.bodies, 3u);
  EXPECT_EQ(after_first.meetings, 3u);
  EXPECT_EQ(after_first.papers, 8u);
  EXPECT_EQ(after_first.actions, 9u);

  Status again = LoadDemo(*db, clock);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Count(*db), after_first);
}

TEST(DemoTest, EveryDemoRecordHasItsCreateEventAndTheChainHolds) {
  TempStore db;
  ASSERT_TRUE(db.ok());
  FixedClock clock(NoonUtc(2019, 9, 18));
  ASSERT_TRUE(LoadDemo(*db, clock).ok());
  auto tx = std::move((*db).Begin(store::Access::kReadOnly)).value();
  auto trail = tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value();
  std::map<std::string, int> by_kind;
  for (const store::AuditEvent& e : trail) {
    EXPECT_EQ(e.actor, "demo");
    EXPECT_EQ(e.action, "create");
    EXPECT_EQ(e.at, clock.NowSeconds());
    ++by_kind[e.record_kind];
  }
  EXPECT_EQ(by_kind["body"], 3);
  EXPECT_EQ(by_kind["meeting"], 3);
  EXPECT_EQ(by_kind["paper"], 8);
  EXPECT_EQ(by_kind["action"], 9);
  EXPECT_GT(by_kind["agenda_item"], 0);
  EXPECT_GT(by_kind["membership"], 0);
  auto meeting_events = tx->audit().ListAuditEvents("meeting", 1, {}).value();
  ASSERT_EQ(meeting_events.size(), 1u);
  EXPECT_NE(meeting_events[0].after_json.find("\"venue\""), std::string::npos);
  EXPECT_TRUE(store::VerifyAuditChain(*tx).value().ok);
}

TEST(DemoTest, RefusesADatabaseThatHoldsABody) {
  TempStore db;
  ASSERT_TRUE(db.ok());
  {
    auto tx = (*db).Begin();
    ASSERT_TRUE(tx.ok());
    store::Body body;
    body.name = "Somewhere Else Scrutiny Committee";
    ASSERT_TRUE((*tx)->bodies().CreateBody(body).ok());
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  EXPECT_FALSE(*DatabaseIsEmpty(*db));
  const Census before = Count(*db);
  Status loaded = LoadDemo(*db, FixedClock(NoonUtc(2019, 9, 18)));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Count(*db), before);
}

TEST(DemoTest, AFailureHalfWayLeavesNothingBehind) {
  TempStore db;
  ASSERT_TRUE(db.ok());
  {
    // An organisation of the same name as the demo's second one: no body or meeting, so LoadDemo starts,
    // writes the first organisation, then hits the uniqueness rule.
    auto tx = (*db).Begin();
    ASSERT_TRUE(tx.ok());
    store::Organisation org;
    org.name = "Wessex Vale Constabulary";
    ASSERT_TRUE((*tx)->organisations().CreateOrganisation(org).ok());
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  EXPECT_TRUE(*DatabaseIsEmpty(*db));
  const Census before = Count(*db);
  Status loaded = LoadDemo(*db, FixedClock(NoonUtc(2019, 9, 18)));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(Count(*db), before);
  EXPECT_EQ(before.organisations, 1u);
}

// Whatever day it is loaded, the demo has a meeting to come, a meeting held, and overdue and due-soon
// actions.
TEST(DemoTest, DatesFollowTheClock) {
  for (int64_t now :
       {NoonUtc(2019, 9, 18), NoonUtc(2019, 12, 20), NoonUtc(2024, 3, 28), NoonUtc(2030, 1, 1)}) {
    TempStore db;
    ASSERT_TRUE(db.ok());
    FixedClock clock(now);
    const Date today = clock.Today();
    ASSERT_TRUE(LoadDemo(*db, clock).ok()) << today;

    auto tx = (*db).Begin(store::Access::kReadOnly);
    ASSERT_TRUE(tx.ok());
    auto meetings = (*tx)->meetings().ListMeetings({});
    ASSERT_TRUE(meetings.ok());
    int past = 0, future = 0;
    for (const auto& meeting : *meetings) {
      EXPECT_TRUE(IsWorkingDay(meeting.date)) << meeting.date;
      if (meeting.date < today) {
        ++past;
        EXPECT_EQ(meeting.status, store::MeetingStatus::kHeld);
      } else {
        ++future;
        EXPECT_EQ(meeting.status, store::MeetingStatus::kPlanned);
        EXPECT_NE(PublicationStatusOf(meeting, today).state, DeadlineState::kMissed) << today;
      }
    }
    EXPECT_EQ(past, 1) << today;
    EXPECT_EQ(future, 2) << today;

    auto actions = (*tx)->actions().ListActions({});
    ASSERT_TRUE(actions.ok());
    int live = 0, overdue = 0, due_soon = 0;
    for (const auto& action : *actions) {
      if (IsLiveActionStatus(action.status)) ++live;
      overdue += ActionDueStateOf(action, today) == ActionDueState::kOverdue;
      due_soon += ActionDueStateOf(action, today) == ActionDueState::kDueSoon;
      auto updates = (*tx)->actions().ListActionUpdates(action.id);
      ASSERT_TRUE(updates.ok());
      for (const auto& update : *updates) EXPECT_LE(update.date, today);
    }
    EXPECT_EQ(live, kDemoLiveActions) << today;
    EXPECT_EQ(overdue, kDemoOverdueActions) << today;
    EXPECT_EQ(due_soon, kDemoDueSoonActions) << today;

    // The store's own overdue filter agrees with the rule.
    store::ActionFilter filter;
    filter.overdue_as_of = today;
    EXPECT_EQ(static_cast<int>((*tx)->actions().ListActions(filter)->size()), kDemoOverdueActions) << today;
  }
}

TEST(DemoTest, LinksTheReportBackActionToTheNextMeeting) {
  TempStore db;
  ASSERT_TRUE(db.ok());
  FixedClock clock(NoonUtc(2019, 9, 18));
  ASSERT_TRUE(LoadDemo(*db, clock).ok());
  auto tx = (*db).Begin(store::Access::kReadOnly);
  ASSERT_TRUE(tx.ok());
  auto actions = (*tx)->actions().ListActions({});
  ASSERT_TRUE(actions.ok());
  int linked = 0;
  for (const auto& action : *actions) {
    if (!action.report_back_meeting_id) continue;
    ++linked;
    auto meeting = (*tx)->meetings().GetMeeting(*action.report_back_meeting_id);
    ASSERT_TRUE(meeting.ok());
    EXPECT_GT(meeting->date, clock.Today());
    EXPECT_NE(action.text.find(meeting->date.ToLong().substr(meeting->date.ToLong().find(' ') + 1)),
              std::string::npos)
        << action.text;
  }
  EXPECT_EQ(linked, 1);
}

TEST(DemoTest, MembershipsKeepVotingAndSpeakingApart) {
  TempStore db;
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(LoadDemo(*db, FixedClock(NoonUtc(2019, 9, 18))).ok());
  auto tx = (*db).Begin(store::Access::kReadOnly);
  ASSERT_TRUE(tx.ok());
  auto bodies = (*tx)->bodies().ListBodies({});
  ASSERT_TRUE(bodies.ok());
  int chairs = 0, observers = 0, co_opted = 0, child_bodies = 0;
  for (const auto& body : *bodies) {
    if (body.parent_body_id) {
      ++child_bodies;
      EXPECT_EQ((*tx)->bodies().GetBody(*body.parent_body_id)->name, kDemoBoardName);
    }
    auto memberships = (*tx)->bodies().ListMemberships(body.id);
    ASSERT_TRUE(memberships.ok());
    for (const auto& m : *memberships) {
      chairs += m.role == store::MembershipRole::kChair;
      if (m.role == store::MembershipRole::kObserver || m.role == store::MembershipRole::kCoOpted) {
        EXPECT_FALSE(m.voting);
        EXPECT_TRUE(m.speaking);
        observers += m.role == store::MembershipRole::kObserver;
        co_opted += m.role == store::MembershipRole::kCoOpted;
      }
    }
  }
  EXPECT_EQ(chairs, 3);
  EXPECT_EQ(observers, 1);
  EXPECT_EQ(co_opted, 1);
  EXPECT_EQ(child_bodies, 1);
}

}  // namespace
}  // namespace boardroom::governance
