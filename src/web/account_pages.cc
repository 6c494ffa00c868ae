#include "web/account_pages.h"

#include <charconv>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "accounts/crypto.h"
#include "core/clock.h"
#include "core/date.h"
#include "store/audit_chain.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

using nlohmann::json;

// Writes one audit event about an account record, in `tx`.
Status Audit(store::Transaction& tx, const AuthContext& context, const Request& request,
             const std::string& actor, std::string action, std::string kind, int64_t id, const json& before,
             const json& after) {
  store::AuditEvent event;
  event.at = context.clock->NowSeconds();
  event.actor = actor;
  event.action = std::move(action);
  event.record_kind = std::move(kind);
  event.record_id = id;
  event.before_json = before.is_null() ? "" : before.dump();
  event.after_json = after.is_null() ? "" : after.dump();
  event.address = request.client_address;
  Result<store::AuditEvent> written = store::WriteAuditEvent(tx, std::move(event));
  if (!written.ok()) return written.error();
  return OkStatus();
}

// What the trail keeps of a session: never its token or CSRF token.
json SessionJson(const store::Session& s) {
  return {{"id", s.id.value},
          {"user_id", s.user_id.value},
          {"created_at", s.created_at},
          {"absolute_expires_at", s.absolute_expires_at},
          {"address", s.address}};
}

// What the trail and the API show of an API token: never the token or its hash.
json TokenJson(const store::ApiToken& t) {
  return {{"id", t.id.value},
          {"user_id", t.user_id.value},
          {"label", t.label},
          {"created_at", t.created_at},
          {"revoked_at", t.revoked_at ? json(*t.revoked_at) : json(nullptr)}};
}

json RolesJson(const accounts::Principal& p) {
  json roles = json::array();
  for (const store::RoleGrant& g : p.grants) {
    roles.push_back({{"role", std::string(store::Name(g.role))},
                     {"body_id", g.body_id ? json(g.body_id->value) : json(nullptr)}});
  }
  return roles;
}

json UserJson(const accounts::Principal& p) {
  return {{"id", p.user.id.value}, {"email", p.user.email}, {"name", p.user.name}, {"roles", RolesJson(p)}};
}

// The session cookie for a new session, living as long as the session may.
std::string SessionCookie(const AuthContext& context, const Request& request, const std::string& token) {
  return CookieHeader(kSessionCookie, token, context.policy.session_absolute_seconds,
                      IsSecure(context, request));
}

std::string RemovedSessionCookie(const AuthContext& context, const Request& request) {
  return CookieHeader(kSessionCookie, "", 0, IsSecure(context, request));
}

Response Redirect(std::string location) {
  Response response = Response::Text(303, "See " + location + "\n");
  response.SetHeader("Location", std::move(location));
  return response;
}

// The signed-out browser's form token: its cookie's, or a new one that `response` will set.
std::string FormToken(const AuthContext& context, const Request& request, Response& response) {
  std::optional<std::string> cookie = CookieValue(request, kFormCookie);
  if (cookie && cookie->size() >= 32) return *cookie;
  std::string token = NewFormToken();
  response.headers.emplace_back("Set-Cookie",
                                CookieHeader(kFormCookie, token, -1, IsSecure(context, request), "Strict"));
  return token;
}

// The body of a JSON door as an object; kInvalidArgument otherwise.
Result<json> JsonBody(const Request& request) {
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return Error::InvalidArgument("The request body must be a JSON object.");
  }
  return body;
}

// The string member `name` of `body`; kInvalidArgument naming it when absent, not a string or empty.
Result<std::string> JsonString(const json& body, const char* name, const char* what) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string() || it->get<std::string>().empty()) {
    return Error::InvalidArgument(std::string("Enter ") + what + ".", name);
  }
  return it->get<std::string>();
}

// --- Signing in

// The outcome of a sign-in attempt: the new session, or the error with the seconds to wait when limited.
struct SignInOutcome {
  Result<accounts::NewSession> session = Error::Internal("not tried");
  int64_t retry_after = 0;
};

