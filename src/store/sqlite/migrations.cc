#include "store/sqlite/migrations.h"

#include <sodium.h>

#include <map>

#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

struct AppliedMigration {
  std::string name;
  std::string checksum;
};

Result<std::map<int, AppliedMigration>> ReadApplied(Connection& connection) {
  {
    ASSIGN_OR_RETURN(Query create, connection.Prepare(sql::kCreateMigrationsTable));
    RETURN_IF_ERROR(create.Run("create the migrations table"));
  }
  std::map<int, AppliedMigration> applied;
  ASSIGN_OR_RETURN(Query query, connection.Prepare(sql::kSelectMigrations));
  while (true) {
    ASSIGN_OR_RETURN(bool row, query.Step("read the applied migrations"));
    if (!row) break;
    applied[static_cast<int>(query.Int64(0))] = {query.Text(1), query.Text(2)};
  }
  return applied;
}

Status RunStatement(Connection& connection, const char* statement, std::string_view what) {
  ASSIGN_OR_RETURN(Query query, connection.Prepare(statement));
  return query.Run(what);
}

// Checks `migration` against the database and applies it when missing, inside the open transaction. Returns
// whether it applied it.
Result<bool> CheckAndApply(Connection& connection, std::span<const EmbeddedMigration> migrations,
                           const EmbeddedMigration& migration) {
  ASSIGN_OR_RETURN(auto applied, ReadApplied(connection));
  for (const auto& [version, record] : applied) {
    bool known = false;
    for (const EmbeddedMigration& m : migrations) known = known || m.version == version;
    if (!known) {
      return Error::FailedPrecondition(
          "The database has migration " + record.name +
          ", which this boardroom does not know: it was migrated by a newer version.");
    }
  }
  std::string checksum = Sha256Hex(migration.sql);
  auto it = applied.find(migration.version);
  if (it != applied.end()) {
    if (it->second.checksum != checksum) {
      return Error::FailedPrecondition(std::string("Migration ") + migration.name +
                                       " has changed since it was applied to this database (checksum " +
                                       it->second.checksum + ", now " + checksum + "); refusing to open it.");
    }
    return false;
  }
  RETURN_IF_ERROR(connection.ExecScript(migration.sql, std::string("apply migration ") + migration.name));
  ASSIGN_OR_RETURN(Query record, connection.Prepare(sql::kInsertMigration));
  RETURN_IF_ERROR(record.Bind(":version", static_cast<int64_t>(migration.version))
                      .Bind(":name", migration.name)
                      .Bind(":checksum", checksum)
                      .Run("record a migration"));
  return true;
}

}  // namespace

std::string Sha256Hex(std::string_view text) {
  if (sodium_init() < 0) return {};
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

Result<int> ApplyMigrations(Connection& connection, std::span<const EmbeddedMigration> migrations) {
  for (size_t i = 1; i < migrations.size(); ++i) {
    if (migrations[i].version <= migrations[i - 1].version) {
      return Error::InvalidArgument(std::string("Migration ") + migrations[i].name +
                                    " is out of order or repeats a version number.");
    }
  }
  int count = 0;
  // Each migration is checked and applied under the write lock, so two processes opening one file at once do
  // not both apply it.
  for (const EmbeddedMigration& migration : migrations) {
    RETURN_IF_ERROR(RunStatement(connection, sql::kBeginImmediate, "begin a migration"));
    Result<bool> applied = CheckAndApply(connection, migrations, migration);
    Status done =
        applied.ok() ? RunStatement(connection, sql::kCommit, "commit a migration") : applied.error();
    if (!done.ok()) {
      (void)RunStatement(connection, sql::kRollback, "roll back a migration");
      return std::move(done).error();
    }
    if (*applied) ++count;
  }
  return count;
}

}  // namespace boardroom::store::sqlite
