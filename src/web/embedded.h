// Files built into the binary: the page templates of src/web/templates/ and the static assets (GOV.UK
// Frontend's CSS and src/web/static/). A CMake step (cmake/embed_files.cmake) generates the definitions of
// these functions, so the server never reads a template or an asset from disk at run time. Nothing here
// interprets the bytes.
#pragma once

#include <span>
#include <string_view>

namespace boardroom::web {

// One embedded file: its base name ("layout.tpl", "boardroom.css") and its bytes. Both live for the whole
// program.
struct EmbeddedFile {
  std::string_view name;
  std::string_view data;
};

// The templates of src/web/templates/*.tpl, sorted by path.
std::span<const EmbeddedFile> EmbeddedTemplates();

// The static assets served under /static/: govuk-frontend.min.css and src/web/static/*.
std::span<const EmbeddedFile> EmbeddedStatic();

}  // namespace boardroom::web
