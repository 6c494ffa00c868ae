#include "core/date.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ostream>

namespace boardroom {
namespace {

// Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian). The year is shifted to start in March
// so that the leap day falls at the end; 400-year eras of 146097 days keep the arithmetic exact for negative
// years too.
constexpr int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;                                    // [0, 399]
  const int64_t day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

struct Ymd {
  int year;
  int month;
  int day;
};

// The inverse of DaysFromCivil.
constexpr Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t day_of_era = z - era * 146097;  // [0, 146096]
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;  // [0, 399]
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t mp = (5 * day_of_year + 2) / 153;  // [0, 11], March = 0
  const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return {static_cast<int>(year), month, day};
}

static_assert(DaysFromCivil(1970, 1, 1) == 0);
static_assert(DaysFromCivil(2000, 3, 1) == 11017);
static_assert(CivilFromDays(11017).month == 3);

constexpr bool IsLeapYear(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int DaysInMonth(int y, int m) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

constexpr std::array<const char*, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};

char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Parses 1 to 4 ASCII digits.
std::optional<int> SmallNumber(std::string_view s) {
  if (s.empty() || s.size() > 4 || !AllDigits(s)) return std::nullopt;
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

// 1..12 for an English month name or its abbreviation ("Sep", "Sept", "Sept."), case-insensitive.
std::optional<int> MonthFromName(std::string_view word) {
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return std::nullopt;
  for (int i = 0; i < 12; ++i) {
    const std::string full = Lower(kMonthNames[i]);
    if (w == full || w == full.substr(0, 3)) return i + 1;
  }
  if (w == "sept") return 9;
  return std::nullopt;
}

// 1 (Monday) .. 7 for an English weekday name or a usual abbreviation, case-insensitive.
std::optional<int> WeekdayFromName(std::string_view word) {
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  static constexpr std::array<std::array<const char*, 4>, 7> kNames = {{
      {"monday", "mon", "mon", "mon"},
      {"tuesday", "tue", "tues", "tues"},
      {"wednesday", "wed", "weds", "weds"},
      {"thursday", "thu", "thur", "thurs"},
      {"friday", "fri", "fri", "fri"},
      {"saturday", "sat", "sat", "sat"},
      {"sunday", "sun", "sun", "sun"},
  }};
  for (int i = 0; i < 7; ++i) {
    for (const char* name : kNames[i]) {
      if (w == name) return i + 1;
    }
  }
  return std::nullopt;
}

// A day of the month with an optional English ordinal suffix that must agree with the number ("1st", "22nd",
// "13th").
std::optional<int> DayFromWord(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && IsDigit(word[digits])) ++digits;
  if (digits == 0 || digits > 2) return std::nullopt;
  const int day = *SmallNumber(word.substr(0, digits));
  const std::string suffix = Lower(word.substr(digits));
  if (suffix.empty()) return day;
  std::string expected = "th";
  if (day % 100 < 11 || day % 100 > 13) {
    if (day % 10 == 1) expected = "st";
    if (day % 10 == 2) expected = "nd";
    if (day % 10 == 3) expected = "rd";
  }
  if (suffix != expected) return std::nullopt;
  return day;
}

// A two-digit year is 2000-2069 for 00-69 and 1970-1999 for 70-99; a four-digit year is itself.
std::optional<int> YearFromWord(std::string_view word) {
  if (word.size() == 4 && AllDigits(word)) return SmallNumber(word);
  if (word.size() == 2 && AllDigits(word)) {
    const int yy = *SmallNumber(word);
    return yy < 70 ? 2000 + yy : 1900 + yy;
  }
  return std::nullopt;
}

Error BadDate(std::string_view text, std::string_view why) {
  return Error::InvalidArgument("\"" + std::string(text) + "\" is not a date: " + std::string(why) + ".",
                                "date");
}

// "18/09/2019", "18.09.19", "18-09-2019": day first, then month, then a two- or four-digit year.
std::optional<Result<Date>> ParseNumeric(std::string_view text) {
  char sep = 0;
  for (char c : text) {
    if (c == '/' || c == '.' || c == '-') {
      sep = c;
      break;
    }
  }
  if (sep == 0) return std::nullopt;
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == sep) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3) return std::nullopt;
  for (std::string_view p : parts) {
    if (!AllDigits(p)) return std::nullopt;
  }
  if (parts[0].size() == 4 && sep == '-') return Date::ParseIso(text);
  if (parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  std::optional<int> year = YearFromWord(parts[2]);
  if (!year) return std::nullopt;
  return Date::FromYmd(*year, *SmallNumber(parts[1]), *SmallNumber(parts[0]));
}

