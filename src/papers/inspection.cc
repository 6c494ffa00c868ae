#include "papers/inspection.h"

#include "papers/normalize.h"

namespace boardroom::papers {
namespace {

int NumberWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                                "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  for (int i = 0; i < 13; ++i)
    if (w == kWords[i]) return i;
  int v = 0;
  for (char c : w) {
    if (!IsDigit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return w.empty() ? -1 : v;
}

// Text of the quoted title in a paper title (“...”), or the whole title.
std::string QuotedTitle(const std::string& title) {
  const size_t open = title.find("\xE2\x80\x9C");
  const size_t close = title.rfind("\xE2\x80\x9D");
  if (open != std::string::npos && close != std::string::npos && close > open)
    return title.substr(open + 3, close - open - 3);
  return title;
}

}  // namespace

std::optional<Date> DueFromWording(std::string_view text, Date published, bool* urgent) {
  *urgent = false;
  const std::string lower = AsciiLower(text.substr(0, 80));
  if (lower.find("as a matter of urgency") != std::string::npos || lower.rfind("immediately", 0) == 0) {
    *urgent = true;
    return std::nullopt;
  }
  const auto words = Words(lower);
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    if (words[i] != "within") continue;
    const int n = NumberWord(words[i + 1]);
    std::string unit(words[i + 2]);
    while (!unit.empty() && (unit.back() == ',' || unit.back() == '.')) unit.pop_back();
    if (n < 0) continue;
    if (unit == "months" || unit == "month") return published.AddMonths(n);
    if (unit == "weeks" || unit == "week") return published.AddDays(7 * n);
    if (unit == "days" || unit == "day") return published.AddDays(n);
  }
  for (size_t i = 0; i + 3 < words.size(); ++i) {
    if (words[i] != "by") continue;
    std::string candidate = std::string(text.substr(words[i + 1].data() - lower.data(), 0));
    const std::string_view original = text.substr(static_cast<size_t>(words[i + 1].data() - lower.data()));
    const auto ow = Words(original);
    if (ow.size() < 3) continue;
    std::string year(ow[2]);
    while (!year.empty() && !IsDigit(year.back())) year.pop_back();
    auto d = Date::Parse(std::string(ow[0]) + " " + std::string(ow[1]) + " " + year);
    if (d.ok()) return *d;
  }
  return std::nullopt;
}

std::optional<std::string> AddresseeOf(std::string_view text) {
  const size_t should = text.find(" should ");
  if (should == std::string_view::npos) return std::nullopt;
  std::string_view head = text.substr(0, should);
  const size_t comma = head.find(", ");
  if (comma != std::string_view::npos) head = head.substr(comma + 2);
  const std::string lower = AsciiLower(head);
  // Drop an opening time clause without a comma ("Within six months chief constables").
  for (std::string_view unit : {" months ", " month ", " weeks ", " days "}) {
    const size_t u = lower.find(unit);
    if (lower.rfind("within ", 0) == 0 && u != std::string::npos) head = head.substr(u + unit.size());
  }
  head = TrimLine(head);
  if (head.size() > 4 && (head.substr(0, 4) == "the " || head.substr(0, 4) == "The ")) head.remove_prefix(4);
  if (head.empty() || Words(head).size() > 12) return std::nullopt;
  return std::string(head);
}

std::optional<ParsedInspection> ParseInspection(const std::vector<CleanLine>& lines, size_t begin, size_t end,
                                                const std::string& paper_title) {
  // Units of text: split at blank lines, bullets and item labels.
  std::vector<std::string> units;
  std::string all;
  for (size_t i = begin; i < end; ++i) {
    const std::string& t = lines[i].text;
    all += t + " ";
    std::string_view rest;
    const bool bullet = StripBullet(t, &rest) || t.rfind("\xEF\x82\xB7", 0) == 0;
    const bool label = t.rfind("Recommendation:", 0) == 0 || t.rfind("Area for improvement:", 0) == 0 ||
                       t.rfind("Response:", 0) == 0;
    if (t.empty() || bullet || label || units.empty()) units.emplace_back();
    if (!t.empty() && !bullet) units.back() += (units.back().empty() ? "" : " ") + t;
  }
  // Published date: "published by ... on 17 July 2019".
  const size_t pub = all.find("published");
  if (pub == std::string::npos) return std::nullopt;
  std::optional<Date> published;
  const size_t on = all.find(" on ", pub);
  if (on != std::string::npos && on - pub < 200) {
    const auto words = Words(std::string_view(all).substr(on + 4, 60));
    if (words.size() >= 3) {
      std::string year(words[2]);
      while (!year.empty() && !IsDigit(year.back())) year.pop_back();
      auto d = Date::Parse(std::string(words[0]) + " " + std::string(words[1]) + " " + year);
      if (d.ok()) published = *d;
    }
  }
  if (!published) return std::nullopt;
  ParsedInspection insp;
  insp.title = QuotedTitle(paper_title);
  insp.published = published->ToIso();
  insp.response_due = LastDayOfPeriodBeginningWith(*published, 56).ToIso();
  for (const std::string& u : units) {
    std::string text = u;
    std::string kind;
    if (text.rfind("Recommendation:", 0) == 0) {
      kind = "recommendation";
      text = std::string(TrimLine(std::string_view(text).substr(15)));
    } else if (text.rfind("Area for improvement:", 0) == 0) {
      kind = "area-for-improvement";
      text = std::string(TrimLine(std::string_view(text).substr(21)));
    } else if (text.rfind("Response:", 0) == 0) {
      if (!insp.items.empty())
        insp.items.back().response = std::string(TrimLine(std::string_view(text).substr(9)));
      continue;
    } else {
      const std::string lower = AsciiLower(text.substr(0, 30));
      const bool due_words = lower.rfind("within ", 0) == 0 || lower.rfind("by ", 0) == 0 ||
                             lower.rfind("as a matter of urgency", 0) == 0 ||
                             lower.rfind("immediately", 0) == 0;
      if (!due_words || text.find(" should ") == std::string::npos) continue;
      kind = "recommendation";
    }
    ParsedInspectionItem item;
    item.kind = kind;
    item.text = text;
    item.addressee = AddresseeOf(text);
    bool urgent = false;
    const auto due = DueFromWording(text, *published, &urgent);
    if (due) item.due = due->ToIso();
    item.urgent = urgent;
    insp.items.push_back(std::move(item));
  }
  return insp;
}

}  // namespace boardroom::papers
