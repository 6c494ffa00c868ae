// The SQL of the SQLite search store (store/search_store.h), named, beside statements.h and kept apart from
// it so search owns its statements. The index itself is built by migrations/0003_search.sql and rebuilt with
// a paper_title column by 0004_search_titles.sql. The only run-time input to the MATCH is a bound parameter
// holding an FTS5 expression in which every term is quoted (see RenderFts5 in search_store.h of this
// directory).
#pragma once

#include <span>

#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite::sql {

// theme: a hit is on a theme when its paper, its action, the recommendation itself or an agenda item carrying
// its paper is tagged with one of :themes (a JSON array of theme ids; NULL for no theme filter).
#define BR_SEARCH_THEME                                                                                    \
  "AND (:themes IS NULL OR EXISTS (SELECT 1 FROM theme_tags tt WHERE tt.theme_id IN (SELECT value FROM "   \
  "json_each(:themes)) AND ((tt.kind = 'paper' AND tt.record_id = s.paper_id) OR (tt.kind = 'action' AND " \
  "tt.record_id = s.action_id) OR (tt.kind = 'recommendation' AND s.kind = 'recommendation' AND "          \
  "tt.record_id = s.ref_id) OR (tt.kind = 'agenda_item' AND tt.record_id IN (SELECT ta.id FROM "           \
  "agenda_items "                                                                                          \
  "ta WHERE ta.paper_id = s.paper_id)))))"

// The filters of a search, all bound: :match, the viewer (BR_PAPER_VISIBLE, and BR_ACTION_VISIBLE for
// actions and their updates), and :kind, :body, :status, :owner, :from, :before, :themes, each NULL when not
// set. `s` is the alias of search_index.
#define BR_SEARCH_WHERE \
  "s.search_index MATCH :match "                                                                           \
  "AND (s.paper_id IS NULL OR EXISTS (SELECT 1 FROM papers p WHERE p.id = s.paper_id AND " BR_PAPER_VISIBLE( \
      p) ")) "                                                                                             \
  "AND (s.action_id IS NULL OR EXISTS (SELECT 1 FROM actions xa WHERE xa.id = s.action_id AND "              \
  BR_ACTION_VISIBLE(xa) ")) "                                                                                \
  "AND (:kind IS NULL OR s.kind = :kind) "                                                                 \
  "AND (:body IS NULL OR s.body_id IN (SELECT sb.id FROM bodies sb WHERE sb.short_name = :body COLLATE "   \
  "NOCASE OR sb.name = :body COLLATE NOCASE)) "                                                            \
  "AND (:status IS NULL OR s.status = :status) "                                                           \
  "AND (:owner IS NULL OR instr(lower(s.owner), lower(:owner)) > 0) "                                      \
  "AND (:from IS NULL OR s.date >= :from) AND (:before IS NULL OR s.date < :before) " BR_SEARCH_THEME

// The rank: br_rank (BM25 with a bounded document frequency, registered by search_store.cc), with weights by
// column: a paragraph's heading 5, its text 1, its paper's title 3.
#define BR_SEARCH_BM25 "br_rank(s.search_index, 5.0, 1.0, 3.0)"

// The candidates: the newest matches (by rowid, which FTS5 walks backwards without sorting) that pass the
// filters and the viewer, at most :cap of them, each with its rank (times 10^6) and facet values. The caller
// ranks them, counts the facets and knows the count is exact when fewer than :cap came back (it asks for one
// more than it ranks).
inline constexpr char kSearchCandidates[] =
    "SELECT s.rowid, CAST(" BR_SEARCH_BM25
    " * 1000000 AS INTEGER), s.kind, s.body_id, coalesce(substr(s.date, 1, 4), ''), s.status "
    "FROM search_index s WHERE " BR_SEARCH_WHERE " ORDER BY s.rowid DESC LIMIT :cap";

// The ranked page, shown: fields, highlighted heading, snippet, body, paper title, agenda item and (for an
// inspection item) its inspection of the rows
// whose rowids :rowids (a JSON array) lists. One walk over the matches between the page's lowest and highest
// rowid (FTS5 keeps the phrase positions snippet() needs at hand) instead of a fresh MATCH per hit; the unary
// + keeps SQLite from turning the IN into one MATCH lookup a rowid.
inline constexpr char kSearchShow[] =
    "SELECT s.rowid, s.kind, s.ref_id, s.paper_id, s.action_id, highlight(s.search_index, 0, char(2), "
    "char(3)), "
    "snippet(s.search_index, 1, char(2), char(3), '…', 32), s.number, s.date, s.status, s.owner, "
    "coalesce(nullif(b.short_name, ''), b.name, ''), coalesce((SELECT tp.title FROM papers tp WHERE tp.id = "
    "s.paper_id), ''), coalesce((SELECT a.number FROM agenda_items a WHERE a.paper_id = s.paper_id ORDER BY "
    "a.id LIMIT 1), ''), "
    "(SELECT ii.inspection_id FROM inspection_items ii WHERE s.kind = 'inspection' AND ii.id = s.ref_id) "
    "FROM search_index s LEFT JOIN bodies b ON b.id = s.body_id "
    "WHERE s.search_index MATCH :match AND s.rowid BETWEEN :low AND :high "
    "AND +s.rowid IN (SELECT value FROM json_each(:rowids))";

// A body's name as facets show it: its short name, else its name.
inline constexpr char kSearchBodyName[] =
    "SELECT coalesce(nullif(short_name, ''), name, '') FROM bodies WHERE id = :id";

// Every statement above, for the test that prepares them all.
inline constexpr NamedStatement kSearchStatements[] = {
    {"kSearchCandidates", kSearchCandidates},
    {"kSearchShow", kSearchShow},
    {"kSearchBodyName", kSearchBodyName},
};

}  // namespace boardroom::store::sqlite::sql
