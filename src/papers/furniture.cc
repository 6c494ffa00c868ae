#include "papers/furniture.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "papers/normalize.h"

namespace boardroom::papers {
namespace {

bool IsAllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsDigit(c)) return false;
  return true;
}

// The repetition key: a line's compare key with every digit made '#', so "Page 3" and "Page 4" match.
std::string RepetitionKey(std::string_view compare_key) {
  std::string key(compare_key);
  for (char& c : key)
    if (IsDigit(c)) c = '#';
  return key;
}

// Words(s).size() <= n, without building the list.
bool AtMostWords(std::string_view s, size_t n) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word && ++words > n) return false;
    in_word = !space;
  }
  return true;
}

bool HasLetter(std::string_view s) {
  for (char c : s)
    if (IsUpper(c) || IsLower(c)) return true;
  return false;
}

// A line that is a lone paragraph or section number ("4.", "5.1").
bool IsLoneNumber(std::string_view line) {
  NumberToken tok;
  return ReadNumberToken(line, &tok) && tok.rest.empty();
}

bool EndsWithKeyColon(std::string_view line) {
  return !line.empty() && line.back() == ':' && line.size() < 40;
}

}  // namespace

bool IsClassificationMarking(std::string_view line) {
  return IsClassificationMarkingKey(CompareKey(line));
}

bool IsClassificationMarkingKey(std::string_view key) {
  static constexpr std::string_view kMarks[] = {"official",
                                                "official-sensitive",
                                                "official - sensitive",
                                                "official sensitive",
                                                "not protectively marked",
                                                "restricted",
                                                "unclassified",
                                                "secret",
                                                "top secret",
                                                "protect",
                                                "confidential"};
  for (std::string_view m : kMarks)
    if (key == m) return true;
  return false;
}

bool IsPageNumberLine(std::string_view line) {
  return IsPageNumberKey(CompareKey(line));
}

bool IsPageNumberKey(std::string_view key) {
  // Every form has at most four words (a key's words are split by single spaces): skip longer lines unsplit.
  if (std::count(key.begin(), key.end(), ' ') > 3) return false;
  const auto words = Words(key);
  if (words.size() == 4 && words[0] == "page" && IsAllDigits(words[1]) && words[2] == "of" &&
      IsAllDigits(words[3]))
    return true;
  if (words.size() == 2 && words[0] == "page" && IsAllDigits(words[1])) return true;
  if (words.size() == 3 && words[0] == "-" && IsAllDigits(words[1]) && words[2] == "-") return true;
  if (words.size() == 3 && IsAllDigits(words[0]) && words[1] == "|" && words[2] == "page") return true;
  return false;
}

bool IsStructuralLine(std::string_view line) {
  return IsStructuralKey(CompareKey(line));
}

bool IsStructuralKey(std::string_view key) {
  static constexpr std::string_view kPrefixes[] = {
      "bibliography", "source document", "contact officer", "contact",    "officer(s)", "background",
      "purpose",      "recommendation",  "report from",     "report of",  "agenda",     "appendix",
      "annex",        "introduction",    "implications",    "conclusion", "summary",    "to:",
      "from:",        "date:",           "documents",       "source"};
  for (std::string_view p : kPrefixes)
    if (key.substr(0, p.size()) == p) return true;
  return false;
}

// The left and right margins of each page of a laid-out document: the least left edge and the greatest right
// edge of its lines. Empty for documents without positions.
struct Margins {
  double left = 1e18;
  double right = -1e18;
};

std::vector<Margins> PageMargins(const Document& doc) {
  std::vector<Margins> out;
  for (const Line& l : doc.lines) {
    if (!l.position || l.page < 1) continue;
    if (out.size() < static_cast<size_t>(l.page)) out.resize(static_cast<size_t>(l.page));
    Margins& m = out[static_cast<size_t>(l.page) - 1];
    m.left = std::min(m.left, l.position->x);
    m.right = std::max(m.right, l.position->x + l.position->width);
  }
  return out;
}

