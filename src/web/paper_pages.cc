#include "web/paper_pages.h"

#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/text.h"
#include "governance/commands.h"
#include "governance/paper_text.h"
#include "governance/views.h"
#include "web/errors.h"
#include "web/form_support.h"

namespace boardroom::web {
namespace {

using forms::Problems;
using store::AccountRole;

// What a refused form shows again.
struct Refused {
  int status = 200;
  std::string area;  // the clearance form that was sent ("" for the publish form)
  Fields values;
  Problems problems;
};

struct PaperData {
  store::Paper paper;
  store::Body body;
  std::vector<store::Clearance> clearances;
  std::vector<std::string> missing;
  std::vector<std::optional<Date>> recorded;  // per clearance: the day its latest change was recorded
};

Result<PaperData> LoadPaper(const GovernanceContext& context, const Request& request, int64_t id) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  PaperData data;
  ASSIGN_OR_RETURN(data.paper, tx->papers().GetPaper(store::PaperId{id}, forms::ViewerOf(request)));
  ASSIGN_OR_RETURN(data.body, tx->bodies().GetBody(data.paper.body_id));
  ASSIGN_OR_RETURN(data.clearances, tx->papers().ListClearances(data.paper.id, store::Viewer::Everything()));
  ASSIGN_OR_RETURN(data.missing, governance::MissingClearances(*tx, data.paper));
  for (const store::Clearance& c : data.clearances) {
    ASSIGN_OR_RETURN(std::vector<store::AuditEvent> events,
                     tx->audit().ListAuditEvents("clearance", c.id.value, {.limit = store::Page::kMaxLimit}));
    data.recorded.push_back(events.empty() ? std::nullopt
                                           : std::optional<Date>(Date::FromDays(events.back().at / 86400)));
  }
  return data;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string ClearancesHref(int64_t id) {
  return "/papers/" + std::to_string(id) + "/clearances";
}

Response ClearancesPage(const Site& site, const GovernanceContext& context, const Request& request,
                        int64_t id, const Refused& refused) {
  if (!request.caller.principal) return forms::SignInFirst(request);
  Result<PaperData> loaded = LoadPaper(context, request, id);
  if (!loaded.ok()) return HtmlErrorResponse(site, request, loaded.error());
  const PaperData& data = *loaded;
  const governance::Caller caller = forms::CallerOf(request);
  if (!caller.HasRole(AccountRole::kAuthor, data.body.id)) {
    return HtmlErrorResponse(site, request,
                             Error::PermissionDenied("Only the authors and clerks of " + data.body.name +
                                                     " see its papers' clearances."));
  }
  const bool clerk = caller.HasRole(AccountRole::kClerk, data.body.id);
  const std::string csrf = forms::Csrf(request);
  // Every area: the body's required ones in its order, then any other area a clearance was recorded for.
  std::vector<std::string> areas = data.body.required_clearances;
  for (const store::Clearance& c : data.clearances) {
    bool known = false;
    for (const std::string& a : areas) known = known || FoldForCompare(a) == FoldForCompare(c.area);
    if (!known) areas.push_back(c.area);
  }
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Clearances: " + data.paper.title), "paper_clearances.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        d.SetValue("BODY_NAME", data.body.name);
        d.SetValue("TITLE", data.paper.title);
        d.SetValue("VERSION", std::to_string(data.paper.version));
        d.ShowSection(data.paper.published ? "PUBLISHED" : "UNPUBLISHED");
        if (data.paper.meeting_date) {
          governance::DateView date = governance::ViewOf(*data.paper.meeting_date);
          d.SetValue("MEETING_DATE_ISO", date.iso);
          d.SetValue("MEETING_DATE", date.display);
        }
        d.SetValue("REQUIRED",
                   data.body.required_clearances.empty() ? "None" : Joined(data.body.required_clearances));
        if (!data.missing.empty() && !data.paper.published) {
          d.AddSectionDictionary("MISSING")->SetValue("AREAS", Joined(data.missing));
        }
        if (areas.empty()) d.ShowSection("NO_AREAS");
        if (clerk) d.ShowSection("CLERK");
        for (size_t i = 0; i < areas.size(); ++i) {
          const std::string& area = areas[i];
          const store::Clearance* given = nullptr;
          std::optional<Date> recorded;
          for (size_t k = 0; k < data.clearances.size(); ++k) {
            if (FoldForCompare(data.clearances[k].area) == FoldForCompare(area)) {
              given = &data.clearances[k];
              recorded = data.recorded[k];
            }
          }
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("AREA");
          row->SetValue("AREA", area);
          row->SetValue("SLUG", std::to_string(i + 1));
          if (i >= data.body.required_clearances.size()) row->ShowSection("OPTIONAL");
          const bool cleared = given != nullptr && given->cleared;
          row->ShowSection(cleared ? "CLEARED" : "NOT_CLEARED");
          row->SetValue("OFFICER", given != nullptr ? given->officer : "");
          if (recorded) {
            governance::DateView date = governance::ViewOf(*recorded);
            ctemplate::TemplateDictionary* r = row->AddSectionDictionary("RECORDED");
            r->SetValue("DATE_ISO", date.iso);
            r->SetValue("DATE", date.display);
          }
          if (!clerk) continue;
          ctemplate::TemplateDictionary* f = row->AddSectionDictionary("FORM");
          f->SetValue("ACTION", ClearancesHref(id));
          f->SetValue("CSRF_TOKEN", csrf);
          f->SetValue("AREA", area);
          f->SetValue("VERSION", std::to_string(given != nullptr ? given->version : 0));
          ctemplate::TemplateDictionary* action = f->AddSectionDictionary(cleared ? "WITHDRAW" : "GIVE");
          action->SetValue("AREA", area);
          const std::string field_id = "officer-" + std::to_string(i + 1);
          action->SetValue("FIELD_ID", field_id);
          const bool resent = !refused.area.empty() && FoldForCompare(refused.area) == FoldForCompare(area);
          action->SetValue("OFFICER_VALUE", resent ? FieldValue(refused.values, "officer") : "");
          for (const FieldProblem& p : refused.problems) {
            if (resent && p.field == field_id)
              action->AddSectionDictionary("OFFICER_ERROR")->SetValue("MESSAGE", p.message);
          }
        }
        if (clerk && !data.paper.published) {
          ctemplate::TemplateDictionary* f = d.AddSectionDictionary("PUBLISH_FORM");
          f->SetValue("ACTION", "/papers/" + std::to_string(id) + "/publish");
          f->SetValue("CSRF_TOKEN", csrf);
          f->SetValue("VERSION", std::to_string(data.paper.version));
          for (const FieldProblem& p : refused.problems) {
            if (p.field == "publish")
              f->AddSectionDictionary("PUBLISH_ERROR")->SetValue("MESSAGE", p.message);
          }
        }
        if (clerk)
          d.AddSectionDictionary("HISTORY")->SetValue("HREF", "/history/paper/" + std::to_string(id));
      });
  return HtmlResponse(site, request, html, refused.status);
}

