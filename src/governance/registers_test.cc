#include "governance/registers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "governance/action_csv.h"
#include "governance/demo.h"
#include "governance/record_json.h"
#include "governance/rules.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::governance {
namespace {

using store::AccountRole;

Date D(int y, int m, int d) {
  return Date::FromYmd(y, m, d).value();
}

Caller MakeCaller(int64_t id, std::string name,
                  std::vector<std::pair<AccountRole, std::optional<store::BodyId>>> roles) {
  Caller c;
  c.user.id = store::UserId{id};
  c.user.email = "user" + std::to_string(id) + "@example.org";
  c.user.name = std::move(name);
  for (const auto& [role, body] : roles) c.grants.push_back({{}, c.user.id, body, role, 0});
  return c;
}

// Two bodies with meetings, papers, decisions and actions, as of noon on 18 September 2019.
class RegistersTest : public ::testing::Test {
 protected:
  RegistersTest() : clock_(D(2019, 9, 18).days() * 86400 + 12 * 3600) {}

  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "governance-registers-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    store_ =
        std::move(store::OpenSqliteStore((std::filesystem::path(dir_) / "boardroom.db").string())).value();
    Caller admin = MakeCaller(1, "Admin", {{AccountRole::kAdmin, std::nullopt}});
    auto tx = std::move(store_->Begin()).value();
    CommandContext ctx{*tx, admin, clock_};
    BodyInput board;
    board.name = "Business and Crime Board";
    board.short_name = "BCB";
    board.required_clearances = {"finance"};
    board_ = CreateBody(ctx, board).value();
    BodyInput committee;
    committee.name = "Audit Committee";
    committee.short_name = "JAC";
    committee_ = CreateBody(ctx, committee).value();
    past_ = CreateMeeting(ctx, {board_.id, D(2019, 7, 17), "14:00", ""}).value();
    next_ = CreateMeeting(ctx, {board_.id, D(2019, 9, 25), "14:00", ""}).value();
    committee_next_ = CreateMeeting(ctx, {committee_.id, D(2019, 10, 2), "10:00", ""}).value();
    AgendaItemInput item;
    item.meeting_id = past_.id;
    item.title = "Performance";
    store::AgendaItem performance = AddAgendaItem(ctx, item).value();
    item.meeting_id = committee_next_.id;
    store::AgendaItem committee_item = AddAgendaItem(ctx, item).value();

    // Papers: one decided in July, one waiting for finance, one sensitive decided.
    PaperInput paper{board_.id, "Budget", "", "", D(2019, 7, 1), D(2019, 7, 17)};
    budget_ = CreatePaper(ctx, paper).value();
    RecordClearance(ctx, budget_.id, 0, {"finance", true, "CFO"}).value();
    budget_ = PublishPaper(ctx, budget_.id, budget_.version).value();
    store::Recommendation r =
        tx->papers().CreateRecommendation({.paper_id = budget_.id, .text = "Agree"}).value();
    RecordOutcome(ctx, r.id, r.version, store::RecommendationOutcome::kAgreed, "", past_.id).value();
    PaperInput waiting{board_.id, "Estates strategy", "", "", std::nullopt, D(2019, 9, 25)};
    estates_ = CreatePaper(ctx, waiting).value();
    PaperInput secret{board_.id,
                      "Covert tactics",
                      "",
                      "",
                      std::nullopt,
                      D(2019, 7, 17),
                      store::Classification::kOfficialSensitive};
    store::Paper covert = CreatePaper(ctx, secret).value();
    store::Recommendation s =
        tx->papers().CreateRecommendation({.paper_id = covert.id, .text = "Secret"}).value();
    RecordOutcome(ctx, s.id, s.version, store::RecommendationOutcome::kRejected, "", past_.id).value();

    // Actions: overdue (owned by Ann), due soon, closed, and one on the committee's log.
    RaiseActionInput a{performance.id, "", "Review response times", "Ann Owner", D(2019, 9, 1)};
    overdue_ = RaiseAction(ctx, a).value();
    AddActionUpdate(ctx, overdue_.id, D(2019, 8, 1), "Started").value();
    AddActionUpdate(ctx, overdue_.id, D(2019, 9, 10), "Figures \"late\", = awaited").value();
    a.text = "Circulate the plan";
    a.owner = "Bob";
    a.target_date = D(2019, 9, 20);
    RaiseAction(ctx, a).value();
    a.text = "Done already";
    a.target_date = D(2019, 8, 1);
    store::Action done = RaiseAction(ctx, a).value();
    ChangeActionStatus(ctx, done.id, done.version, store::ActionStatus::kClosed, "").value();
    RaiseActionInput c{committee_item.id, "", "=HYPERLINK(\"http://x\")", "Ann Owner", std::nullopt};
    RaiseAction(ctx, c).value();
    ASSERT_TRUE(tx->Commit().ok());
  }

