// The store contract for accounts (store/account_store.h) and the whole-trail audit listing: what every
// backend must do with users, role grants, sessions, API tokens and sign-in attempts. Run for each backend in
// kAccountBackends (add a backend here when it joins kBackends in store_contract_test.cc).
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "backend.h"
#include "store/store.h"

namespace boardroom::store::testing {
namespace {

template <typename T>
T Must(Result<T> result, const char* what = "call") {
  if (!result.ok()) throw std::runtime_error(std::string(what) + " failed: " + result.error().message);
  return std::move(result).value();
}

void MustOk(const Status& status, const char* what = "call") {
  if (!status.ok()) throw std::runtime_error(std::string(what) + " failed: " + status.error().message);
}

template <typename R>
std::string CodeOf(const R& result) {
  return result.ok() ? "ok" : std::string(ErrorCodeName(result.error().code));
}

class AccountContractTest : public ::testing::TestWithParam<BackendFactory> {
 protected:
  void SetUp() override {
    backend_ = GetParam().make();
    store_ = Must(backend_->Open(), "open");
  }

  std::unique_ptr<Transaction> Write() { return Must(store_->Begin(Access::kReadWrite), "begin"); }

  User MakeUser(Transaction& tx, std::string email) {
    User u;
    u.email = std::move(email);
    u.name = "Jo Clerk";
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$salt$hash";
    u.hash_params = "argon2id ops=2 mem=67108864";
    u.created_at = 1000;
    return Must(tx.accounts().CreateUser(u), "create user");
  }

