// A small router of our own: it maps a method and a path to a handler. Patterns are literal segments and
// named parameters, e.g. "/api/v1/meetings/{id}"; a parameter matches exactly one non-empty path segment.
// When two patterns match one path, the one with a literal segment further left wins ("/meetings/new" beats
// "/meetings/{id}"). Routing knows nothing of sockets or of HTML: unknown paths and wrong methods go to a
// fallback that the application installs (see pages.h), and the router adds the Allow header to a 405.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/http.h"

namespace boardroom::web {

// Answers one request. It may throw only on programming errors; the server turns an escaping exception into a
// 500.
using Handler = std::function<Response(const Request&)>;

// Answers a request that no route takes: `status` is 404 (no such path) or 405 (path known, method not).
using FallbackHandler = std::function<Response(const Request&, int status)>;

// Runs before every handler and the fallback, given the request and the pattern of the route it matched (""
// when none): it may fill the request (who is asking) or answer in the handler's place (a 401 or 403).
using BeforeHook = std::function<std::optional<Response>(Request&, std::string_view pattern)>;

// Runs on every answer, whoever made it: adds headers (security headers, cookies).
using AfterHook = std::function<void(const Request&, Response&)>;

class Router {
 public:
  Router();

  // Registers `handler` for `method` ("GET", "POST", ...) and `pattern`. A GET route also answers HEAD (the
  // server drops the body) unless a HEAD route is registered for the same pattern. REQUIRES: `pattern` starts
  // with "/", each "{name}" is a whole segment with a name of letters, digits and "_", no name repeats within
  // a pattern, and method+pattern is not yet registered. Breaking this is a programming error and throws
  // std::logic_error at registration (start-up), never at request time.
  void Add(std::string_view method, std::string_view pattern, Handler handler);
  void Get(std::string_view pattern, Handler handler) { Add("GET", pattern, std::move(handler)); }
  void Post(std::string_view pattern, Handler handler) { Add("POST", pattern, std::move(handler)); }

  // Replaces the handler for unknown paths (404) and wrong methods (405). The default answers in plain text.
  void SetFallback(FallbackHandler fallback);

  // Installs the hooks that run around every request (see BeforeHook and AfterHook); unset means none.
  void SetBefore(BeforeHook before) { before_ = std::move(before); }
  void SetAfter(AfterHook after) { after_ = std::move(after); }

  // Every registered route as "METHOD pattern", in registration order: for tests that must cover them all.
  std::vector<std::string> Routes() const;

  // Routes `request` (whose path and method are set) and returns the answer: the handler's, or the
  // fallback's. Fills request.params from the pattern. On a 405 the answer carries "Allow" listing the path's
  // methods.
  Response Handle(Request& request) const;

  // What Handle would do, without calling anything: the matched handler (or null), and the methods the path
  // allows.
  struct Match {
    const Handler* handler = nullptr;
    std::string pattern;  // the matched route's pattern, "" when none
    Fields params;
    std::vector<std::string>
        allowed;  // the methods of every route whose pattern matches, sorted, HEAD added for GET
  };
  Match Find(std::string_view method, std::string_view path) const;

 private:
  struct Segment {
    std::string text;  // the literal, or the parameter name
    bool is_param = false;
  };
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<Segment> segments;
    Handler handler;
  };

  // Answers a routed request: the before hook, then the handler or the fallback.
  Response Dispatch(Request& request, Match& match) const;
  // True when `route` matches `segments`; fills `params` when it does.
  static bool Matches(const Route& route, const std::vector<std::string>& segments, Fields* params);
  // True when `a` should win over `b` for the same path.
  static bool MoreSpecific(const Route& a, const Route& b);

  std::vector<Route> routes_;
  FallbackHandler fallback_;
  BeforeHook before_;
  AfterHook after_;
};

// Splits a decoded path "/a/b/c" into {"a", "b", "c"}; "/" gives no segments, "/a/" gives {"a", ""}.
std::vector<std::string> SplitPath(std::string_view path);

}  // namespace boardroom::web
