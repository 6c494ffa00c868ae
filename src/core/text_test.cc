#include "core/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace boardroom {
namespace {

struct Pair {
  std::string in;
  std::string out;
};

TEST(TextTest, ValidatesUtf8) {
  for (std::string good : {std::string(""), std::string("plain"), std::string("£1.2m"), std::string("То:"),
                           std::string("\xF0\x9F\x98\x80"), std::string("\xEF\xBF\xBF"),
                           std::string("\xF4\x8F\xBF\xBF"), std::string("a\0b", 3)}) {
    EXPECT_TRUE(IsValidUtf8(good)) << good;
  }
  for (std::string bad :
       {std::string("\xC3"), std::string("\x80"), std::string("\xC0\xAF"),  // overlong '/'
        std::string("\xE0\x80\xAF"), std::string("\xED\xA0\x80"),           // surrogate
        std::string("\xF4\x90\x80\x80"),                                    // above U+10FFFF
        std::string("\xF8\x88\x80\x80\x80"), std::string("abc\xFF"), std::string("\xE2\x82")}) {
    EXPECT_FALSE(IsValidUtf8(bad)) << bad;
  }
}

TEST(TextTest, SanitizeUtf8ReplacesEachMaximalBadSequence) {
  const std::string fffd = "\xEF\xBF\xBD";
  for (const Pair& p : std::vector<Pair>{
           {"ok £", "ok £"},
           {"a\xFF"
            "b",
            "a" + fffd + "b"},
           {"\xE2\x82", fffd},  // truncated euro sign: one replacement
           {"\xE2\x82"
            "x",
            fffd + "x"},
           {"\xC0\xAF", fffd + fffd},             // overlong: two bytes, each bad
           {"\xED\xA0\x80", fffd + fffd + fffd},  // surrogate
           {"\xF0\x9F\x98", fffd},                // truncated emoji
           {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
       }) {
    const std::string out = SanitizeUtf8(p.in);
    EXPECT_EQ(out, p.out) << p.in;
    EXPECT_TRUE(IsValidUtf8(out));
  }
}

TEST(TextTest, NfkcNormalises) {
  for (const Pair& p : std::vector<Pair>{
           {"e\xCC\x81", "\xC3\xA9"},           // e + combining acute → é
           {"\xEF\xAC\x81nance", "finance"},    // ﬁ ligature
           {"\xE2\x91\xA0", "1"},               // circled digit one
           {"\xEF\xBC\xA1\xEF\xBC\xA2", "AB"},  // full-width letters
           {"1\xC2\xA0"
            "000",
            "1 000"},  // NBSP is compatibility-equivalent to space
           {"plain", "plain"},
       }) {
    Result<std::string> r = Nfkc(p.in);
    ASSERT_TRUE(r.ok()) << p.in;
    EXPECT_EQ(*r, p.out) << p.in;
  }
  Result<std::string> bad = Nfkc("bad \xFF");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
}

TEST(TextTest, CaseFold) {
  EXPECT_EQ(CaseFold("Chief Constable"), "chief constable");
  EXPECT_EQ(CaseFold("STRASSE Stra\xC3\x9F"
                     "e"),
            "strasse strasse");  // ß folds to ss
  EXPECT_EQ(CaseFold("\xCE\xA3\xCE\x99\xCE\x93\xCE\x9C\xCE\x91"), "\xCF\x83\xCE\xB9\xCE\xB3\xCE\xBC\xCE\xB1");
  EXPECT_EQ(CaseFold("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90"),
            "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

TEST(TextTest, FoldConfusablesTurnsLookAlikesInLatinTextIntoLatin) {
  for (const Pair& p : std::vector<Pair>{
           // Cyrillic Т (U+0422) and о (U+043E) at the start of an English header line.
           {"\xD0\xA2\xD0\xBE: Police and Crime Panel", "To: Police and Crime Panel"},
           {"From: Chief Executive\n\xD0\xA2\xD0\xBE: Board", "From: Chief Executive\nTo: Board"},
           // A look-alike inside an otherwise Latin word.
           {"P\xD0\xBElice", "Police"},
           {"\xD0\xA0olice \xD0\xA1rime", "Police Crime"},
           // Greek capitals in a Latin word, and a Greek omicron.
           {"\xCE\x91GENDA", "AGENDA"},
           {"rep\xCE\xBFrt", "report"},
           // A whole look-alike word next to Latin words on the same line.
           {"Report \xD0\xA1\xD0\x90 2019", "Report CA 2019"},
       }) {
    EXPECT_EQ(FoldConfusables(p.in), p.out) << p.in;
  }
}

TEST(TextTest, FoldConfusablesLeavesCyrillicAndGreekTextAlone) {
  for (const std::string& text : std::vector<std::string>{
           // "То, что он сказал" — "То" is a real Russian word here.
           "\xD0\xA2\xD0\xBE, \xD1\x87\xD1\x82\xD0\xBE \xD0\xBE\xD0\xBD "
           "\xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB",
           // "Москва" and "Οδός" contain look-alikes among genuine letters.
           "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
           "\xCE\x9F\xCE\xB4\xCF\x8C\xCF\x82",
           // A look-alike-only word with no Latin neighbour on its line.
           "\xD0\xA2\xD0\xBE",
           "Board\n\xD0\xA2\xD0\xBE\n",
           // A look-alike-only word between Latin and Cyrillic: not clearly English.
           "Apple \xD0\xA2\xD0\xBE \xD1\x87\xD1\x82\xD0\xBE",
           "plain English stays as it is",
       }) {
    EXPECT_EQ(FoldConfusables(text), text) << text;
  }
}

TEST(TextTest, FoldPunctuation) {
  for (const Pair& p : std::vector<Pair>{
           {"\xE2\x80\x98quoted\xE2\x80\x99", "'quoted'"},
           {"\xE2\x80\x9Cquoted\xE2\x80\x9D", "\"quoted\""},
           {"2019\xE2\x80\x93"
            "20",
            "2019-20"},                    // en dash
           {"a \xE2\x80\x94 b", "a - b"},  // em dash
           {"\xE2\x88\x92"
            "40",
            "-40"},  // minus sign
           {"1\xC2\xA0"
            "000",
            "1 000"},  // NBSP
           {"a\xE2\x80\x89"
            "b\xE2\x80\xAF"
            "c",
            "a b c"},  // thin and narrow no-break spaces
           {"\xEF\xAC\x81nance \xEF\xAC\x82oor", "finance floor"},
           {"recom\xC2\xAD"
            "mendation",
            "recommendation"},  // soft hyphen
           {"unchanged \xC3\xA9", "unchanged \xC3\xA9"},
       }) {
    EXPECT_EQ(FoldPunctuation(p.in), p.out) << p.in;
  }
}

TEST(TextTest, CollapseSpace) {
  EXPECT_EQ(CollapseSpace("  a \t\n b  c "), "a b c");
  EXPECT_EQ(CollapseSpace(""), "");
  EXPECT_EQ(CollapseSpace(" \n\t "), "");
  EXPECT_EQ(CollapseSpace("one"), "one");
}

// ASCII takes a short cut past ICU: it must give what the full chain of folds gives.
TEST(TextTest, FoldForCompareOfAsciiEqualsTheFullFold) {
  auto full = [](std::string_view s) {
    Result<std::string> normal = Nfkc(s);
    EXPECT_TRUE(normal.ok());
    return CollapseSpace(CaseFold(FoldPunctuation(FoldConfusables(normal.ok() ? *normal : std::string(s)))));
  };
  std::string every;
  for (int c = 1; c < 0x80; ++c) every.push_back(static_cast<char>(c));
  for (const std::string& s : {every, std::string("  Police and Crime PANEL\t\tfor  Surrey \r\n"),
                               std::string("O'Brien - \"Chief\" Constable's Office (OPCC)"),
                               std::string("ABCXYZ abcxyz 0129 ~!@#$%^&*()_+{}|:<>?`-=[]\\;',./"),
                               std::string(" \v\f"), std::string()}) {
    EXPECT_EQ(FoldForCompare(s), full(s)) << s;
  }
  EXPECT_EQ(FoldForCompare("  The  BOARD\t"), "the board");
}

TEST(TextTest, FoldForCompareMakesDifferentHandsEqual) {
  const std::string a =
      "\xD0\xA2\xD0\xBE:  The Chief Constable\xE2\x80\x99s  \xE2\x80\x9C\xEF\xAC\x81nal\xE2\x80\x9D report";
  const std::string b = "to: the chief constable's \"final\" REPORT";
  EXPECT_EQ(FoldForCompare(a), FoldForCompare(b));
  EXPECT_EQ(FoldForCompare(b), "to: the chief constable's \"final\" report");
  EXPECT_EQ(FoldForCompare("caf\xC3\xA9"), FoldForCompare("cafe\xCC\x81"));
  EXPECT_NE(FoldForCompare("cafe"), FoldForCompare("caf\xC3\xA9"));
  EXPECT_EQ(FoldForCompare("bad \xFF byte"), "bad \xEF\xBF\xBD byte");
}

TEST(TextTest, HtmlEscape) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape("plain £"), "plain £");
  EXPECT_EQ(HtmlEscape(""), "");
}

TEST(TextTest, TrimSplitStartsEnds) {
  EXPECT_EQ(Trim("  a b \t\n"), "a b");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Split("a,b,,c", ','), (std::vector<std::string_view>{"a", "b", "", "c"}));
  EXPECT_EQ(Split("", ','), (std::vector<std::string_view>{""}));
  EXPECT_EQ(Split(",", ','), (std::vector<std::string_view>{"", ""}));
  EXPECT_EQ(Split("abc", ','), (std::vector<std::string_view>{"abc"}));
  EXPECT_TRUE(StartsWith("Recommendation 1", "Recommendation"));
  EXPECT_TRUE(StartsWith("abc", ""));
  EXPECT_FALSE(StartsWith("Rec", "Recommendation"));
  EXPECT_TRUE(EndsWith("report.pdf", ".pdf"));
  EXPECT_FALSE(EndsWith("pdf", "report.pdf"));
  EXPECT_FALSE(EndsWith("report.pdf", ".PDF"));
}

}  // namespace
}  // namespace boardroom
