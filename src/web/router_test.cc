#include "web/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace boardroom::web {
namespace {

Handler Says(std::string text) {
  return [text](const Request& r) {
    std::string body = text;
    for (const auto& [k, v] : r.params) body += " " + k + "=" + v;
    return Response::Text(200, body);
  };
}

Response Send(const Router& router, std::string method, std::string path) {
  Request request;
  request.method = std::move(method);
  request.path = std::move(path);
  return router.Handle(request);
}

TEST(SplitPathTest, Segments) {
  EXPECT_TRUE(SplitPath("/").empty());
  EXPECT_EQ(SplitPath("/a/b"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(SplitPath("/a/"), (std::vector<std::string>{"a", ""}));
}

TEST(RouterTest, MatchesLiteralAndNamedParameters) {
  Router router;
  router.Get("/", Says("home"));
  router.Get("/api/v1/meetings/{id}", Says("meeting"));
  router.Get("/api/v1/bodies/{body}/meetings/{id}", Says("body meeting"));
  EXPECT_EQ(Send(router, "GET", "/").body, "home");
  EXPECT_EQ(Send(router, "GET", "/api/v1/meetings/42").body, "meeting id=42");
  EXPECT_EQ(Send(router, "GET", "/api/v1/bodies/nhs/meetings/7").body, "body meeting body=nhs id=7");
}

TEST(RouterTest, ParameterNeedsANonEmptySegment) {
  Router router;
  router.Get("/meetings/{id}", Says("meeting"));
  EXPECT_EQ(Send(router, "GET", "/meetings/").status, 404);
  EXPECT_EQ(Send(router, "GET", "/meetings").status, 404);
  EXPECT_EQ(Send(router, "GET", "/meetings/1/extra").status, 404);
}

TEST(RouterTest, LiteralBeatsParameterWhateverTheOrder) {
  Router router;
  router.Get("/meetings/{id}", Says("meeting"));
  router.Get("/meetings/new", Says("new"));
  EXPECT_EQ(Send(router, "GET", "/meetings/new").body, "new");
  EXPECT_EQ(Send(router, "GET", "/meetings/9").body, "meeting id=9");
}

TEST(RouterTest, UnknownPathIs404ThroughFallback) {
  Router router;
  router.Get("/a", Says("a"));
  int seen = 0;
  router.SetFallback([&](const Request&, int status) {
    seen = status;
    return Response::Text(status, "fallback");
  });
  Response r = Send(router, "GET", "/b");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "fallback");
  EXPECT_EQ(seen, 404);
}

TEST(RouterTest, WrongMethodIs405WithAllow) {
  Router router;
  router.Get("/meetings/{id}", Says("get"));
  router.Post("/meetings/{id}", Says("post"));
  Response r = Send(router, "DELETE", "/meetings/3");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.Header("Allow").value_or(""), "GET, HEAD, POST");
}

TEST(RouterTest, HeadUsesGetUnlessHeadIsRegistered) {
  Router router;
  router.Get("/a", Says("get a"));
  router.Get("/b", Says("get b"));
  router.Add("HEAD", "/b", Says("head b"));
  EXPECT_EQ(Send(router, "HEAD", "/a").body, "get a");
  EXPECT_EQ(Send(router, "HEAD", "/b").body, "head b");
}

TEST(RouterTest, PostOnlyPathDoesNotAnswerHead) {
  Router router;
  router.Post("/form", Says("post"));
  Response r = Send(router, "HEAD", "/form");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.Header("Allow").value_or(""), "POST");
}

TEST(RouterTest, BadPatternsThrowAtRegistration) {
  Router router;
  EXPECT_THROW(router.Get("no-slash", Says("x")), std::logic_error);
  EXPECT_THROW(router.Get("/a/{id", Says("x")), std::logic_error);
  EXPECT_THROW(router.Get("/a/x{id}", Says("x")), std::logic_error);
  EXPECT_THROW(router.Get("/a/{}", Says("x")), std::logic_error);
  EXPECT_THROW(router.Get("/a/{i-d}", Says("x")), std::logic_error);
  EXPECT_THROW(router.Get("/a/{id}/{id}", Says("x")), std::logic_error);
  EXPECT_THROW(router.Add("get", "/a", Says("x")), std::logic_error);
  EXPECT_THROW(router.Get("/a", nullptr), std::logic_error);
}

TEST(RouterTest, DuplicateRouteThrows) {
  Router router;
  router.Get("/m/{id}", Says("x"));
  EXPECT_THROW(router.Get("/m/{other}", Says("y")), std::logic_error);
  EXPECT_NO_THROW(router.Post("/m/{id}", Says("z")));
}

TEST(RouterTest, BeforeHookSeesThePatternAndMayAnswer) {
  Router router;
  router.Get("/m/{id}", Says("meeting"));
  std::vector<std::string> seen;
  router.SetBefore([&seen](Request& r, std::string_view pattern) -> std::optional<Response> {
    seen.push_back(std::string(pattern) + " id=" + std::string(r.Param("id")));
    if (r.Param("id") == "secret") return Response::Text(403, "no");
    return std::nullopt;
  });
  EXPECT_EQ(Send(router, "GET", "/m/1").body, "meeting id=1");
  Response refused = Send(router, "GET", "/m/secret");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.body, "no");
  EXPECT_EQ(Send(router, "GET", "/nowhere").status, 404);
  EXPECT_EQ(seen, (std::vector<std::string>{"/m/{id} id=1", "/m/{id} id=secret", " id="}));
}

TEST(RouterTest, AfterHookRunsOnEveryAnswer) {
  Router router;
  router.Get("/a", Says("a"));
  router.SetBefore([](Request& r, std::string_view) -> std::optional<Response> {
    if (r.path == "/refused") return Response::Text(401, "no");
    return std::nullopt;
  });
  router.SetAfter([](const Request&, Response& response) { response.SetHeader("X-Seen", "yes"); });
  for (const char* path : {"/a", "/missing", "/refused"}) {
    SCOPED_TRACE(path);
    EXPECT_EQ(Send(router, "GET", path).Header("X-Seen"), "yes");
  }
  EXPECT_EQ(Send(router, "POST", "/a").Header("X-Seen"), "yes");  // a 405
}

TEST(RouterTest, RoutesListsEveryRegistration) {
  Router router;
  router.Get("/a", Says("a"));
  router.Post("/a/{id}", Says("b"));
  EXPECT_EQ(router.Routes(), (std::vector<std::string>{"GET /a", "POST /a/{id}"}));
}

}  // namespace
}  // namespace boardroom::web
