// One search as every door (web page, JSON API, CLI) runs it: parse what was typed, ask the store in a
// read-only transaction for one page of results, and describe the results as JSON with citations, links and
// HTML-safe snippets. What does not belong here: HTTP, templates, argv.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/store.h"

namespace boardroom::search {

// Results a page.
inline constexpr int64_t kPageSize = 20;

// Runs `text` for `viewer`, returning page `page` (1-based) of the results. kInvalidArgument (field "q") for
// a malformed query or a page outside 1..500 (message for a person); kUnavailable when the store is busy or
// the search ran out of time.
Result<store::SearchResults> RunSearch(store::Store& store, std::string_view text, int64_t page,
                                       const store::Viewer& viewer);

// The results as JSON: {"query", "page", "page_size", "total", "partial", "hits": [{"kind", "id", "citation",
// "link", "title", "paper_title", "title_html", "snippet_html", "snippet", "body", "date", "status",
// "owner"}], "facets": {"body": [{"value", "count"}], "kind", "year", "status"}}. "partial" is true when the
// search was cut short (store::SearchResults::partial): "total" is then a lower bound.
nlohmann::json ResultsJson(std::string_view text, int64_t page, const store::SearchResults& results);

// The acronyms of the glossary that explain what was searched for, as `viewer` may see them (at most 10): a
// short form equal to a word of `text`, or a long form that `text` contains or that contains it. Filters
// ("kind:action"), exclusions ("-word") and OR are left out of the text first. kUnavailable when the store is
// busy.
Result<std::vector<store::Acronym>> GlossaryFor(store::Store& store, std::string_view text,
                                                const store::Viewer& viewer);

// [{"short", "long", "body_id", "paper_id"}].
nlohmann::json GlossaryJson(const std::vector<store::Acronym>& acronyms);

}  // namespace boardroom::search
