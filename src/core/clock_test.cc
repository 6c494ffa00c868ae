#include "core/clock.h"

#include <gtest/gtest.h>

namespace boardroom {
namespace {

int64_t At(int y, int m, int d, int hour, int minute = 0) {
  return Date::FromYmd(y, m, d)->days() * 86400 + hour * 3600 + minute * 60;
}

TEST(ClockTest, BritishSummerTimeChangesAtOneUtcOnLastSundays) {
  // 2019: 31 March and 27 October.
  EXPECT_FALSE(IsBritishSummerTime(At(2019, 3, 31, 0, 59)));
  EXPECT_TRUE(IsBritishSummerTime(At(2019, 3, 31, 1, 0)));
  EXPECT_TRUE(IsBritishSummerTime(At(2019, 10, 27, 0, 59)));
  EXPECT_FALSE(IsBritishSummerTime(At(2019, 10, 27, 1, 0)));
  // 2024: 31 March and 27 October; 2021: 28 March and 31 October.
  EXPECT_FALSE(IsBritishSummerTime(At(2021, 3, 27, 12)));
  EXPECT_TRUE(IsBritishSummerTime(At(2021, 3, 28, 1)));
  EXPECT_TRUE(IsBritishSummerTime(At(2021, 10, 30, 23)));
  EXPECT_FALSE(IsBritishSummerTime(At(2021, 10, 31, 1)));
  EXPECT_FALSE(IsBritishSummerTime(At(2024, 1, 15, 12)));
  EXPECT_TRUE(IsBritishSummerTime(At(2024, 7, 15, 12)));
}

TEST(ClockTest, UkDateFollowsLondonNotUtc) {
  // 23:30 UTC in summer is already tomorrow in London; in winter it is not.
  EXPECT_EQ(UkDateAt(At(2019, 7, 17, 23, 30)).ToIso(), "2019-07-18");
  EXPECT_EQ(UkDateAt(At(2019, 7, 17, 22, 59)).ToIso(), "2019-07-17");
  EXPECT_EQ(UkDateAt(At(2019, 12, 17, 23, 30)).ToIso(), "2019-12-17");
  EXPECT_EQ(UkDateAt(At(2019, 12, 31, 23, 59)).ToIso(), "2019-12-31");
  EXPECT_EQ(UkDateAt(-1).ToIso(), "1969-12-31");
}

TEST(ClockTest, FixedClockIsSetAndAdvanced) {
  FixedClock clock(At(2019, 9, 18, 12));
  EXPECT_EQ(clock.NowSeconds(), At(2019, 9, 18, 12));
  EXPECT_EQ(clock.Today().ToIso(), "2019-09-18");
  clock.Advance(12 * 3600);
  EXPECT_EQ(clock.Today().ToIso(), "2019-09-19");
  clock.Set(At(2019, 6, 30, 23, 15));
  EXPECT_EQ(clock.Today().ToIso(), "2019-07-01");
}

TEST(ClockTest, SystemClockIsPlausible) {
  SystemClock clock;
  const int64_t now = clock.NowSeconds();
  EXPECT_GT(now, At(2024, 1, 1, 0));
  const Date today = clock.Today();
  EXPECT_LE(today.days() - now / 86400, 1);
  EXPECT_GE(today.days() - now / 86400, 0);
}

}  // namespace
}  // namespace boardroom
