#include "web/api_governance.h"

#include <charconv>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accounts/accounts.h"
#include "governance/action_csv.h"
#include "governance/commands.h"
#include "governance/record_json.h"
#include "governance/registers.h"
#include "governance/views.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

using nlohmann::json;
using TxPtr = std::unique_ptr<store::Transaction>;

// The largest page a caller may ask for, and the page they get when they do not say.
constexpr int64_t kMaxApiLimit = 500;
constexpr int64_t kDefaultApiLimit = 50;

// ------------------------------------------------------------------------------------------------------------
// Reading the request.

// A whole decimal number, or nullopt for anything else (signs, spaces, overflow).
std::optional<int64_t> ParseInteger(std::string_view text) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Path ids are positive decimal integers; anything else names no record.
Result<int64_t> PathId(const Request& request) {
  std::optional<int64_t> id = ParseInteger(request.Param("id"));
  if (!id || *id <= 0) return Error::NotFound("There is no such record.");
  return *id;
}

// The page a list asks for: ?limit (1 to 500, default 50) and ?offset (0 or more, default 0).
Result<store::Page> PageOf(const Request& request) {
  store::Page page{.limit = kDefaultApiLimit, .offset = 0};
  if (std::optional<std::string_view> limit = request.Query("limit")) {
    std::optional<int64_t> value = ParseInteger(*limit);
    if (!value || *value < 1 || *value > kMaxApiLimit) {
      return Error::InvalidArgument(
          "limit must be a whole number from 1 to " + std::to_string(kMaxApiLimit) + ".", "limit");
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

// One more than the page, so that the answer can say whether there is more.
store::Page Probe(const store::Page& page) {
  return {.limit = page.limit + 1, .offset = page.offset};
}

// True for ?format=csv, false for none or ?format=json; kInvalidArgument otherwise.
Result<bool> WantsCsv(const Request& request) {
  std::optional<std::string_view> format = request.Query("format");
  if (!format || *format == "json") return false;
  if (*format == "csv") return true;
  return Error::InvalidArgument("format must be json or csv.", "format");
}

// An optional ISO date in the query.
Result<std::optional<Date>> QueryDate(const Request& request, const char* name) {
  std::optional<std::string_view> text = request.Query(name);
  if (!text) return std::optional<Date>();
  Result<Date> date = Date::ParseIso(*text);
  if (!date.ok()) {
    return Error::InvalidArgument(std::string(name) + " must be a date written as YYYY-MM-DD.", name);
  }
  return std::optional<Date>(*date);
}

// ?body: a body's id or its name or short name (case ignored). An unknown body is a bad filter (400).
Result<std::optional<store::BodyId>> QueryBody(store::Transaction& tx, const Request& request) {
  std::optional<std::string_view> text = request.Query("body");
  if (!text) return std::optional<store::BodyId>();
  if (std::optional<int64_t> id = ParseInteger(*text)) {
    Result<store::Body> body = tx.bodies().GetBody(store::BodyId{*id});
    if (body.ok()) return std::optional<store::BodyId>(body->id);
    if (body.error().code != ErrorCode::kNotFound) return body.error();
  } else {
    Result<store::Body> body = governance::FindBodyByName(tx, std::string(*text));
    if (body.ok()) return std::optional<store::BodyId>(body->id);
    if (body.error().code != ErrorCode::kNotFound) return body.error();
  }
  return Error::InvalidArgument("There is no body called " + std::string(*text) + ".", "body");
}

// The members of a JSON request body, read with the first problem kept (field named as in the import format).
// A member that is null counts as absent.
class BodyReader {
 public:
  explicit BodyReader(const json& body) : body_(body) {}

  // True when `name` is present, even as null.
  bool Has(const char* name) const { return body_.contains(name); }

  std::string String(const char* name) {
    const json* value = Find(name);
    if (value == nullptr) return "";
    if (!value->is_string()) {
      Fail(name, std::string(name) + " must be text.");
      return "";
    }
    return value->get<std::string>();
  }

  bool Bool(const char* name, bool fallback) {
    const json* value = Find(name);
    if (value == nullptr) return fallback;
    if (!value->is_boolean()) {
      Fail(name, std::string(name) + " must be true or false.");
      return fallback;
    }
    return value->get<bool>();
  }

  std::optional<int64_t> Integer(const char* name) {
    const json* value = Find(name);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number_integer()) {
      Fail(name, std::string(name) + " must be a whole number.");
      return std::nullopt;
    }
    return value->get<int64_t>();
  }

  template <typename IdType>
  std::optional<IdType> OptionalId(const char* name) {
    std::optional<int64_t> value = Integer(name);
    if (!value) return std::nullopt;
    if (*value <= 0) {
      Fail(name, std::string(name) + " must be the id of a record.");
      return std::nullopt;
    }
    return IdType{*value};
  }

  template <typename IdType>
  IdType RequiredId(const char* name) {
    std::optional<IdType> id = OptionalId<IdType>(name);
    if (!id && ok()) Fail(name, "Enter " + std::string(name) + ".");
    return id.value_or(IdType{});
  }

  std::optional<Date> OptionalDate(const char* name) {
    std::string text = String(name);
    if (text.empty()) return std::nullopt;
    Result<Date> date = Date::ParseIso(text);
    if (!date.ok()) {
      Fail(name, std::string(name) + " must be a date written as YYYY-MM-DD.");
      return std::nullopt;
    }
    return *date;
  }

  Date RequiredDate(const char* name) {
    std::optional<Date> date = OptionalDate(name);
    if (!date && ok()) Fail(name, "Enter " + std::string(name) + " as YYYY-MM-DD.");
    return date.value_or(Date());
  }

  std::vector<std::string> Strings(const char* name) {
    std::vector<std::string> out;
    const json* value = Find(name);
    if (value == nullptr) return out;
    if (!value->is_array()) {
      Fail(name, std::string(name) + " must be a list of text.");
      return out;
    }
    for (const json& item : *value) {
      if (!item.is_string()) {
        Fail(name, std::string(name) + " must be a list of text.");
        return {};
      }
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  // A closed-set name parsed by `parse`; `fallback` when absent.
  template <typename T>
  T Enum(const char* name, T fallback, Result<T> (*parse)(std::string_view)) {
    const json* value = Find(name);
    if (value == nullptr) return fallback;
    if (value->is_string()) {
      Result<T> parsed = parse(value->get<std::string>());
      if (parsed.ok()) return *parsed;
    }
    Fail(name, std::string(name) + " is not one of the names the API documents.");
    return fallback;
  }

  void Fail(const char* field, std::string message) {
    if (!error_) error_ = Error::InvalidArgument(std::move(message), field);
  }
  bool ok() const { return !error_.has_value(); }
  Status status() const { return error_ ? Status(*error_) : OkStatus(); }

 private:
  const json* Find(const char* name) const {
    auto it = body_.find(name);
    if (it == body_.end() || it->is_null()) return nullptr;
    return &*it;
  }

  const json& body_;
  std::optional<Error> error_;
};

// The body of a JSON door as an object; kInvalidArgument otherwise.
Result<json> JsonBody(const Request& request) {
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return Error::InvalidArgument("The request body must be a JSON object.");
  }
  return body;
}

// ------------------------------------------------------------------------------------------------------------
// Answering.

// A page of a list: {"items", "limit", "offset", "has_more", "next_offset"}.
json PageJson(json items, const store::Page& page, bool has_more) {
  return {{"items", std::move(items)},
          {"limit", page.limit},
          {"offset", page.offset},
          {"has_more", has_more},
          {"next_offset", has_more ? json(page.offset + page.limit) : json(nullptr)}};
}

// PageJson of `items`, which may hold one more than the page (the probe): it is dropped and has_more set.
json ListJson(json items, const store::Page& page) {
  const bool has_more = static_cast<int64_t>(items.size()) > page.limit;
  if (has_more) items.erase(items.end() - 1);
  return PageJson(std::move(items), page, has_more);
}

// Drops the probe's extra element from `rows`, and says whether there was one.
template <typename T>
bool TrimProbe(std::vector<T>& rows, const store::Page& page) {
  if (static_cast<int64_t>(rows.size()) <= page.limit) return false;
  rows.resize(static_cast<size_t>(page.limit));
  return true;
}

// A CSV answer. The X-Has-More header says whether a further page exists (the body has no room for it).
Response CsvResponse(std::string body, const std::string& name, bool has_more) {
  Response response = Response::Make(200, "text/csv; charset=utf-8", std::move(body));
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
  response.SetHeader("X-Has-More", has_more ? "true" : "false");
  return response;
}

// One CSV record (RFC 4180, formula cells guarded) from its fields.
std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += governance::CsvField(fields[i]);
  }
  line += "\r\n";
  return line;
}

std::string DateText(const std::optional<Date>& date) {
  return date ? date->ToIso() : "";
}

template <typename IdType>
std::string IdText(const std::optional<IdType>& id) {
  return id ? std::to_string(id->value) : "";
}

// Refuses the public: every state-changing door needs someone signed in.
Status RequireSignedIn(const Request& request) {
  if (!request.caller.principal) {
    return Error::Unauthenticated("Sign in (or send an API token) to change records.");
  }
  return OkStatus();
}

store::Viewer ViewerOf(const Request& request) {
  return accounts::ViewerFor(request.caller.principal);
}

Result<TxPtr> BeginRead(const ApiContext& context) {
  return context.store->Begin(store::Access::kReadOnly);
}

// A command's work inside a door: runs with the caller in one read-write transaction and returns what to
// answer.
using Command = std::function<Result<json>(const governance::CommandContext&, const json& body)>;

// The shape of every state-changing door: signed in, a JSON object body, one transaction committed only when
// the command succeeds; the answer is the command's JSON with `ok_status`, or the mapped error.
Response RunCommand(const ApiContext& context, const Request& request, int ok_status,
                    const Command& command) {
  if (Status signed_in = RequireSignedIn(request); !signed_in.ok())
    return JsonErrorResponse(signed_in.error());
  Result<json> body = JsonBody(request);
  if (!body.ok()) return JsonErrorResponse(body.error());
  Result<TxPtr> tx = context.store->Begin();
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  governance::Caller caller = governance::Caller::Of(*request.caller.principal, request.client_address);
  governance::CommandContext ctx{**tx, caller, *context.clock};
  Result<json> answer = command(ctx, *body);
  if (!answer.ok()) return JsonErrorResponse(answer.error());
  if (Status committed = (*tx)->Commit(); !committed.ok()) return JsonErrorResponse(committed.error());
  return Response::Json(ok_status, DumpJson(*answer));
}

// ------------------------------------------------------------------------------------------------------------
// Bodies.

Response ListBodies(const ApiContext& context, const Request& request) {
  Result<store::Page> page = PageOf(request);
  if (!page.ok()) return JsonErrorResponse(page.error());
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  Result<TxPtr> tx = BeginRead(context);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  Result<std::vector<store::Body>> bodies = (*tx)->bodies().ListBodies(Probe(*page));
  if (!bodies.ok()) return JsonErrorResponse(bodies.error());
  if (*csv) {
    bool more = TrimProbe(*bodies, *page);
    std::string text =
        CsvLine({"id", "version", "name", "short_name", "kind", "parent_id", "active_from", "active_until"});
    for (const store::Body& b : *bodies) {
      text += CsvLine({std::to_string(b.id.value), std::to_string(b.version), b.name, b.short_name, b.kind,
                       IdText(b.parent_body_id), DateText(b.active_from), DateText(b.active_until)});
    }
    return CsvResponse(std::move(text), "bodies", more);
  }
  json items = json::array();
  for (const store::Body& b : *bodies) items.push_back(governance::ToJson(b));
  return Response::Json(200, DumpJson(ListJson(std::move(items), *page)));
}

Result<json> CreateBody(const governance::CommandContext& ctx, const json& body) {
  BodyReader in(body);
  governance::BodyInput input;
  input.name = in.String("name");
  input.short_name = in.String("short_name");
  input.kind = in.String("kind");
  input.parent_id = in.OptionalId<store::BodyId>("parent_id");
  input.terms_of_reference = in.String("terms_of_reference");
  input.active_from = in.OptionalDate("active_from");
  input.active_until = in.OptionalDate("active_until");
  input.required_clearances = in.Strings("required_clearances");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Body created, governance::CreateBody(ctx, input));
  return governance::ToJson(created);
}

