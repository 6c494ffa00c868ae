// The whole web application as `boardroom serve` runs it: every room's routes on one Router, with the
// authentication and security-header hooks around them. Tests build the same App, so that what they cover is
// what runs.
#pragma once

#include <memory>
#include <string>

#include "accounts/accounts.h"
#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"
#include "web/auth.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

struct AppOptions {
  std::shared_ptr<store::Store> store;
  std::shared_ptr<const Clock> clock;
  std::string version = "0.0.0";
  accounts::AccountPolicy policy;
  bool trust_proxy = false;  // see AuthContext
  bool secure = false;       // see AuthContext
  std::string setup_code;    // the first-run page's code; empty closes it
  bool cache_pages = true;   // keep the public's pages (see page_cache.h)
};

struct App {
  Site site;
  AuthContext auth;
  Router router;
};

// Builds the site, registers every route and installs the hooks. Errors: as MakeSite.
Result<App> BuildApp(const AppOptions& options);

}  // namespace boardroom::web
