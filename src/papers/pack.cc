#include "papers/pack.h"

#include "core/date.h"
#include "papers/action_log.h"
#include "papers/normalize.h"

namespace boardroom::papers {
namespace {

std::optional<std::string> IsoDate(std::string_view text) {
  auto d = Date::Parse(std::string(TrimLine(text)));
  if (!d.ok()) return std::nullopt;
  return d->ToIso();
}

std::string StripDot(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

std::optional<std::string> ParseTimeOfDay(std::string_view text) {
  std::string t = AsciiLower(TrimLine(text));
  size_t i = 0;
  int h = 0, m = 0, digits = 0;
  while (i < t.size() && IsDigit(t[i]) && digits < 2) h = h * 10 + (t[i++] - '0'), ++digits;
  if (digits == 0) return std::nullopt;
  if (i < t.size() && (t[i] == ':' || t[i] == '.')) {
    ++i;
    int md = 0;
    while (i < t.size() && IsDigit(t[i]) && md < 2) m = m * 10 + (t[i++] - '0'), ++md;
    if (md != 2) return std::nullopt;
  }
  while (i < t.size() && t[i] == ' ') ++i;
  const std::string rest = t.substr(i);
  if (rest == "pm" || rest == "p.m.") {
    if (h < 12) h += 12;
  } else if (rest == "am" || rest == "a.m.") {
    if (h == 12) h = 0;
  } else if (!rest.empty() || t.find_first_of(":.") == std::string::npos) {
    return std::nullopt;
  }
  if (h > 23 || m > 59) return std::nullopt;
  char buf[6];
  buf[0] = static_cast<char>('0' + h / 10);
  buf[1] = static_cast<char>('0' + h % 10);
  buf[2] = ':';
  buf[3] = static_cast<char>('0' + m / 10);
  buf[4] = static_cast<char>('0' + m % 10);
  buf[5] = 0;
  return std::string(buf);
}

std::optional<ParsedMeeting> ParseCover(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  ParsedMeeting m;
  std::vector<std::string> pending_labels;
  auto assign = [&](const std::string& label, std::string_view value) {
    if (label == "date" && !m.date) m.date = IsoDate(value);
    if (label == "time" && !m.time) m.time = ParseTimeOfDay(value);
    if (label == "venue" && !m.venue && !value.empty()) m.venue = std::string(value);
  };
  for (size_t i = begin; i < end; ++i) {
    const std::string& t = lines[i].text;
    if (t.empty()) continue;
    const std::string& key = lines[i].key;
    if (key == "agenda") break;
    std::string label;
    for (std::string_view l : {"date", "time", "venue", "place", "location"}) {
      if (key == l || key.rfind(std::string(l) + ":", 0) == 0)
        label = l == "place" || l == "location" ? "venue" : l;
    }
    if (!label.empty()) {
      const size_t colon = t.find(':');
      std::string_view value =
          colon == std::string::npos ? std::string_view() : TrimLine(std::string_view(t).substr(colon + 1));
      if (value.empty()) {
        pending_labels.push_back(label);
      } else {
        assign(label, value);
      }
      continue;
    }
    if (!pending_labels.empty()) {
      // A column of labels followed by a column of values, in the same order.
      assign(pending_labels.front(), t);
      pending_labels.erase(pending_labels.begin());
      continue;
    }
    if (!m.body && !m.date && IsoDate(t) == std::nullopt) m.body = t;
  }
  if (!m.body && !m.date) return std::nullopt;
  return m;
}

size_t FindAgendaStart(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (lines[i].key == "agenda") return i;
  return end;
}

size_t FindActionLogStart(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (lines[i].key.find("action log") == std::string::npos) continue;
    // A title, not an agenda item naming the log: written in capitals, or followed by the log's column
    // headings.
    bool capitals = true;
    for (char c : lines[i].text) capitals = capitals && !IsLower(c);
    bool columns = false;
    for (size_t j = i + 1; j < end && j < i + 12; ++j)
      columns = columns || lines[j].key.rfind("action no", 0) == 0;
    if (capitals || columns) return i;
  }
  return end;
}

std::vector<ParsedAgendaItem> ParseAgenda(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  std::vector<ParsedAgendaItem> items;
  std::vector<size_t> pending;     // items waiting for a title, oldest first
  std::vector<std::string> block;  // title lines since the last blank
  size_t top = SIZE_MAX;           // the current top-level item
  size_t last_titled = SIZE_MAX;   // the item whose title may continue on the next line
  auto flush_block = [&]() {
    if (block.empty()) return;
    if (!pending.empty()) {
      // Numbers flattened into a column before their titles: the first title to the first number, the last
      // ones to the last numbers; anything left over in the middle belongs to the first item (a presenter's
      // name).
      const size_t k = pending.size();
      const size_t m = block.size();
      if (m >= k) {
        items[pending[0]].title = block[0];
        for (size_t j = 1; j < k; ++j) items[pending[j]].title = block[m - k + j];
        if (m > k && k > 1) {
          std::string extra;
          for (size_t j = 1; j < m - k + 1; ++j) extra += (extra.empty() ? "" : " ") + block[j];
          if (!items[pending[0]].presenter) items[pending[0]].presenter = extra;
        } else if (k == 1) {
          for (size_t j = 1; j < m; ++j) items[pending[0]].title += " " + block[j];
        }
        last_titled = pending.back();
      } else {
        for (size_t j = 0; j < m; ++j) items[pending[j]].title = block[j];
        last_titled = pending[m - 1];
      }
      pending.erase(pending.begin(), pending.begin() + static_cast<long>(std::min(k, m)));
    } else if (last_titled != SIZE_MAX) {
      for (const std::string& b : block) items[last_titled].title += " " + b;
    }
    block.clear();
  };
  for (size_t i = begin; i < end; ++i) {
    const std::string& t = lines[i].text;
    const std::string& key = lines[i].key;
    if (t.empty()) {
      flush_block();
      last_titled = SIZE_MAX;
      continue;
    }
    if (key == "agenda") continue;
    if (key.rfind("report from ", 0) == 0 || key.rfind("presented by ", 0) == 0 ||
        key.rfind("lead: ", 0) == 0) {
      flush_block();
      const size_t prefix = key.rfind("report from ", 0) == 0    ? 12
                            : key.rfind("presented by ", 0) == 0 ? 13
                                                                 : 6;
      if (top != SIZE_MAX) items[top].presenter = std::string(TrimLine(std::string_view(t).substr(prefix)));
      last_titled = SIZE_MAX;
      continue;
    }
    NumberToken tok;
    if (ReadNumberToken(t, &tok) && tok.parts.size() <= 2 && tok.parts[0] >= 1 && tok.parts[0] <= 60) {
      flush_block();
      ParsedAgendaItem item;
      item.number = tok.text;
      items.push_back(item);
      if (tok.parts.size() == 1) top = items.size() - 1;
      if (tok.rest.empty()) {
        pending.push_back(items.size() - 1);
        last_titled = SIZE_MAX;
      } else {
        items.back().title = std::string(tok.rest);
        last_titled = items.size() - 1;
      }
      continue;
    }
    if (pending.empty() && last_titled != SIZE_MAX) {
      items[last_titled].title += " " + t;
      continue;
    }
    block.push_back(t);
  }
  flush_block();
  for (ParsedAgendaItem& item : items) {
    item.title = StripDot(item.title);
    const std::string k = CompareKey(item.title);
    if (k.find("(verbal") != std::string::npos || k.find("verbal update") != std::string::npos)
      item.verbal = true;
  }
  return items;
}

namespace {

// The cells of a tab-separated line, trimmed.
std::vector<std::string> TabCells(const std::string& text) {
  std::vector<std::string> cells;
  size_t start = 0;
  for (;;) {
    const size_t tab = text.find('\t', start);
    cells.emplace_back(TrimLine(std::string_view(text).substr(start, tab - start)));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cells;
}

// A log written as text with its columns separated by tabs, under a header line of the same kind.
std::vector<ParsedAction> TabbedActionLog(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (lines[i].text.find('\t') == std::string::npos) continue;
    const auto roles = ReadActionHeader(TabCells(lines[i].text));
    if (!roles) continue;
    std::vector<std::vector<std::string>> rows;
    for (size_t j = i + 1; j < end; ++j) {
      if (lines[j].text.empty()) continue;
      if (lines[j].text.find('\t') == std::string::npos) break;
      rows.push_back(TabCells(lines[j].text));
    }
    return ActionsFromRows(*roles, rows);
  }
  return {};
}

bool IsHeadingBlockLine(const CleanLine& l) {
  return Words(l.text).size() <= 4 && ClassifyActionHeading(l.text) != ActionColumn::kNone &&
         FirstDate(l.text) == std::nullopt && !IsActionStatusKey(l.key);
}

bool HasDigit(std::string_view t) {
  for (char c : t)
    if (IsDigit(c)) return true;
  return false;
}

}  // namespace

std::vector<ParsedAction> ParseActionLog(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  if (std::vector<ParsedAction> tabbed = TabbedActionLog(lines, begin, end); !tabbed.empty()) return tabbed;

  // A log flattened column by column. Its lines fall into blocks (runs of non-blank lines) of these kinds:
  // a row's start (number, date raised, agenda item — on one line or three), the row's action text, column
  // headings, an owner followed by a block starting with the target date and perhaps a block of update
  // text, and under the headings of trailing columns (UPDATE DATE, STATUS) the statuses. Owners and statuses
  // go to the rows in order when there are as many of them as rows; otherwise an owner goes to the row it
  // follows, and statuses to none.
  struct OwnerEntry {
    std::string owner;
    std::optional<std::string> target;
    std::string update;
    size_t row = SIZE_MAX;  // the row started last before it
  };
  std::vector<ParsedAction> out;
  std::vector<OwnerEntry> owners;
  std::vector<std::string> orphans;  // blocks of text that follow a row's owner and update
  std::vector<std::string> statuses;
  bool status_columns = false;
  auto next_nonblank = [&](size_t i) {
    while (i < end && lines[i].text.empty()) ++i;
    return i;
  };
  auto block_end = [&](size_t i) {
    while (i < end && !lines[i].text.empty()) ++i;
    return i;
  };
  auto block_text = [&](size_t i, size_t e) {
    std::string text;
    for (; i < e; ++i) text += (text.empty() ? "" : " ") + lines[i].text;
    return text;
  };
  // The end of a row's start at `i` (number, date raised, agenda item), filling `action`; `i` when none.
  auto row_start = [&](size_t i, ParsedAction* action) -> size_t {
    NumberToken tok;
    if (!ReadNumberToken(lines[i].text, &tok) || tok.parts.size() != 2) return i;
    if (tok.rest.empty()) {
      const size_t j = next_nonblank(i + 1);
      if (j >= end) return i;
      const auto raised = IsoDate(lines[j].text);
      if (!raised) return i;
      const size_t k = next_nonblank(j + 1);
      NumberToken item_tok;
      if (k >= end || !ReadNumberToken(lines[k].text, &item_tok) || !item_tok.rest.empty()) return i;
      action->number = tok.text;
      action->raised = raised;
      action->agenda_item = item_tok.text;
      return k + 1;
    }
    // "1.0  28/02/2019  5.3  Future ..." on one line.
    const auto words = Words(tok.rest);
    if (words.size() < 2) return i;
    const auto raised = IsoDate(words[0]);
    if (!raised) return i;
    const std::string_view item_text =
        std::string_view(tok.rest).substr(static_cast<size_t>(words[1].data() - tok.rest.data()));
    NumberToken item_tok;
    if (!ReadNumberToken(item_text, &item_tok)) return i;
    action->number = tok.text;
    action->raised = raised;
    action->agenda_item = item_tok.text;
    action->text = std::string(item_tok.rest);
    return i + 1;
  };
  auto is_row_start = [&](size_t i) {
    ParsedAction probe;
    return row_start(i, &probe) != i;
  };
  // An owner: one short line without digits, not a heading, whose next block starts with a date.
  auto is_owner = [&](size_t i) {
    const std::string& t = lines[i].text;
    if (i + 1 < end && !lines[i + 1].text.empty()) return false;
    if (HasDigit(t) || Words(t).size() > 6 || t.back() == '.' || IsHeadingBlockLine(lines[i]) ||
        IsActionStatusKey(lines[i].key))
      return false;
    const size_t j = next_nonblank(i + 1);
    if (j >= end) return false;
    const auto words = Words(lines[j].text);
    return !words.empty() && IsoDate(words[0]).has_value();
  };

  enum class After { kNothing, kRowStart, kRowText, kOwner, kUpdate };
  After after = After::kNothing;
  size_t i = next_nonblank(begin);
  while (i < end) {
    ParsedAction action;
    const size_t row_end = row_start(i, &action);
    if (row_end != i) {
      out.push_back(std::move(action));
      status_columns = false;
      i = next_nonblank(row_end);
      after = out.back().text.empty() ? After::kRowStart : After::kRowText;
      if (after == After::kRowStart && row_end < end && !lines[row_end].text.empty() && i < end &&
          !is_row_start(i)) {
        // Text straight under the agenda item, in the same block: the action.
        const size_t e = block_end(i);
        out.back().text = block_text(i, e);
        after = After::kRowText;
        i = next_nonblank(e);
      }
      continue;
    }
    const size_t e = block_end(i);
    if (IsHeadingBlockLine(lines[i])) {
      const ActionColumn role = ClassifyActionHeading(lines[i].text);
      status_columns = role == ActionColumn::kStatus || role == ActionColumn::kUpdateDate;
      after = After::kNothing;
      i = next_nonblank(e);
      continue;
    }
    if (status_columns) {
      const std::string joined = block_text(i, e);
      if (IsActionStatusKey(CompareKey(joined))) statuses.push_back(StripDot(joined));
      i = next_nonblank(e);
      continue;
    }
    if (is_owner(i)) {
      OwnerEntry entry;
      entry.owner = lines[i].text;
      entry.row = out.empty() ? SIZE_MAX : out.size() - 1;
      const size_t j = next_nonblank(e);
      entry.target = FirstDate(lines[j].text);
      owners.push_back(std::move(entry));
      after = After::kOwner;
      i = next_nonblank(block_end(j));
      continue;
    }
    const std::string text = block_text(i, e);
    if (after == After::kRowStart && !out.empty()) {
      out.back().text = text;
      after = After::kRowText;
    } else if (after == After::kOwner) {
      owners.back().update = text;
      after = After::kUpdate;
    } else if (after == After::kUpdate) {
      orphans.push_back(text);
    }
    i = next_nonblank(e);
  }

  if (!owners.empty()) {
    const bool in_order = owners.size() == out.size();
    for (size_t k = 0; k < owners.size(); ++k) {
      const size_t row = in_order ? k : owners[k].row;
      if (row >= out.size() || out[row].owner) continue;
      out[row].owner = owners[k].owner;
      out[row].target_date = owners[k].target;
      if (!owners[k].update.empty()) out[row].updates.push_back(owners[k].update);
    }
  }
  std::vector<size_t> textless;
  for (size_t k = 0; k < out.size(); ++k)
    if (out[k].text.empty()) textless.push_back(k);
  if (!orphans.empty() && orphans.size() == textless.size()) {
    for (size_t k = 0; k < orphans.size(); ++k) out[textless[k]].text = orphans[k];
  }
  if (!statuses.empty() && statuses.size() == out.size()) {
    for (size_t k = 0; k < out.size(); ++k) out[k].status = statuses[k];
  }
  return out;
}

}  // namespace boardroom::papers
