#include "web/import_pages.h"

#include <charconv>
#include <utility>
#include <vector>

#include "accounts/crypto.h"
#include "governance/views.h"
#include "web/api_imports.h"
#include "web/auth.h"
#include "web/errors.h"

namespace boardroom::web {

std::string PendingUploads::Keep(PendingUpload upload, int64_t now) {
  upload.token = NewFormToken();
  upload.expires_at = now + kLifetimeSeconds;
  std::lock_guard<std::mutex> lock(mutex_);
  DropExpired(now);
  for (auto it = uploads_.begin(); it != uploads_.end();) {
    if (it->session_id == upload.session_id) {
      bytes_ -= it->bytes.size();
      it = uploads_.erase(it);
    } else {
      ++it;
    }
  }
  while (!uploads_.empty() && (uploads_.size() >= kMaxUploads || bytes_ + upload.bytes.size() > kMaxBytes)) {
    bytes_ -= uploads_.front().bytes.size();
    uploads_.pop_front();
  }
  bytes_ += upload.bytes.size();
  std::string token = upload.token;
  uploads_.push_back(std::move(upload));
  return token;
}

std::optional<PendingUpload> PendingUploads::Take(const std::string& token, int64_t session_id, int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  DropExpired(now);
  for (auto it = uploads_.begin(); it != uploads_.end(); ++it) {
    if (it->session_id != session_id || token.empty() || !accounts::ConstantTimeEquals(it->token, token)) {
      continue;
    }
    PendingUpload found = std::move(*it);
    bytes_ -= found.bytes.size();
    uploads_.erase(it);
    return found;
  }
  return std::nullopt;
}

size_t PendingUploads::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return uploads_.size();
}

void PendingUploads::DropExpired(int64_t now) {
  for (auto it = uploads_.begin(); it != uploads_.end();) {
    if (it->expires_at <= now) {
      bytes_ -= it->bytes.size();
      it = uploads_.erase(it);
    } else {
      ++it;
    }
  }
}

namespace {

using Problems = std::vector<FieldProblem>;
using store::AccountRole;

struct ImportContext {
  GovernanceContext governance;
  std::shared_ptr<PendingUploads> pending;

  ApiContext api() const { return ApiContext{governance.store, governance.clock}; }
};

// What the upload form shows again after a refusal.
struct Refusal {
  int status = 200;
  std::string body_id;  // the chosen option's value
  Problems problems;
};

Response Redirect(std::string location) {
  Response response = Response::Text(303, "See " + location + "\n");
  response.SetHeader("Location", std::move(location));
  return response;
}

std::string Csrf(const Request& request) {
  return request.caller.session ? request.caller.session->csrf_token : "";
}

governance::Caller CallerOf(const Request& request) {
  return governance::Caller::Of(*request.caller.principal, request.client_address);
}

bool IsAdmin(const Request& request) {
  return CallerOf(request).HasRole(AccountRole::kAdmin, std::nullopt);
}

// The bodies the caller may import for (clerk or administrator), by name.
Result<std::vector<store::Body>> ImportableBodies(const ImportContext& context, const Request& request) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx,
                   context.governance.store->Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(std::vector<store::Body> bodies,
                   tx->bodies().ListBodies({.limit = store::Page::kMaxLimit}));
  const governance::Caller caller = CallerOf(request);
  std::erase_if(bodies, [&](const store::Body& b) { return !caller.HasRole(AccountRole::kClerk, b.id); });
  return bodies;
}

// Signed in through a browser session: the pending upload is bound to it, and programs have the API door.
std::optional<Error> NeedsBrowserSession(const Request& request) {
  if (!request.caller.principal) return Error::Unauthenticated("Sign in to import files.");
  if (!request.caller.session) {
    return Error::PermissionDenied(
        "Programs import through POST /api/v1/imports; this page is for browsers.");
  }
  return std::nullopt;
}

