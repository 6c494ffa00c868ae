// What the schema itself enforces, below the store's methods: the paragraph full-text index follows its
// table, and audit events and action updates cannot be changed once written.
#include <gtest/gtest.h>

#include "store/sqlite/connection.h"
#include "store/sqlite/migrations.h"

namespace boardroom::store::sqlite {
namespace {

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Connection::Open(":memory:", {});
    ASSERT_TRUE(opened.ok());
    db_ = std::move(opened).value();
    auto applied = ApplyMigrations(*db_, EmbeddedMigrations());
    ASSERT_TRUE(applied.ok()) << applied.error().message;
    ASSERT_TRUE(
        db_->ExecScript("INSERT INTO bodies (id, name) VALUES (1, 'Board');"
                        "INSERT INTO papers (id, body_id, title, classification, published, exempt, "
                        "key_decision, version_number) VALUES (1, 1, 'Paper', 'public', 1, 0, 0, 1);"
                        "INSERT INTO actions (id, body_id, number, text, status) VALUES "
                        "(1, 1, '1', 'Do it', 'open');"
                        "INSERT INTO action_updates (action_id, date, text) VALUES (1, '2019-09-18', 'x');"
                        "INSERT INTO audit_events (at, actor, action, record_kind, record_id, hash) VALUES "
                        "(1, 'a', 'create', 'paper', 1, 'h');",
                        "seed")
            .ok());
  }

  int64_t Count(const char* sql) {
    auto q = db_->Prepare(sql);
    EXPECT_TRUE(q.ok()) << q.error().message;
    EXPECT_TRUE(q->Step("count").value_or(false));
    return q->Int64(0);
  }

  std::unique_ptr<Connection> db_;
};

TEST_F(SchemaTest, FullTextIndexFollowsParagraphs) {
  ASSERT_TRUE(db_->ExecScript("INSERT INTO paragraphs (id, paper_id, text, position) VALUES "
                              "(1, 1, 'Response times improved in Anytown', 1)",
                              "insert")
                  .ok());
  EXPECT_EQ(Count("SELECT count(*) FROM search_index WHERE search_index MATCH 'anytown'"), 1);
  ASSERT_TRUE(db_->ExecScript("UPDATE paragraphs SET text = 'Budget outturn' WHERE id = 1", "update").ok());
  EXPECT_EQ(Count("SELECT count(*) FROM search_index WHERE search_index MATCH 'anytown'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM search_index WHERE search_index MATCH 'outturn'"), 1);
  ASSERT_TRUE(db_->ExecScript("DELETE FROM paragraphs WHERE id = 1", "delete").ok());
  EXPECT_EQ(Count("SELECT count(*) FROM search_index WHERE search_index MATCH 'outturn'"), 0);
  // Paragraphs are indexed once: migration 0004 dropped the old paragraphs_fts.
  EXPECT_EQ(Count("SELECT count(*) FROM sqlite_master WHERE name LIKE 'paragraphs_fts%'"), 0);
}

TEST_F(SchemaTest, AuditEventsAndActionUpdatesAreAppendOnly) {
  EXPECT_FALSE(db_->ExecScript("UPDATE audit_events SET actor = 'b'", "update").ok());
  EXPECT_FALSE(db_->ExecScript("DELETE FROM audit_events", "delete").ok());
  EXPECT_FALSE(db_->ExecScript("UPDATE action_updates SET text = 'y'", "update").ok());
  EXPECT_FALSE(db_->ExecScript("DELETE FROM action_updates", "delete").ok());
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE actor = 'a'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM action_updates WHERE text = 'x'"), 1);
}

TEST_F(SchemaTest, ClosedSetsAreChecked) {
  auto q = db_->Prepare("UPDATE actions SET status = 'finished' WHERE id = 1");
  ASSERT_TRUE(q.ok());
  Status updated = q->Run("update");
  ASSERT_FALSE(updated.ok());
  EXPECT_EQ(updated.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace boardroom::store::sqlite
