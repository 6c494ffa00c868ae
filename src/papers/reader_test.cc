// Tests of the format sniffer and the file front door of the importer.
#include "papers/reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "papers/sample_writers.h"
#include "papers/text_reader.h"

namespace boardroom::papers {
namespace {

using ::testing::HasSubstr;

std::string SmallPdf() {
  testing::PdfSketch pdf;
  pdf.Text(72, 72, "Revenue and Capital M4", 12);
  return pdf.Finish();
}

std::string SmallDocx() {
  return testing::MakeDocx("<w:p><w:r><w:t>Fire Governance Update</w:t></w:r></w:p>");
}

TEST(ReaderTest, SniffsTheFormatFromTheBytes) {
  EXPECT_EQ(SniffFormat(SmallPdf()), DocumentFormat::kPdf);
  EXPECT_EQ(SniffFormat("\n\n%PDF-1.4 after some junk"), DocumentFormat::kPdf);
  EXPECT_EQ(SniffFormat(SmallDocx()), DocumentFormat::kDocx);
  EXPECT_EQ(SniffFormat(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)), DocumentFormat::kUnsupported);
  EXPECT_EQ(SniffFormat("1. Purpose\n"), DocumentFormat::kText);
  EXPECT_EQ(SniffFormat(""), DocumentFormat::kText);
}

TEST(ReaderTest, ReadsEachFormatWithItsReaderAndSetsNameAndHash) {
  const std::string pdf = SmallPdf();
  Result<Document> from_pdf = ReadDocumentBytes("m4.pdf", pdf);
  ASSERT_TRUE(from_pdf.ok()) << from_pdf.error().message;
  EXPECT_EQ(from_pdf->lines.at(0).text, "Revenue and Capital M4");
  EXPECT_TRUE(from_pdf->lines.at(0).position.has_value());
  EXPECT_EQ(from_pdf->sha256, Sha256Hex(pdf));
  EXPECT_EQ(from_pdf->source_name, "m4.pdf");

  const std::string docx = SmallDocx();
  Result<Document> from_docx = ReadDocumentBytes("fire.docx", docx);
  ASSERT_TRUE(from_docx.ok()) << from_docx.error().message;
  EXPECT_EQ(from_docx->lines.at(0).text, "Fire Governance Update");
  EXPECT_EQ(from_docx->sha256, Sha256Hex(docx));
  EXPECT_EQ(from_docx->source_name, "fire.docx");

  // Sniffed by content, not by name: text named .pdf is read as text.
  Result<Document> from_text = ReadDocumentBytes("agenda.pdf", "AGENDA\n1.\tWelcome\n");
  ASSERT_TRUE(from_text.ok()) << from_text.error().message;
  EXPECT_EQ(from_text->lines.at(1).text, "1.\tWelcome");
  EXPECT_FALSE(from_text->lines.at(1).position.has_value());
  EXPECT_EQ(from_text->sha256, Sha256Hex("AGENDA\n1.\tWelcome\n"));
}

TEST(ReaderTest, RefusesLegacyWordFilesClearly) {
  Result<Document> doc =
      ReadDocumentBytes("minutes.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(doc.error().message, HasSubstr("minutes.doc"));
  EXPECT_THAT(doc.error().message, HasSubstr(".doc"));
}

TEST(ReaderTest, AppliesTheSizeLimitToEveryFormat) {
  ReaderLimits limits;
  limits.max_bytes = 10;
  for (const std::string& bytes :
       {SmallPdf(), SmallDocx(), std::string("A paper with more than ten bytes")}) {
    Result<Document> doc = ReadDocumentBytes("x", bytes, limits);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(doc.error().message, HasSubstr("more than the limit"));
  }
}

TEST(ReaderTest, ReadsAFileByPathAndNamesItByItsFileName) {
  const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / "reader_test_m4.pdf";
  {
    std::ofstream out(path, std::ios::binary);
    out << SmallPdf();
  }
  Result<Document> doc = ReadDocumentFile(path.string());
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->source_name, "reader_test_m4.pdf");
  EXPECT_EQ(doc->lines.at(0).text, "Revenue and Capital M4");

  ReaderLimits limits;
  limits.max_bytes = 100;
  Result<Document> too_big = ReadDocumentFile(path.string(), limits);
  ASSERT_FALSE(too_big.ok());
  EXPECT_EQ(too_big.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(too_big.error().message, HasSubstr("reader_test_m4.pdf"));
  std::filesystem::remove(path);
}

TEST(ReaderTest, MissingFileIsNotFound) {
  Result<Document> doc = ReadDocumentFile(::testing::TempDir() + "/no-such-paper.pdf");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace boardroom::papers
