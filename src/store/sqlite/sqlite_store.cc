// The SQLite Store: a small pool of connections, one per open transaction, and the Transaction that hands out
// the aggregate stores over its connection.
#include "store/sqlite/sqlite_store.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <utility>
#include <vector>

#include "store/sqlite/connection.h"
#include "store/sqlite/inspection_store.h"
#include "store/sqlite/meeting_record_store.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/plan_store.h"
#include "store/sqlite/search_store.h"
#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store {
namespace sqlite {

Status CheckPage(const Page& page) {
  if (page.limit < 1 || page.limit > Page::kMaxLimit) {
    return Error::InvalidArgument(
        "The page limit must be between 1 and " + std::to_string(Page::kMaxLimit) + ".", "limit");
  }
  if (page.offset < 0) return Error::InvalidArgument("The page offset must not be negative.", "offset");
  return OkStatus();
}

void BindPage(Query& query, const Page& page) {
  query.Bind(":limit", page.limit).Bind(":offset", page.offset);
}

namespace {

// A JSON array of body ids, "[3,7]", bound as one text parameter and read in SQL with json_each.
std::string BodyIdArray(const std::vector<BodyId>& bodies) {
  std::string json = "[";
  for (size_t i = 0; i < bodies.size(); ++i) {
    if (i > 0) json += ',';
    json += std::to_string(bodies[i].value);
  }
  return json + "]";
}

}  // namespace

void BindViewer(Query& query, const Viewer& viewer) {
  query.Bind(":sees_unpublished", viewer.sees_unpublished)
      .Bind(":sees_sensitive", viewer.sees_sensitive)
      .Bind(":unpublished_bodies", BodyIdArray(viewer.unpublished_bodies))
      .Bind(":sensitive_bodies", BodyIdArray(viewer.sensitive_bodies));
}

void BindActionViewer(Query& query, const Viewer& viewer) {
  query.Bind(":sees_sensitive", viewer.sees_sensitive)
      .Bind(":sensitive_bodies", BodyIdArray(viewer.sensitive_bodies));
}

namespace {

Status RunStatement(Connection& connection, const char* statement, std::string_view what) {
  ASSIGN_OR_RETURN(Query query, connection.Prepare(statement));
  return query.Run(what);
}

class SqliteStore;

class SqliteTransaction final : public Transaction {
 public:
  SqliteTransaction(SqliteStore* store, std::unique_ptr<Connection> connection, Access access)
      : store_(store),
        connection_(std::move(connection)),
        access_(access),
        organisations_(*connection_),
        bodies_(*connection_),
        meetings_(*connection_),
        papers_(*connection_),
        actions_(*connection_),
        documents_(*connection_),
        audit_(*connection_),
        accounts_(*connection_) {}
  ~SqliteTransaction() override;

  Status Commit() override;

  OrganisationStore& organisations() override { return organisations_; }
  BodyStore& bodies() override { return bodies_; }
  MeetingStore& meetings() override { return meetings_; }
  PaperStore& papers() override { return papers_; }
  ActionStore& actions() override { return actions_; }
  DocumentStore& documents() override { return documents_; }
  AuditStore& audit() override { return audit_; }
  SearchStore& search() override { return search_; }
  AccountStore& accounts() override { return accounts_; }
  MeetingRecordStore& meeting_records() override { return meeting_records_; }
  InspectionStore& inspections() override { return inspections_; }
  PlanStore& plans() override { return plans_; }

 private:
  SqliteStore* store_;
  std::unique_ptr<Connection> connection_;
  Access access_;
  bool committed_ = false;
  SqliteOrganisationStore organisations_;
  SqliteBodyStore bodies_;
  SqliteMeetingStore meetings_;
  SqlitePaperStore papers_;
  SqliteActionStore actions_;
  SqliteDocumentStore documents_;
  SqliteAuditStore audit_;
  SqliteSearchStore search_{*connection_};
  SqliteAccountStore accounts_;
  SqliteMeetingRecordStore meeting_records_{*connection_};
  SqliteInspectionStore inspections_{*connection_};
  SqlitePlanStore plans_{*connection_};
};

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, const SqliteOptions& options, std::unique_ptr<Connection> first)
      : path_(std::move(path)),
        options_(options),
        max_connections_(path_ == ":memory:" ? 1 : std::max(1, options.max_connections)),
        open_(1) {
    idle_.push_back(std::move(first));
  }

