// boardroom's HTTP/1.1 server, on Boost.Beast.
//
// How it works:
//  - Asynchronous I/O: one io_context per I/O thread (one per core by default), each with its own listening
//  socket
//    bound to the same address with SO_REUSEPORT, so the kernel spreads new connections over the threads.
//    When a listening socket is readable, every waiting connection is accepted in one pass (like nginx's
//    multi_accept): accepting one per turn left the last of 1,000 new connections waiting for seconds.
//    TCP_NODELAY is set on every connection; connections are kept alive between requests.
//  - Handlers run on a bounded worker pool (WorkerPool), never on an I/O thread, so a slow database call
//  cannot stall
//    other connections. When the pool's queue is full the server answers 503 at once.
//  - Limits at every stage: time-outs for reading the headers, reading the body, an idle keep-alive
//  connection and
//    writing the answer; size limits on the headers (431) and the body (413).
//  - An exception escaping a handler is logged and answered with a plain 500 whose body never carries what().
//  - HEAD is answered as GET without the body.
//  - Stop() (or SIGINT/SIGTERM when handle_signals is on) stops accepting, closes idle connections, lets
//  requests in
//    flight finish (up to shutdown_timeout) and makes Run() return.
//  - One line per request on the logger (default: stderr): method, path, status, body bytes, microseconds.
//
// Use:
//   web::Router router;
//   web::AddFoundationRoutes(router, ...);            // pages.h
//   web::Server server(options, std::move(router));
//   ASSIGN_OR_RETURN(int port, server.Start());       // binds; port 0 in options.listen picks a free port
//   server.Run();                                     // blocks until Stop() or a signal
//
// What does not belong here: routing (router.h), pages and templates (pages.h, render.h), status mapping
// (errors.h).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "core/result.h"
#include "web/router.h"

namespace spdlog {
class logger;
}

namespace boardroom::web {

struct ServerOptions {
  // "host:port" with a numeric IPv4 or bracketed IPv6 address, or "localhost"; port 0 picks a free port.
  std::string listen = "127.0.0.1:8080";
  int io_threads = 0;                   // I/O threads; 0 means one per core
  int workers = 0;                      // handler threads; 0 means max(4, 2 × cores)
  size_t queue_limit = 1024;            // requests waiting for a worker before the server answers 503
  size_t max_header_bytes = 16 * 1024;  // larger request headers get 431
  size_t max_body_bytes = 1024 * 1024;  // larger request bodies get 413
  std::chrono::milliseconds header_timeout{10'000};    // first bytes and headers of a request
  std::chrono::milliseconds body_timeout{30'000};      // the request body
  std::chrono::milliseconds idle_timeout{60'000};      // between requests on a kept-alive connection
  std::chrono::milliseconds write_timeout{30'000};     // writing the answer
  std::chrono::milliseconds shutdown_timeout{10'000};  // how long Stop() waits for requests in flight
  bool handle_signals = true;                          // SIGINT and SIGTERM call Stop()
  bool log_requests = true;                            // one line per request; errors are always logged
  std::shared_ptr<spdlog::logger> logger;              // where to log; null means stderr
};

class Server {
 public:
  // Takes the routes; they cannot change once the server has started.
  Server(ServerOptions options, Router router);
  // Releases the sockets and threads. REQUIRES: Run() has returned, or was never called.
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening sockets and starts the worker pool; returns the bound port. Errors: invalid_argument
  // (field "listen") for an address we cannot read, unavailable when the address cannot be bound (e.g. in
  // use). REQUIRES: called once, before Run().
  Result<int> Start();

  // Serves on io_threads threads (this one among them) until Stop() or a signal, then finishes requests in
  // flight and returns. REQUIRES: Start() succeeded.
  void Run();

  // Asks the server to stop. Thread-safe; returns at once; Run() returns when the server has drained.
  void Stop();

  // The bound port, or 0 before Start().
  int port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace boardroom::web
