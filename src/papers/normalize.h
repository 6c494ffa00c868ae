// Small text helpers the recognisers share: trimming, look-alike folding of one line, a comparison key, and
// reading a leading paragraph number ("4", "4.", "4.1", "4.1.", "4.8.1", after an optional bullet). Only what
// the papers room needs; general Unicode work (NFKC, full case folding) belongs to core/text.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace boardroom::papers {

// Trims spaces, tabs, CR, form feeds and U+00A0 at both ends.
std::string_view TrimLine(std::string_view text);

// Replaces Cyrillic and Greek letters that imitate Latin ones inside otherwise Latin words ("То" → "To") and
// non-breaking spaces with plain spaces. Words written wholly in Cyrillic or Greek are left alone.
std::string FoldLookalikes(std::string_view text);

// A key for comparing text written by different hands: look-alikes folded, curly quotes and dashes made
// plain, ASCII letters lower-cased, bullets dropped, white space collapsed and trimmed.
std::string CompareKey(std::string_view text);

// True when `text` starts with a bullet glyph ("•", "", "▪", "◦", "-", "–", "*") followed by space or
// nothing.
// `*rest` gets the text after the bullet and its spaces.
bool StripBullet(std::string_view text, std::string_view* rest);

// A leading number like "4", "4.", "4.1", "4.1.", "4.8.1" or "8.0".
struct NumberToken {
  std::vector<int> parts;     // {4, 1}
  std::string text;           // "4.1" (no trailing full stop)
  bool trailing_dot = false;  // "4." or "4.1."
  std::string_view rest;      // what follows, trimmed; empty when the number stands alone
};

// Reads a leading number from `line` (after an optional bullet "- "). False when the line does not start with
// one, or when the number runs straight into a letter or another symbol ("4th", "2019/20", "£4", "1,234").
bool ReadNumberToken(std::string_view line, NumberToken* token);

// Words of `text` split on white space.
std::vector<std::string_view> Words(std::string_view text);

// True when `c` is an ASCII upper-case letter.
inline bool IsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool IsLower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// Lower-cases ASCII letters.
std::string AsciiLower(std::string_view text);

}  // namespace boardroom::papers
