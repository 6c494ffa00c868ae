#include "papers/action_log.h"

#include <set>

#include "core/date.h"
#include "papers/extract.h"
#include "papers/normalize.h"

namespace boardroom::papers {
namespace {

bool Has(std::string_view key, std::string_view word) {
  return key.find(word) != std::string_view::npos;
}

// The lines of a cell, trimmed, blank ones dropped.
std::vector<std::string_view> CellLines(std::string_view cell) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find('\n', start);
    if (end == std::string_view::npos) end = cell.size();
    const std::string_view line = TrimLine(cell.substr(start, end - start));
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

std::string JoinCell(std::string_view cell) {
  std::string out;
  for (std::string_view l : CellLines(cell)) {
    if (!out.empty()) out.push_back(' ');
    out += l;
  }
  return out;
}

// True when `cell` holds a row's number: one short word with a digit in it ("6.0", "12", "A3", "BCB/07").
bool IsRowNumber(std::string_view cell) {
  const std::string joined = JoinCell(cell);
  if (joined.empty() || joined.size() > 12 || joined.find(' ') != std::string::npos) return false;
  for (char c : joined)
    if (IsDigit(c)) return true;
  return false;
}

// Updates of a cell: a line starting with a date starts another update.
std::vector<std::string> SplitUpdates(std::string_view cell) {
  std::vector<std::string> out;
  for (std::string_view l : CellLines(cell)) {
    const auto words = Words(l);
    const bool dated = !words.empty() && Date::Parse(words[0]).ok();
    if (out.empty() || dated) {
      out.emplace_back(l);
    } else {
      out.back() += " ";
      out.back() += l;
    }
  }
  return out;
}

std::string StripEnd(std::string s, std::string_view chars) {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
  return s;
}

}  // namespace

ActionColumn ClassifyActionHeading(std::string_view heading) {
  std::string key = CompareKey(heading);
  for (char& c : key)
    if (c == '\n' || c == '\t') c = ' ';
  key = StripEnd(key, ".:? ");
  if (key.empty() || key.size() > 40) return ActionColumn::kNone;
  const std::string spaced = " " + key + " ";
  if (Has(key, "update") && (Has(spaced, " date ") || Has(spaced, " dated ")))
    return ActionColumn::kUpdateDate;
  if (Has(key, "status") || key == "rag" || Has(key, "rag rating")) return ActionColumn::kStatus;
  if (Has(key, "owner") || Has(key, "responsib") || Has(key, "by whom") || key == "lead" || key == "who" ||
      Has(key, "lead officer") || Has(key, "assigned"))
    return ActionColumn::kOwner;
  if (Has(key, "target") || Has(key, "due") || Has(key, "deadline") || Has(key, "by when") ||
      Has(key, "completion date"))
    return ActionColumn::kTarget;
  if (Has(key, "update") || Has(key, "progress") || Has(key, "comment") || key == "notes")
    return ActionColumn::kUpdate;
  if (Has(key, "agenda") || key == "item" || Has(key, "item no") || Has(key, "minute"))
    return ActionColumn::kItem;
  if (key == "no" || key == "ref" || key == "#" || key == "number" || Has(key, "action no") ||
      Has(key, "action ref") || Has(key, "action number") || key == "ref no")
    return ActionColumn::kNumber;
  if (Has(key, "raised") || key == "date" || Has(key, "meeting date") || key == "date of meeting")
    return ActionColumn::kRaised;
  if (Has(key, "action") || key == "description") return ActionColumn::kText;
  return ActionColumn::kNone;
}

std::optional<std::vector<ActionColumn>> ReadActionHeader(const std::vector<std::string>& row) {
  std::vector<ActionColumn> roles;
  std::set<ActionColumn> seen;
  for (const std::string& cell : row) {
    ActionColumn role = ClassifyActionHeading(cell);
    if (role != ActionColumn::kNone && !seen.insert(role).second) role = ActionColumn::kNone;
    roles.push_back(role);
  }
  const bool key = seen.count(ActionColumn::kNumber) > 0 || seen.count(ActionColumn::kText) > 0;
  const bool detail = seen.count(ActionColumn::kOwner) > 0 || seen.count(ActionColumn::kTarget) > 0 ||
                      seen.count(ActionColumn::kStatus) > 0 || seen.count(ActionColumn::kUpdate) > 0 ||
                      seen.count(ActionColumn::kRaised) > 0;
  if (seen.size() < 3 || !key || !detail) return std::nullopt;
  return roles;
}

std::optional<std::string> FirstDate(std::string_view text) {
  for (std::string_view line : CellLines(text)) {
    auto d = Date::Parse(line);
    if (d.ok()) return d->ToIso();
    const auto words = Words(line);
    if (!words.empty()) {
      auto w = Date::Parse(words[0]);
      if (w.ok()) return w->ToIso();
    }
  }
  std::vector<std::string> found = ExtractDates(text);
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool IsActionStatusKey(std::string_view key) {
  static const std::set<std::string, std::less<>> kWords = {
      "open",       "ongoing",     "on-going", "on going",   "in progress", "complete",
      "completed",  "closed",      "done",     "green",      "amber",       "red",
      "overdue",    "not started", "achieved", "superseded", "pending",     "deferred",
      "discharged", "new",         "in hand",  "cancelled",  "in progress."};
  std::string k(key);
  k = StripEnd(k, ". ");
  return kWords.count(k) > 0;
}

std::vector<ParsedAction> ActionsFromRows(const std::vector<ActionColumn>& roles,
                                          const std::vector<std::vector<std::string>>& rows) {
  auto column = [&](ActionColumn role) -> long {
    for (size_t i = 0; i < roles.size(); ++i)
      if (roles[i] == role) return static_cast<long>(i);
    return -1;
  };
  const long number_col = column(ActionColumn::kNumber);
  const long text_col = column(ActionColumn::kText);
  // Rows as cells, a row without a number continuing the one above.
  std::vector<std::vector<std::string>> merged;
  for (const std::vector<std::string>& row : rows) {
    auto cell = [&](long c) -> std::string_view {
      return c >= 0 && static_cast<size_t>(c) < row.size() ? std::string_view(row[static_cast<size_t>(c)])
                                                           : std::string_view();
    };
    bool empty = true;
    for (const std::string& c : row) empty = empty && TrimLine(c).empty();
    if (empty) continue;
    const bool starts = number_col >= 0 ? IsRowNumber(cell(number_col)) : !TrimLine(cell(text_col)).empty();
    if (!starts) {
      if (merged.empty()) continue;
      std::vector<std::string>& prev = merged.back();
      for (size_t c = 0; c < row.size() && c < prev.size(); ++c) {
        if (TrimLine(row[c]).empty()) continue;
        if (!prev[c].empty()) prev[c] += '\n';
        prev[c] += row[c];
      }
      continue;
    }
    std::vector<std::string> copy = row;
    copy.resize(roles.size());
    merged.push_back(std::move(copy));
  }

  std::vector<ParsedAction> out;
  for (const std::vector<std::string>& row : merged) {
    ParsedAction a;
    std::optional<std::string> update_date;
    std::vector<std::string> updates;
    for (size_t c = 0; c < roles.size() && c < row.size(); ++c) {
      const std::string& cell = row[c];
      switch (roles[c]) {
        case ActionColumn::kNumber:
          a.number = StripEnd(JoinCell(cell), ".");
          if (a.number.empty()) a.number = JoinCell(cell);
          break;
        case ActionColumn::kRaised:
          a.raised = FirstDate(cell);
          break;
        case ActionColumn::kItem: {
          const std::string item = JoinCell(cell);
          NumberToken tok;
          if (ReadNumberToken(item, &tok)) {
            a.agenda_item = tok.text;
          } else if (!item.empty()) {
            std::string_view rest = item;
            const std::string k = CompareKey(item);
            for (std::string_view p : {"agenda item ", "item ", "minute "}) {
              if (k.rfind(p, 0) == 0) rest = TrimLine(rest.substr(p.size()));
            }
            a.agenda_item = StripEnd(std::string(rest), ".");
          }
          break;
        }
        case ActionColumn::kText:
          a.text = JoinCell(cell);
          break;
        case ActionColumn::kOwner: {
          const std::string owner = JoinCell(cell);
          if (!owner.empty()) a.owner = owner;
          break;
        }
        case ActionColumn::kTarget:
          a.target_date = FirstDate(cell);
          break;
        case ActionColumn::kUpdate:
          updates = SplitUpdates(cell);
          break;
        case ActionColumn::kUpdateDate:
          update_date = FirstDate(cell);
          break;
        case ActionColumn::kStatus: {
          const std::string status = StripEnd(JoinCell(cell), ".");
          if (!status.empty()) a.status = status;
          break;
        }
        case ActionColumn::kNone:
          break;
      }
    }
    // An update dated in a column of its own carries its date in front, as docs/import-format.md says.
    if (update_date && updates.size() == 1) updates[0] = *update_date + ": " + updates[0];
    a.updates = std::move(updates);
    if (a.number.empty() && a.text.empty()) continue;
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<ParsedAction> ActionsFromTables(const std::vector<Table>& tables) {
  std::vector<ParsedAction> out;
  std::optional<std::vector<ActionColumn>> roles;  // the header of the log being read
  std::vector<std::vector<std::string>> body;      // its rows so far, over one or more tables
  int page = 0;                                    // the page of its last table
  auto flush = [&]() {
    if (roles) {
      for (ParsedAction& a : ActionsFromRows(*roles, body)) out.push_back(std::move(a));
    }
    roles.reset();
    body.clear();
  };
  for (const Table& t : tables) {
    if (t.unreadable || t.rows.empty()) {
      flush();
      continue;
    }
    size_t first = 0;
    std::optional<std::vector<ActionColumn>> header;
    for (size_t r = 0; r < t.rows.size() && r < 3 && !header; ++r) {
      header = ReadActionHeader(t.rows[r]);
      if (header) first = r + 1;
    }
    if (header) {
      if (roles && *roles != *header) flush();
      roles = header;  // a header repeated on each page continues the same log
      page = t.page;
    } else if (!roles || roles->size() != t.rows.front().size() || t.page != page + 1) {
      flush();  // a table of another kind, or not at the top of the next page, ends the log
      continue;
    }
    page = t.page;
    body.insert(body.end(), t.rows.begin() + static_cast<long>(first), t.rows.end());
  }
  flush();
  return out;
}

}  // namespace boardroom::papers
