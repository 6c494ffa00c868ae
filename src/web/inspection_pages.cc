#include "web/inspection_pages.h"

#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "accounts/accounts.h"
#include "governance/registers.h"
#include "inspections/inspections.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

using nlohmann::json;

constexpr int64_t kDefaultLimit = 50;
constexpr int64_t kMaxLimit = 500;

store::Viewer ViewerOf(const Request& request) {
  return accounts::ViewerFor(request.caller.principal);
}

std::optional<int64_t> ParseInteger(std::string_view text) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Path ids are positive decimal integers; anything else names no record.
Result<store::InspectionId> PathId(const Request& request) {
  std::optional<int64_t> id = ParseInteger(request.Param("id"));
  if (!id || *id <= 0) return Error::NotFound("There is no such inspection.");
  return store::InspectionId{*id};
}

// ?limit (1 to 500, default 50) and ?offset (0 or more).
Result<store::Page> PageOf(const Request& request) {
  store::Page page{.limit = kDefaultLimit, .offset = 0};
  if (std::optional<std::string_view> limit = request.Query("limit")) {
    std::optional<int64_t> value = ParseInteger(*limit);
    if (!value || *value < 1 || *value > kMaxLimit) {
      return Error::InvalidArgument("limit must be a whole number from 1 to 500.", "limit");
    }
    page.limit = *value;
  }
  if (std::optional<std::string_view> offset = request.Query("offset")) {
    std::optional<int64_t> value = ParseInteger(*offset);
    if (!value || *value < 0 || *value > 1'000'000'000) {
      return Error::InvalidArgument("offset must be a whole number, 0 or more.", "offset");
    }
    page.offset = *value;
  }
  return page;
}

// ?body: a body's id, name or short name. An unknown body is a bad filter.
Result<std::optional<store::BodyId>> BodyOf(store::Store& store, const Request& request) {
  std::optional<std::string_view> text = request.Query("body");
  if (!text || text->empty()) return std::optional<store::BodyId>();
  ASSIGN_OR_RETURN(auto tx, store.Begin(store::Access::kReadOnly));
  Result<store::Body> body = Error::NotFound("");
  if (std::optional<int64_t> id = ParseInteger(*text)) {
    body = tx->bodies().GetBody(store::BodyId{*id});
  } else {
    body = governance::FindBodyByName(*tx, std::string(*text));
  }
  if (body.ok()) return std::optional<store::BodyId>(body->id);
  if (body.error().code != ErrorCode::kNotFound) return body.error();
  return Error::InvalidArgument("There is no body called " + std::string(*text) + ".", "body");
}

json PageJson(json items, const store::Page& page, bool has_more) {
  return {{"items", std::move(items)},
          {"limit", page.limit},
          {"offset", page.offset},
          {"has_more", has_more},
          {"next_offset", has_more ? json(page.offset + page.limit) : json(nullptr)}};
}

void SetDate(ctemplate::TemplateDictionary& d, const std::string& prefix, const std::optional<Date>& date) {
  d.SetValue(prefix + "_ISO", date ? date->ToIso() : "");
  d.SetValue(prefix, date ? date->ToLong() : "not known");
}

// The tag of a response state, in the colours of the meeting page's publication deadline.
void SetResponseTag(ctemplate::TemplateDictionary& d, const inspections::ResponseState& r) {
  struct Tag {
    const char* state;
    const char* label;
    const char* css;
  };
  static constexpr Tag kTags[] = {{"answered", "Answered in time", "govuk-tag--green"},
                                  {"late", "Answered late", "govuk-tag--red"},
                                  {"overdue", "Response overdue", "govuk-tag--red"},
                                  {"due_soon", "Due soon", "govuk-tag--yellow"},
                                  {"on_track", "On track", ""}};
  d.SetValue("RESPONSE_LABEL", "No deadline");
  d.SetValue("RESPONSE_CLASS", "govuk-tag--grey");
  for (const Tag& tag : kTags) {
    if (r.state != tag.state) continue;
    d.SetValue("RESPONSE_LABEL", tag.label);
    d.SetValue("RESPONSE_CLASS", tag.css);
  }
}