// ------------------------------------------------------------------------------------------------------------
// Meetings and agendas.

Result<store::MeetingFilter> MeetingFilterOf(store::Transaction& tx, const Request& request) {
  store::MeetingFilter filter;
  ASSIGN_OR_RETURN(filter.page, PageOf(request));
  ASSIGN_OR_RETURN(filter.body_id, QueryBody(tx, request));
  ASSIGN_OR_RETURN(std::optional<Date> date, QueryDate(request, "date"));
  ASSIGN_OR_RETURN(filter.from, QueryDate(request, "from"));
  ASSIGN_OR_RETURN(filter.until, QueryDate(request, "to"));
  if (date) {
    if (filter.from || filter.until) {
      return Error::InvalidArgument("Give either date, or from and to, not both.", "date");
    }
    filter.from = date;
    filter.until = date;
  }
  if (filter.from && filter.until && *filter.until < *filter.from) {
    return Error::InvalidArgument("to must not be before from.", "to");
  }
  return filter;
}

Response ListMeetings(const ApiContext& context, const Request& request) {
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  Result<TxPtr> tx = BeginRead(context);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  Result<store::MeetingFilter> filter = MeetingFilterOf(**tx, request);
  if (!filter.ok()) return JsonErrorResponse(filter.error());
  const store::Page page = filter->page;
  filter->page = Probe(page);
  Result<std::vector<store::Meeting>> meetings = (*tx)->meetings().ListMeetings(*filter);
  if (!meetings.ok()) return JsonErrorResponse(meetings.error());
  if (*csv) {
    bool more = TrimProbe(*meetings, page);
    std::string text = CsvLine({"id", "version", "body_id", "date", "time", "venue", "status"});
    for (const store::Meeting& m : *meetings) {
      text += CsvLine({std::to_string(m.id.value), std::to_string(m.version), std::to_string(m.body_id.value),
                       m.date.ToIso(), m.time, m.venue, std::string(store::Name(m.status))});
    }
    return CsvResponse(std::move(text), "meetings", more);
  }
  json items = json::array();
  for (const store::Meeting& m : *meetings) items.push_back(governance::ToJson(m));
  return Response::Json(200, DumpJson(ListJson(std::move(items), page)));
}

