// Rendering HTML from the templates in src/web/templates/ with Google's ctemplate. Every template must open
// with
// {{%AUTOESCAPE context="HTML"}}, so every value is HTML-escaped (or URL-checked inside href/src) by default;
// Create refuses a template without it. Raw output is written {{NAME:none}} in a template — explicit and
// greppable; a test (render_test) keeps the list of such places short. Templates are registered from the
// copies embedded in the binary into a private, frozen cache: nothing is read from disk at run time. What
// does not belong here: what a page shows (pages.h and the rooms' view models), HTTP (http.h).
#pragma once

// ctemplate's headers use strlen without including <cstring>, so it comes first.
// clang-format off
#include <cstring>
#include <ctemplate/template_dictionary.h>
// clang-format on

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "web/embedded.h"

namespace ctemplate {
class TemplateCache;
}

namespace boardroom::web {

// The first line every template must start with.
inline constexpr std::string_view kAutoescapePragma = "{{%AUTOESCAPE context=\"HTML\"}}";

// What the shared layout shows on every page.
struct LayoutOptions {
  std::string product_name = "boardroom";
  std::vector<std::string> stylesheets;  // URLs, in order
};

// What one page tells the layout.
struct PageInfo {
  std::string title;         // the <title> and usually the <h1>
  std::string search_query;  // echoed in the header's search box
  std::string user_name;     // the signed-in person, shown with links to their account and to sign out
  std::string csrf_token;    // the session's CSRF token, for the sign-out form; empty when signed out
};

// Fills the dictionary of a page's content template.
using FillDictionary = std::function<void(ctemplate::TemplateDictionary&)>;

class Renderer {
 public:
  // Registers `templates` (names ending ".tpl"; the layout is "layout.tpl") and checks each: it must open
  // with kAutoescapePragma and parse. Errors: invalid_argument naming the template otherwise.
  static Result<std::unique_ptr<Renderer>> Create(std::span<const EmbeddedFile> templates,
                                                  LayoutOptions layout);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // Expands template `name` with `dictionary`. Errors: not_found for a template that was not registered;
  // internal when ctemplate fails to expand. Thread-safe.
  Result<std::string> Render(std::string_view name, const ctemplate::TemplateDictionary& dictionary) const;

  // Renders `content_template` inside "layout.tpl": `fill` sets the content's values; the content can also
  // read the layout's PAGE_TITLE and PRODUCT_NAME. Errors as Render. Thread-safe.
  Result<std::string> RenderPage(const PageInfo& page, std::string_view content_template,
                                 const FillDictionary& fill) const;

  const LayoutOptions& layout() const { return layout_; }

 private:
  Renderer(LayoutOptions layout);
  bool Has(std::string_view name) const;

  LayoutOptions layout_;
  std::vector<std::string> names_;
  std::unique_ptr<ctemplate::TemplateCache> cache_;
};

}  // namespace boardroom::web
