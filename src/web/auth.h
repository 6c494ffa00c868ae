// Who is asking, and what every answer carries. Authenticate is the router's before hook: it reads an API
// token (Authorization: Bearer) or the session cookie into Request::caller, refuses a state-changing request
// without the right CSRF token, and keeps a new installation closed until its first administrator exists.
// FinishResponse is the after hook: security headers on every answer, no caching of what a signed-in person
// saw, and the removal of a dead session cookie. The doors for signing in and out are in account_pages.h;
// what a role may see is accounts::ViewerFor, applied in the store.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "accounts/accounts.h"
#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"
#include "web/http.h"

namespace boardroom::web {

// The cookie that holds a session's token (HttpOnly, SameSite=Lax).
inline constexpr char kSessionCookie[] = "br_session";
// The cookie that holds the form token of a signed-out browser, for the sign-in and first-run forms
// (double-submit: the form's csrf_token field must equal it).
inline constexpr char kFormCookie[] = "br_form";
// The form field and the header that carry a CSRF token.
inline constexpr char kCsrfField[] = "csrf_token";
inline constexpr char kCsrfHeader[] = "X-CSRF-Token";

// What the hooks and the account doors share. The store and clock must outlive the router.
struct AuthContext {
  std::shared_ptr<store::Store> store;
  std::shared_ptr<const Clock> clock;
  accounts::AccountPolicy policy;
  // Behind a reverse proxy: believe X-Forwarded-For (the client's address, for rate limiting and the audit
  // trail) and X-Forwarded-Proto (https makes cookies Secure). Off: both headers are ignored.
  bool trust_proxy = false;
  // Always mark cookies Secure and send Strict-Transport-Security (served over TLS).
  bool secure = false;
  // The one-time code that the first-run page asks for, printed in the server's log at start-up; empty means
  // the first-run page is closed.
  std::string setup_code;
  // The page for a refusal that is not on the JSON API (the site's error page, in the layout); unset means
  // plain text.
  std::function<Response(const Request&, const Error&)> html_error;
  // Set once a user exists; until then only the first-run page, /healthz and /static answer.
  std::shared_ptr<std::atomic<bool>> has_users = std::make_shared<std::atomic<bool>>(false);
};

// The router's before hook (see router.h). Answers in the handler's place with 401 for a bad API token, 403
// for a state-changing request without the right CSRF token (or sent cross-site), and, while no user exists,
// 303 to /first-run (JSON doors: 503). Fills request.caller and request.client_address (through the proxy
// when trusted) otherwise. A cookie for a session that has ended is ignored (FinishResponse removes it).
std::optional<Response> Authenticate(const AuthContext& context, Request& request, std::string_view pattern);

// The router's after hook: security headers (Content-Security-Policy without inline script,
// X-Content-Type-Options, frame-ancestors and X-Frame-Options, Referrer-Policy, Cross-Origin-Opener-Policy;
// Strict-Transport-Security over TLS); Cache-Control: no-store and Vary on what a signed-in caller saw; and
// the removal of a session cookie that no longer names a session.
void FinishResponse(const AuthContext& context, const Request& request, Response& response);

// True for methods that change state (anything but GET, HEAD and OPTIONS).
bool IsStateChanging(std::string_view method);

// True when the request came over TLS (directly, or through a trusted proxy that says so).
bool IsSecure(const AuthContext& context, const Request& request);

// The value of cookie `name` in the request's Cookie headers, or nullopt.
std::optional<std::string> CookieValue(const Request& request, std::string_view name);

// A Set-Cookie value: HttpOnly, Path=/, the given SameSite, Secure when `secure`; max_age < 0 means a
// session cookie, 0 removes it.
std::string CookieHeader(std::string_view name, std::string_view value, int64_t max_age, bool secure,
                         std::string_view same_site = "Lax");

// The fields of an application/x-www-form-urlencoded body, percent-decoded with "+" as a space.
// kInvalidArgument for a body that is not form encoding.
Result<Fields> ParseForm(std::string_view body);

// The first value of `name` in `fields`, or "" when absent.
std::string FieldValue(const Fields& fields, std::string_view name);

// True when the request's Content-Type is `type` (parameters such as charset ignored, case ignored).
bool HasContentType(const Request& request, std::string_view type);

// A fresh random token for a form cookie (URL-safe, 256 bits).
std::string NewFormToken();

}  // namespace boardroom::web
