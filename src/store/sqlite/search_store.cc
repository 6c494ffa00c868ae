#include "store/sqlite/search_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>

#include "store/sqlite/search_statements.h"
#include "store/sqlite/sqlite_store_internal.h"

namespace boardroom::store::sqlite {
namespace {

bool HasWordCharacter(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
  });
}

// `term` as an FTS5 string, with a trailing * for a prefix.
std::string Quote(const SearchTerm& term) {
  std::string out = "\"";
  for (char c : term.text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  if (term.prefix) out += " *";
  return out;
}

// The terms of `group` that hold a word, joined with OR (bracketed when more than one); "" when none.
std::string RenderGroup(const std::vector<SearchTerm>& group) {
  std::vector<std::string> parts;
  for (const SearchTerm& term : group) {
    if (HasWordCharacter(term.text)) parts.push_back(Quote(term));
  }
  if (parts.empty()) return "";
  if (parts.size() == 1) return parts[0];
  std::string out = "(";
  for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : " OR ") + parts[i];
  return out + ")";
}

// Progress handler: stops the statement once the deadline has passed.
int StopAfterDeadline(void* deadline) {
  return std::chrono::steady_clock::now() > *static_cast<std::chrono::steady_clock::time_point*>(deadline)
             ? 1
             : 0;
}

// Installs the time budget on a connection for as long as it lives.
class BudgetGuard {
 public:
  BudgetGuard(sqlite3* db, std::chrono::milliseconds budget)
      : db_(db), deadline_(std::chrono::steady_clock::now() + budget) {
    sqlite3_progress_handler(db_, 1000, StopAfterDeadline, &deadline_);
  }
  ~BudgetGuard() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }
  BudgetGuard(const BudgetGuard&) = delete;
  BudgetGuard& operator=(const BudgetGuard&) = delete;
  bool expired() const { return std::chrono::steady_clock::now() > deadline_; }

 private:
  sqlite3* db_;
  std::chrono::steady_clock::time_point deadline_;
};

void BindFilters(Query& q, const std::string& match, const SearchQuery& query, const Viewer& viewer) {
  BindViewer(q, viewer);
  q.Bind(":match", match);
  if (query.kind) {
    q.Bind(":kind", Name(*query.kind));
  } else {
    q.BindNull(":kind");
  }
  q.Bind(":body", query.body).Bind(":status", query.status).Bind(":owner", query.owner);
  q.Bind(":from", query.from).Bind(":before", query.before);
}

std::vector<FacetCount> Sorted(const std::map<std::string, int64_t>& counts, bool newest_first) {
  std::vector<FacetCount> out;
  for (const auto& [value, count] : counts) out.push_back({value, count});
  if (newest_first) {
    std::sort(out.begin(), out.end(),
              [](const FacetCount& a, const FacetCount& b) { return a.value > b.value; });
  } else {
    std::stable_sort(out.begin(), out.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  }
  return out;
}

}  // namespace

Result<std::string> RenderFts5(const SearchQuery& query) {
  std::string out;
  for (const auto& group : query.all_of) {
    std::string part = RenderGroup(group);
    if (part.empty()) continue;
    out += (out.empty() ? "" : " AND ") + part;
  }
  if (out.empty()) {
    return Error::InvalidArgument("Type at least one word to search for.", "q");
  }
  std::string excluded = RenderGroup(query.none_of);
  if (!excluded.empty()) out = "(" + out + ") NOT " + excluded;
  return out;
}

Result<SearchResults> SqliteSearchStore::Search(const SearchQuery& query, const Viewer& viewer) {
  if (query.limit < 1 || query.limit > 100) {
    return Error::InvalidArgument("Ask for between 1 and 100 results a page.", "q");
  }
  if (query.offset < 0 || query.offset > 10000) {
    return Error::InvalidArgument("Only the first 10,000 results can be paged through; narrow the search.",
                                  "q");
  }
  ASSIGN_OR_RETURN(std::string match, RenderFts5(query));
  BudgetGuard budget(db_.handle(), budget_);
  auto timed_out = [&](Error error) -> Error {
    if (budget.expired()) {
      return Error::Unavailable("The search took too long; add words or filters to narrow it.");
    }
    return error;
  };

  SearchResults results;
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSearchHits));
    BindFilters(q, match, query, viewer);
    q.Bind(":limit", query.limit).Bind(":offset", query.offset);
    while (true) {
      Result<bool> row = q.Step("search");
      if (!row.ok()) return timed_out(std::move(row).error());
      if (!row.value()) break;
      SearchHit hit;
      ASSIGN_OR_RETURN(hit.kind, ParseSearchKind(q.Text(0)));
      hit.id = q.Int64(1);
      hit.paper_id = q.OptionalIdAt<PaperId>(2);
      hit.action_id = q.OptionalIdAt<ActionId>(3);
      hit.title = q.Text(4);
      hit.snippet = q.Text(5);
      hit.number = q.Text(6);
      if (!q.IsNull(7)) {
        Result<Date> date = Date::ParseIso(q.Text(7));
        if (date.ok()) hit.date = date.value();
      }
      hit.status = q.Text(8);
      hit.owner = q.Text(9);
      hit.body_short_name = q.Text(10);
      hit.paper_title = q.Text(11);
      hit.agenda_item = q.Text(12);
      hit.score = static_cast<double>(q.Int64(13)) / 1e6;
      results.hits.push_back(std::move(hit));
    }
  }
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSearchFacets));
    BindFilters(q, match, query, viewer);
    std::map<std::string, int64_t> kinds, bodies, years, statuses;
    while (true) {
      Result<bool> row = q.Step("count search facets");
      if (!row.ok()) return timed_out(std::move(row).error());
      if (!row.value()) break;
      int64_t n = q.Int64(4);
      results.total += n;
      kinds[q.Text(0)] += n;
      bodies[q.Text(1)] += n;
      if (!q.Text(2).empty()) years[q.Text(2)] += n;
      if (!q.Text(3).empty()) statuses[q.Text(3)] += n;
    }
    results.kinds = Sorted(kinds, false);
    results.bodies = Sorted(bodies, false);
    results.years = Sorted(years, true);
    results.statuses = Sorted(statuses, false);
  }
  return results;
}

}  // namespace boardroom::store::sqlite
