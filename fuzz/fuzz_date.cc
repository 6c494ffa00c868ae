// Fuzz target: core Date::Parse and FinancialYear::Parse. A date that parses must survive ISO 8601 and back,
// and its long and short forms must parse to the same date.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/date.h"
#include "fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using boardroom::Date;
  using boardroom::fuzz::Require;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto date = Date::Parse(text);
  if (date.ok()) {
    auto iso = Date::ParseIso(date->ToIso());
    Require(iso.ok() && *iso == *date, "ParseIso(ToIso()) is the same date");
    auto again = Date::Parse(date->ToIso());
    Require(again.ok() && *again == *date, "Parse(ToIso()) is the same date");
    if (date->year() >= 1000) {
      auto long_form = Date::Parse(date->ToLong());
      Require(long_form.ok() && *long_form == *date, "Parse(ToLong()) is the same date");
      auto short_form = Date::Parse(date->ToShort());
      Require(short_form.ok() && *short_form == *date, "Parse(ToShort()) is the same date");
    }
  }
  auto iso = Date::ParseIso(text);
  if (iso.ok()) Require(iso->ToIso() == text, "ParseIso accepts only the form ToIso writes");
  auto year = boardroom::FinancialYear::Parse(text);
  if (year.ok()) {
    auto back = boardroom::FinancialYear::Parse(year->ToString());
    Require(back.ok() && *back == *year, "FinancialYear round trip");
    Require(year->first_day() < year->last_day(), "a financial year starts before it ends");
  }
  return 0;
}
