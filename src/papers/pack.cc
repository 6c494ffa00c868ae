#include "papers/pack.h"

#include "core/date.h"
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

std::vector<ParsedAction> ParseActionLog(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  std::vector<ParsedAction> out;
  auto next_nonblank = [&](size_t i) {
    while (i < end && lines[i].text.empty()) ++i;
    return i;
  };
  for (size_t i = begin; i < end; ++i) {
    const std::string& t = lines[i].text;
    if (t.empty()) continue;
    NumberToken tok;
    if (!ReadNumberToken(t, &tok) || tok.parts.size() != 2) continue;
    std::string_view date_text = tok.rest;
    std::string_view item_text;
    size_t j = i;
    if (date_text.empty()) {
      j = next_nonblank(i + 1);
      if (j >= end) continue;
      date_text = lines[j].text;
    } else {
      // "1.0  28/02/2019  5.3  Future ..." on one line.
      const auto words = Words(date_text);
      if (words.size() < 2) continue;
      date_text = words[0];
      item_text = std::string_view(tok.rest).substr(static_cast<size_t>(words[1].data() - tok.rest.data()));
    }
    const auto raised = IsoDate(date_text);
    if (!raised) continue;
    ParsedAction action;
    action.number = tok.text;
    action.raised = raised;
    NumberToken item_tok;
    if (item_text.empty()) {
      const size_t k = next_nonblank(j + 1);
      if (k >= end || !ReadNumberToken(lines[k].text, &item_tok) || !item_tok.rest.empty()) continue;
      action.agenda_item = item_tok.text;
      // The action's text: the next block of lines, unless the next row starts there.
      size_t m = next_nonblank(k + 1);
      NumberToken t3;
      if (m < end && !ReadNumberToken(lines[m].text, &t3)) {
        std::string text;
        while (m < end && !lines[m].text.empty()) text += (text.empty() ? "" : " ") + lines[m++].text;
        action.text = text;
      }
      i = k;
    } else {
      if (!ReadNumberToken(item_text, &item_tok)) continue;
      action.agenda_item = item_tok.text;
      action.text = std::string(item_tok.rest);
    }
    out.push_back(std::move(action));
  }
  return out;
}

}  // namespace boardroom::papers
