// What the SQLite backend does beyond the common contract: a second writer waits for the busy timeout and
// then gets kUnavailable; an in-memory store works and has one connection.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "store/sqlite/sqlite_store.h"

namespace boardroom::store {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "boardroom-sqlite-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string File(const char* name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

TEST(SqliteStoreTest, ASecondWriterGetsUnavailableAfterTheBusyTimeout) {
  TempDir dir;
  SqliteOptions options;
  options.busy_timeout_ms = 50;
  auto first = OpenSqliteStore(dir.File("busy.db"), options);
  auto second = OpenSqliteStore(dir.File("busy.db"), options);
  ASSERT_TRUE(first.ok() && second.ok());
  auto writer = (*first)->Begin(Access::kReadWrite);
  ASSERT_TRUE(writer.ok());
  auto blocked = (*second)->Begin(Access::kReadWrite);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::kUnavailable);
  // Readers are not blocked.
  EXPECT_TRUE((*second)->Begin(Access::kReadOnly).ok());
  writer->reset();
  EXPECT_TRUE((*second)->Begin(Access::kReadWrite).ok());
}

TEST(SqliteStoreTest, InMemoryStoreHasOneConnectionAndKeepsData) {
  SqliteOptions options;
  options.busy_timeout_ms = 20;
  auto store = OpenSqliteStore(":memory:", options);
  ASSERT_TRUE(store.ok()) << store.error().message;
  {
    auto tx = (*store)->Begin();
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE((*tx)->organisations().CreateOrganisation({.name = "Council"}).ok());
    // The one connection is taken: a second transaction cannot start.
    auto second = (*store)->Begin(Access::kReadOnly);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::kUnavailable);
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  auto tx = (*store)->Begin(Access::kReadOnly);
  ASSERT_TRUE(tx.ok());
  auto orgs = (*tx)->organisations().ListOrganisations({});
  ASSERT_TRUE(orgs.ok());
  EXPECT_EQ(orgs->size(), 1u);
}

TEST(SqliteStoreTest, ThreadsShareOneStore) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("threads.db"));
  ASSERT_TRUE(store.ok());
  constexpr int kThreads = 4;
  constexpr int kWritesEach = 10;
  std::vector<std::thread> threads;
  std::vector<int> failures(kThreads, 0);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kWritesEach; ++i) {
        auto tx = (*store)->Begin();
        if (!tx.ok()) {
          ++failures[t];
          continue;
        }
        std::string name = "Org " + std::to_string(t) + "-" + std::to_string(i);
        if (!(*tx)->organisations().CreateOrganisation({.name = name}).ok() || !(*tx)->Commit().ok())
          ++failures[t];
        auto reader = (*store)->Begin(Access::kReadOnly);
        if (!reader.ok() || !(*reader)->organisations().ListOrganisations({}).ok()) ++failures[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, std::vector<int>(kThreads, 0));
  auto tx = (*store)->Begin(Access::kReadOnly);
  ASSERT_TRUE(tx.ok());
  auto all = (*tx)->organisations().ListOrganisations({.limit = 1000});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), static_cast<size_t>(kThreads * kWritesEach));
}

TEST(SqliteStoreTest, MigrateReportsWhatItApplied) {
  TempDir dir;
  auto applied = MigrateSqlite(dir.File("m.db"));
  ASSERT_TRUE(applied.ok()) << applied.error().message;
  EXPECT_GE(*applied, 1);
  EXPECT_EQ(MigrateSqlite(dir.File("m.db")).value_or(-1), 0);
}

TEST(SqliteStoreTest, ANonDatabaseFileIsRefused) {
  TempDir dir;
  std::string path = dir.File("not.db");
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("this is not a database, just some text that is long enough to fill a header block......", f);
    std::fclose(f);
  }
  auto store = OpenSqliteStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace boardroom::store
