#include "web/auth.h"

#include <boost/url/parse_query.hpp>
#include <utility>
#include <vector>

#include "accounts/crypto.h"
#include "web/api_imports.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

// No inline script or style anywhere: every page works with these.
constexpr char kContentSecurityPolicy[] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The answer when a request is refused before its handler: JSON on the API, a page elsewhere.
Response Refuse(const AuthContext& context, const Request& request, ErrorCode code,
                const std::string& message) {
  Error error{code, message, ""};
  if (IsApiPath(request.path)) return JsonErrorResponse(error);
  if (context.html_error) return context.html_error(request, error);
  return Response::Text(HttpStatusFor(code), message + "\n");
}

// The client's address: the peer, or the last address a trusted proxy added to X-Forwarded-For.
std::string ClientAddress(const AuthContext& context, const Request& request) {
  if (!context.trust_proxy) return request.client_address;
  std::optional<std::string_view> forwarded = request.Header("X-Forwarded-For");
  if (!forwarded) return request.client_address;
  std::string_view list = *forwarded;
  size_t comma = list.rfind(',');
  std::string_view last = Trim(comma == std::string_view::npos ? list : list.substr(comma + 1));
  return last.empty() ? request.client_address : std::string(last);
}

// Signs in with an API token. kUnauthenticated for a malformed header or an unknown or revoked token.
Status AuthenticateBearer(const AuthContext& context, Request& request, std::string_view header) {
  std::string_view value = Trim(header);
  constexpr std::string_view kScheme = "Bearer ";
  if (value.size() <= kScheme.size() || !EqualsIgnoreCase(value.substr(0, kScheme.size()), kScheme)) {
    return Error::Unauthenticated("The Authorization header must be \"Bearer\" and an API token.");
  }
  std::string_view token = Trim(value.substr(kScheme.size()));
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  Result<accounts::Principal> principal = accounts::LookupApiToken(*tx, token);
  if (!principal.ok()) {
    if (principal.error().code == ErrorCode::kUnauthenticated) {
      return Error::Unauthenticated("The API token is not known, or has been revoked.");
    }
    return std::move(principal).error();
  }
  request.caller.principal = std::move(principal).value();
  request.caller.by_api_token = true;
  return OkStatus();
}

// Reads the session cookie. A cookie that names no live session leaves the caller signed out.
Status AuthenticateCookie(const AuthContext& context, Request& request, const std::string& token) {
  {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
    Result<std::optional<accounts::NewSession>> peeked =
        accounts::PeekSession(*tx, *context.clock, context.policy, token);
    if (!peeked.ok()) {
      if (peeked.error().code == ErrorCode::kUnauthenticated) return OkStatus();
      return std::move(peeked).error();
    }
    if (peeked->has_value()) {
      request.caller.principal = std::move((*peeked)->principal);
      request.caller.session = std::move((*peeked)->session);
      return OkStatus();
    }
  }
  // Renewal or expiry is due: do it in a writing transaction.
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin());
  Result<accounts::NewSession> looked = accounts::LookupSession(*tx, *context.clock, context.policy, token);
  RETURN_IF_ERROR(tx->Commit());  // the renewal, or the deletion of an expired session
  if (!looked.ok()) {
    if (looked.error().code == ErrorCode::kUnauthenticated) return OkStatus();
    return std::move(looked).error();
  }
  request.caller.principal = std::move(looked->principal);
  request.caller.session = std::move(looked->session);
  return OkStatus();
}

// The CSRF token a state-changing request carries: the header, or the form field (of a URL-encoded or a
// multipart form).
std::string ProvidedCsrfToken(const Request& request) {
  if (std::optional<std::string_view> header = request.Header(kCsrfHeader)) return std::string(*header);
  if (HasContentType(request, "application/x-www-form-urlencoded")) {
    Result<Fields> form = ParseForm(request.body);
    if (form.ok()) return FieldValue(*form, kCsrfField);
  }
  if (HasContentType(request, "multipart/form-data")) {  // a browser's file upload (import_pages.h)
    Result<std::vector<FormPart>> parts =
        ParseMultipartForm(request.Header("Content-Type").value_or(""), request.body);
    if (!parts.ok()) return "";
    for (const FormPart& part : *parts) {
      if (part.name == kCsrfField && !part.filename) return part.data;
    }
  }
  return "";
}

// The CSRF rule for a state-changing request; a message when it is refused. API tokens need none (a browser
// never sends one by itself). A session needs its own token. A signed-out browser may send JSON (which a
// cross-site form cannot) or a form whose csrf_token matches its form cookie.
std::optional<std::string> CsrfProblem(const Request& request) {
  if (request.caller.by_api_token) return std::nullopt;
  if (std::optional<std::string_view> site = request.Header("Sec-Fetch-Site");
      site && EqualsIgnoreCase(*site, "cross-site")) {
    return "Requests from other sites are not accepted.";
  }
  if (request.caller.session) {
    if (accounts::CsrfMatches(*request.caller.session, ProvidedCsrfToken(request))) return std::nullopt;
    return "The form has expired or did not come from this site. Go back, reload the page and try again.";
  }
  if (HasContentType(request, "application/json")) return std::nullopt;
  std::optional<std::string> cookie = CookieValue(request, kFormCookie);
  std::string provided = ProvidedCsrfToken(request);
  if (cookie && !cookie->empty() && accounts::ConstantTimeEquals(*cookie, provided)) return std::nullopt;
  return "The form has expired or did not come from this site. Go back, reload the page and try again.";
}

