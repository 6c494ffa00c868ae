#include "governance/paper_text.h"

#include <cctype>
#include <utility>

namespace boardroom::governance {
namespace {

constexpr size_t kMaxHeadingLength = 80;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsSpace(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}
bool IsLower(char c) {
  return c >= 'a' && c <= 'z';
}
bool IsLetter(char c) {
  return IsLower(c) || (c >= 'A' && c <= 'Z');
}

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t end = text.find('\n');
    lines.push_back(Trimmed(text.substr(0, end)));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// Counts the digits at the start of `s`.
size_t Digits(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && IsDigit(s[n])) ++n;
  return n;
}

// "5. Purpose" or "5 Purpose" as a section.
std::optional<SectionText> AsHeading(std::string_view line) {
  size_t n = Digits(line);
  if (n == 0 || n > 3) return std::nullopt;
  size_t at = n;
  if (at < line.size() && line[at] == '.') ++at;
  if (at >= line.size() || !IsSpace(line[at])) return std::nullopt;
  std::string_view heading = Trimmed(line.substr(at));
  if (heading.empty() || heading.size() > kMaxHeadingLength || heading.back() == '.') return std::nullopt;
  if (!IsLetter(heading.front())) return std::nullopt;
  return SectionText{std::string(line.substr(0, n)), std::string(heading)};
}

// "5.22 Text" as ("5.22", "Text"); nullopt unless the block starts with a paragraph number and a space.
std::optional<std::pair<std::string, std::string_view>> AsNumbered(std::string_view line) {
  size_t at = 0;
  int parts = 0;
  while (true) {
    size_t n = Digits(line.substr(at));
    if (n == 0) return std::nullopt;
    at += n;
    ++parts;
    if (at + 1 < line.size() && line[at] == '.' && IsDigit(line[at + 1])) {
      ++at;
      continue;
    }
    break;
  }
  if (parts < 2) return std::nullopt;
  std::string number(line.substr(0, at));
  if (at < line.size() && line[at] == '.') ++at;
  if (at >= line.size() || !IsSpace(line[at])) return std::nullopt;
  return std::make_pair(number, Trimmed(line.substr(at)));
}

}  // namespace

PaperText SplitPaperText(std::string_view text) {
  PaperText out;
  std::vector<std::string_view> lines = Lines(text);
  std::vector<std::string_view> block;
  auto flush = [&] {
    if (block.empty()) return;
    size_t first = 0;
    if (std::optional<SectionText> heading = AsHeading(block.front())) {
      out.sections.push_back(std::move(*heading));
      first = 1;
    }
    if (first < block.size()) {
      ParagraphText p;
      if (!out.sections.empty()) p.section = out.sections.size() - 1;
      std::string_view lead = block[first];
      if (auto numbered = AsNumbered(lead)) {
        p.number = numbered->first;
        lead = numbered->second;
      }
      p.text = std::string(lead);
      for (size_t i = first + 1; i < block.size(); ++i) {
        if (!p.text.empty()) p.text += ' ';
        p.text += block[i];
      }
      out.paragraphs.push_back(std::move(p));
    }
    block.clear();
  };
  for (std::string_view line : lines) {
    if (line.empty()) {
      flush();
    } else {
      block.push_back(line);
    }
  }
  flush();
  return out;
}

std::vector<RecommendationText> SplitRecommendations(std::string_view text) {
  std::vector<RecommendationText> out;
  for (std::string_view line : Lines(text)) {
    if (line.empty()) continue;
    RecommendationText r;
    const bool bracket = line.front() == '(';
    size_t at = bracket ? 1 : 0;
    size_t n = Digits(line.substr(at));
    if (n == 0) {
      while (at + n < line.size() && IsLetter(line[at + n])) ++n;
      if (n > 4) n = 0;
    } else if (n > 3) {
      n = 0;
    }
    size_t end = at + n;
    const bool closed =
        n > 0 && end < line.size() && (bracket ? line[end] == ')' : (line[end] == ')' || line[end] == '.'));
    if (closed && end + 1 < line.size() && IsSpace(line[end + 1])) {
      r.label = bracket ? std::string(line.substr(0, end + 1)) : std::string(line.substr(0, end));
      line = Trimmed(line.substr(end + 1));
    }
    r.text = std::string(line);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace boardroom::governance
