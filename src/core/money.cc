#include "core/money.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace boardroom {
namespace {

constexpr std::string_view kPound = "\xC2\xA3";          // £
constexpr std::string_view kMinusSign = "\xE2\x88\x92";  // U+2212
constexpr std::string_view kEnDash = "\xE2\x80\x93";     // U+2013
constexpr std::string_view kEmDash = "\xE2\x80\x94";     // U+2014
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view TrimSpace(std::string_view t) {
  while (!t.empty() && IsAsciiSpace(t.front())) t.remove_prefix(1);
  while (!t.empty() && IsAsciiSpace(t.back())) t.remove_suffix(1);
  return t;
}

// A cursor over the text being parsed.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : rest_(text) {}
  bool Consume(std::string_view s) {
    if (rest_.substr(0, s.size()) != s) return false;
    rest_.remove_prefix(s.size());
    return true;
  }
  bool ConsumeMinus() { return Consume("-") || Consume(kMinusSign) || Consume(kEnDash); }
  // Skips ASCII spaces and no-break spaces (U+00A0).
  void SkipSpace() {
    for (;;) {
      if (!rest_.empty() && IsAsciiSpace(rest_.front())) {
        rest_.remove_prefix(1);
      } else if (!Consume(kNoBreakSpace)) {
        return;
      }
    }
  }
  bool AtEnd() const { return rest_.empty(); }
  std::string_view rest() const { return rest_; }
  void Advance(size_t n) { rest_.remove_prefix(n); }

 private:
  std::string_view rest_;
};

// The decimal digits of an amount: whole part (grouping commas removed) and fraction.
struct Digits {
  std::string whole;
  std::string fraction;
};

