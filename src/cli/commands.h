// The subcommands of `boardroom`, each a function from parsed options to an exit code. main.cc parses the
// command line with CLI11 and calls one of these; nothing here parses argv.
//
// Exit codes, the same for every command: kExitOk (0) the work was done; kExitFailed (1) the work failed (a
// message on stderr says why); kExitUsage (2) the command line was wrong.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace boardroom::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

struct ServeOptions {
  std::string db;                         // database file
  std::string listen = "127.0.0.1:8080";  // host:port
  bool demo = false;                      // load the demo into an empty database
  int io_threads = 0;                     // 0: one per core
  int workers = 0;                        // 0: the server's default
  bool quiet = false;                     // no request log
  bool trust_proxy = false;               // believe X-Forwarded-For and X-Forwarded-Proto
  bool secure = false;                    // served over TLS: Secure cookies and HSTS
  int max_body_mb = 64;                   // the largest request body (an uploaded meeting pack), in MB
};

// Opens (and migrates) the database, loads the demo when asked and the database is empty, serves until SIGINT
// or SIGTERM.
int RunServe(const ServeOptions& options);

// Applies the migrations the database lacks and says how many.
int RunMigrate(const std::string& db);

struct ImportOptions {
  std::string db;                  // database file
  std::vector<std::string> files;  // paths, imported in order
  std::string body;                // --body: the body every file belongs to; empty: the one each file names
  bool dry_run = false;            // parse and check everything, store nothing
  bool json = false;  // print the boardroom-import/1 JSON of the batch instead of a line per file
};

// Imports each file in its own transaction (docs/import-format.md, "Storing an import"), going on past a bad
// file, and ends with a summary line. kExitFailed when any file failed, kExitUsage when `files` is empty.
int RunImport(const ImportOptions& options);

struct SearchOptions {
  std::string db;                  // database file
  std::vector<std::string> query;  // the words of the query, joined with spaces
  int64_t page = 1;                // 1-based
  bool json = false;               // print the /api/v1/search JSON
};

// Runs one search as the public and prints each hit's citation, link and snippet, then the total.
// kExitUsage for a malformed query (the message says how to fix it).
int RunSearch(const SearchOptions& options);

struct ActionsOptions {
  std::string db;        // database file
  bool overdue = false;  // only open or ongoing actions past their target date
  std::string body;      // name or short name of one body; empty: every body
  std::string status;    // one status ("open", "ongoing", ...); empty: any
  std::string owner;     // exact owner as written on the log; empty: any
  bool json = false;     // print the action list as JSON
  bool csv = false;      // print the conventional CSV (governance/action_csv.h)
};

// Prints the action list (every log, or one body's), filtered. kExitUsage for an unknown body or status.
int RunActions(const ActionsOptions& options);

// Registers `user` (add, list, reset-password, disable, grant, revoke, token) and `audit verify` on `app`
// (user.cc). The returned function runs the one that was chosen after parsing, or returns nullopt when
// neither was.
std::function<std::optional<int>()> AddAccountCommands(CLI::App& app, const std::string& default_db);

}  // namespace boardroom::cli
