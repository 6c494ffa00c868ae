// The request and response values that handlers deal in. They are plain data, independent of Boost.Beast: the
// server (server.h) fills a Request from the wire and writes a Response back. What a status means for an
// error lives in errors.h; routing lives in router.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accounts/accounts.h"

namespace boardroom::web {

// An ordered list of name/value pairs (headers, query parameters). Names may repeat.
using Fields = std::vector<std::pair<std::string, std::string>>;

// Who is asking, as the application's authentication step (auth.h) found before routing. Empty: the public.
struct Caller {
  std::optional<accounts::Principal> principal;
  std::optional<store::Session> session;  // set when signed in with the session cookie
  bool by_api_token = false;              // signed in with Authorization: Bearer

  bool signed_in() const { return principal.has_value(); }
};

// One HTTP request, as a handler sees it.
struct Request {
  std::string method;  // upper case as sent: "GET", "POST", ...
  std::string target;  // the raw request target, e.g. "/search?q=budget%20report"
  std::string path;    // the percent-decoded path, e.g. "/search"
  Fields params;       // named path parameters from the route pattern, percent-decoded
  Fields query;        // query parameters, percent-decoded, "+" read as a space, in order
  Fields headers;      // as received; look them up with Header()
  std::string body;
  std::string client_address;  // the peer's IP address, e.g. "127.0.0.1"
  Caller caller;               // filled before routing; the public until then

  // The value of the path parameter `name`, or empty when the route has no such parameter.
  std::string_view Param(std::string_view name) const;
  // The first value of the query parameter `name`, or nullopt when absent. An empty value ("?q=") is not
  // absent.
  std::optional<std::string_view> Query(std::string_view name) const;
  // The first value of the header `name` (compared without regard to case), or nullopt when absent.
  std::optional<std::string_view> Header(std::string_view name) const;
};

// One HTTP response, as a handler builds it. The server adds Content-Length, Date-free framing and
// keep-alive.
struct Response {
  int status = 200;
  Fields headers;
  std::string body;

  // Sets header `name` to `value`, replacing any header of that name (compared without regard to case).
  void SetHeader(std::string_view name, std::string value);
  // The first value of header `name` (compared without regard to case), or nullopt when absent.
  std::optional<std::string_view> Header(std::string_view name) const;

  // A response with `body` and the given Content-Type.
  static Response Make(int status, std::string content_type, std::string body);
  // text/plain; charset=utf-8
  static Response Text(int status, std::string body);
  // text/html; charset=utf-8
  static Response Html(int status, std::string body);
  // application/json; the body must already be serialised JSON.
  static Response Json(int status, std::string body);
};

// The standard reason phrase of `status` ("Not Found"), or "Unknown" for a status we never send.
std::string_view ReasonPhrase(int status);

// True when `path` belongs to the JSON API ("/api" or below it): errors there are JSON, not pages.
bool IsApiPath(std::string_view path);

// True when `a` and `b` are equal ignoring ASCII case.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace boardroom::web
