#include "store/sqlite/search_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <memory>
#include <optional>

#include "store/sqlite/plan_statements.h"
#include "store/sqlite/plan_store.h"
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

// CPU time this thread has used, in nanoseconds. The budget counts work, not waiting: a search that is
// descheduled on a busy machine is not cut short for it.
int64_t ThreadCpuNanos() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Progress handler: stops the statement once the thread has spent its budget.
int StopAfterBudget(void* deadline) {
  return ThreadCpuNanos() > *static_cast<int64_t*>(deadline) ? 1 : 0;
}

// Installs the time budget on a connection for as long as it lives.
class BudgetGuard {
 public:
  BudgetGuard(sqlite3* db, std::chrono::microseconds budget)
      : db_(db), deadline_(ThreadCpuNanos() + budget.count() * 1000) {
    sqlite3_progress_handler(db_, 1000, StopAfterBudget, &deadline_);
  }
  ~BudgetGuard() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }
  BudgetGuard(const BudgetGuard&) = delete;
  BudgetGuard& operator=(const BudgetGuard&) = delete;
  bool expired() const { return ThreadCpuNanos() > deadline_; }

 private:
  sqlite3* db_;
  int64_t deadline_;  // ThreadCpuNanos() past which the statement stops
};

// ---- br_rank: BM25 with a bounded document frequency
//
// FTS5's own bm25() learns each phrase's document frequency by walking the phrase's whole doclist once a
// query: for a word in a third of a million paragraphs that walk alone costs tens of milliseconds, whatever
// LIMIT the query has. br_rank(search_index, weight...) scores a row as bm25() does (k1 = 1.2, b = 0.75,
// column weights, the row's length against the average), with two differences: it stops counting a phrase's
// documents at kDfCap, so every phrase at least that common gets the same, small, inverse document frequency
// (what such a word deserves) and the count costs at most kDfCap steps; and the inverse document frequency is
// Lucene's log(1 + (N - n + 0.5) / (n + 0.5)), which stays positive where bm25()'s drops to a constant 1e-6.
// Lower is better, as with bm25().

constexpr int64_t kDfCap = 2000;

struct RankData {
  std::vector<double> idf;  // per phrase
  double average_length = 1;
};

int CountUpTo(const Fts5ExtensionApi*, Fts5Context*, void* count) {
  return ++*static_cast<int64_t*>(count) >= kDfCap ? SQLITE_DONE : SQLITE_OK;
}

RankData* LoadRankData(const Fts5ExtensionApi* api, Fts5Context* fts, int* rc) {
  auto* data = static_cast<RankData*>(api->xGetAuxdata(fts, 0));
  if (data != nullptr) return data;
  auto owned = std::make_unique<RankData>();
  sqlite3_int64 rows = 0, tokens = 0;
  *rc = api->xRowCount(fts, &rows);
  if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (*rc != SQLITE_OK) return nullptr;
  owned->average_length = rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1;
  for (int phrase = 0; phrase < api->xPhraseCount(fts); ++phrase) {
    int64_t hits = 0;
    *rc = api->xQueryPhrase(fts, phrase, &hits, CountUpTo);
    if (*rc != SQLITE_OK) return nullptr;
    // Lucene's form of the BM25 weight, never zero or negative: a word in every row still counts a little,
    // so in a small store (or for a word in most rows) term frequency and columns still order the hits.
    owned->idf.push_back(std::log(1 + (static_cast<double>(rows) - static_cast<double>(hits) + 0.5) /
                                          (static_cast<double>(hits) + 0.5)));
  }
  data = owned.release();
  *rc = api->xSetAuxdata(fts, data, [](void* p) { delete static_cast<RankData*>(p); });
  return *rc == SQLITE_OK ? data : nullptr;
}

