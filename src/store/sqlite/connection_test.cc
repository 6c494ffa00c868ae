#include "store/sqlite/connection.h"

#include <gtest/gtest.h>

namespace boardroom::store::sqlite {
namespace {

std::unique_ptr<Connection> OpenMemory() {
  Result<std::unique_ptr<Connection>> connection = Connection::Open(":memory:", {});
  EXPECT_TRUE(connection.ok()) << connection.error().message;
  return std::move(connection).value();
}

TEST(StatementCacheTest, ReusesOnePreparedStatementPerSqlText) {
  auto db = OpenMemory();
  size_t before = db->cached_statement_count();
  sqlite3_stmt* first = nullptr;
  {
    Result<Query> q = db->Prepare("SELECT :x + 1");
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->Bind(":x", int64_t{41}).Step("add").value());
    EXPECT_EQ(q->Int64(0), 42);
    first = sqlite3_next_stmt(db->handle(), nullptr);
  }
  EXPECT_EQ(db->cached_statement_count(), before + 1);
  {
    Result<Query> again = db->Prepare("SELECT :x + 1");
    ASSERT_TRUE(again.ok());
    // The bindings were cleared when the first use ended: :x is NULL now.
    ASSERT_TRUE(again->Step("add").value());
    EXPECT_TRUE(again->IsNull(0));
  }
  EXPECT_EQ(db->cached_statement_count(), before + 1);
  EXPECT_EQ(sqlite3_next_stmt(db->handle(), nullptr), first);
  ASSERT_TRUE(db->Prepare("SELECT 2").ok());
  EXPECT_EQ(db->cached_statement_count(), before + 2);
}

TEST(StatementCacheTest, NestedUseOfTheSameSqlGetsAPrivateStatement) {
  auto db = OpenMemory();
  Result<Query> outer = db->Prepare("SELECT :x");
  ASSERT_TRUE(outer.ok());
  outer->Bind(":x", int64_t{1});
  ASSERT_TRUE(outer->Step("outer").value());
  {
    Result<Query> inner = db->Prepare("SELECT :x");
    ASSERT_TRUE(inner.ok());
    ASSERT_TRUE(inner->Bind(":x", int64_t{2}).Step("inner").value());
    EXPECT_EQ(inner->Int64(0), 2);
  }
  // The outer use is undisturbed by the inner one, and only one copy is cached.
  EXPECT_EQ(outer->Int64(0), 1);
  size_t cached = db->cached_statement_count();
  ASSERT_TRUE(db->Prepare("SELECT :x").ok());
  EXPECT_EQ(db->cached_statement_count(), cached);
}

TEST(StatementCacheTest, BadSqlIsAnInternalErrorAndIsNotCached) {
  auto db = OpenMemory();
  size_t before = db->cached_statement_count();
  Result<Query> q = db->Prepare("SELEC 1");
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.error().code, ErrorCode::kInternal);
  EXPECT_EQ(db->cached_statement_count(), before);
  Result<Query> two = db->Prepare("SELECT 1; SELECT 2");
  ASSERT_FALSE(two.ok());
  EXPECT_EQ(two.error().code, ErrorCode::kInternal);
}

TEST(QueryTest, UnknownParameterNameFailsTheStep) {
  auto db = OpenMemory();
  Result<Query> q = db->Prepare("SELECT :x");
  ASSERT_TRUE(q.ok());
  q->Bind(":y", int64_t{1});
  Result<bool> step = q->Step("select");
  ASSERT_FALSE(step.ok());
  EXPECT_EQ(step.error().code, ErrorCode::kInternal);
  EXPECT_NE(step.error().message.find(":y"), std::string::npos);
}

TEST(QueryTest, ReadsDatesAndRejectsMalformedOnes) {
  auto db = OpenMemory();
  Result<Query> q = db->Prepare("SELECT :d, 'not a date', NULL");
  ASSERT_TRUE(q.ok());
  q->Bind(":d", Date::FromYmd(2019, 9, 18).value());
  ASSERT_TRUE(q->Step("select").value());
  ASSERT_TRUE(q->DateAt(0).ok());
  EXPECT_EQ(q->DateAt(0)->ToIso(), "2019-09-18");
  EXPECT_EQ(q->DateAt(1).error().code, ErrorCode::kInternal);
  ASSERT_TRUE(q->OptionalDateAt(2).ok());
  EXPECT_FALSE(q->OptionalDateAt(2)->has_value());
}

TEST(ErrorFromSqliteTest, MapsExtendedCodes) {
  EXPECT_EQ(ErrorFromSqlite(SQLITE_CONSTRAINT_UNIQUE, nullptr, "x").code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_CONSTRAINT_PRIMARYKEY, nullptr, "x").code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_CONSTRAINT_FOREIGNKEY, nullptr, "x").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_CONSTRAINT_CHECK, nullptr, "x").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_CONSTRAINT_NOTNULL, nullptr, "x").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_BUSY, nullptr, "x").code, ErrorCode::kUnavailable);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_BUSY_SNAPSHOT, nullptr, "x").code, ErrorCode::kUnavailable);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_LOCKED, nullptr, "x").code, ErrorCode::kUnavailable);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_READONLY, nullptr, "x").code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorFromSqlite(SQLITE_CORRUPT, nullptr, "x").code, ErrorCode::kInternal);
}

TEST(ConnectionTest, TurnsOnForeignKeys) {
  auto db = OpenMemory();
  ASSERT_TRUE(db->ExecScript("CREATE TABLE a (id INTEGER PRIMARY KEY); "
                             "CREATE TABLE b (a_id INTEGER REFERENCES a (id));",
                             "create")
                  .ok());
  Result<Query> q = db->Prepare("INSERT INTO b (a_id) VALUES (7)");
  ASSERT_TRUE(q.ok());
  Status inserted = q->Run("insert");
  ASSERT_FALSE(inserted.ok());
  EXPECT_EQ(inserted.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace boardroom::store::sqlite
