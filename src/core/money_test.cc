#include "core/money.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace boardroom {
namespace {

struct MoneyCase {
  const char* text;
  int64_t pence;
};

void ExpectParses(const std::vector<MoneyCase>& cases, Result<Money> (*parse)(std::string_view)) {
  for (const MoneyCase& c : cases) {
    Result<Money> r = parse(c.text);
    ASSERT_TRUE(r.ok()) << c.text << ": " << r.error().message;
    EXPECT_EQ(r->pence(), c.pence) << c.text;
  }
}

void ExpectRejects(const std::vector<const char*>& cases, Result<Money> (*parse)(std::string_view)) {
  for (const char* text : cases) {
    Result<Money> r = parse(text);
    ASSERT_FALSE(r.ok()) << text << " parsed as " << r->pence();
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << text;
    EXPECT_FALSE(r.error().message.empty());
  }
}

Result<Money> ParseStrict(std::string_view text) {
  return Money::Parse(text);
}
Result<Money> ParseAssumingPounds(std::string_view text) {
  return Money::Parse(text, true);
}
Result<Money> ParseCell(std::string_view text) {
  return Money::ParseThousandsCell(text);
}

TEST(MoneyTest, ParsesWrittenAmounts) {
  ExpectParses(
      {
          {"£1.2m", 120000000},
          {"£1,234k", 123400000},
          {"£839.3k", 83930000},
          {"£2400", 240000},
          {"£18,000", 1800000},
          {"£155k", 15500000},
          {"£1.6m", 160000000},
          {"£1.5 million", 150000000},
          {"£1.5 Million", 150000000},
          {"£2bn", 200000000000},
          {"£2 billion", 200000000000},
          {"£3.25M", 325000000},
          {"£12mn", 1200000000},
          {"£40 thousand", 4000000},
          {"-£40", -4000},
          {"£-40", -4000},
          {"\xE2\x88\x92£40", -4000},  // U+2212 minus sign
          {"£(401)", -40100},
          {"(£401)", -40100},
          {"£0", 0},
          {"£0.01", 1},
          {"£1,234.56", 123456},
          {"£1,234,567.89", 123456789},
          {"  £18,000  ", 1800000},
          {"£999", 99900},
          {"£1234567", 123456700},
          {"£ 1,234", 123400},
          {"£1.5\xC2\xA0million", 150000000},  // no-break space before the unit
      },
      ParseStrict);
}

TEST(MoneyTest, RoundsHalfAwayFromZeroToThePenny) {
  ExpectParses(
      {
          {"£1.005", 101},
          {"£1.004", 100},
          {"£1.0049999", 100},
          {"-£1.005", -101},
          {"£(1.005)", -101},
          {"£0.125", 13},
          {"£1.23456789k", 123457},
          {"£1.234564k", 123456},
          {"£0.000000001m", 0},
          {"£0.000000005m", 1},
          {"£1.999999999bn", 199999999900},
      },
      ParseStrict);
}

TEST(MoneyTest, AssumePoundsMakesTheSignOptional) {
  ExpectParses({{"2400", 240000}, {"£2400", 240000}, {"1.2m", 120000000}, {"-40", -4000}, {"(401)", -40100}},
               ParseAssumingPounds);
  ExpectRejects({"2400", "1.2m", "-40"}, ParseStrict);
}

TEST(MoneyTest, RejectsBadInput) {
  ExpectRejects(
      {
          "",
          "   ",
          "£",
          "£abc",
          "£1,23",
          "£1,2345",
          "£1234,567",
          "£,123",
          "£1,,234",
          "£1.2x",
          "£1.2 mill",
          "£1.2m extra",
          "£(401",
          "-£(401)",
          "--£40",
          "££40",
          "£1.",
          "£.5",
          "£99999999999999999999",
          "£92233720368547758.08",  // one penny past the largest int64
          "£100000000bn",
          "$40",
          "40p",
          "£1.5m\xC2\xA0x",
      },
      ParseStrict);
}

TEST(MoneyTest, LargestAmountStillParses) {
  Result<Money> r = Money::Parse("£92,233,720,368,547,758.07");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->pence(), INT64_MAX);
}

TEST(MoneyTest, ParsesThousandsCells) {
  ExpectParses(
      {
          {"(401)", -40100000},
          {"-401", -40100000},
          {"1,234", 123400000},
          {"1234", 123400000},
          {"0", 0},
          {"-", 0},
          {"\xE2\x80\x93", 0},  // en dash
          {"\xE2\x80\x94", 0},  // em dash
          {" 12.5 ", 1250000},
          {"(0.000005)", -1},
          {"£401", 40100000},
      },
      ParseCell);
  ExpectRejects({"", "abc", "1,23", "(401", "12k", "1.2m", "--", "401 402"}, ParseCell);
}

TEST(MoneyTest, FormatsBack) {
  EXPECT_EQ(Money::FromPence(123456).ToString(), "£1,234.56");
  EXPECT_EQ(Money::FromPence(1800000).ToString(), "£18,000");
  EXPECT_EQ(Money::FromPence(1800000).ToString(false), "£18,000.00");
  EXPECT_EQ(Money::FromPence(-4000).ToString(false), "-£40.00");
  EXPECT_EQ(Money::FromPence(-4000).ToString(), "-£40");
  EXPECT_EQ(Money::FromPence(5).ToString(), "£0.05");
  EXPECT_EQ(Money::FromPence(0).ToString(), "£0");
  EXPECT_EQ(Money::FromPence(100000000).ToString(), "£1,000,000");
  EXPECT_EQ(Money::FromPence(99999).ToString(), "£999.99");
  EXPECT_EQ(Money::FromPence(INT64_MIN).ToString(), "-£92,233,720,368,547,758.08");
  for (int64_t p : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{123456789}, int64_t{-100}, INT64_MAX}) {
    Result<Money> back = Money::Parse(Money::FromPence(p).ToString());
    ASSERT_TRUE(back.ok()) << p;
    EXPECT_EQ(back->pence(), p);
  }
}

TEST(MoneyTest, Arithmetic) {
  EXPECT_EQ(Money::FromPence(150) + Money::FromPence(50), Money::FromPence(200));
  EXPECT_EQ(Money::FromPence(150) - Money::FromPence(200), Money::FromPence(-50));
  EXPECT_LT(Money::FromPence(-1), Money());
}

}  // namespace
}  // namespace boardroom
