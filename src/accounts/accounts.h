// Accounts: who is signed in and what they may see. Users and their role grants per body, sign-in with a
// password (rate limited per account and per address, with growing delays and a lock), sessions kept in the
// database (only a hash of the cookie's token is stored; idle and absolute expiry; renewed on use; sign-out
// everywhere), API tokens for programs (shown once, stored hashed), CSRF tokens per session, and ViewerFor,
// which turns roles into the store's Viewer. Time comes from an injected Clock. No HTTP lives here (web does
// cookies and headers); no SQL (the store does).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/crypto.h"
#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"

namespace boardroom::accounts {

// How long sessions live and how sign-in is limited.
struct AccountPolicy {
  PasswordCost password_cost;
  int64_t session_idle_seconds = 30 * 60;           // unused this long, a session ends
  int64_t session_absolute_seconds = 12 * 60 * 60;  // and it never outlives this
  int64_t session_touch_every_seconds = 60;         // renew the idle expiry at most this often
  int64_t attempt_window_seconds = 60 * 60;         // failures older than this are forgotten
  int account_free_failures = 3;                    // failures per account before delays begin
  int account_lock_after = 10;                      // failures per account that lock it
  int address_free_failures = 10;                   // failures per address before delays begin
  int address_lock_after = 50;                      // failures per address that lock it
  int64_t base_delay_seconds = 1;                   // the first delay; it doubles with each failure
  int64_t max_delay_seconds = 5 * 60;               // delays stop growing here
  int64_t lock_seconds = 60 * 60;                   // how long a lock lasts after the last failure
};

// Whether a sign-in attempt may go ahead now.
struct SignInGate {
  bool allowed = true;
  bool locked = false;      // too many failures: refused until retry_after
  int64_t retry_after = 0;  // seconds to wait when not allowed
};

// The rate-limit rule, as a pure function of the recent attempts for the account (by_email) and from the
// address (by_address), oldest first. Only failures since the last success count. With f failures beyond the
// free ones, the next attempt must wait base_delay × 2^(f-1) (capped) after the last failure; at lock_after
// failures the account (or address) is locked for lock_seconds after the last failure.
SignInGate DecideSignIn(const std::vector<store::SignInAttempt>& by_email,
                        const std::vector<store::SignInAttempt>& by_address, int64_t now,
                        const AccountPolicy& policy);

// A signed-in person with their role grants.
struct Principal {
  store::User user;
  std::vector<store::RoleGrant> grants;

  // True when a grant of `role` or a stronger one covers `body` (a grant for every body covers all, and so
  // does any administrator grant; an empty `body` asks for a grant for every body).
  bool HasRole(store::AccountRole role, std::optional<store::BodyId> body = std::nullopt) const;
};

// What `principal` (empty, or disabled: the public) may see, body by body. The public: published material
// that is neither exempt nor OFFICIAL-SENSITIVE. Members of a body: also its published exempt and
// OFFICIAL-SENSITIVE papers and items (the body's own papers are circulated to them). Authors and clerks of a
// body: also its unpublished drafts. A grant for every body applies to every body; an administrator sees
// everything. Roles only add: a grant never hides what the public sees.
store::Viewer ViewerFor(const std::optional<Principal>& principal);

// Loads the principal of a user. kNotFound when there is no such user.
Result<Principal> LoadPrincipal(store::Transaction& tx, store::UserId user_id);

// A new user with a password. kAlreadyExists (field "email") when the email is taken; kInvalidArgument for an
// email without "@" or an empty name or password.
Result<store::User> CreateUser(store::Transaction& tx, const Clock& clock, const AccountPolicy& policy,
                               std::string email, std::string name, std::string_view password);

// Replaces the user's password and ends all their sessions.
Status ResetPassword(store::Transaction& tx, const AccountPolicy& policy, store::UserId user_id,
                     std::string_view password);

// A new session: what the cookie holds (`token`, shown once) and the stored record.
struct NewSession {
  std::string token;
  store::Session session;
  Principal principal;
};

// Signs in with email and password from `address`. Records the attempt; on success creates a session (a new
// token every time, so a token planted before sign-in is never honoured) and raises the hash cost when the
// policy's is higher. Errors: kUnavailable (message says how long to wait) when rate limited,
// kUnauthenticated for an unknown email, a wrong password or a disabled user (one message for all three, and
// the same password hashing for each, so that neither answer nor timing tells which emails exist). The
// attempt is stored in `tx`; the caller commits it even on kUnauthenticated. When rate limited and
// `retry_after` is given, it receives the seconds to wait.
Result<NewSession> SignIn(store::Transaction& tx, const Clock& clock, const AccountPolicy& policy,
                          const std::string& email, std::string_view password, const std::string& address,
                          int64_t* retry_after = nullptr);

// The session and principal for a cookie token; renews the idle expiry. kUnauthenticated when there is no
// such session, it has expired (it is then deleted) or its user is disabled.
Result<NewSession> LookupSession(store::Transaction& tx, const Clock& clock, const AccountPolicy& policy,
                                 std::string_view token);

// LookupSession without writing, for a read-only transaction: the session and principal when the session is
// live and needs no renewal yet; nullopt when a write is due (renewal or expiry), and the caller should call
// LookupSession in a writing transaction. Errors as LookupSession.
Result<std::optional<NewSession>> PeekSession(store::Transaction& tx, const Clock& clock,
                                              const AccountPolicy& policy, std::string_view token);

// Ends the session of this token. kUnauthenticated when there is none.
Status SignOut(store::Transaction& tx, std::string_view token);

// Ends every session of the user; returns how many.
Result<int64_t> SignOutEverywhere(store::Transaction& tx, store::UserId user_id);

// True when `provided` is the session's CSRF token (constant-time).
bool CsrfMatches(const store::Session& session, std::string_view provided);

// A new API token for the user; the token text is returned once and only its hash is stored.
struct NewApiToken {
  std::string token;
  store::ApiToken record;
};
Result<NewApiToken> IssueApiToken(store::Transaction& tx, const Clock& clock, store::UserId user_id,
                                  std::string label);

// The principal of a bearer token. kUnauthenticated when unknown, revoked or its user disabled.
Result<Principal> LookupApiToken(store::Transaction& tx, std::string_view token);

}  // namespace boardroom::accounts