// An agenda item with the title of its paper when the viewer may see the paper.
Result<json> AgendaItemJson(store::Transaction& tx, const store::AgendaItem& item,
                            const store::Viewer& viewer) {
  json out = governance::ToJson(item);
  out["paper_title"] = nullptr;
  if (item.paper_id) {
    Result<store::Paper> paper = tx.papers().GetPaper(*item.paper_id, viewer);
    if (paper.ok()) {
      out["paper_title"] = paper->title;
    } else if (paper.error().code == ErrorCode::kNotFound) {
      out["paper_id"] = nullptr;
    } else {
      return paper.error();
    }
  }
  return out;
}

Result<json> LoadMeetingJson(const ApiContext& context, const Request& request) {
  ASSIGN_OR_RETURN(int64_t id, PathId(request));
  ASSIGN_OR_RETURN(TxPtr tx, BeginRead(context));
  ASSIGN_OR_RETURN(store::Meeting meeting, tx->meetings().GetMeeting(store::MeetingId{id}));
  const store::Viewer viewer = ViewerOf(request);
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> items, tx->meetings().ListAgendaItems(meeting.id, viewer));
  json out = governance::ToJson(meeting);
  json agenda = json::array();
  for (const store::AgendaItem& item : items) {
    ASSIGN_OR_RETURN(json row, AgendaItemJson(*tx, item, viewer));
    agenda.push_back(std::move(row));
  }
  out["agenda"] = std::move(agenda);
  return out;
}

Result<json> CreateMeeting(const governance::CommandContext& ctx, const json& body) {
  BodyReader in(body);
  governance::MeetingInput input;
  input.body_id = in.RequiredId<store::BodyId>("body_id");
  input.date = in.RequiredDate("date");
  input.time = in.String("time");
  input.venue = in.String("venue");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Meeting created, governance::CreateMeeting(ctx, input));
  return governance::ToJson(created);
}

Result<json> AddAgendaItem(const governance::CommandContext& ctx, store::MeetingId meeting_id,
                           const json& body) {
  // The meeting is named by the path: a missing one is 404, not a bad field.
  RETURN_IF_ERROR(ctx.tx.meetings().GetMeeting(meeting_id));
  BodyReader in(body);
  governance::AgendaItemInput input;
  input.meeting_id = meeting_id;
  input.number = in.String("number");
  input.parent_item_id = in.OptionalId<store::AgendaItemId>("parent_item_id");
  input.title = in.String("title");
  input.presenter = in.String("presenter");
  input.kind = in.Enum("kind", store::AgendaItemKind::kStandard, &store::ParseAgendaItemKind);
  input.exemption_paragraph = in.String("exemption_paragraph");
  input.paper_id = in.OptionalId<store::PaperId>("paper_id");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::AgendaItem created, governance::AddAgendaItem(ctx, input));
  return AgendaItemJson(ctx.tx, created, store::Viewer::Everything());
}

// ------------------------------------------------------------------------------------------------------------
// Papers.

Response ListPapers(const ApiContext& context, const Request& request) {
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  Result<store::Page> page = PageOf(request);
  if (!page.ok()) return JsonErrorResponse(page.error());
  Result<TxPtr> tx = BeginRead(context);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  Result<std::optional<store::BodyId>> body = QueryBody(**tx, request);
  if (!body.ok()) return JsonErrorResponse(body.error());
  Result<std::vector<store::Paper>> papers =
      (*tx)->papers().ListPapers({.body_id = *body, .page = Probe(*page)}, ViewerOf(request));
  if (!papers.ok()) return JsonErrorResponse(papers.error());
  if (*csv) {
    bool more = TrimProbe(*papers, *page);
    std::string text = CsvLine({"id", "version", "body_id", "title", "to", "from", "date", "meeting_date",
                                "classification", "published", "exempt", "key_decision"});
    for (const store::Paper& p : *papers) {
      text += CsvLine({std::to_string(p.id.value), std::to_string(p.version), std::to_string(p.body_id.value),
                       p.title, p.to, p.from, DateText(p.date), DateText(p.meeting_date),
                       std::string(store::Name(p.classification)), p.published ? "true" : "false",
                       p.exempt ? "true" : "false", p.key_decision ? "true" : "false"});
    }
    return CsvResponse(std::move(text), "papers", more);
  }
  json items = json::array();
  for (const store::Paper& p : *papers) items.push_back(governance::ToJson(p));
  return Response::Json(200, DumpJson(ListJson(std::move(items), *page)));
}