// Signs in and commits the attempt (also when it failed, so that failures count). A session the browser
// already had is ended: a new token every time, so that a planted session never becomes a signed-in one.
SignInOutcome DoSignIn(const AuthContext& context, const Request& request, const std::string& email,
                       const std::string& password) {
  SignInOutcome outcome;
  Result<std::unique_ptr<store::Transaction>> tx = context.store->Begin();
  if (!tx.ok()) {
    outcome.session = tx.error();
    return outcome;
  }
  outcome.session = accounts::SignIn(**tx, *context.clock, context.policy, email, password,
                                     request.client_address, &outcome.retry_after);
  if (outcome.session.ok()) {
    if (request.caller.session) {
      Status ended = (*tx)->accounts().DeleteSession(request.caller.session->id);
      if (!ended.ok() && ended.error().code != ErrorCode::kNotFound) {
        outcome.session = ended.error();
        return outcome;
      }
    }
    Status audited =
        Audit(**tx, context, request, outcome.session->principal.user.email, "sign_in", "session",
              outcome.session->session.id.value, nullptr, SessionJson(outcome.session->session));
    if (!audited.ok()) {
      outcome.session = audited.error();
      return outcome;
    }
  } else if (outcome.session.error().code != ErrorCode::kUnauthenticated) {
    return outcome;  // rate limited or broken: nothing to keep
  }
  Status committed = (*tx)->Commit();
  if (!committed.ok()) outcome.session = committed.error();
  return outcome;
}

// 429 with Retry-After for a rate-limited sign-in, else the usual mapping.
Response JsonSignInError(const SignInOutcome& outcome) {
  const Error& error = outcome.session.error();
  if (error.code != ErrorCode::kUnavailable || outcome.retry_after <= 0) return JsonErrorResponse(error);
  Response response = JsonErrorResponse(429, "too_many_requests", error.message);
  response.SetHeader("Retry-After", std::to_string(outcome.retry_after));
  return response;
}

Response SignInPage(const Site& site, const AuthContext& context, const Request& request, int status,
                    const std::string& email, const std::string& next,
                    const std::vector<FieldProblem>& problems) {
  Response response;
  std::string form_token = FormToken(context, request, response);
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Sign in"), "sign_in.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, problems);
        d.SetValue("FORM_TOKEN", form_token);
        d.SetValue("EMAIL", email);
        d.SetValue("NEXT", SafeNextPath(next));
        if (!problems.empty())
          d.AddSectionDictionary("EMAIL_ERROR")->SetValue("MESSAGE", problems[0].message);
      });
  Response page = HtmlResponse(site, request, html, status);
  for (auto& header : response.headers) page.headers.push_back(std::move(header));
  return page;
}

Response SignInForm(const Site& site, const AuthContext& context, const Request& request) {
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  std::string email = FieldValue(*form, "email");
  std::string password = FieldValue(*form, "password");
  std::string next = FieldValue(*form, "next");
  if (email.empty() || password.empty()) {
    return SignInPage(site, context, request, 400, email, next,
                      {{"email", "Enter your email address and password."}});
  }
  SignInOutcome outcome = DoSignIn(context, request, email, password);
  if (!outcome.session.ok()) {
    const Error& error = outcome.session.error();
    if (error.code == ErrorCode::kUnauthenticated) {
      return SignInPage(site, context, request, 401, email, next,
                        {{"email", "Enter a correct email address and password."}});
    }
    if (error.code == ErrorCode::kUnavailable && outcome.retry_after > 0) {
      Response page = SignInPage(site, context, request, 429, email, next, {{"email", error.message}});
      page.SetHeader("Retry-After", std::to_string(outcome.retry_after));
      return page;
    }
    return HtmlErrorResponse(site, request, error);
  }
  Response response = Redirect(SafeNextPath(next));
  response.headers.emplace_back("Set-Cookie", SessionCookie(context, request, outcome.session->token));
  return response;
}

