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

#include "accounts/crypto.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "governance/demo.h"
#include "store/sqlite/sqlite_store.h"
#include "web/app.h"
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

Result<bool> HasUsers(store::Store& store) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(int64_t users, tx->accounts().CountUsers());
  return users > 0;
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

  Result<bool> has_users = HasUsers(**store);
  if (!has_users.ok()) {
    PrintError("cannot read the accounts", has_users.error());
    return kExitFailed;
  }
  web::AppOptions app_options;
  app_options.store = *store;
  app_options.clock = clock;
  app_options.version = BOARDROOM_VERSION;
  app_options.trust_proxy = options.trust_proxy;
  app_options.secure = options.secure;
  // A new installation opens only its first-run page, which asks for this code from the log.
  if (!*has_users) app_options.setup_code = accounts::NewToken().substr(0, 16);
  Result<web::App> app = web::BuildApp(app_options);
  if (!app.ok()) {
    PrintError("cannot build the site", app.error());
    return kExitFailed;
  }

  web::ServerOptions server_options;
  server_options.listen = options.listen;
  server_options.io_threads = options.io_threads;
  server_options.workers = options.workers;
  server_options.log_requests = !options.quiet;
  server_options.max_body_bytes = static_cast<size_t>(options.max_body_mb) * 1024 * 1024;
  server_options.logger = log;
  web::Server server(server_options, std::move(app->router));
  Result<int> port = server.Start();
  if (!port.ok()) {
    PrintError("cannot listen on " + options.listen, port.error());
    return kExitFailed;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  std::string host = options.listen.substr(0, options.listen.rfind(':'));
  log->info("boardroom {} serving http://{}:{}/ with {} (ready in {} ms)", BOARDROOM_VERSION, host, *port,
            options.db, ms.count());
  if (!app_options.setup_code.empty()) {
    log->warn(
        "no user yet: open http://{}:{}/first-run and enter the set-up code {} to create the first "
        "administrator (or run `boardroom user add EMAIL --name NAME --role admin --password-stdin`)",
        host, *port, app_options.setup_code);
  }
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
