// The SQL of the SQLite search store (store/search_store.h), named, beside statements.h and kept apart from
// it so search owns its statements. The index itself is built by migrations/0003_search.sql. The only
// run-time input to the MATCH is a bound parameter holding an FTS5 expression in which every term is quoted
// (see RenderFts5 in search_store.h of this directory).
#pragma once

#include <span>

#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite::sql {

// The filters of a search, all bound: :match, the viewer (BR_PAPER_VISIBLE), and :kind, :body, :status,
// :owner, :from, :before, each NULL when not set. `s` is the alias of search_index.
#define BR_SEARCH_WHERE \
  "s.search_index MATCH :match "                                                                           \
  "AND (s.paper_id IS NULL OR EXISTS (SELECT 1 FROM papers p WHERE p.id = s.paper_id AND " BR_PAPER_VISIBLE( \
      p) ")) "                                                                                             \
  "AND (:kind IS NULL OR s.kind = :kind) "                                                                 \
  "AND (:body IS NULL OR s.body_id IN (SELECT sb.id FROM bodies sb WHERE sb.short_name = :body COLLATE "   \
  "NOCASE OR sb.name = :body COLLATE NOCASE)) "                                                            \
  "AND (:status IS NULL OR s.status = :status) "                                                           \
  "AND (:owner IS NULL OR instr(lower(s.owner), lower(:owner)) > 0) "                                      \
  "AND (:from IS NULL OR s.date >= :from) AND (:before IS NULL OR s.date < :before)"

// The page of hits: ranked first on the index alone (bm25, title weighted 5 to 1), then only that page is
// joined to bodies, papers and agenda items and given its snippet.
inline constexpr char kSearchHits[] =
    "WITH top AS (SELECT s.rowid AS rid, bm25(s.search_index, 5.0, 1.0) AS score FROM search_index s "
    "WHERE " BR_SEARCH_WHERE
    " ORDER BY score, s.rowid LIMIT :limit OFFSET :offset) "
    "SELECT s.kind, s.ref_id, s.paper_id, s.action_id, highlight(s.search_index, 0, char(2), char(3)), "
    "snippet(s.search_index, 1, char(2), char(3), '…', 32), s.number, s.date, s.status, s.owner, "
    "coalesce(nullif(b.short_name, ''), b.name, ''), coalesce((SELECT tp.title FROM papers tp WHERE tp.id = "
    "s.paper_id), ''), coalesce((SELECT a.number FROM agenda_items a WHERE a.paper_id = s.paper_id ORDER BY "
    "a.id LIMIT 1), ''), CAST(top.score * 1000000 AS INTEGER) "
    "FROM top JOIN search_index s ON s.rowid = top.rid LEFT JOIN bodies b ON b.id = s.body_id "
    "WHERE s.search_index MATCH :match ORDER BY top.score, top.rid";

// Every match counted by kind, body, year and status (one pass; the caller sums the facets).
inline constexpr char kSearchFacets[] =
    "SELECT f.kind, coalesce(nullif(b.short_name, ''), b.name, ''), f.year, f.status, f.n FROM "
    "(SELECT s.kind AS kind, s.body_id AS body_id, coalesce(substr(s.date, 1, 4), '') AS year, s.status AS "
    "status, count(*) AS n FROM search_index s WHERE " BR_SEARCH_WHERE
    " GROUP BY 1, 2, 3, 4) f LEFT JOIN bodies b ON b.id = f.body_id";

// Every statement above, for the test that prepares them all.
inline constexpr NamedStatement kSearchStatements[] = {
    {"kSearchHits", kSearchHits},
    {"kSearchFacets", kSearchFacets},
};

}  // namespace boardroom::store::sqlite::sql