void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int count,
          sqlite3_value** values) {
  int rc = SQLITE_OK;
  RankData* data = LoadRankData(api, fts, &rc);
  if (data == nullptr) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  std::vector<double> frequency(data->idf.size(), 0.0);
  int instances = 0;
  rc = api->xInstCount(fts, &instances);
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc != SQLITE_OK || phrase < 0 || static_cast<size_t>(phrase) >= frequency.size()) continue;
    frequency[static_cast<size_t>(phrase)] += column < count ? sqlite3_value_double(values[column]) : 1.0;
  }
  int length = 0;
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &length);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  constexpr double kK1 = 1.2, kB = 0.75;
  double norm = kK1 * (1 - kB + kB * static_cast<double>(length) / data->average_length);
  double score = 0;
  for (size_t p = 0; p < frequency.size(); ++p) {
    score += data->idf[p] * frequency[p] * (kK1 + 1) / (frequency[p] + norm);
  }
  sqlite3_result_double(context, -score);
}

// Registers br_rank on the connection (FTS5 functions are registered through its fts5_api, per connection).
Status RegisterRank(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
    return Error::Internal(std::string("search: no FTS5 API: ") + sqlite3_errmsg(db));
  }
  sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(statement);
  sqlite3_finalize(statement);
  if (api == nullptr || api->xCreateFunction(api, "br_rank", nullptr, Rank, nullptr) != SQLITE_OK) {
    return Error::Internal("search: cannot register br_rank");
  }
  return OkStatus();
}

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

