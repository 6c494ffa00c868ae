// Sums of money as integer pence, parsed from the forms found in board papers and budget tables. No floating
// point is stored; parsing rounds half away from zero to the penny.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace boardroom {

class Money {
 public:
  Money() = default;
  static Money FromPence(int64_t pence) { return Money(pence); }

  // Parses a written amount: "£1.2m", "£1,234k", "£2400", "£839.3k", "£18,000", "£1.5 million", "£2bn",
  // "-£40", "£-40", "£(401)", "(£401)". Units: k, thousand, m, mn, million, bn, billion (any case, with or
  // without a space). Grouping commas, when used, must separate groups of three. More decimals than a penny
  // are rounded half away from zero ("£1.005" is 101p). A minus may be "-" or U+2212. A leading "£" is
  // optional only when `assume_pounds` is true. kInvalidArgument for anything else (empty, no digits, bad
  // grouping such as "1,23", an unknown unit, trailing text, an amount beyond int64 pence).
  static Result<Money> Parse(std::string_view text, bool assume_pounds = false);

  // Parses a cell of a table stated in £'000: "1,234" is £1,234,000; "(401)" and "-401" are negative; "-" and
  // "–" alone are zero; decimals are rounded to the penny as in Parse; a "£" is allowed. kInvalidArgument for
  // anything else (units such as "k" included).
  static Result<Money> ParseThousandsCell(std::string_view text);

  int64_t pence() const { return pence_; }

  // "£1,234.56", "-£40.00"; whole pounds drop the pence when `drop_zero_pence` ("£18,000").
  std::string ToString(bool drop_zero_pence = true) const;

  friend auto operator<=>(const Money&, const Money&) = default;
  friend bool operator==(const Money&, const Money&) = default;
  Money operator+(Money o) const { return Money(pence_ + o.pence_); }
  Money operator-(Money o) const { return Money(pence_ - o.pence_); }

 private:
  explicit Money(int64_t pence) : pence_(pence) {}
  int64_t pence_ = 0;
};

}  // namespace boardroom
