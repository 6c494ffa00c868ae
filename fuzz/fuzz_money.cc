// Fuzz target: core Money::Parse and Money::ParseThousandsCell. An amount that parses must print (ToString)
// as text that parses back to the same amount.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/money.h"
#include "fuzz/check.h"

namespace {

void CheckRoundTrip(const boardroom::Money& money) {
  using boardroom::Money;
  using boardroom::fuzz::Require;
  for (bool drop_zero_pence : {false, true}) {
    const std::string printed = money.ToString(drop_zero_pence);
    auto back = Money::Parse(printed);
    Require(back.ok() && *back == money, "Money::Parse(ToString()) is the same amount");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using boardroom::Money;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool assume_pounds : {false, true}) {
    auto money = Money::Parse(text, assume_pounds);
    if (money.ok()) CheckRoundTrip(*money);
  }
  auto cell = Money::ParseThousandsCell(text);
  if (cell.ok()) CheckRoundTrip(*cell);
  return 0;
}
