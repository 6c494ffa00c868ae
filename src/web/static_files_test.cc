#include "web/static_files.h"

#include <gtest/gtest.h>

namespace boardroom::web {
namespace {

TEST(StaticFilesTest, ServesWithCachingHeaders) {
  EmbeddedFile files[] = {{"a.css", "body{}"}};
  StaticFiles statics(files);
  std::optional<Response> r = statics.Serve("a.css", Request{});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "body{}");
  EXPECT_EQ(r->Header("Content-Type").value_or(""), "text/css; charset=utf-8");
  EXPECT_EQ(r->Header("Cache-Control").value_or(""), "public, max-age=31536000, immutable");
  std::string etag(r->Header("ETag").value_or(""));
  ASSERT_GE(etag.size(), 3u);
  EXPECT_EQ(etag.front(), '"');
  EXPECT_EQ(statics.Url("a.css").value(), "/static/a.css?v=" + etag.substr(1, etag.size() - 2));
}

TEST(StaticFilesTest, EtagChangesWithContent) {
  EmbeddedFile one[] = {{"a.css", "body{}"}};
  EmbeddedFile two[] = {{"a.css", "body{ }"}};
  EXPECT_NE(StaticFiles(one).Url("a.css"), StaticFiles(two).Url("a.css"));
}

TEST(StaticFilesTest, NotModifiedWhenEtagMatches) {
  EmbeddedFile files[] = {{"a.css", "body{}"}};
  StaticFiles statics(files);
  std::string etag(statics.Serve("a.css", Request{})->Header("ETag").value());
  Request request;
  request.headers = {{"if-none-match", "\"other\", " + etag}};
  std::optional<Response> r = statics.Serve("a.css", request);
  EXPECT_EQ(r->status, 304);
  EXPECT_TRUE(r->body.empty());
  request.headers = {{"If-None-Match", "\"other\""}};
  EXPECT_EQ(statics.Serve("a.css", request)->status, 200);
}

TEST(StaticFilesTest, UnknownNameIsNullopt) {
  EmbeddedFile files[] = {{"a.css", "body{}"}};
  StaticFiles statics(files);
  EXPECT_FALSE(statics.Serve("../secret", Request{}).has_value());
  EXPECT_FALSE(statics.Url("b.css").has_value());
}

TEST(StaticFilesTest, EmbeddedGovukCssHasNoGdsFontOrCrown) {
  StaticFiles statics(EmbeddedStatic());
  std::optional<Response> css = statics.Serve("govuk-frontend.min.css", Request{});
  ASSERT_TRUE(css.has_value());
  EXPECT_GT(css->body.size(), 10000u);
  EXPECT_EQ(css->body.find("GDS Transport"), std::string::npos);
  EXPECT_EQ(css->body.find("/assets/fonts/"), std::string::npos);
  EXPECT_TRUE(statics.Serve("boardroom.css", Request{}).has_value());
}

TEST(ContentTypeForTest, ByExtension) {
  EXPECT_EQ(ContentTypeFor("x.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("x.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace boardroom::web
