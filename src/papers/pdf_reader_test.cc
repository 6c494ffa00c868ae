// Tests of the PDF reader on PDFs drawn in the test with pango/cairo (and encrypted with qpdf).
#include "papers/pdf_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "papers/sample_writers.h"
#include "papers/text_reader.h"

namespace boardroom::papers {
namespace {

using ::testing::HasSubstr;
using testing::PdfSketch;

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Line& line : doc.lines) out.push_back(line.text);
  return out;
}

// The document's lines without the blank lines the reader puts at paragraph gaps.
std::vector<Line> NonBlank(const Document& doc) {
  std::vector<Line> out;
  for (const Line& line : doc.lines)
    if (!line.text.empty()) out.push_back(line);
  return out;
}

// An action-log table of a meeting pack: ruled, four columns, a header row and three rows, the second of
// which wraps its action over two lines. Returns the y just below the table.
double DrawActionLog(PdfSketch& pdf, double top) {
  const double cols[] = {58, 98, 334, 474, 548};
  struct Row {
    std::vector<std::string> first;  // first text line of each cell
    std::string action_more;         // a second line of the action, or empty
  };
  const std::vector<Row> rows = {
      {{"No.", "Action", "Owner", "Due"}, ""},
      {{"1", "Circulate the estates strategy", "Chief Executive", "30/09/2019"}, ""},
      {{"2", "Agree the revised terms of reference", "Chief Constable", "16/10/2019"},
       "for the Board by the next meeting"},
      {{"3", "Report on the fraud review", "Chief Finance Officer", "20/11/2019"}, ""},
  };
  double y = top;
  pdf.Rule(cols[0], y, cols[4], y);
  for (const Row& row : rows) {
    const double height = row.action_more.empty() ? 20 : 32;
    for (size_t c = 0; c < 4; ++c) pdf.Text(cols[c] + 4, y + 4, row.first[c], 10, &row == &rows[0]);
    if (!row.action_more.empty()) pdf.Text(cols[1] + 4, y + 16, row.action_more, 10);
    for (double x : cols) pdf.Rule(x, y, x, y + height);
    y += height;
    pdf.Rule(cols[0], y, cols[4], y);
  }
  return y;
}

// Two pages: a report's opening on page 1, an action log between two paragraphs on page 2.
std::string MeetingPackPdf() {
  PdfSketch pdf;
  // Drawn out of order on purpose: the reader orders lines by position, not by drawing order.
  pdf.Text(72, 130, "1.1 The purpose of this report is to update the Board.", 11);
  pdf.Text(72, 60, "Business Coordination Board", 20, true);
  pdf.Text(72, 100, "1. Purpose", 11, true);
  pdf.NewPage();
  pdf.Text(58, 60, "BCB Action Log", 14, true);
  pdf.Text(58, 90, "The following actions are open.", 11);
  const double bottom = DrawActionLog(pdf, 120);
  pdf.Text(58, bottom + 30, "Next meeting: 16 October 2019 at 15:00 in Conference Room 3.", 11);
  return pdf.Finish();
}

