// Runs the built `boardroom` binary as a child process against temporary databases: help and version, exit
// codes of bad command lines, `migrate`, and `import` (dry run, duplicates, new versions, a batch with bad
// files, a transaction that fails half-way, and a kill -9 in the middle of a batch). The database is checked
// through the store afterwards.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "child.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom {
namespace {

namespace fs = std::filesystem;
using store::Viewer;

const std::string kPapers = std::string(BOARDROOM_SHARED_DIR) + "/papers/";
const std::string kPack = kPapers + "bcb-pack-2019-09-18.txt";
const std::string kTransformation = kPapers + "transformation-theme-2019.txt";

using testing::ChildRun;
using testing::ReadAll;

void WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("boardroom-cli-" + std::to_string(getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "test.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  pid_t Start(const std::vector<std::string>& args) { return testing::StartBoardroom(dir_, args); }
  ChildRun Wait(pid_t pid) { return testing::WaitBoardroom(dir_, pid); }
  ChildRun Boardroom(const std::vector<std::string>& args) { return Wait(Start(args)); }

  ChildRun Import(std::vector<std::string> args) {
    args.insert(args.begin(), {"import", "--db", db_});
    return Boardroom(args);
  }

  std::unique_ptr<store::Store> OpenStore() {
    auto s = store::OpenSqliteStore(db_);
    EXPECT_TRUE(s.ok()) << s.error().message;
    return std::move(s).value();
  }

  struct Counts {
    size_t documents = 0, bodies = 0, papers = 0;
    bool audit_empty = true;
  };
  Counts Count() {
    auto s = OpenStore();
    auto tx = s->Begin(store::Access::kReadOnly).value();
    Counts c;
    c.documents = tx->documents().ListDocuments({1000, 0}).value().size();
    c.bodies = tx->bodies().ListBodies({1000, 0}).value().size();
    c.papers = tx->papers().ListPapers({std::nullopt, {1000, 0}}, Viewer::Everything()).value().size();
    c.audit_empty = !tx->audit().LatestAuditEvent().value().has_value();
    return c;
  }

  void ExecSql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
        << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(CliTest, HelpListsTheCommands) {
  ChildRun r = Boardroom({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* command : {"serve", "migrate", "import"})
    EXPECT_NE(r.out.find(command), std::string::npos);
  ChildRun import_help = Boardroom({"import", "--help"});
  EXPECT_EQ(import_help.exit_code, 0);
  for (const char* flag : {"--dry-run", "--json", "--body", "--db"})
    EXPECT_NE(import_help.out.find(flag), std::string::npos) << flag;
}

TEST_F(CliTest, VersionPrintsTheVersion) {
  ChildRun r = Boardroom({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("boardroom ", 0), 0u) << r.out;
}

TEST_F(CliTest, BadCommandLinesExitTwoWithAMessage) {
  ChildRun unknown = Boardroom({"frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_FALSE(unknown.err.empty());
  ChildRun bad_flag = Import({"--frobnicate", kPack});
  EXPECT_EQ(bad_flag.exit_code, 2);
  EXPECT_NE(bad_flag.err.find("frobnicate"), std::string::npos) << bad_flag.err;
  ChildRun no_file = Import({});
  EXPECT_EQ(no_file.exit_code, 2);
  EXPECT_NE(no_file.err.find("FILE"), std::string::npos) << no_file.err;
  ChildRun no_body = Boardroom({"serve", "--db", db_, "--max-body-mb", "0"});
  EXPECT_EQ(no_body.exit_code, 2);
  EXPECT_NE(no_body.err.find("max-body-mb"), std::string::npos) << no_body.err;
  EXPECT_FALSE(fs::exists(db_));  // a bad command line touches nothing
}

TEST_F(CliTest, MigrateCreatesThenSaysUpToDate) {
  ChildRun first = Boardroom({"migrate", "--db", db_});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("applied"), std::string::npos) << first.out;
  ChildRun second = Boardroom({"migrate", "--db", db_});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("up to date"), std::string::npos) << second.out;
}

TEST_F(CliTest, DryRunJsonOfTheSamplesWritesNothing) {
  std::vector<std::string> args = {"--dry-run", "--json"};
  for (const char* f :
       {"bcb-pack-2019-09-18.txt", "transformation-theme-2019.txt", "crime-disorder-partnership-2018.txt",
        "devolution-update-2017.txt", "decentralisation-committee-2022.txt"}) {
    args.push_back(kPapers + f);
  }
  ChildRun r = Import(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out.substr(0, 500);
  EXPECT_EQ(j["format"], "boardroom-import/1");
  ASSERT_EQ(j["files"].size(), 5u);
  for (const auto& f : j["files"]) {
    EXPECT_EQ(f["outcome"], "imported") << f["file"];
    EXPECT_FALSE(f.contains("created")) << f["file"];
    EXPECT_TRUE(f["import"]["dry_run"].get<bool>());
    EXPECT_FALSE(f["papers"].empty()) << f["file"];
  }
  EXPECT_EQ(j["files"][0]["file"], "bcb-pack-2019-09-18.txt");
  EXPECT_NE(r.err.find("5 imported, 0 duplicates, 0 failed (dry run"), std::string::npos) << r.err;
  Counts c = Count();
  EXPECT_EQ(c.documents, 0u);
  EXPECT_EQ(c.bodies, 0u);
  EXPECT_EQ(c.papers, 0u);
  EXPECT_TRUE(c.audit_empty);
}

TEST_F(CliTest, SamePackTwiceIsADuplicateNoOp) {
  ChildRun first = Import({kPack});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("1 imported, 0 duplicates, 0 failed"), std::string::npos) << first.out;
  const Counts before = Count();
  EXPECT_EQ(before.documents, 1u);
  EXPECT_GE(before.papers, 10u);

  ChildRun second = Import({"--json", kPack});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  nlohmann::json j = nlohmann::json::parse(second.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["files"][0]["outcome"], "duplicate");
  EXPECT_FALSE(j["files"][0].contains("created"));
  EXPECT_NE(j["files"][0]["import"]["message"].get<std::string>().find("already imported"),
            std::string::npos);
  EXPECT_NE(second.err.find("0 imported, 1 duplicate, 0 failed"), std::string::npos) << second.err;
  const Counts after = Count();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.papers, before.papers);
}

TEST_F(CliTest, ImportedRecordsJoinTheAuditChainThatAuditVerifyChecks) {
  ChildRun imported = Import({kPack});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  ASSERT_FALSE(Count().audit_empty) << "an import writes audit events";
  ChildRun verified = Boardroom({"audit", "verify", "--db", db_});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;

  ExecSql(
      "DROP TRIGGER audit_events_append_only_update; UPDATE audit_events SET actor = 'someone else' "
      "WHERE id = 2;");
  ChildRun tampered = Boardroom({"audit", "verify", "--db", db_});
  EXPECT_EQ(tampered.exit_code, 1) << tampered.out << tampered.err;
}

TEST_F(CliTest, StandaloneReportAfterThePackIsAnotherVersionOfPaper50) {
  ChildRun pack = Import({"--json", kPack});
  ASSERT_EQ(pack.exit_code, 0) << pack.err;
  nlohmann::json pj = nlohmann::json::parse(pack.out, nullptr, false);
  ASSERT_FALSE(pj.is_discarded());
  const nlohmann::json& created = pj["files"][0]["created"];
  ASSERT_TRUE(created.contains("meeting_id"));
  EXPECT_GE(created["paper_ids"].size(), 10u);
  EXPECT_FALSE(created["action_ids"].empty());

  ChildRun report = Import({"--json", kTransformation});
  ASSERT_EQ(report.exit_code, 0) << report.err;
  nlohmann::json rj = nlohmann::json::parse(report.out, nullptr, false);
  ASSERT_FALSE(rj.is_discarded());
  const nlohmann::json& f = rj["files"][0];
  EXPECT_EQ(f["outcome"], "imported");
  ASSERT_TRUE(f.contains("duplicate_of")) << f.dump();
  EXPECT_EQ(f["duplicate_of"]["file"], "bcb-pack-2019-09-18.txt");
  EXPECT_EQ(f["duplicate_of"]["agenda_item"], "5.0");
  EXPECT_NE(f["duplicate_of"]["relation"].get<std::string>().find("another version"), std::string::npos);
  ASSERT_EQ(f["import"]["papers"].size(), 1u);
  const nlohmann::json& paper = f["import"]["papers"][0];
  EXPECT_EQ(paper["disposition"], "new-version");
  EXPECT_EQ(paper["version_number"], 2);
  ASSERT_EQ(f["created"]["paper_ids"].size(), 1u);

  // The first issue is the paper of agenda item 5.0 of the pack's meeting.
  auto s = OpenStore();
  auto tx = s->Begin(store::Access::kReadOnly).value();
  std::vector<store::AgendaItem> items =
      tx->meetings()
          .ListAgendaItems(store::MeetingId{created["meeting_id"].get<int64_t>()}, Viewer::Everything())
          .value();
  std::optional<store::PaperId> paper_50;
  for (const store::AgendaItem& item : items)
    if (item.number == "5.0") paper_50 = item.paper_id;
  ASSERT_TRUE(paper_50.has_value());
  EXPECT_EQ(paper["version_of"], paper_50->value);
  store::Paper second =
      tx->papers()
          .GetPaper(store::PaperId{f["created"]["paper_ids"][0].get<int64_t>()}, Viewer::Everything())
          .value();
  EXPECT_EQ(second.version_of, *paper_50);
  EXPECT_EQ(second.version_number, 2);
}

TEST_F(CliTest, BatchGoesOnPastBadFilesAndExitsOne) {
  std::mt19937 random(20190918);  // fixed seed: the same bytes every run
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(random() & 0xff);
  WriteFile(dir_ / "x.pdf", noise);
  WriteFile(dir_ / "empty.txt", "");
  const std::string missing = (dir_ / "missing.txt").string();
  ChildRun r =
      Import({kPapers + "crime-disorder-partnership-2018.txt", (dir_ / "x.pdf").string(),
              (dir_ / "empty.txt").string(), missing, kPapers + "decentralisation-committee-2022.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("boardroom: import: " + (dir_ / "x.pdf").string() + ": not a PDF"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("empty.txt: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(missing + ": no such file"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("2 imported, 0 duplicates, 3 failed"), std::string::npos) << r.out;
  Counts c = Count();
  EXPECT_EQ(c.documents, 2u);
  EXPECT_GE(c.papers, 2u);
}

TEST_F(CliTest, TransactionFailingHalfWayLeavesNothing) {
  ASSERT_EQ(Boardroom({"migrate", "--db", db_}).exit_code, 0);
  // A real store failure after the first paper of the pack is written: the database refuses a second paper.
  ExecSql(
      "CREATE TRIGGER refuse_second_paper BEFORE INSERT ON papers WHEN (SELECT count(*) FROM papers) >= 1 "
      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
  ChildRun r = Import({kPack});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("boardroom: import: " + kPack + ": "), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("0 imported, 0 duplicates, 1 failed"), std::string::npos) << r.out;
  Counts c = Count();
  EXPECT_EQ(c.documents, 0u);
  EXPECT_EQ(c.bodies, 0u);
  EXPECT_EQ(c.papers, 0u);
  EXPECT_TRUE(c.audit_empty);

  ExecSql("DROP TRIGGER refuse_second_paper;");
  ChildRun again = Import({kPack});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_GE(Count().papers, 10u);
}

TEST_F(CliTest, KillNineInTheMiddleOfABatchLeavesWholeFilesOnly) {
  // Many distinct one-paper reports, each to its own board, so every file creates one paper.
  const std::string text = ReadAll(kTransformation);
  const std::string to = "To: Business Coordination Board";
  const size_t at = text.find(to);
  ASSERT_NE(at, std::string::npos);
  constexpr int kCopies = 80;
  std::vector<std::string> args;
  for (int i = 0; i < kCopies; ++i) {
    std::string copy = text;
    copy.replace(at, to.size(), "To: Test Board " + std::to_string(i));
    const fs::path path = dir_ / ("copy-" + std::to_string(i) + ".txt");
    WriteFile(path, copy);
    args.push_back(path.string());
  }
  ASSERT_EQ(Boardroom({"migrate", "--db", db_}).exit_code, 0);
  args.insert(args.begin(), {"import", "--db", db_});
  pid_t pid = Start(args);
  auto s = OpenStore();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  size_t seen = 0;
  while (seen < 3 && std::chrono::steady_clock::now() < deadline) {
    auto tx = s->Begin(store::Access::kReadOnly);
    if (tx.ok()) seen = (*tx)->documents().ListDocuments({1000, 0}).value().size();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  ChildRun r = Wait(pid);
  EXPECT_EQ(r.exit_code, 128 + SIGKILL) << "the batch ended before it could be killed";
  ASSERT_GE(seen, 3u);

  auto tx = s->Begin(store::Access::kReadOnly).value();
  std::vector<store::Document> docs = tx->documents().ListDocuments({1000, 0}).value();
  EXPECT_LT(docs.size(), static_cast<size_t>(kCopies));
  std::vector<store::Paper> papers =
      tx->papers().ListPapers({std::nullopt, {1000, 0}}, Viewer::Everything()).value();
  std::map<int64_t, std::vector<store::Paper>> by_document;
  for (const store::Paper& p : papers) {
    ASSERT_TRUE(p.document_id.has_value());
    by_document[p.document_id->value].push_back(p);
  }
  EXPECT_EQ(by_document.size(), docs.size())
      << "a paper without its document or a document without its paper";
  EXPECT_EQ(tx->bodies().ListBodies({1000, 0}).value().size(), docs.size());
  std::optional<size_t> paragraphs;
  for (const store::Document& d : docs) {
    ASSERT_EQ(by_document[d.id.value].size(), 1u) << d.file_name;
    const store::Paper& p = by_document[d.id.value][0];
    const size_t n = tx->papers().ListParagraphs(p.id, Viewer::Everything()).value().size();
    if (!paragraphs) paragraphs = n;
    EXPECT_EQ(n, *paragraphs) << d.file_name << ": a paper with only some of its paragraphs";
    EXPECT_GT(n, 10u);
  }
}

}  // namespace
}  // namespace boardroom
