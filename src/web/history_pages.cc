#include "web/history_pages.h"

#include <charconv>
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/clock.h"
#include "store/audit_chain.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

using nlohmann::json;

const Error kNoHistory = Error::NotFound("There is no history for that record.");

// The body a governance record belongs to; nullopt for kinds that belong to no body.
Result<std::optional<store::BodyId>> BodyOf(store::Transaction& tx, std::string_view kind, int64_t id) {
  if (kind == "body") {
    ASSIGN_OR_RETURN(store::Body body, tx.bodies().GetBody(store::BodyId{id}));
    return std::optional(body.id);
  }
  if (kind == "meeting") {
    ASSIGN_OR_RETURN(store::Meeting meeting, tx.meetings().GetMeeting(store::MeetingId{id}));
    return std::optional(meeting.body_id);
  }
  if (kind == "agenda_item") {
    ASSIGN_OR_RETURN(store::AgendaItem item,
                     tx.meetings().GetAgendaItem(store::AgendaItemId{id}, store::Viewer::Everything()));
    ASSIGN_OR_RETURN(store::Meeting meeting, tx.meetings().GetMeeting(item.meeting_id));
    return std::optional(meeting.body_id);
  }
  if (kind == "paper") {
    ASSIGN_OR_RETURN(store::Paper paper,
                     tx.papers().GetPaper(store::PaperId{id}, store::Viewer::Everything()));
    return std::optional(paper.body_id);
  }
  if (kind == "action") {
    ASSIGN_OR_RETURN(store::Action action,
                     tx.actions().GetAction(store::ActionId{id}, store::Viewer::Everything()));
    return std::optional(action.body_id);
  }
  return std::optional<store::BodyId>();
}

bool IsBodyKind(std::string_view kind) {
  return kind == "body" || kind == "meeting" || kind == "agenda_item" || kind == "paper" || kind == "action";
}

Result<int64_t> ParseId(std::string_view text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return kNoHistory;
  return id;
}

// A record kind as the trail writes it: lower-case letters and "_" only.
Status CheckKind(std::string_view kind) {
  if (kind.empty() || kind.size() > 40) return kNoHistory;
  for (char c : kind) {
    if (!((c >= 'a' && c <= 'z') || c == '_')) return kNoHistory;
  }
  return OkStatus();
}

// The events the caller may read; kUnauthenticated when signed out, kNotFound when the record has no
// history for them.
Result<std::vector<store::AuditEvent>> LoadHistory(const AuthContext& context, const Request& request) {
  if (!request.caller.principal) return Error::Unauthenticated("Sign in to see the history of a record.");
  std::string_view kind = request.Param("kind");
  RETURN_IF_ERROR(CheckKind(kind));
  ASSIGN_OR_RETURN(int64_t id, ParseId(request.Param("id")));
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  Result<bool> may = MayReadHistory(*tx, *request.caller.principal, kind, id);
  if (!may.ok()) return may.error().code == ErrorCode::kNotFound ? kNoHistory : may.error();
  if (!*may) return kNoHistory;
  return tx->audit().ListAuditEvents(std::string(kind), id, {.limit = store::Page::kMaxLimit});
}

