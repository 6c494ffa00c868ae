// The governance pages of the public site: the home page with bodies and coming meetings, a meeting page
// (agenda, publication deadline, the body's live actions) and a body's action log. Each handler loads a read
// model from governance/views.h, fills a template from src/web/templates/ and renders it in the layout; who
// may see what is decided by the store through the Viewer. What does not belong here: the read models
// (governance), SQL (store), the JSON API (api files).
#pragma once

#include <memory>

#include "core/clock.h"
#include "store/store.h"
#include "web/page_cache.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// What the governance pages read from. The store and clock must outlive the router.
struct GovernanceContext {
  std::shared_ptr<store::Store> store;
  std::shared_ptr<const Clock> clock;
  // Rendered public pages, keyed by request target; null means render every request.
  std::shared_ptr<PageCache> cache;
};

// The home page for the signed-out public, built from the database.
Response GovernanceHomePage(const Site& site, const GovernanceContext& context, const Request& request);

// Registers GET /meetings/{id}, GET /bodies/{id}/actions and GET /bodies/{id}/action-log/print (the log in
// the conventional columns, to print).
void AddGovernancePages(Router& router, const Site& site, const GovernanceContext& context);

}  // namespace boardroom::web