  void TearDown() override {
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  FixedClock clock_;
  std::string dir_;
  std::unique_ptr<store::Store> store_;
  store::Body board_, committee_;
  store::Meeting past_, next_, committee_next_;
  store::Paper budget_, estates_;
  store::Action overdue_;
};

TEST_F(RegistersTest, DecisionsRegisterFiltersAndRespectsTheViewer) {
  auto pub = LoadDecisions(*store_, {}, store::Viewer::Public());
  ASSERT_TRUE(pub.ok()) << pub.error().message;
  ASSERT_EQ(pub->size(), 1u);
  EXPECT_EQ((*pub)[0].outcome, "agreed");
  EXPECT_EQ((*pub)[0].paper_title, "Budget");
  EXPECT_EQ((*pub)[0].date.iso, "2019-07-17");
  EXPECT_EQ((*pub)[0].meeting_id, past_.id);
  EXPECT_EQ(ToJson((*pub)[0])["body"], "BCB");

  EXPECT_EQ(LoadDecisions(*store_, {}, store::Viewer::Everything())->size(), 2u);
  DecisionsQuery rejected;
  rejected.outcome = store::RecommendationOutcome::kRejected;
  EXPECT_EQ(LoadDecisions(*store_, rejected, store::Viewer::Everything())->size(), 1u);
  DecisionsQuery other_body;
  other_body.body_id = committee_.id;
  EXPECT_TRUE(LoadDecisions(*store_, other_body, store::Viewer::Everything())->empty());
  DecisionsQuery august;
  august.from = D(2019, 8, 1);
  EXPECT_TRUE(LoadDecisions(*store_, august, store::Viewer::Everything())->empty());
  DecisionsQuery backwards;
  backwards.from = D(2019, 8, 1);
  backwards.until = D(2019, 7, 1);
  auto bad = LoadDecisions(*store_, backwards, store::Viewer::Everything());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "until");
}

TEST_F(RegistersTest, ActionListFiltersByBodyStatusOwnerAndOverdue) {
  auto all = LoadActionList(*store_, {}, clock_);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->actions.size(), 4u);
  ActionListQuery overdue;
  overdue.overdue = true;
  auto late = LoadActionList(*store_, overdue, clock_);
  ASSERT_EQ(late->actions.size(), 1u);
  EXPECT_EQ(late->actions[0].action.id, overdue_.id);
  EXPECT_EQ(late->actions[0].action.due_state, "overdue");
  EXPECT_EQ(late->actions[0].body_short_name, "BCB");
  EXPECT_EQ(late->actions[0].action.updates.size(), 2u);
  ActionListQuery owned;
  owned.owner = "Ann Owner";
  EXPECT_EQ(LoadActionList(*store_, owned, clock_)->actions.size(), 2u);
  owned.body_id = committee_.id;
  EXPECT_EQ(LoadActionList(*store_, owned, clock_)->actions.size(), 1u);
  ActionListQuery closed;
  closed.status = store::ActionStatus::kClosed;
  EXPECT_EQ(LoadActionList(*store_, closed, clock_)->actions.size(), 1u);
  ActionListQuery bad;
  bad.page.limit = 0;
  EXPECT_FALSE(LoadActionList(*store_, bad, clock_).ok());

  nlohmann::json j = ToJson(late->actions[0]);
  EXPECT_EQ(j["number"], "1");
  EXPECT_EQ(j["target_date"], "2019-09-01");
  EXPECT_EQ(j["updates"].size(), 2u);
}