// The ids of the themes `theme:` names, as a JSON array for :themes; nullopt without the filter. An unknown
// theme is a mistake the person can put right (kInvalidArgument, field "q"), with the names there are.
Result<std::optional<std::string>> ThemeIds(Connection& db, const std::optional<std::string>& theme) {
  if (!theme) return std::optional<std::string>();
  ASSIGN_OR_RETURN(std::vector<Theme> themes, SqlitePlanStore(db).FindThemes(*theme));
  if (themes.empty()) {
    ASSIGN_OR_RETURN(Query q, db.Prepare(sql::kListThemeSlugs));
    ASSIGN_OR_RETURN(std::vector<std::string> slugs,
                     ReadAll<std::string>(q, "list themes",
                                          [](Query& row) -> Result<std::string> { return row.Text(0); }));
    std::string known;
    for (const std::string& slug : slugs) known += (known.empty() ? "" : ", ") + std::string("theme:") + slug;
    return Error::InvalidArgument("No theme is called \"" + *theme + "\". " +
                                      (known.empty() ? "No plan has themes yet." : "Try " + known + "."),
                                  "q");
  }
  std::string ids = "[";
  for (const Theme& t : themes) ids += (ids.size() > 1 ? "," : "") + std::to_string(t.id.value);
  return std::optional<std::string>(ids + "]");
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
  ASSIGN_OR_RETURN(std::optional<std::string> themes, ThemeIds(db_, query.theme));

  // 1. Candidates, newest first, at most max_ranked_, within the time budget. Each is scored and counted in
  // the facets here; a budget that runs out keeps what was found and marks the results partial.
  struct Candidate {
    int64_t rowid;
    int64_t score;
  };
  std::vector<Candidate> candidates;
  std::map<std::string, int64_t> kinds, years, statuses;
  std::map<int64_t, int64_t> body_ids;
  SearchResults results;
  {
    BudgetGuard budget(db_.handle(), budget_);
    // br_rank is registered on a connection the first time it searches: the statement that uses it is then
    // prepared and cached by the connection, so later searches never get here.
    auto prepare = [this]() -> Result<Query> {
      {
        Result<Query> first = db_.Prepare(sql::kSearchCandidates);
        if (first.ok()) return first;
      }
      RETURN_IF_ERROR(RegisterRank(db_.handle()));
      return db_.Prepare(sql::kSearchCandidates);
    };
    ASSIGN_OR_RETURN(Query q, prepare());
    BindFilters(q, match, query, viewer);
    q.Bind(":themes", themes);
    q.Bind(":cap", max_ranked_ + 1);  // one more than is ranked, to know whether there are more
    while (true) {
      Result<bool> row = q.Step("search");
      if (!row.ok()) {
        if (!budget.expired()) return std::move(row).error();
        results.partial = true;
        break;
      }
      if (!row.value()) break;
      if (static_cast<int64_t>(candidates.size()) == max_ranked_) {
        results.partial = true;
        break;
      }
      candidates.push_back({q.Int64(0), q.Int64(1)});
      ++kinds[q.Text(2)];
      ++body_ids[q.Int64(3)];
      std::string year = q.Text(4);
      if (!year.empty()) ++years[year];
      std::string status = q.Text(5);
      if (!status.empty()) ++statuses[status];
    }
  }
  results.total = static_cast<int64_t>(candidates.size());

  // 2. Rank: the page asked for, by score (lower is better), then rowid.
  auto better = [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score < b.score : a.rowid < b.rowid;
  };
  auto first = static_cast<size_t>(std::min<int64_t>(query.offset, results.total));
  auto last = static_cast<size_t>(std::min<int64_t>(query.offset + query.limit, results.total));
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(last),
                    candidates.end(), better);

  // 3. Only the page is shown, in one statement over the page's rowid range; hits are put back in rank order.
  if (first < last) {
    std::map<int64_t, size_t> place;  // rowid -> position on the page
    std::string rowids = "[";
    int64_t low = candidates[first].rowid, high = low;
    for (size_t i = first; i < last; ++i) {
      place[candidates[i].rowid] = i - first;
      if (i != first) rowids += ',';
      rowids += std::to_string(candidates[i].rowid);
      low = std::min(low, candidates[i].rowid);
      high = std::max(high, candidates[i].rowid);
    }
    rowids += "]";
    std::vector<std::optional<SearchHit>> page(last - first);
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSearchShow));
    q.Bind(":match", match).Bind(":low", low).Bind(":high", high).Bind(":rowids", rowids);
    while (true) {
      ASSIGN_OR_RETURN(bool row, q.Step("show search hits"));
      if (!row) break;
      auto at = place.find(q.Int64(0));
      if (at == place.end()) continue;
      SearchHit hit;
      ASSIGN_OR_RETURN(hit.kind, ParseSearchKind(q.Text(1)));
      hit.id = q.Int64(2);
      hit.paper_id = q.OptionalIdAt<PaperId>(3);
      hit.action_id = q.OptionalIdAt<ActionId>(4);
      hit.title = q.Text(5);
      hit.snippet = q.Text(6);
      hit.number = q.Text(7);
      if (!q.IsNull(8)) {
        Result<Date> date = Date::ParseIso(q.Text(8));
        if (date.ok()) hit.date = date.value();
      }
      hit.status = q.Text(9);
      hit.owner = q.Text(10);
      hit.body_short_name = q.Text(11);
      hit.paper_title = q.Text(12);
      hit.agenda_item = q.Text(13);
      if (!q.IsNull(14)) hit.inspection_id = q.Int64(14);
      hit.score = static_cast<double>(candidates[first + at->second].score) / 1e6;
      page[at->second] = std::move(hit);
    }
    for (auto& hit : page) {
      if (hit) results.hits.push_back(std::move(*hit));
    }
  }

  // 4. Facets; bodies by name (two bodies could share a short name, so counts are summed by name).
  std::map<std::string, int64_t> bodies;
  for (const auto& [body_id, count] : body_ids) {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSearchBodyName));
    q.Bind(":id", body_id);
    ASSIGN_OR_RETURN(bool found, q.Step("name a body"));
    bodies[found ? q.Text(0) : ""] += count;
  }
  results.kinds = Sorted(kinds, false);
  results.bodies = Sorted(bodies, false);
  results.years = Sorted(years, true);
  results.statuses = Sorted(statuses, false);
  return results;
}

}  // namespace boardroom::store::sqlite