std::string Capitalised(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

Response InspectionPage(const Site& site, const InspectionContext& context, const Request& request) {
  Result<store::InspectionId> id = PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<inspections::InspectionView> view =
      inspections::LoadInspection(*context.store, *id, ViewerOf(request), context.clock->Today());
  if (!view.ok()) return HtmlErrorResponse(site, request, view.error());
  const inspections::InspectionView& v = *view;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, v.inspection.title), "inspection.tpl", [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("ID", std::to_string(v.inspection.id.value));
        d.SetValue("BODY_NAME", v.body_name);
        d.SetValue("INSPECTORATE",
                   v.inspection.inspectorate.empty() ? "Inspection" : v.inspection.inspectorate);
        d.SetValue("TITLE", v.inspection.title);
        d.SetValue("PAPER_TITLE", v.paper.title);
        SetDate(d, "PUBLISHED", v.inspection.published);
        SetDate(d, "RESPONSE_DUE", v.inspection.response_due);
        SetResponseTag(d, v.response);
        d.SetValue("RESPONSE_MESSAGE", v.response.message);
        if (v.response.state == "late" || v.response.state == "overdue")
          d.AddSectionDictionary("RESPONSE_WARNING")->SetValue("MESSAGE", v.response.message);
        d.SetValue("RECOMMENDATIONS", std::to_string(v.recommendations));
        d.SetValue("AREAS", std::to_string(v.areas_for_improvement));
        d.SetValue("URGENT", std::to_string(v.urgent));
        d.SetValue("OVERDUE", std::to_string(v.overdue));
        d.SetValue("DUE_SOON", std::to_string(v.due_soon));
        if (v.items.empty()) {
          d.ShowSection("NO_ITEMS");
          return;
        }
        ctemplate::TemplateDictionary* table = d.AddSectionDictionary("ITEMS");
        for (const inspections::ItemView& iv : v.items) {
          ctemplate::TemplateDictionary* row = table->AddSectionDictionary("ITEM");
          row->SetValue("ID", std::to_string(iv.item.id.value));
          row->SetValue("POSITION", std::to_string(iv.item.position));
          row->SetValue("KIND", Capitalised(store::Name(iv.item.kind)));
          row->SetValue("TEXT", iv.item.text);
          row->SetValue("ADDRESSEE", iv.item.addressee);
          row->SetValue("DUE_ISO", iv.item.due ? iv.item.due->ToIso() : "");
          row->SetValue("DUE", iv.item.due ? iv.item.due->ToLong() : (iv.item.urgent ? "" : "No date"));
          if (iv.item.urgent) row->ShowSection("URGENT");
          if (!iv.due_state.empty()) {
            ctemplate::TemplateDictionary* due = row->AddSectionDictionary("DUE_STATE");
            due->SetValue("CLASS", iv.due_state == "overdue" ? "govuk-tag--red" : "govuk-tag--yellow");
            due->SetValue("LABEL", iv.due_state == "overdue" ? "Overdue" : "Due soon");
            due->SetValue("MESSAGE", iv.due_message);
          }
          row->SetValue("RESPONSE", iv.item.response);
          row->SetValue("STATUS", Capitalised(store::Name(iv.item.status)));
        }
      });
  return HtmlResponse(site, request, html);
}

Response InspectionListPage(const Site& site, const InspectionContext& context, const Request& request) {
  Result<std::optional<store::BodyId>> body = BodyOf(*context.store, request);
  if (!body.ok()) return HtmlErrorResponse(site, request, body.error());
  Result<std::vector<inspections::InspectionView>> views = inspections::LoadInspections(
      *context.store, *body, ViewerOf(request), {.limit = store::Page::kMaxLimit}, context.clock->Today());
  if (!views.ok()) return HtmlErrorResponse(site, request, views.error());
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Inspections"), "inspections.tpl", [&](ctemplate::TemplateDictionary& d) {
        if (views->empty()) {
          d.ShowSection("NO_INSPECTIONS");
          return;
        }
        ctemplate::TemplateDictionary* table = d.AddSectionDictionary("TABLE");
        for (const inspections::InspectionView& v : *views) {
          ctemplate::TemplateDictionary* row = table->AddSectionDictionary("INSPECTION");
          row->SetValue("HREF", "/inspections/" + std::to_string(v.inspection.id.value));
          row->SetValue("TITLE", v.inspection.title);
          row->SetValue("BODY_NAME", v.body_name);
          SetDate(*row, "PUBLISHED", v.inspection.published);
          SetDate(*row, "RESPONSE_DUE", v.inspection.response_due);
          SetResponseTag(*row, v.response);
          row->SetValue("ITEMS", std::to_string(v.items.size()));
          if (v.overdue > 0)
            row->AddSectionDictionary("OVERDUE")->SetValue("COUNT", std::to_string(v.overdue));
          if (v.due_soon > 0)
            row->AddSectionDictionary("DUE_SOON")->SetValue("COUNT", std::to_string(v.due_soon));
        }
      });
  return HtmlResponse(site, request, html);
}

