// `boardroom serve` and `boardroom migrate`: start-up wiring. This is the one place that picks the store
// backend.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

#include "cli/commands.h"
#include "core/clock.h"
#include "governance/demo.h"
#include "store/sqlite/sqlite_store.h"
#include "web/governance_pages.h"
#include "web/search_pages.h"
#include "web/pages.h"
#include "web/server.h"

#ifndef BOARDROOM_VERSION
#define BOARDROOM_VERSION "0.0.0"
#endif

namespace boardroom::cli {
namespace {

void PrintError(const std::string& what, const Error& error) {
  std::fprintf(stderr, "boardroom: %s: %s\n", what.c_str(), error.message.c_str());
}

// Creates the folder a database file lives in, so that `--db data/boardroom.db` works on a fresh checkout.
Status EnsureParentFolder(const std::string& db) {
  if (db == ":memory:") return OkStatus();
  std::filesystem::path parent = std::filesystem::path(db).parent_path();
  if (parent.empty()) return OkStatus();
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  if (ec)
    return Error::InvalidArgument("cannot create the folder " + parent.string() + ": " + ec.message(), "db");
  return OkStatus();
}

Result<std::shared_ptr<store::Store>> OpenStore(const std::string& db) {
  RETURN_IF_ERROR(EnsureParentFolder(db));
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> opened, store::OpenSqliteStore(db));
  return std::shared_ptr<store::Store>(std::move(opened));
}

// Loads the demo into an empty database; says so and does nothing when the database holds data.
Status MaybeLoadDemo(store::Store& store, const Clock& clock, spdlog::logger& log) {
  ASSIGN_OR_RETURN(bool empty, governance::DatabaseIsEmpty(store));
  if (!empty) {
    log.info("the database already holds data: the demo was not loaded");
    return OkStatus();
  }
  RETURN_IF_ERROR(governance::LoadDemo(store, clock));
  log.info("loaded the demo data");
  return OkStatus();
}

}  // namespace

int RunServe(const ServeOptions& options) {
  auto started = std::chrono::steady_clock::now();
  auto log = spdlog::stderr_color_mt("boardroom");
  log->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");

  Result<std::shared_ptr<store::Store>> store = OpenStore(options.db);
  if (!store.ok()) {
    PrintError("cannot open the database " + options.db, store.error());
    return kExitFailed;
  }
  auto clock = std::make_shared<SystemClock>();
  if (options.demo) {
    Status demo = MaybeLoadDemo(**store, *clock, *log);
    if (!demo.ok()) {
      PrintError("cannot load the demo", demo.error());
      return kExitFailed;
    }
  }

  Result<web::Site> site = web::MakeSite(BOARDROOM_VERSION);
  if (!site.ok()) {
    PrintError("cannot build the site", site.error());
    return kExitFailed;
  }
  // Public pages are cached until the next write through this server, and for a second at most (writes by
  // other processes, such as an import from the command line, and the turn of the day).
  web::GovernanceContext context{*store, clock,
                                 std::make_shared<web::PageCache>(4096, std::chrono::milliseconds(1000))};
  site->home_page = [site = *site, context](const web::Request& request) {
    return web::GovernanceHomePage(site, context, request);
  };
  web::Router router;
  web::AddFoundationRoutes(router, *site);
  web::AddGovernancePages(router, *site, context);
  web::AddSearchRoutes(router, *site, web::SearchContext{*store});

  web::ServerOptions server_options;
  server_options.listen = options.listen;
  server_options.io_threads = options.io_threads;
  server_options.workers = options.workers;
  server_options.log_requests = !options.quiet;
  server_options.logger = log;
  web::Server server(server_options, std::move(router));
  Result<int> port = server.Start();
  if (!port.ok()) {
    PrintError("cannot listen on " + options.listen, port.error());
    return kExitFailed;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  std::string host = options.listen.substr(0, options.listen.rfind(':'));
  log->info("boardroom {} serving http://{}:{}/ with {} (ready in {} ms)", BOARDROOM_VERSION, host, *port,
            options.db, ms.count());
  server.Run();
  log->info("stopped");
  return kExitOk;
}

int RunMigrate(const std::string& db) {
  Status folder = EnsureParentFolder(db);
  if (!folder.ok()) {
    PrintError("cannot migrate " + db, folder.error());
    return kExitFailed;
  }
  Result<int> applied = store::MigrateSqlite(db);
  if (!applied.ok()) {
    PrintError("cannot migrate " + db, applied.error());
    return kExitFailed;
  }
  if (*applied == 0) {
    std::printf("%s is up to date\n", db.c_str());
  } else {
    std::printf("applied %d migration%s to %s\n", *applied, *applied == 1 ? "" : "s", db.c_str());
  }
  return kExitOk;
}

}  // namespace boardroom::cli
