// The accounts part of the store: the records of users, their role grants per body, their sign-in sessions
// and API tokens, and the sign-in attempts kept for rate limiting; and AccountStore, the aggregate through
// which a Transaction reads and writes them (store.h). Secrets are never stored in the clear: sessions and
// API tokens are kept as hashes computed by accounts (src/accounts/), and passwords as argon2id hash strings.
// No rules live here (who may do what, expiry policy, rate-limit policy): those belong to accounts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.h"
#include "core/result.h"
#include "store/records.h"

namespace boardroom::store {

struct UserTag {};
struct RoleGrantTag {};
struct SessionTag {};
struct ApiTokenTag {};
using UserId = Id<UserTag>;
using RoleGrantId = Id<RoleGrantTag>;
using SessionId = Id<SessionTag>;
using ApiTokenId = Id<ApiTokenTag>;

struct Page;  // store.h

// What a user may do for a body (or for every body). Ordered by reach: each role includes the ones before it.
enum class AccountRole { kMember, kAuthor, kClerk, kAdmin };

// "member", "author", "clerk", "admin".
std::string_view Name(AccountRole role);
// kInvalidArgument (field "role") for any other name.
Result<AccountRole> ParseAccountRole(std::string_view name);

// A person who signs in. The email is unique without regard to ASCII case.
struct User {
  UserId id;
  int64_t version = 0;
  std::string email;
  std::string name;
  std::string password_hash;  // libsodium's argon2id string ("$argon2id$v=19$m=...,t=...,p=1$..."); "" = none
  std::string hash_params;    // the cost the hash was made with, e.g. "argon2id ops=2 mem=67108864"
  bool disabled = false;
  int64_t created_at = 0;  // Unix seconds
};

// One role of one user, for one body or (body_id empty) for every body. Unique per (user, body, role).
struct RoleGrant {
  RoleGrantId id;
  UserId user_id;
  std::optional<BodyId> body_id;
  AccountRole role = AccountRole::kMember;
  int64_t granted_at = 0;
};

// A signed-in browser. The cookie holds a random token; only its hash is stored.
struct Session {
  SessionId id;
  std::string token_hash;  // unique
  UserId user_id;
  int64_t created_at = 0;
  int64_t last_seen_at = 0;
  int64_t idle_expires_at = 0;      // moves forward as the session is used
  int64_t absolute_expires_at = 0;  // never moves
  std::string csrf_token;           // the session's CSRF token, sent back on every state-changing request
  std::string address;              // the client address at sign-in
};

// A token for programs (Authorization: Bearer). Only its hash is stored; it is shown once, when made.
struct ApiToken {
  ApiTokenId id;
  std::string token_hash;  // unique
  UserId user_id;
  std::string label;
  int64_t created_at = 0;
  std::optional<int64_t> revoked_at;
};

// One try at signing in, kept for rate limiting.
struct SignInAttempt {
  int64_t at = 0;
  std::string email;    // as typed, compared without regard to ASCII case
  std::string address;  // the client address
  bool succeeded = false;
};

// Users, roles, sessions, API tokens and sign-in attempts. Errors as in store.h.
class AccountStore {
 public:
  virtual ~AccountStore() = default;

  // kAlreadyExists (field "email") when another user has this email in any case.
  virtual Result<User> CreateUser(const User& user) = 0;
  virtual Result<User> GetUser(UserId id) = 0;
  // Compared without regard to ASCII case. kNotFound when no user has it.
  virtual Result<User> FindUserByEmail(const std::string& email) = 0;
  // Writes every field; kAlreadyExists when the new email is taken.
  virtual Result<User> UpdateUser(const User& user) = 0;
  // Ordered by email.
  virtual Result<std::vector<User>> ListUsers(const Page& page) = 0;
  virtual Result<int64_t> CountUsers() = 0;

  // kAlreadyExists when the user already holds this role for this body (or for all bodies).
  virtual Result<RoleGrant> GrantRole(const RoleGrant& grant) = 0;
  // kNotFound when there is no such grant.
  virtual Status RevokeRole(UserId user_id, std::optional<BodyId> body_id, AccountRole role) = 0;
  // Ordered by id.
  virtual Result<std::vector<RoleGrant>> ListRoleGrants(UserId user_id) = 0;

  // kAlreadyExists when the token hash is taken.
  virtual Result<Session> CreateSession(const Session& session) = 0;
  // kNotFound when no session has this hash (expired ones are found too: expiry is the caller's rule).
  virtual Result<Session> FindSessionByTokenHash(const std::string& token_hash) = 0;
  // Sets last_seen_at and idle_expires_at. kNotFound when the session is gone.
  virtual Status TouchSession(SessionId id, int64_t last_seen_at, int64_t idle_expires_at) = 0;
  // kNotFound when the session is gone.
  virtual Status DeleteSession(SessionId id) = 0;
  // Deletes every session of the user; returns how many there were.
  virtual Result<int64_t> DeleteUserSessions(UserId user_id) = 0;

  // kAlreadyExists when the token hash is taken.
  virtual Result<ApiToken> CreateApiToken(const ApiToken& token) = 0;
  // Revoked tokens are found too (revocation is the caller's rule).
  virtual Result<ApiToken> FindApiTokenByHash(const std::string& token_hash) = 0;
  // kNotFound when there is no such token; revoking twice keeps the first time.
  virtual Status RevokeApiToken(ApiTokenId id, int64_t at) = 0;
  // Ordered by id.
  virtual Result<std::vector<ApiToken>> ListApiTokens(UserId user_id) = 0;

  virtual Status RecordSignInAttempt(const SignInAttempt& attempt) = 0;
  // Attempts for this email (any case) at or after `since`, oldest first.
  virtual Result<std::vector<SignInAttempt>> ListSignInAttemptsForEmail(const std::string& email,
                                                                        int64_t since) = 0;
  // Attempts from this address at or after `since`, oldest first.
  virtual Result<std::vector<SignInAttempt>> ListSignInAttemptsForAddress(const std::string& address,
                                                                          int64_t since) = 0;
};

}  // namespace boardroom::store