// "2019-09-18T14:05:00Z"
std::string IsoInstant(int64_t at) {
  std::time_t t = static_cast<std::time_t>(at);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// Stored JSON, indented for reading; "" stays "".
std::string Pretty(const std::string& stored) {
  if (stored.empty()) return "";
  json value = json::parse(stored, nullptr, false);
  if (value.is_discarded()) return stored;
  return value.dump(2, ' ', false, json::error_handler_t::replace);
}

json Parsed(const std::string& stored) {
  if (stored.empty()) return nullptr;
  json value = json::parse(stored, nullptr, false);
  return value.is_discarded() ? json(stored) : value;
}

Response HistoryPage(const Site& site, const AuthContext& context, const Request& request) {
  Result<std::vector<store::AuditEvent>> events = LoadHistory(context, request);
  if (!events.ok()) {
    if (events.error().code == ErrorCode::kUnauthenticated) {
      Response response = Response::Text(303, "Sign in first\n");
      response.SetHeader("Location", "/sign-in?next=" + request.path);
      return response;
    }
    return HtmlErrorResponse(site, request, events.error());
  }
  std::string record = std::string(request.Param("kind")) + " " + std::string(request.Param("id"));
  for (char& c : record) {
    if (c == '_') c = ' ';
  }
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "History of " + record), "history.tpl", [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("RECORD", record);
        if (events->empty()) {
          d.ShowSection("NO_EVENTS");
          return;
        }
        ctemplate::TemplateDictionary* table = d.AddSectionDictionary("EVENTS");
        for (const store::AuditEvent& e : *events) {
          ctemplate::TemplateDictionary* row = table->AddSectionDictionary("EVENT");
          row->SetValue("ID", std::to_string(e.id.value));
          row->SetValue("AT_ISO", IsoInstant(e.at));
          row->SetValue("AT", UkDateAt(e.at).ToShort() + ", " + IsoInstant(e.at).substr(11, 5) + " UTC");
          row->SetValue("ACTOR", e.actor);
          if (!e.address.empty()) row->AddSectionDictionary("ADDRESS")->SetValue("VALUE", e.address);
          row->SetValue("ACTION", e.action);
          row->SetValue("BEFORE", Pretty(e.before_json));
          row->SetValue("AFTER", Pretty(e.after_json));
        }
      });
  return HtmlResponse(site, request, html);
}

Response HistoryApi(const AuthContext& context, const Request& request) {
  Result<std::vector<store::AuditEvent>> events = LoadHistory(context, request);
  if (!events.ok()) return JsonErrorResponse(events.error());
  json list = json::array();
  for (const store::AuditEvent& e : *events) {
    list.push_back({{"id", e.id.value},
                    {"at", IsoInstant(e.at)},
                    {"actor", e.actor},
                    {"action", e.action},
                    {"address", e.address},
                    {"before", Parsed(e.before_json)},
                    {"after", Parsed(e.after_json)},
                    {"hash", e.hash}});
  }
  json answer = {
      {"record", {{"kind", std::string(request.Param("kind"))}, {"id", *ParseId(request.Param("id"))}}},
      {"events", list}};
  return Response::Json(200, DumpJson(answer));
}

}  // namespace

Result<bool> MayReadHistory(store::Transaction& tx, const accounts::Principal& principal,
                            std::string_view kind, int64_t id) {
  if (principal.user.disabled) return false;
  if (principal.HasRole(store::AccountRole::kAdmin)) return true;
  if (kind == "user") return id == principal.user.id.value;
  if (!IsBodyKind(kind)) return false;
  ASSIGN_OR_RETURN(std::optional<store::BodyId> body, BodyOf(tx, kind, id));
  return body && principal.HasRole(store::AccountRole::kClerk, *body);
}

namespace {

// GET /api/v1/audit/verify: the whole chain checked, for administrators.
Response VerifyApi(const AuthContext& context, const Request& request) {
  if (!request.caller.principal)
    return JsonErrorResponse(Error::Unauthenticated("Sign in as an administrator."));
  if (!request.caller.principal->HasRole(store::AccountRole::kAdmin)) {
    return JsonErrorResponse(Error::PermissionDenied("Only administrators verify the audit trail."));
  }
  Result<std::unique_ptr<store::Transaction>> tx = context.store->Begin(store::Access::kReadOnly);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  Result<store::AuditVerification> checked = store::VerifyAuditChain(**tx);
  if (!checked.ok()) return JsonErrorResponse(checked.error());
  json answer = {{"ok", checked->ok}, {"events", checked->events}};
  if (!checked->ok) {
    answer["first_bad"] = checked->first_bad.value;
    answer["problem"] = checked->problem;
  }
  return Response::Json(200, DumpJson(answer));
}

}  // namespace

void AddHistoryRoutes(Router& router, const Site& site, const AuthContext& context) {
  router.Get("/api/v1/audit/verify",
             [context](const Request& request) { return VerifyApi(context, request); });
  router.Get("/history/{kind}/{id}",
             [site, context](const Request& request) { return HistoryPage(site, context, request); });
  router.Get("/api/v1/history/{kind}/{id}",
             [context](const Request& request) { return HistoryApi(context, request); });
}

}  // namespace boardroom::web
