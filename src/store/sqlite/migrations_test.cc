#include "store/sqlite/migrations.h"

#include <gtest/gtest.h>

#include <vector>

namespace boardroom::store::sqlite {
namespace {

std::unique_ptr<Connection> OpenMemory() {
  Result<std::unique_ptr<Connection>> connection = Connection::Open(":memory:", {});
  EXPECT_TRUE(connection.ok()) << connection.error().message;
  return std::move(connection).value();
}

TEST(Sha256HexTest, MatchesKnownDigest) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// Numbers rise strictly from 1. A gap is allowed while parallel branches hold numbers they have reserved
// (0005 was taken by governance while 0004 was reserved for search).
TEST(EmbeddedMigrationsTest, AreNumberedFromOneInOrder) {
  auto migrations = EmbeddedMigrations();
  ASSERT_FALSE(migrations.empty());
  EXPECT_EQ(migrations[0].version, 1);
  for (size_t i = 1; i < migrations.size(); ++i) {
    EXPECT_GT(migrations[i].version, migrations[i - 1].version) << migrations[i].name;
  }
  EXPECT_STREQ(migrations[0].name, "0001_schema.sql");
}

// 0008 marks the actions already held that were raised at an exempt item of their meeting, and no others.
TEST(EmbeddedMigrationsTest, ActionsRaisedAtExemptItemsBecomeExempt) {
  auto db = OpenMemory();
  std::vector<EmbeddedMigration> before, all;
  for (const EmbeddedMigration& m : EmbeddedMigrations()) {
    if (m.version < 8) before.push_back(m);
    all.push_back(m);
  }
  ASSERT_TRUE(ApplyMigrations(*db, before).ok());
  ASSERT_TRUE(
      db->ExecScript("INSERT INTO bodies (id, name) VALUES (1, 'Board');"
                     "INSERT INTO meetings (id, body_id, date, status) VALUES (1, 1, '2019-09-18', 'held');"
                     "INSERT INTO agenda_items (meeting_id, number, position, title, kind, "
                     "exemption_paragraph) VALUES (1, '9', 9, 'Estates', 'exempt', '3'), "
                     "(1, '5', 5, 'Budget', 'paper', '');"
                     "INSERT INTO actions (id, body_id, number, meeting_raised_id, agenda_item_number, text, "
                     "status) VALUES (1, 1, '1', 1, '9', 'Part B', 'open'), (2, 1, '2', 1, '5', 'Open', "
                     "'open'), (3, 1, '3', NULL, '9', 'Unplaced', 'open');",
                     "seed")
          .ok());
  ASSERT_TRUE(ApplyMigrations(*db, all).ok());
  Result<Query> q =
      db->Prepare("SELECT group_concat(id) FROM (SELECT id FROM actions WHERE exempt = 1 ORDER BY id)");
  ASSERT_TRUE(q.ok());
  ASSERT_TRUE(q->Step("read").value_or(false));
  EXPECT_EQ(q->Text(0), "1");
}

TEST(ApplyMigrationsTest, AppliesEachOnceAndRecordsIt) {
  auto db = OpenMemory();
  std::vector<EmbeddedMigration> list = {{1, "0001_a.sql", "CREATE TABLE a (x);"},
                                         {2, "0002_b.sql", "CREATE TABLE b (y);"}};
  Result<int> first = ApplyMigrations(*db, list);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(*first, 2);
  Result<int> second = ApplyMigrations(*db, list);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, 0);
  list.push_back({3, "0003_c.sql", "CREATE TABLE c (z);"});
  EXPECT_EQ(ApplyMigrations(*db, list).value_or(-1), 1);
}

TEST(ApplyMigrationsTest, RefusesAChangedMigration) {
  auto db = OpenMemory();
  std::vector<EmbeddedMigration> list = {{1, "0001_a.sql", "CREATE TABLE a (x);"}};
  ASSERT_TRUE(ApplyMigrations(*db, list).ok());
  list[0].sql = "CREATE TABLE a (x, extra);";
  Result<int> again = ApplyMigrations(*db, list);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(again.error().message.find("0001_a.sql"), std::string::npos);
}

TEST(ApplyMigrationsTest, RefusesADatabaseFromANewerVersion) {
  auto db = OpenMemory();
  std::vector<EmbeddedMigration> newer = {{1, "0001_a.sql", "CREATE TABLE a (x);"},
                                          {2, "0002_b.sql", "CREATE TABLE b (y);"}};
  ASSERT_TRUE(ApplyMigrations(*db, newer).ok());
  newer.pop_back();
  Result<int> older = ApplyMigrations(*db, newer);
  ASSERT_FALSE(older.ok());
  EXPECT_EQ(older.error().code, ErrorCode::kFailedPrecondition);
}

TEST(ApplyMigrationsTest, AFailingMigrationLeavesNothingBehind) {
  auto db = OpenMemory();
  std::vector<EmbeddedMigration> list = {{1, "0001_a.sql", "CREATE TABLE a (x);"},
                                         {2, "0002_bad.sql", "CREATE TABLE b (y); CREATE TABLEX c;"}};
  Result<int> applied = ApplyMigrations(*db, list);
  ASSERT_FALSE(applied.ok());
  EXPECT_EQ(applied.error().code, ErrorCode::kInternal);
  // Table b of the failed migration was rolled back; the first migration stays applied.
  Result<Query> q = db->Prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'b')");
  ASSERT_TRUE(q.ok());
  ASSERT_TRUE(q->Step("count").value());
  EXPECT_EQ(q->Int64(0), 1);
}

TEST(ApplyMigrationsTest, RefusesAnUnorderedList) {
  auto db = OpenMemory();
  std::vector<EmbeddedMigration> list = {{2, "0002_b.sql", "SELECT 1;"}, {1, "0001_a.sql", "SELECT 1;"}};
  EXPECT_EQ(ApplyMigrations(*db, list).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace boardroom::store::sqlite
