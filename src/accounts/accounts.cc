#include "accounts/accounts.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace boardroom::accounts {
namespace {

constexpr char kBadCredentials[] = "The email or password is not right.";

// Failures after the last success, and the time of the last failure.
struct Failures {
  int count = 0;
  int64_t last = 0;
};

Failures CountFailures(const std::vector<store::SignInAttempt>& attempts) {
  Failures f;
  for (const store::SignInAttempt& a : attempts) {
    if (a.succeeded) {
      f = {};
    } else {
      ++f.count;
      f.last = std::max(f.last, a.at);
    }
  }
  return f;
}

SignInGate GateFor(const Failures& f, int free_failures, int lock_after, int64_t now,
                   const AccountPolicy& policy) {
  SignInGate gate;
  if (f.count >= lock_after) {
    int64_t until = f.last + policy.lock_seconds;
    if (now < until) return {.allowed = false, .locked = true, .retry_after = until - now};
    return gate;
  }
  if (f.count > free_failures) {
    int64_t delay = policy.base_delay_seconds;
    for (int i = free_failures + 1; i < f.count && delay < policy.max_delay_seconds; ++i) delay *= 2;
    delay = std::min(delay, policy.max_delay_seconds);
    int64_t until = f.last + delay;
    if (now < until) return {.allowed = false, .locked = false, .retry_after = until - now};
  }
  return gate;
}

bool Covers(const store::RoleGrant& grant, std::optional<store::BodyId> body) {
  if (!grant.body_id || grant.role == store::AccountRole::kAdmin) return true;  // administrators: every body
  return body && *grant.body_id == *body;
}

Error Unauthenticated() {
  return Error::Unauthenticated("Sign in to continue: the session has ended.");
}

// A hash of a password nobody has, at `cost`, made once per cost: what an unknown email is checked against.
const std::string& StandInHash(const PasswordCost& cost) {
  static std::mutex mutex;
  static std::map<std::string, std::string> by_cost;
  std::lock_guard<std::mutex> lock(mutex);
  std::string& hash = by_cost[cost.Describe()];
  if (hash.empty()) {
    Result<std::string> made = HashPassword(NewToken(), cost);
    hash = made.ok() ? std::move(made).value() : std::string("-");
  }
  return hash;
}

}  // namespace

SignInGate DecideSignIn(const std::vector<store::SignInAttempt>& by_email,
                        const std::vector<store::SignInAttempt>& by_address, int64_t now,
                        const AccountPolicy& policy) {
  SignInGate account =
      GateFor(CountFailures(by_email), policy.account_free_failures, policy.account_lock_after, now, policy);
  SignInGate address = GateFor(CountFailures(by_address), policy.address_free_failures,
                               policy.address_lock_after, now, policy);
  if (account.allowed) return address;
  if (address.allowed) return account;
  return {.allowed = false,
          .locked = account.locked || address.locked,
          .retry_after = std::max(account.retry_after, address.retry_after)};
}

bool Principal::HasRole(store::AccountRole role, std::optional<store::BodyId> body) const {
  for (const store::RoleGrant& g : grants) {
    if (g.role >= role && Covers(g, body)) return true;
  }
  return false;
}

store::Viewer ViewerFor(const std::optional<Principal>& principal) {
  store::Viewer viewer = store::Viewer::Public();
  if (!principal || principal->user.disabled) return viewer;
  for (const store::RoleGrant& g : principal->grants) {
    if (g.role == store::AccountRole::kAdmin) return store::Viewer::Everything();
    const bool drafts = g.role >= store::AccountRole::kAuthor;  // members see what was circulated only
    if (!g.body_id) {
      viewer.sees_sensitive = true;
      viewer.sees_unpublished = viewer.sees_unpublished || drafts;
      continue;
    }
    viewer.sensitive_bodies.push_back(*g.body_id);
    if (drafts) viewer.unpublished_bodies.push_back(*g.body_id);
  }
  return viewer;
}

Result<Principal> LoadPrincipal(store::Transaction& tx, store::UserId user_id) {
  Principal p;
  ASSIGN_OR_RETURN(p.user, tx.accounts().GetUser(user_id));
  ASSIGN_OR_RETURN(p.grants, tx.accounts().ListRoleGrants(user_id));
  return p;
}