// Splits on white space and commas; a comma is dropped.
std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (IsAsciiSpace(text[i]) || text[i] == ',')) ++i;
    size_t j = i;
    while (j < text.size() && !IsAsciiSpace(text[j]) && text[j] != ',') ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

// "[Weekday] 18th [of] September 2019" or "[Weekday] April 4, 2019".
std::optional<Result<Date>> ParseWords(std::string_view text) {
  std::vector<std::string_view> words = Words(text);
  std::optional<int> weekday;
  size_t i = 0;
  if (!words.empty()) {
    weekday = WeekdayFromName(words[0]);
    if (weekday) ++i;
  }
  std::optional<int> day;
  std::optional<int> month;
  if (i < words.size() && (day = DayFromWord(words[i]))) {
    ++i;
    if (i < words.size() && Lower(words[i]) == "of") ++i;
    if (i < words.size()) month = MonthFromName(words[i]);
    ++i;
  } else if (i < words.size() && (month = MonthFromName(words[i]))) {
    ++i;
    if (i < words.size()) day = DayFromWord(words[i]);
    ++i;
  }
  if (!day || !month || i + 1 != words.size()) return std::nullopt;
  std::optional<int> year = YearFromWord(words[i]);
  if (!year) return std::nullopt;
  Result<Date> date = Date::FromYmd(*year, *month, *day);
  if (date.ok() && weekday && date->weekday() != *weekday) {
    return Result<Date>(BadDate(text, "the weekday does not match the date"));
  }
  return date;
}

// The bank holidays of one year, before sorting.
std::vector<Date> ComputeBankHolidays(int year) {
  auto ymd = [](int y, int m, int d) { return Date::FromDays(DaysFromCivil(y, m, d)); };
  // The first `weekday` on or after `date`.
  auto on_or_after = [](Date date, int weekday) { return date.AddDays((weekday - date.weekday() + 7) % 7); };
  auto last_monday = [&](int m) {
    Date end = ymd(year, m, DaysInMonth(year, m));
    return end.AddDays(-((end.weekday() - 1 + 7) % 7));
  };
  // Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int easter_month = (h + l - 7 * m + 114) / 31;
  const int easter_day = (h + l - 7 * m + 114) % 31 + 1;
  const Date easter = ymd(year, easter_month, easter_day);

  std::vector<Date> out;
  const Date new_year = ymd(year, 1, 1);
  out.push_back(new_year.weekday() >= 6 ? on_or_after(new_year, 1)
                                        : new_year);  // or the Monday after a weekend
  out.push_back(easter.AddDays(-2));
  out.push_back(easter.AddDays(1));

  Date early_may = on_or_after(ymd(year, 5, 1), 1);
  Date spring = last_monday(5);
  switch (year) {
    case 1995:  // 50th anniversary of VE Day
    case 2020:  // 75th anniversary of VE Day
      early_may = ymd(year, 5, 8);
      break;
    case 2002:  // golden jubilee
      spring = ymd(2002, 6, 4);
      out.push_back(ymd(2002, 6, 3));
      break;
    case 2012:  // diamond jubilee
      spring = ymd(2012, 6, 4);
      out.push_back(ymd(2012, 6, 5));
      break;
    case 2022:  // platinum jubilee; state funeral of Queen Elizabeth II
      spring = ymd(2022, 6, 2);
      out.push_back(ymd(2022, 6, 3));
      out.push_back(ymd(2022, 9, 19));
      break;
    case 2011:  // royal wedding
      out.push_back(ymd(2011, 4, 29));
      break;
    case 2023:  // coronation of King Charles III
      out.push_back(ymd(2023, 5, 8));
      break;
    case 1999:  // millennium
      out.push_back(ymd(1999, 12, 31));
      break;
    default:
      break;
  }
  out.push_back(early_may);
  out.push_back(spring);
  out.push_back(last_monday(8));

  // Christmas Day and Boxing Day; one at a weekend moves to the next weekday not already a holiday.
  const Date christmas = ymd(year, 12, 25);
  switch (christmas.weekday()) {
    case 5:  // Friday: Boxing Day on Saturday moves to Monday 28th
      out.push_back(christmas);
      out.push_back(christmas.AddDays(3));
      break;
    case 6:  // Saturday: both move, to Monday 27th and Tuesday 28th
      out.push_back(christmas.AddDays(2));
      out.push_back(christmas.AddDays(3));
      break;
    case 7:  // Sunday: Boxing Day Monday 26th, Christmas Day substitute Tuesday 27th
      out.push_back(christmas.AddDays(1));
      out.push_back(christmas.AddDays(2));
      break;
    default:
      out.push_back(christmas);
      out.push_back(christmas.AddDays(1));
      break;
  }
  std::sort(out.begin(), out.end());
  return out;
}

