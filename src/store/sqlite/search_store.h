// The SQLite backend of store::SearchStore (store/search_store.h): renders a SearchQuery into a quoted FTS5
// expression and runs it over search_index (migrations/0004_search_titles.sql) with a time budget. Internal
// to store/sqlite.
#pragma once

#include <chrono>
#include <string>

#include "core/result.h"
#include "store/search_store.h"
#include "store/sqlite/connection.h"
#include "store/store.h"

namespace boardroom::store::sqlite {

// The FTS5 expression for `query`'s terms: every term is an FTS5 string ("..." with embedded quotes doubled),
// a prefix term is followed by *, a group of alternatives is joined with OR, groups with AND, and exclusions
// follow NOT. Terms with no letters or digits are left out. kInvalidArgument (field "q") when nothing is left
// to look for.
Result<std::string> RenderFts5(const SearchQuery& query);

class SqliteSearchStore final : public SearchStore {
 public:
  static constexpr std::chrono::microseconds kDefaultBudget{5000};
  static constexpr int64_t kDefaultMaxRanked = 100;

  // A search ranks at most `max_ranked` matches (the newest) and spends at most `budget` of CPU time looking
  // for them; past either it answers with what it found, marked partial (SearchResults::partial).
  explicit SqliteSearchStore(Connection& connection, std::chrono::microseconds budget = kDefaultBudget,
                             int64_t max_ranked = kDefaultMaxRanked)
      : db_(connection), budget_(budget), max_ranked_(max_ranked) {}
  Result<SearchResults> Search(const SearchQuery& query, const Viewer& viewer) override;

 private:
  Connection& db_;
  std::chrono::microseconds budget_;
  int64_t max_ranked_;
};

}  // namespace boardroom::store::sqlite
