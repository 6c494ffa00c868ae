// The SQLite backend of the store (store/store.h): an embedded database file in WAL mode, opened with its
// schema migrated to the latest version. Only cli (start-up wiring) and tests should include this header;
// everything else works through store::Store.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/result.h"
#include "store/store.h"

namespace boardroom::store {

struct SqliteOptions {
  // How long a writer waits for another writer's lock, and Begin() waits for a free connection, before
  // kUnavailable.
  int busy_timeout_ms = 5000;
  // Bytes of the file SQLite may memory-map for reading.
  int64_t mmap_size = 256LL * 1024 * 1024;
  // Connections kept open at most (one per concurrent transaction). An in-memory database has exactly one.
  int max_connections = 8;
};

// Opens (creating if missing) the database at `path`, or a private in-memory database for ":memory:", and
// applies any migrations it lacks, each in its own transaction. Errors: kFailedPrecondition when a migration
// already applied has changed since (its checksum differs) or the database was migrated by a newer boardroom;
// kUnavailable when the file is locked; kInternal when it cannot be opened or is not a database.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const SqliteOptions& options = {});

// Applies the migrations the database at `path` lacks and returns how many it applied (0 when up to date).
// The same errors as OpenSqliteStore. This is `boardroom migrate`.
Result<int> MigrateSqlite(const std::string& path);

}  // namespace boardroom::store
