#include "store/sqlite/connection.h"

#include <utility>

#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {

Error ErrorFromSqlite(int extended_code, sqlite3* db, std::string_view what) {
  std::string context(what);
  switch (extended_code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Error::AlreadyExists("Could not " + context + ": a record with the same key already exists.");
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Error::InvalidArgument("Could not " + context + ": it refers to a record that does not exist.");
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      return Error::InvalidArgument("Could not " + context + ": a value is missing or not allowed.");
    case SQLITE_CONSTRAINT_TRIGGER:
      return Error::FailedPrecondition("Could not " + context + ": the record may not be changed.");
    default:
      break;
  }
  switch (extended_code & 0xff) {
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return Error::InvalidArgument("Could not " + context + ": a value is too big or of the wrong type.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error::Unavailable("Could not " + context + ": the database is busy; try again.");
    case SQLITE_READONLY:
      return Error::FailedPrecondition("Could not " + context + ": the transaction is read-only.");
    default:
      break;
  }
  std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(extended_code);
  return Error::Internal("Could not " + context + ": SQLite error " + std::to_string(extended_code) + " (" +
                         detail + ").");
}

// --- Query
// -------------------------------------------------------------------------------------------------------

Query::Query(Connection* connection, sqlite3_stmt* statement, bool* in_use, bool owned)
    : connection_(connection), statement_(statement), in_use_(in_use), owned_(owned) {}

Query::Query(Query&& other) noexcept
    : connection_(other.connection_),
      statement_(std::exchange(other.statement_, nullptr)),
      in_use_(std::exchange(other.in_use_, nullptr)),
      owned_(other.owned_),
      bind_error_(std::move(other.bind_error_)) {}

Query::~Query() {
  if (statement_ == nullptr) return;
  if (owned_) {
    sqlite3_finalize(statement_);
    return;
  }
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
  if (in_use_ != nullptr) *in_use_ = false;
}

int Query::ParameterIndex(const char* name) {
  int index = sqlite3_bind_parameter_index(statement_, name);
  if (index == 0 && !bind_error_) {
    bind_error_ = Error::Internal(std::string("The statement has no parameter ") + name + ": " +
                                  sqlite3_sql(statement_));
  }
  return index;
}

Query& Query::Bind(const char* name, int64_t value) {
  if (int index = ParameterIndex(name); index > 0) sqlite3_bind_int64(statement_, index, value);
  return *this;
}

Query& Query::Bind(const char* name, std::string_view value) {
  if (int index = ParameterIndex(name); index > 0) {
    sqlite3_bind_text64(statement_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  return *this;
}

Query& Query::BindNull(const char* name) {
  if (int index = ParameterIndex(name); index > 0) sqlite3_bind_null(statement_, index);
  return *this;
}

Result<bool> Query::Step(std::string_view what) {
  if (bind_error_) return *bind_error_;
  int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3* db = sqlite3_db_handle(statement_);
  return ErrorFromSqlite(sqlite3_extended_errcode(db), db, what);
}

Status Query::Run(std::string_view what) {
  while (true) {
    ASSIGN_OR_RETURN(bool row, Step(what));
    if (!row) return OkStatus();
  }
}

bool Query::IsNull(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

int64_t Query::Int64(int column) const {
  return sqlite3_column_int64(statement_, column);
}

std::string Query::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(statement_, column));
}

std::optional<int64_t> Query::OptionalInt64(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int64(column);
}

Result<Date> Query::DateAt(int column) const {
  Result<Date> date = Date::ParseIso(Text(column));
  if (!date.ok()) {
    return Error::Internal("The database holds a malformed date in column " +
                           std::string(sqlite3_column_name(statement_, column)) + ".");
  }
  return date;
}

Result<std::optional<Date>> Query::OptionalDateAt(int column) const {
  if (IsNull(column)) return std::optional<Date>();
  ASSIGN_OR_RETURN(Date date, DateAt(column));
  return std::optional<Date>(date);
}

int64_t Query::Changes() const {
  return sqlite3_changes64(sqlite3_db_handle(statement_));
}

int64_t Query::LastInsertRowId() const {
  return sqlite3_last_insert_rowid(sqlite3_db_handle(statement_));
}

// --- Connection
// --------------------------------------------------------------------------------------------------

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path,
                                                     const ConnectionOptions& options) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error error = Error::Internal("Could not open the database " + path + ": " +
                                  (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) + ".");
    sqlite3_close_v2(db);
    return error;
  }
  std::unique_ptr<Connection> connection(new Connection(db));
  RETURN_IF_ERROR(connection->Configure(options));
  return connection;
}

Connection::~Connection() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached.statement);
  sqlite3_close_v2(db_);
}

Status Connection::Configure(const ConnectionOptions& options) {
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  int enabled = 0;
  if (sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &enabled) != SQLITE_OK || enabled != 1) {
    return Error::Internal("Could not turn on foreign keys.");
  }
  // journal_mode answers with a row ("wal", or "memory" for an in-memory database).
  {
    ASSIGN_OR_RETURN(Query query, Prepare(sql::kJournalModeWal));
    RETURN_IF_ERROR(query.Run("switch to WAL"));
  }
  {
    ASSIGN_OR_RETURN(Query query, Prepare(sql::kSynchronousNormal));
    RETURN_IF_ERROR(query.Run("set synchronous"));
  }
  if (options.mmap_size > 0) {
    sqlite3_int64 size = options.mmap_size;
    // Not every build or file system supports memory mapping; SQLite then reads normally, so the result is
    // ignored.
    sqlite3_file_control(db_, "main", SQLITE_FCNTL_MMAP_SIZE, &size);
  }
  return OkStatus();
}

Result<Query> Connection::Prepare(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return Query(this, it->second.statement, &it->second.in_use, /*owned=*/false);
  }
  sqlite3_stmt* statement = nullptr;
  const char* tail = nullptr;
  unsigned flags = it == cache_.end() ? SQLITE_PREPARE_PERSISTENT : 0;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), flags, &statement, &tail);
  if (rc != SQLITE_OK) {
    return Error::Internal("Could not prepare \"" + std::string(sql) + "\": " + sqlite3_errmsg(db_) + ".");
  }
  if (statement == nullptr || (tail != nullptr && tail != sql.data() + sql.size() && *tail != '\0')) {
    sqlite3_finalize(statement);
    return Error::Internal("Expected exactly one statement in \"" + std::string(sql) + "\".");
  }
  if (it != cache_.end()) {
    // The cached copy is busy (a nested use of the same statement): hand out a private one.
    return Query(this, statement, nullptr, /*owned=*/true);
  }
  auto [inserted, ok] = cache_.emplace(std::string(sql), CachedStatement{statement, true});
  (void)ok;
  return Query(this, statement, &inserted->second.in_use, /*owned=*/false);
}

Status Connection::ExecScript(const char* sql, std::string_view what) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return OkStatus();
  std::string detail = message != nullptr ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  int extended = sqlite3_extended_errcode(db_);
  if ((extended & 0xff) == SQLITE_BUSY || (extended & 0xff) == SQLITE_LOCKED) {
    return ErrorFromSqlite(extended, db_, what);
  }
  return Error::Internal("Could not " + std::string(what) + ": " + detail + ".");
}

}  // namespace boardroom::store::sqlite