  std::unique_ptr<StoreBackend> backend_;
  std::unique_ptr<Store> store_;
};

TEST_P(AccountContractTest, UsersRoundTripAndEmailIsUniqueWithoutRegardToCase) {
  auto tx = Write();
  User u = MakeUser(*tx, "Jo.Clerk@Example.org");
  EXPECT_TRUE(u.id.valid());
  EXPECT_EQ(u.version, 1);
  User again = Must(tx->accounts().GetUser(u.id));
  EXPECT_EQ(again.email, "Jo.Clerk@Example.org");
  EXPECT_EQ(again.password_hash, u.password_hash);
  EXPECT_EQ(again.hash_params, "argon2id ops=2 mem=67108864");
  EXPECT_EQ(again.created_at, 1000);
  EXPECT_FALSE(again.disabled);

  EXPECT_EQ(Must(tx->accounts().FindUserByEmail("jo.clerk@example.ORG")).id, u.id);
  EXPECT_EQ(CodeOf(tx->accounts().FindUserByEmail("nobody@example.org")), "not_found");

  User dup;
  dup.email = "JO.CLERK@example.org";
  dup.name = "Someone else";
  auto clash = tx->accounts().CreateUser(dup);
  ASSERT_EQ(CodeOf(clash), "already_exists");
  EXPECT_EQ(clash.error().field, "email");

  User empty;
  EXPECT_EQ(CodeOf(tx->accounts().CreateUser(empty)), "invalid_argument");
  EXPECT_EQ(Must(tx->accounts().CountUsers()), 1);
}

TEST_P(AccountContractTest, UpdateUserIsVersioned) {
  auto tx = Write();
  User u = MakeUser(*tx, "a@example.org");
  u.disabled = true;
  u.name = "A. Person";
  User updated = Must(tx->accounts().UpdateUser(u));
  EXPECT_EQ(updated.version, 2);
  EXPECT_TRUE(updated.disabled);
  EXPECT_EQ(CodeOf(tx->accounts().UpdateUser(u)), "conflict");  // still version 1
  u.id = UserId{999};
  EXPECT_EQ(CodeOf(tx->accounts().UpdateUser(u)), "not_found");
}

TEST_P(AccountContractTest, ListUsersOrderedByEmail) {
  auto tx = Write();
  MakeUser(*tx, "c@example.org");
  MakeUser(*tx, "a@example.org");
  MakeUser(*tx, "b@example.org");
  auto users = Must(tx->accounts().ListUsers({}));
  ASSERT_EQ(users.size(), 3u);
  EXPECT_EQ(users[0].email, "a@example.org");
  EXPECT_EQ(users[2].email, "c@example.org");
  EXPECT_EQ(CodeOf(tx->accounts().ListUsers({.limit = 0})), "invalid_argument");
}

TEST_P(AccountContractTest, RoleGrantsPerBodyOrEverywhere) {
  auto tx = Write();
  User u = MakeUser(*tx, "a@example.org");
  Body b;
  b.name = "Board";
  b = Must(tx->bodies().CreateBody(b));
  Must(tx->accounts().GrantRole({.user_id = u.id, .body_id = b.id, .role = AccountRole::kClerk}));
  Must(tx->accounts().GrantRole({.user_id = u.id, .body_id = std::nullopt, .role = AccountRole::kClerk}));
  EXPECT_EQ(CodeOf(tx->accounts().GrantRole({.user_id = u.id, .body_id = b.id, .role = AccountRole::kClerk})),
            "already_exists");
  EXPECT_EQ(CodeOf(tx->accounts().GrantRole(
                {.user_id = u.id, .body_id = std::nullopt, .role = AccountRole::kClerk})),
            "already_exists");
  EXPECT_EQ(CodeOf(tx->accounts().GrantRole({.user_id = UserId{99}, .role = AccountRole::kMember})),
            "invalid_argument");
  EXPECT_EQ(CodeOf(tx->accounts().GrantRole({.user_id = u.id, .body_id = BodyId{99}})), "invalid_argument");

  auto grants = Must(tx->accounts().ListRoleGrants(u.id));
  ASSERT_EQ(grants.size(), 2u);
  EXPECT_EQ(grants[0].body_id, b.id);
  EXPECT_FALSE(grants[1].body_id.has_value());

  MustOk(tx->accounts().RevokeRole(u.id, std::nullopt, AccountRole::kClerk));
  EXPECT_EQ(CodeOf(tx->accounts().RevokeRole(u.id, std::nullopt, AccountRole::kClerk)), "not_found");
  grants = Must(tx->accounts().ListRoleGrants(u.id));
  ASSERT_EQ(grants.size(), 1u);
  EXPECT_EQ(grants[0].body_id, b.id);
}

TEST_P(AccountContractTest, SessionsCreateFindTouchDelete) {
  auto tx = Write();
  User u = MakeUser(*tx, "a@example.org");
  Session s{.token_hash = "h1",
            .user_id = u.id,
            .created_at = 10,
            .last_seen_at = 10,
            .idle_expires_at = 20,
            .absolute_expires_at = 100,
            .csrf_token = "csrf",
            .address = "10.0.0.1"};
  Session stored = Must(tx->accounts().CreateSession(s));
  EXPECT_TRUE(stored.id.valid());
  EXPECT_EQ(CodeOf(tx->accounts().CreateSession(s)), "already_exists");
  MustOk(tx->accounts().TouchSession(stored.id, 15, 25));
  Session found = Must(tx->accounts().FindSessionByTokenHash("h1"));
  EXPECT_EQ(found.last_seen_at, 15);
  EXPECT_EQ(found.idle_expires_at, 25);
  EXPECT_EQ(found.absolute_expires_at, 100);
  EXPECT_EQ(found.csrf_token, "csrf");
  EXPECT_EQ(found.address, "10.0.0.1");
  EXPECT_EQ(CodeOf(tx->accounts().FindSessionByTokenHash("nope")), "not_found");

  s.token_hash = "h2";
  Must(tx->accounts().CreateSession(s));
  s.token_hash = "h3";
  Session third = Must(tx->accounts().CreateSession(s));
  MustOk(tx->accounts().DeleteSession(third.id));
  EXPECT_EQ(CodeOf(tx->accounts().DeleteSession(third.id)), "not_found");
  EXPECT_EQ(CodeOf(tx->accounts().TouchSession(third.id, 1, 2)), "not_found");
  EXPECT_EQ(Must(tx->accounts().DeleteUserSessions(u.id)), 2);
  EXPECT_EQ(CodeOf(tx->accounts().FindSessionByTokenHash("h1")), "not_found");
}

TEST_P(AccountContractTest, ApiTokensRevokeKeepsFirstTime) {
  auto tx = Write();
  User u = MakeUser(*tx, "a@example.org");
  ApiToken t = Must(tx->accounts().CreateApiToken(
      {.token_hash = "t1", .user_id = u.id, .label = "reports", .created_at = 5}));
  EXPECT_FALSE(Must(tx->accounts().FindApiTokenByHash("t1")).revoked_at.has_value());
  MustOk(tx->accounts().RevokeApiToken(t.id, 50));
  MustOk(tx->accounts().RevokeApiToken(t.id, 60));
  EXPECT_EQ(Must(tx->accounts().FindApiTokenByHash("t1")).revoked_at, 50);
  EXPECT_EQ(CodeOf(tx->accounts().RevokeApiToken(ApiTokenId{77}, 1)), "not_found");
  EXPECT_EQ(CodeOf(tx->accounts().CreateApiToken({.token_hash = "t1", .user_id = u.id})), "already_exists");
  auto tokens = Must(tx->accounts().ListApiTokens(u.id));
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].label, "reports");
}

