#include "accounts/accounts.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/sqlite/sqlite_store.h"

namespace boardroom::accounts {
namespace {

using store::AccountRole;
using store::SignInAttempt;

AccountPolicy TestPolicy() {
  AccountPolicy p;
  p.password_cost = PasswordCost::Fastest();
  return p;
}

std::vector<SignInAttempt> Failures(int n, int64_t at) {
  std::vector<SignInAttempt> out;
  for (int i = 0; i < n; ++i) out.push_back({.at = at, .email = "a@x", .address = "1", .succeeded = false});
  return out;
}

TEST(DecideSignInTest, FreeFailuresThenGrowingDelaysThenLock) {
  AccountPolicy p = TestPolicy();  // 3 free, lock at 10, base 1 s doubling
  EXPECT_TRUE(DecideSignIn(Failures(3, 100), {}, 100, p).allowed);
  SignInGate fourth = DecideSignIn(Failures(4, 100), {}, 100, p);
  EXPECT_FALSE(fourth.allowed);
  EXPECT_EQ(fourth.retry_after, 1);
  EXPECT_TRUE(DecideSignIn(Failures(4, 100), {}, 101, p).allowed);
  EXPECT_EQ(DecideSignIn(Failures(5, 100), {}, 100, p).retry_after, 2);
  EXPECT_EQ(DecideSignIn(Failures(7, 100), {}, 100, p).retry_after, 8);
  SignInGate locked = DecideSignIn(Failures(10, 100), {}, 100, p);
  EXPECT_FALSE(locked.allowed);
  EXPECT_TRUE(locked.locked);
  EXPECT_EQ(locked.retry_after, p.lock_seconds);
  EXPECT_FALSE(DecideSignIn(Failures(10, 100), {}, 100 + p.lock_seconds - 1, p).allowed);
  EXPECT_TRUE(DecideSignIn(Failures(10, 100), {}, 100 + p.lock_seconds, p).allowed);
}

TEST(DecideSignInTest, DelaysAreCapped) {
  AccountPolicy p = TestPolicy();
  p.account_lock_after = 1000;
  EXPECT_EQ(DecideSignIn(Failures(60, 100), {}, 100, p).retry_after, p.max_delay_seconds);
}

TEST(DecideSignInTest, ASuccessClearsEarlierFailures) {
  AccountPolicy p = TestPolicy();
  auto attempts = Failures(9, 100);
  attempts.push_back({.at = 100, .succeeded = true});
  attempts.push_back({.at = 100, .succeeded = false});
  EXPECT_TRUE(DecideSignIn(attempts, {}, 100, p).allowed);
}

TEST(DecideSignInTest, AddressLimitAppliesAcrossAccounts) {
  AccountPolicy p = TestPolicy();
  EXPECT_TRUE(DecideSignIn({}, Failures(10, 100), 100, p).allowed);
  EXPECT_FALSE(DecideSignIn({}, Failures(11, 100), 100, p).allowed);
  EXPECT_TRUE(DecideSignIn({}, Failures(50, 100), 100, p).locked);
}

TEST(ViewerForTest, RolesDecideWhatIsSeenBodyByBody) {
  store::BodyId board{1}, other{2};
  auto with = [](std::optional<store::BodyId> body, AccountRole role) {
    Principal p;
    p.user.id = store::UserId{1};
    p.grants.push_back({.user_id = p.user.id, .body_id = body, .role = role});
    return std::optional<Principal>(p);
  };
  using Ids = std::vector<int64_t>;
  struct Seen {
    bool unpublished, sensitive;
    Ids unpublished_bodies, sensitive_bodies;
    bool operator==(const Seen&) const = default;
  };
  auto seen = [](const store::Viewer& v) {
    Seen s{v.sees_unpublished, v.sees_sensitive, {}, {}};
    for (store::BodyId b : v.unpublished_bodies) s.unpublished_bodies.push_back(b.value);
    for (store::BodyId b : v.sensitive_bodies) s.sensitive_bodies.push_back(b.value);
    return s;
  };
  EXPECT_EQ(seen(ViewerFor(std::nullopt)), (Seen{false, false, {}, {}}));
  EXPECT_EQ(seen(ViewerFor(with(board, AccountRole::kMember))), (Seen{false, false, {}, {1}}));
  EXPECT_EQ(seen(ViewerFor(with(board, AccountRole::kAuthor))), (Seen{false, false, {1}, {1}}));
  EXPECT_EQ(seen(ViewerFor(with(board, AccountRole::kClerk))), (Seen{false, false, {1}, {1}}));
  EXPECT_EQ(seen(ViewerFor(with(std::nullopt, AccountRole::kMember))), (Seen{false, true, {}, {}}));
  EXPECT_EQ(seen(ViewerFor(with(std::nullopt, AccountRole::kClerk))), (Seen{true, true, {}, {}}));
  EXPECT_EQ(seen(ViewerFor(with(other, AccountRole::kAdmin))), (Seen{true, true, {}, {}}));
  std::optional<Principal> two = with(board, AccountRole::kMember);
  two->grants.push_back({.user_id = two->user.id, .body_id = other, .role = AccountRole::kClerk});
  EXPECT_EQ(seen(ViewerFor(two)), (Seen{false, false, {2}, {1, 2}}));
  auto disabled = with(std::nullopt, AccountRole::kAdmin);
  disabled->user.disabled = true;
  EXPECT_EQ(seen(ViewerFor(disabled)), (Seen{false, false, {}, {}}));
}

TEST(PrincipalTest, HasRoleFollowsReachAndBody) {
  store::BodyId board{1}, other{2};
  Principal p;
  p.grants.push_back({.body_id = board, .role = AccountRole::kAuthor});
  EXPECT_TRUE(p.HasRole(AccountRole::kMember, board));  // a stronger role includes the weaker
  EXPECT_TRUE(p.HasRole(AccountRole::kAuthor, board));
  EXPECT_FALSE(p.HasRole(AccountRole::kClerk, board));
  EXPECT_FALSE(p.HasRole(AccountRole::kMember, other));
  EXPECT_FALSE(p.HasRole(AccountRole::kMember));  // no grant for every body
  Principal everywhere;
  everywhere.grants.push_back({.role = AccountRole::kClerk});
  EXPECT_TRUE(everywhere.HasRole(AccountRole::kClerk, other));
  EXPECT_TRUE(everywhere.HasRole(AccountRole::kClerk));
  Principal admin;
  admin.grants.push_back({.body_id = board, .role = AccountRole::kAdmin});
  EXPECT_TRUE(admin.HasRole(AccountRole::kClerk, other));  // administrators reach every body
  EXPECT_TRUE(admin.HasRole(AccountRole::kAdmin));
}

class AccountsStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::OpenSqliteStore(":memory:");
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(opened).value();
    auto tx = Begin();
    auto user = CreateUser(*tx, clock_, policy_, "Clerk@Example.org", "Jo Clerk", "s3cret pass");
    ASSERT_TRUE(user.ok()) << user.error().message;
    user_ = *user;
    ASSERT_TRUE(tx->Commit().ok());
  }