Response SessionPost(const AuthContext& context, const Request& request) {
  Result<json> body = JsonBody(request);
  if (!body.ok()) return JsonErrorResponse(body.error());
  Result<std::string> email = JsonString(*body, "email", "your email address");
  if (!email.ok()) return JsonErrorResponse(email.error());
  Result<std::string> password = JsonString(*body, "password", "your password");
  if (!password.ok()) return JsonErrorResponse(password.error());
  SignInOutcome outcome = DoSignIn(context, request, *email, *password);
  if (!outcome.session.ok()) return JsonSignInError(outcome);
  const accounts::NewSession& s = *outcome.session;
  json answer = {{"csrf_token", s.session.csrf_token},
                 {"expires_at", s.session.absolute_expires_at},
                 {"user", UserJson(s.principal)}};
  Response response = Response::Json(200, DumpJson(answer));
  response.headers.emplace_back("Set-Cookie", SessionCookie(context, request, s.token));
  return response;
}

Response SessionGet(const Request& request) {
  if (!request.caller.principal) return JsonErrorResponse(Error::Unauthenticated("You are not signed in."));
  json answer = {{"user", UserJson(*request.caller.principal)}};
  if (request.caller.session) {
    answer["csrf_token"] = request.caller.session->csrf_token;
    answer["expires_at"] = request.caller.session->absolute_expires_at;
  }
  return Response::Json(200, DumpJson(answer));
}

// Ends the caller's session; kUnauthenticated without one.
Status EndSession(const AuthContext& context, const Request& request) {
  if (!request.caller.session) return Error::Unauthenticated("You are not signed in with a session.");
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin());
  Status deleted = tx->accounts().DeleteSession(request.caller.session->id);
  if (!deleted.ok() && deleted.error().code != ErrorCode::kNotFound) return deleted;
  RETURN_IF_ERROR(Audit(*tx, context, request, request.caller.principal->user.email, "sign_out", "session",
                        request.caller.session->id.value, SessionJson(*request.caller.session), nullptr));
  return tx->Commit();
}

// Ends every session of the caller; returns how many.
Result<int64_t> EndEverySession(const AuthContext& context, const Request& request) {
  if (!request.caller.principal) return Error::Unauthenticated("You are not signed in.");
  const store::User& user = request.caller.principal->user;
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin());
  ASSIGN_OR_RETURN(int64_t ended, accounts::SignOutEverywhere(*tx, user.id));
  RETURN_IF_ERROR(Audit(*tx, context, request, user.email, "sign_out_everywhere", "user", user.id.value,
                        nullptr, json{{"sessions_ended", ended}}));
  RETURN_IF_ERROR(tx->Commit());
  return ended;
}

// --- API tokens

Result<std::vector<store::ApiToken>> OwnTokens(const AuthContext& context, const accounts::Principal& p) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  return tx->accounts().ListApiTokens(p.user.id);
}

Result<accounts::NewApiToken> MakeToken(const AuthContext& context, const Request& request,
                                        std::string label) {
  if (!request.caller.principal) return Error::Unauthenticated("Sign in to create an API token.");
  if (label.empty()) return Error::InvalidArgument("Enter what the token is for.", "label");
  if (label.size() > 200) return Error::InvalidArgument("Keep the label under 200 characters.", "label");
  const store::User& user = request.caller.principal->user;
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin());
  ASSIGN_OR_RETURN(accounts::NewApiToken made,
                   accounts::IssueApiToken(*tx, *context.clock, user.id, std::move(label)));
  RETURN_IF_ERROR(Audit(*tx, context, request, user.email, "create", "api_token", made.record.id.value,
                        nullptr, TokenJson(made.record)));
  RETURN_IF_ERROR(tx->Commit());
  return made;
}

Result<int64_t> ParsePositive(std::string_view text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return Error::NotFound("There is no such API token.");
  }
  return id;
}