TEST_P(AccountContractTest, SignInAttemptsByEmailAndAddressSince) {
  auto tx = Write();
  MustOk(tx->accounts().RecordSignInAttempt({.at = 10, .email = "A@example.org", .address = "1.1.1.1"}));
  MustOk(tx->accounts().RecordSignInAttempt({.at = 20, .email = "a@example.org", .address = "2.2.2.2"}));
  MustOk(tx->accounts().RecordSignInAttempt(
      {.at = 30, .email = "b@example.org", .address = "1.1.1.1", .succeeded = true}));
  auto by_email = Must(tx->accounts().ListSignInAttemptsForEmail("a@EXAMPLE.org", 0));
  ASSERT_EQ(by_email.size(), 2u);
  EXPECT_EQ(by_email[0].at, 10);
  EXPECT_EQ(Must(tx->accounts().ListSignInAttemptsForEmail("a@example.org", 15)).size(), 1u);
  auto by_address = Must(tx->accounts().ListSignInAttemptsForAddress("1.1.1.1", 0));
  ASSERT_EQ(by_address.size(), 2u);
  EXPECT_TRUE(by_address[1].succeeded);
}

TEST_P(AccountContractTest, AuditTrailListsEveryEventInOrder) {
  auto tx = Write();
  for (int i = 0; i < 3; ++i) {
    Must(tx->audit().AppendAuditEvent({.at = 100 + i,
                                       .actor = "system",
                                       .action = "create",
                                       .record_kind = i == 1 ? "user" : "paper",
                                       .record_id = i,
                                       .hash = "h" + std::to_string(i)}));
  }
  auto all = Must(tx->audit().ListAuditTrail({}));
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].hash, "h0");
  EXPECT_EQ(all[2].hash, "h2");
  EXPECT_EQ(Must(tx->audit().ListAuditTrail({.limit = 1, .offset = 1}))[0].record_kind, "user");
}

TEST_P(AccountContractTest, AccountWritesRollBackWithTheTransaction) {
  {
    auto tx = Write();
    MakeUser(*tx, "gone@example.org");
  }
  auto tx = Write();
  EXPECT_EQ(Must(tx->accounts().CountUsers()), 0);
}

const BackendFactory kAccountBackends[] = {
    {"sqlite", MakeSqliteBackend},
};

std::string BackendName(const ::testing::TestParamInfo<BackendFactory>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountContractTest, ::testing::ValuesIn(kAccountBackends), BackendName);

}  // namespace
}  // namespace boardroom::store::testing