  std::unique_ptr<store::Transaction> Begin() { return std::move(store_->Begin()).value(); }

  FixedClock clock_{1'700'000'000};
  AccountPolicy policy_ = TestPolicy();
  std::unique_ptr<store::Store> store_;
  store::User user_;
};

TEST_F(AccountsStoreTest, CreateUserRecordsHashParamsAndChecksInput) {
  EXPECT_TRUE(user_.password_hash.starts_with("$argon2id$"));
  EXPECT_EQ(user_.hash_params, policy_.password_cost.Describe());
  auto tx = Begin();
  EXPECT_EQ(CreateUser(*tx, clock_, policy_, "no-at", "N", "pw").error().field, "email");
  EXPECT_EQ(CreateUser(*tx, clock_, policy_, "a@b", "", "pw").error().field, "name");
  EXPECT_EQ(CreateUser(*tx, clock_, policy_, "a@b", "N", "").error().field, "password");
  EXPECT_EQ(CreateUser(*tx, clock_, policy_, "clerk@example.ORG", "N", "pw").error().code,
            ErrorCode::kAlreadyExists);
}

TEST_F(AccountsStoreTest, SignInMakesAFreshSessionAndLookupFindsIt) {
  auto tx = Begin();
  auto a = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.1");
  ASSERT_TRUE(a.ok()) << a.error().message;
  auto b = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.1");
  ASSERT_TRUE(b.ok());
  EXPECT_NE(a->token, b->token);
  EXPECT_NE(a->session.token_hash, a->token);  // only the hash is stored
  EXPECT_EQ(a->session.token_hash, HashToken(a->token));
  EXPECT_EQ(a->session.csrf_token.size(), 43u);
  auto found = LookupSession(*tx, clock_, policy_, a->token);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->principal.user.id, user_.id);
  EXPECT_TRUE(CsrfMatches(found->session, a->session.csrf_token));
  EXPECT_FALSE(CsrfMatches(found->session, b->session.csrf_token));
  EXPECT_FALSE(CsrfMatches(found->session, ""));
  EXPECT_EQ(LookupSession(*tx, clock_, policy_, "planted-token").error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AccountsStoreTest, WrongPasswordUnknownEmailAndDisabledUserAllFailAlike) {
  auto tx = Begin();
  auto wrong = SignIn(*tx, clock_, policy_, "clerk@example.org", "nope", "10.0.0.1");
  auto unknown = SignIn(*tx, clock_, policy_, "who@example.org", "nope", "10.0.0.2");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  store::User u = user_;
  u.disabled = true;
  ASSERT_TRUE(tx->accounts().UpdateUser(u).ok());
  auto disabled = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.3");
  ASSERT_FALSE(disabled.ok());
  EXPECT_EQ(disabled.error().message, wrong.error().message);
}

TEST_F(AccountsStoreTest, RepeatedFailuresAreSlowedThenLocked) {
  auto tx = Begin();
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(SignIn(*tx, clock_, policy_, "clerk@example.org", "bad", "10.0.0.1").error().code,
              ErrorCode::kUnauthenticated);
  }
  // The fifth try comes too soon, even with the right password.
  auto slowed = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.9");
  ASSERT_FALSE(slowed.ok());
  EXPECT_EQ(slowed.error().code, ErrorCode::kUnavailable);
  for (int i = 4; i < 10; ++i) {
    clock_.Advance(policy_.max_delay_seconds);
    ASSERT_EQ(SignIn(*tx, clock_, policy_, "clerk@example.org", "bad", "10.0.0.1").error().code,
              ErrorCode::kUnauthenticated);
  }
  clock_.Advance(policy_.max_delay_seconds);
  auto locked = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.9");
  ASSERT_FALSE(locked.ok());
  EXPECT_NE(locked.error().message.find("locked"), std::string::npos);
  clock_.Advance(policy_.lock_seconds);
  EXPECT_TRUE(SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.9").ok());
}

TEST_F(AccountsStoreTest, SessionsExpireWhenIdleAndAbsolutely) {
  auto tx = Begin();
  auto s = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.1");
  ASSERT_TRUE(s.ok());
  // Used every 20 minutes, it lives until the absolute limit.
  int64_t start = clock_.NowSeconds();
  while (clock_.NowSeconds() + 20 * 60 < start + policy_.session_absolute_seconds) {
    clock_.Advance(20 * 60);
    ASSERT_TRUE(LookupSession(*tx, clock_, policy_, s->token).ok()) << clock_.NowSeconds() - start;
  }
  clock_.Set(start + policy_.session_absolute_seconds);
  EXPECT_FALSE(LookupSession(*tx, clock_, policy_, s->token).ok());

  auto idle = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.1");
  ASSERT_TRUE(idle.ok());
  clock_.Advance(policy_.session_idle_seconds);
  EXPECT_EQ(LookupSession(*tx, clock_, policy_, idle->token).error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AccountsStoreTest, PeekSessionReadsUntilARenewalIsDue) {
  std::string token;
  {
    auto tx = Begin();
    auto s = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "10.0.0.1");
    ASSERT_TRUE(s.ok());
    token = s->token;
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto read = std::move(store_->Begin(store::Access::kReadOnly)).value();
  auto fresh = PeekSession(*read, clock_, policy_, token);
  ASSERT_TRUE(fresh.ok()) << fresh.error().message;
  ASSERT_TRUE(fresh->has_value());
  EXPECT_EQ((*fresh)->principal.user.id, user_.id);
  EXPECT_EQ(PeekSession(*read, clock_, policy_, "planted").error().code, ErrorCode::kUnauthenticated);
  clock_.Advance(policy_.session_touch_every_seconds);
  auto due = PeekSession(*read, clock_, policy_, token);
  ASSERT_TRUE(due.ok());
  EXPECT_FALSE(due->has_value());  // the caller renews it in a writing transaction
  clock_.Advance(policy_.session_idle_seconds);
  auto expired = PeekSession(*read, clock_, policy_, token);
  ASSERT_TRUE(expired.ok());
  EXPECT_FALSE(expired->has_value());  // and LookupSession then deletes it
}

TEST_F(AccountsStoreTest, RateLimitedSignInSaysHowLongToWait) {
  auto tx = Begin();
  for (int i = 0; i < 4; ++i)
    ASSERT_FALSE(SignIn(*tx, clock_, policy_, "clerk@example.org", "bad", "1").ok());
  int64_t retry_after = -1;
  auto slowed = SignIn(*tx, clock_, policy_, "clerk@example.org", "bad", "1", &retry_after);
  ASSERT_FALSE(slowed.ok());
  EXPECT_EQ(slowed.error().code, ErrorCode::kUnavailable);
  EXPECT_GT(retry_after, 0);
  EXPECT_NE(slowed.error().message.find(std::to_string(retry_after) + " seconds"), std::string::npos);
}

TEST_F(AccountsStoreTest, SignOutAndSignOutEverywhere) {
  auto tx = Begin();
  auto a = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "1");
  auto b = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "1");
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(SignOut(*tx, a->token).ok());
  EXPECT_FALSE(LookupSession(*tx, clock_, policy_, a->token).ok());
  EXPECT_TRUE(LookupSession(*tx, clock_, policy_, b->token).ok());
  EXPECT_EQ(SignOut(*tx, a->token).error().code, ErrorCode::kUnauthenticated);
  auto c = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "1");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(*SignOutEverywhere(*tx, user_.id), 2);
  EXPECT_FALSE(LookupSession(*tx, clock_, policy_, b->token).ok());
  EXPECT_FALSE(LookupSession(*tx, clock_, policy_, c->token).ok());
}