// A paper with its sections (each with its paragraphs; paragraphs outside any section come first, under a
// section with an empty number and heading), recommendations and clearances, as the viewer may see them.
Result<json> LoadPaperJson(const ApiContext& context, const Request& request) {
  ASSIGN_OR_RETURN(int64_t id, PathId(request));
  ASSIGN_OR_RETURN(TxPtr tx, BeginRead(context));
  const store::Viewer viewer = ViewerOf(request);
  ASSIGN_OR_RETURN(store::Paper paper, tx->papers().GetPaper(store::PaperId{id}, viewer));
  ASSIGN_OR_RETURN(std::vector<store::PaperSection> sections, tx->papers().ListSections(paper.id, viewer));
  ASSIGN_OR_RETURN(std::vector<store::Paragraph> paragraphs, tx->papers().ListParagraphs(paper.id, viewer));
  ASSIGN_OR_RETURN(std::vector<store::Recommendation> recommendations,
                   tx->papers().ListRecommendations(paper.id, viewer));
  ASSIGN_OR_RETURN(std::vector<store::Clearance> clearances, tx->papers().ListClearances(paper.id, viewer));
  std::map<int64_t, json> by_section;
  json loose = json::array();
  for (const store::Paragraph& g : paragraphs) {
    json row = {{"id", g.id.value},
                {"version", g.version},
                {"number", g.number},
                {"heading", g.heading},
                {"text", g.text}};
    if (g.section_id) {
      by_section[g.section_id->value].push_back(std::move(row));
    } else {
      loose.push_back(std::move(row));
    }
  }
  json section_list = json::array();
  if (!loose.empty()) {
    section_list.push_back(
        {{"id", nullptr}, {"version", nullptr}, {"number", ""}, {"heading", ""}, {"paragraphs", loose}});
  }
  for (const store::PaperSection& s : sections) {
    auto it = by_section.find(s.id.value);
    section_list.push_back({{"id", s.id.value},
                            {"version", s.version},
                            {"number", s.number},
                            {"heading", s.heading},
                            {"paragraphs", it == by_section.end() ? json::array() : it->second}});
  }
  json out = governance::ToJson(paper);
  out["sections"] = std::move(section_list);
  out["recommendations"] = json::array();
  for (const store::Recommendation& r : recommendations)
    out["recommendations"].push_back(governance::ToJson(r));
  out["clearances"] = json::array();
  for (const store::Clearance& c : clearances) out["clearances"].push_back(governance::ToJson(c));
  ASSIGN_OR_RETURN(std::optional<store::Inspection> inspection,
                   tx->inspections().FindInspectionByPaper(paper.id, viewer));
  out["inspection_id"] = inspection ? json(inspection->id.value) : json(nullptr);
  return out;
}

Result<json> CreatePaper(const governance::CommandContext& ctx, const json& body) {
  BodyReader in(body);
  governance::PaperInput input;
  input.body_id = in.RequiredId<store::BodyId>("body_id");
  input.title = in.String("title");
  input.to = in.String("to");
  input.from = in.String("from");
  input.date = in.OptionalDate("date");
  input.meeting_date = in.OptionalDate("meeting_date");
  input.classification =
      in.Enum("classification", store::Classification::kOfficial, &store::ParseClassification);
  input.exempt = in.Bool("exempt", false);
  input.key_decision = in.Bool("key_decision", false);
  input.electoral_divisions = in.String("electoral_divisions");
  const bool publish = in.Bool("published", false);
  for (const char* part : {"sections", "recommendations"}) {
    auto it = body.find(part);
    if (it != body.end() && !it->is_null() && !(it->is_array() && it->empty())) {
      in.Fail(part, std::string("The API does not take a paper's ") + part +
                        " yet: import the paper's file with `boardroom import`.");
    }
  }
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Paper paper, governance::CreatePaper(ctx, input));
  if (publish) {
    ASSIGN_OR_RETURN(paper, governance::PublishPaper(ctx, paper.id, paper.version));
  }
  json out = governance::ToJson(paper);
  out["sections"] = json::array();
  out["recommendations"] = json::array();
  out["clearances"] = json::array();
  return out;
}

// ------------------------------------------------------------------------------------------------------------
// Actions.

// An action as the API answers it: the record, with its body, the date of the meeting that raised it, its due
// state and its updates (oldest first).
class ActionJsonBuilder {
 public:
  ActionJsonBuilder(store::Transaction& tx, Date today) : tx_(tx), views_(tx, today) {}

  Result<json> Build(const store::Action& action, governance::ActionListItem* item = nullptr) {
    ASSIGN_OR_RETURN(governance::ActionView view, views_.Build(action, true));
    ASSIGN_OR_RETURN(const store::Body* body, BodyOf(action.body_id));
    json out = governance::ToJson(action);
    out["body"] = body->short_name.empty() ? body->name : body->short_name;
    out["meeting_date"] =
        view.meeting_raised_date.iso.empty() ? json(nullptr) : json(view.meeting_raised_date.iso);
    out["report_back_date"] =
        view.report_back_date.iso.empty() ? json(nullptr) : json(view.report_back_date.iso);
    out["due_state"] = view.due_state;
    out["due_message"] = view.due_message;
    json updates = json::array();
    for (const governance::ActionUpdateView& u : view.updates) {
      updates.push_back({{"date", u.date.iso}, {"text", u.text}, {"author", u.author}});
    }
    out["updates"] = std::move(updates);
    if (item != nullptr) *item = {std::move(view), body->id, body->name, body->short_name};
    return out;
  }

 private:
  Result<const store::Body*> BodyOf(store::BodyId id) {
    auto it = bodies_.find(id.value);
    if (it == bodies_.end()) {
      ASSIGN_OR_RETURN(store::Body body, tx_.bodies().GetBody(id));
      it = bodies_.emplace(id.value, std::move(body)).first;
    }
    return &it->second;
  }

  store::Transaction& tx_;
  governance::ActionViewBuilder views_;
  std::map<int64_t, store::Body> bodies_;
};