// Revokes one of the caller's own tokens; kNotFound for anyone else's.
Status RevokeToken(const AuthContext& context, const Request& request, std::string_view id_text) {
  if (!request.caller.principal) return Error::Unauthenticated("Sign in to revoke an API token.");
  ASSIGN_OR_RETURN(int64_t id, ParsePositive(id_text));
  const store::User& user = request.caller.principal->user;
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin());
  ASSIGN_OR_RETURN(std::vector<store::ApiToken> tokens, tx->accounts().ListApiTokens(user.id));
  for (const store::ApiToken& token : tokens) {
    if (token.id.value != id) continue;
    if (token.revoked_at) return OkStatus();  // already revoked: nothing changes
    RETURN_IF_ERROR(tx->accounts().RevokeApiToken(token.id, context.clock->NowSeconds()));
    store::ApiToken after = token;
    after.revoked_at = context.clock->NowSeconds();
    RETURN_IF_ERROR(Audit(*tx, context, request, user.email, "revoke", "api_token", id, TokenJson(token),
                          TokenJson(after)));
    return tx->Commit();
  }
  return Error::NotFound("There is no such API token.");
}

// --- The account page

// What each of the principal's grants is for, in their order: a body's name, or "every body".
Result<std::vector<std::string>> RoleScopes(const AuthContext& context, const accounts::Principal& p) {
  std::vector<std::string> scopes;
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  for (const store::RoleGrant& g : p.grants) {
    if (!g.body_id) {
      scopes.push_back("every body");
      continue;
    }
    ASSIGN_OR_RETURN(store::Body body, tx->bodies().GetBody(*g.body_id));
    scopes.push_back(body.name);
  }
  return scopes;
}

struct AccountNotice {
  std::optional<accounts::NewApiToken> new_token;
  std::vector<FieldProblem> problems;
};

Response AccountPage(const Site& site, const AuthContext& context, const Request& request, int status,
                     const AccountNotice& notice) {
  if (!request.caller.principal) return Redirect("/sign-in?next=/account");
  const accounts::Principal& p = *request.caller.principal;
  Result<std::vector<store::ApiToken>> tokens = OwnTokens(context, p);
  if (!tokens.ok()) return HtmlErrorResponse(site, request, tokens.error());
  Result<std::vector<std::string>> scopes = RoleScopes(context, p);
  if (!scopes.ok()) return HtmlErrorResponse(site, request, scopes.error());
  std::string csrf = request.caller.session ? request.caller.session->csrf_token : "";
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Your account"), "account.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, notice.problems);
        d.SetValue("NAME", p.user.name);
        d.SetValue("EMAIL", p.user.email);
        for (size_t i = 0; i < p.grants.size(); ++i) {
          ctemplate::TemplateDictionary* role = d.AddSectionDictionary("ROLE");
          role->SetValue("ROLE_NAME", std::string(store::Name(p.grants[i].role)));
          role->SetValue("SCOPE", (*scopes)[i]);
        }
        if (p.grants.empty()) d.ShowSection("NO_ROLES");
        if (notice.new_token) {
          ctemplate::TemplateDictionary* made = d.AddSectionDictionary("NEW_TOKEN");
          made->SetValue("LABEL", notice.new_token->record.label);
          made->SetValue("TOKEN", notice.new_token->token);
        }
        if (!tokens->empty()) {
          ctemplate::TemplateDictionary* table = d.AddSectionDictionary("TOKENS");
          for (const store::ApiToken& t : *tokens) {
            ctemplate::TemplateDictionary* row = table->AddSectionDictionary("TOKEN_ROW");
            row->SetValue("LABEL", t.label);
            row->SetValue("CREATED", UkDateAt(t.created_at).ToShort());
            row->SetValue("STATE", t.revoked_at ? "Revoked " + UkDateAt(*t.revoked_at).ToShort() : "Active");
            if (!t.revoked_at && !csrf.empty()) {
              ctemplate::TemplateDictionary* revoke = row->AddSectionDictionary("REVOKE");
              revoke->SetValue("ID", std::to_string(t.id.value));
              revoke->SetValue("LABEL", t.label);
              revoke->SetValue("CSRF_TOKEN", csrf);
            }
          }
        }
        if (!csrf.empty()) {
          ctemplate::TemplateDictionary* forms = d.AddSectionDictionary("SESSION_FORMS");
          forms->SetValue("CSRF_TOKEN", csrf);
          for (const FieldProblem& problem : notice.problems) {
            if (problem.field == "label")
              forms->AddSectionDictionary("LABEL_ERROR")->SetValue("MESSAGE", problem.message);
          }
        }
      });
  return HtmlResponse(site, request, html, status);
}