TEST_F(AccountsStoreTest, ResetPasswordEndsSessions) {
  auto tx = Begin();
  auto a = SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "1");
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(ResetPassword(*tx, policy_, user_.id, "new pass").ok());
  EXPECT_FALSE(LookupSession(*tx, clock_, policy_, a->token).ok());
  EXPECT_FALSE(SignIn(*tx, clock_, policy_, "clerk@example.org", "s3cret pass", "1").ok());
  EXPECT_TRUE(SignIn(*tx, clock_, policy_, "clerk@example.org", "new pass", "1").ok());
}

TEST_F(AccountsStoreTest, SignInRaisesTheHashCostWhenThePolicyDoes) {
  auto tx = Begin();
  AccountPolicy raised = policy_;
  raised.password_cost.ops = 2;
  ASSERT_TRUE(SignIn(*tx, clock_, raised, "clerk@example.org", "s3cret pass", "1").ok());
  auto u = tx->accounts().GetUser(user_.id);
  EXPECT_EQ(u->hash_params, raised.password_cost.Describe());
  EXPECT_FALSE(NeedsRehash(u->password_hash, raised.password_cost));
}

TEST_F(AccountsStoreTest, ApiTokensWorkUntilRevoked) {
  auto tx = Begin();
  auto t = IssueApiToken(*tx, clock_, user_.id, "reports");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->record.token_hash, HashToken(t->token));
  auto p = LookupApiToken(*tx, t->token);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->user.id, user_.id);
  ASSERT_TRUE(tx->accounts().RevokeApiToken(t->record.id, clock_.NowSeconds()).ok());
  EXPECT_EQ(LookupApiToken(*tx, t->token).error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(LookupApiToken(*tx, "").error().code, ErrorCode::kUnauthenticated);
}

}  // namespace
}  // namespace boardroom::accounts
