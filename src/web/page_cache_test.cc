#include "web/page_cache.h"

#include <gtest/gtest.h>

namespace boardroom::web {
namespace {

using std::chrono::milliseconds;
using Time = std::chrono::steady_clock::time_point;

Response Page(std::string body) {
  return Response::Html(200, std::move(body));
}

TEST(PageCacheTest, ServesAStoredPageWhileNothingChanged) {
  PageCache cache(8, milliseconds(1000));
  Time t0{};
  EXPECT_FALSE(cache.Get("/meetings/1", 5, t0).has_value());
  cache.Put("/meetings/1", 5, t0, Page("<p>agenda</p>"));
  std::optional<Response> hit = cache.Get("/meetings/1", 5, t0 + milliseconds(999));
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->body, "<p>agenda</p>");
  EXPECT_EQ(hit->status, 200);
}

TEST(PageCacheTest, ACommitInvalidatesEveryPage) {
  PageCache cache(8, milliseconds(1000));
  Time t0{};
  cache.Put("/", 5, t0, Page("home"));
  cache.Put("/meetings/1", 5, t0, Page("meeting"));
  EXPECT_FALSE(cache.Get("/", 6, t0).has_value());
  EXPECT_FALSE(cache.Get("/meetings/1", 6, t0).has_value());
}

TEST(PageCacheTest, PagesExpireByAge) {
  PageCache cache(8, milliseconds(1000));
  Time t0{};
  cache.Put("/", 1, t0, Page("home"));
  EXPECT_FALSE(cache.Get("/", 1, t0 + milliseconds(1000)).has_value());
  EXPECT_FALSE(cache.Get("/", 1, t0 - milliseconds(1)).has_value())
      << "a clock that went back is not trusted";
}

TEST(PageCacheTest, AFullCacheDropsStaleEntriesFirst) {
  PageCache cache(2, milliseconds(1000));
  Time t0{};
  cache.Put("/a", 1, t0, Page("a"));
  cache.Put("/b", 2, t0, Page("b"));
  cache.Put("/c", 2, t0, Page("c"));  // "/a" was made under commit 1: dropped
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_TRUE(cache.Get("/b", 2, t0).has_value());
  EXPECT_TRUE(cache.Get("/c", 2, t0).has_value());
  cache.Put("/d", 2, t0, Page("d"));  // all live: the cache starts again
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_TRUE(cache.Get("/d", 2, t0).has_value());
}

}  // namespace
}  // namespace boardroom::web
