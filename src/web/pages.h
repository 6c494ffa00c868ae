// The foundation's pages and routes: the home page, /healthz, the API root /api/v1, the static assets, and
// the answers for unknown paths and wrong methods (JSON under /api/, an HTML page elsewhere). Also the HTML
// twin of errors.h's JSON errors, so that page handlers map an Error to a status the same way (through
// HttpStatusFor). Domain pages belong to their own files; they register on the same Router.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "web/http.h"
#include "web/render.h"
#include "web/router.h"
#include "web/static_files.h"

namespace boardroom::web {

// One link on the home page.
struct HomeLink {
  std::string label;
  std::string href;
  std::string description;
};

// What the home page shows. Another room (governance, search) fills it from the database later.
struct HomeView {
  std::string intro;
  std::vector<HomeLink> links;
};

// The home page's view model before any data is wired in: what boardroom is, with links.
HomeView DefaultHomeView();

// Everything the foundation's routes need. The renderer and static files must outlive the router.
struct Site {
  std::shared_ptr<const Renderer> renderer;
  std::shared_ptr<const StaticFiles> static_files;
  std::string version = "0.0.0";
  // Builds the home page's view model for each request; unset means DefaultHomeView().
  std::function<Result<HomeView>(const Request&)> home;
  // Answers GET / in full instead of the foundation's home page (the governance home, built from the
  // database); unset means the foundation's page built from `home`.
  std::function<Response(const Request&)> home_page;
};

// Builds a Site from the embedded templates and assets: the layout links GOV.UK Frontend's CSS and
// boardroom.css. Errors: as Renderer::Create (a broken template), internal when an expected asset is missing.
Result<Site> MakeSite(std::string version);

// Registers GET /, /healthz, /api/v1, /static/{name} and the 404/405 fallback on `router`.
void AddFoundationRoutes(Router& router, const Site& site);

// One problem with a form field: `field` is the id of the element the error summary links to.
struct FieldProblem {
  std::string field;
  std::string message;
};

// Fills the GOV.UK error summary of a page (its {{>ERRORS}} include, error_summary.tpl): one link per problem
// to its field. Nothing when there is no problem.
void FillErrorSummary(ctemplate::TemplateDictionary& d, const std::vector<FieldProblem>& problems);

// What the layout shows for this request: the title, the search box's words, and who is signed in (with the
// session's CSRF token for the sign-out form).
PageInfo PageFor(const Request& request, std::string title, std::string search_query = "");

// An HTML error page for `error` inside the layout, with the status from HttpStatusFor.
Response HtmlErrorResponse(const Site& site, const Request& request, const Error& error);

// An HTML page answer: `result` rendered with status `ok_status`, or the error page for its error.
Response HtmlResponse(const Site& site, const Request& request, const Result<std::string>& result,
                      int ok_status = 200);

}  // namespace boardroom::web