  Result<std::unique_ptr<Transaction>> Begin(Access access) override {
    ASSIGN_OR_RETURN(std::unique_ptr<Connection> connection, Acquire());
    Status begun = OkStatus();
    if (access == Access::kReadOnly) {
      begun = RunStatement(*connection, sql::kQueryOnlyOn, "make the transaction read-only");
      if (begun.ok()) begun = RunStatement(*connection, sql::kBeginDeferred, "begin a read transaction");
    } else {
      begun = RunStatement(*connection, sql::kBeginImmediate, "begin a write transaction");
    }
    if (!begun.ok()) {
      (void)RunStatement(*connection, sql::kQueryOnlyOff, "end read-only mode");
      Release(std::move(connection));
      return std::move(begun).error();
    }
    return std::unique_ptr<Transaction>(new SqliteTransaction(this, std::move(connection), access));
  }

  uint64_t CommitCount() const override { return commits_.load(std::memory_order_acquire); }

  // Called by a read-write transaction that has committed.
  void CountCommit() { commits_.fetch_add(1, std::memory_order_acq_rel); }

  // Takes back a connection whose transaction has ended; a connection left inside a transaction is closed.
  void Release(std::unique_ptr<Connection> connection) {
    bool reusable = sqlite3_get_autocommit(connection->handle()) != 0;
    if (!reusable) connection.reset();
    {
      std::lock_guard lock(mu_);
      if (reusable) {
        idle_.push_back(std::move(connection));
      } else {
        --open_;
      }
    }
    cv_.notify_one();
  }

 private:
  Result<std::unique_ptr<Connection>> Acquire() {
    std::unique_lock lock(mu_);
    bool ready = cv_.wait_for(lock, std::chrono::milliseconds(options_.busy_timeout_ms),
                              [&] { return !idle_.empty() || open_ < max_connections_; });
    if (!ready) return Error::Unavailable("Every database connection is in use; try again.");
    if (!idle_.empty()) {
      std::unique_ptr<Connection> connection = std::move(idle_.back());
      idle_.pop_back();
      return connection;
    }
    ++open_;
    lock.unlock();
    Result<std::unique_ptr<Connection>> opened = Connection::Open(
        path_, {.busy_timeout_ms = options_.busy_timeout_ms, .mmap_size = options_.mmap_size});
    if (!opened.ok()) {
      {
        std::lock_guard relock(mu_);
        --open_;
      }
      cv_.notify_one();
    }
    return opened;
  }

  std::string path_;
  SqliteOptions options_;
  int max_connections_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> idle_;  // guarded by mu_
  int open_;                                       // guarded by mu_: idle plus in use
  std::atomic<uint64_t> commits_{0};
};

Status SqliteTransaction::Commit() {
  assert(!committed_);
  RETURN_IF_ERROR(RunStatement(*connection_, sql::kCommit, "commit the transaction"));
  committed_ = true;
  if (access_ == Access::kReadWrite) store_->CountCommit();
  return OkStatus();
}

SqliteTransaction::~SqliteTransaction() {
  if (!committed_) (void)RunStatement(*connection_, sql::kRollback, "roll back the transaction");
  if (access_ == Access::kReadOnly)
    (void)RunStatement(*connection_, sql::kQueryOnlyOff, "end read-only mode");
  store_->Release(std::move(connection_));
}

}  // namespace
}  // namespace sqlite

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const SqliteOptions& options) {
  ASSIGN_OR_RETURN(std::unique_ptr<sqlite::Connection> connection,
                   sqlite::Connection::Open(
                       path, {.busy_timeout_ms = options.busy_timeout_ms, .mmap_size = options.mmap_size}));
  RETURN_IF_ERROR(sqlite::ApplyMigrations(*connection, sqlite::EmbeddedMigrations()));
  return std::unique_ptr<Store>(new sqlite::SqliteStore(path, options, std::move(connection)));
}

Result<int> MigrateSqlite(const std::string& path) {
  ASSIGN_OR_RETURN(std::unique_ptr<sqlite::Connection> connection, sqlite::Connection::Open(path, {}));
  return sqlite::ApplyMigrations(*connection, sqlite::EmbeddedMigrations());
}

}  // namespace boardroom::store