Result<json> InspectionJson(const InspectionContext& context, const Request& request) {
  ASSIGN_OR_RETURN(store::InspectionId id, PathId(request));
  ASSIGN_OR_RETURN(
      inspections::InspectionView view,
      inspections::LoadInspection(*context.store, id, ViewerOf(request), context.clock->Today()));
  return inspections::ToJson(view, true);
}

Result<json> InspectionListJson(const InspectionContext& context, const Request& request) {
  ASSIGN_OR_RETURN(store::Page page, PageOf(request));
  ASSIGN_OR_RETURN(std::optional<store::BodyId> body, BodyOf(*context.store, request));
  store::Page probe{.limit = page.limit + 1, .offset = page.offset};
  ASSIGN_OR_RETURN(
      std::vector<inspections::InspectionView> views,
      inspections::LoadInspections(*context.store, body, ViewerOf(request), probe, context.clock->Today()));
  const bool more = static_cast<int64_t>(views.size()) > page.limit;
  if (more) views.pop_back();
  json items = json::array();
  for (const inspections::InspectionView& v : views) items.push_back(inspections::ToJson(v, false));
  return PageJson(std::move(items), page, more);
}

// The glossary asked for: ?body and ?q (short or long form containing the text).
Result<std::vector<store::Acronym>> LoadGlossary(const InspectionContext& context, const Request& request,
                                                 const store::Page& page) {
  ASSIGN_OR_RETURN(std::optional<store::BodyId> body, BodyOf(*context.store, request));
  store::AcronymFilter filter{.body_id = body};
  std::optional<std::string_view> q = request.Query("q");
  if (q && !q->empty()) filter.contains = std::string(*q);
  ASSIGN_OR_RETURN(auto tx, context.store->Begin(store::Access::kReadOnly));
  return tx->inspections().ListAcronyms(filter, ViewerOf(request), page);
}

Result<json> GlossaryJson(const InspectionContext& context, const Request& request) {
  ASSIGN_OR_RETURN(store::Page page, PageOf(request));
  store::Page probe{.limit = page.limit + 1, .offset = page.offset};
  ASSIGN_OR_RETURN(std::vector<store::Acronym> acronyms, LoadGlossary(context, request, probe));
  const bool more = static_cast<int64_t>(acronyms.size()) > page.limit;
  if (more) acronyms.pop_back();
  json items = json::array();
  for (const store::Acronym& a : acronyms) {
    items.push_back({{"id", a.id.value},
                     {"short", a.short_form},
                     {"long", a.long_form},
                     {"body_id", a.body_id.value},
                     {"paper_id", a.paper_id.value}});
  }
  return PageJson(std::move(items), page, more);
}

Response GlossaryPage(const Site& site, const InspectionContext& context, const Request& request) {
  Result<std::vector<store::Acronym>> acronyms =
      LoadGlossary(context, request, {.limit = store::Page::kMaxLimit});
  if (!acronyms.ok()) return HtmlErrorResponse(site, request, acronyms.error());
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Glossary"), "glossary.tpl", [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("QUERY", std::string(request.Query("q").value_or("")));
        if (acronyms->empty()) {
          d.ShowSection("NO_ACRONYMS");
          return;
        }
        ctemplate::TemplateDictionary* list = d.AddSectionDictionary("LIST");
        for (const store::Acronym& a : *acronyms) {
          ctemplate::TemplateDictionary* row = list->AddSectionDictionary("ACRONYM");
          row->SetValue("SHORT", a.short_form);
          row->SetValue("LONG", a.long_form);
        }
      });
  return HtmlResponse(site, request, html);
}

}  // namespace

void AddInspectionRoutes(Router& router, const Site& site, const InspectionContext& context) {
  router.Get("/inspections",
             [site, context](const Request& r) { return InspectionListPage(site, context, r); });
  router.Get("/inspections/{id}",
             [site, context](const Request& r) { return InspectionPage(site, context, r); });
  router.Get("/glossary", [site, context](const Request& r) { return GlossaryPage(site, context, r); });
  router.Get("/api/v1/inspections",
             [context](const Request& r) { return JsonResponse(InspectionListJson(context, r)); });
  router.Get("/api/v1/inspections/{id}",
             [context](const Request& r) { return JsonResponse(InspectionJson(context, r)); });
  router.Get("/api/v1/glossary",
             [context](const Request& r) { return JsonResponse(GlossaryJson(context, r)); });
}

}  // namespace boardroom::web
