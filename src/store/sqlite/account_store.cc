// Users, role grants, sessions, API tokens and sign-in attempts in SQLite (migration 0002_accounts.sql).
#include <string>
#include <utility>

#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

Result<User> ReadUser(Query& q) {
  User u;
  u.id = q.IdAt<UserId>(0);
  u.version = q.Int64(1);
  u.email = q.Text(2);
  u.name = q.Text(3);
  u.password_hash = q.Text(4);
  u.hash_params = q.Text(5);
  u.disabled = q.Bool(6);
  u.created_at = q.Int64(7);
  return u;
}

Result<RoleGrant> ReadRoleGrant(Query& q) {
  RoleGrant g;
  g.id = q.IdAt<RoleGrantId>(0);
  g.user_id = q.IdAt<UserId>(1);
  g.body_id = q.OptionalIdAt<BodyId>(2);
  ASSIGN_OR_RETURN(g.role, ParseAccountRole(q.Text(3)));
  g.granted_at = q.Int64(4);
  return g;
}

Result<Session> ReadSession(Query& q) {
  Session s;
  s.id = q.IdAt<SessionId>(0);
  s.token_hash = q.Text(1);
  s.user_id = q.IdAt<UserId>(2);
  s.created_at = q.Int64(3);
  s.last_seen_at = q.Int64(4);
  s.idle_expires_at = q.Int64(5);
  s.absolute_expires_at = q.Int64(6);
  s.csrf_token = q.Text(7);
  s.address = q.Text(8);
  return s;
}

Result<ApiToken> ReadApiToken(Query& q) {
  ApiToken t;
  t.id = q.IdAt<ApiTokenId>(0);
  t.token_hash = q.Text(1);
  t.user_id = q.IdAt<UserId>(2);
  t.label = q.Text(3);
  t.created_at = q.Int64(4);
  t.revoked_at = q.OptionalInt64(5);
  return t;
}

Result<SignInAttempt> ReadAttempt(Query& q) {
  SignInAttempt a;
  a.at = q.Int64(0);
  a.email = q.Text(1);
  a.address = q.Text(2);
  a.succeeded = q.Bool(3);
  return a;
}

void BindUser(Query& q, const User& u) {
  q.Bind(":email", u.email)
      .Bind(":name", u.name)
      .Bind(":password_hash", u.password_hash)
      .Bind(":hash_params", u.hash_params)
      .Bind(":disabled", u.disabled);
}

// Turns a unique-email clash into a message that names the email.
Status EmailClash(Status stored, const std::string& email) {
  if (!stored.ok() && stored.error().code == ErrorCode::kAlreadyExists) {
    return Error::AlreadyExists("A user with the email " + email + " already exists.", "email");
  }
  return stored;
}

}  // namespace

Result<User> SqliteAccountStore::CreateUser(const User& user) {
  if (user.email.empty()) return Error::InvalidArgument("A user needs an email.", "email");
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertUser));
  BindUser(q, user);
  q.Bind(":created_at", user.created_at);
  RETURN_IF_ERROR(EmailClash(q.Run("store the user"), user.email));
  return GetUser(UserId{q.LastInsertRowId()});
}

Result<User> SqliteAccountStore::GetUser(UserId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectUser));
  q.Bind(":id", id);
  return ReadOne<User>(q, "read the user", ReadUser, "No user has id " + id.ToString() + ".");
}

Result<User> SqliteAccountStore::FindUserByEmail(const std::string& email) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectUserByEmail));
  q.Bind(":email", email);
  return ReadOne<User>(q, "find the user", ReadUser, "No user has the email " + email + ".");
}

Result<User> SqliteAccountStore::UpdateUser(const User& user) {
  if (user.email.empty()) return Error::InvalidArgument("A user needs an email.", "email");
  bool changed = false;
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateUser));
    BindUser(q, user);
    q.Bind(":id", user.id).Bind(":version", user.version);
    RETURN_IF_ERROR(EmailClash(q.Run("update the user"), user.email));
    changed = q.Changes() > 0;
  }
  return FinishVersionedWrite(changed, "user", [&] { return GetUser(user.id); });
}

Result<std::vector<User>> SqliteAccountStore::ListUsers(const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListUsers));
  BindPage(q, page);
  return ReadAll<User>(q, "list users", ReadUser);
}

Result<int64_t> SqliteAccountStore::CountUsers() {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kCountUsers));
  ASSIGN_OR_RETURN(bool row, q.Step("count users"));
  return row ? q.Int64(0) : int64_t{0};
}

Result<RoleGrant> SqliteAccountStore::GrantRole(const RoleGrant& grant) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertRoleGrant));
  q.Bind(":user_id", grant.user_id)
      .Bind(":body_id", grant.body_id)
      .Bind(":role", Name(grant.role))
      .Bind(":granted_at", grant.granted_at);
  Status stored = q.Run("grant the role");
  if (!stored.ok() && stored.error().code == ErrorCode::kAlreadyExists) {
    return Error::AlreadyExists("The user already holds the role " + std::string(Name(grant.role)) +
                                    (grant.body_id ? " for this body." : " for every body."),
                                "role");
  }
  RETURN_IF_ERROR(stored);
  RoleGrant out = grant;
  out.id = RoleGrantId{q.LastInsertRowId()};
  return out;
}