CleanDocument RemoveFurniture(const Document& doc) {
  CleanDocument out;
  out.lines.reserve(doc.lines.size());
  const std::vector<Margins> margins = PageMargins(doc);
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const std::string& raw = doc.lines[i].text;
    CleanLine cl;
    cl.source = i;
    cl.page = doc.lines[i].page;
    cl.indented = !raw.empty() && (raw[0] == '\t' || (raw.size() > 1 && raw[0] == ' ' && raw[1] == ' '));
    const std::optional<LinePosition>& pos = doc.lines[i].position;
    if (pos && static_cast<size_t>(cl.page) <= margins.size() && cl.page >= 1) {
      const Margins& m = margins[static_cast<size_t>(cl.page) - 1];
      const double em = pos->font_size > 0 ? pos->font_size : 10;
      cl.indented = cl.indented || pos->x > m.left + 2 * em;
      // A line broken by the layout ends within a long word's width of the right margin.
      cl.wrapped = pos->x + pos->width > m.right - 6 * em && m.right - m.left > 20 * em;
    }
    cl.text = FoldLookalikes(raw);
    if (const std::string_view trimmed = TrimLine(cl.text); trimmed.size() != cl.text.size())
      cl.text = std::string(trimmed);
    cl.key = CompareKey(cl.text);
    out.lines.push_back(std::move(cl));
  }

  // Repetitions are counted only for lines that could be furniture by their key alone (a letter, at most ten
  // words, not structural): every such test depends only on the repetition key, so a line that passes the
  // full test below shares its key with counted lines only, and its count is the same as counting them all.
  std::vector<std::string> rep_keys(out.lines.size());
  std::unordered_map<std::string_view, int> counts;
  counts.reserve(out.lines.size() / 4 + 1);
  for (size_t i = 0; i < out.lines.size(); ++i) {
    const CleanLine& l = out.lines[i];
    if (l.text.empty() || !HasLetter(l.key) || !AtMostWords(l.key, 10) || IsStructuralKey(l.key)) continue;
    rep_keys[i] = RepetitionKey(l.key);
  }
  for (const std::string& k : rep_keys)
    if (!k.empty()) ++counts[k];
  // Each line's count; a line short enough by its text but not by its key (a thin space or a bullet inside
  // it splits a word of the key) is counted the slow way, which is rare.
  std::vector<int> line_counts(out.lines.size(), 0);
  for (size_t i = 0; i < out.lines.size(); ++i) {
    const CleanLine& l = out.lines[i];
    if (!rep_keys[i].empty()) {
      line_counts[i] = counts[rep_keys[i]];
    } else if (!l.text.empty() && HasLetter(l.text) && AtMostWords(l.text, 10) && !IsStructuralKey(l.key)) {
      const std::string key = RepetitionKey(l.key);
      for (const CleanLine& m : out.lines) line_counts[i] += !m.text.empty() && RepetitionKey(m.key) == key;
    }
  }

  std::vector<CleanLine> kept;
  kept.reserve(out.lines.size());
  std::string previous;         // the previous non-blank line kept
  std::string before_previous;  // the one before it ("To:" / "Agenda 5.1" / value)
  bool first = true;  // the first line of a document is its title or its body's name, never furniture
  for (size_t index = 0; index < out.lines.size(); ++index) {
    CleanLine& l = out.lines[index];
    if (!l.text.empty() && first && !IsClassificationMarkingKey(l.key) && !IsPageNumberKey(l.key)) {
      first = false;
      previous = l.text;
      kept.push_back(std::move(l));
      continue;
    }
    if (l.text.empty()) {
      kept.push_back(std::move(l));
      continue;
    }
    bool drop = false;
    if (IsClassificationMarkingKey(l.key)) {
      out.classifications.push_back(l.text);
      drop = true;
    } else if (IsPageNumberKey(l.key)) {
      drop = true;
    } else {
      const char last = l.text.back();
      const bool candidate = line_counts[index] >= 3 && HasLetter(l.text) && AtMostWords(l.text, 10) &&
                             last != '.' && last != ':' && last != ';' && last != ',' &&
                             !IsStructuralKey(l.key);
      const bool protected_place =
          EndsWithKeyColon(previous) || EndsWithKeyColon(before_previous) || IsLoneNumber(previous);
      drop = candidate && !protected_place;
    }
    if (drop) {
      ++out.removed;
      continue;
    }
    before_previous = std::move(previous);
    previous = l.text;
    kept.push_back(std::move(l));
  }
  out.lines = std::move(kept);
  return out;
}

std::vector<CleanLine> CleanRegion(const Document& doc, const CleanDocument& clean, size_t begin,
                                   size_t end) {
  end = std::min(end, doc.lines.size());
  std::vector<CleanLine> out;
  if (begin >= end) return out;
  auto clean_line = [&](size_t i) {
    CleanLine cl;
    cl.source = i;
    cl.page = doc.lines[i].page;
    cl.text = std::string(TrimLine(FoldLookalikes(doc.lines[i].text)));
    cl.key = CompareKey(cl.text);
    return cl;
  };
  // Repetitions outside the region, of kept lines and of dropped ones.
  std::unordered_map<std::string, int> outside;
  size_t expected = 0;  // the next source index not yet seen
  auto count_dropped = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (i >= begin && i < end) continue;
      const CleanLine cl = clean_line(i);
      if (!cl.text.empty()) ++outside[RepetitionKey(cl.key)];
    }
  };
  std::vector<const CleanLine*> kept(end - begin, nullptr);  // the clean line of each kept line in the range
  for (const CleanLine& l : clean.lines) {
    count_dropped(expected, l.source);
    expected = l.source + 1;
    if (l.source >= begin && l.source < end) {
      kept[l.source - begin] = &l;
    } else if (!l.text.empty()) {
      ++outside[RepetitionKey(l.key)];
    }
  }
  count_dropped(expected, doc.lines.size());
  for (size_t i = begin; i < end; ++i) {
    if (kept[i - begin] != nullptr) {
      out.push_back(*kept[i - begin]);
      continue;
    }
    CleanLine l = clean_line(i);
    if (!l.text.empty()) {
      if (IsClassificationMarkingKey(l.key) || IsPageNumberKey(l.key)) continue;
      // Dropped for repetition: a running header repeats outside the region too, a column's value does not.
      if (outside.count(RepetitionKey(l.key)) > 0) continue;
    }
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace boardroom::papers