// The row number (1, 2, ...) the page gives `area`, for the id of its officer field; 0 when not shown.
size_t AreaRow(const GovernanceContext& context, const Request& request, int64_t id,
               const std::string& area) {
  Result<PaperData> loaded = LoadPaper(context, request, id);
  if (!loaded.ok()) return 0;
  std::vector<std::string> areas = loaded->body.required_clearances;
  for (const store::Clearance& c : loaded->clearances) {
    bool known = false;
    for (const std::string& a : areas) known = known || FoldForCompare(a) == FoldForCompare(c.area);
    if (!known) areas.push_back(c.area);
  }
  for (size_t i = 0; i < areas.size(); ++i) {
    if (FoldForCompare(areas[i]) == FoldForCompare(area)) return i + 1;
  }
  return 0;
}

Response ClearanceForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return forms::SignedOutPost(site, request);
  Result<int64_t> id = forms::PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  const std::string version_text = FieldValue(*form, "version");
  std::optional<int64_t> version =
      version_text == "0" ? std::optional<int64_t>(0) : forms::ParsePositive(version_text);
  if (!version) {
    return HtmlErrorResponse(
        site, request, Error::InvalidArgument("The form lacks the clearance's version: reload the page."));
  }
  const std::string cleared = FieldValue(*form, "cleared");
  if (cleared != "yes" && cleared != "no") {
    return HtmlErrorResponse(site, request,
                             Error::InvalidArgument("Say whether the clearance is given or withdrawn."));
  }
  governance::ClearanceInput input{FieldValue(*form, "area"), cleared == "yes", FieldValue(*form, "officer")};
  Result<store::Clearance> recorded =
      forms::RunCommand(context, request, [&](const governance::CommandContext& ctx) {
        return governance::RecordClearance(ctx, store::PaperId{*id}, *version, input);
      });
  if (recorded.ok()) return forms::Redirect(ClearancesHref(*id) + "#clearances");
  if (!forms::IsFormError(recorded.error())) return HtmlErrorResponse(site, request, recorded.error());
  Refused refused{.status = HttpStatusFor(recorded.error().code), .area = input.area, .values = *form};
  const size_t row = AreaRow(context, request, *id, input.area);
  const std::string officer_id = "officer-" + std::to_string(row);
  refused.problems.push_back(forms::ProblemOf(recorded.error(), {"officer"},
                                              row > 0 ? "area-" + std::to_string(row) : "clearances"));
  if (refused.problems.back().field == "officer") refused.problems.back().field = officer_id;
  return ClearancesPage(site, context, request, *id, refused);
}

