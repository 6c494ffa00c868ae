#include "web/render.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <algorithm>
#include <utility>

namespace boardroom::web {
namespace {

constexpr ctemplate::Strip kStrip = ctemplate::STRIP_BLANK_LINES;

}  // namespace

Renderer::Renderer(LayoutOptions layout)
    : layout_(std::move(layout)), cache_(std::make_unique<ctemplate::TemplateCache>()) {}

Renderer::~Renderer() = default;

Result<std::unique_ptr<Renderer>> Renderer::Create(std::span<const EmbeddedFile> templates,
                                                   LayoutOptions layout) {
  std::unique_ptr<Renderer> renderer(new Renderer(std::move(layout)));
  for (const EmbeddedFile& file : templates) {
    std::string name(file.name);
    if (!file.data.starts_with(kAutoescapePragma)) {
      return Error::InvalidArgument("template " + name + " must open with " + std::string(kAutoescapePragma),
                                    name);
    }
    if (renderer->Has(name)) return Error::InvalidArgument("template " + name + " is registered twice", name);
    if (!renderer->cache_->StringToTemplateCache(
            ctemplate::TemplateString(name), ctemplate::TemplateString(file.data.data(), file.data.size()),
            kStrip)) {
      return Error::InvalidArgument("template " + name + " does not parse", name);
    }
    renderer->names_.push_back(std::move(name));
  }
  // A frozen cache never loads or reloads anything from disk.
  renderer->cache_->Freeze();
  return renderer;
}

bool Renderer::Has(std::string_view name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

Result<std::string> Renderer::Render(std::string_view name,
                                     const ctemplate::TemplateDictionary& dictionary) const {
  if (!Has(name)) return Error::NotFound("no template named " + std::string(name));
  std::string out;
  if (!cache_->ExpandNoLoad(ctemplate::TemplateString(name.data(), name.size()), kStrip, &dictionary, nullptr,
                            &out)) {
    return Error::Internal("template " + std::string(name) + " failed to expand");
  }
  return out;
}

Result<std::string> Renderer::RenderPage(const PageInfo& page, std::string_view content_template,
                                         const FillDictionary& fill) const {
  if (!Has(content_template)) return Error::NotFound("no template named " + std::string(content_template));
  ctemplate::TemplateDictionary dictionary("layout");
  dictionary.SetValue("PAGE_TITLE", page.title);
  dictionary.SetValue("PRODUCT_NAME", layout_.product_name);
  dictionary.SetValue("SEARCH_QUERY", page.search_query);
  if (page.user_name.empty()) {
    dictionary.ShowSection("SIGNED_OUT");
  } else {
    ctemplate::TemplateDictionary* user = dictionary.AddSectionDictionary("SIGNED_IN");
    user->SetValue("USER_NAME", page.user_name);
    user->SetValue("CSRF_TOKEN", page.csrf_token);
    user->ShowSection(page.csrf_token.empty() ? "NO_SESSION" : "SESSION");
  }
  for (const std::string& url : layout_.stylesheets) {
    dictionary.AddSectionDictionary("STYLESHEET")->SetValue("URL", url);
  }
  ctemplate::TemplateDictionary* content = dictionary.AddIncludeDictionary("CONTENT");
  content->SetFilename(ctemplate::TemplateString(content_template.data(), content_template.size()));
  // An included template does not see its parent's values; hand it the layout's own.
  content->SetValue("PAGE_TITLE", page.title);
  content->SetValue("PRODUCT_NAME", layout_.product_name);
  if (fill) fill(*content);
  return Render("layout.tpl", dictionary);
}

}  // namespace boardroom::web
