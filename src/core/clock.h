// Time as an injected dependency: code that needs "now" or "today" takes a Clock, so tests fix the time instead of
// reading the wall clock.
#pragma once

#include <chrono>
#include <cstdint>

#include "core/date.h"

namespace boardroom {

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
  Date Today() const override { return Date::FromDays(now_ / 86400); }
  void Set(int64_t now_seconds) { now_ = now_seconds; }
  void Advance(int64_t seconds) { now_ += seconds; }

 private:
  int64_t now_;
};

}  // namespace boardroom