// --- The first administrator

struct FirstRunField {
  const char* name;
  const char* label;
  const char* type;
  const char* autocomplete;
  const char* hint;
};

constexpr FirstRunField kFirstRunFields[] = {
    {"setup_code", "Set-up code", "text", "off", "Printed in the server's log when it started."},
    {"name", "Your name", "text", "name", ""},
    {"email", "Email address", "email", "username", ""},
    {"password", "Password", "password", "new-password", "At least 12 characters."},
    {"confirm", "Password again", "password", "new-password", ""},
};

Response FirstRunPage(const Site& site, const AuthContext& context, const Request& request, int status,
                      const Fields& values, const std::vector<FieldProblem>& problems) {
  Response carrier;
  std::string form_token = FormToken(context, request, carrier);
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Set up boardroom"), "first_run.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, problems);
        d.SetValue("FORM_TOKEN", form_token);
        for (const FirstRunField& f : kFirstRunFields) {
          ctemplate::TemplateDictionary* field = d.AddSectionDictionary("FIELD");
          field->SetValue("NAME", f.name);
          field->SetValue("LABEL", f.label);
          field->SetValue("TYPE", f.type);
          field->SetValue("AUTOCOMPLETE", f.autocomplete);
          std::string described;
          if (*f.hint) {
            field->AddSectionDictionary("HINT")->SetValue("TEXT", f.hint);
            described = std::string(f.name) + "-hint";
          }
          // Passwords and the code are never sent back.
          if (std::string_view(f.type) != "password" && std::string_view(f.name) != "setup_code") {
            field->SetValue("VALUE", FieldValue(values, f.name));
          }
          for (const FieldProblem& p : problems) {
            if (p.field != f.name) continue;
            field->AddSectionDictionary("ERROR")->SetValue("MESSAGE", p.message);
            described += (described.empty() ? "" : " ") + std::string(f.name) + "-error";
          }
          if (!described.empty()) field->AddSectionDictionary("DESCRIBED")->SetValue("IDS", described);
        }
      });
  Response page = HtmlResponse(site, request, html, status);
  for (auto& header : carrier.headers) page.headers.push_back(std::move(header));
  return page;
}

// True while the installation has no user and a set-up code.
Result<bool> FirstRunOpen(const AuthContext& context) {
  if (context.setup_code.empty() || context.has_users->load(std::memory_order_acquire)) return false;
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(int64_t users, tx->accounts().CountUsers());
  return users == 0;
}

Response FirstRunClosed(const Site& site, const Request& request) {
  return HtmlErrorResponse(site, request,
                           Error::NotFound("boardroom is set up already: sign in, or ask an administrator."));
}

