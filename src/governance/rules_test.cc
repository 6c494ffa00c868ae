#include "governance/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace boardroom::governance {
namespace {

using store::ActionStatus;

Date D(const char* iso) {
  auto date = Date::ParseIso(iso);
  EXPECT_TRUE(date.ok()) << iso;
  return date.value_or(Date());
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines.

TEST(WeekdayDateTest, NamesTheDay) {
  EXPECT_EQ(WeekdayDate(D("2019-09-18")), "Wednesday 18 September 2019");
  EXPECT_EQ(WeekdayDate(D("2019-09-15")), "Sunday 15 September 2019");
  EXPECT_EQ(WeekdayDate(D("2019-09-16")), "Monday 16 September 2019");
}

struct DeadlineCase {
  const char* meeting;
  const char* deadline;
  const char* why;
};

TEST(PublicationDeadlineTest, FiveClearWorkingDays) {
  const DeadlineCase cases[] = {
      {"2019-09-18", "2019-09-10", "Wednesday meeting: Wed 11 to Tue 17 are the five clear days"},
      {"2019-09-19", "2019-09-11", "Thursday meeting"},
      {"2019-09-23", "2019-09-13",
       "Monday meeting: the latest qualifying day is a Sunday, so the Friday before"},
      {"2020-01-09", "2019-12-31", "New Year's Day is not a working day and cannot be the deadline"},
      {"2020-01-06", "2019-12-24", "Christmas Day and Boxing Day neither count nor can be the deadline"},
      {"2019-04-25", "2019-04-15", "Good Friday and Easter Monday 2019 do not count"},
      {"2024-04-03", "2024-03-22", "Easter 2024: the latest qualifying day is Sunday 24 March"},
      {"2020-05-11", "2020-04-30", "VE Day 2020 (Friday 8 May) moved the early May bank holiday"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(PublicationDeadline(D(c.meeting)), D(c.deadline)) << c.meeting << ": " << c.why;
    EXPECT_TRUE(IsWorkingDay(PublicationDeadline(D(c.meeting)))) << c.meeting;
    EXPECT_GE(ClearWorkingDaysBetween(PublicationDeadline(D(c.meeting)), D(c.meeting)),
              kAgendaClearWorkingDays);
  }
}

TEST(KeyDecisionNoticeDeadlineTest, TwentyEightClearDays) {
  EXPECT_EQ(KeyDecisionNoticeDeadline(D("2019-09-18")), D("2019-08-20"));
  EXPECT_EQ(KeyDecisionNoticeDeadline(D("2020-01-20")), D("2019-12-22"));  // any day, holidays included
  EXPECT_EQ(KeyDecisionNoticeDeadline(D("2020-03-01")), D("2020-02-01"));  // 2020 is a leap year
}

struct StatusCase {
  const char* meeting;
  const char* today;
  int due_soon_window;
  DeadlineState state;
  int left;
  const char* message;
};

TEST(PublicationStatusTest, StatesAndMessages) {
  const StatusCase cases[] = {
      {"2019-09-18", "2019-09-02", 5, DeadlineState::kOnTrack, 6,
       "Publish by Tuesday 10 September 2019 \u2014 6 working days left"},
      {"2019-09-18", "2019-09-03", 5, DeadlineState::kDueSoon, 5,
       "Publish by Tuesday 10 September 2019 \u2014 5 working days left"},
      {"2019-09-18", "2019-09-05", 5, DeadlineState::kDueSoon, 3,
       "Publish by Tuesday 10 September 2019 \u2014 3 working days left"},
      {"2019-09-18", "2019-09-05", 2, DeadlineState::kOnTrack, 3,
       "Publish by Tuesday 10 September 2019 \u2014 3 working days left"},
      {"2019-09-18", "2019-09-07", 5, DeadlineState::kDueSoon, 2,
       "Publish by Tuesday 10 September 2019 \u2014 2 working days left"},  // a Saturday
      {"2019-09-18", "2019-09-09", 5, DeadlineState::kDueSoon, 1,
       "Publish by Tuesday 10 September 2019 \u2014 1 working day left"},
      {"2019-09-18", "2019-09-10", 5, DeadlineState::kDueSoon, 0,
       "Publish today, Tuesday 10 September 2019 \u2014 the last day"},
      {"2019-09-18", "2019-09-11", 5, DeadlineState::kMissed, 0,
       "Publication deadline missed: Tuesday 10 September 2019"},
      {"2019-09-18", "2019-09-19", 5, DeadlineState::kMissed, 0,
       "Publication deadline missed: Tuesday 10 September 2019"},
      // Over Christmas only Tue 24, Fri 27, Mon 30 and Tue 31 December are left.
      {"2020-01-09", "2019-12-23", 5, DeadlineState::kDueSoon, 4,
       "Publish by Tuesday 31 December 2019 \u2014 4 working days left"},
  };
  for (const auto& c : cases) {
    const PublicationStatus status = PublicationStatusOn(D(c.meeting), D(c.today), c.due_soon_window);
    EXPECT_EQ(status.state, c.state) << c.meeting << " on " << c.today;
    EXPECT_EQ(status.working_days_left, c.left) << c.meeting << " on " << c.today;
    EXPECT_EQ(status.message, c.message) << c.meeting << " on " << c.today;
    EXPECT_EQ(status.deadline, PublicationDeadline(D(c.meeting)));
  }
}

TEST(PublicationStatusTest, PublishedMeetingsNoLongerCount) {
  store::Meeting meeting;
  meeting.date = D("2019-09-18");
  meeting.status = store::MeetingStatus::kPlanned;
  EXPECT_EQ(PublicationStatusOf(meeting, D("2019-09-12")).state, DeadlineState::kMissed);
  for (auto status : {store::MeetingStatus::kAgendaPublished, store::MeetingStatus::kHeld,
                      store::MeetingStatus::kMinutesApproved}) {
    meeting.status = status;
    const PublicationStatus published = PublicationStatusOf(meeting, D("2019-09-12"));
    EXPECT_EQ(published.state, DeadlineState::kPublished);
    EXPECT_EQ(published.message, "Agenda published");
    EXPECT_EQ(published.deadline, D("2019-09-10"));
  }
}

TEST(PublicationStatusTest, StateNames) {
  EXPECT_EQ(Name(DeadlineState::kOnTrack), "on_track");
  EXPECT_EQ(Name(DeadlineState::kDueSoon), "due_soon");
  EXPECT_EQ(Name(DeadlineState::kMissed), "missed");
  EXPECT_EQ(Name(DeadlineState::kPublished), "published");
}

// ---------------------------------------------------------------------------------------------------------------
// Actions.

struct DueCase {
  ActionStatus status;
  std::optional<const char*> target;
  ActionDueState state;
  const char* phrase;
};

TEST(ActionDueTest, OverdueAndDueSoonBoundaries) {
  const Date today = D("2019-09-18");
  const DueCase cases[] = {
      {ActionStatus::kOpen, "2019-09-17", ActionDueState::kOverdue, "Overdue by 1 day"},
      {ActionStatus::kOngoing, "2019-09-01", ActionDueState::kOverdue, "Overdue by 17 days"},
      {ActionStatus::kOpen, "2019-09-18", ActionDueState::kDueSoon, "Due today"},
      {ActionStatus::kOpen, "2019-09-19", ActionDueState::kDueSoon, "Due in 1 day"},
      {ActionStatus::kOngoing, "2019-10-02", ActionDueState::kDueSoon, "Due in 14 days"},
      {ActionStatus::kOpen, "2019-10-03", ActionDueState::kNone, ""},
      {ActionStatus::kOpen, std::nullopt, ActionDueState::kNone, ""},
      {ActionStatus::kComplete, "2019-01-01", ActionDueState::kNone, ""},
      {ActionStatus::kClosed, "2019-09-17", ActionDueState::kNone, ""},
      {ActionStatus::kSuperseded, "2019-09-01", ActionDueState::kNone, ""},
      {ActionStatus::kClosed, "2019-09-20", ActionDueState::kNone, ""},
  };
  for (const auto& c : cases) {
    store::Action action;
    action.status = c.status;
    if (c.target) action.target_date = D(*c.target);
    const std::string label = std::string(store::Name(c.status)) + " " + (c.target ? *c.target : "(none)");
    EXPECT_EQ(ActionDueStateOf(action, today), c.state) << label;
    EXPECT_EQ(ActionDueStateOn(c.status, action.target_date, today), c.state) << label;
    EXPECT_EQ(DescribeActionDue(action, today), c.phrase) << label;
  }
}

TEST(ActionDueTest, LiveStatuses) {
  EXPECT_TRUE(IsLiveActionStatus(ActionStatus::kOpen));
  EXPECT_TRUE(IsLiveActionStatus(ActionStatus::kOngoing));
  EXPECT_FALSE(IsLiveActionStatus(ActionStatus::kComplete));
  EXPECT_FALSE(IsLiveActionStatus(ActionStatus::kClosed));
  EXPECT_FALSE(IsLiveActionStatus(ActionStatus::kSuperseded));
  EXPECT_EQ(Name(ActionDueState::kOverdue), "overdue");
  EXPECT_EQ(Name(ActionDueState::kDueSoon), "due_soon");
  EXPECT_EQ(Name(ActionDueState::kNone), "none");
}

// ---------------------------------------------------------------------------------------------------------------
// Agenda numbers.

TEST(AgendaNumberTest, ParsesValidNumbers) {
  const std::pair<const char*, const char*> cases[] = {
      {"5", "5"},      {"5.0", "5.0"}, {"5.1", "5.1"},         {"11.1", "11.1"}, {" 7 ", "7"},
      {"05.1", "5.1"}, {"0", "0"},     {"1.2.3.4", "1.2.3.4"}, {"999", "999"},
  };
  for (const auto& [text, canonical] : cases) {
    auto number = ValidateAgendaNumber(text);
    ASSERT_TRUE(number.ok()) << "\"" << text << "\": " << number.error().message;
    EXPECT_EQ(*number, canonical);
  }
  EXPECT_EQ(AgendaNumber::Parse("11.1")->parts(), (std::vector<int>{11, 1}));
  EXPECT_EQ(AgendaNumber::Parse("11.1")->depth(), 2);
  EXPECT_EQ(AgendaNumber::Parse("11.1")->Parent()->ToString(), "11");
  EXPECT_FALSE(AgendaNumber::Parse("11")->Parent().has_value());
}

TEST(AgendaNumberTest, RejectsBadNumbers) {
  for (const char* text : {"", "   ", "a", "5..1", ".5", "5.", "-1", "5a", "1000", "1.2.3.4.5", "5 .1", "5,1",
                           "5.1a", "\xd9\xa5"}) {
    auto number = AgendaNumber::Parse(text);
    ASSERT_FALSE(number.ok()) << "\"" << text << "\" was accepted";
    EXPECT_EQ(number.error().code, ErrorCode::kInvalidArgument) << text;
    EXPECT_EQ(number.error().field, "number") << text;
    EXPECT_FALSE(number.error().message.empty());
    EXPECT_FALSE(ValidateAgendaNumber(text).ok()) << text;
  }
}

TEST(AgendaNumberTest, ComparesNumerically) {
  std::vector<std::string> texts = {"10", "9", "5.1", "5.0", "5", "11.1", "2", "5.10", "5.9"};
  std::vector<AgendaNumber> numbers;
  for (const auto& t : texts) numbers.push_back(*AgendaNumber::Parse(t));
  std::sort(numbers.begin(), numbers.end());
  std::vector<std::string> sorted;
  for (const auto& n : numbers) sorted.push_back(n.ToString());
  EXPECT_EQ(sorted, (std::vector<std::string>{"2", "5", "5.0", "5.1", "5.9", "5.10", "9", "10", "11.1"}));
  EXPECT_LT(*AgendaNumber::Parse("9"), *AgendaNumber::Parse("10"));
  EXPECT_LT(*AgendaNumber::Parse("5.0"), *AgendaNumber::Parse("5.1"));
  EXPECT_EQ(*AgendaNumber::Parse("05"), *AgendaNumber::Parse("5"));
}

TEST(AgendaNumberTest, NextTopLevelNumber) {
  EXPECT_EQ(*NextTopLevelNumber({}), "1");
  EXPECT_EQ(*NextTopLevelNumber({"1", "2", "5", "5.1", "10"}), "11");
  EXPECT_EQ(*NextTopLevelNumber({"9", "10.3"}), "11");
  auto bad = NextTopLevelNumber({"1", "2", "x"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(NextTopLevelNumber({"999"}).ok());
}

TEST(AgendaNumberTest, NextSubItemNumber) {
  EXPECT_EQ(*NextSubItemNumber({"5"}, "5"), "5.1");
  EXPECT_EQ(*NextSubItemNumber({"5", "5.0"}, "5"), "5.1");
  EXPECT_EQ(*NextSubItemNumber({"5", "5.1", "5.2", "5.2.1", "6.7"}, "5"), "5.3");
  EXPECT_EQ(*NextSubItemNumber({"5", "9", "10", "10.1"}, "10"), "10.2");
  EXPECT_EQ(*NextSubItemNumber({"5", "5.2", "5.2.1"}, "5.2"), "5.2.2");

  auto missing = NextSubItemNumber({"5", "6"}, "7");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);

  auto bad_parent = NextSubItemNumber({"5"}, "5..1");
  ASSERT_FALSE(bad_parent.ok());
  EXPECT_EQ(bad_parent.error().code, ErrorCode::kInvalidArgument);

  auto too_deep = NextSubItemNumber({"1.2.3.4"}, "1.2.3.4");
  ASSERT_FALSE(too_deep.ok());
  EXPECT_EQ(too_deep.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(too_deep.error().field, "parent");

  EXPECT_FALSE(NextSubItemNumber({"5", ""}, "5").ok());
}

// "old>new" for each item, in the order returned.
std::vector<std::string> Pairs(const Result<std::vector<RenumberedItem>>& result) {
  std::vector<std::string> out;
  if (!result.ok()) {
    out.push_back("error: " + result.error().message);
    return out;
  }
  for (const auto& item : *result) out.push_back(item.old_number + ">" + item.new_number);
  return out;
}

using Strings = std::vector<std::string>;

TEST(RenumberAgendaTest, NumbersInOrderKeepingSubItemsWithTheirParent) {
  struct Case {
    Strings order;
    Strings expected;
    const char* why;
  };
  const Case cases[] = {
      {{"1", "2", "3"}, {"1>1", "2>2", "3>3"}, "already in order"},
      {{"1", "2", "3", "6", "6.1", "6.2", "4"},
       {"1>1", "2>2", "3>3", "6>4", "6.1>4.1", "6.2>4.2", "4>5"},
       "a paper moved up takes its sub-items"},
      {{"1", "2", "5", "5.0", "5.1", "7"},
       {"1>1", "2>2", "5>3", "5.0>3.0", "5.1>3.1", "7>4"},
       "a group that started at .0 still does"},
      {{"1", "3", "2", "3.1"},
       {"1>1", "3>2", "3.1>2.1", "2>3"},
       "a sub-item listed late still follows its parent"},
      {{"1", "2", "4.0", "4.1", "6"},
       {"1>1", "2>2", "4.0>3.0", "4.1>3.1", "6>4"},
       "sub-items without their parent keep a group of their own"},
      {{"0", "1", "2"}, {"0>0", "1>1", "2>2"}, "a top level that starts at 0"},
      {{"10", "9"}, {"10>1", "9>2"}, "order given, not numeric order"},
      {{}, {}, "an empty agenda"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Pairs(RenumberAgenda(c.order)), c.expected) << c.why;
  }
}

TEST(RenumberAgendaTest, ReportsParentsAndDepth) {
  auto result = RenumberAgenda({"1", "4", "4.1", "4.1.1"});
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->size(), 4u);
  EXPECT_EQ((*result)[0].new_parent_number, "");
  EXPECT_EQ((*result)[0].depth, 1);
  EXPECT_EQ((*result)[2].new_number, "2.1");
  EXPECT_EQ((*result)[2].new_parent_number, "2");
  EXPECT_EQ((*result)[3].new_number, "2.1.1");
  EXPECT_EQ((*result)[3].new_parent_number, "2.1");
  EXPECT_EQ((*result)[3].depth, 3);
}

TEST(RenumberAgendaTest, RejectsDuplicatesAndBadNumbers) {
  for (const Strings& bad :
       {Strings{"1", "1"}, Strings{"1", "01"}, Strings{"1", "x"}, Strings{"1", "2..1"}}) {
    auto result = RenumberAgenda(bad);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST(MoveAgendaItemTest, MovesWithSubItemsAndRenumbers) {
  const Strings agenda = {"1", "2", "3", "4", "5", "5.1", "5.2", "6"};
  EXPECT_EQ(Pairs(MoveAgendaItem(agenda, "5", "", 2)),
            (Strings{"1>1", "2>2", "5>3", "5.1>3.1", "5.2>3.2", "3>4", "4>5", "6>6"}));
  EXPECT_EQ(Pairs(MoveAgendaItem(agenda, "5.2", "5", 0)),
            (Strings{"1>1", "2>2", "3>3", "4>4", "5>5", "5.2>5.1", "5.1>5.2", "6>6"}));
  EXPECT_EQ(Pairs(MoveAgendaItem(agenda, "6", "5", 2)),
            (Strings{"1>1", "2>2", "3>3", "4>4", "5>5", "5.1>5.1", "5.2>5.2", "6>5.3"}));
  EXPECT_EQ(Pairs(MoveAgendaItem(agenda, "5.1", "", 6)),
            (Strings{"1>1", "2>2", "3>3", "4>4", "5>5", "5.2>5.1", "6>6", "5.1>7"}));
  EXPECT_EQ(Pairs(MoveAgendaItem(agenda, "1", "", 0)), Pairs(RenumberAgenda(agenda)));
}

TEST(MoveAgendaItemTest, RefusesImpossibleMoves) {
  const Strings agenda = {"1", "2", "3", "4", "5", "5.1", "5.2", "6"};
  struct Case {
    const char* moving;
    const char* parent;
    size_t index;
    ErrorCode code;
    const char* field;
  };
  const Case cases[] = {
      {"5", "5.1", 0, ErrorCode::kInvalidArgument, "new_parent"},
      {"5", "5", 0, ErrorCode::kInvalidArgument, "new_parent"},
      {"2", "", 8, ErrorCode::kInvalidArgument, "index"},
      {"5.1", "5", 2, ErrorCode::kInvalidArgument, "index"},
      {"9", "", 0, ErrorCode::kNotFound, ""},
      {"2", "9", 0, ErrorCode::kNotFound, ""},
      {"2..1", "", 0, ErrorCode::kInvalidArgument, "number"},
      {"2", "x", 0, ErrorCode::kInvalidArgument, "number"},
  };
  for (const auto& c : cases) {
    auto result = MoveAgendaItem(agenda, c.moving, c.parent, c.index);
    ASSERT_FALSE(result.ok()) << c.moving << " under '" << c.parent << "' at " << c.index;
    EXPECT_EQ(result.error().code, c.code) << c.moving;
    EXPECT_EQ(result.error().field, c.field) << c.moving;
  }
  auto too_deep = MoveAgendaItem({"1", "1.1", "1.1.1", "2", "2.1"}, "2", "1.1.1", 0);
  ASSERT_FALSE(too_deep.ok());
  EXPECT_EQ(too_deep.error().field, "new_parent");
  EXPECT_TRUE(MoveAgendaItem({"1", "1.1", "1.1.1", "2"}, "2", "1.1.1", 0).ok());
}

// ---------------------------------------------------------------------------------------------------------------
// Report-back links.

TEST(ReportBackTest, ExtractsTheMonth) {
  struct Case {
    const char* text;
    std::optional<MonthYear> expected;
  };
  const Case cases[] = {
      {"Report back to the July 2019 Board", MonthYear{2019, 7}},
      {"To September 2019 Board meeting", MonthYear{2019, 9}},
      {"Update to be brought to the 18 September 2019 meeting", MonthYear{2019, 9}},
      {"DCC to report to the Board in Jan 2020 on progress", MonthYear{2020, 1}},
      {"Following the June 2019 inspection, report back to the Sept 2019 Board", MonthYear{2019, 9}},
      {"Chief Constable to present an update at the 12th March 2020 Board.", MonthYear{2020, 3}},
      {"REPORT BACK TO THE NOVEMBER 2019 PANEL.", MonthYear{2019, 11}},
      {"Head of Community Safety to return to the Board (December 2019) with options", std::nullopt},
      {"Provide the figures to members by 30 September 2019", std::nullopt},
      {"Report published in July 2019 to be circulated to members", std::nullopt},
      {"The group may report back in due course", std::nullopt},
      {"Report back to the July Board", std::nullopt},  // no year and nothing to infer it from
      {"", std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ExtractReportBackMonth(c.text), c.expected) << c.text;
  }
}

TEST(ReportBackTest, InfersAMissingYearFromTheDayItWasRaised) {
  EXPECT_EQ(ExtractReportBackMonth("Report back to the July Board", D("2019-05-20")), (MonthYear{2019, 7}));
  EXPECT_EQ(ExtractReportBackMonth("Report back to the July Board", D("2019-07-01")), (MonthYear{2019, 7}));
  EXPECT_EQ(ExtractReportBackMonth("Report back to the July Board", D("2019-09-18")), (MonthYear{2020, 7}));
  EXPECT_EQ(ExtractReportBackMonth("The Board may wish to note", D("2019-09-18")), std::nullopt);
  EXPECT_EQ(ExtractReportBackMonth("Report back in July", D("2019-05-20")), std::nullopt);
}

TEST(ReportBackTest, PicksTheBodysMeetingInThatMonth) {
  auto meeting = [](int64_t id, int64_t body, const char* date) {
    store::Meeting m;
    m.id = store::MeetingId{id};
    m.body_id = store::BodyId{body};
    m.date = D(date);
    return m;
  };
  const std::vector<store::Meeting> meetings = {meeting(1, 1, "2019-07-24"), meeting(2, 1, "2019-07-10"),
                                                meeting(3, 2, "2019-07-03"), meeting(4, 1, "2019-09-18")};
  EXPECT_EQ(PickReportBackMeeting({2019, 7}, store::BodyId{1}, meetings)->id, store::MeetingId{2});
  EXPECT_EQ(PickReportBackMeeting({2019, 7}, store::BodyId{2}, meetings)->id, store::MeetingId{3});
  EXPECT_EQ(PickReportBackMeeting({2019, 9}, store::BodyId{1}, meetings)->id, store::MeetingId{4});
  EXPECT_FALSE(PickReportBackMeeting({2019, 8}, store::BodyId{1}, meetings).has_value());
  EXPECT_FALSE(PickReportBackMeeting({2020, 7}, store::BodyId{1}, meetings).has_value());
  EXPECT_FALSE(PickReportBackMeeting({2019, 9}, store::BodyId{2}, meetings).has_value());
}

}  // namespace
}  // namespace boardroom::governance
