#include "web/app.h"

#include <chrono>
#include <utility>

#include "web/account_pages.h"
#include "web/api_governance.h"
#include "web/api_imports.h"
#include "web/clerk_pages.h"
#include "web/directory_pages.h"
#include "web/governance_pages.h"
#include "web/history_pages.h"
#include "web/import_pages.h"
#include "web/inspection_pages.h"
#include "web/paper_pages.h"
#include "web/plan_pages.h"
#include "web/search_pages.h"
#include "web/structure_pages.h"

namespace boardroom::web {

Result<App> BuildApp(const AppOptions& options) {
  ASSIGN_OR_RETURN(Site site, MakeSite(options.version));
  App app;
  app.auth.store = options.store;
  app.auth.clock = options.clock;
  app.auth.policy = options.policy;
  app.auth.trust_proxy = options.trust_proxy;
  app.auth.secure = options.secure;
  app.auth.setup_code = options.setup_code;
  app.auth.html_error = [site](const Request& request, const Error& error) {
    return HtmlErrorResponse(site, request, error);
  };
  // Public pages are cached until the next write through this server, and for a second at most (writes by
  // other processes, such as an import from the command line, and the turn of the day).
  GovernanceContext governance{
      options.store, options.clock,
      options.cache_pages ? std::make_shared<PageCache>(4096, std::chrono::milliseconds(1000)) : nullptr};
  site.home_page = [site, governance](const Request& request) {
    return GovernanceHomePage(site, governance, request);
  };
  AddFoundationRoutes(app.router, site);
  AddGovernancePages(app.router, site, governance);
  AddSearchRoutes(app.router, site, SearchContext{options.store});
  AddAccountRoutes(app.router, site, app.auth);
  AddHistoryRoutes(app.router, site, app.auth);
  AddClerkPages(app.router, site, governance);
  AddPaperPages(app.router, site, governance);
  AddStructurePages(app.router, site, governance);
  AddDirectoryPages(app.router, site, governance);
  AddPlanRoutes(app.router, site, governance);
  AddImportPages(app.router, site, governance);
  AddGovernanceApiRoutes(app.router, ApiContext{options.store, options.clock});
  AddImportApiRoutes(app.router, ApiContext{options.store, options.clock});
  AddInspectionRoutes(app.router, site, InspectionContext{options.store, options.clock});
  AuthContext auth = app.auth;
  app.router.SetBefore(
      [auth](Request& request, std::string_view pattern) { return Authenticate(auth, request, pattern); });
  app.router.SetAfter(
      [auth](const Request& request, Response& response) { FinishResponse(auth, request, response); });
  app.site = std::move(site);
  return app;
}

}  // namespace boardroom::web