TEST_F(RegistersTest, ReportBacksAreTheActionsAskingForTheMeeting) {
  {
    Caller admin = MakeCaller(1, "Admin", {{AccountRole::kAdmin, std::nullopt}});
    auto tx = std::move(store_->Begin()).value();
    CommandContext ctx{*tx, admin, clock_};
    ActionEdit edit{overdue_.text, overdue_.owner, overdue_.target_date, next_.id};
    ASSERT_TRUE(UpdateAction(ctx, overdue_.id, overdue_.version, edit).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto next = LoadReportBacks(*store_, next_.id, store::Viewer::Public(), clock_);
  ASSERT_TRUE(next.ok()) << next.error().message;
  ASSERT_EQ(next->size(), 1u);
  EXPECT_EQ((*next)[0].action.id, overdue_.id);
  EXPECT_TRUE(LoadReportBacks(*store_, past_.id, store::Viewer::Public(), clock_)->empty());
  auto missing = LoadReportBacks(*store_, store::MeetingId{999}, store::Viewer::Public(), clock_);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(RegistersTest, FindsBodiesByNameOrShortNameWithoutRegardToCase) {
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  EXPECT_EQ(FindBodyByName(*tx, "bcb")->id, board_.id);
  EXPECT_EQ(FindBodyByName(*tx, "audit committee")->id, committee_.id);
  auto missing = FindBodyByName(*tx, "Nothing");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().field, "body");
}

TEST_F(RegistersTest, DashboardShowsWhatNeedsTheCallersAttention) {
  auto clerk_viewer = [](store::BodyId) { return store::Viewer::Everything(); };
  Caller clerk = MakeCaller(2, "Clare Clerk", {{AccountRole::kClerk, board_.id}});
  auto view = LoadDashboard(*store_, clerk, clerk_viewer, clock_);
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->upcoming_meetings.size(), 1u);  // the Board's, not the Committee's
  EXPECT_EQ(view->upcoming_meetings[0].id, next_.id);
  EXPECT_EQ(view->upcoming_meetings[0].publication.state, "missed");  // 25 Sep needed publishing by 17 Sep
  // The sensitive paper (its meeting was in July) and the estates strategy both still need finance.
  ASSERT_EQ(view->papers_awaiting_clearance.size(), 2u);
  EXPECT_EQ(view->papers_awaiting_clearance[0].title, "Covert tactics");
  EXPECT_EQ(view->papers_awaiting_clearance[1].paper_id, estates_.id);
  EXPECT_EQ(view->papers_awaiting_clearance[1].missing, std::vector<std::string>{"finance"});
  // An author who may not see sensitive papers is not shown it.
  Caller author = MakeCaller(5, "Arthur Author", {{AccountRole::kAuthor, board_.id}});
  auto authors = LoadDashboard(
      *store_, author, [](store::BodyId) { return store::Viewer{.sees_unpublished = true}; }, clock_);
  ASSERT_EQ(authors->papers_awaiting_clearance.size(), 1u);
  EXPECT_EQ(authors->papers_awaiting_clearance[0].paper_id, estates_.id);
  EXPECT_TRUE(authors->overdue_actions.empty());
  ASSERT_EQ(view->overdue_actions.size(), 1u);
  EXPECT_EQ(view->overdue_actions[0].action.id, overdue_.id);

  // Ann owns the overdue action and holds only a member's role elsewhere: she sees her action, no papers.
  Caller ann = MakeCaller(3, "Ann Owner", {{AccountRole::kMember, committee_.id}});
  auto anns = LoadDashboard(
      *store_, ann, [](store::BodyId) { return store::Viewer::Public(); }, clock_);
  ASSERT_TRUE(anns.ok());
  ASSERT_EQ(anns->overdue_actions.size(), 1u);
  EXPECT_EQ(anns->overdue_actions[0].action.id, overdue_.id);
  EXPECT_TRUE(anns->papers_awaiting_clearance.empty());
  ASSERT_EQ(anns->upcoming_meetings.size(), 1u);
  EXPECT_EQ(anns->upcoming_meetings[0].id, committee_next_.id);

  Caller nobody = MakeCaller(4, "Nobody", {});
  auto empty = LoadDashboard(*store_, nobody, clerk_viewer, clock_);
  EXPECT_TRUE(empty->upcoming_meetings.empty() && empty->papers_awaiting_clearance.empty() &&
              empty->overdue_actions.empty());
}

TEST_F(RegistersTest, ExemptActionsAreListedOnlyForTheirBodysExemptReaders) {
  store::Action hidden;
  {
    auto tx = std::move(store_->Begin()).value();
    hidden = tx->actions()
                 .CreateAction({.body_id = board_.id,
                                .number = "99",
                                .text = "Part B: renegotiate the lease",
                                .owner = "Ann Owner",
                                .target_date = D(2019, 9, 2),
                                .exempt = true})
                 .value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto contains_hidden = [&](const std::vector<ActionListItem>& items) {
    return std::any_of(items.begin(), items.end(), [&](const auto& i) { return i.action.id == hidden.id; });
  };
  EXPECT_FALSE(contains_hidden(LoadActionList(*store_, {}, clock_)->actions));
  ActionListQuery sensitive;
  sensitive.viewer = store::Viewer{.sensitive_bodies = {board_.id}};
  auto listed = LoadActionList(*store_, sensitive, clock_);
  ASSERT_TRUE(contains_hidden(listed->actions));
  for (const ActionListItem& item : listed->actions)
    EXPECT_EQ(ToJson(item)["exempt"], item.action.id == hidden.id);
  sensitive.viewer = store::Viewer{.sensitive_bodies = {committee_.id}};
  EXPECT_FALSE(contains_hidden(LoadActionList(*store_, sensitive, clock_)->actions));

  // Ann owns it but holds a role only on the committee: her dashboard leaves it out; the Board's clerk's
  // shows it.
  Caller ann = MakeCaller(3, "Ann Owner", {{AccountRole::kMember, committee_.id}});
  auto anns = LoadDashboard(
      *store_, ann, [&](store::BodyId) { return store::Viewer{.sensitive_bodies = {committee_.id}}; },
      clock_);
  ASSERT_TRUE(anns.ok());
  EXPECT_FALSE(contains_hidden(anns->overdue_actions));
  EXPECT_EQ(anns->overdue_actions.size(), 1u);
  Caller clerk = MakeCaller(2, "Clare Clerk", {{AccountRole::kClerk, board_.id}});
  auto clerks = LoadDashboard(
      *store_, clerk, [&](store::BodyId) { return store::Viewer{.sensitive_bodies = {board_.id}}; }, clock_);
  EXPECT_TRUE(contains_hidden(clerks->overdue_actions));
}

TEST_F(RegistersTest, HomeCountsAgreeWithTheRules) {
  auto home = LoadHome(*store_, store::Viewer::Public(), clock_);
  ASSERT_TRUE(home.ok());
  auto all = LoadActionList(*store_, {}, clock_);
  int64_t live = 0, overdue = 0, due_soon = 0;
  for (const auto& item : all->actions) {
    live += item.action.status == "open" || item.action.status == "ongoing";
    overdue += item.action.due_state == "overdue";
    due_soon += item.action.due_state == "due_soon";
  }
  EXPECT_EQ(home->open_actions, live);
  EXPECT_EQ(home->overdue_actions, overdue);
  EXPECT_EQ(home->due_soon_actions, due_soon);
  EXPECT_EQ(live, 3);
  EXPECT_EQ(overdue, 1);
  EXPECT_EQ(due_soon, 1);
}

TEST_F(RegistersTest, ActionLogCsvHasTheConventionalColumnsAndIsSafe) {
  auto all = LoadActionList(*store_, {}, clock_);
  const std::string csv = ActionLogCsv(all->actions);
  const std::string header =
      "Action no.,Meeting date raised,Agenda item,Action,Owner,Target date,Update,Update date,Status\r\n";
  ASSERT_TRUE(csv.starts_with(header)) << csv;
  EXPECT_NE(csv.find("1,2019-07-17,1,Review response times,Ann Owner,2019-09-01,"
                     "\"Figures \"\"late\"\", = awaited\",2019-09-10,open\r\n"),
            std::string::npos)
      << csv;
  // The formula in the committee's action is written as text.
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\",Ann Owner,"), std::string::npos) << csv;
  size_t lines = 0;
  for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
  EXPECT_EQ(lines, 5u);  // header and four actions
}

struct CsvCase {
  const char* in;
  const char* out;
};

TEST(CsvFieldTest, QuotesAndGuardsAsRfc4180AndOwaspSay) {
  const CsvCase cases[] = {
      {"", ""},
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"=1+1", "'=1+1"},
      {"+44 20", "'+44 20"},
      {"-5", "'-5"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tcmd", "'\tcmd"},
      {"=A1,B1", "\"'=A1,B1\""},
      {"a=b", "a=b"},
      {"£1,234", "\"£1,234\""},
  };
  for (const CsvCase& c : cases) EXPECT_EQ(CsvField(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace boardroom::governance