Result<store::ActionFilter> ActionFilterOf(store::Transaction& tx, const Request& request, Date today) {
  store::ActionFilter filter;
  filter.viewer = ViewerOf(request);
  ASSIGN_OR_RETURN(filter.page, PageOf(request));
  ASSIGN_OR_RETURN(filter.body_id, QueryBody(tx, request));
  if (std::optional<std::string_view> status = request.Query("status")) {
    Result<store::ActionStatus> parsed = store::ParseActionStatus(*status);
    if (!parsed.ok()) {
      return Error::InvalidArgument("status must be one of open, ongoing, complete, closed, superseded.",
                                    "status");
    }
    filter.status = *parsed;
  }
  if (std::optional<std::string_view> owner = request.Query("owner")) filter.owner = std::string(*owner);
  if (std::optional<std::string_view> overdue = request.Query("overdue")) {
    if (*overdue == "true") {
      filter.overdue_as_of = today;
    } else if (*overdue != "false") {
      return Error::InvalidArgument("overdue must be true or false.", "overdue");
    }
  }
  return filter;
}

Response ListActions(const ApiContext& context, const Request& request) {
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  Result<TxPtr> tx = BeginRead(context);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  const Date today = context.clock->Today();
  Result<store::ActionFilter> filter = ActionFilterOf(**tx, request, today);
  if (!filter.ok()) return JsonErrorResponse(filter.error());
  const store::Page page = filter->page;
  filter->page = Probe(page);
  Result<std::vector<store::Action>> actions = (*tx)->actions().ListActions(*filter);
  if (!actions.ok()) return JsonErrorResponse(actions.error());
  const bool more = TrimProbe(*actions, page);
  ActionJsonBuilder builder(**tx, today);
  json items = json::array();
  std::vector<governance::ActionListItem> rows;
  for (const store::Action& action : *actions) {
    governance::ActionListItem row;
    Result<json> item = builder.Build(action, &row);
    if (!item.ok()) return JsonErrorResponse(item.error());
    items.push_back(std::move(*item));
    rows.push_back(std::move(row));
  }
  if (*csv) return CsvResponse(governance::ActionLogCsv(rows), "actions", more);
  return Response::Json(200, DumpJson(PageJson(std::move(items), page, more)));
}

// The action as `viewer` may see it (the doors that write pass Viewer::Everything after the command checked
// the caller's role for the body).
Result<json> LoadActionJson(store::Transaction& tx, const Clock& clock, store::ActionId id,
                            const store::Viewer& viewer) {
  ASSIGN_OR_RETURN(store::Action action, tx.actions().GetAction(id, viewer));
  ActionJsonBuilder builder(tx, clock.Today());
  return builder.Build(action);
}

// The agenda item a new action is raised against: agenda_item_id, or meeting_id with the item's number
// (agenda_item, as the import format writes it).
Result<store::AgendaItemId> RaisingItem(store::Transaction& tx, BodyReader& in) {
  std::optional<store::AgendaItemId> item_id = in.OptionalId<store::AgendaItemId>("agenda_item_id");
  std::optional<store::MeetingId> meeting_id = in.OptionalId<store::MeetingId>("meeting_id");
  std::string number = in.String("agenda_item");
  RETURN_IF_ERROR(in.status());
  if (item_id) return *item_id;
  if (!meeting_id || number.empty()) {
    return Error::InvalidArgument(
        "Say which agenda item raised the action: agenda_item_id, or meeting_id and agenda_item.",
        "agenda_item");
  }
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> items,
                   tx.meetings().ListAgendaItems(*meeting_id, store::Viewer::Everything()));
  for (const store::AgendaItem& item : items) {
    if (item.number == number) return item.id;
  }
  return Error::InvalidArgument("That meeting has no agenda item " + number + ".", "agenda_item");
}

Result<json> RaiseAction(const governance::CommandContext& ctx, const json& body) {
  BodyReader in(body);
  governance::RaiseActionInput input;
  ASSIGN_OR_RETURN(input.agenda_item_id, RaisingItem(ctx.tx, in));
  std::optional<store::BodyId> body_id = in.OptionalId<store::BodyId>("body_id");
  input.number = in.String("number");
  input.text = in.String("text");
  input.owner = in.String("owner");
  input.target_date = in.OptionalDate("target_date");
  input.report_back_meeting_id = in.OptionalId<store::MeetingId>("report_back_meeting_id");
  store::ActionStatus status = in.Enum("status", store::ActionStatus::kOpen, &store::ParseActionStatus);
  if (status != store::ActionStatus::kOpen)
    in.Fail("status", "A new action is open; change its status later.");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Action action, governance::RaiseAction(ctx, input));
  if (body_id && *body_id != action.body_id) {
    return Error::InvalidArgument("That agenda item's meeting belongs to another body.", "body_id");
  }
  return LoadActionJson(ctx.tx, ctx.clock, action.id, store::Viewer::Everything());
}

// Applies a PATCH: the edit of text, owner, target date and report-back meeting (fields left out keep their
// value; null clears a date or meeting), then a status change (with an optional note), both at the version
// the caller read.
Result<store::Action> PatchAction(const governance::CommandContext& ctx, store::ActionId id,
                                  const json& body) {
  BodyReader in(body);
  std::optional<int64_t> version = in.Integer("version");
  RETURN_IF_ERROR(in.status());
  if (!version) return Error::InvalidArgument("Send the version of the action you edited.", "version");
  ASSIGN_OR_RETURN(store::Action current, ctx.tx.actions().GetAction(id, store::Viewer::Everything()));
  governance::ActionEdit edit{current.text, current.owner, current.target_date,
                              current.report_back_meeting_id};
  bool edited = false;
  if (in.Has("text")) {
    edit.text = in.String("text");
    edited = true;
  }
  if (in.Has("owner")) {
    edit.owner = in.String("owner");
    edited = true;
  }
  if (in.Has("target_date")) {
    edit.target_date = in.OptionalDate("target_date");
    edited = true;
  }
  if (in.Has("report_back_meeting_id")) {
    edit.report_back_meeting_id = in.OptionalId<store::MeetingId>("report_back_meeting_id");
    edited = true;
  }
  std::optional<store::ActionStatus> status;
  if (in.Has("status")) status = in.Enum("status", current.status, &store::ParseActionStatus);
  std::string note = in.String("note");
  RETURN_IF_ERROR(in.status());
  if (!note.empty() && !status) return Error::InvalidArgument("A note goes with a status change.", "note");
  if (!edited && !status) {
    return Error::InvalidArgument(
        "Send at least one of text, owner, target_date, report_back_meeting_id, status.", "status");
  }
  store::Action result = current;
  int64_t at = *version;
  if (edited) {
    ASSIGN_OR_RETURN(result, governance::UpdateAction(ctx, id, at, edit));
    at = result.version;
  }
  if (status && (*status != result.status || !edited)) {
    ASSIGN_OR_RETURN(result, governance::ChangeActionStatus(ctx, id, at, *status, note));
  }
  return result;
}

