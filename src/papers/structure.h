// Recognisers for the structure of papers over cleaned lines: the pack splitter (where each paper starts), a
// paper's header block ("To:/From:/Date:" or a header table flattened to "Key:<tab>value"), its title,
// numbered sections and paragraphs, recommendations, implications with statuses, the clearance (sign-off)
// questions, source documents and contact officers. Pure functions; warnings about numbering are appended to
// a list the caller owns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "papers/furniture.h"
#include "papers/parsed.h"

namespace boardroom::papers {

// A paper inside a document: lines [begin, end) of the cleaned lines; `anchor` is the "To:" line of its
// header, or `begin` when it has no header.
struct PaperSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t anchor = 0;
  bool has_header = false;
};

// Reads a header key at the start of `line`: "To:", "From:", "Date:", "Meeting Date:", "Agenda Item: 5.0",
// "Agenda 5.1", "Key decision:", "Electoral division(s):", ... `*key` gets the lower-case key ("agenda item"
// for every agenda form), `*value` the trimmed rest. False for anything else.
bool ReadHeaderKey(std::string_view line, std::string* key, std::string_view* value);

// Finds the papers in `lines`. A paper starts at a "To:" key followed within fourteen lines by "From:" or a
// date key, taking in the agenda-item lines just before it. With no such header the whole document is one
// paper.
std::vector<PaperSpan> SplitPapers(const std::vector<CleanLine>& lines);

// Where a warning about this paper is placed: "paper 6, " inside a pack, "" for a single report.
struct PaperContext {
  std::string where_prefix;
};

// Parses one paper: header, title, sections and paragraphs, recommendations, implications, clearances, source
// documents and contact officers. Numbering faults are appended to `warnings`.
ParsedPaper ParsePaper(const std::vector<CleanLine>& lines, const PaperSpan& span,
                       const PaperContext& context, std::vector<ParsedWarning>* warnings);

// The recommendations of `paper`: from its header's "Recommendation:" items, else from every section headed
// "Recommendation(s)" — one per paragraph, or one per bullet after an opening that ends with ":" — with
// repeats (the summary recommendation restated at the end) dropped.
std::vector<ParsedRecommendation> ExtractRecommendations(const ParsedPaper& paper,
                                                         const std::vector<std::string>& header_items);

// Clearance (sign-off) answers in `text`: "Have the resource implications been cleared by Finance? Yes Name
// of Financial Officer: Martin Wade Has the impact on ... ? No ...".
std::vector<ParsedClearance> ExtractClearances(std::string_view text);

// The area a clearance question is about, from its wording ("resource implications ... Finance" → "finance").
std::string ClearanceArea(std::string_view question);

}  // namespace boardroom::papers