Response UploadFormPage(const Site& site, const ImportContext& context, const Request& request,
                        const Refusal& refusal) {
  if (!request.caller.principal) {
    return Redirect("/sign-in?next=" + request.target);
  }
  Result<std::vector<store::Body>> bodies = ImportableBodies(context, request);
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  const bool admin = IsAdmin(request);
  if (bodies->empty() && !admin) {
    return HtmlErrorResponse(
        site, request, Error::PermissionDenied("Only a body's clerks and administrators import its papers."));
  }
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Import a meeting pack"), "import_new.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refusal.problems);
        for (const FieldProblem& p : refusal.problems) {
          d.AddSectionDictionary(p.field == "body" ? "BODY_ERROR" : "FILE_ERROR")
              ->SetValue("MESSAGE", p.message);
        }
        d.SetValue("CSRF_TOKEN", Csrf(request));
        std::vector<std::pair<std::string, std::string>> options;
        if (admin) {
          options.emplace_back("", "The body the file names");
        } else if (bodies->size() > 1) {
          options.emplace_back("", "Choose a body");
        }
        for (const store::Body& b : *bodies) options.emplace_back(std::to_string(b.id.value), b.name);
        for (const auto& [value, label] : options) {
          ctemplate::TemplateDictionary* o = d.AddSectionDictionary("BODY_OPTION");
          o->SetValue("VALUE", value);
          o->SetValue("LABEL", label);
          if (value == refusal.body_id) o->ShowSection("SELECTED");
        }
      });
  return HtmlResponse(site, request, html, refusal.status);
}

// The name of the body with id `text` among those the caller may import for; "" for "" (the body the file
// names). kInvalidArgument (field "body") for anything else.
Result<std::string> ChosenBodyName(const ImportContext& context, const Request& request,
                                   const std::string& text) {
  if (text.empty()) return std::string();
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec == std::errc() && end == text.data() + text.size()) {
    ASSIGN_OR_RETURN(std::vector<store::Body> bodies, ImportableBodies(context, request));
    for (const store::Body& b : bodies) {
      if (b.id.value == id) return b.name;
    }
  }
  return Error::InvalidArgument("Choose a body from the list.", "body");
}

// The refused upload form for `error`, when a person can put it right there; the error page otherwise.
Response RefuseUpload(const Site& site, const ImportContext& context, const Request& request,
                      const std::string& body_id, const Error& error, int status) {
  if (error.code != ErrorCode::kInvalidArgument && error.code != ErrorCode::kFailedPrecondition) {
    return HtmlErrorResponse(site, request, error);
  }
  std::string message = error.message;
  if (error.field == "body" && body_id.empty()) message = "Choose the body the papers are for.";
  if (error.field != "body") message = "The file could not be imported. " + message;
  Refusal refusal{.status = status,
                  .body_id = body_id,
                  .problems = {{error.field == "body" ? "body" : "file", std::move(message)}}};
  return UploadFormPage(site, context, request, refusal);
}

std::string KindLabel(const std::string& kind) {
  if (kind == "meeting-pack") return "Meeting pack";
  if (kind == "report") return "Report";
  if (kind == "action-log") return "Action log";
  return "Not recognised";
}

// "2019-09-18" as "Wednesday 18 September 2019"; anything else as it is.
std::string DisplayDate(const std::optional<std::string>& iso) {
  if (!iso) return "";
  Result<Date> date = Date::ParseIso(*iso);
  return date.ok() ? governance::ViewOf(*date).display : *iso;
}

// "1 new paper", "3 new papers".
std::string Count(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// What confirming a previewed import will store, as a sentence.
std::string PreviewSummary(const papers::ImportOutcome& outcome) {
  size_t created = 0, versions = 0, linked = 0;
  for (const papers::PaperOutcome& p : outcome.papers) {
    if (p.disposition == "new-version") {
      ++versions;
    } else if (p.disposition == "linked") {
      ++linked;
    } else {
      ++created;
    }
  }
  std::vector<std::string> parts;
  if (outcome.body_created) parts.push_back("a new body");
  if (outcome.meeting_created) parts.push_back("a new meeting with its agenda");
  if (created > 0) parts.push_back(Count(created, "new paper", "new papers"));
  if (versions > 0) parts.push_back(Count(versions, "new version of a paper", "new versions of papers"));
  if (linked > 0)
    parts.push_back(Count(linked, "link to a paper already held", "links to papers already held"));
  if (!outcome.action_ids.empty()) {
    parts.push_back(Count(outcome.action_ids.size(), "new action", "new actions"));
  }
  if (!outcome.updated_action_ids.empty()) {
    parts.push_back(Count(outcome.updated_action_ids.size(), "update to an action", "updates to actions"));
  }
  if (parts.empty()) return "Importing this file will store its document only.";
  std::string sentence = "Importing this file will store ";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) sentence += i + 1 == parts.size() ? " and " : ", ";
    sentence += parts[i];
  }
  return sentence + ".";
}

