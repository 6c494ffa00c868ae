// Runs `boardroom actions` as a child process against a temporary database filled through the store: the
// list, its filters (--overdue, --body, --status, --owner), --json and --csv, and the exit codes of bad
// command lines. Target dates are far in the past or far in the future so that "overdue" does not depend on
// today.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "child.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom {
namespace {

namespace fs = std::filesystem;

using testing::ChildRun;

Date D(int y, int m, int d) {
  return Date::FromYmd(y, m, d).value();
}

class ActionsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("boardroom-actions-" + std::to_string(getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "test.db").string();
    auto store = std::move(store::OpenSqliteStore(db_)).value();
    auto tx = std::move(store->Begin()).value();
    store::Body board =
        tx->bodies().CreateBody({.name = "Business and Crime Board", .short_name = "BCB"}).value();
    store::Body jac = tx->bodies().CreateBody({.name = "Audit Committee", .short_name = "JAC"}).value();
    store::Meeting m = tx->meetings().CreateMeeting({.body_id = board.id, .date = D(2019, 7, 17)}).value();
    auto action = [&](store::BodyId body, std::string number, std::string text, std::string owner,
                      std::optional<Date> target, store::ActionStatus status) {
      store::Action a;
      a.body_id = body;
      a.number = std::move(number);
      a.meeting_raised_id = body == board.id ? std::optional(m.id) : std::nullopt;
      a.agenda_item_number = "5.1";
      a.text = std::move(text);
      a.owner = std::move(owner);
      a.target_date = target;
      a.status = status;
      return tx->actions().CreateAction(a).value();
    };
    store::Action late = action(board.id, "1", "Review response times, by area", "Chief Constable",
                                D(2019, 9, 1), store::ActionStatus::kOpen);
    tx->actions().AppendActionUpdate({{}, late.id, D(2019, 8, 1), "Figures \"requested\"", "Clerk"}).value();
    action(board.id, "2", "Publish the plan", "OPCC", D(2999, 1, 1), store::ActionStatus::kOngoing);
    action(board.id, "3", "Done", "OPCC", D(2019, 1, 1), store::ActionStatus::kClosed);
    action(jac.id, "1", "=cmd|' /C calc'!A0", "Treasurer", D(2019, 1, 1), store::ActionStatus::kOpen);
    EXPECT_TRUE(tx->Commit().ok());
  }
  void TearDown() override { fs::remove_all(dir_); }

  ChildRun Actions(std::vector<std::string> args) {
    args.insert(args.begin(), {"actions", "--db", db_});
    return Boardroom(args);
  }

  ChildRun Boardroom(const std::vector<std::string>& args) { return testing::RunBoardroom(dir_, args); }

  fs::path dir_;
  std::string db_;
};

TEST_F(ActionsCliTest, ListsEveryActionWithItsBodyAndDueState) {
  ChildRun r = Actions({});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("BCB 1  open (Overdue by"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("latest update 2019-08-01: Figures \"requested\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("JAC 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4 actions"), std::string::npos) << r.out;
}

TEST_F(ActionsCliTest, FiltersByOverdueBodyStatusAndOwner) {
  ChildRun overdue = Actions({"--overdue", "--json"});
  ASSERT_EQ(overdue.exit_code, 0) << overdue.err;
  nlohmann::json j = nlohmann::json::parse(overdue.out);
  ASSERT_EQ(j["total"],
            2);  // the Board's action 1 and the Committee's; not the closed one nor the future one
  for (const auto& a : j["actions"]) EXPECT_EQ(a["due_state"], "overdue");

  nlohmann::json board = nlohmann::json::parse(Actions({"--overdue", "--body", "bcb", "--json"}).out);
  ASSERT_EQ(board["total"], 1);
  EXPECT_EQ(board["actions"][0]["number"], "1");
  EXPECT_EQ(board["actions"][0]["body"], "BCB");
  EXPECT_EQ(board["actions"][0]["target_date"], "2019-09-01");
  EXPECT_EQ(board["actions"][0]["updates"][0]["text"], "Figures \"requested\"");

  nlohmann::json by_name =
      nlohmann::json::parse(Actions({"--body", "Business and Crime Board", "--json"}).out);
  EXPECT_EQ(by_name["total"], 3);
  nlohmann::json ongoing = nlohmann::json::parse(Actions({"--status", "ongoing", "--json"}).out);
  ASSERT_EQ(ongoing["total"], 1);
  EXPECT_EQ(ongoing["actions"][0]["text"], "Publish the plan");
  nlohmann::json owned = nlohmann::json::parse(Actions({"--owner", "OPCC", "--json"}).out);
  EXPECT_EQ(owned["total"], 2);
}

TEST_F(ActionsCliTest, CsvHasTheConventionalColumnsQuotedAndGuarded) {
  ChildRun r = Actions({"--csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with(
      "Action no.,Meeting date raised,Agenda item,Action,Owner,Target date,Update,Update date,Status\r\n"))
      << r.out;
  EXPECT_NE(r.out.find("1,2019-07-17,5.1,\"Review response times, by area\",Chief Constable,2019-09-01,"
                       "\"Figures \"\"requested\"\"\",2019-08-01,open\r\n"),
            std::string::npos)
      << r.out;
  // A formula in a cell is written as text, never run.
  EXPECT_NE(r.out.find("1,,5.1,'=cmd|' /C calc'!A0,Treasurer,2019-01-01,,,open\r\n"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("\n=cmd"), std::string::npos);
  EXPECT_EQ(r.out.find(",=cmd"), std::string::npos);
}

TEST_F(ActionsCliTest, BadCommandLinesExitTwo) {
  ChildRun unknown_body = Actions({"--body", "Nowhere"});
  EXPECT_EQ(unknown_body.exit_code, 2);
  EXPECT_NE(unknown_body.err.find("Nowhere"), std::string::npos) << unknown_body.err;
  EXPECT_TRUE(unknown_body.out.empty());
  ChildRun bad_status = Actions({"--status", "finished"});
  EXPECT_EQ(bad_status.exit_code, 2);
  EXPECT_NE(bad_status.err.find("finished"), std::string::npos) << bad_status.err;
  ChildRun both = Actions({"--json", "--csv"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_TRUE(both.out.empty());
  ChildRun help = Actions({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* flag : {"--overdue", "--body", "--json", "--csv", "--status", "--owner"})
    EXPECT_NE(help.out.find(flag), std::string::npos) << flag;
}

TEST_F(ActionsCliTest, AnUnreadableDatabaseExitsOne) {
  const std::string bad = (dir_ / "not-a-db").string();
  {
    std::ofstream out(bad);
    out << "this is not a database, just some text long enough to be read as a header........";
  }
  ChildRun r = Boardroom({"actions", "--db", bad});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_FALSE(r.err.empty());
}

}  // namespace
}  // namespace boardroom
