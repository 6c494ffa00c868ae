#include "governance/action_csv.h"

namespace boardroom::governance {
namespace {

constexpr std::string_view kHeader[] = {"Action no.", "Meeting date raised", "Agenda item", "Action",
                                        "Owner",      "Target date",         "Update",      "Update date",
                                        "Status"};

void AppendRow(std::string& out, const std::vector<std::string_view>& fields) {
  bool first = true;
  for (std::string_view field : fields) {
    if (!first) out += ',';
    first = false;
    out += CsvField(field);
  }
  out += "\r\n";
}

}  // namespace

std::string CsvField(std::string_view value) {
  std::string text;
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                         value[0] == '\t' || value[0] == '\r')) {
    text += '\'';
  }
  text += value;
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string ActionLogCsv(const std::vector<ActionListItem>& actions) {
  std::string out;
  AppendRow(out, std::vector<std::string_view>(std::begin(kHeader), std::end(kHeader)));
  for (const ActionListItem& item : actions) {
    const ActionView& a = item.action;
    const ActionUpdateView* latest = a.updates.empty() ? nullptr : &a.updates.back();
    AppendRow(out, {a.number, a.meeting_raised_date.iso, a.agenda_item_number, a.text, a.owner,
                    a.target_date.iso, latest ? std::string_view(latest->text) : std::string_view(),
                    latest ? std::string_view(latest->date.iso) : std::string_view(), a.status});
  }
  return out;
}

}  // namespace boardroom::governance
