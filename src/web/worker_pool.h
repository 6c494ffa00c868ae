// A fixed set of threads with a bounded queue of jobs. The server's I/O threads hand request handlers to it
// so that they never block on the database; when the queue is full, TrySubmit refuses and the server answers
// 503 at once instead of letting work pile up without bound.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace boardroom::web {

class WorkerPool {
 public:
  // Starts `threads` threads sharing a queue of at most `queue_limit` waiting jobs.
  // REQUIRES: threads >= 1, queue_limit >= 1.
  WorkerPool(int threads, size_t queue_limit);
  // Finishes every queued job, then joins the threads.
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `job` and returns true, or returns false without queueing when the queue is full or the pool is
  // shutting down. A job must not throw (the server wraps handlers in its own catch).
  bool TrySubmit(std::function<void()> job);

  // Stops taking jobs, runs those already queued and joins the threads. Safe to call more than once.
  void Shutdown();

 private:
  void Loop();

  const size_t queue_limit_;
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace boardroom::web
