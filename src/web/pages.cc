#include "web/pages.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "web/errors.h"

namespace boardroom::web {
namespace {

constexpr char kGovukCss[] = "govuk-frontend.min.css";
constexpr char kOwnCss[] = "boardroom.css";

// The plain answer when even the error page cannot be rendered; never shows the reason.
Response PlainError(int status) {
  return Response::Text(status, std::string(ReasonPhrase(status)) + "\n");
}

Response ErrorPage(const Site& site, const Request& request, int status, std::string heading,
                   std::string message) {
  Result<std::string> html =
      site.renderer->RenderPage(PageFor(request, heading, std::string(request.Query("q").value_or(""))),
                                "error.tpl", [&](ctemplate::TemplateDictionary& d) {
                                  d.SetValue("HEADING", heading);
                                  d.SetValue("MESSAGE", message);
                                  if (status == 404) d.ShowSection("NOT_FOUND");
                                  d.SetValue("PATH", request.path);
                                });
  if (!html.ok()) return PlainError(status);
  return Response::Html(status, std::move(html).value());
}

Response Fallback(const Site& site, const Request& request, int status) {
  if (IsApiPath(request.path)) {
    if (status == 405) {
      return JsonErrorResponse(405, "method_not_allowed",
                               "This path does not accept " + request.method + ".");
    }
    return JsonErrorResponse(Error::NotFound("There is no API resource at this path."));
  }
  if (status == 405) {
    return ErrorPage(site, request, 405, "Method not allowed",
                     "This page cannot be used with " + request.method + ".");
  }
  return ErrorPage(
      site, request, 404, "Page not found",
      "If you typed the web address, check it is correct. If you pasted it, check you copied all of it.");
}

Response HomePage(const Site& site, const Request& request) {
  Result<HomeView> view = site.home ? site.home(request) : Result<HomeView>(DefaultHomeView());
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  Result<std::string> html = site.renderer->RenderPage(PageFor(request, site.renderer->layout().product_name),
                                                       "home.tpl", [&](ctemplate::TemplateDictionary& d) {
                                                         d.SetValue("INTRO", view->intro);
                                                         for (const HomeLink& link : view->links) {
                                                           ctemplate::TemplateDictionary* item =
                                                               d.AddSectionDictionary("LINK");
                                                           item->SetValue("LABEL", link.label);
                                                           item->SetValue("HREF", link.href);
                                                           item->SetValue("DESCRIPTION", link.description);
                                                         }
                                                       });
  return HtmlResponse(site, request, html);
}

Response ApiRoot(const Site& site) {
  nlohmann::json body = {
      {"name", site.renderer->layout().product_name},
      {"version", site.version},
      {"links", {{"self", "/api/v1"}, {"health", "/healthz"}, {"home", "/"}}},
  };
  return Response::Json(200, DumpJson(body));
}

}  // namespace

HomeView DefaultHomeView() {
  HomeView view;
  view.intro =
      "boardroom runs the business of public boards: meetings, agendas, papers, decisions, action logs and "
      "inspections, in one place, for members, officers and the public.";
  view.links = {
      {"Search", "/search", "Find papers, decisions and actions by words, dates and boards."},
      {"JSON API", "/api/v1", "The same information for other systems, as JSON."},
  };
  return view;
}

Result<Site> MakeSite(std::string version) {
  Site site;
  site.version = std::move(version);
  auto static_files = std::make_shared<StaticFiles>(EmbeddedStatic());
  LayoutOptions layout;
  for (const char* name : {kGovukCss, kOwnCss}) {
    std::optional<std::string> url = static_files->Url(name);
    if (!url) return Error::Internal(std::string("the static asset ") + name + " was not built in");
    layout.stylesheets.push_back(*url);
  }
  ASSIGN_OR_RETURN(std::unique_ptr<Renderer> renderer,
                   Renderer::Create(EmbeddedTemplates(), std::move(layout)));
  site.renderer = std::move(renderer);
  site.static_files = std::move(static_files);
  return site;
}

void AddFoundationRoutes(Router& router, const Site& site) {
  router.Get("/", [site](const Request& request) {
    return site.home_page ? site.home_page(request) : HomePage(site, request);
  });
  router.Get("/healthz", [](const Request&) { return Response::Text(200, "ok"); });
  router.Get("/api/v1", [site](const Request&) { return ApiRoot(site); });
  router.Get("/static/{name}", [site](const Request& request) {
    std::optional<Response> response = site.static_files->Serve(request.Param("name"), request);
    if (response) return std::move(*response);
    return Fallback(site, request, 404);
  });
  router.SetFallback([site](const Request& request, int status) { return Fallback(site, request, status); });
}

void FillErrorSummary(ctemplate::TemplateDictionary& d, const std::vector<FieldProblem>& problems) {
  if (problems.empty()) return;
  ctemplate::TemplateDictionary* summary = d.AddIncludeDictionary("ERRORS");
  summary->SetFilename("error_summary.tpl");
  for (const FieldProblem& p : problems) {
    ctemplate::TemplateDictionary* row = summary->AddSectionDictionary("PROBLEM");
    row->SetValue("FIELD", p.field);
    row->SetValue("MESSAGE", p.message);
  }
}

PageInfo PageFor(const Request& request, std::string title, std::string search_query) {
  PageInfo page{std::move(title), std::move(search_query), "", ""};
  if (request.caller.principal) {
    page.user_name = request.caller.principal->user.name;
    if (request.caller.session) page.csrf_token = request.caller.session->csrf_token;
  }
  return page;
}

Response HtmlErrorResponse(const Site& site, const Request& request, const Error& error) {
  int status = HttpStatusFor(error.code);
  switch (error.code) {
    case ErrorCode::kNotFound:
      return ErrorPage(site, request, status, "Page not found", error.message);
    case ErrorCode::kInternal:
      return ErrorPage(site, request, status, "Sorry, there is a problem with the service",
                       "Try again later.");
    case ErrorCode::kUnavailable:
      return ErrorPage(site, request, status, "Sorry, the service is busy", "Try again in a few minutes.");
    case ErrorCode::kUnauthenticated:
      return ErrorPage(site, request, status, "Sign in to continue", error.message);
    case ErrorCode::kPermissionDenied:
      return ErrorPage(site, request, status, "You cannot do this", error.message);
    default:
      return ErrorPage(site, request, status, "There is a problem", error.message);
  }
}

Response HtmlResponse(const Site& site, const Request& request, const Result<std::string>& result,
                      int ok_status) {
  if (!result.ok()) return HtmlErrorResponse(site, request, result.error());
  return Response::Html(ok_status, result.value());
}

}  // namespace boardroom::web
