// `boardroom user ...` (accounts: add, list, reset-password, disable, grant, revoke, token) and
// `boardroom audit verify`. Every change to an account is written to the audit trail in the same transaction,
// with the actor "cli". Passwords are read from standard input (--password-stdin), never from argv.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "accounts/accounts.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "store/audit_chain.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::cli {
namespace {

constexpr char kActor[] = "cli";

struct AccountArgs {
  std::string db;
  std::string email;
  std::string name;
  std::string role;
  std::string body;
  std::string label;
  bool password_stdin = false;
};

int Fail(const std::string& what, const Error& error) {
  std::fprintf(stderr, "boardroom: %s: %s\n", what.c_str(), error.message.c_str());
  return kExitFailed;
}

int Usage(const std::string& message) {
  std::fprintf(stderr, "boardroom: %s\n", message.c_str());
  return kExitUsage;
}

// The password on the first line of standard input, without its line ending.
Result<std::string> ReadPassword() {
  std::string line;
  if (!std::getline(std::cin, line))
    return Error::InvalidArgument("no password on standard input", "password");
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  if (line.empty()) return Error::InvalidArgument("the password on standard input is empty", "password");
  return line;
}

nlohmann::json UserJson(const store::User& u) {
  return {{"id", u.id.value},
          {"email", u.email},
          {"name", u.name},
          {"disabled", u.disabled},
          {"hash_params", u.hash_params}};
}

Status Audit(store::Transaction& tx, const Clock& clock, std::string action, std::string kind, int64_t id,
             const nlohmann::json& before, const nlohmann::json& after) {
  store::AuditEvent e;
  e.at = clock.NowSeconds();
  e.actor = kActor;
  e.action = std::move(action);
  e.record_kind = std::move(kind);
  e.record_id = id;
  e.before_json = before.is_null() ? "" : before.dump();
  e.after_json = after.is_null() ? "" : after.dump();
  RETURN_IF_ERROR(store::WriteAuditEvent(tx, e));
  return OkStatus();
}

Result<std::optional<store::BodyId>> FindBody(store::Transaction& tx, const std::string& name) {
  if (name.empty()) return std::optional<store::BodyId>();
  ASSIGN_OR_RETURN(auto bodies, tx.bodies().ListBodies({.limit = store::Page::kMaxLimit}));
  for (const store::Body& b : bodies) {
    if (b.name == name || (!b.short_name.empty() && b.short_name == name)) return std::optional(b.id);
  }
  return Error::NotFound("no body is called '" + name + "'");
}

std::string GrantJson(const store::RoleGrant& g) {
  nlohmann::json j = {{"user_id", g.user_id.value},
                      {"role", std::string(store::Name(g.role))},
                      {"body_id", g.body_id ? nlohmann::json(g.body_id->value) : nlohmann::json(nullptr)}};
  return j.dump();
}

// Opens the store and a write transaction, runs `work`, commits. Returns the exit code.
template <typename Work>
int InTransaction(const std::string& db, const std::string& what, Work work) {
  Result<std::unique_ptr<store::Store>> opened = store::OpenSqliteStore(db);
  if (!opened.ok()) return Fail("cannot open the database " + db, opened.error());
  Result<std::unique_ptr<store::Transaction>> tx = (*opened)->Begin();
  if (!tx.ok()) return Fail(what, tx.error());
  Status done = work(**tx);
  if (!done.ok()) return Fail(what, done.error());
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return Fail(what, committed.error());
  return kExitOk;
}

int UserAdd(const AccountArgs& a) {
  if (!a.password_stdin)
    return Usage("user add needs --password-stdin (the password is never taken from argv)");
  if (!a.body.empty() && a.role.empty()) return Usage("--body needs --role");
  Result<std::string> password = ReadPassword();
  if (!password.ok()) return Fail("cannot add the user", password.error());
  SystemClock clock;
  return InTransaction(a.db, "cannot add the user", [&](store::Transaction& tx) -> Status {
    ASSIGN_OR_RETURN(store::User user, accounts::CreateUser(tx, clock, {}, a.email, a.name, *password));
    RETURN_IF_ERROR(Audit(tx, clock, "create", "user", user.id.value, nullptr, UserJson(user)));
    if (!a.role.empty()) {
      ASSIGN_OR_RETURN(store::AccountRole role, store::ParseAccountRole(a.role));
      ASSIGN_OR_RETURN(std::optional<store::BodyId> body, FindBody(tx, a.body));
      ASSIGN_OR_RETURN(
          store::RoleGrant g,
          tx.accounts().GrantRole(
              {.user_id = user.id, .body_id = body, .role = role, .granted_at = clock.NowSeconds()}));
      RETURN_IF_ERROR(
          Audit(tx, clock, "grant", "user", user.id.value, nullptr, nlohmann::json::parse(GrantJson(g))));
    }
    std::printf("added %s (user %lld)\n", user.email.c_str(), static_cast<long long>(user.id.value));
    return OkStatus();
  });
}

int UserList(const AccountArgs& a) {
  Result<std::unique_ptr<store::Store>> opened = store::OpenSqliteStore(a.db);
  if (!opened.ok()) return Fail("cannot open the database " + a.db, opened.error());
  auto tx = (*opened)->Begin(store::Access::kReadOnly);
  if (!tx.ok()) return Fail("cannot list users", tx.error());
  store::Page page{.limit = store::Page::kMaxLimit};
  while (true) {
    auto users = (*tx)->accounts().ListUsers(page);
    if (!users.ok()) return Fail("cannot list users", users.error());
    for (const store::User& u : *users) {
      std::string roles;
      auto grants = (*tx)->accounts().ListRoleGrants(u.id);
      if (!grants.ok()) return Fail("cannot list users", grants.error());
      for (const store::RoleGrant& g : *grants) {
        roles += (roles.empty() ? "" : ",") + std::string(store::Name(g.role)) +
                 (g.body_id ? "@body" + g.body_id->ToString() : "");
      }
      std::printf("%s\t%s\t%s\t%s\n", u.email.c_str(), u.name.c_str(), u.disabled ? "disabled" : "active",
                  roles.empty() ? "-" : roles.c_str());
    }
    if (static_cast<int64_t>(users->size()) < page.limit) return kExitOk;
    page.offset += page.limit;
  }
}

int UserResetPassword(const AccountArgs& a) {
  if (!a.password_stdin) return Usage("user reset-password needs --password-stdin");
  Result<std::string> password = ReadPassword();
  if (!password.ok()) return Fail("cannot reset the password", password.error());
  SystemClock clock;
  return InTransaction(a.db, "cannot reset the password", [&](store::Transaction& tx) -> Status {
    ASSIGN_OR_RETURN(store::User user, tx.accounts().FindUserByEmail(a.email));
    RETURN_IF_ERROR(accounts::ResetPassword(tx, {}, user.id, *password));
    RETURN_IF_ERROR(
        Audit(tx, clock, "reset_password", "user", user.id.value, UserJson(user), UserJson(user)));
    std::printf("reset the password of %s and signed them out everywhere\n", user.email.c_str());
    return OkStatus();
  });
}

int UserDisable(const AccountArgs& a) {
  SystemClock clock;
  return InTransaction(a.db, "cannot disable the user", [&](store::Transaction& tx) -> Status {
    ASSIGN_OR_RETURN(store::User user, tx.accounts().FindUserByEmail(a.email));
    store::User after = user;
    after.disabled = true;
    ASSIGN_OR_RETURN(after, tx.accounts().UpdateUser(after));
    RETURN_IF_ERROR(tx.accounts().DeleteUserSessions(user.id));
    RETURN_IF_ERROR(Audit(tx, clock, "disable", "user", user.id.value, UserJson(user), UserJson(after)));
    std::printf("disabled %s and signed them out everywhere\n", user.email.c_str());
    return OkStatus();
  });
}

int UserGrantOrRevoke(const AccountArgs& a, bool grant) {
  Result<store::AccountRole> role = store::ParseAccountRole(a.role);
  if (!role.ok()) return Usage(role.error().message);
  SystemClock clock;
  return InTransaction(
      a.db, grant ? "cannot grant the role" : "cannot revoke the role",
      [&](store::Transaction& tx) -> Status {
        ASSIGN_OR_RETURN(store::User user, tx.accounts().FindUserByEmail(a.email));
        ASSIGN_OR_RETURN(std::optional<store::BodyId> body, FindBody(tx, a.body));
        store::RoleGrant g{
            .user_id = user.id, .body_id = body, .role = *role, .granted_at = clock.NowSeconds()};
        nlohmann::json j = nlohmann::json::parse(GrantJson(g));
        if (grant) {
          RETURN_IF_ERROR(tx.accounts().GrantRole(g));
          RETURN_IF_ERROR(Audit(tx, clock, "grant", "user", user.id.value, nullptr, j));
        } else {
          RETURN_IF_ERROR(tx.accounts().RevokeRole(user.id, body, *role));
          RETURN_IF_ERROR(Audit(tx, clock, "revoke", "user", user.id.value, j, nullptr));
        }
        std::printf("%s %s %s%s\n", grant ? "granted" : "revoked", a.role.c_str(), grant ? "to " : "from ",
                    user.email.c_str());
        return OkStatus();
      });
}

int UserToken(const AccountArgs& a) {
  SystemClock clock;
  return InTransaction(a.db, "cannot make an API token", [&](store::Transaction& tx) -> Status {
    ASSIGN_OR_RETURN(store::User user, tx.accounts().FindUserByEmail(a.email));
    if (user.disabled) return Error::FailedPrecondition("the user " + user.email + " is disabled");
    ASSIGN_OR_RETURN(accounts::NewApiToken t, accounts::IssueApiToken(tx, clock, user.id, a.label));
    RETURN_IF_ERROR(Audit(tx, clock, "create", "api_token", t.record.id.value, nullptr,
                          {{"user_id", user.id.value}, {"label", a.label}}));
    std::printf("%s\n", t.token.c_str());
    std::fprintf(stderr, "This token is shown once: keep it somewhere safe.\n");
    return OkStatus();
  });
}

int AuditVerify(const std::string& db) {
  Result<std::unique_ptr<store::Store>> opened = store::OpenSqliteStore(db);
  if (!opened.ok()) return Fail("cannot open the database " + db, opened.error());
  auto tx = (*opened)->Begin(store::Access::kReadOnly);
  if (!tx.ok()) return Fail("cannot verify the audit trail", tx.error());
  Result<store::AuditVerification> v = store::VerifyAuditChain(**tx);
  if (!v.ok()) return Fail("cannot verify the audit trail", v.error());
  if (!v->ok) {
    std::fprintf(stderr, "boardroom: the audit trail is broken at event %lld: %s\n",
                 static_cast<long long>(v->first_bad.value), v->problem.c_str());
    return kExitFailed;
  }
  std::printf("the audit trail holds (%lld events)\n", static_cast<long long>(v->events));
  return kExitOk;
}

void AddDb(CLI::App& command, std::string& db, const std::string& default_db) {
  db = default_db;
  command.add_option("--db", db, "SQLite database file (created if missing)")
      ->envname("BOARDROOM_DB")
      ->default_str(default_db);
}

}  // namespace

