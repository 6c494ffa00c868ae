#include "accounts/crypto.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace boardroom::accounts {
namespace {

TEST(PasswordTest, HashesWithArgon2idAndVerifies) {
  auto hash = HashPassword("correct horse", PasswordCost::Fastest());
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(hash->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horsE"));
  EXPECT_FALSE(VerifyPassword("", "correct horse"));
  EXPECT_FALSE(VerifyPassword("not a hash", "correct horse"));
  auto again = HashPassword("correct horse", PasswordCost::Fastest());
  EXPECT_NE(*hash, *again);  // salted
}

TEST(PasswordTest, RefusesEmptyAndOverlongPasswords) {
  auto empty = HashPassword("", PasswordCost::Fastest());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "password");
  EXPECT_FALSE(HashPassword(std::string(1025, 'x'), PasswordCost::Fastest()).ok());
}

TEST(PasswordTest, NeedsRehashWhenTheCostIsRaised) {
  PasswordCost low = PasswordCost::Fastest();
  auto hash = HashPassword("pw", low);
  ASSERT_TRUE(hash.ok());
  EXPECT_FALSE(NeedsRehash(*hash, low));
  PasswordCost higher = low;
  higher.ops = 3;
  EXPECT_TRUE(NeedsRehash(*hash, higher));
  EXPECT_EQ(low.Describe(), "argon2id ops=1 mem=" + std::to_string(low.memory));
}

TEST(TokenTest, TokensAreRandomBase64Url256Bits) {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    std::string t = NewToken();
    EXPECT_EQ(t.size(), 43u);
    EXPECT_EQ(t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 50u);
}

TEST(TokenTest, HashIsStableHexAndDiffersFromTheToken) {
  std::string h = HashToken("abc");
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h, HashToken("abc"));
  EXPECT_NE(h, HashToken("abd"));
}

TEST(Sha256Test, KnownAnswer) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(ConstantTimeEqualsTest, ComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
}

}  // namespace
}  // namespace boardroom::accounts