Response PatchActionDoor(const ApiContext& context, const Request& request) {
  if (Status signed_in = RequireSignedIn(request); !signed_in.ok())
    return JsonErrorResponse(signed_in.error());
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return JsonErrorResponse(id.error());
  Result<json> body = JsonBody(request);
  if (!body.ok()) return JsonErrorResponse(body.error());
  Result<TxPtr> tx = context.store->Begin();
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  governance::Caller caller = governance::Caller::Of(*request.caller.principal, request.client_address);
  governance::CommandContext ctx{**tx, caller, *context.clock};
  Result<store::Action> patched = PatchAction(ctx, store::ActionId{*id}, *body);
  if (!patched.ok()) {
    if (patched.error().code != ErrorCode::kConflict) return JsonErrorResponse(patched.error());
    // A stale edit: both versions, so that the caller can merge and send again.
    json answer = ErrorJson(patched.error());
    Result<json> current =
        LoadActionJson(**tx, *context.clock, store::ActionId{*id}, store::Viewer::Everything());
    answer["current"] = current.ok() ? *current : json(nullptr);
    answer["submitted"] = *body;
    return Response::Json(HttpStatusFor(ErrorCode::kConflict), DumpJson(answer));
  }
  Result<json> answer = LoadActionJson(**tx, *context.clock, patched->id, store::Viewer::Everything());
  if (!answer.ok()) return JsonErrorResponse(answer.error());
  if (Status committed = (*tx)->Commit(); !committed.ok()) return JsonErrorResponse(committed.error());
  return Response::Json(200, DumpJson(*answer));
}

Result<json> AddActionUpdate(const governance::CommandContext& ctx, store::ActionId id, const json& body) {
  BodyReader in(body);
  std::optional<Date> date = in.OptionalDate("date");
  std::string text = in.String("text");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::ActionUpdate update, governance::AddActionUpdate(ctx, id, date, std::move(text)));
  return governance::ToJson(update);
}

// ------------------------------------------------------------------------------------------------------------
// Decisions.

Response ListDecisions(const ApiContext& context, const Request& request) {
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  governance::DecisionsQuery query;
  const store::Viewer viewer = ViewerOf(request);
  Result<json> answer = [&]() -> Result<json> {
    ASSIGN_OR_RETURN(store::Page page, PageOf(request));
    {
      ASSIGN_OR_RETURN(TxPtr tx, BeginRead(context));
      ASSIGN_OR_RETURN(query.body_id, QueryBody(*tx, request));
    }
    ASSIGN_OR_RETURN(query.from, QueryDate(request, "from"));
    ASSIGN_OR_RETURN(query.until, QueryDate(request, "to"));
    if (query.from && query.until && *query.until < *query.from) {
      return Error::InvalidArgument("to must not be before from.", "to");
    }
    if (std::optional<std::string_view> outcome = request.Query("outcome")) {
      Result<store::RecommendationOutcome> parsed = store::ParseRecommendationOutcome(*outcome);
      if (!parsed.ok() || *parsed == store::RecommendationOutcome::kNone) {
        return Error::InvalidArgument(
            "outcome must be one of noted, agreed, agreed_with_amendments, deferred, rejected.", "outcome");
      }
      query.outcome = *parsed;
    }
    query.page = Probe(page);
    ASSIGN_OR_RETURN(std::vector<governance::DecisionView> decisions,
                     governance::LoadDecisions(*context.store, query, viewer));
    const bool more = TrimProbe(decisions, page);
    ASSIGN_OR_RETURN(TxPtr tx, BeginRead(context));
    json items = json::array();
    for (const governance::DecisionView& d : decisions) {
      json row = governance::ToJson(d);
      row["id"] = d.recommendation_id.value;
      Result<store::Recommendation> r = tx->papers().GetRecommendation(d.recommendation_id, viewer);
      row["version"] = r.ok() ? json(r->version) : json(nullptr);
      items.push_back(std::move(row));
    }
    return PageJson(std::move(items), page, more);
  }();
  if (!answer.ok()) return JsonErrorResponse(answer.error());
  if (!*csv) return Response::Json(200, DumpJson(*answer));
  std::string text = CsvLine({"id", "version", "label", "text", "outcome", "outcome_note", "paper_id",
                              "paper_title", "body", "meeting_id", "date"});
  auto str = [](const json& v) {
    if (v.is_null()) return std::string();
    return v.is_string() ? v.get<std::string>() : v.dump();
  };
  for (const json& row : (*answer)["items"]) {
    text += CsvLine({str(row["id"]), str(row["version"]), str(row["label"]), str(row["text"]),
                     str(row["outcome"]), str(row["outcome_note"]), str(row["paper_id"]),
                     str(row["paper_title"]), str(row["body"]), str(row["meeting_id"]), str(row["date"])});
  }
  return CsvResponse(std::move(text), "decisions", (*answer)["has_more"].get<bool>());
}

// ------------------------------------------------------------------------------------------------------------
// Clearances and publication.

Result<json> RecordClearance(const governance::CommandContext& ctx, store::PaperId paper_id,
                             const json& body) {
  BodyReader in(body);
  governance::ClearanceInput input;
  input.area = in.String("area");
  input.cleared = in.Bool("cleared", false);
  input.officer = in.String("officer");
  const int64_t version = in.Integer("version").value_or(0);
  if (version < 0) in.Fail("version", "version must be 0 (a new clearance) or the clearance's version.");
  if (!in.Has("cleared")) in.Fail("cleared", "Say whether the area is cleared (true) or not (false).");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Clearance recorded, governance::RecordClearance(ctx, paper_id, version, input));
  return governance::ToJson(recorded);
}

