#include "store/audit_chain.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "store/sqlite/sqlite_store.h"

namespace boardroom::store {
namespace {

std::unique_ptr<store::Store> Open() {
  return std::move(store::OpenSqliteStore(":memory:")).value();
}

store::AuditEvent Event(int i) {
  return {.at = 1000 + i,
          .actor = "jo",
          .action = "update",
          .record_kind = "paper",
          .record_id = i,
          .before_json = R"({"title":"old"})",
          .after_json = R"({"title":"new"})",
          .address = "10.0.0.1"};
}

// Copies `events` into a fresh store exactly as given (as someone with the database file could).
std::unique_ptr<store::Store> Copy(const std::vector<store::AuditEvent>& events) {
  auto s = Open();
  auto tx = std::move(s->Begin()).value();
  for (const auto& e : events) EXPECT_TRUE(tx->audit().AppendAuditEvent(e).ok());
  EXPECT_TRUE(tx->Commit().ok());
  return s;
}

std::vector<store::AuditEvent> WriteThree() {
  auto s = Open();
  auto tx = std::move(s->Begin()).value();
  for (int i = 1; i <= 3; ++i) EXPECT_TRUE(WriteAuditEvent(*tx, Event(i)).ok());
  return std::move(tx->audit().ListAuditTrail({})).value();
}

AuditVerification Verify(store::Store& s) {
  auto tx = std::move(s.Begin(store::Access::kReadOnly)).value();
  return std::move(VerifyAuditChain(*tx)).value();
}

TEST(AuditTest, WriterChainsEventsAndTheChainVerifies) {
  auto events = WriteThree();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].previous_hash, "");
  EXPECT_EQ(events[1].previous_hash, events[0].hash);
  EXPECT_EQ(events[2].previous_hash, events[1].hash);
  EXPECT_EQ(events[0].hash.size(), 64u);
  auto copy = Copy(events);
  AuditVerification v = Verify(*copy);
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.events, 3);
}

TEST(AuditTest, AnEditedEventIsNamed) {
  auto events = WriteThree();
  events[1].after_json = R"({"title":"forged"})";
  auto copy = Copy(events);
  AuditVerification v = Verify(*copy);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, events[1].id);
  EXPECT_NE(v.problem.find("edited"), std::string::npos);
}

TEST(AuditTest, AnEditedEventWithARecomputedHashBreaksTheNextLink) {
  auto events = WriteThree();
  events[1].actor = "mallory";
  events[1].hash = AuditEventHash(events[1]);
  auto copy = Copy(events);
  AuditVerification v = Verify(*copy);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad.value, 3);
}

TEST(AuditTest, ADeletedEventIsDetected) {
  auto events = WriteThree();
  events.erase(events.begin() + 1);
  auto copy = Copy(events);
  AuditVerification v = Verify(*copy);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad.value, 2);  // the copy's second row, which was the third event
}

TEST(AuditTest, EmptyTrailHoldsAndWriterChecksInput) {
  auto s = Open();
  EXPECT_TRUE(Verify(*s).ok);
  auto tx = std::move(s->Begin()).value();
  store::AuditEvent e = Event(1);
  e.actor = "";
  EXPECT_EQ(WriteAuditEvent(*tx, e).error().field, "actor");
}

TEST(AuditTest, CanonicalFormSeparatesFields) {
  store::AuditEvent a = Event(1), b = Event(1);
  a.actor = "ab";
  a.action = "c";
  b.actor = "a";
  b.action = "bc";
  EXPECT_NE(CanonicalAuditEvent(a), CanonicalAuditEvent(b));
}

}  // namespace
}  // namespace boardroom::store
