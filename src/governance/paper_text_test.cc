#include "governance/paper_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace boardroom::governance {
namespace {

TEST(PaperTextTest, HeadingsStartSectionsAndNumberedBlocksAreNumberedParagraphs) {
  PaperText text = SplitPaperText(
      "Introductory words\nover two lines.\n\n1. Purpose\n\n1.1 To agree the budget.\n\n"
      "5 Financial implications\n5.22. The cost is met.\n\nA closing remark.\n");
  ASSERT_EQ(text.sections.size(), 2u);
  EXPECT_EQ(text.sections[0].number, "1");
  EXPECT_EQ(text.sections[0].heading, "Purpose");
  EXPECT_EQ(text.sections[1].number, "5");
  EXPECT_EQ(text.sections[1].heading, "Financial implications");
  ASSERT_EQ(text.paragraphs.size(), 4u);
  EXPECT_FALSE(text.paragraphs[0].section.has_value());
  EXPECT_EQ(text.paragraphs[0].number, "");
  EXPECT_EQ(text.paragraphs[0].text, "Introductory words over two lines.");
  EXPECT_EQ(text.paragraphs[1].section, 0u);
  EXPECT_EQ(text.paragraphs[1].number, "1.1");
  EXPECT_EQ(text.paragraphs[1].text, "To agree the budget.");
  // The rest of a heading's block is the section's first paragraph.
  EXPECT_EQ(text.paragraphs[2].section, 1u);
  EXPECT_EQ(text.paragraphs[2].number, "5.22");
  EXPECT_EQ(text.paragraphs[2].text, "The cost is met.");
  EXPECT_EQ(text.paragraphs[3].section, 1u);
  EXPECT_EQ(text.paragraphs[3].number, "");
  EXPECT_EQ(text.paragraphs[3].text, "A closing remark.");
}

TEST(PaperTextTest, LinesThatAreNotHeadingsStayParagraphs) {
  // A sentence (ends with a full stop), a year (four digits), a long line and "5.22" without a space.
  const std::string long_line = "1 " + std::string(81, 'a');
  PaperText text = SplitPaperText("1. The council agreed.\n\n2026 was a good year\n\n" + long_line +
                                  "\n\n5.22\n\n\r\n  \n");
  EXPECT_TRUE(text.sections.empty());
  ASSERT_EQ(text.paragraphs.size(), 4u);
  for (const ParagraphText& p : text.paragraphs) EXPECT_EQ(p.number, "") << p.text;
  EXPECT_EQ(text.paragraphs[0].text, "1. The council agreed.");
  EXPECT_EQ(text.paragraphs[3].text, "5.22");
}

TEST(PaperTextTest, EmptyTextHasNothing) {
  PaperText text = SplitPaperText(" \n\n \r\n");
  EXPECT_TRUE(text.sections.empty());
  EXPECT_TRUE(text.paragraphs.empty());
}

TEST(PaperTextTest, RecommendationsOnePerLineWithOptionalLabels) {
  std::vector<RecommendationText> r = SplitRecommendations(
      "a) Agree the budget\r\n\n1. Note the risks\n(ii) Delegate\nb. Ask\nTo note the report\n");
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0].label, "a");
  EXPECT_EQ(r[0].text, "Agree the budget");
  EXPECT_EQ(r[1].label, "1");
  EXPECT_EQ(r[1].text, "Note the risks");
  EXPECT_EQ(r[2].label, "(ii)");
  EXPECT_EQ(r[2].text, "Delegate");
  EXPECT_EQ(r[3].label, "b");
  EXPECT_EQ(r[4].label, "");
  EXPECT_EQ(r[4].text, "To note the report");
}

}  // namespace
}  // namespace boardroom::governance
