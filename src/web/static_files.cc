#include "web/static_files.h"

#include <cstdint>
#include <cstdio>

namespace boardroom::web {
namespace {

constexpr char kCacheControl[] = "public, max-age=31536000, immutable";

// FNV-1a, 64 bits: stable across builds and platforms, which std::hash is not. Collisions only cost a stale
// cache.
std::string Fingerprint(std::string_view data) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

// True when an If-None-Match value lists `etag` (or is "*").
bool MatchesEtag(std::string_view header, std::string_view etag) {
  if (header == "*") return true;
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.starts_with("W/")) item.remove_prefix(2);
    if (item == etag) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace

std::string ContentTypeFor(std::string_view name) {
  auto ends = [&](std::string_view suffix) { return name.ends_with(suffix); };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".woff2")) return "font/woff2";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::span<const EmbeddedFile> files) {
  for (const EmbeddedFile& file : files) {
    entries_.push_back(
        {file.name, file.data, "\"" + Fingerprint(file.data) + "\"", ContentTypeFor(file.name)});
  }
}

const StaticFiles::Entry* StaticFiles::Find(std::string_view name) const {
  for (const Entry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

std::optional<std::string> StaticFiles::Url(std::string_view name) const {
  const Entry* entry = Find(name);
  if (entry == nullptr) return std::nullopt;
  return "/static/" + std::string(name) + "?v=" + entry->etag.substr(1, entry->etag.size() - 2);
}

std::optional<Response> StaticFiles::Serve(std::string_view name, const Request& request) const {
  const Entry* entry = Find(name);
  if (entry == nullptr) return std::nullopt;
  Response response;
  std::optional<std::string_view> if_none_match = request.Header("If-None-Match");
  if (if_none_match && MatchesEtag(*if_none_match, entry->etag)) {
    response.status = 304;
  } else {
    response = Response::Make(200, entry->content_type, std::string(entry->data));
  }
  response.SetHeader("ETag", entry->etag);
  response.SetHeader("Cache-Control", kCacheControl);
  response.SetHeader("X-Content-Type-Options", "nosniff");
  return response;
}

}  // namespace boardroom::web