Response FirstRunForm(const Site& site, const AuthContext& context, const Request& request) {
  Result<bool> open = FirstRunOpen(context);
  if (!open.ok()) return HtmlErrorResponse(site, request, open.error());
  if (!*open) return FirstRunClosed(site, request);
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  const Fields& f = *form;
  std::vector<FieldProblem> problems;
  if (!accounts::ConstantTimeEquals(FieldValue(f, "setup_code"), context.setup_code)) {
    problems.push_back({"setup_code", "Enter the set-up code from the server's log."});
  }
  if (FieldValue(f, "name").empty()) problems.push_back({"name", "Enter your name."});
  if (FieldValue(f, "email").find('@') == std::string::npos) {
    problems.push_back({"email", "Enter an email address, like name@example.org."});
  }
  std::string password = FieldValue(f, "password");
  if (password.size() < kMinimumAdminPasswordLength) {
    problems.push_back({"password", "Choose a password of at least 12 characters."});
  } else if (password != FieldValue(f, "confirm")) {
    problems.push_back({"confirm", "Enter the same password twice."});
  }
  if (!problems.empty()) return FirstRunPage(site, context, request, 400, f, problems);

  auto create = [&]() -> Result<accounts::NewSession> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin());
    ASSIGN_OR_RETURN(int64_t users, tx->accounts().CountUsers());
    if (users > 0) return Error::NotFound("boardroom is set up already.");
    ASSIGN_OR_RETURN(store::User user,
                     accounts::CreateUser(*tx, *context.clock, context.policy, FieldValue(f, "email"),
                                          FieldValue(f, "name"), password));
    ASSIGN_OR_RETURN(store::RoleGrant grant,
                     tx->accounts().GrantRole({.user_id = user.id,
                                               .role = store::AccountRole::kAdmin,
                                               .granted_at = context.clock->NowSeconds()}));
    RETURN_IF_ERROR(Audit(*tx, context, request, user.email, "create", "user", user.id.value, nullptr,
                          json{{"email", user.email},
                               {"name", user.name},
                               {"roles", json::array({"admin"})},
                               {"by", "first-run"}}));
    ASSIGN_OR_RETURN(
        accounts::NewSession session,
        accounts::SignIn(*tx, *context.clock, context.policy, user.email, password, request.client_address));
    RETURN_IF_ERROR(Audit(*tx, context, request, user.email, "sign_in", "session", session.session.id.value,
                          nullptr, SessionJson(session.session)));
    RETURN_IF_ERROR(tx->Commit());
    static_cast<void>(grant);
    return session;
  };
  Result<accounts::NewSession> session = create();
  if (!session.ok()) {
    if (session.error().code == ErrorCode::kInvalidArgument) {
      return FirstRunPage(site, context, request, 400, f, {{session.error().field, session.error().message}});
    }
    if (session.error().code == ErrorCode::kNotFound) return FirstRunClosed(site, request);
    return HtmlErrorResponse(site, request, session.error());
  }
  context.has_users->store(true, std::memory_order_release);
  Response response = Redirect("/account");
  response.headers.emplace_back("Set-Cookie", SessionCookie(context, request, session->token));
  return response;
}

}  // namespace

std::string SafeNextPath(std::string_view next) {
  if (next.empty() || next[0] != '/' || next.starts_with("//") || next.starts_with("/\\")) return "/";
  for (char c : next) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '\\') return "/";
  }
  return std::string(next);
}