constexpr int kCacheFirstYear = 1900;
constexpr int kCacheLastYear = 2200;

const std::vector<Date>& CachedBankHolidays(int year) {
  static const std::vector<std::vector<Date>> cache = [] {
    std::vector<std::vector<Date>> years;
    for (int y = kCacheFirstYear; y <= kCacheLastYear; ++y) years.push_back(ComputeBankHolidays(y));
    return years;
  }();
  return cache[year - kCacheFirstYear];
}

}  // namespace

Result<Date> Date::FromYmd(int year, int month, int day) {
  if (year < 1 || year > 9999) return Error::InvalidArgument("The year must be between 1 and 9999.", "date");
  if (month < 1 || month > 12) return Error::InvalidArgument("The month must be between 1 and 12.", "date");
  if (day < 1 || day > DaysInMonth(year, month)) {
    return Error::InvalidArgument("There is no day " + std::to_string(day) + " in " + kMonthNames[month - 1] +
                                      " " + std::to_string(year) + ".",
                                  "date");
  }
  return Date(DaysFromCivil(year, month, day));
}

Result<Date> Date::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !AllDigits(text.substr(0, 4)) ||
      !AllDigits(text.substr(5, 2)) || !AllDigits(text.substr(8, 2))) {
    return BadDate(text, "expected YYYY-MM-DD");
  }
  return FromYmd(*SmallNumber(text.substr(0, 4)), *SmallNumber(text.substr(5, 2)),
                 *SmallNumber(text.substr(8, 2)));
}

Result<Date> Date::Parse(std::string_view text) {
  // Text taken from PDFs often has no-break spaces (U+00A0) between the parts of a date.
  std::string spaced;
  spaced.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "\xC2\xA0") {
      spaced.push_back(' ');
      ++i;
    } else {
      spaced.push_back(text[i]);
    }
  }
  std::string_view t = spaced;
  while (!t.empty() && IsAsciiSpace(t.front())) t.remove_prefix(1);
  while (!t.empty() && IsAsciiSpace(t.back())) t.remove_suffix(1);
  if (!t.empty() && (t.back() == '.' || t.back() == ',')) t.remove_suffix(1);
  while (!t.empty() && IsAsciiSpace(t.back())) t.remove_suffix(1);
  if (t.empty()) return BadDate(text, "it is empty");
  if (std::optional<Result<Date>> numeric = ParseNumeric(t)) return *std::move(numeric);
  if (std::optional<Result<Date>> words = ParseWords(t)) return *std::move(words);
  return BadDate(text, "the form is not recognised");
}

