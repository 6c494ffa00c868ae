#include "papers/extract.h"

#include <set>

#include "core/date.h"
#include "core/money.h"
#include "papers/normalize.h"

namespace boardroom::papers {
namespace {

constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};

// Called for every word of a document, so it lower-cases only the three letters it compares.
bool IsMonthWord(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  if (w.size() < 3) return false;
  char head[3];
  for (size_t i = 0; i < 3; ++i) head[i] = IsUpper(w[i]) ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
  const std::string_view l(head, 3);
  for (std::string_view m : kMonths)
    if (l == m) return true;
  return false;
}

bool IsDayWord(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && IsDigit(w[i])) ++i;
  if (i == 0 || i > 2) return false;
  std::string_view rest = w.substr(i);
  while (!rest.empty() && (rest.back() == ',' || rest.back() == '.')) rest.remove_suffix(1);
  if (rest.empty()) return true;
  if (rest.size() != 2) return false;
  const char a = IsUpper(rest[0]) ? static_cast<char>(rest[0] - 'A' + 'a') : rest[0];
  const char b = IsUpper(rest[1]) ? static_cast<char>(rest[1] - 'A' + 'a') : rest[1];
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

bool IsYearWord(std::string_view w) {
  std::string_view y = w;
  while (!y.empty() && !IsDigit(y.back())) y.remove_suffix(1);
  if (y.size() != 4) return false;
  for (char c : y)
    if (!IsDigit(c)) return false;
  return w.size() - y.size() <= 2;
}

std::string TrimPunct(std::string_view w) {
  while (!w.empty() &&
         (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ')' || w.back() == ':'))
    w.remove_suffix(1);
  while (!w.empty() && (w.front() == '(')) w.remove_prefix(1);
  return std::string(w);
}

bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 10) return false;
  int upper = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (IsUpper(c)) {
      ++upper;
    } else if (!(c == 's' && i == s.size() - 1) && c != '&' && !IsDigit(c)) {
      return false;
    }
  }
  return upper >= 2;
}

bool IsConnector(std::string_view w) {
  return w == "of" || w == "and" || w == "the" || w == "for" || w == "&" || w == "in" || w == "on" ||
         w == "to";
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

bool Capitalised(std::string_view w) {
  return !w.empty() && (IsUpper(w.front()) || IsDigit(w.front()));
}

std::string StripPossessive(std::string w) {
  for (std::string_view s : {"\xE2\x80\x99s", "'s"})
    if (w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0)
      return w.substr(0, w.size() - s.size());
  return w;
}

// Strips quotes, curly quotes and a leading "the " from a parenthesised short form.
std::string_view UnquoteShort(std::string_view s) {
  for (;;) {
    bool changed = false;
    for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\"", "'"}) {
      if (s.size() >= q.size() && s.substr(0, q.size()) == q) s.remove_prefix(q.size()), changed = true;
      if (s.size() >= q.size() && s.substr(s.size() - q.size()) == q)
        s.remove_suffix(q.size()), changed = true;
    }
    if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The "))
      s.remove_prefix(4), changed = true;
    s = TrimLine(s);
    if (!changed) return s;
  }
}

// How many words before a parenthesis ExtractAcronyms reads as a possible long form.
constexpr size_t kLongFormWords = 14;

bool IsWordSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// Where the window of the last `count` words of text[0, end) begins: the start of the count-th word back, or
// 0 when there are fewer. Splitting text[start, end) gives the same last `count` words as splitting all of
// it.
size_t WordWindowStart(std::string_view text, size_t end, size_t count) {
  size_t i = end;
  size_t seen = 0;
  while (i > 0) {
    while (i > 0 && IsWordSpace(text[i - 1])) --i;
    if (i == 0) break;
    while (i > 0 && !IsWordSpace(text[i - 1])) --i;
    if (++seen == count) return i;
  }
  return 0;
}

}  // namespace

