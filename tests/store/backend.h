// The seam between the store contract suite and a store backend. The suite (store_contract_test.cc) is
// written once against store::Store; each backend supplies a StoreBackend that makes a throwaway database for
// one test and answers the few questions the interface itself cannot (migrations, the backend's own
// statements). SQLite is sqlite_backend.cc; PostgreSQL joins by adding its own factory to kBackends in
// store_contract_test.cc.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "core/result.h"
#include "store/store.h"

namespace boardroom::store::testing {

class StoreBackend {
 public:
  virtual ~StoreBackend() = default;

  // Opens the test's database (created empty for this test, removed when the backend is destroyed), applying
  // migrations as a real start-up does. May be called several times: each call is a further, independent
  // handle on the same database (as a second process would have).
  virtual Result<std::unique_ptr<Store>> Open() = 0;
  // Applies the migrations the test's database lacks and returns how many (`boardroom migrate`).
  virtual Result<int> Migrate() = 0;
  // How many migrations this backend has.
  virtual int MigrationCount() const = 0;
  // Changes the checksum recorded for the first applied migration, as if its file had been edited after it
  // ran. REQUIRES: the database has been migrated and no Store is open on it.
  virtual Status TamperWithAppliedMigration() = 0;
  // Prepares every named statement of the backend against the migrated database; the first failure is
  // returned, naming the statement.
  virtual Status PrepareEveryStatement() = 0;
};

// Makes a fresh backend (and so a fresh database) for one test.
struct BackendFactory {
  std::string name;
  std::function<std::unique_ptr<StoreBackend>()> make;
};

// Names the backend in test output.
inline void PrintTo(const BackendFactory& factory, std::ostream* os) {
  *os << factory.name;
}

// The SQLite backend, on a file in a new temporary directory.
std::unique_ptr<StoreBackend> MakeSqliteBackend();

}  // namespace boardroom::store::testing
