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
using AppliedMigrations = std::map<int, AppliedMigration>;

Status RunStatement(Connection& connection, const char* statement, std::string_view what) {
  ASSIGN_OR_RETURN(Query query, connection.Prepare(statement));
  return query.Run(what);
}

// The migrations the database records (none when it has no schema_migrations table yet), checked against
// `migrations`: kFailedPrecondition when one is unknown here or its checksum differs from its text here.
Result<AppliedMigrations> ReadAndCheckApplied(Connection& connection,
                                              std::span<const EmbeddedMigration> migrations) {
  AppliedMigrations applied;
  {
    ASSIGN_OR_RETURN(Query exists, connection.Prepare(sql::kMigrationsTableExists));
    ASSIGN_OR_RETURN(bool row, exists.Step("look for the migrations table"));
    if (!row || exists.Int64(0) == 0) return applied;
  }
  ASSIGN_OR_RETURN(Query query, connection.Prepare(sql::kSelectMigrations));
  while (true) {
    ASSIGN_OR_RETURN(bool row, query.Step("read the applied migrations"));
    if (!row) break;
    applied[static_cast<int>(query.Int64(0))] = {query.Text(1), query.Text(2)};
  }
  for (const auto& [version, record] : applied) {
    const EmbeddedMigration* known = nullptr;
    for (const EmbeddedMigration& m : migrations) {
      if (m.version == version) known = &m;
    }
    if (known == nullptr) {
      return Error::FailedPrecondition(
          "The database has migration " + record.name +
          ", which this boardroom does not know: it was migrated by a newer version.");
    }
    std::string checksum = Sha256Hex(known->sql);
    if (record.checksum != checksum) {
      return Error::FailedPrecondition(std::string("Migration ") + known->name +
                                       " has changed since it was applied to this database (checksum " +
                                       record.checksum + ", now " + checksum + "); refusing to open it.");
    }
  }
  return applied;
}

// Applies `migration` unless the database has it, inside the open write transaction. Returns whether it
// applied it.
Result<bool> CheckAndApply(Connection& connection, std::span<const EmbeddedMigration> migrations,
                           const EmbeddedMigration& migration) {
  RETURN_IF_ERROR(RunStatement(connection, sql::kCreateMigrationsTable, "create the migrations table"));
  ASSIGN_OR_RETURN(auto applied, ReadAndCheckApplied(connection, migrations));
  if (applied.count(migration.version) > 0) return false;
  RETURN_IF_ERROR(connection.ExecScript(migration.sql, std::string("apply migration ") + migration.name));
  ASSIGN_OR_RETURN(Query record, connection.Prepare(sql::kInsertMigration));
  RETURN_IF_ERROR(record.Bind(":version", static_cast<int64_t>(migration.version))
                      .Bind(":name", migration.name)
                      .Bind(":checksum", Sha256Hex(migration.sql))
                      .Run("record a migration"));
  return true;
}

// Runs `body` inside a transaction begun with `begin`, committing when it succeeds and rolling back when not.
template <typename T, typename Body>
Result<T> InTransaction(Connection& connection, const char* begin, Body body) {
  RETURN_IF_ERROR(RunStatement(connection, begin, "begin a migration"));
  Result<T> result = body();
  Status done = result.ok() ? RunStatement(connection, sql::kCommit, "commit a migration") : result.error();
  if (!done.ok()) {
    (void)RunStatement(connection, sql::kRollback, "roll back a migration");
    return std::move(done).error();
  }
  return result;
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
  // The usual case, an up-to-date database, is checked under a read lock only, so opening never waits for a
  // writer.
  ASSIGN_OR_RETURN(auto applied, InTransaction<AppliedMigrations>(connection, sql::kBeginDeferred, [&] {
                     return ReadAndCheckApplied(connection, migrations);
                   }));
  if (applied.size() == migrations.size()) return 0;
  // Otherwise each migration is checked again and applied under the write lock, so two processes opening one
  // file at once do not both apply it.
  int count = 0;
  for (const EmbeddedMigration& migration : migrations) {
    ASSIGN_OR_RETURN(bool applied_now, InTransaction<bool>(connection, sql::kBeginImmediate, [&] {
                       return CheckAndApply(connection, migrations, migration);
                     }));
    if (applied_now) ++count;
  }
  return count;
}

}  // namespace boardroom::store::sqlite