// Reads "1,234.56", "2400", "839.3": commas, when present, separate groups of exactly three digits after a
// first group of one to three.
std::optional<Digits> ReadDigits(Scanner& s) {
  Digits d;
  std::string_view r = s.rest();
  size_t i = 0;
  size_t group = 0;
  bool grouped = false;
  while (i < r.size()) {
    if (IsDigit(r[i])) {
      d.whole.push_back(r[i]);
      ++group;
      ++i;
    } else if (r[i] == ',' && i + 1 < r.size() && IsDigit(r[i + 1])) {
      if (group == 0 || (grouped ? group != 3 : group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      ++i;
    } else {
      break;
    }
  }
  if (d.whole.empty() || (grouped && group != 3)) return std::nullopt;
  if (i < r.size() && r[i] == '.' && i + 1 < r.size() && IsDigit(r[i + 1])) {
    ++i;
    while (i < r.size() && IsDigit(r[i])) d.fraction.push_back(r[i++]);
  }
  s.Advance(i);
  return d;
}

// The power of ten a suffix ("k", "m", "million", "bn", ...) multiplies by, or nullopt for an unknown word.
std::optional<int> SuffixExponent(std::string_view word) {
  std::string w;
  for (char c : word) w.push_back(AsciiLower(c));
  if (w.empty()) return 0;
  if (w == "k" || w == "thousand") return 3;
  if (w == "m" || w == "mn" || w == "million") return 6;
  if (w == "bn" || w == "billion") return 9;
  return std::nullopt;
}

// digits × 10^exponent pence, rounded half away from zero on the first dropped digit; nullopt on overflow.
std::optional<int64_t> ToPence(const Digits& d, int exponent) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  int64_t acc = 0;
  auto push = [&](char c) {
    const int digit = c - '0';
    if (acc > (kMax - digit) / 10) return false;
    acc = acc * 10 + digit;
    return true;
  };
  for (char c : d.whole) {
    if (!push(c)) return std::nullopt;
  }
  for (int i = 0; i < exponent; ++i) {
    if (!push(static_cast<size_t>(i) < d.fraction.size() ? d.fraction[i] : '0')) return std::nullopt;
  }
  if (d.fraction.size() > static_cast<size_t>(exponent) && d.fraction[exponent] >= '5') {
    if (acc == kMax) return std::nullopt;
    ++acc;
  }
  return acc;
}

Error BadAmount(std::string_view text, std::string_view why) {
  return Error::InvalidArgument(
      "\"" + std::string(text) + "\" is not a sum of money: " + std::string(why) + ".", "amount");
}

// The shared grammar: [-] [(] [£] [-] [(] digits [suffix] [)]. `base_exponent` is the power of ten of one
// unit in pence (2 for pounds, 5 for thousands of pounds).
Result<Money> ParseAmount(std::string_view text, bool require_pound, bool allow_suffix, int base_exponent) {
  const std::string_view t = TrimSpace(text);
  if (t.empty()) return BadAmount(text, "it is empty");
  Scanner s(t);
  bool minus = s.ConsumeMinus();
  bool paren = s.Consume("(");
  bool pound = s.Consume(kPound);
  if (pound) s.SkipSpace();  // "£ 1,234" as set in some tables
  if (pound && !minus && !paren) minus = s.ConsumeMinus();
  if (pound && !paren) paren = s.Consume("(");
  if (!pound) pound = s.Consume(kPound);
  if (minus && paren) return BadAmount(text, "it is negative twice");
  if (require_pound && !pound) return BadAmount(text, "it has no £ sign");
  std::optional<Digits> digits = ReadDigits(s);
  if (!digits) {
    return BadAmount(
        text, s.AtEnd() || !IsDigit(s.rest().front()) ? "there is no number" : "the digit grouping is wrong");
  }
  int exponent = base_exponent;
  s.SkipSpace();
  if (allow_suffix) {
    size_t n = 0;
    const std::string_view r = s.rest();
    while (n < r.size() && ((r[n] >= 'a' && r[n] <= 'z') || (r[n] >= 'A' && r[n] <= 'Z'))) ++n;
    std::optional<int> extra = SuffixExponent(r.substr(0, n));
    if (!extra) return BadAmount(text, "the unit is not one of k, m, million, bn or billion");
    exponent += *extra;
    s.Advance(n);
    s.SkipSpace();
  }
  if (paren && !s.Consume(")")) return BadAmount(text, "a bracket is not closed");
  if (!s.AtEnd()) {
    if (s.rest().front() == ',') return BadAmount(text, "the digit grouping is wrong");
    return BadAmount(text, "it has unexpected text after the number");
  }
  std::optional<int64_t> pence = ToPence(*digits, exponent);
  if (!pence) return BadAmount(text, "it is too large");
  return Money::FromPence(minus || paren ? -*pence : *pence);
}

}  // namespace

Result<Money> Money::Parse(std::string_view text, bool assume_pounds) {
  return ParseAmount(text, !assume_pounds, /*allow_suffix=*/true, /*base_exponent=*/2);
}

Result<Money> Money::ParseThousandsCell(std::string_view text) {
  const std::string_view t = TrimSpace(text);
  if (t == "-" || t == kEnDash || t == kEmDash || t == kMinusSign) return Money();
  return ParseAmount(text, /*require_pound=*/false, /*allow_suffix=*/false, /*base_exponent=*/5);
}

std::string Money::ToString(bool drop_zero_pence) const {
  const bool negative = pence_ < 0;
  const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(pence_) : static_cast<uint64_t>(pence_);
  const std::string pounds = std::to_string(magnitude / 100);
  const uint64_t pence = magnitude % 100;
  std::string out = negative ? "-" : "";
  out += kPound;
  for (size_t i = 0; i < pounds.size(); ++i) {
    if (i > 0 && (pounds.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(pounds[i]);
  }
  if (pence != 0 || !drop_zero_pence) {
    out.push_back('.');
    out.push_back(static_cast<char>('0' + pence / 10));
    out.push_back(static_cast<char>('0' + pence % 10));
  }
  return out;
}

}  // namespace boardroom