Response PublishForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return forms::SignedOutPost(site, request);
  Result<int64_t> id = forms::PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Result<int64_t> version = forms::VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  Result<store::Paper> published =
      forms::RunCommand(context, request, [&](const governance::CommandContext& ctx) {
        return governance::PublishPaper(ctx, store::PaperId{*id}, *version);
      });
  if (published.ok()) return forms::Redirect(ClearancesHref(*id));
  if (!forms::IsFormError(published.error())) return HtmlErrorResponse(site, request, published.error());
  Refused refused{.status = HttpStatusFor(published.error().code), .values = *form};
  refused.problems.push_back({"publish", published.error().message});
  return ClearancesPage(site, context, request, *id, refused);
}

// ----- Writing a paper

// The bodies whose papers the caller may write (author, clerk or administrator), by name.
Result<std::vector<store::Body>> WritableBodies(const GovernanceContext& context, const Request& request) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(std::vector<store::Body> bodies,
                   tx->bodies().ListBodies({.limit = store::Page::kMaxLimit}));
  const governance::Caller caller = forms::CallerOf(request);
  std::erase_if(bodies, [&](const store::Body& b) { return !caller.HasRole(AccountRole::kAuthor, b.id); });
  return bodies;
}

const std::vector<std::pair<std::string, std::string>>& ClassificationOptions() {
  static const auto* options = new std::vector<std::pair<std::string, std::string>>{
      {"public", "Public"}, {"official", "OFFICIAL"}, {"official_sensitive", "OFFICIAL-SENSITIVE"}};
  return *options;
}

