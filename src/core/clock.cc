#include "core/clock.h"

namespace boardroom {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

int64_t FloorDiv(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The last Sunday of `month` in `year`, at 01:00 UTC, in seconds since the epoch.
int64_t LastSundayOneAmUtc(int year, int month) {
  const Date first_of_next =
      month == 12 ? *Date::FromYmd(year + 1, 1, 1) : *Date::FromYmd(year, month + 1, 1);
  const Date last = first_of_next.AddDays(-1);
  const Date sunday = last.AddDays(-(last.weekday() % 7));
  return sunday.days() * kSecondsPerDay + 3600;
}

}  // namespace

bool IsBritishSummerTime(int64_t unix_seconds) {
  const Date utc_date = Date::FromDays(FloorDiv(unix_seconds, kSecondsPerDay));
  const int year = utc_date.year();
  if (year < 1 || year > 9998) return false;
  return unix_seconds >= LastSundayOneAmUtc(year, 3) && unix_seconds < LastSundayOneAmUtc(year, 10);
}

Date UkDateAt(int64_t unix_seconds) {
  const int64_t offset = IsBritishSummerTime(unix_seconds) ? 3600 : 0;
  return Date::FromDays(FloorDiv(unix_seconds + offset, kSecondsPerDay));
}

int64_t SystemClock::NowSeconds() const {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Date SystemClock::Today() const {
  return UkDateAt(NowSeconds());
}

}  // namespace boardroom
