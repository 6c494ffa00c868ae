// The static assets served under /static/<name>: GOV.UK Frontend's CSS and our own boardroom.css, embedded in
// the binary. Each asset has a strong ETag from its bytes; pages link to "/static/<name>?v=<tag>", so the
// answers can be cached for a year and a new build changes the URL. Nothing with the GOV.UK crown or the GDS
// Transport font is here.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "web/embedded.h"
#include "web/http.h"

namespace boardroom::web {

class StaticFiles {
 public:
  // Indexes `files` by name; they must outlive this object (embedded files live for the whole program).
  explicit StaticFiles(std::span<const EmbeddedFile> files);

  // "/static/<name>?v=<tag>" for a known asset; nullopt for an unknown name.
  std::optional<std::string> Url(std::string_view name) const;

  // The answer for asset `name`: 200 with the bytes, Content-Type, Cache-Control and ETag, or 304 when the
  // request's If-None-Match carries the current tag. nullopt when there is no such asset (the caller answers
  // 404).
  std::optional<Response> Serve(std::string_view name, const Request& request) const;

 private:
  struct Entry {
    std::string_view name;
    std::string_view data;
    std::string etag;  // quoted, e.g. "\"3f2a...\""
    std::string content_type;
  };
  const Entry* Find(std::string_view name) const;

  std::vector<Entry> entries_;
};

// The Content-Type for a file name by its extension; application/octet-stream when unknown.
std::string ContentTypeFor(std::string_view name);

}  // namespace boardroom::web
