#include "web/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace boardroom::web {
namespace {

TEST(WorkerPoolTest, RunsJobs) {
  std::atomic<int> done{0};
  {
    WorkerPool pool(2, 100);
    for (int i = 0; i < 50; ++i) ASSERT_TRUE(pool.TrySubmit([&] { ++done; }));
  }  // the destructor finishes queued jobs
  EXPECT_EQ(done.load(), 50);
}

TEST(WorkerPoolTest, RefusesWhenQueueIsFull) {
  WorkerPool pool(1, 2);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<void> started;
  ASSERT_TRUE(pool.TrySubmit([&, released] {
    started.set_value();
    released.wait();
  }));
  started.get_future().wait();  // the only worker is now busy
  EXPECT_TRUE(pool.TrySubmit([] {}));
  EXPECT_TRUE(pool.TrySubmit([] {}));
  EXPECT_FALSE(pool.TrySubmit([] {}));  // two waiting: full
  release.set_value();
}

TEST(WorkerPoolTest, RefusesAfterShutdown) {
  WorkerPool pool(1, 4);
  pool.Shutdown();
  EXPECT_FALSE(pool.TrySubmit([] {}));
}

}  // namespace
}  // namespace boardroom::web
