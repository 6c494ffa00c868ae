// The search doors of the web app: GET /search?q=…&page=… (a page in the layout with results, facets as
// filter links, paging, and a message instead of an error page for a malformed query) and GET
// /api/v1/search?q=…&page=… (JSON: hits, facets, total; 400 with field "q" for a malformed query). Both run
// search/service.h. What does not belong here: parsing the query (search), SQL (store).
#pragma once

#include <memory>

#include "store/store.h"
#include "web/http.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// What the search doors read from. The store must outlive the router.
struct SearchContext {
  std::shared_ptr<store::Store> store;
};

// Who is searching: the caller's roles as accounts::ViewerFor turns them into a Viewer (the public when
// signed out).
store::Viewer SearchViewerFor(const Request& request);

// Registers GET /search and GET /api/v1/search.
void AddSearchRoutes(Router& router, const Site& site, const SearchContext& context);

}  // namespace boardroom::web
