// `boardroom search`: runs one search against the database, as the public sees it, and prints the hits with
// their citations, after the glossary entries that explain the query (or the API's JSON with --json).
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "search/query.h"
#include "search/service.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::cli {

int RunSearch(const SearchOptions& options) {
  std::string text;
  for (const std::string& word : options.query) text += (text.empty() ? "" : " ") + word;
  Result<std::unique_ptr<store::Store>> store = store::OpenSqliteStore(options.db);
  if (!store.ok()) {
    std::fprintf(stderr, "boardroom: cannot open %s: %s\n", options.db.c_str(),
                 store.error().message.c_str());
    return kExitFailed;
  }
  Result<store::SearchResults> results =
      search::RunSearch(**store, text, options.page, store::Viewer::Public());
  if (!results.ok()) {
    std::fprintf(stderr, "boardroom: %s\n", results.error().message.c_str());
    return results.error().code == ErrorCode::kInvalidArgument ? kExitUsage : kExitFailed;
  }
  Result<std::vector<store::Acronym>> glossary = search::GlossaryFor(**store, text, store::Viewer::Public());
  if (!glossary.ok()) {
    std::fprintf(stderr, "boardroom: %s\n", glossary.error().message.c_str());
    return kExitFailed;
  }
  if (options.json) {
    nlohmann::json answer = search::ResultsJson(text, options.page, *results);
    answer["glossary"] = search::GlossaryJson(*glossary);
    std::cout << answer.dump(2) << "\n";
    return kExitOk;
  }
  for (const store::Acronym& a : *glossary) std::cout << a.short_form << ": " << a.long_form << "\n";
  for (const store::SearchHit& hit : results->hits) {
    std::cout << search::Citation(hit) << "  " << search::HitLink(hit) << "\n    "
              << search::MarkedToText(hit.snippet) << "\n";
  }
  if (results->partial) {
    std::cout << "at least " << results->total << " results (the newest ranked; add words or filters)\n";
  } else {
    std::cout << results->total << " results\n";
  }
  return kExitOk;
}

}  // namespace boardroom::cli