std::vector<std::string> ExtractDates(std::string_view text) {
  std::vector<std::string> out;
  // The words of `text`, read three ahead as the checks below need, without building the whole list.
  struct Window {
    std::string_view text;
    size_t pos = 0;
    std::string_view w[3];
    size_t count = 0;  // words in w
    void Fill() {
      while (count < 3) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n')) ++pos;
        if (pos >= text.size()) return;
        size_t j = pos;
        while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
        w[count++] = text.substr(pos, j - pos);
        pos = j;
      }
    }
    void Drop(size_t n) {
      for (size_t k = n; k < count; ++k) w[k - n] = w[k];
      count -= n;
      Fill();
    }
  };
  Window window{text};
  window.Fill();
  while (window.count > 0) {
    const std::string_view* words = window.w;
    const size_t i = 0;
    const size_t available = window.count;
    std::string candidate;
    size_t used = 0;
    if (available == 3 && IsDayWord(words[i]) && IsMonthWord(words[i + 1]) && IsYearWord(words[i + 2])) {
      candidate = TrimPunct(words[i]) + " " + TrimPunct(words[i + 1]) + " " + TrimPunct(words[i + 2]);
      used = 3;
    } else if (available == 3 && IsMonthWord(words[i]) && IsDayWord(words[i + 1]) &&
               IsYearWord(words[i + 2])) {
      candidate = TrimPunct(words[i]) + " " + TrimPunct(words[i + 1]) + ", " + TrimPunct(words[i + 2]);
      used = 3;
    } else if (words[i].size() >= 8 && IsDigit(words[i][0]) &&
               (words[i].find('/') != std::string_view::npos ||
                words[i].find('-') != std::string_view::npos)) {
      candidate = TrimPunct(words[i]);
      used = 1;
    }
    size_t advance = 1;
    if (used > 0) {
      auto d = Date::Parse(candidate);
      if (d.ok()) {
        out.push_back(d->ToIso());
        advance = used;
      }
    }
    window.Drop(advance);
  }
  return out;
}

std::vector<ParsedAmount> ExtractAmounts(std::string_view text) {
  std::vector<ParsedAmount> out;
  static constexpr std::string_view kPound = "\xC2\xA3";
  size_t pos = 0;
  while ((pos = text.find(kPound, pos)) != std::string_view::npos) {
    size_t i = pos + kPound.size();
    const size_t digits_start = i;
    while (i < text.size() && (IsDigit(text[i]) || text[i] == ',' || text[i] == '.')) ++i;
    while (i > digits_start && (text[i - 1] == ',' || text[i - 1] == '.')) --i;
    if (i == digits_start) {
      pos = i;
      continue;
    }
    size_t j = i;
    for (std::string_view suffix : {"bn", "billion", "million", "m", "k"}) {
      size_t s = i;
      if (suffix.size() > 2 && s < text.size() && text[s] == ' ') ++s;
      if (text.substr(s, suffix.size()) == suffix &&
          (s + suffix.size() == text.size() ||
           !(IsLower(text[s + suffix.size()]) || IsUpper(text[s + suffix.size()])))) {
        j = s + suffix.size();
        break;
      }
    }
    const std::string written(text.substr(pos, j - pos));
    auto money = Money::Parse(written);
    if (money.ok()) out.push_back(ParsedAmount{written, money->pence()});
    pos = j;
  }
  return out;
}

