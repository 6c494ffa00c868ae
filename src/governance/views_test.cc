#include "governance/views.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "governance/demo.h"
#include "governance/rules.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::governance {
namespace {

using store::Viewer;

// The demo data in a fresh temporary SQLite file, loaded as of noon UTC on a fixed day.
class ViewsTest : public ::testing::Test {
 protected:
  ViewsTest() : clock_(Date::FromYmd(2019, 9, 18)->days() * 86400 + 12 * 3600) {}

  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "governance-views-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    auto store = store::OpenSqliteStore((std::filesystem::path(dir_) / "boardroom.db").string());
    ASSERT_TRUE(store.ok()) << store.error().message;
    store_ = std::move(store).value();
    Status loaded = LoadDemo(*store_, clock_);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  }

  void TearDown() override {
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  // The Board's meeting that is still to come.
  store::MeetingId NextBoardMeeting() {
    auto home = LoadHome(*store_, Viewer::Public(), clock_);
    EXPECT_TRUE(home.ok());
    for (const auto& meeting : home->upcoming_meetings) {
      if (meeting.body_name == kDemoBoardName) return meeting.id;
    }
    ADD_FAILURE() << "no upcoming Board meeting";
    return {};
  }

  store::BodyId BoardId() {
    auto home = LoadHome(*store_, Viewer::Public(), clock_);
    EXPECT_TRUE(home.ok());
    for (const auto& body : home->bodies) {
      if (body.name == kDemoBoardName) return body.id;
    }
    ADD_FAILURE() << "no Board";
    return {};
  }

  FixedClock clock_;
  std::string dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(ViewsTest, HomeListsBodiesMeetingsAndActionCounts) {
  auto home = LoadHome(*store_, Viewer::Public(), clock_);
  ASSERT_TRUE(home.ok()) << home.error().message;
  EXPECT_EQ(home->today.iso, "2019-09-18");
  EXPECT_EQ(home->today.display, "Wednesday 18 September 2019");

  ASSERT_EQ(home->bodies.size(), 3u);
  for (const auto& body : home->bodies) {
    if (body.name == kDemoGroupName) {
      EXPECT_EQ(body.parent_name, kDemoBoardName);
      EXPECT_FALSE(body.next_meeting.has_value());
    } else {
      EXPECT_EQ(body.parent_name, "");
      ASSERT_TRUE(body.next_meeting.has_value()) << body.name;
      EXPECT_GE(body.next_meeting->date.iso, "2019-09-18");
    }
  }

  // The Panel meets first (in about two weeks), the Board in about five.
  ASSERT_EQ(home->upcoming_meetings.size(), 2u);
  EXPECT_EQ(home->upcoming_meetings[0].body_name, kDemoPanelName);
  EXPECT_EQ(home->upcoming_meetings[1].body_name, kDemoBoardName);
  EXPECT_EQ(home->upcoming_meetings[0].date.iso, "2019-10-08");  // first working Tuesday from 2 October
  EXPECT_EQ(home->upcoming_meetings[1].date.iso, "2019-10-24");  // first working Thursday from 23 October
  for (const auto& meeting : home->upcoming_meetings) EXPECT_EQ(meeting.status, "planned");

  const PublicationView& panel = home->upcoming_meetings[0].publication;
  EXPECT_EQ(panel.deadline.display, "Monday 30 September 2019");
  EXPECT_EQ(panel.state, "on_track");
  EXPECT_EQ(panel.working_days_left, 8);
  EXPECT_EQ(panel.message, "Publish by Monday 30 September 2019 \u2014 8 working days left");
  const PublicationView& board = home->upcoming_meetings[1].publication;
  EXPECT_EQ(board.deadline.display, "Wednesday 16 October 2019");
  EXPECT_EQ(board.state, "on_track");

  EXPECT_EQ(home->open_actions, kDemoLiveActions);
  EXPECT_EQ(home->overdue_actions, kDemoOverdueActions);
  EXPECT_EQ(home->due_soon_actions, kDemoDueSoonActions);
}

TEST_F(ViewsTest, CountsMoveWithTheClock) {
  // Three weeks on, the two due-soon actions (7 and 12 days out) are overdue too.
  FixedClock later(clock_.NowSeconds() + 21 * 86400);
  auto home = LoadHome(*store_, Viewer::Public(), later);
  ASSERT_TRUE(home.ok());
  EXPECT_EQ(home->open_actions, kDemoLiveActions);
  EXPECT_EQ(home->overdue_actions, kDemoOverdueActions + kDemoDueSoonActions);
  EXPECT_EQ(home->due_soon_actions, 0);
  ASSERT_EQ(home->upcoming_meetings.size(), 1u);  // the Panel has met
}

std::vector<std::string> Numbers(const MeetingView& view) {
  std::vector<std::string> numbers;
  for (const auto& item : view.agenda) numbers.push_back(item.number);
  return numbers;
}

const AgendaItemView* Item(const MeetingView& view, const std::string& number) {
  for (const auto& item : view.agenda) {
    if (item.number == number) return &item;
  }
  return nullptr;
}

TEST_F(ViewsTest, PublicMeetingHidesDraftSensitiveAndExemptMaterial) {
  auto view = LoadMeeting(*store_, NextBoardMeeting(), Viewer::Public(), clock_);
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(view->body.name, kDemoBoardName);
  EXPECT_EQ(view->meeting.date.display, "Thursday 24 October 2019");
  EXPECT_EQ(Numbers(*view),
            (std::vector<std::string>{"1", "2", "3", "4", "5", "5.1", "5.2", "6", "7", "8", "10"}));
  for (const auto& item : view->agenda) {
    EXPECT_NE(item.title, kDemoExemptItemTitle);
    EXPECT_NE(item.kind, "exempt");
    EXPECT_NE(item.paper_title, kDemoDraftPaperTitle);
    EXPECT_NE(item.paper_title, kDemoSensitivePaperTitle);
    EXPECT_NE(item.paper_title, kDemoExemptPaperTitle);
  }
  // The items stay on the agenda; only their papers are withheld.
  ASSERT_NE(Item(*view, "5.2"), nullptr);
  EXPECT_FALSE(Item(*view, "5.2")->paper_id.has_value());
  ASSERT_NE(Item(*view, "7"), nullptr);
  EXPECT_FALSE(Item(*view, "7")->paper_id.has_value());
  // Published papers are shown.
  ASSERT_NE(Item(*view, "5.1"), nullptr);
  EXPECT_EQ(Item(*view, "5.1")->paper_title, "Quarterly performance report");
  EXPECT_TRUE(Item(*view, "5.1")->paper_id.has_value());
  EXPECT_EQ(Item(*view, "3")->paper_title.rfind("Minutes of the meeting held on Thursday ", 0), 0u);
}

TEST_F(ViewsTest, EverythingViewerSeesTheWholeAgenda) {
  auto view = LoadMeeting(*store_, NextBoardMeeting(), Viewer::Everything(), clock_);
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(Numbers(*view),
            (std::vector<std::string>{"1", "2", "3", "4", "5", "5.1", "5.2", "6", "7", "8", "9", "10"}));
  EXPECT_EQ(Item(*view, "5.2")->paper_title, kDemoDraftPaperTitle);
  EXPECT_EQ(Item(*view, "7")->paper_title, kDemoSensitivePaperTitle);
  const AgendaItemView* exempt = Item(*view, "9");
  ASSERT_NE(exempt, nullptr);
  EXPECT_EQ(exempt->title, kDemoExemptItemTitle);
  EXPECT_EQ(exempt->kind, "exempt");
  EXPECT_EQ(exempt->exemption_paragraph, "3");
  EXPECT_EQ(exempt->paper_title, kDemoExemptPaperTitle);
  EXPECT_EQ(Item(*view, "6")->kind, "verbal");
}

TEST_F(ViewsTest, MeetingShowsNestingDeadlineAndLiveActions) {
  auto view = LoadMeeting(*store_, NextBoardMeeting(), Viewer::Public(), clock_);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(Item(*view, "5")->depth, 1);
  EXPECT_EQ(Item(*view, "5.1")->depth, 2);
  EXPECT_EQ(Item(*view, "5.2")->depth, 2);
  EXPECT_EQ(Item(*view, "6")->depth, 1);

  EXPECT_EQ(view->meeting.publication.state, "on_track");
  EXPECT_EQ(view->meeting.publication.deadline.iso, "2019-10-16");

  ASSERT_EQ(static_cast<int>(view->open_actions.size()), kDemoBoardLiveActions);
  EXPECT_EQ(view->overdue_actions, kDemoOverdueActions);
  EXPECT_EQ(view->due_soon_actions, kDemoDueSoonActions);
  int overdue = 0, due_soon = 0, reporting_back = 0;
  for (const auto& action : view->open_actions) {
    EXPECT_TRUE(action.status == "open" || action.status == "ongoing") << action.status;
    overdue += action.due_state == "overdue";
    due_soon += action.due_state == "due_soon";
    if (action.report_back_meeting_id) {
      ++reporting_back;
      EXPECT_EQ(*action.report_back_meeting_id, view->meeting.id);
      EXPECT_EQ(action.report_back_date.display, "Thursday 24 October 2019");
    }
    EXPECT_FALSE(action.meeting_raised_date.display.empty());
  }
  EXPECT_EQ(overdue, kDemoOverdueActions);
  EXPECT_EQ(due_soon, kDemoDueSoonActions);
  EXPECT_EQ(reporting_back, 1);
}

TEST_F(ViewsTest, HeldMeetingCountsAsPublished) {
  const store::BodyId board = BoardId();
  auto tx = store_->Begin(store::Access::kReadOnly);
  ASSERT_TRUE(tx.ok());
  store::MeetingFilter filter;
  filter.body_id = board;
  filter.until = clock_.Today();
  auto past = (*tx)->meetings().ListMeetings(filter);
  ASSERT_TRUE(past.ok());
  ASSERT_EQ(past->size(), 1u);
  tx->reset();

  auto view = LoadMeeting(*store_, (*past)[0].id, Viewer::Public(), clock_);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->meeting.status, "held");
  EXPECT_EQ(view->meeting.publication.state, "published");
  EXPECT_EQ(Item(*view, "5.1")->paper_title, "Serious Violence Duty: progress report");
  EXPECT_EQ(Item(*view, "5.2")->kind, "verbal");
}

TEST_F(ViewsTest, ActionLogHasEveryActionWithItsUpdates) {
  auto log = LoadActionLog(*store_, BoardId(), Viewer::Public(), clock_);
  ASSERT_TRUE(log.ok()) << log.error().message;
  EXPECT_EQ(log->body.name, kDemoBoardName);
  EXPECT_EQ(log->actions.size(), 8u);
  EXPECT_EQ(log->open_actions, kDemoBoardLiveActions);
  EXPECT_EQ(log->closed_actions, 3);
  EXPECT_EQ(log->overdue_actions, kDemoOverdueActions);
  EXPECT_EQ(log->due_soon_actions, kDemoDueSoonActions);
  for (const auto& action : log->actions) {
    if (action.status == "closed" || action.status == "complete" || action.status == "superseded") {
      EXPECT_EQ(action.due_state, "none") << action.number;
      EXPECT_EQ(action.due_message, "") << action.number;
    }
    if (action.number == "2") {
      ASSERT_EQ(action.updates.size(), 2u);
      EXPECT_LT(action.updates[0].date.iso, action.updates[1].date.iso);
      EXPECT_EQ(action.due_state, "overdue");
      EXPECT_EQ(action.due_message, "Overdue by 3 days");
      EXPECT_EQ(action.target_date.display, "Sunday 15 September 2019");
    }
  }
}

TEST_F(ViewsTest, MissingRecordsAreNotFound) {
  auto meeting = LoadMeeting(*store_, store::MeetingId{9999}, Viewer::Everything(), clock_);
  ASSERT_FALSE(meeting.ok());
  EXPECT_EQ(meeting.error().code, ErrorCode::kNotFound);
  auto log = LoadActionLog(*store_, store::BodyId{9999}, Viewer::Everything(), clock_);
  ASSERT_FALSE(log.ok());
  EXPECT_EQ(log.error().code, ErrorCode::kNotFound);
}

TEST(DateViewTest, IsoAndDisplay) {
  const DateView view = ViewOf(*Date::FromYmd(2019, 9, 18));
  EXPECT_EQ(view.iso, "2019-09-18");
  EXPECT_EQ(view.display, "Wednesday 18 September 2019");
}

}  // namespace
}  // namespace boardroom::governance
