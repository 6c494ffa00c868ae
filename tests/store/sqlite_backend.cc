// StoreBackend for SQLite: a database file in a fresh temporary directory, removed afterwards.
#include <sqlite3.h>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "backend.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/inspection_statements.h"
#include "store/sqlite/meeting_record_statements.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/plan_statements.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::testing {
namespace {

class SqliteBackend final : public StoreBackend {
 public:
  SqliteBackend() {
    std::string pattern = (std::filesystem::temp_directory_path() / "boardroom-store-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    dir_ = pattern;
    path_ = (dir_ / "test.db").string();
  }
  ~SqliteBackend() override {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  Result<std::unique_ptr<Store>> Open() override { return OpenSqliteStore(path_); }
  Result<int> Migrate() override { return MigrateSqlite(path_); }
  int MigrationCount() const override { return static_cast<int>(sqlite::EmbeddedMigrations().size()); }

  // The test reaches past the store, with SQLite's own API, to play the part of someone editing the database.
  Status TamperWithAppliedMigration() override {
    ASSIGN_OR_RETURN(auto connection, sqlite::Connection::Open(path_, {}));
    ASSIGN_OR_RETURN(
        sqlite::Query query,
        connection->Prepare("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1"));
    RETURN_IF_ERROR(query.Run("tamper with a migration"));
    if (query.Changes() != 1) return Error::Internal("No applied migration 1 to tamper with.");
    return OkStatus();
  }

  Status PrepareEveryStatement() override {
    ASSIGN_OR_RETURN(auto connection, sqlite::Connection::Open(path_, {}));
    for (const sqlite::sql::NamedStatement& statement : sqlite::sql::AllStatements()) {
      Result<sqlite::Query> prepared = connection->Prepare(statement.sql);
      if (!prepared.ok()) {
        return Error::Internal(std::string(statement.name) + ": " + prepared.error().message);
      }
    }
    for (const sqlite::sql::NamedStatement& statement : sqlite::sql::kMeetingRecordStatements) {
      Result<sqlite::Query> prepared = connection->Prepare(statement.sql);
      if (!prepared.ok()) {
        return Error::Internal(std::string(statement.name) + ": " + prepared.error().message);
      }
    }
    for (const sqlite::sql::NamedStatement& statement : sqlite::sql::kInspectionStatements) {
      Result<sqlite::Query> prepared = connection->Prepare(statement.sql);
      if (!prepared.ok()) {
        return Error::Internal(std::string(statement.name) + ": " + prepared.error().message);
      }
    }
    for (const sqlite::sql::NamedStatement& statement : sqlite::sql::kPlanStatements) {
      Result<sqlite::Query> prepared = connection->Prepare(statement.sql);
      if (!prepared.ok()) {
        return Error::Internal(std::string(statement.name) + ": " + prepared.error().message);
      }
    }
    return OkStatus();
  }

 private:
  std::filesystem::path dir_;
  std::string path_;
};

}  // namespace

std::unique_ptr<StoreBackend> MakeSqliteBackend() {
  return std::make_unique<SqliteBackend>();
}

}  // namespace boardroom::store::testing