std::vector<ParsedAcronym> ExtractAcronyms(std::string_view text) {
  std::vector<ParsedAcronym> out;
  std::set<std::pair<std::string, std::string>> seen;
  auto add = [&](std::string s, std::string l) {
    if (l.empty() || s.empty()) return;
    if (seen.insert({s, l}).second) out.push_back(ParsedAcronym{std::move(s), std::move(l)});
  };
  size_t open = 0;
  while ((open = text.find('(', open)) != std::string_view::npos) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view inside = TrimLine(text.substr(open + 1, close - open - 1));
    const std::string_view short_form = UnquoteShort(inside);
    // Only the last few words before the parenthesis can be the long form (the loop below looks at most
    // kLongFormWords back), so split a window that starts at a word boundary rather than all the text before.
    const size_t from = WordWindowStart(text, open, kLongFormWords + 1);
    const std::string_view before = text.substr(from, open - from);
    auto words = Words(before);
    if (IsAcronym(short_form)) {
      // Long form before: the run of capitalised words (and connectors) just before the parenthesis.
      size_t k = words.size();
      size_t start = k;
      while (k > 0 && words.size() - k < kLongFormWords) {
        const std::string_view w = words[k - 1];
        const char last = w.empty() ? ' ' : w.back();
        const bool punctuated =
            k < words.size() && (last == '.' || last == ',' || last == ';' || last == ':' ||
                                 w.find(')') != std::string_view::npos || EndsWith(w, "\xE2\x80\x9D"));
        const bool possessive_list =
            k < words.size() && IsConnector(words[k]) && (EndsWith(w, "\xE2\x80\x99s") || EndsWith(w, "'s"));
        if (punctuated || possessive_list || (!w.empty() && IsDigit(w.front()))) break;
        if (Capitalised(w) || IsConnector(w)) {
          --k;
          if (Capitalised(w)) start = k;
        } else {
          break;
        }
      }
      while (start < words.size() && (words[start] == "The" || words[start] == "A" || words[start] == "An"))
        ++start;
      if (words.size() - start >= 2) {
        std::string long_form;
        for (size_t w = start; w < words.size(); ++w) {
          if (!long_form.empty()) long_form += ' ';
          long_form += words[w];
        }
        long_form = StripPossessive(long_form);
        // The first letter of the short form must begin a word of the long form.
        bool match = false;
        for (size_t w = start; w < words.size(); ++w)
          if (!words[w].empty() && words[w][0] == short_form[0]) match = true;
        if (match) add(std::string(short_form), long_form);
      }
    } else if (!words.empty()) {
      // Short form before, long form inside: "EBIT (Evidenced Based Investigation Tool)".
      const std::string prev = TrimPunct(words.back());
      if (IsAcronym(prev)) {
        const auto long_words = Words(inside);
        std::string initials;
        for (std::string_view w : long_words)
          if (!IsConnector(w) && !w.empty()) initials.push_back(w[0]);
        std::string letters;
        for (char c : prev)
          if (IsUpper(c)) letters.push_back(c);
        if (AsciiLower(initials) == AsciiLower(letters)) add(prev, std::string(inside));
      }
    }
    open = close;
  }
  return out;
}

std::vector<ParsedCrossReference> ExtractCrossReferences(std::string_view text, const std::string& where) {
  std::vector<ParsedCrossReference> out;
  const std::string lower = AsciiLower(text);
  struct Pattern {
    std::string_view phrase;
    std::string_view target_kind;
  };
  static constexpr Pattern kPatterns[] = {
      {"agenda item ", "agenda item"}, {"detailed in ", "paragraph"},  {"referred to in ", "paragraph"},
      {"set out in ", "paragraph"},    {"described in ", "paragraph"}, {"see paragraph ", "paragraph"},
      {"outlined in ", "paragraph"},   {"in paragraph ", "paragraph"}, {"at paragraph ", "paragraph"},
  };
  for (const Pattern& p : kPatterns) {
    size_t pos = 0;
    while ((pos = lower.find(p.phrase, pos)) != std::string::npos) {
      size_t n = pos + p.phrase.size();
      if (lower.compare(n, 10, "paragraph ") == 0) n += 10;
      NumberToken tok;
      if (ReadNumberToken(std::string_view(text).substr(n), &tok) &&
          (tok.parts.size() >= 2 || p.target_kind == "agenda item")) {
        size_t start = pos;
        if (start >= 4 && lower.compare(start - 4, 4, "see ") == 0) start -= 4;
        const size_t end = n + tok.text.size();
        out.push_back(ParsedCrossReference{std::string(text.substr(start, end - start)),
                                           std::string(p.target_kind) + " " + tok.text, where});
      }
      pos += p.phrase.size();
    }
  }
  return out;
}

}  // namespace boardroom::papers
