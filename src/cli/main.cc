// `boardroom`: the command line. Parses argv with CLI11 and hands the options to one subcommand (commands.h).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"

#ifndef BOARDROOM_VERSION
#define BOARDROOM_VERSION "0.0.0"
#endif

namespace {

constexpr const char* kDefaultDb = "data/boardroom.db";

// Adds --db with its environment fallback, as every command that touches the database has it.
void AddDbOption(CLI::App& command, std::string& db) {
  command.add_option("--db", db, "SQLite database file (created if missing)")
      ->envname("BOARDROOM_DB")
      ->default_str(kDefaultDb);
}

}  // namespace

int main(int argc, char** argv) {
  using boardroom::cli::kExitOk;
  using boardroom::cli::kExitUsage;

  CLI::App app{
      "boardroom runs the business of public boards: meetings, agendas, papers, decisions, the action log.\n"
      "Run 'boardroom COMMAND --help' for a command's options.",
      "boardroom"};
  app.set_version_flag("--version", std::string("boardroom ") + BOARDROOM_VERSION);
  app.require_subcommand(1, 1);
  app.fallthrough(false);

  boardroom::cli::ServeOptions serve;
  serve.db = kDefaultDb;
  CLI::App* serve_cmd = app.add_subcommand("serve", "Serve the web application and the JSON API");
  AddDbOption(*serve_cmd, serve.db);
  serve_cmd
      ->add_option("--listen", serve.listen, "Address to listen on, host:port (port 0 picks a free port)")
      ->envname("BOARDROOM_LISTEN")
      ->capture_default_str();
  serve_cmd->add_flag("--demo", serve.demo,
                      "Load the demo data into an empty database (never into one that holds data)");
  serve_cmd->add_option("--io-threads", serve.io_threads, "I/O threads (0: one per core)")
      ->check(CLI::Range(0, 256));
  serve_cmd->add_option("--workers", serve.workers, "Request handler threads (0: the default)")
      ->check(CLI::Range(0, 1024));
  serve_cmd->add_flag("--quiet", serve.quiet, "Do not log each request");
  serve_cmd->add_flag("--trust-proxy", serve.trust_proxy,
                      "Behind a reverse proxy: take the client's address from X-Forwarded-For and TLS from "
                      "X-Forwarded-Proto");
  serve_cmd
      ->add_option("--max-body-mb", serve.max_body_mb,
                   "The largest request body in MB, such as a meeting pack uploaded to /api/v1/imports")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  serve_cmd->add_flag("--secure", serve.secure,
                      "Served over TLS: mark cookies Secure and send Strict-Transport-Security");

  std::string migrate_db = kDefaultDb;
  CLI::App* migrate_cmd = app.add_subcommand("migrate", "Bring the database schema up to date");
  AddDbOption(*migrate_cmd, migrate_db);

  boardroom::cli::ImportOptions import;
  import.db = kDefaultDb;
  CLI::App* import_cmd =
      app.add_subcommand("import", "Import board papers, meeting packs and action logs (PDF, DOCX, text)");
  AddDbOption(*import_cmd, import.db);
  import_cmd->add_flag("--dry-run", import.dry_run, "Parse and check each file, then store nothing");
  import_cmd->add_flag("--json", import.json, "Print what was found as boardroom-import/1 JSON");
  import_cmd->add_option("--body", import.body, "The body (name or short name) every file belongs to");
  import_cmd->add_option("FILE", import.files, "Files to import, each in its own transaction")->required();

  boardroom::cli::SearchOptions search;
  search.db = kDefaultDb;
  CLI::App* search_cmd = app.add_subcommand("search", "Search papers, recommendations and action logs");
  AddDbOption(*search_cmd, search.db);
  search_cmd->add_flag("--json", search.json, "Print the results as the JSON API does");
  search_cmd->add_option("--page", search.page, "Page of results (20 a page)");
  search_cmd->add_option("QUERY", search.query, "What to look for (see docs/architecture.md, Search)")
      ->required();

  boardroom::cli::ActionsOptions actions;
  actions.db = kDefaultDb;
  CLI::App* actions_cmd =
      app.add_subcommand("actions", "List the action logs: overdue work, one body's log, CSV");
  AddDbOption(*actions_cmd, actions.db);
  actions_cmd->add_flag("--overdue", actions.overdue, "Only open or ongoing actions past their target date");
  actions_cmd->add_option("--body", actions.body, "One body's log (name or short name)");
  actions_cmd->add_option("--status", actions.status,
                          "One status: open, ongoing, complete, closed, superseded");
  actions_cmd->add_option("--owner", actions.owner, "Only actions of this owner, as written on the log");
  CLI::Option* actions_json = actions_cmd->add_flag("--json", actions.json, "Print the list as JSON");
  CLI::Option* actions_csv =
      actions_cmd->add_flag("--csv", actions.csv, "Print the conventional CSV (action no. ... status)");
  actions_json->excludes(actions_csv);

  auto run_account_command = boardroom::cli::AddAccountCommands(app, kDefaultDb);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (argc <= 1) {
      std::fputs(app.help().c_str(), stderr);
      return kExitUsage;
    }
    // A first word that is neither an option nor a command: name it, rather than CLI11's "subcommand
    // required".
    std::string first = argv[1];
    if (!first.starts_with("-") &&
        app.get_subcommands([&](CLI::App* c) { return c->get_name() == first; }).empty()) {
      std::string names;
      for (const CLI::App* c : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + c->get_name();
      std::fprintf(stderr, "boardroom: unknown command '%s' (commands: %s; see boardroom --help)\n",
                   first.c_str(), names.c_str());
      return kExitUsage;
    }
    app.exit(e);
    return kExitUsage;
  }

  if (*serve_cmd) return boardroom::cli::RunServe(serve);
  if (*migrate_cmd) return boardroom::cli::RunMigrate(migrate_db);
  if (*import_cmd) return boardroom::cli::RunImport(import);
  if (*search_cmd) return boardroom::cli::RunSearch(search);
  if (*actions_cmd) return boardroom::cli::RunActions(actions);
  if (std::optional<int> code = run_account_command()) return *code;
  return kExitOk;
}