// While no user exists, only the first-run page and what it needs answer.
std::optional<Response> FirstRunGate(const AuthContext& context, const Request& request) {
  if (context.has_users->load(std::memory_order_acquire)) return std::nullopt;
  Result<std::unique_ptr<store::Transaction>> tx = context.store->Begin(store::Access::kReadOnly);
  if (!tx.ok()) return Refuse(context, request, tx.error().code, tx.error().message);
  Result<int64_t> users = (*tx)->accounts().CountUsers();
  if (!users.ok()) return Refuse(context, request, users.error().code, users.error().message);
  if (*users > 0) {
    context.has_users->store(true, std::memory_order_release);
    return std::nullopt;
  }
  if (request.path == "/first-run" || request.path == "/healthz" || request.path.starts_with("/static/")) {
    return std::nullopt;
  }
  if (IsApiPath(request.path)) {
    return JsonErrorResponse(Error::Unavailable(
        "boardroom has no administrator yet: open /first-run in a browser to create one."));
  }
  Response response = Response::Text(303, "See /first-run\n");
  response.SetHeader("Location", "/first-run");
  return response;
}

}  // namespace

bool IsStateChanging(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool IsSecure(const AuthContext& context, const Request& request) {
  if (context.secure) return true;
  if (!context.trust_proxy) return false;
  std::optional<std::string_view> proto = request.Header("X-Forwarded-Proto");
  return proto && EqualsIgnoreCase(Trim(*proto), "https");
}

std::optional<std::string> CookieValue(const Request& request, std::string_view name) {
  for (const auto& [header, value] : request.headers) {
    if (!EqualsIgnoreCase(header, "Cookie")) continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      size_t semicolon = rest.find(';');
      std::string_view pair = Trim(rest.substr(0, semicolon));
      rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
      size_t equals = pair.find('=');
      if (equals == std::string_view::npos) continue;
      if (Trim(pair.substr(0, equals)) == name) return std::string(Trim(pair.substr(equals + 1)));
    }
  }
  return std::nullopt;
}

std::string CookieHeader(std::string_view name, std::string_view value, int64_t max_age, bool secure,
                         std::string_view same_site) {
  std::string cookie =
      std::string(name) + "=" + std::string(value) + "; Path=/; HttpOnly; SameSite=" + std::string(same_site);
  if (max_age >= 0) cookie += "; Max-Age=" + std::to_string(max_age);
  if (secure) cookie += "; Secure";
  return cookie;
}

Result<Fields> ParseForm(std::string_view body) {
  Fields fields;
  if (body.empty()) return fields;
  auto parsed = boost::urls::parse_query(body);
  if (!parsed) return Error::InvalidArgument("The form could not be read.");
  boost::urls::encoding_opts opts(true, false, false);  // "+" is a space
  for (auto param : *parsed) {
    fields.emplace_back(param.key.decode(opts), param.has_value ? param.value.decode(opts) : std::string());
  }
  return fields;
}

std::string FieldValue(const Fields& fields, std::string_view name) {
  for (const auto& [key, value] : fields) {
    if (key == name) return value;
  }
  return "";
}

bool HasContentType(const Request& request, std::string_view type) {
  std::optional<std::string_view> header = request.Header("Content-Type");
  if (!header) return false;
  std::string_view value = *header;
  value = Trim(value.substr(0, value.find(';')));
  return EqualsIgnoreCase(value, type);
}

std::string NewFormToken() {
  return accounts::NewToken();
}

std::optional<Response> Authenticate(const AuthContext& context, Request& request, std::string_view) {
  request.client_address = ClientAddress(context, request);
  if (std::optional<Response> gate = FirstRunGate(context, request)) return gate;
  Status status = OkStatus();
  if (std::optional<std::string_view> authorization = request.Header("Authorization")) {
    status = AuthenticateBearer(context, request, *authorization);
    if (!status.ok() && status.error().code == ErrorCode::kUnauthenticated) {
      Response response = Refuse(context, request, ErrorCode::kUnauthenticated, status.error().message);
      response.SetHeader("WWW-Authenticate", "Bearer realm=\"boardroom\"");
      return response;
    }
  } else if (std::optional<std::string> token = CookieValue(request, kSessionCookie)) {
    status = AuthenticateCookie(context, request, *token);
  }
  if (!status.ok()) return Refuse(context, request, status.error().code, status.error().message);
  if (IsStateChanging(request.method)) {
    if (std::optional<std::string> problem = CsrfProblem(request)) {
      return Refuse(context, request, ErrorCode::kPermissionDenied, *problem);
    }
  }
  return std::nullopt;
}

void FinishResponse(const AuthContext& context, const Request& request, Response& response) {
  response.SetHeader("Content-Security-Policy", kContentSecurityPolicy);
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  const bool secure = IsSecure(context, request);
  if (secure) response.SetHeader("Strict-Transport-Security", "max-age=31536000");
  if (request.path.starts_with("/static/")) return;  // the same bytes for everyone, cached for a year
  response.SetHeader("Vary", "Cookie, Authorization");
  if (request.caller.signed_in() || IsStateChanging(request.method)) {
    response.SetHeader("Cache-Control", "no-store");
  }
  // A session cookie that named no live session is removed, unless the handler set a new one.
  if (!request.caller.session && !request.caller.by_api_token && CookieValue(request, kSessionCookie)) {
    bool sets_session = false;
    for (const auto& [name, value] : response.headers) {
      if (EqualsIgnoreCase(name, "Set-Cookie") && value.starts_with(std::string(kSessionCookie) + "=")) {
        sets_session = true;
      }
    }
    if (!sets_session)
      response.headers.emplace_back("Set-Cookie", CookieHeader(kSessionCookie, "", 0, secure));
  }
}

}  // namespace boardroom::web
