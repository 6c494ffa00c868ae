// The JSON form of governance records, as audit events store them (before and after) and as the JSON API
// will answer them: field names follow the import format (docs/import-format.md) — a body's parent is
// "parent_id", an action's meeting "meeting_id" and its agenda item "agenda_item" — and every record carries
// "id" and "version". Dates are ISO text or null; closed sets their stable names.
#pragma once

#include <nlohmann/json.hpp>

#include "governance/registers.h"
#include "store/store.h"

namespace boardroom::governance {

nlohmann::json ToJson(const store::Organisation& organisation);
nlohmann::json ToJson(const store::Person& person);
nlohmann::json ToJson(const store::Body& body);
nlohmann::json ToJson(const store::Membership& membership);
nlohmann::json ToJson(const store::Meeting& meeting);
nlohmann::json ToJson(const store::AgendaItem& item);
nlohmann::json ToJson(const store::Attendance& attendance);
nlohmann::json ToJson(const store::Declaration& declaration);
nlohmann::json ToJson(const store::Paper& paper);
nlohmann::json ToJson(const store::Clearance& clearance);
nlohmann::json ToJson(const store::Recommendation& recommendation);
nlohmann::json ToJson(const store::Action& action);
nlohmann::json ToJson(const store::ActionUpdate& update);

// Read models: an action as the action list shows it (with its body, due state and updates), and a line of
// the decisions register.
nlohmann::json ToJson(const ActionListItem& item);
nlohmann::json ToJson(const DecisionView& decision);

}  // namespace boardroom::governance