Result<store::User> CreateUser(store::Transaction& tx, const Clock& clock, const AccountPolicy& policy,
                               std::string email, std::string name, std::string_view password) {
  if (email.find('@') == std::string::npos || email.size() > 254) {
    return Error::InvalidArgument("An email address needs an @.", "email");
  }
  if (name.empty()) return Error::InvalidArgument("A user needs a name.", "name");
  store::User user;
  user.email = std::move(email);
  user.name = std::move(name);
  ASSIGN_OR_RETURN(user.password_hash, HashPassword(password, policy.password_cost));
  user.hash_params = policy.password_cost.Describe();
  user.created_at = clock.NowSeconds();
  return tx.accounts().CreateUser(user);
}

Status ResetPassword(store::Transaction& tx, const AccountPolicy& policy, store::UserId user_id,
                     std::string_view password) {
  ASSIGN_OR_RETURN(store::User user, tx.accounts().GetUser(user_id));
  ASSIGN_OR_RETURN(user.password_hash, HashPassword(password, policy.password_cost));
  user.hash_params = policy.password_cost.Describe();
  RETURN_IF_ERROR(tx.accounts().UpdateUser(user));
  RETURN_IF_ERROR(tx.accounts().DeleteUserSessions(user_id));
  return OkStatus();
}

Result<NewSession> SignIn(store::Transaction& tx, const Clock& clock, const AccountPolicy& policy,
                          const std::string& email, std::string_view password, const std::string& address,
                          int64_t* retry_after) {
  const int64_t now = clock.NowSeconds();
  const int64_t since = now - policy.attempt_window_seconds;
  ASSIGN_OR_RETURN(auto by_email, tx.accounts().ListSignInAttemptsForEmail(email, since));
  ASSIGN_OR_RETURN(auto by_address, tx.accounts().ListSignInAttemptsForAddress(address, since));
  SignInGate gate = DecideSignIn(by_email, by_address, now, policy);
  if (!gate.allowed) {
    if (retry_after != nullptr) *retry_after = gate.retry_after;
    return Error::Unavailable(std::string(gate.locked ? "Too many failed sign-ins: sign-in is locked"
                                                      : "Too many failed sign-ins") +
                              "; try again in " + std::to_string(gate.retry_after) + " seconds.");
  }
  Result<store::User> found = tx.accounts().FindUserByEmail(email);
  if (!found.ok() && found.error().code != ErrorCode::kNotFound) return std::move(found).error();
  // An unknown email costs the same hashing as a known one, so that timing does not tell which emails exist.
  bool ok = false;
  if (found.ok()) {
    ok = VerifyPassword(found->password_hash, password) && !found->disabled;
  } else {
    static_cast<void>(VerifyPassword(StandInHash(policy.password_cost), password));
  }
  RETURN_IF_ERROR(
      tx.accounts().RecordSignInAttempt({.at = now, .email = email, .address = address, .succeeded = ok}));
  if (!ok) return Error::Unauthenticated(kBadCredentials);

  store::User user = std::move(found).value();
  if (NeedsRehash(user.password_hash, policy.password_cost)) {
    ASSIGN_OR_RETURN(user.password_hash, HashPassword(password, policy.password_cost));
    user.hash_params = policy.password_cost.Describe();
    ASSIGN_OR_RETURN(user, tx.accounts().UpdateUser(user));
  }
  NewSession out;
  out.token = NewToken();
  store::Session s;
  s.token_hash = HashToken(out.token);
  s.user_id = user.id;
  s.created_at = now;
  s.last_seen_at = now;
  s.idle_expires_at = now + policy.session_idle_seconds;
  s.absolute_expires_at = now + policy.session_absolute_seconds;
  s.csrf_token = NewToken();
  s.address = address;
  ASSIGN_OR_RETURN(out.session, tx.accounts().CreateSession(s));
  ASSIGN_OR_RETURN(out.principal, LoadPrincipal(tx, user.id));
  return out;
}

