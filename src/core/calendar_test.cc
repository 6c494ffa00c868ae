// England and Wales bank holidays and clear-day arithmetic, checked against the published lists.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "core/date.h"

namespace boardroom {
namespace {

Date D(int y, int m, int d) {
  Result<Date> r = Date::FromYmd(y, m, d);
  EXPECT_TRUE(r.ok()) << y << "-" << m << "-" << d;
  return r.value_or(Date());
}

std::vector<std::string> Iso(const std::vector<Date>& dates) {
  std::vector<std::string> out;
  for (Date d : dates) out.push_back(d.ToIso());
  return out;
}

struct HolidayCase {
  int year;
  std::vector<std::string> dates;
};

class BankHolidayTest : public ::testing::TestWithParam<HolidayCase> {};

TEST_P(BankHolidayTest, MatchesThePublishedList) {
  const HolidayCase& c = GetParam();
  EXPECT_EQ(Iso(EnglandWalesBankHolidays(c.year)), c.dates);
  for (const std::string& iso : c.dates) {
    Date d = *Date::ParseIso(iso);
    EXPECT_TRUE(IsEnglandWalesBankHoliday(d)) << iso;
    EXPECT_FALSE(IsWorkingDay(d)) << iso;
  }
}

INSTANTIATE_TEST_SUITE_P(
    PublishedLists, BankHolidayTest,
    ::testing::Values(HolidayCase{2002,
                                  {"2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06", "2002-06-03",
                                   "2002-06-04", "2002-08-26", "2002-12-25", "2002-12-26"}},
                      HolidayCase{2010,
                                  {"2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31",
                                   "2010-08-30", "2010-12-27", "2010-12-28"}},
                      HolidayCase{2011,
                                  {"2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02",
                                   "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27"}},
                      HolidayCase{2012,
                                  {"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04",
                                   "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"}},
                      HolidayCase{2015,
                                  {"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25",
                                   "2015-08-31", "2015-12-25", "2015-12-28"}},
                      HolidayCase{2016,
                                  {"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30",
                                   "2016-08-29", "2016-12-26", "2016-12-27"}},
                      HolidayCase{2019,
                                  {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27",
                                   "2019-08-26", "2019-12-25", "2019-12-26"}},
                      HolidayCase{2020,
                                  {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25",
                                   "2020-08-31", "2020-12-25", "2020-12-28"}},
                      HolidayCase{2021,
                                  {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31",
                                   "2021-08-30", "2021-12-27", "2021-12-28"}},
                      HolidayCase{2022,
                                  {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
                                   "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}},
                      HolidayCase{2023,
                                  {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08",
                                   "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"}},
                      HolidayCase{2024,
                                  {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
                                   "2024-08-26", "2024-12-25", "2024-12-26"}},
                      HolidayCase{2025,
                                  {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
                                   "2025-08-25", "2025-12-25", "2025-12-26"}},
                      HolidayCase{2026,
                                  {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                                   "2026-08-31", "2026-12-25", "2026-12-28"}}));

TEST(BankHolidayRuleTest, EasterAcrossCenturies) {
  // Easter Sunday = Easter Monday - 1; known dates from published tables.
  struct Case {
    int year, month, day;
  };
  for (Case c : std::vector<Case>{{1818, 3, 22},
                                  {1943, 4, 25},
                                  {2000, 4, 23},
                                  {2008, 3, 23},
                                  {2038, 4, 25},
                                  {2040, 4, 1},
                                  {2100, 3, 28}}) {
    const Date easter = D(c.year, c.month, c.day);
    EXPECT_TRUE(IsEnglandWalesBankHoliday(easter.AddDays(1))) << c.year;
    EXPECT_TRUE(IsEnglandWalesBankHoliday(easter.AddDays(-2))) << c.year;
  }
}

TEST(BankHolidayRuleTest, EveryYearHasItsHolidaysOnWeekdaysInOrder) {
  for (int year = 1980; year <= 2100; ++year) {
    const std::vector<Date> days = EnglandWalesBankHolidays(year);
    ASSERT_GE(days.size(), 8u) << year;
    for (size_t i = 0; i < days.size(); ++i) {
      EXPECT_LE(days[i].weekday(), 5) << days[i].ToIso();
      EXPECT_EQ(days[i].year(), year) << days[i].ToIso();
      if (i > 0) {
        EXPECT_LT(days[i - 1], days[i]) << year;
      }
    }
  }
  EXPECT_EQ(EnglandWalesBankHolidays(3000).size(), 8u);  // outside the cached range, still by rule
  EXPECT_TRUE(IsEnglandWalesBankHoliday(D(3000, 12, 25)));
}

TEST(BankHolidayRuleTest, OneOffsBefore2000) {
  EXPECT_TRUE(IsEnglandWalesBankHoliday(D(1995, 5, 8)));  // VE Day 50th anniversary instead of 1 May
  EXPECT_FALSE(IsEnglandWalesBankHoliday(D(1995, 5, 1)));
  EXPECT_TRUE(IsEnglandWalesBankHoliday(D(1999, 12, 31)));  // millennium
  EXPECT_FALSE(IsEnglandWalesBankHoliday(D(2000, 12, 29)));
}

TEST(WorkingDayTest, WeekendsAndHolidaysAreNotWorkingDays) {
  EXPECT_TRUE(IsWorkingDay(D(2019, 9, 18)));   // Wednesday
  EXPECT_FALSE(IsWorkingDay(D(2019, 9, 21)));  // Saturday
  EXPECT_FALSE(IsWorkingDay(D(2019, 9, 22)));  // Sunday
  EXPECT_FALSE(IsWorkingDay(D(2019, 12, 25)));
  EXPECT_TRUE(IsWorkingDay(D(2019, 12, 27)));
  EXPECT_FALSE(IsEnglandWalesBankHoliday(D(2021, 12, 25)));  // a Saturday: the holiday is the 27th
}

struct ClearCase {
  const char* from;
  const char* to;
  int clear_working_days;
};

class ClearWorkingDaysTest : public ::testing::TestWithParam<ClearCase> {};

TEST_P(ClearWorkingDaysTest, Counts) {
  const ClearCase& c = GetParam();
  EXPECT_EQ(ClearWorkingDaysBetween(*Date::ParseIso(c.from), *Date::ParseIso(c.to)), c.clear_working_days)
      << c.from << " .. " << c.to;
}

INSTANTIATE_TEST_SUITE_P(
    AroundHolidays, ClearWorkingDaysTest,
    ::testing::Values(ClearCase{"2019-09-10", "2019-09-18", 5},  // Tue .. Wed: Wed Thu Fri Mon Tue
                      ClearCase{"2019-09-11", "2019-09-18", 4}, ClearCase{"2019-09-18", "2019-09-18", 0},
                      ClearCase{"2019-09-18", "2019-09-19", 0}, ClearCase{"2019-09-19", "2019-09-18", 0},
                      ClearCase{"2019-09-13", "2019-09-16", 0},  // Fri .. Mon
                      // Christmas 2019: 25, 26 Dec (Wed, Thu) and 1 Jan (Wed).
                      ClearCase{"2019-12-20", "2020-01-06", 7},  // 23 24 27 30 31 Dec, 2 3 Jan
                      // Christmas 2021: substitute days Mon 27 and Tue 28 December, New Year Mon 3 Jan 2022.
                      ClearCase{"2021-12-23", "2022-01-05", 5},  // 24 29 30 31 Dec, 4 Jan
                      ClearCase{"2022-12-23", "2023-01-04",
                                4},  // 28 29 30 3: 26 27 Dec and 2 Jan are holidays
                      // Easter 2019: Good Friday 19 April, Easter Monday 22 April.
                      ClearCase{"2019-04-17", "2019-04-24", 2},  // 18 and 23
                      ClearCase{"2019-04-16", "2019-04-25", 4},  // 17 18 23 24
                      ClearCase{"2024-03-27", "2024-04-03", 2}   // 28 Mar and 2 Apr
                      ));

TEST(ClearDaysTest, LatestDateForFiveClearWorkingDays) {
  // Meeting Wednesday 18 September 2019: publish by Tuesday 10 September.
  EXPECT_EQ(LatestDateWithClearWorkingDays(D(2019, 9, 18), 5), D(2019, 9, 10));
  // Meeting Monday 23 September 2019: Mon..Fri of the week before are the five clear days; the Sunday before
  // them is the latest date.
  EXPECT_EQ(LatestDateWithClearWorkingDays(D(2019, 9, 23), 5), D(2019, 9, 15));
  // Meeting Thursday 2 January 2020: clear working days 31, 30, 27, 24, 23 December 2019.
  EXPECT_EQ(LatestDateWithClearWorkingDays(D(2020, 1, 2), 5), D(2019, 12, 22));
  // Meeting Wednesday 5 January 2022: 4 Jan, 31, 30, 29, 24 Dec (27, 28 Dec and 3 Jan are holidays).
  EXPECT_EQ(LatestDateWithClearWorkingDays(D(2022, 1, 5), 5), D(2021, 12, 23));
  // Meeting Thursday 25 April 2019: 24, 23, 18, 17, 16 April (Easter 19 and 22 April).
  EXPECT_EQ(LatestDateWithClearWorkingDays(D(2019, 4, 25), 5), D(2019, 4, 15));
  EXPECT_EQ(LatestDateWithClearWorkingDays(D(2019, 9, 18), 0), D(2019, 9, 17));
  // The result always gives exactly n clear working days, and the day after it fewer.
  for (int64_t n = D(2019, 1, 1).days(); n <= D(2023, 12, 31).days(); ++n) {
    const Date event = Date::FromDays(n);
    const Date latest = LatestDateWithClearWorkingDays(event, 5);
    ASSERT_EQ(ClearWorkingDaysBetween(latest, event), 5) << event.ToIso();
    ASSERT_LT(ClearWorkingDaysBetween(latest.AddDays(1), event), 5) << event.ToIso();
  }
}

TEST(ClearDaysTest, LatestDateForClearDays) {
  // A key decision on Wednesday 16 October 2019 needs 28 clear days' notice: published by 17 September.
  EXPECT_EQ(LatestDateWithClearDays(D(2019, 10, 16), 28), D(2019, 9, 17));
  EXPECT_EQ(LatestDateWithClearDays(D(2019, 10, 16), 0), D(2019, 10, 15));
  EXPECT_EQ(LatestDateWithClearDays(D(2020, 3, 1), 1), D(2020, 2, 28));
}

TEST(ClearDaysTest, LastDayOfPeriodBeginningWith) {
  EXPECT_EQ(LastDayOfPeriodBeginningWith(D(2019, 7, 17), 56), D(2019, 9, 10));
  EXPECT_EQ(LastDayOfPeriodBeginningWith(D(2019, 7, 17), 1), D(2019, 7, 17));
  EXPECT_EQ(LastDayOfPeriodBeginningWith(D(2020, 2, 1), 29), D(2020, 2, 29));
}

TEST(DateTest, AgreesWithStdChrono) {
  using namespace std::chrono;
  for (int y = 1600; y <= 2400; y += 7) {
    for (unsigned m = 1; m <= 12; ++m) {
      for (unsigned d : {1u, 15u, 28u}) {
        const year_month_day ymd{year{y}, month{m}, day{d}};
        const int64_t expected = sys_days(ymd).time_since_epoch().count();
        const Date ours = D(y, static_cast<int>(m), static_cast<int>(d));
        ASSERT_EQ(ours.days(), expected) << y << "-" << m << "-" << d;
        ASSERT_EQ(ours.weekday(), static_cast<int>(weekday(sys_days(ymd)).iso_encoding()));
      }
    }
  }
}

}  // namespace
}  // namespace boardroom