int Date::year() const {
  return CivilFromDays(days_).year;
}
int Date::month() const {
  return CivilFromDays(days_).month;
}
int Date::day() const {
  return CivilFromDays(days_).day;
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (4).
  const int64_t r = ((days_ % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(r) + 1;
}

std::string Date::ToIso() const {
  const Ymd d = CivilFromDays(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string Date::ToLong() const {
  const Ymd d = CivilFromDays(days_);
  return std::to_string(d.day) + " " + kMonthNames[d.month - 1] + " " + std::to_string(d.year);
}

std::string Date::ToShort() const {
  const Ymd d = CivilFromDays(days_);
  return std::to_string(d.day) + " " + std::string(kMonthNames[d.month - 1]).substr(0, 3) + " " +
         std::to_string(d.year);
}

Date Date::AddMonths(int n) const {
  const Ymd d = CivilFromDays(days_);
  const int64_t index = static_cast<int64_t>(d.year) * 12 + (d.month - 1) + n;
  const int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  const int month = static_cast<int>(index - year * 12) + 1;
  const int day = std::min(d.day, DaysInMonth(static_cast<int>(year), month));
  return Date(DaysFromCivil(year, month, day));
}

Result<FinancialYear> FinancialYear::Parse(std::string_view text) {
  std::string_view t = text;
  while (!t.empty() && IsAsciiSpace(t.front())) t.remove_prefix(1);
  while (!t.empty() && IsAsciiSpace(t.back())) t.remove_suffix(1);
  const size_t sep = t.find_first_of("/-");
  auto bad = [&](std::string_view why) {
    return Error::InvalidArgument(
        "\"" + std::string(text) + "\" is not a financial year: " + std::string(why) + ".", "financial_year");
  };
  if (sep != 4 || !AllDigits(t.substr(0, 4))) return bad("expected a form such as 2019/20");
  const std::string_view second = t.substr(5);
  if ((second.size() != 2 && second.size() != 4) || !AllDigits(second))
    return bad("expected a form such as 2019/20");
  const int first = *SmallNumber(t.substr(0, 4));
  const int next = *SmallNumber(second);
  if (first < 1 || first >= 9999) return bad("the year is out of range");
  const bool follows = second.size() == 2 ? next == (first + 1) % 100 : next == first + 1;
  if (!follows) return bad("the second year must follow the first");
  return FinancialYear{first};
}

Date FinancialYear::first_day() const {
  return Date::FromDays(DaysFromCivil(start_year, 4, 1));
}
Date FinancialYear::last_day() const {
  return Date::FromDays(DaysFromCivil(start_year + 1, 3, 31));
}

std::string FinancialYear::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d/%02d", start_year, (start_year + 1) % 100);
  return buf;
}

std::vector<Date> EnglandWalesBankHolidays(int year) {
  if (year >= kCacheFirstYear && year <= kCacheLastYear) return CachedBankHolidays(year);
  return ComputeBankHolidays(year);
}

bool IsEnglandWalesBankHoliday(Date date) {
  const int year = date.year();
  if (year >= kCacheFirstYear && year <= kCacheLastYear) {
    const std::vector<Date>& days = CachedBankHolidays(year);
    return std::binary_search(days.begin(), days.end(), date);
  }
  const std::vector<Date> days = ComputeBankHolidays(year);
  return std::binary_search(days.begin(), days.end(), date);
}

bool IsWorkingDay(Date date) {
  return date.weekday() <= 5 && !IsEnglandWalesBankHoliday(date);
}

int ClearWorkingDaysBetween(Date from, Date to) {
  int count = 0;
  for (Date d = from.AddDays(1); d < to; d = d.AddDays(1)) {
    if (IsWorkingDay(d)) ++count;
  }
  return count;
}

Date LatestDateWithClearWorkingDays(Date event, int n) {
  Date d = event.AddDays(-1);
  int count = 0;
  // Walk back; each working day passed over is one clear day between the candidate and the event.
  while (count < n) {
    if (IsWorkingDay(d)) ++count;
    d = d.AddDays(-1);
  }
  return d;
}

Date LatestDateWithClearDays(Date event, int n) {
  return event.AddDays(-static_cast<int64_t>(std::max(n, 0)) - 1);
}

Date LastDayOfPeriodBeginningWith(Date start, int days) {
  return start.AddDays(static_cast<int64_t>(days) - 1);
}

std::ostream& operator<<(std::ostream& os, Date date) {
  return os << date.ToIso();
}

}  // namespace boardroom
