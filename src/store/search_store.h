// Full-text search over the store: one index of every paper paragraph, recommendation, action, action
// update and inspection item, kept in step with those records inside the same transaction, read through
// SearchStore with the caller's Viewer. The query arrives already parsed (search/query.h turns what a person
// typed into a SearchQuery); each backend renders it into its own dialect (FTS5 in SQLite, tsquery in
// PostgreSQL), quoting every term, so nothing a person typed reaches the engine as syntax.
//
// What does not belong here: the query language, citations and snippet HTML (search/), and any SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/records.h"

namespace boardroom::store {

struct Viewer;
struct Page;

// What a hit is.
enum class SearchKind { kParagraph, kRecommendation, kAction, kActionUpdate, kInspection };

// "paragraph", "recommendation", "action", "update", "inspection".
inline std::string_view Name(SearchKind kind) {
  switch (kind) {
    case SearchKind::kParagraph:
      return "paragraph";
    case SearchKind::kRecommendation:
      return "recommendation";
    case SearchKind::kAction:
      return "action";
    case SearchKind::kActionUpdate:
      return "update";
    case SearchKind::kInspection:
      return "inspection";
  }
  return "paragraph";
}
// Accepts exactly the names of Name(SearchKind); kInvalidArgument otherwise.
inline Result<SearchKind> ParseSearchKind(std::string_view name) {
  for (SearchKind kind : {SearchKind::kParagraph, SearchKind::kRecommendation, SearchKind::kAction,
                          SearchKind::kActionUpdate, SearchKind::kInspection}) {
    if (Name(kind) == name) return kind;
  }
  return Error::InvalidArgument("Unknown kind \"" + std::string(name) +
                                    "\": use paragraph, recommendation, action, update or inspection.",
                                "kind");
}

// One thing to look for: a word, or several words in this order (a phrase). `prefix` matches any word
// beginning with the (last) word. The text is matched as words only: punctuation and case do not matter, and
// English endings are folded ("recommendations" finds "recommended").
struct SearchTerm {
  std::string text;
  bool prefix = false;
};

// A parsed query. A record matches when, for every group of `all_of`, it contains at least one of the
// group's terms, contains none of `none_of`, and passes every filter that is set.
struct SearchQuery {
  std::vector<std::vector<SearchTerm>> all_of;  // REQUIRES: not empty, and no group empty
  std::vector<SearchTerm> none_of;
  std::optional<std::string> body;    // a body's short name or name, any case
  std::optional<SearchKind> kind;     // only hits of this kind
  std::optional<std::string> status;  // action status or recommendation outcome name ("open", "agreed")
  std::optional<std::string> owner;   // action owner containing this text, any case
  std::optional<std::string> theme;   // tagged with a theme of this slug or title words (store/plan_store.h)
  std::optional<Date> from;           // dated on or after
  std::optional<Date> before;         // dated before
  int64_t limit = 20;                 // REQUIRES: 1 <= limit <= 100
  int64_t offset = 0;                 // REQUIRES: 0 <= offset <= 10000
};

// Markers the store puts around matched words in SearchHit::title and ::snippet (search/ turns them into
// <mark> after HTML-escaping the text).
inline constexpr char kMatchStart = '\x02';
inline constexpr char kMatchEnd = '\x03';

// One matching record, with what a results list and a citation need.
struct SearchHit {
  SearchKind kind = SearchKind::kParagraph;
  int64_t id = 0;                     // the paragraph, recommendation, action, update or inspection item id
  std::optional<PaperId> paper_id;    // paragraphs, recommendations and inspection items
  std::optional<ActionId> action_id;  // actions and action updates
  std::string paper_title;            // "" unless paper_id
  std::string title;  // the indexed title (paragraph heading, paper title of a recommendation), with markers
  std::string snippet;          // a passage of the text around the matches, with markers
  std::string body_short_name;  // the body's short name, or its name when it has none
  std::optional<Date> date;     // meeting date of the paper (else its date), action's meeting, update date
  std::string number;           // paragraph number, recommendation label or action number
  std::string agenda_item;      // number of the agenda item carrying the paper, "" when none
  std::string status;           // action status or recommendation outcome, "" for paragraphs
  std::string owner;            // action owner, "" otherwise
  double score = 0;             // lower is better
  std::optional<int64_t> inspection_id;  // inspection items: the inspection they belong to
};

// A count of matching records for one value of a facet.
struct FacetCount {
  std::string value;
  int64_t count = 0;
};

// The page of hits asked for, the number of matches, and the matches counted by body (short name), kind,
// year and status. Every count respects the query's filters and the viewer. A search that matches very many
// records is cut short (a backend ranks only so many, and each search has a time budget): it is then
// `partial`, and `total`, the facets and the ranking cover only the matches it looked at (the newest).
struct SearchResults {
  int64_t total = 0;  // when partial: a lower bound
  bool partial = false;
  std::vector<SearchHit> hits;  // best first
  std::vector<FacetCount> bodies;
  std::vector<FacetCount> kinds;
  std::vector<FacetCount> years;     // newest first
  std::vector<FacetCount> statuses;  // "" (no status) is left out
};

class SearchStore {
 public:
  virtual ~SearchStore() = default;

  // Finds what the viewer may see that matches `query`, ranked (heading and paper-title matches weigh more
  // than text matches). Paragraphs, recommendations and inspection items of a paper the viewer may not see
  // are never returned or counted, nor exempt actions and their updates unless the viewer sees the body's
  // exempt material. An inspection item's number is its position in the report, its owner the addressee, and
  // its text holds our response after the item. kInvalidArgument (field "q") when the query breaks its
  // REQUIRES, or names a theme no plan has (the message lists some that exist). Never fails for running long:
  // see SearchResults::partial.
  virtual Result<SearchResults> Search(const SearchQuery& query, const Viewer& viewer) = 0;
};

}  // namespace boardroom::store
