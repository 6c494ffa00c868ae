#include "web/render.h"

#include <gtest/gtest.h>

namespace boardroom::web {
namespace {

constexpr char kHostile[] = "<script>alert(1)</script>";

std::string P(std::string body) {
  return std::string(kAutoescapePragma) + body;
}

TEST(RendererTest, AutoescapePragmaEscapesValues) {
  std::string text = P("<p>{{NAME}}</p>");
  EmbeddedFile files[] = {{"t.tpl", text}};
  auto renderer = Renderer::Create(files, {});
  ASSERT_TRUE(renderer.ok()) << renderer.error().message;
  ctemplate::TemplateDictionary d("t");
  d.SetValue("NAME", kHostile);
  Result<std::string> out = (*renderer)->Render("t.tpl", d);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out.value(), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
}

TEST(RendererTest, AttributesAndUrlsAreMadeSafe) {
  std::string text = P(R"(<a href="{{HREF}}" title="{{TITLE}}">x</a>)");
  EmbeddedFile files[] = {{"t.tpl", text}};
  auto renderer = Renderer::Create(files, {});
  ASSERT_TRUE(renderer.ok());
  ctemplate::TemplateDictionary d("t");
  d.SetValue("HREF", "javascript:alert(1)");
  d.SetValue("TITLE", "\" onmouseover=\"alert(1)");
  std::string out = (*renderer)->Render("t.tpl", d).value();
  EXPECT_EQ(out.find("javascript:"), std::string::npos) << out;
  EXPECT_EQ(out.find("\" onmouseover"), std::string::npos) << out;
}

TEST(RendererTest, TemplateWithoutPragmaIsRefused) {
  std::string text = "<p>{{NAME}}</p>";
  EmbeddedFile files[] = {{"plain.tpl", text}};
  auto renderer = Renderer::Create(files, {});
  ASSERT_FALSE(renderer.ok());
  EXPECT_EQ(renderer.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(renderer.error().field, "plain.tpl");
}

TEST(RendererTest, TemplateThatDoesNotParseIsRefused) {
  std::string text = P("{{#OPEN}}never closed");
  EmbeddedFile files[] = {{"broken.tpl", text}};
  auto renderer = Renderer::Create(files, {});
  ASSERT_FALSE(renderer.ok());
  EXPECT_EQ(renderer.error().field, "broken.tpl");
}

TEST(RendererTest, UnknownTemplateIsNotFound) {
  std::string text = P("x");
  EmbeddedFile files[] = {{"t.tpl", text}};
  auto renderer = Renderer::Create(files, {});
  ASSERT_TRUE(renderer.ok());
  ctemplate::TemplateDictionary d("t");
  Result<std::string> out = (*renderer)->Render("/etc/passwd", d);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, ErrorCode::kNotFound);
}

TEST(RendererTest, EmbeddedTemplatesAllRegister) {
  ASSERT_FALSE(EmbeddedTemplates().empty());
  auto renderer = Renderer::Create(EmbeddedTemplates(), {});
  ASSERT_TRUE(renderer.ok()) << renderer.error().message;
}

// Raw output ({{X:none}}) must stay a rare, reviewed exception: this list names every template allowed to use
// it.
TEST(RendererTest, NoUnreviewedRawOutputInTemplates) {
  // search.tpl: TITLE_HTML and SNIPPET_HTML are built by search::MarkedToHtml (src/search/query.h), which
  // escapes the text first and then adds only its own <mark> tags (tested in src/search/query_test.cc and
  // tests/http/search_http_test.cc).
  const std::vector<std::string> allowed = {"search.tpl"};
  for (const EmbeddedFile& file : EmbeddedTemplates()) {
    bool raw = file.data.find(":none}}") != std::string_view::npos ||
               file.data.find("AUTOESCAPE context=\"NONE\"") != std::string_view::npos;
    bool listed = std::find(allowed.begin(), allowed.end(), file.name) != allowed.end();
    EXPECT_TRUE(!raw || listed) << file.name << " writes unescaped output";
  }
}

TEST(RendererTest, PageInLayoutEscapesEverything) {
  LayoutOptions layout;
  layout.product_name = "boardroom";
  layout.stylesheets = {"/static/a.css?v=1"};
  auto renderer = Renderer::Create(EmbeddedTemplates(), layout);
  ASSERT_TRUE(renderer.ok());
  Result<std::string> out = (*renderer)->RenderPage({kHostile, kHostile}, "home.tpl", [](auto& d) {
    d.SetValue("INTRO", kHostile);
    auto* link = d.AddSectionDictionary("LINK");
    link->SetValue("LABEL", kHostile);
    link->SetValue("HREF", "/x");
  });
  ASSERT_TRUE(out.ok()) << out.error().message;
  const std::string& html = out.value();
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find(R"(href="/static/a.css?v=1")"), std::string::npos);
  EXPECT_NE(html.find("class=\"govuk-skip-link\""), std::string::npos);
  EXPECT_NE(html.find(R"(<label class="br-search__label" for="site-search">)"), std::string::npos);
  EXPECT_NE(html.find(R"(action="/search")"), std::string::npos);
  // The content sees the layout's values.
  EXPECT_NE(html.find("<h1 class=\"govuk-heading-xl\">boardroom</h1>"), std::string::npos);
}

}  // namespace
}  // namespace boardroom::web