void AddAccountRoutes(Router& router, const Site& site, const AuthContext& context) {
  router.Get("/sign-in", [site, context](const Request& request) {
    if (request.caller.signed_in()) return Redirect(SafeNextPath(request.Query("next").value_or("/")));
    return SignInPage(site, context, request, 200, "", std::string(request.Query("next").value_or("/")), {});
  });
  router.Post("/sign-in",
              [site, context](const Request& request) { return SignInForm(site, context, request); });
  router.Post("/sign-out", [context](const Request& request) {
    Status ended = EndSession(context, request);
    Response response = Redirect("/");
    if (ended.ok() || ended.error().code == ErrorCode::kUnauthenticated) {
      response.headers.emplace_back("Set-Cookie", RemovedSessionCookie(context, request));
    }
    return response;
  });
  router.Get("/first-run", [site, context](const Request& request) {
    Result<bool> open = FirstRunOpen(context);
    if (!open.ok()) return HtmlErrorResponse(site, request, open.error());
    if (!*open) return FirstRunClosed(site, request);
    return FirstRunPage(site, context, request, 200, {}, {});
  });
  router.Post("/first-run",
              [site, context](const Request& request) { return FirstRunForm(site, context, request); });

  router.Get("/account", [site, context](const Request& request) {
    return AccountPage(site, context, request, 200, {});
  });
  router.Post("/account/tokens", [site, context](const Request& request) {
    Result<Fields> form = ParseForm(request.body);
    if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
    Result<accounts::NewApiToken> made = MakeToken(context, request, FieldValue(*form, "label"));
    if (!made.ok()) {
      if (made.error().code != ErrorCode::kInvalidArgument)
        return HtmlErrorResponse(site, request, made.error());
      return AccountPage(site, context, request, 400, {.problems = {{"label", made.error().message}}});
    }
    return AccountPage(site, context, request, 201, {.new_token = std::move(made).value()});
  });
  router.Post("/account/tokens/{id}/revoke", [site, context](const Request& request) {
    Status revoked = RevokeToken(context, request, request.Param("id"));
    if (!revoked.ok()) return HtmlErrorResponse(site, request, revoked.error());
    return Redirect("/account");
  });
  router.Post("/account/sign-out-everywhere", [site, context](const Request& request) {
    Result<int64_t> ended = EndEverySession(context, request);
    if (!ended.ok()) return HtmlErrorResponse(site, request, ended.error());
    Response response = Redirect("/");
    response.headers.emplace_back("Set-Cookie", RemovedSessionCookie(context, request));
    return response;
  });

  router.Get("/api/v1/session", [](const Request& request) { return SessionGet(request); });
  router.Post("/api/v1/session", [context](const Request& request) { return SessionPost(context, request); });
  router.Add("DELETE", "/api/v1/session", [context](const Request& request) {
    Status ended = EndSession(context, request);
    if (!ended.ok()) return JsonErrorResponse(ended.error());
    Response response{204, {}, ""};
    response.headers.emplace_back("Set-Cookie", RemovedSessionCookie(context, request));
    return response;
  });
  router.Add("DELETE", "/api/v1/sessions", [context](const Request& request) {
    Result<int64_t> ended = EndEverySession(context, request);
    if (!ended.ok()) return JsonErrorResponse(ended.error());
    Response response = Response::Json(200, DumpJson(json{{"sessions_ended", *ended}}));
    if (request.caller.session) {
      response.headers.emplace_back("Set-Cookie", RemovedSessionCookie(context, request));
    }
    return response;
  });
  router.Get("/api/v1/tokens", [context](const Request& request) {
    if (!request.caller.principal) return JsonErrorResponse(Error::Unauthenticated("You are not signed in."));
    Result<std::vector<store::ApiToken>> tokens = OwnTokens(context, *request.caller.principal);
    if (!tokens.ok()) return JsonErrorResponse(tokens.error());
    json list = json::array();
    for (const store::ApiToken& t : *tokens) list.push_back(TokenJson(t));
    return Response::Json(200, DumpJson(json{{"tokens", list}}));
  });
  router.Post("/api/v1/tokens", [context](const Request& request) {
    Result<json> body = JsonBody(request);
    if (!body.ok()) return JsonErrorResponse(body.error());
    auto label = body->find("label");
    if (label != body->end() && !label->is_string()) {
      return JsonErrorResponse(Error::InvalidArgument("The label must be a string.", "label"));
    }
    Result<accounts::NewApiToken> made =
        MakeToken(context, request, label == body->end() ? "" : label->get<std::string>());
    if (!made.ok()) return JsonErrorResponse(made.error());
    json answer = TokenJson(made->record);
    answer["token"] = made->token;
    return Response::Json(201, DumpJson(answer));
  });
  router.Add("DELETE", "/api/v1/tokens/{id}", [context](const Request& request) {
    Status revoked = RevokeToken(context, request, request.Param("id"));
    if (!revoked.ok()) return JsonErrorResponse(revoked.error());
    return Response{204, {}, ""};
  });
}

}  // namespace boardroom::web