TEST(PdfReaderTest, RebuildsLinesInReadingOrderWithPositionsFontSizesAndBold) {
  const std::string bytes = MeetingPackPdf();
  Result<Document> doc = ReadPdf(bytes, "pack.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const std::vector<Line> lines = NonBlank(*doc);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "Business Coordination Board");
  EXPECT_EQ(lines[1].text, "1. Purpose");
  EXPECT_EQ(lines[2].text, "1.1 The purpose of this report is to update the Board.");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(lines[static_cast<size_t>(i)].page, 1);

  const Line& title = lines[0];
  ASSERT_TRUE(title.position.has_value());
  EXPECT_NEAR(title.position->x, 72, 2);
  EXPECT_NEAR(title.position->y, 60, 4);
  EXPECT_NEAR(title.position->font_size, 20, 0.5);
  EXPECT_GT(title.position->width, 200);
  EXPECT_TRUE(title.bold);
  EXPECT_TRUE(lines[1].bold);
  EXPECT_FALSE(lines[2].bold);
  ASSERT_TRUE(lines[2].position.has_value());
  EXPECT_NEAR(lines[2].position->font_size, 11, 0.5);
  EXPECT_NEAR(lines[2].position->y, 130, 4);
}

TEST(PdfReaderTest, ReadsPagesInTurnAndSetsNameAndHash) {
  const std::string bytes = MeetingPackPdf();
  Result<Document> doc = ReadPdf(bytes, "pack.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->page_count, 2);
  EXPECT_EQ(doc->source_name, "pack.pdf");
  EXPECT_EQ(doc->sha256, Sha256Hex(bytes));
  EXPECT_EQ(doc->sha256.size(), 64u);
  int previous = 1;
  for (const Line& line : doc->lines) {
    EXPECT_GE(line.page, previous);
    previous = line.page;
  }
  const std::vector<Line> lines = NonBlank(*doc);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[3].text, "BCB Action Log");
  EXPECT_EQ(lines[3].page, 2);
  EXPECT_EQ(doc->lines.back().text, "Next meeting: 16 October 2019 at 15:00 in Conference Room 3.");
  EXPECT_EQ(doc->lines.back().page, 2);
}

TEST(PdfReaderTest, FindsTheActionLogTableAsRowsOfCells) {
  Result<Document> doc = ReadPdf(MeetingPackPdf(), "pack.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& table = doc->tables[0];
  EXPECT_EQ(table.page, 2);
  const std::vector<std::vector<std::string>> expected = {
      {"No.", "Action", "Owner", "Due"},
      {"1", "Circulate the estates strategy", "Chief Executive", "30/09/2019"},
      {"2", "Agree the revised terms of reference\nfor the Board by the next meeting", "Chief Constable",
       "16/10/2019"},
      {"3", "Report on the fraud review", "Chief Finance Officer", "20/11/2019"},
  };
  EXPECT_EQ(table.rows, expected);
  ASSERT_LT(table.before_line, doc->lines.size());
  EXPECT_EQ(doc->lines[table.before_line].text,
            "Next meeting: 16 October 2019 at 15:00 in Conference Room 3.");
}

TEST(PdfReaderTest, KeepsTableRowsAsLinesWithTabsBetweenColumns) {
  Result<Document> doc = ReadPdf(MeetingPackPdf(), "pack.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_THAT(Texts(*doc),
              ::testing::Contains("1\tCirculate the estates strategy\tChief Executive\t30/09/2019"));
  EXPECT_THAT(Texts(*doc), ::testing::Contains("for the Board by the next meeting"));
  EXPECT_THAT(Texts(*doc), ::testing::Contains("The following actions are open."));
}

TEST(PdfReaderTest, OneLineWithAWideGapIsNotATable) {
  PdfSketch pdf;
  pdf.Text(72, 72, "Total grants", 11);
  pdf.Text(400, 72, "£1.2m", 11);
  pdf.Text(72, 100, "The grants are listed in Appendix 1.", 11);
  Result<Document> doc = ReadPdf(pdf.Finish(), "grants.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  // The gap between the two lines is wider than leading: a paragraph break, kept as a blank line.
  EXPECT_EQ(Texts(*doc),
            (std::vector<std::string>{"Total grants\t£1.2m", "", "The grants are listed in Appendix 1."}));
  EXPECT_TRUE(doc->tables.empty());
}

TEST(PdfReaderTest, WordsOfDifferentSizesOnOneBaselineShareALine) {
  PdfSketch pdf;
  pdf.Text(72, 72, "Agenda item", 14, true);
  pdf.Text(180, 75, "5.1 (for decision)", 11);
  pdf.Text(72, 100, "Next line", 11);
  Result<Document> doc = ReadPdf(pdf.Finish(), "item.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const std::vector<Line> lines = NonBlank(*doc);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "Agenda item 5.1 (for decision)");
  EXPECT_NEAR(lines[0].position->font_size, 14, 0.5);
  EXPECT_FALSE(lines[0].bold);  // only some of its words are bold
}

TEST(PdfReaderTest, PutsABlankLineAtAParagraphGapButNotBetweenLinesOfAParagraph) {
  PdfSketch pdf;
  pdf.Text(72, 72, "The first paragraph runs", 10);
  pdf.Text(72, 84, "over two lines.", 10);  // ordinary leading: 12 pt for 10 pt type
  pdf.Text(72, 110, "The second paragraph.", 10);
  Result<Document> doc = ReadPdf(pdf.Finish(), "gaps.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(Texts(*doc), (std::vector<std::string>{"The first paragraph runs", "over two lines.", "",
                                                   "The second paragraph."}));
}

void ExpectRefused(const Result<Document>& doc, const std::string& name, const std::string& what) {
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(doc.error().field, "file");
  EXPECT_THAT(doc.error().message, HasSubstr(name));
  EXPECT_THAT(doc.error().message, HasSubstr(what));
}

TEST(PdfReaderTest, RefusesAnEmptyFile) {
  ExpectRefused(ReadPdf("", "empty.pdf"), "empty.pdf", "empty");
}

TEST(PdfReaderTest, RefusesAFileThatIsNotAPdf) {
  ExpectRefused(ReadPdf("Business Coordination Board\n", "notes.pdf"), "notes.pdf", "not a PDF");
}

TEST(PdfReaderTest, RefusesAnOversizedFileByTheConfiguredLimit) {
  const std::string bytes = MeetingPackPdf();
  PdfReaderOptions options;
  options.max_bytes = bytes.size() - 1;
  ExpectRefused(ReadPdf(bytes, "big.pdf", options), "big.pdf", "more than the limit");
  options.max_bytes = bytes.size();
  EXPECT_TRUE(ReadPdf(bytes, "big.pdf", options).ok());
}

TEST(PdfReaderTest, RefusesATruncatedPdfQuietly) {
  const std::string bytes = MeetingPackPdf();
  ::testing::internal::CaptureStderr();
  Result<Document> doc = ReadPdf(bytes.substr(0, 400), "truncated.pdf");
  const std::string stderr_text = ::testing::internal::GetCapturedStderr();
  ExpectRefused(doc, "truncated.pdf", "damaged");
  EXPECT_EQ(stderr_text, "");
}

TEST(PdfReaderTest, RefusesRandomBytesAfterAPdfHeaderQuietly) {
  std::mt19937 random(20190918);  // fixed seed: the same bytes on every run
  std::string bytes = "%PDF-1.7\n";
  for (int i = 0; i < 20000; ++i) bytes.push_back(static_cast<char>(random() & 0xFF));
  ::testing::internal::CaptureStderr();
  Result<Document> doc = ReadPdf(bytes, "noise.pdf");
  const std::string stderr_text = ::testing::internal::GetCapturedStderr();
  ExpectRefused(doc, "noise.pdf", "damaged");
  EXPECT_EQ(stderr_text, "");
}

TEST(PdfReaderTest, RefusesAPasswordProtectedPdf) {
  const std::string encrypted = testing::EncryptPdf(MeetingPackPdf(), "board-secret");
  ExpectRefused(ReadPdf(encrypted, "secret.pdf"), "secret.pdf", "password-protected");
}

TEST(PdfReaderTest, ReadsAnEncryptedPdfThatOpensWithoutAPassword) {
  // Encrypted with an empty user password: anyone may open it, so it is read like any other.
  Result<Document> doc = ReadPdf(testing::EncryptPdf(MeetingPackPdf(), ""), "open.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->lines[0].text, "Business Coordination Board");
}

TEST(PdfReaderTest, RefusesAPdfWithoutTextAsScanned) {
  PdfSketch pdf;
  pdf.Rule(72, 72, 500, 72);  // a drawing but no text, as a scan would be
  pdf.NewPage();
  ExpectRefused(ReadPdf(pdf.Finish(), "scan.pdf"), "scan.pdf",
                "no text layer; scanned PDFs are not supported");
}

}  // namespace
}  // namespace boardroom::papers
