#include "web/search_pages.h"

#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <charconv>
#include <string>

#include "search/query.h"
#include "search/service.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

// The page number asked for: 1 when absent; kInvalidArgument (field "q") when not a number.
Result<int64_t> PageOf(const Request& request) {
  std::optional<std::string_view> text = request.Query("page");
  if (!text || text->empty()) return int64_t{1};
  int64_t page = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), page);
  if (ec != std::errc() || end != text->data() + text->size()) {
    return Error::InvalidArgument("The page must be a whole number.", "q");
  }
  return page;
}

std::string Encode(std::string_view text) {
  return boost::urls::encode(text, boost::urls::unreserved_chars);
}

std::string SearchHref(std::string_view q, int64_t page) {
  std::string href = "/search?q=" + Encode(q);
  if (page > 1) href += "&page=" + std::to_string(page);
  return href;
}

void FillFacet(ctemplate::TemplateDictionary& d, const std::string& name, const std::string& filter,
               const std::vector<store::FacetCount>& counts, const std::string& q) {
  if (counts.empty()) return;
  ctemplate::TemplateDictionary* facet = d.AddSectionDictionary("FACET");
  facet->SetValue("NAME", name);
  for (const store::FacetCount& c : counts) {
    ctemplate::TemplateDictionary* v = facet->AddSectionDictionary("VALUE");
    std::string value = c.value.find(' ') == std::string::npos ? c.value : "\"" + c.value + "\"";
    std::string narrowed =
        filter == "year"
            ? q + " from:" + c.value + "-01-01 before:" + std::to_string(std::stoi(c.value) + 1) + "-01-01"
            : q + " " + filter + ":" + value;
    v->SetValue("HREF", SearchHref(narrowed, 1));
    v->SetValue("LABEL", c.value);
    v->SetValue("COUNT", std::to_string(c.count));
  }
}

Response SearchPage(const Site& site, const SearchContext& context, const Request& request) {
  std::string q(request.Query("q").value_or(""));
  Result<int64_t> page = PageOf(request);
  Result<store::SearchResults> results = Error::InvalidArgument("", "q");
  bool asked = !q.empty();
  if (asked && page.ok()) {
    results = search::RunSearch(*context.store, q, *page, SearchViewerFor(request));
  } else if (!page.ok()) {
    results = page.error();
  }
  // A malformed query is the searcher's to fix: the page says how, with status 200. Other failures are
  // errors.
  if (asked && !results.ok() && results.error().code != ErrorCode::kInvalidArgument) {
    return HtmlErrorResponse(site, request, results.error());
  }
  Result<std::vector<store::Acronym>> glossary = std::vector<store::Acronym>();
  if (asked) glossary = search::GlossaryFor(*context.store, q, SearchViewerFor(request));
  if (!glossary.ok()) return HtmlErrorResponse(site, request, glossary.error());
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, asked ? "Search: " + q : "Search", q), "search.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("QUERY", q);
        if (!asked) return;
        if (!glossary->empty()) {
          ctemplate::TemplateDictionary* g = d.AddSectionDictionary("GLOSSARY");
          for (const store::Acronym& a : *glossary) {
            ctemplate::TemplateDictionary* row = g->AddSectionDictionary("ACRONYM");
            row->SetValue("SHORT", a.short_form);
            row->SetValue("LONG", a.long_form);
          }
        }
        if (!results.ok()) {
          d.AddSectionDictionary("PROBLEM")->SetValue("MESSAGE", results.error().message);
          return;
        }
        const store::SearchResults& r = *results;
        if (r.total == 0) {
          d.ShowSection("NO_RESULTS");
          return;
        }
        ctemplate::TemplateDictionary* list = d.AddSectionDictionary("RESULTS");
        list->SetValue("TOTAL", std::to_string(r.total));
        if (r.partial) list->ShowSection("PARTIAL");
        if (*page > 1) list->AddSectionDictionary("PAGED")->SetValue("PAGE", std::to_string(*page));
        FillFacet(*list, "Body", "body", r.bodies, q);
        FillFacet(*list, "Kind", "kind", r.kinds, q);
        FillFacet(*list, "Year", "year", r.years, q);
        FillFacet(*list, "Status", "status", r.statuses, q);
        for (const store::SearchHit& hit : r.hits) {
          ctemplate::TemplateDictionary* h = list->AddSectionDictionary("HIT");
          h->SetValue("LINK", search::HitLink(hit));
          std::string citation = search::Citation(hit);
          h->SetValue("CITATION", citation.empty() ? std::string(store::Name(hit.kind)) : citation);
          h->SetValue("KIND", std::string(store::Name(hit.kind)));
          if (!hit.paper_title.empty())
            h->AddSectionDictionary("HAS_PAPER")->SetValue("PAPER_TITLE", hit.paper_title);
          if (!hit.title.empty() && hit.title != hit.paper_title) {
            h->AddSectionDictionary("HAS_TITLE")->SetValue("TITLE_HTML", search::MarkedToHtml(hit.title));
          }
          h->SetValue("SNIPPET_HTML", search::MarkedToHtml(hit.snippet));  // escaped, then <mark> added
        }
        if (*page > 1) list->AddSectionDictionary("PREVIOUS")->SetValue("HREF", SearchHref(q, *page - 1));
        if (*page * search::kPageSize < r.total) {
          list->AddSectionDictionary("NEXT")->SetValue("HREF", SearchHref(q, *page + 1));
        }
      });
  return HtmlResponse(site, request, html);
}

Response SearchApi(const SearchContext& context, const Request& request) {
  std::string q(request.Query("q").value_or(""));
  Result<int64_t> page = PageOf(request);
  if (!page.ok()) return JsonErrorResponse(page.error());
  Result<store::SearchResults> results =
      search::RunSearch(*context.store, q, *page, SearchViewerFor(request));
  if (!results.ok()) return JsonErrorResponse(results.error());
  Result<std::vector<store::Acronym>> glossary =
      search::GlossaryFor(*context.store, q, SearchViewerFor(request));
  if (!glossary.ok()) return JsonErrorResponse(glossary.error());
  nlohmann::json answer = search::ResultsJson(q, *page, *results);
  answer["glossary"] = search::GlossaryJson(*glossary);
  return Response::Json(200, DumpJson(answer));
}

}  // namespace

store::Viewer SearchViewerFor(const Request& request) {
  return accounts::ViewerFor(request.caller.principal);
}

void AddSearchRoutes(Router& router, const Site& site, const SearchContext& context) {
  router.Get("/search",
             [site, context](const Request& request) { return SearchPage(site, context, request); });
  router.Get("/api/v1/search", [context](const Request& request) { return SearchApi(context, request); });
}

}  // namespace boardroom::web
