// Civil dates (no time zone, no time of day) and the calendar rules boardroom needs: parsing the date forms
// found in board papers, England and Wales bank holidays, and counting clear working days. Pure values, no
// I/O; "today" is never read here: callers pass it in (see core/clock.h).
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace boardroom {

class Date {
 public:
  // 1970-01-01.
  Date() = default;

  // A valid date, or kInvalidArgument when year, month or day are out of range (year 1..9999).
  static Result<Date> FromYmd(int year, int month, int day);
  // Days since 1970-01-01 (may be negative).
  static Date FromDays(int64_t days) { return Date(days); }

  // Parses ISO 8601 "2019-09-18" only; anything else is kInvalidArgument.
  static Result<Date> ParseIso(std::string_view text);

  // Parses a date as written in UK board papers: "18th September 2019", "18 Sept 2019", "Wednesday 18
  // September 2019", "18/09/2019" (day first), "18.09.19", "April 4, 2019", "12 April 2018", "2019-09-18".
  // Also "18th of September 2019", "18-09-2019", "Weds 18 Sep 19". Month names in full or as three letters
  // (and "Sept"), any case; an ordinal suffix must agree with the day ("22nd", not "22th"); a two-digit year
  // is 2000-2069 for 00-69 and 1970-1999 for 70-99; a weekday, when given, must be the date's weekday.
  // Leading and trailing space and a trailing full stop or comma are ignored. kInvalidArgument for anything
  // else, including dates that do not exist ("31 February 2019", month 13).
  static Result<Date> Parse(std::string_view text);

  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  int64_t days() const { return days_; }
  // 1 = Monday .. 7 = Sunday (ISO 8601).
  int weekday() const;

  // "2019-09-18".
  std::string ToIso() const;
  // "18 September 2019".
  std::string ToLong() const;
  // "18 Sep 2019".
  std::string ToShort() const;

  Date AddDays(int64_t n) const { return Date(days_ + n); }
  // Adds calendar months, clamping the day to the end of the target month (31 Jan + 1 month = 28/29 Feb).
  Date AddMonths(int n) const;

  friend auto operator<=>(const Date&, const Date&) = default;
  friend bool operator==(const Date&, const Date&) = default;

 private:
  explicit Date(int64_t days) : days_(days) {}
  int64_t days_ = 0;
};

// Writes the ISO form, "2019-09-18" (for logs and test failure messages).
std::ostream& operator<<(std::ostream& os, Date date);

// A UK financial year, 1 April to 31 March, named by its first calendar year: "2019/20" is
// FinancialYear{2019}.
struct FinancialYear {
  int start_year = 0;

  // Parses "2019/20", "2019-20", "2019/2020"; the second year must follow the first.
  static Result<FinancialYear> Parse(std::string_view text);
  Date first_day() const;
  Date last_day() const;
  std::string ToString() const;  // "2019/20"
  friend bool operator==(const FinancialYear&, const FinancialYear&) = default;
};

// England and Wales bank holidays of `year`, in date order, computed by rule (New Year, Good Friday, Easter
// Monday, early May, spring, summer, Christmas, Boxing Day, with substitute days) with the one-off changes of
// 2000-2040 (jubilees, VE Day 2020, the state funeral of 2022, the coronation of 2023, and the moved May
// holidays), plus VE Day 1995 and 31 December 1999. Years before 1978 (when the early May holiday began) get
// the modern rule, not their historical list.
std::vector<Date> EnglandWalesBankHolidays(int year);

// True when `date` is in EnglandWalesBankHolidays(date.year()).
bool IsEnglandWalesBankHoliday(Date date);

// A working day: Monday to Friday and not an England and Wales bank holiday.
bool IsWorkingDay(Date date);

// The number of clear working days strictly between `from` and `to` (neither end counts). Zero when `to` is
// not after `from` by more than a day.
int ClearWorkingDaysBetween(Date from, Date to);

// The latest date D such that there are at least `n` clear working days between D and `event` (neither
// counted): the last day on which something must be published to give `n` clear working days' notice of
// `event`. D itself may be a weekend day or a holiday. With n == 0, the day before `event`.
// REQUIRES: n >= 0. Five clear working days before a council meeting (Local Government Act 1972 s100B): n
// = 5.
Date LatestDateWithClearWorkingDays(Date event, int n);

// The latest date D such that there are at least `n` clear days (any day) between D and `event`: event - n -
// 1 (28 clear days before a key decision on 16 October 2019: 17 September). A negative n counts as 0.
Date LatestDateWithClearDays(Date event, int n);

// The last day of a period of `days` days beginning with `start` (start is day 1): Police Act 1996 s55(5A)
// gives 56 days, so a report published on 17 July 2019 is answered by 10 September 2019.
Date LastDayOfPeriodBeginningWith(Date start, int days);

}  // namespace boardroom