// Publishes a paper; a refusal for missing clearances (422) lists them in error.missing.
Response PublishDoor(const ApiContext& context, const Request& request) {
  if (Status signed_in = RequireSignedIn(request); !signed_in.ok())
    return JsonErrorResponse(signed_in.error());
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return JsonErrorResponse(id.error());
  Result<json> body = JsonBody(request);
  if (!body.ok()) return JsonErrorResponse(body.error());
  BodyReader in(*body);
  std::optional<int64_t> version = in.Integer("version");
  if (in.ok() && (!version || *version <= 0)) in.Fail("version", "Enter the version of the paper you read.");
  if (!in.ok()) return JsonErrorResponse(in.status().error());
  Result<TxPtr> tx = context.store->Begin();
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  governance::Caller caller = governance::Caller::Of(*request.caller.principal, request.client_address);
  governance::CommandContext ctx{**tx, caller, *context.clock};
  Result<store::Paper> published = governance::PublishPaper(ctx, store::PaperId{*id}, *version);
  if (!published.ok()) {
    if (published.error().code != ErrorCode::kFailedPrecondition) return JsonErrorResponse(published.error());
    Result<store::Paper> paper = (*tx)->papers().GetPaper(store::PaperId{*id}, store::Viewer::Everything());
    if (!paper.ok()) return JsonErrorResponse(paper.error());
    Result<std::vector<std::string>> missing = governance::MissingClearances(**tx, *paper);
    if (!missing.ok()) return JsonErrorResponse(missing.error());
    json answer = ErrorJson(published.error());
    answer["error"]["missing"] = *missing;
    return Response::Json(HttpStatusFor(published.error().code), DumpJson(answer));
  }
  if (Status committed = (*tx)->Commit(); !committed.ok()) return JsonErrorResponse(committed.error());
  return Response::Json(200, DumpJson(governance::ToJson(*published)));
}

// ------------------------------------------------------------------------------------------------------------
// Organisations, people and memberships. Reading them needs someone signed in, as the pages do.

Response ListOrganisations(const ApiContext& context, const Request& request) {
  if (Status signed_in = RequireSignedIn(request); !signed_in.ok())
    return JsonErrorResponse(signed_in.error());
  Result<store::Page> page = PageOf(request);
  if (!page.ok()) return JsonErrorResponse(page.error());
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  Result<TxPtr> tx = BeginRead(context);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  Result<std::vector<store::Organisation>> rows = (*tx)->organisations().ListOrganisations(Probe(*page));
  if (!rows.ok()) return JsonErrorResponse(rows.error());
  if (*csv) {
    bool more = TrimProbe(*rows, *page);
    std::string text = CsvLine({"id", "version", "name", "short_name", "kind"});
    for (const store::Organisation& o : *rows) {
      text += CsvLine({std::to_string(o.id.value), std::to_string(o.version), o.name, o.short_name, o.kind});
    }
    return CsvResponse(std::move(text), "organisations", more);
  }
  json items = json::array();
  for (const store::Organisation& o : *rows) items.push_back(governance::ToJson(o));
  return Response::Json(200, DumpJson(ListJson(std::move(items), *page)));
}

Result<json> CreateOrganisation(const governance::CommandContext& ctx, const json& body) {
  BodyReader in(body);
  governance::OrganisationInput input{in.String("name"), in.String("short_name"), in.String("kind")};
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Organisation created, governance::CreateOrganisation(ctx, input));
  return governance::ToJson(created);
}

Response ListPeople(const ApiContext& context, const Request& request) {
  if (Status signed_in = RequireSignedIn(request); !signed_in.ok())
    return JsonErrorResponse(signed_in.error());
  Result<store::Page> page = PageOf(request);
  if (!page.ok()) return JsonErrorResponse(page.error());
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  std::optional<store::OrganisationId> of;
  if (std::optional<std::string_view> text = request.Query("organisation")) {
    std::optional<int64_t> value = ParseInteger(*text);
    if (!value || *value <= 0) {
      return JsonErrorResponse(
          Error::InvalidArgument("organisation must be the id of an organisation.", "organisation"));
    }
    of = store::OrganisationId{*value};
  }
  Result<TxPtr> tx = BeginRead(context);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  if (of) {
    Result<store::Organisation> organisation = (*tx)->organisations().GetOrganisation(*of);
    if (!organisation.ok()) {
      return JsonErrorResponse(organisation.error().code == ErrorCode::kNotFound
                                   ? Error::InvalidArgument("There is no such organisation.", "organisation")
                                   : organisation.error());
    }
  }
  Result<std::vector<store::Person>> rows = (*tx)->organisations().ListPeople(of, Probe(*page));
  if (!rows.ok()) return JsonErrorResponse(rows.error());
  if (*csv) {
    bool more = TrimProbe(*rows, *page);
    std::string text = CsvLine({"id", "version", "name", "post", "organisation_id"});
    for (const store::Person& p : *rows) {
      text += CsvLine(
          {std::to_string(p.id.value), std::to_string(p.version), p.name, p.post, IdText(p.organisation_id)});
    }
    return CsvResponse(std::move(text), "people", more);
  }
  json items = json::array();
  for (const store::Person& p : *rows) items.push_back(governance::ToJson(p));
  return Response::Json(200, DumpJson(ListJson(std::move(items), *page)));
}

Result<json> CreatePerson(const governance::CommandContext& ctx, const json& body) {
  BodyReader in(body);
  governance::PersonInput input;
  input.name = in.String("name");
  input.post = in.String("post");
  input.organisation_id = in.OptionalId<store::OrganisationId>("organisation_id");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Person created, governance::CreatePerson(ctx, input));
  return governance::ToJson(created);
}

// A body's memberships, past ones included (`until` says when one ended); not paged (a body has few).
Response ListMemberships(const ApiContext& context, const Request& request) {
  if (Status signed_in = RequireSignedIn(request); !signed_in.ok())
    return JsonErrorResponse(signed_in.error());
  Result<int64_t> id = PathId(request);
  if (!id.ok()) return JsonErrorResponse(id.error());
  Result<bool> csv = WantsCsv(request);
  if (!csv.ok()) return JsonErrorResponse(csv.error());
  Result<TxPtr> tx = BeginRead(context);
  if (!tx.ok()) return JsonErrorResponse(tx.error());
  Result<store::Body> body = (*tx)->bodies().GetBody(store::BodyId{*id});
  if (!body.ok()) return JsonErrorResponse(body.error());
  Result<std::vector<store::Membership>> rows = (*tx)->bodies().ListMemberships(body->id);
  if (!rows.ok()) return JsonErrorResponse(rows.error());
  if (*csv) {
    std::string text =
        CsvLine({"id", "version", "person_id", "body_id", "role", "voting", "speaking", "from", "until"});
    for (const store::Membership& m : *rows) {
      text += CsvLine({std::to_string(m.id.value), std::to_string(m.version),
                       std::to_string(m.person_id.value), std::to_string(m.body_id.value),
                       std::string(store::Name(m.role)), m.voting ? "true" : "false",
                       m.speaking ? "true" : "false", DateText(m.from), DateText(m.until)});
    }
    return CsvResponse(std::move(text), "memberships", false);
  }
  json items = json::array();
  for (const store::Membership& m : *rows) items.push_back(governance::ToJson(m));
  return Response::Json(200, DumpJson({{"items", std::move(items)}}));
}

