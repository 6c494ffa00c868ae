// Time as an injected dependency: code that needs "now" or "today" takes a Clock, so tests fix the time
// instead of reading the wall clock.
#pragma once

#include <chrono>
#include <cstdint>

#include "core/date.h"

namespace boardroom {

// True when `unix_seconds` falls in British Summer Time: from 01:00 UTC on the last Sunday of March to 01:00
// UTC on the last Sunday of October (the rule in force since 1996, computed; no time zone database is read).
bool IsBritishSummerTime(int64_t unix_seconds);

// The civil date in the UK (Europe/London) at `unix_seconds`.
Date UkDateAt(int64_t unix_seconds);

class Clock {
 public:
  virtual ~Clock() = default;
  // Seconds since the Unix epoch, UTC.
  virtual int64_t NowSeconds() const = 0;
  // Today's civil date in the UK (Europe/London).
  virtual Date Today() const = 0;
};

// The real clock.
class SystemClock final : public Clock {
 public:
  int64_t NowSeconds() const override;
  Date Today() const override;
};

// A clock that says what the test sets.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(int64_t now_seconds) : now_(now_seconds) {}
  int64_t NowSeconds() const override { return now_; }
  Date Today() const override { return UkDateAt(now_); }
  void Set(int64_t now_seconds) { now_ = now_seconds; }
  void Advance(int64_t seconds) { now_ += seconds; }

 private:
  int64_t now_;
};

}  // namespace boardroom
