// Runs `boardroom user ...` and `boardroom audit verify` as child processes against a temporary database, and
// checks what they did through the store. Tampering is done with the sqlite3 shell, as someone holding the
// database file could.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "accounts/accounts.h"
#include "accounts/crypto.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom {
namespace {

namespace fs = std::filesystem;

struct ChildRun {
  int code = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class AccountsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("br-acct-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "b.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `boardroom ARGS --db DB` with `input` on standard input.
  ChildRun Boardroom(const std::string& args, const std::string& input = "") {
    fs::path in = dir_ / "in", out = dir_ / "out", err = dir_ / "err";
    std::ofstream(in) << input;
    std::string cmd = std::string(BOARDROOM_BINARY) + " " + args + " --db '" + db_ + "' <'" + in.string() +
                      "' >'" + out.string() + "' 2>'" + err.string() + "'";
    int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
  }

  int Sqlite(const std::string& sql) {
    std::string cmd = "sqlite3 '" + db_ + "' \"" + sql + "\"";
    return std::system(cmd.c_str());
  }

  std::unique_ptr<store::Store> Open() { return std::move(store::OpenSqliteStore(db_)).value(); }

  fs::path dir_;
  std::string db_;
};

TEST_F(AccountsCliTest, AddListGrantRevokeDisable) {
  ChildRun add = Boardroom("user add clerk@example.org --name 'Jo Clerk' --role admin --password-stdin",
                           "a long password\n");
  ASSERT_EQ(add.code, 0) << add.err;
  EXPECT_NE(add.out.find("added clerk@example.org"), std::string::npos);

  ChildRun dup = Boardroom("user add CLERK@example.org --name Other --password-stdin", "pw\n");
  EXPECT_EQ(dup.code, 1);
  EXPECT_NE(dup.err.find("already exists"), std::string::npos) << dup.err;

  EXPECT_EQ(Boardroom("user grant clerk@example.org clerk").code, 0);
  ChildRun twice = Boardroom("user grant clerk@example.org clerk");
  EXPECT_EQ(twice.code, 1);
  ChildRun list = Boardroom("user list");
  ASSERT_EQ(list.code, 0);
  EXPECT_NE(list.out.find("clerk@example.org\tJo Clerk\tactive\tadmin,clerk"), std::string::npos) << list.out;
  EXPECT_EQ(Boardroom("user revoke clerk@example.org clerk").code, 0);
  EXPECT_EQ(Boardroom("user revoke clerk@example.org clerk").code, 1);
  EXPECT_EQ(Boardroom("user grant clerk@example.org emperor").code, 2);
  EXPECT_EQ(Boardroom("user grant nobody@example.org clerk").code, 1);
  ChildRun no_body = Boardroom("user grant clerk@example.org clerk --body 'No Such Board'");
  EXPECT_EQ(no_body.code, 1);
  EXPECT_NE(no_body.err.find("No Such Board"), std::string::npos);

  EXPECT_EQ(Boardroom("user disable clerk@example.org").code, 0);
  auto s = Open();
  auto tx = std::move(s->Begin()).value();
  auto user = tx->accounts().FindUserByEmail("clerk@example.org");
  ASSERT_TRUE(user.ok());
  EXPECT_TRUE(user->disabled);
  EXPECT_TRUE(user->password_hash.starts_with("$argon2id$"));
  EXPECT_NE(user->hash_params.find("argon2id ops="), std::string::npos);
}

TEST_F(AccountsCliTest, PasswordOnlyFromStdinAndUsageErrors) {
  EXPECT_EQ(Boardroom("user add a@example.org --name A").code, 2);
  EXPECT_EQ(Boardroom("user add a@example.org --name A --password-stdin", "").code, 1);
  EXPECT_EQ(Boardroom("user add a@example.org --password-stdin", "pw\n").code, 2);  // no --name
  EXPECT_EQ(Boardroom("user add not-an-email --name A --password-stdin", "pw\n").code, 1);
}

TEST_F(AccountsCliTest, ResetPasswordAndTokenPrintedOnce) {
  ASSERT_EQ(Boardroom("user add a@example.org --name A --password-stdin", "first pass\n").code, 0);
  ASSERT_EQ(Boardroom("user reset-password a@example.org --password-stdin", "second pass\n").code, 0);
  ChildRun token = Boardroom("user token a@example.org --label reports");
  ASSERT_EQ(token.code, 0) << token.err;
  std::string t = token.out.substr(0, token.out.find('\n'));
  EXPECT_EQ(t.size(), 43u);

  auto s = Open();
  auto tx = std::move(s->Begin()).value();
  auto user = std::move(tx->accounts().FindUserByEmail("a@example.org")).value();
  EXPECT_TRUE(accounts::VerifyPassword(user.password_hash, "second pass"));
  EXPECT_FALSE(accounts::VerifyPassword(user.password_hash, "first pass"));
  auto principal = accounts::LookupApiToken(*tx, t);
  ASSERT_TRUE(principal.ok());
  EXPECT_EQ(principal->user.id, user.id);
  auto tokens = std::move(tx->accounts().ListApiTokens(user.id)).value();
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_NE(tokens[0].token_hash, t);  // stored hashed
  EXPECT_EQ(tokens[0].label, "reports");
}

TEST_F(AccountsCliTest, AuditVerifyHoldsThenNamesATamperedEvent) {
  ASSERT_EQ(Boardroom("user add a@example.org --name A --password-stdin", "pw one\n").code, 0);
  ASSERT_EQ(Boardroom("user grant a@example.org author").code, 0);
  ASSERT_EQ(Boardroom("user disable a@example.org").code, 0);
  ChildRun ok = Boardroom("audit verify");
  EXPECT_EQ(ok.code, 0) << ok.err;
  EXPECT_NE(ok.out.find("3 events"), std::string::npos) << ok.out;

  // The triggers refuse edits; someone with the file can drop them first.
  ASSERT_EQ(Sqlite("DROP TRIGGER audit_events_append_only_update; "
                   "UPDATE audit_events SET actor = 'someone else' WHERE id = 2;"),
            0);
  ChildRun bad = Boardroom("audit verify");
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.err.find("event 2"), std::string::npos) << bad.err;
}

TEST_F(AccountsCliTest, AuditVerifyDetectsADeletedEvent) {
  ASSERT_EQ(Boardroom("user add a@example.org --name A --password-stdin", "pw one\n").code, 0);
  ASSERT_EQ(Boardroom("user grant a@example.org author").code, 0);
  ASSERT_EQ(Boardroom("user grant a@example.org member").code, 0);
  ASSERT_EQ(Sqlite("DROP TRIGGER audit_events_append_only_delete; DELETE FROM audit_events WHERE id = 2;"),
            0);
  ChildRun bad = Boardroom("audit verify");
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.err.find("event 3"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace boardroom
