// RAII wrappers over SQLite's C API for the SQLite store: a Connection (one sqlite3 handle, its pragmas and
// its cache of prepared statements) and a Query (one use of a cached statement: bind, step, read columns).
// Internal to store/sqlite; the rest of boardroom sees only store/store.h. SQLite result codes become Errors
// here, in ErrorFromSqlite and nowhere else.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace boardroom::store::sqlite {

// Maps a SQLite (extended) result code to an Error: SQLITE_CONSTRAINT_UNIQUE and _PRIMARYKEY ->
// kAlreadyExists; _FOREIGNKEY, _CHECK, _NOTNULL, SQLITE_MISMATCH, SQLITE_TOOBIG -> kInvalidArgument;
// SQLITE_BUSY, SQLITE_LOCKED -> kUnavailable; SQLITE_READONLY -> kFailedPrecondition; anything else ->
// kInternal. `what` says what was being done
// ("insert paper"); `db` (may be null) supplies SQLite's message for internal errors.
Error ErrorFromSqlite(int extended_code, sqlite3* db, std::string_view what);

struct ConnectionOptions {
  int busy_timeout_ms = 5000;
  int64_t mmap_size = 0;
};

class Connection;

// One use of a prepared statement borrowed from a Connection's cache: bind parameters by name (":id"), step,
// read columns. The destructor resets the statement and clears its bindings, returning it to the cache. A
// binding mistake (an unknown parameter name) is remembered and returned by the next Step/Run. Move-only.
// REQUIRES: the Connection outlives the Query.
class Query {
 public:
  Query(Query&& other) noexcept;
  Query& operator=(Query&&) = delete;
  Query(const Query&) = delete;
  ~Query();

  Query& Bind(const char* name, int64_t value);
  Query& Bind(const char* name, std::string_view value);
  Query& Bind(const char* name, const std::string& value) { return Bind(name, std::string_view(value)); }
  Query& Bind(const char* name, const char* value) { return Bind(name, std::string_view(value)); }
  Query& Bind(const char* name, bool value) { return Bind(name, static_cast<int64_t>(value ? 1 : 0)); }
  Query& Bind(const char* name, Date value) { return Bind(name, value.ToIso()); }
  template <typename Tag>
  Query& Bind(const char* name, Id<Tag> id) {
    return Bind(name, id.value);
  }
  Query& BindNull(const char* name);
  template <typename T>
  Query& Bind(const char* name, const std::optional<T>& value) {
    return value ? Bind(name, *value) : BindNull(name);
  }

  // Steps once: true when a row is ready to read, false when the statement is done. `what` names the
  // operation for error messages.
  Result<bool> Step(std::string_view what);
  // Steps to the end, ignoring rows (for INSERT/UPDATE/DELETE).
  Status Run(std::string_view what);

  // Column readers for the current row. REQUIRES: the last Step returned true.
  bool IsNull(int column) const;
  int64_t Int64(int column) const;
  bool Bool(int column) const { return Int64(column) != 0; }
  std::string Text(int column) const;
  std::optional<int64_t> OptionalInt64(int column) const;
  // A typed id (core/ids.h), or nullopt for NULL.
  template <typename IdType>
  IdType IdAt(int column) const {
    return IdType{Int64(column)};
  }
  template <typename IdType>
  std::optional<IdType> OptionalIdAt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return IdType{Int64(column)};
  }
  // kInternal when the column does not hold an ISO date.
  Result<Date> DateAt(int column) const;
  Result<std::optional<Date>> OptionalDateAt(int column) const;

  // The rows changed by the last completed INSERT/UPDATE/DELETE on this connection.
  int64_t Changes() const;
  int64_t LastInsertRowId() const;

 private:
  friend class Connection;
  Query(Connection* connection, sqlite3_stmt* statement, bool* in_use, bool owned);
  int ParameterIndex(const char* name);

  Connection* connection_;
  sqlite3_stmt* statement_;
  bool* in_use_;  // the cache entry's flag, or null when the statement is not cached
  bool owned_;    // finalise on destruction (a statement prepared outside the cache)
  std::optional<Error> bind_error_;
};

// One open SQLite database handle with boardroom's settings: WAL journal, foreign keys on,
// synchronous=NORMAL, a busy timeout and memory-mapped reads. Not thread-safe; owned by one transaction at a
// time.
class Connection {
 public:
  // Opens (creating if missing) `path` (":memory:" for a private in-memory database) and applies the
  // settings. kInternal when the file cannot be opened or is not a database; kUnavailable when it is locked.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, const ConnectionOptions& options);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Prepares `sql` (one statement, with named parameters) or takes it from the cache, keyed by the SQL text.
  // Statements are prepared with SQLITE_PREPARE_PERSISTENT and kept until the connection closes. While a
  // cached statement is in use (a Query holds it), a second Prepare of the same text gets a fresh, uncached
  // statement. kInternal when the SQL does not compile.
  Result<Query> Prepare(std::string_view sql);

  // Runs SQL that may hold several statements and takes no parameters (migrations). kInternal on failure,
  // with SQLite's message.
  Status ExecScript(const char* sql, std::string_view what);

  // How many statements the cache holds.
  size_t cached_statement_count() const { return cache_.size(); }
  sqlite3* handle() const { return db_; }

 private:
  struct CachedStatement {
    sqlite3_stmt* statement = nullptr;
    bool in_use = false;
  };
  explicit Connection(sqlite3* db) : db_(db) {}
  Status Configure(const ConnectionOptions& options);

  sqlite3* db_;
  std::map<std::string, CachedStatement, std::less<>> cache_;
};

}  // namespace boardroom::store::sqlite