std::function<std::optional<int>()> AddAccountCommands(CLI::App& app, const std::string& default_db) {
  auto args = std::make_shared<AccountArgs>();
  auto audit_db = std::make_shared<std::string>();
  CLI::App* user = app.add_subcommand("user",
                                      "Manage accounts: add, list, reset-password, disable, grant, "
                                      "revoke, token");
  user->require_subcommand(1, 1);
  const std::string roles = "ROLE: member, author, clerk or admin";

  CLI::App* add = user->add_subcommand("add", "Add a user (the password is read from standard input)");
  AddDb(*add, args->db, default_db);
  add->add_option("EMAIL", args->email, "Email address")->required();
  add->add_option("--name", args->name, "Full name")->required();
  add->add_option("--role", args->role, "A role to grant: member, author, clerk or admin");
  add->add_option("--body", args->body, "The body the role is for (name or short name); default all bodies");
  add->add_flag("--password-stdin", args->password_stdin, "Read the password from standard input");

  CLI::App* list = user->add_subcommand("list", "List users and their roles");
  AddDb(*list, args->db, default_db);

  CLI::App* reset = user->add_subcommand("reset-password", "Set a new password (from standard input)");
  AddDb(*reset, args->db, default_db);
  reset->add_option("EMAIL", args->email, "Email address")->required();
  reset->add_flag("--password-stdin", args->password_stdin, "Read the password from standard input");

  CLI::App* disable = user->add_subcommand("disable", "Disable a user and end their sessions");
  AddDb(*disable, args->db, default_db);
  disable->add_option("EMAIL", args->email, "Email address")->required();

  CLI::App* grant = user->add_subcommand("grant", "Grant a role");
  CLI::App* revoke = user->add_subcommand("revoke", "Revoke a role");
  for (CLI::App* c : {grant, revoke}) {
    AddDb(*c, args->db, default_db);
    c->add_option("EMAIL", args->email, "Email address")->required();
    c->add_option("ROLE", args->role, roles)->required();
    c->add_option("--body", args->body, "The body (name or short name); default all bodies");
  }

  CLI::App* token = user->add_subcommand("token", "Make an API token (printed once)");
  AddDb(*token, args->db, default_db);
  token->add_option("EMAIL", args->email, "Email address")->required();
  token->add_option("--label", args->label, "What the token is for");

  CLI::App* audit = app.add_subcommand("audit", "Check the audit trail");
  audit->require_subcommand(1, 1);
  CLI::App* verify = audit->add_subcommand("verify", "Check that the hash chain of the audit trail holds");
  AddDb(*verify, *audit_db, default_db);

  return [=]() -> std::optional<int> {
    if (*add) return UserAdd(*args);
    if (*list) return UserList(*args);
    if (*reset) return UserResetPassword(*args);
    if (*disable) return UserDisable(*args);
    if (*grant) return UserGrantOrRevoke(*args, true);
    if (*revoke) return UserGrantOrRevoke(*args, false);
    if (*token) return UserToken(*args);
    if (*verify) return AuditVerify(*audit_db);
    return std::nullopt;
  };
}

}  // namespace boardroom::cli
