#include "web/router.h"

#include <algorithm>
#include <stdexcept>

namespace boardroom::web {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

Response DefaultFallback(const Request&, int status) {
  return Response::Text(status, std::string(ReasonPhrase(status)) + "\n");
}

}  // namespace

std::vector<std::string> SplitPath(std::string_view path) {
  std::vector<std::string> segments;
  if (path.empty() || path == "/") return segments;
  if (path.front() == '/') path.remove_prefix(1);
  while (true) {
    size_t slash = path.find('/');
    segments.emplace_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

Router::Router() : fallback_(DefaultFallback) {}

void Router::Add(std::string_view method, std::string_view pattern, Handler handler) {
  if (method.empty() ||
      !std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    throw std::logic_error("router: the method must be upper-case letters: " + std::string(method));
  }
  if (pattern.empty() || pattern.front() != '/') {
    throw std::logic_error("router: a pattern must start with '/': " + std::string(pattern));
  }
  if (!handler) throw std::logic_error("router: no handler for " + std::string(pattern));
  Route route{std::string(method), std::string(pattern), {}, std::move(handler)};
  for (std::string& text : SplitPath(pattern)) {
    bool has_brace = text.find_first_of("{}") != std::string::npos;
    if (!has_brace) {
      route.segments.push_back({std::move(text), false});
      continue;
    }
    std::string name = text.size() >= 2 ? text.substr(1, text.size() - 2) : "";
    if (text.front() != '{' || text.back() != '}' || name.empty() ||
        !std::all_of(name.begin(), name.end(), IsNameChar)) {
      throw std::logic_error("router: a parameter must be a whole segment '{name}': " + std::string(pattern));
    }
    for (const Segment& seen : route.segments) {
      if (seen.is_param && seen.text == name) {
        throw std::logic_error("router: parameter '" + name + "' repeats in " + std::string(pattern));
      }
    }
    route.segments.push_back({std::move(name), true});
  }
  for (const Route& existing : routes_) {
    if (existing.method != route.method || existing.segments.size() != route.segments.size()) continue;
    bool same = std::equal(existing.segments.begin(), existing.segments.end(), route.segments.begin(),
                           [](const Segment& a, const Segment& b) {
                             return a.is_param == b.is_param && (a.is_param || a.text == b.text);
                           });
    if (same) {
      throw std::logic_error("router: " + route.method + " " + route.pattern + " clashes with " +
                             existing.pattern);
    }
  }
  routes_.push_back(std::move(route));
}

void Router::SetFallback(FallbackHandler fallback) {
  fallback_ = fallback ? std::move(fallback) : DefaultFallback;
}

bool Router::Matches(const Route& route, const std::vector<std::string>& segments, Fields* params) {
  if (route.segments.size() != segments.size()) return false;
  params->clear();
  for (size_t i = 0; i < segments.size(); ++i) {
    const Segment& want = route.segments[i];
    if (want.is_param) {
      if (segments[i].empty()) return false;
      params->emplace_back(want.text, segments[i]);
    } else if (want.text != segments[i]) {
      return false;
    }
  }
  return true;
}

bool Router::MoreSpecific(const Route& a, const Route& b) {
  for (size_t i = 0; i < a.segments.size() && i < b.segments.size(); ++i) {
    if (a.segments[i].is_param != b.segments[i].is_param) return !a.segments[i].is_param;
  }
  return false;
}

Router::Match Router::Find(std::string_view method, std::string_view path) const {
  Match match;
  std::vector<std::string> segments = SplitPath(path);
  const Route* best = nullptr;
  const Route* best_get = nullptr;  // for HEAD without a HEAD route
  Fields params;
  Fields best_params;
  Fields best_get_params;
  for (const Route& route : routes_) {
    if (!Matches(route, segments, &params)) continue;
    match.allowed.push_back(route.method);
    if (route.method == "GET") match.allowed.push_back("HEAD");
    if (route.method == method && (best == nullptr || MoreSpecific(route, *best))) {
      best = &route;
      best_params = params;
    }
    if (method == "HEAD" && route.method == "GET" &&
        (best_get == nullptr || MoreSpecific(route, *best_get))) {
      best_get = &route;
      best_get_params = params;
    }
  }
  std::sort(match.allowed.begin(), match.allowed.end());
  match.allowed.erase(std::unique(match.allowed.begin(), match.allowed.end()), match.allowed.end());
  if (best == nullptr && best_get != nullptr) {
    best = best_get;
    best_params = std::move(best_get_params);
  }
  if (best != nullptr) {
    match.handler = &best->handler;
    match.pattern = best->pattern;
    match.params = std::move(best_params);
  }
  return match;
}

Response Router::Handle(Request& request) const {
  Match match = Find(request.method, request.path);
  Response response = Dispatch(request, match);
  if (after_) after_(request, response);
  return response;
}

Response Router::Dispatch(Request& request, Match& match) const {
  if (match.handler != nullptr) request.params = std::move(match.params);
  if (before_) {
    if (std::optional<Response> answered = before_(request, match.pattern)) return std::move(*answered);
  }
  if (match.handler != nullptr) return (*match.handler)(request);
  if (match.allowed.empty()) return fallback_(request, 404);
  Response response = fallback_(request, 405);
  std::string allow;
  for (const std::string& method : match.allowed) {
    if (!allow.empty()) allow += ", ";
    allow += method;
  }
  response.SetHeader("Allow", std::move(allow));
  return response;
}

std::vector<std::string> Router::Routes() const {
  std::vector<std::string> routes;
  for (const Route& route : routes_) routes.push_back(route.method + " " + route.pattern);
  return routes;
}

}  // namespace boardroom::web
