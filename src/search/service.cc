#include "search/service.h"

#include "search/query.h"

namespace boardroom::search {
namespace {

nlohmann::json FacetJson(const std::vector<store::FacetCount>& facets) {
  nlohmann::json out = nlohmann::json::array();
  for (const store::FacetCount& f : facets) out.push_back({{"value", f.value}, {"count", f.count}});
  return out;
}

}  // namespace

Result<store::SearchResults> RunSearch(store::Store& store, std::string_view text, int64_t page,
                                       const store::Viewer& viewer) {
  if (page < 1 || page > 500) return Error::InvalidArgument("The page must be between 1 and 500.", "q");
  ASSIGN_OR_RETURN(store::SearchQuery query, ParseQuery(text));
  query.limit = kPageSize;
  query.offset = (page - 1) * kPageSize;
  ASSIGN_OR_RETURN(auto tx, store.Begin(store::Access::kReadOnly));
  return tx->search().Search(query, viewer);
}

nlohmann::json ResultsJson(std::string_view text, int64_t page, const store::SearchResults& results) {
  nlohmann::json hits = nlohmann::json::array();
  for (const store::SearchHit& hit : results.hits) {
    hits.push_back({
        {"kind", std::string(store::Name(hit.kind))},
        {"id", hit.id},
        {"citation", Citation(hit)},
        {"link", HitLink(hit)},
        {"title", MarkedToText(hit.title)},
        {"title_html", MarkedToHtml(hit.title)},
        {"paper_title", hit.paper_title},
        {"snippet", MarkedToText(hit.snippet)},
        {"snippet_html", MarkedToHtml(hit.snippet)},
        {"body", hit.body_short_name},
        {"date", hit.date ? nlohmann::json(hit.date->ToIso()) : nlohmann::json(nullptr)},
        {"status", hit.status},
        {"owner", hit.owner},
    });
  }
  return {
      {"query", std::string(text)},
      {"page", page},
      {"page_size", kPageSize},
      {"total", results.total},
      {"partial", results.partial},
      {"hits", std::move(hits)},
      {"facets",
       {{"body", FacetJson(results.bodies)},
        {"kind", FacetJson(results.kinds)},
        {"year", FacetJson(results.years)},
        {"status", FacetJson(results.statuses)}}},
  };
}

Result<std::vector<store::Acronym>> GlossaryFor(store::Store& store, std::string_view text,
                                                const store::Viewer& viewer) {
  std::string words;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty() || word == "OR" || word.front() == '-' || word.find(':') != std::string_view::npos)
      continue;
    words += (words.empty() ? "" : " ") + std::string(word);
  }
  std::string cleaned;
  for (char c : words) {
    if (c != '"' && c != '*') cleaned += c;
  }
  if (cleaned.empty()) return std::vector<store::Acronym>();
  ASSIGN_OR_RETURN(auto tx, store.Begin(store::Access::kReadOnly));
  return tx->inspections().ListAcronyms({.for_query = cleaned}, viewer, {.limit = 10, .offset = 0});
}

nlohmann::json GlossaryJson(const std::vector<store::Acronym>& acronyms) {
  nlohmann::json out = nlohmann::json::array();
  for (const store::Acronym& a : acronyms) {
    out.push_back({{"short", a.short_form},
                   {"long", a.long_form},
                   {"body_id", a.body_id.value},
                   {"paper_id", a.paper_id.value}});
  }
  return out;
}

}  // namespace boardroom::search
