#include "papers/import_json.h"

namespace boardroom::papers {
namespace {

using nlohmann::json;

template <typename T>
void Put(json& j, const char* name, const std::optional<T>& value) {
  if (value) j[name] = *value;
}

json PaperToJson(const ParsedPaper& p) {
  json j = json::object();
  Put(j, "agenda_item", p.agenda_item);
  j["title"] = p.title;
  Put(j, "to", p.to);
  Put(j, "from", p.from);
  Put(j, "date", p.date);
  Put(j, "meeting_date", p.meeting_date);
  Put(j, "key_decision", p.key_decision);
  Put(j, "electoral_divisions", p.electoral_divisions);
  Put(j, "classification", p.classification);
  j["sections"] = json::array();
  for (const ParsedSection& s : p.sections) {
    json js = {{"number", s.number}, {"heading", s.heading}, {"paragraphs", json::array()}};
    for (const ParsedParagraph& para : s.paragraphs)
      js["paragraphs"].push_back({{"number", para.number}, {"text", para.text}});
    j["sections"].push_back(std::move(js));
  }
  j["recommendations"] = json::array();
  for (const auto& r : p.recommendations)
    j["recommendations"].push_back({{"label", r.label}, {"text", r.text}});
  j["implications"] = json::array();
  for (const auto& i : p.implications) {
    json ji = {{"number", i.number}, {"title", i.title}};
    Put(ji, "status", i.status);
    j["implications"].push_back(std::move(ji));
  }
  j["clearances"] = json::array();
  for (const auto& c : p.clearances) {
    json jc = {{"area", c.area}, {"cleared", c.cleared}};
    Put(jc, "officer", c.officer);
    j["clearances"].push_back(std::move(jc));
  }
  Put(j, "source_documents", p.source_documents);
  j["contact_officers"] = json::array();
  for (const auto& c : p.contact_officers) {
    json jc = {{"name", c.name}};
    Put(jc, "post", c.post);
    Put(jc, "email", c.email);
    Put(jc, "phone", c.phone);
    j["contact_officers"].push_back(std::move(jc));
  }
  if (p.inspection) {
    const ParsedInspection& in = *p.inspection;
    json ji = {{"title", in.title}, {"items", json::array()}};
    Put(ji, "published", in.published);
    Put(ji, "response_due", in.response_due);
    for (const auto& it : in.items) {
      json jt = {{"kind", it.kind}, {"text", it.text}, {"urgent", it.urgent}};
      Put(jt, "addressee", it.addressee);
      Put(jt, "due", it.due);
      Put(jt, "response", it.response);
      ji["items"].push_back(std::move(jt));
    }
    j["inspection"] = std::move(ji);
  }
  return j;
}

}  // namespace

nlohmann::json FileToJson(const ParsedFile& f) {
  json j = json::object();
  j["file"] = f.file;
  j["sha256"] = f.sha256;
  j["kind"] = f.kind;
  if (f.meeting) {
    json m = json::object();
    Put(m, "body", f.meeting->body);
    Put(m, "date", f.meeting->date);
    Put(m, "time", f.meeting->time);
    Put(m, "venue", f.meeting->venue);
    j["meeting"] = std::move(m);
  }
  j["agenda"] = json::array();
  for (const auto& a : f.agenda) {
    json ja = {{"number", a.number}, {"title", a.title}, {"verbal", a.verbal}};
    Put(ja, "presenter", a.presenter);
    j["agenda"].push_back(std::move(ja));
  }
  j["papers"] = json::array();
  for (const auto& p : f.papers) j["papers"].push_back(PaperToJson(p));
  j["actions"] = json::array();
  for (const auto& a : f.actions) {
    json ja = {{"number", a.number}, {"text", a.text}, {"updates", a.updates}};
    Put(ja, "raised", a.raised);
    Put(ja, "agenda_item", a.agenda_item);
    Put(ja, "owner", a.owner);
    Put(ja, "target_date", a.target_date);
    Put(ja, "status", a.status);
    j["actions"].push_back(std::move(ja));
  }
  j["acronyms"] = json::array();
  for (const auto& a : f.acronyms) j["acronyms"].push_back({{"short", a.short_form}, {"long", a.long_form}});
  j["amounts"] = json::array();
  for (const auto& a : f.amounts) j["amounts"].push_back({{"text", a.text}, {"pence", a.pence}});
  j["dates"] = f.dates;
  j["cross_references"] = json::array();
  for (const auto& x : f.cross_references)
    j["cross_references"].push_back({{"text", x.text}, {"target", x.target}, {"where", x.where}});
  j["warnings"] = json::array();
  for (const auto& w : f.warnings)
    j["warnings"].push_back({{"code", w.code}, {"where", w.where}, {"message", w.message}});
  if (f.duplicate_of) {
    json d = {{"file", f.duplicate_of->file}, {"relation", f.duplicate_of->relation}};
    Put(d, "agenda_item", f.duplicate_of->agenda_item);
    j["duplicate_of"] = std::move(d);
  } else {
    j["duplicate_of"] = nullptr;
  }
  return j;
}

nlohmann::json ImportToJson(const std::vector<ParsedFile>& files) {
  json j = {{"format", kImportFormat}, {"files", json::array()}};
  for (const auto& f : files) j["files"].push_back(FileToJson(f));
  return j;
}

}  // namespace boardroom::papers