Response NewPaperPage(const Site& site, const GovernanceContext& context, const Request& request,
                      const Refused& refused) {
  if (!request.caller.principal) return forms::SignInFirst(request);
  Result<std::vector<store::Body>> bodies = WritableBodies(context, request);
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  if (bodies->empty()) {
    return HtmlErrorResponse(site, request,
                             Error::PermissionDenied("Only a body's authors and clerks write its papers."));
  }
  // A refused form keeps what was sent; a new one takes the body from ?body= and is OFFICIAL.
  const bool resent = !refused.values.empty();
  std::string chosen_body = FieldValue(refused.values, "body_id");
  if (!resent) {
    if (std::optional<std::string_view> body = request.Query("body")) chosen_body = std::string(*body);
  }
  const std::string classification = resent ? FieldValue(refused.values, "classification") : "official";
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Write a paper"), "paper_new.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        forms::MarkFields(d, refused.problems);
        d.SetValue("CSRF_TOKEN", forms::Csrf(request));
        std::vector<std::pair<std::string, std::string>> options;
        if (bodies->size() > 1) options.emplace_back("", "Choose a body");
        for (const store::Body& b : *bodies) options.emplace_back(std::to_string(b.id.value), b.name);
        forms::FillOptions(d, "BODY_OPTION", options, chosen_body);
        for (const char* field : {"title", "to", "from", "date", "meeting_date", "recommendations", "text"}) {
          std::string key = field;
          for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          d.SetValue(key, FieldValue(refused.values, field));
        }
        bool first = true;
        for (const auto& [value, label] : ClassificationOptions()) {
          ctemplate::TemplateDictionary* o = d.AddSectionDictionary("CLASSIFICATION_OPTION");
          o->SetValue("ID", first ? std::string("classification") : "classification-" + value);
          o->SetValue("VALUE", value);
          o->SetValue("LABEL", label);
          if (value == classification) o->ShowSection("CHECKED");
          first = false;
        }
        if (FieldValue(refused.values, "exempt") == "yes") d.ShowSection("EXEMPT");
        if (FieldValue(refused.values, "key_decision") == "yes") d.ShowSection("KEY_DECISION");
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response CreatePaperForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return forms::SignedOutPost(site, request);
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .values = *form};
  std::optional<int64_t> body_id = forms::ParsePositive(FieldValue(*form, "body_id"));
  if (!body_id) refused.problems.push_back({"body_id", "Choose the body the paper is for."});
  if (Trim(FieldValue(*form, "title")).empty())
    refused.problems.push_back({"title", "Enter the paper's title."});
  Result<std::optional<Date>> date = forms::OptionalDate(*form, "date", "date", "the paper's date");
  if (!date.ok()) refused.problems.push_back({"date", date.error().message});
  Result<std::optional<Date>> meeting_date =
      forms::OptionalDate(*form, "meeting_date", "meeting_date", "the meeting's date");
  if (!meeting_date.ok()) refused.problems.push_back({"meeting_date", meeting_date.error().message});
  Result<store::Classification> classification =
      store::ParseClassification(FieldValue(*form, "classification"));
  if (!classification.ok())
    refused.problems.push_back({"classification", "Choose the paper's classification."});
  governance::PaperText text = governance::SplitPaperText(FieldValue(*form, "text"));
  if (text.sections.empty() && text.paragraphs.empty())
    refused.problems.push_back({"text", "Enter the text of the paper."});
  if (!refused.problems.empty()) return NewPaperPage(site, context, request, refused);
  text.recommendations = governance::SplitRecommendations(FieldValue(*form, "recommendations"));
  governance::PaperInput input{.body_id = store::BodyId{*body_id},
                               .title = FieldValue(*form, "title"),
                               .to = FieldValue(*form, "to"),
                               .from = FieldValue(*form, "from"),
                               .date = *date,
                               .meeting_date = *meeting_date,
                               .classification = *classification,
                               .exempt = FieldValue(*form, "exempt") == "yes",
                               .key_decision = FieldValue(*form, "key_decision") == "yes"};
  // The paper and its text in one transaction: both are written or neither.
  Result<store::Paper> created =
      forms::RunCommand(context, request, [&](const governance::CommandContext& ctx) -> Result<store::Paper> {
        ASSIGN_OR_RETURN(store::Paper paper, governance::CreatePaper(ctx, input));
        Result<governance::PaperContent> added =
            governance::AddPaperContent(ctx, paper.id, paper.version, text);
        if (!added.ok()) return added.error();
        return paper;
      });
  if (created.ok()) return forms::Redirect("/papers/" + std::to_string(created->id.value));
  if (!forms::IsFormError(created.error())) return HtmlErrorResponse(site, request, created.error());
  refused.status = HttpStatusFor(created.error().code);
  refused.problems.push_back(forms::ProblemOf(
      created.error(), {"body_id", "title", "to", "from", "text", "recommendations"}, "title"));
  return NewPaperPage(site, context, request, refused);
}

}  // namespace

void AddPaperPages(Router& router, const Site& site, const GovernanceContext& context) {
  router.Get("/papers/new",
             [site, context](const Request& request) { return NewPaperPage(site, context, request, {}); });
  router.Post("/papers",
              [site, context](const Request& request) { return CreatePaperForm(site, context, request); });
  router.Get("/papers/{id}/clearances", [site, context](const Request& request) {
    Result<int64_t> id = forms::PathId(request);
    if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
    return ClearancesPage(site, context, request, *id, {});
  });
  router.Post("/papers/{id}/clearances",
              [site, context](const Request& request) { return ClearanceForm(site, context, request); });
  router.Post("/papers/{id}/publish",
              [site, context](const Request& request) { return PublishForm(site, context, request); });
}

}  // namespace boardroom::web
