#include "governance/record_json.h"

#include <optional>
#include <string>

namespace boardroom::governance {
namespace {

using nlohmann::json;

json DateJson(const std::optional<Date>& date) {
  return date ? json(date->ToIso()) : json(nullptr);
}

template <typename IdType>
json IdJson(const std::optional<IdType>& id) {
  return id ? json(id->value) : json(nullptr);
}

}  // namespace

json ToJson(const store::Body& b) {
  return {{"id", b.id.value},
          {"version", b.version},
          {"name", b.name},
          {"short_name", b.short_name},
          {"kind", b.kind},
          {"parent_id", IdJson(b.parent_body_id)},
          {"terms_of_reference", b.terms_of_reference},
          {"active_from", DateJson(b.active_from)},
          {"active_until", DateJson(b.active_until)},
          {"required_clearances", b.required_clearances}};
}

json ToJson(const store::Organisation& o) {
  return {{"id", o.id.value},
          {"version", o.version},
          {"name", o.name},
          {"short_name", o.short_name},
          {"kind", o.kind}};
}

json ToJson(const store::Person& p) {
  return {{"id", p.id.value},
          {"version", p.version},
          {"name", p.name},
          {"post", p.post},
          {"organisation_id", p.organisation_id ? json(p.organisation_id->value) : json(nullptr)}};
}

json ToJson(const store::Membership& m) {
  return {{"id", m.id.value},
          {"version", m.version},
          {"person_id", m.person_id.value},
          {"body_id", m.body_id.value},
          {"role", std::string(store::Name(m.role))},
          {"voting", m.voting},
          {"speaking", m.speaking},
          {"from", DateJson(m.from)},
          {"until", DateJson(m.until)}};
}

json ToJson(const store::Meeting& m) {
  return {{"id", m.id.value},
          {"version", m.version},
          {"body_id", m.body_id.value},
          {"date", m.date.ToIso()},
          {"time", m.time},
          {"venue", m.venue},
          {"status", std::string(store::Name(m.status))}};
}

json ToJson(const store::AgendaItem& a) {
  return {{"id", a.id.value},
          {"version", a.version},
          {"meeting_id", a.meeting_id.value},
          {"number", a.number},
          {"parent_item_id", IdJson(a.parent_item_id)},
          {"title", a.title},
          {"presenter", a.presenter},
          {"kind", std::string(store::Name(a.kind))},
          {"exemption_paragraph", a.exemption_paragraph},
          {"paper_id", IdJson(a.paper_id)}};
}

json ToJson(const store::Attendance& a) {
  return {{"id", a.id.value},
          {"version", a.version},
          {"meeting_id", a.meeting_id.value},
          {"person_id", IdJson(a.person_id)},
          {"name", a.name},
          {"capacity", a.capacity},
          {"kind", std::string(store::Name(a.kind))},
          {"substitute", a.substitute}};
}

json ToJson(const store::Declaration& d) {
  return {{"id", d.id.value},
          {"version", d.version},
          {"meeting_id", d.meeting_id.value},
          {"agenda_item_id", IdJson(d.agenda_item_id)},
          {"person_id", IdJson(d.person_id)},
          {"name", d.name},
          {"kind", std::string(store::Name(d.kind))},
          {"interest", d.interest},
          {"left_room", d.left_room}};
}

json ToJson(const store::Paper& p) {
  return {{"id", p.id.value},
          {"version", p.version},
          {"body_id", p.body_id.value},
          {"title", p.title},
          {"to", p.to},
          {"from", p.from},
          {"date", DateJson(p.date)},
          {"meeting_date", DateJson(p.meeting_date)},
          {"classification", std::string(store::Name(p.classification))},
          {"published", p.published},
          {"exempt", p.exempt},
          {"key_decision", p.key_decision},
          {"electoral_divisions", p.electoral_divisions},
          {"version_number", p.version_number},
          {"version_of", IdJson(p.version_of)}};
}

json ToJson(const store::Clearance& c) {
  return {{"id", c.id.value}, {"version", c.version}, {"paper_id", c.paper_id.value},
          {"area", c.area},   {"cleared", c.cleared}, {"officer", c.officer}};
}

json ToJson(const store::Recommendation& r) {
  return {{"id", r.id.value},
          {"version", r.version},
          {"paper_id", r.paper_id.value},
          {"label", r.label},
          {"text", r.text},
          {"outcome", std::string(store::Name(r.outcome))},
          {"outcome_note", r.outcome_note}};
}

json ToJson(const store::Action& a) {
  return {{"id", a.id.value},
          {"version", a.version},
          {"body_id", a.body_id.value},
          {"number", a.number},
          {"meeting_id", IdJson(a.meeting_raised_id)},
          {"agenda_item", a.agenda_item_number},
          {"text", a.text},
          {"owner", a.owner},
          {"target_date", DateJson(a.target_date)},
          {"status", std::string(store::Name(a.status))},
          {"report_back_meeting_id", IdJson(a.report_back_meeting_id)},
          {"exempt", a.exempt}};
}

json ToJson(const store::ActionUpdate& u) {
  return {{"id", u.id.value},
          {"action_id", u.action_id.value},
          {"date", u.date.ToIso()},
          {"text", u.text},
          {"author", u.author}};
}

json ToJson(const ActionListItem& item) {
  const ActionView& a = item.action;
  json updates = json::array();
  for (const auto& u : a.updates)
    updates.push_back({{"date", u.date.iso}, {"text", u.text}, {"author", u.author}});
  auto date_or_null = [](const DateView& d) { return d.iso.empty() ? json(nullptr) : json(d.iso); };
  return {{"id", a.id.value},
          {"body_id", item.body_id.value},
          {"body", item.body_short_name.empty() ? item.body_name : item.body_short_name},
          {"number", a.number},
          {"meeting_id", IdJson(a.meeting_raised_id)},
          {"meeting_date", date_or_null(a.meeting_raised_date)},
          {"agenda_item", a.agenda_item_number},
          {"exempt", a.exempt},
          {"text", a.text},
          {"owner", a.owner},
          {"target_date", date_or_null(a.target_date)},
          {"status", a.status},
          {"due_state", a.due_state},
          {"due_message", a.due_message},
          {"report_back_meeting_id", IdJson(a.report_back_meeting_id)},
          {"updates", updates}};
}

json ToJson(const DecisionView& d) {
  return {{"recommendation_id", d.recommendation_id.value},
          {"label", d.label},
          {"text", d.text},
          {"outcome", d.outcome},
          {"outcome_note", d.outcome_note},
          {"paper_id", d.paper_id.value},
          {"paper_title", d.paper_title},
          {"body_id", d.body_id.value},
          {"body", d.body_short_name.empty() ? d.body_name : d.body_short_name},
          {"meeting_id", IdJson(d.meeting_id)},
          {"date", d.date.iso.empty() ? json(nullptr) : json(d.date.iso)}};
}

}  // namespace boardroom::governance
