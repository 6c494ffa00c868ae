// The rules of an inspection response: the 56-day deadline's states and an item's due state.
#include "inspections/inspections.h"

#include <gtest/gtest.h>

namespace boardroom::inspections {
namespace {

Date D(int year, int month, int day) {
  return Date::FromYmd(year, month, day).value();
}

TEST(ResponseStateTest, TabledResponseIsInTimeOrLateByDays) {
  ResponseState late = ResponseStateOn(D(2019, 9, 10), D(2019, 9, 18), D(2026, 1, 1));
  EXPECT_EQ(late.state, "late");
  EXPECT_EQ(
      late.message,
      "Response tabled 18 September 2019, 8 days after the 56-day period that ended on 10 September 2019");
  ResponseState in_time = ResponseStateOn(D(2019, 9, 10), D(2019, 9, 10), D(2026, 1, 1));
  EXPECT_EQ(in_time.state, "answered");
  EXPECT_NE(in_time.message.find("within the 56 days"), std::string::npos);
}

TEST(ResponseStateTest, UntabledResponseCountsWorkingDaysThenIsOverdue) {
  // Tuesday 10 September 2019: from Monday 2 September there are 6 working days to go (3rd to 10th).
  ResponseState on_track = ResponseStateOn(D(2019, 9, 10), std::nullopt, D(2019, 9, 2));
  EXPECT_EQ(on_track.state, "on_track");
  EXPECT_EQ(on_track.working_days_left, 6);
  EXPECT_EQ(on_track.message, "Respond by 10 September 2019 \u2014 6 working days left");
  EXPECT_EQ(ResponseStateOn(D(2019, 9, 10), std::nullopt, D(2019, 9, 3)).state, "due_soon");
  EXPECT_EQ(ResponseStateOn(D(2019, 9, 10), std::nullopt, D(2019, 9, 10)).state, "due_soon");
  ResponseState overdue = ResponseStateOn(D(2019, 9, 10), std::nullopt, D(2019, 9, 11));
  EXPECT_EQ(overdue.state, "overdue");
  EXPECT_EQ(overdue.message, "Response overdue: the 56-day period ended on 10 September 2019");
  EXPECT_EQ(ResponseStateOn(std::nullopt, D(2019, 9, 18), D(2019, 9, 11)).state, "unknown");
}

TEST(ItemDueStateTest, OpenItemsPastDueAreOverdueAndWithinFourteenDaysDueSoon) {
  store::InspectionItem item;
  item.due = D(2019, 10, 17);
  std::string message;
  EXPECT_EQ(ItemDueStateOn(item, D(2019, 10, 20), &message), "overdue");
  EXPECT_EQ(message, "Overdue by 3 days");
  EXPECT_EQ(ItemDueStateOn(item, D(2019, 10, 17), &message), "due_soon");
  EXPECT_EQ(message, "Due today");
  EXPECT_EQ(ItemDueStateOn(item, D(2019, 10, 3), &message), "due_soon");
  EXPECT_EQ(message, "Due in 14 days");
  EXPECT_EQ(ItemDueStateOn(item, D(2019, 10, 2), &message), "");
  EXPECT_EQ(message, "");
  item.status = store::InspectionItemStatus::kComplete;
  EXPECT_EQ(ItemDueStateOn(item, D(2019, 10, 20), &message), "");
  item.status = store::InspectionItemStatus::kOngoing;
  item.due.reset();
  item.urgent = true;
  EXPECT_EQ(ItemDueStateOn(item, D(2019, 10, 20), &message), "");
}

}  // namespace
}  // namespace boardroom::inspections
