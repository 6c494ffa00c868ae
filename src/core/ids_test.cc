#include "core/ids.h"

#include <gtest/gtest.h>

#include <sstream>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

namespace boardroom {
namespace {

struct MeetingTag {};
struct PaperTag {};
using MeetingId = Id<MeetingTag>;
using PaperId = Id<PaperTag>;

TEST(IdTest, ComparesHashesAndPrints) {
  const MeetingId a{1};
  const MeetingId b{2};
  EXPECT_EQ(a, MeetingId{1});
  EXPECT_NE(a, b);
  EXPECT_LT(a, b);
  EXPECT_FALSE(MeetingId{}.valid());
  EXPECT_TRUE(a.valid());
  EXPECT_EQ(b.ToString(), "2");
  std::unordered_set<MeetingId> set{a, b, MeetingId{1}};
  EXPECT_EQ(set.size(), 2u);
  std::unordered_map<PaperId, int> map;
  map[PaperId{7}] = 3;
  EXPECT_EQ(map.at(PaperId{7}), 3);
  std::ostringstream os;
  os << a;
  EXPECT_EQ(os.str(), "1");
}

TEST(IdTest, IdsOfDifferentRecordsAreDifferentTypes) {
  static_assert(!std::is_convertible_v<MeetingId, PaperId>);
  static_assert(!std::is_convertible_v<int64_t, MeetingId>);
  static_assert(std::is_trivially_copyable_v<MeetingId>);
  SUCCEED();
}

}  // namespace
}  // namespace boardroom