void FillPreview(ctemplate::TemplateDictionary& d, const FileImport& file, const std::string& body_name,
                 const std::string& token) {
  const papers::ParsedFile& parsed = *file.parsed;
  const papers::ImportOutcome& outcome = *file.outcome;
  d.SetValue("FILE", file.file);
  if (outcome.outcome == "duplicate") {
    d.AddSectionDictionary("DUPLICATE")->SetValue("MESSAGE", outcome.message);
    return;
  }
  ctemplate::TemplateDictionary* n = d.AddSectionDictionary("NEW");
  n->SetValue("MESSAGE", PreviewSummary(outcome));
  n->SetValue("UPLOAD_TOKEN", token);
  std::string body = body_name;
  if (body.empty() && parsed.meeting && parsed.meeting->body) body = *parsed.meeting->body;
  n->SetValue("BODY_NAME", body.empty() ? "Not named" : body);
  if (outcome.body_created) n->ShowSection("BODY_CREATED");
  n->SetValue("KIND", KindLabel(parsed.kind));
  if (parsed.meeting && parsed.meeting->date) {
    ctemplate::TemplateDictionary* m = n->AddSectionDictionary("MEETING");
    m->SetValue("DATE_ISO", *parsed.meeting->date);
    m->SetValue("DATE", DisplayDate(parsed.meeting->date));
    if (parsed.meeting->time) m->AddSectionDictionary("TIME")->SetValue("VALUE", *parsed.meeting->time);
    if (parsed.meeting->venue) m->AddSectionDictionary("VENUE")->SetValue("VALUE", *parsed.meeting->venue);
    if (outcome.meeting_id && !outcome.meeting_created) m->ShowSection("EXISTING");
  } else {
    n->ShowSection("NO_MEETING");
  }
  n->ShowSection(parsed.agenda.empty() ? "NO_AGENDA" : "HAS_AGENDA");
  for (const papers::ParsedAgendaItem& item : parsed.agenda) {
    ctemplate::TemplateDictionary* row = n->AddSectionDictionary("ITEM");
    row->SetValue("NUMBER", item.number);
    row->SetValue("TITLE", item.title);
    if (item.verbal) row->ShowSection("VERBAL");
    if (item.presenter) row->AddSectionDictionary("PRESENTER")->SetValue("VALUE", *item.presenter);
  }
  if (parsed.papers.empty()) n->ShowSection("NO_PAPERS");
  for (size_t i = 0; i < parsed.papers.size(); ++i) {
    const papers::ParsedPaper& paper = parsed.papers[i];
    ctemplate::TemplateDictionary* row = n->AddSectionDictionary("PAPER");
    row->SetValue("TITLE", paper.title);
    if (paper.agenda_item) row->AddSectionDictionary("AGENDA_NUMBER")->SetValue("VALUE", *paper.agenda_item);
    const std::string disposition = i < outcome.papers.size() ? outcome.papers[i].disposition : "created";
    if (disposition == "new-version") {
      row->SetValue("DISPOSITION", "New version of a paper already held");
      row->SetValue("TAG_CLASS", "govuk-tag--yellow");
    } else if (disposition == "linked") {
      row->SetValue("DISPOSITION", "Already held: linked, not stored again");
      row->SetValue("TAG_CLASS", "govuk-tag--grey");
    } else {
      row->SetValue("DISPOSITION", "New paper");
      row->SetValue("TAG_CLASS", "govuk-tag--green");
    }
    row->ShowSection(paper.recommendations.empty() ? "NO_RECOMMENDATIONS" : "HAS_RECOMMENDATIONS");
    for (const papers::ParsedRecommendation& r : paper.recommendations) {
      ctemplate::TemplateDictionary* rec = row->AddSectionDictionary("RECOMMENDATION");
      rec->SetValue("LABEL", r.label);
      rec->SetValue("TEXT", r.text);
    }
  }
  n->ShowSection(parsed.actions.empty() ? "NO_ACTIONS" : "HAS_ACTIONS");
  for (const papers::ParsedAction& a : parsed.actions) {
    ctemplate::TemplateDictionary* row = n->AddSectionDictionary("ACTION");
    row->SetValue("NUMBER", a.number);
    row->SetValue("TEXT", a.text);
    row->SetValue("OWNER", a.owner.value_or(""));
    row->SetValue("TARGET", DisplayDate(a.target_date));
    row->SetValue("STATUS", a.status.value_or(""));
  }
  n->ShowSection(parsed.warnings.empty() ? "NO_WARNINGS" : "HAS_WARNINGS");
  for (const papers::ParsedWarning& w : parsed.warnings) {
    ctemplate::TemplateDictionary* row = n->AddSectionDictionary("WARNING");
    row->SetValue("WHERE", w.where);
    row->SetValue("MESSAGE", w.message);
  }
}

// The text field `name` of a multipart form, "" when absent.
std::string TextPart(const std::vector<FormPart>& parts, std::string_view name) {
  for (const FormPart& part : parts) {
    if (part.name == name && !part.filename) return part.data;
  }
  return "";
}