Result<std::optional<NewSession>> PeekSession(store::Transaction& tx, const Clock& clock,
                                              const AccountPolicy& policy, std::string_view token) {
  if (token.empty()) return Unauthenticated();
  Result<store::Session> found = tx.accounts().FindSessionByTokenHash(HashToken(token));
  if (!found.ok()) {
    if (found.error().code == ErrorCode::kNotFound) return Unauthenticated();
    return std::move(found).error();
  }
  const int64_t now = clock.NowSeconds();
  const bool expired = now >= found->idle_expires_at || now >= found->absolute_expires_at;
  if (expired || now - found->last_seen_at >= policy.session_touch_every_seconds) {
    return std::optional<NewSession>();  // a write is due: LookupSession does it
  }
  NewSession out;
  ASSIGN_OR_RETURN(out.principal, LoadPrincipal(tx, found->user_id));
  if (out.principal.user.disabled) return Unauthenticated();
  out.session = std::move(found).value();
  return std::optional<NewSession>(std::move(out));
}

Result<NewSession> LookupSession(store::Transaction& tx, const Clock& clock, const AccountPolicy& policy,
                                 std::string_view token) {
  if (token.empty()) return Unauthenticated();
  Result<store::Session> found = tx.accounts().FindSessionByTokenHash(HashToken(token));
  if (!found.ok()) {
    if (found.error().code == ErrorCode::kNotFound) return Unauthenticated();
    return std::move(found).error();
  }
  store::Session s = std::move(found).value();
  const int64_t now = clock.NowSeconds();
  if (now >= s.idle_expires_at || now >= s.absolute_expires_at) {
    RETURN_IF_ERROR(tx.accounts().DeleteSession(s.id));
    return Unauthenticated();
  }
  NewSession out;
  ASSIGN_OR_RETURN(out.principal, LoadPrincipal(tx, s.user_id));
  if (out.principal.user.disabled) return Unauthenticated();
  if (now - s.last_seen_at >= policy.session_touch_every_seconds) {
    s.last_seen_at = now;
    s.idle_expires_at = std::min(now + policy.session_idle_seconds, s.absolute_expires_at);
    RETURN_IF_ERROR(tx.accounts().TouchSession(s.id, s.last_seen_at, s.idle_expires_at));
  }
  out.session = std::move(s);
  return out;
}

Status SignOut(store::Transaction& tx, std::string_view token) {
  Result<store::Session> found = tx.accounts().FindSessionByTokenHash(HashToken(token));
  if (!found.ok()) {
    if (found.error().code == ErrorCode::kNotFound) return Error::Unauthenticated("You are not signed in.");
    return std::move(found).error();
  }
  return tx.accounts().DeleteSession(found->id);
}

Result<int64_t> SignOutEverywhere(store::Transaction& tx, store::UserId user_id) {
  return tx.accounts().DeleteUserSessions(user_id);
}

bool CsrfMatches(const store::Session& session, std::string_view provided) {
  return !provided.empty() && ConstantTimeEquals(session.csrf_token, provided);
}

Result<NewApiToken> IssueApiToken(store::Transaction& tx, const Clock& clock, store::UserId user_id,
                                  std::string label) {
  NewApiToken out;
  out.token = NewToken();
  store::ApiToken t;
  t.token_hash = HashToken(out.token);
  t.user_id = user_id;
  t.label = std::move(label);
  t.created_at = clock.NowSeconds();
  ASSIGN_OR_RETURN(out.record, tx.accounts().CreateApiToken(t));
  return out;
}

Result<Principal> LookupApiToken(store::Transaction& tx, std::string_view token) {
  const Error bad = Error::Unauthenticated("The API token is not valid.");
  if (token.empty()) return bad;
  Result<store::ApiToken> found = tx.accounts().FindApiTokenByHash(HashToken(token));
  if (!found.ok()) {
    if (found.error().code == ErrorCode::kNotFound) return bad;
    return std::move(found).error();
  }
  if (found->revoked_at) return bad;
  ASSIGN_OR_RETURN(Principal p, LoadPrincipal(tx, found->user_id));
  if (p.user.disabled) return bad;
  return p;
}

}  // namespace boardroom::accounts