Result<json> AddMembership(const governance::CommandContext& ctx, store::BodyId body_id, const json& body) {
  ASSIGN_OR_RETURN(store::Body on, ctx.tx.bodies().GetBody(body_id));  // a path that names no body: 404
  BodyReader in(body);
  governance::MembershipInput input;
  input.body_id = on.id;
  input.person_id = in.RequiredId<store::PersonId>("person_id");
  input.role = in.Enum("role", store::MembershipRole::kMember, &store::ParseMembershipRole);
  input.voting = in.Bool("voting", true);
  input.speaking = in.Bool("speaking", true);
  input.from = in.OptionalDate("from");
  input.until = in.OptionalDate("until");
  RETURN_IF_ERROR(in.status());
  ASSIGN_OR_RETURN(store::Membership created, governance::AddMembership(ctx, input));
  return governance::ToJson(created);
}

// ------------------------------------------------------------------------------------------------------------
// The OpenAPI document: src/web/api/openapi.json, embedded at build time.

Response OpenApiDocument() {
  for (const EmbeddedFile& file : EmbeddedApiDocuments()) {
    if (file.name == "openapi.json") {
      Response response = Response::Json(200, std::string(file.data));
      response.SetHeader("Cache-Control", "public, max-age=300");
      return response;
    }
  }
  return JsonErrorResponse(Error::NotFound("The API description is not built into this server."));
}

}  // namespace

void AddGovernanceApiRoutes(Router& router, const ApiContext& context) {
  router.Get("/api/v1/openapi.json", [](const Request&) { return OpenApiDocument(); });

  router.Get("/api/v1/bodies", [context](const Request& r) { return ListBodies(context, r); });
  router.Post("/api/v1/bodies",
              [context](const Request& r) { return RunCommand(context, r, 201, &CreateBody); });

  router.Get("/api/v1/meetings", [context](const Request& r) { return ListMeetings(context, r); });
  router.Post("/api/v1/meetings",
              [context](const Request& r) { return RunCommand(context, r, 201, &CreateMeeting); });
  router.Get("/api/v1/meetings/{id}",
             [context](const Request& r) { return JsonResponse(LoadMeetingJson(context, r)); });
  router.Post("/api/v1/meetings/{id}/agenda-items", [context](const Request& r) {
    Result<int64_t> id = PathId(r);
    if (!id.ok() && r.caller.signed_in()) return JsonErrorResponse(id.error());
    return RunCommand(context, r, 201, [id](const governance::CommandContext& ctx, const json& body) {
      return AddAgendaItem(ctx, store::MeetingId{id.value_or(0)}, body);
    });
  });

  router.Get("/api/v1/papers", [context](const Request& r) { return ListPapers(context, r); });
  router.Post("/api/v1/papers",
              [context](const Request& r) { return RunCommand(context, r, 201, &CreatePaper); });
  router.Get("/api/v1/papers/{id}",
             [context](const Request& r) { return JsonResponse(LoadPaperJson(context, r)); });

  router.Get("/api/v1/actions", [context](const Request& r) { return ListActions(context, r); });
  router.Post("/api/v1/actions",
              [context](const Request& r) { return RunCommand(context, r, 201, &RaiseAction); });
  router.Get("/api/v1/actions/{id}", [context](const Request& r) {
    Result<json> answer = [&]() -> Result<json> {
      ASSIGN_OR_RETURN(int64_t id, PathId(r));
      ASSIGN_OR_RETURN(TxPtr tx, BeginRead(context));
      return LoadActionJson(*tx, *context.clock, store::ActionId{id}, ViewerOf(r));
    }();
    return JsonResponse(answer);
  });
  router.Add("PATCH", "/api/v1/actions/{id}",
             [context](const Request& r) { return PatchActionDoor(context, r); });
  router.Post("/api/v1/actions/{id}/updates", [context](const Request& r) {
    Result<int64_t> id = PathId(r);
    if (!id.ok() && r.caller.signed_in()) return JsonErrorResponse(id.error());
    return RunCommand(context, r, 201, [id](const governance::CommandContext& ctx, const json& body) {
      return AddActionUpdate(ctx, store::ActionId{id.value_or(0)}, body);
    });
  });

  router.Get("/api/v1/decisions", [context](const Request& r) { return ListDecisions(context, r); });

  router.Post("/api/v1/papers/{id}/clearances", [context](const Request& r) {
    Result<int64_t> id = PathId(r);
    if (!id.ok() && r.caller.signed_in()) return JsonErrorResponse(id.error());
    return RunCommand(context, r, 200, [id](const governance::CommandContext& ctx, const json& body) {
      return RecordClearance(ctx, store::PaperId{id.value_or(0)}, body);
    });
  });
  router.Post("/api/v1/papers/{id}/publish", [context](const Request& r) { return PublishDoor(context, r); });

  router.Get("/api/v1/organisations", [context](const Request& r) { return ListOrganisations(context, r); });
  router.Post("/api/v1/organisations",
              [context](const Request& r) { return RunCommand(context, r, 201, &CreateOrganisation); });
  router.Get("/api/v1/people", [context](const Request& r) { return ListPeople(context, r); });
  router.Post("/api/v1/people",
              [context](const Request& r) { return RunCommand(context, r, 201, &CreatePerson); });
  router.Get("/api/v1/bodies/{id}/memberships",
             [context](const Request& r) { return ListMemberships(context, r); });
  router.Post("/api/v1/bodies/{id}/memberships", [context](const Request& r) {
    Result<int64_t> id = PathId(r);
    if (!id.ok() && r.caller.signed_in()) return JsonErrorResponse(id.error());
    return RunCommand(context, r, 201, [id](const governance::CommandContext& ctx, const json& body) {
      return AddMembership(ctx, store::BodyId{id.value_or(0)}, body);
    });
  });
}

}  // namespace boardroom::web
