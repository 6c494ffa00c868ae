// The whole application (web::BuildApp, as `boardroom serve` builds it) served in-process on 127.0.0.1, port
// 0, on a thread of its own, for the HTTP tests.
#pragma once

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/result.h"
#include "web/app.h"
#include "web/server.h"

namespace boardroom::testing {

class AppServer {
 public:
  AppServer() = default;
  AppServer(const AppServer&) = delete;
  AppServer& operator=(const AppServer&) = delete;
  ~AppServer() { Stop(); }

  // Builds the application from `options` (its store and clock set) and starts serving it. Errors: as
  // web::BuildApp and web::Server::Start.
  Status Start(const web::AppOptions& options) {
    ASSIGN_OR_RETURN(web::App app, web::BuildApp(options));
    routes_ = app.router.Routes();
    web::ServerOptions server_options;
    server_options.listen = "127.0.0.1:0";
    server_options.io_threads = 1;
    server_options.workers = 2;
    server_options.log_requests = false;
    server_options.handle_signals = false;
    server_ = std::make_unique<web::Server>(server_options, std::move(app.router));
    ASSIGN_OR_RETURN(port_, server_->Start());
    thread_ = std::thread([this] { server_->Run(); });
    return OkStatus();
  }

  // Stops serving and waits for the server's thread. Safe to call more than once.
  void Stop() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }

  int port() const { return port_; }
  // Every route of the application, as Router::Routes() lists them.
  const std::vector<std::string>& routes() const { return routes_; }

 private:
  std::unique_ptr<web::Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::vector<std::string> routes_;
};

}  // namespace boardroom::testing