Status SqliteAccountStore::RevokeRole(UserId user_id, std::optional<BodyId> body_id, AccountRole role) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kDeleteRoleGrant));
  q.Bind(":user_id", user_id).Bind(":body_id", body_id).Bind(":role", Name(role));
  RETURN_IF_ERROR(q.Run("revoke the role"));
  if (q.Changes() == 0) {
    return Error::NotFound("The user does not hold the role " + std::string(Name(role)) +
                           (body_id ? " for this body." : " for every body."));
  }
  return OkStatus();
}

Result<std::vector<RoleGrant>> SqliteAccountStore::ListRoleGrants(UserId user_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListRoleGrants));
  q.Bind(":user_id", user_id);
  return ReadAll<RoleGrant>(q, "list role grants", ReadRoleGrant);
}

Result<Session> SqliteAccountStore::CreateSession(const Session& session) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertSession));
  q.Bind(":token_hash", session.token_hash)
      .Bind(":user_id", session.user_id)
      .Bind(":created_at", session.created_at)
      .Bind(":last_seen_at", session.last_seen_at)
      .Bind(":idle_expires_at", session.idle_expires_at)
      .Bind(":absolute_expires_at", session.absolute_expires_at)
      .Bind(":csrf_token", session.csrf_token)
      .Bind(":address", session.address);
  RETURN_IF_ERROR(q.Run("store the session"));
  Session out = session;
  out.id = SessionId{q.LastInsertRowId()};
  return out;
}

Result<Session> SqliteAccountStore::FindSessionByTokenHash(const std::string& token_hash) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectSessionByHash));
  q.Bind(":token_hash", token_hash);
  return ReadOne<Session>(q, "find the session", ReadSession, "There is no such session.");
}

Status SqliteAccountStore::TouchSession(SessionId id, int64_t last_seen_at, int64_t idle_expires_at) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kTouchSession));
  q.Bind(":id", id).Bind(":last_seen_at", last_seen_at).Bind(":idle_expires_at", idle_expires_at);
  RETURN_IF_ERROR(q.Run("renew the session"));
  if (q.Changes() == 0) return Error::NotFound("There is no such session.");
  return OkStatus();
}

Status SqliteAccountStore::DeleteSession(SessionId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kDeleteSession));
  q.Bind(":id", id);
  RETURN_IF_ERROR(q.Run("end the session"));
  if (q.Changes() == 0) return Error::NotFound("There is no such session.");
  return OkStatus();
}

Result<int64_t> SqliteAccountStore::DeleteUserSessions(UserId user_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kDeleteUserSessions));
  q.Bind(":user_id", user_id);
  RETURN_IF_ERROR(q.Run("end the user's sessions"));
  return q.Changes();
}

Result<ApiToken> SqliteAccountStore::CreateApiToken(const ApiToken& token) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertApiToken));
  q.Bind(":token_hash", token.token_hash)
      .Bind(":user_id", token.user_id)
      .Bind(":label", token.label)
      .Bind(":created_at", token.created_at);
  RETURN_IF_ERROR(q.Run("store the API token"));
  ApiToken out = token;
  out.id = ApiTokenId{q.LastInsertRowId()};
  out.revoked_at.reset();
  return out;
}

Result<ApiToken> SqliteAccountStore::FindApiTokenByHash(const std::string& token_hash) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectApiTokenByHash));
  q.Bind(":token_hash", token_hash);
  return ReadOne<ApiToken>(q, "find the API token", ReadApiToken, "There is no such API token.");
}

Status SqliteAccountStore::RevokeApiToken(ApiTokenId id, int64_t at) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kRevokeApiToken));
  q.Bind(":id", id).Bind(":at", at);
  RETURN_IF_ERROR(q.Run("revoke the API token"));
  if (q.Changes() == 0) return Error::NotFound("No API token has id " + id.ToString() + ".");
  return OkStatus();
}

Result<std::vector<ApiToken>> SqliteAccountStore::ListApiTokens(UserId user_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListApiTokens));
  q.Bind(":user_id", user_id);
  return ReadAll<ApiToken>(q, "list API tokens", ReadApiToken);
}

Status SqliteAccountStore::RecordSignInAttempt(const SignInAttempt& attempt) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertSignInAttempt));
  q.Bind(":at", attempt.at)
      .Bind(":email", attempt.email)
      .Bind(":address", attempt.address)
      .Bind(":succeeded", attempt.succeeded);
  return q.Run("record the sign-in attempt");
}

Result<std::vector<SignInAttempt>> SqliteAccountStore::ListSignInAttemptsForEmail(const std::string& email,
                                                                                  int64_t since) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListSignInAttemptsForEmail));
  q.Bind(":email", email).Bind(":since", since);
  return ReadAll<SignInAttempt>(q, "list sign-in attempts", ReadAttempt);
}

Result<std::vector<SignInAttempt>> SqliteAccountStore::ListSignInAttemptsForAddress(
    const std::string& address, int64_t since) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListSignInAttemptsForAddress));
  q.Bind(":address", address).Bind(":since", since);
  return ReadAll<SignInAttempt>(q, "list sign-in attempts", ReadAttempt);
}

}  // namespace boardroom::store::sqlite