Response PreviewUpload(const Site& site, const ImportContext& context, const Request& request) {
  if (std::optional<Error> refused = NeedsBrowserSession(request)) {
    return HtmlErrorResponse(site, request, *refused);
  }
  Result<std::vector<FormPart>> parts =
      ParseMultipartForm(request.Header("Content-Type").value_or(""), request.body);
  if (!parts.ok()) {
    return RefuseUpload(
        site, context, request, "",
        Error::InvalidArgument("The upload could not be read; choose the file again.", "file"), 400);
  }
  const std::string body_id = TextPart(*parts, "body");
  const FormPart* file = nullptr;
  for (const FormPart& part : *parts) {
    if (part.name == "file" && part.filename && !part.filename->empty()) file = &part;
  }
  Result<std::string> body_name = ChosenBodyName(context, request, body_id);
  Problems problems;
  if (!body_name.ok()) problems.push_back({"body", body_name.error().message});
  if (file == nullptr) {
    problems.push_back({"file", "Choose a file to import."});
  } else if (file->data.empty()) {
    problems.push_back({"file", "The file you chose is empty."});
  }
  if (!problems.empty()) {
    return UploadFormPage(site, context, request,
                          Refusal{.status = 400, .body_id = body_id, .problems = std::move(problems)});
  }
  const std::optional<std::string> body =
      body_name->empty() ? std::nullopt : std::optional<std::string>(*body_name);
  Result<std::vector<FileImport>> previewed =
      ImportUploads(context.api(), CallerOf(request), body, {{*file->filename, file->data}}, true);
  if (!previewed.ok()) return RefuseUpload(site, context, request, body_id, previewed.error(), 400);
  const FileImport& result = previewed->front();
  if (result.error) return RefuseUpload(site, context, request, body_id, *result.error, 422);
  std::string token;
  if (result.outcome->outcome != "duplicate") {
    token = context.pending->Keep(PendingUpload{.session_id = request.caller.session->id.value,
                                                .body = *body_name,
                                                .filename = *file->filename,
                                                .bytes = file->data},
                                  context.governance.clock->NowSeconds());
  }
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Check the import"), "import_preview.tpl", [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("CSRF_TOKEN", Csrf(request));
        FillPreview(d, result, *body_name, token);
      });
  return HtmlResponse(site, request, html);
}

Response ConfirmUpload(const Site& site, const ImportContext& context, const Request& request) {
  if (std::optional<Error> refused = NeedsBrowserSession(request)) {
    return HtmlErrorResponse(site, request, *refused);
  }
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  std::optional<PendingUpload> upload = context.pending->Take(
      FieldValue(*form, "upload"), request.caller.session->id.value, context.governance.clock->NowSeconds());
  if (!upload) {
    return UploadFormPage(
        site, context, request,
        Refusal{
            .status = 400,
            .problems = {
                {"file", "The upload has expired or has already been imported. Choose the file again."}}});
  }
  const std::optional<std::string> body =
      upload->body.empty() ? std::nullopt : std::optional<std::string>(upload->body);
  Result<std::vector<FileImport>> imported =
      ImportUploads(context.api(), CallerOf(request), body, {{upload->filename, upload->bytes}}, false);
  if (!imported.ok()) return RefuseUpload(site, context, request, "", imported.error(), 400);
  const FileImport& result = imported->front();
  if (result.error) return RefuseUpload(site, context, request, "", *result.error, 422);
  const papers::ImportOutcome& outcome = *result.outcome;
  if (outcome.outcome == "duplicate") {
    return RefuseUpload(site, context, request, "", Error::InvalidArgument(outcome.message, "file"), 400);
  }
  if (outcome.meeting_id) return Redirect("/meetings/" + std::to_string(outcome.meeting_id->value));
  if (!outcome.action_ids.empty() || !outcome.updated_action_ids.empty()) {
    return Redirect("/bodies/" + std::to_string(outcome.body_id.value) + "/actions");
  }
  return Redirect("/dashboard");
}

}  // namespace

void AddImportPages(Router& router, const Site& site, const GovernanceContext& governance) {
  ImportContext context{governance, std::make_shared<PendingUploads>()};
  router.Get("/imports/new",
             [site, context](const Request& request) { return UploadFormPage(site, context, request, {}); });
  router.Post("/imports/preview",
              [site, context](const Request& request) { return PreviewUpload(site, context, request); });
  router.Post("/imports",
              [site, context](const Request& request) { return ConfirmUpload(site, context, request); });
}

}  // namespace boardroom::web
