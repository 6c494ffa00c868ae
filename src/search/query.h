// The search query language people type, parsed by our own code into a store::SearchQuery (whose backend
// quotes every term), so no text typed reaches the full-text engine as syntax. Also how a hit is cited and
// how its marked snippet becomes safe HTML.
//
// Syntax: words; "exact phrases"; prefix*; -word and -"phrase" to exclude; a OR b; filters body:BCB,
// kind:paragraph|recommendation|action|update, status:open, owner:"Chief Constable", theme:victims (a plan
// theme's short name or words of its title), from:2019-01-01 (or
// after:, the day after), before:2020-01-01. Common English words (the, of, and, ...) are dropped from the
// words when there are other words to look for; inside a phrase they are kept. Anything else, such as
// content:x, NEAR(, ^, is read as plain words.
//
// What does not belong here: SQL or FTS5 syntax (store/sqlite), HTML pages (web).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "store/search_store.h"

namespace boardroom::search {

// Parses `text`. kInvalidArgument with field "q" and a message a person can act on when the query is empty,
// too long, has an unclosed quotation mark, a dangling OR, only exclusions, or a filter with a bad value.
Result<store::SearchQuery> ParseQuery(std::string_view text);

// True for the common English words dropped from a query with other words ("the", "of", "and", ...).
bool IsStopWord(std::string_view lower_case_word);

// "BCB 18 Sep 2019 › item 6 › para 5.22": body, date, agenda item and paragraph number (recommendation
// label or action number), leaving out the parts a hit lacks.
std::string Citation(const store::SearchHit& hit);

// Where a hit lives: /papers/{id}#para-5.22 for a paragraph, /papers/{id}#recommendation-{id}, /actions/{id},
// /inspections/{id}#item-{item id}.
std::string HitLink(const store::SearchHit& hit);

// `marked` (text with store::kMatchStart/kMatchEnd around matches) as HTML: every character escaped, then the
// markers turned into <mark> and </mark>. Unpaired markers are closed, so the result is always balanced.
std::string MarkedToHtml(std::string_view marked);

// `marked` with the markers removed (for plain-text output).
std::string MarkedToText(std::string_view marked);

}  // namespace boardroom::search
