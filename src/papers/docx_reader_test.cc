// Tests of the DOCX reader on .docx packages zipped in the test.
#include "papers/docx_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "papers/sample_writers.h"

namespace boardroom::papers {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::MakeDocx;
using testing::MakeZip;

std::string P(const std::string& text, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" +
         text + "</w:t></w:r></w:p>";
}

std::string Numbered(const std::string& text, int num_id, int level) {
  return P(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                     std::to_string(num_id) + "\"/></w:numPr>");
}

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Line& line : doc.lines) out.push_back(line.text);
  return out;
}

Document Read(const std::string& bytes) {
  Result<Document> doc = ReadDocx(bytes, "paper.docx");
  EXPECT_TRUE(doc.ok()) << doc.error().message;
  return doc.ok() ? std::move(doc).value() : Document{};
}

TEST(DocxReaderTest, ReadsParagraphsRunsTabsAndLineBreaksInOrder) {
  const Document doc = Read(MakeDocx(
      "<w:p><w:r><w:t>Date</w:t></w:r><w:r><w:tab/><w:t>18th September 2019</w:t></w:r></w:p>"
      "<w:p><w:r><w:t xml:space=\"preserve\">Police and </w:t></w:r><w:hyperlink><w:r><w:t>Crime</w:t></w:r>"
      "</w:hyperlink><w:ins><w:r><w:t xml:space=\"preserve\"> Plan</w:t></w:r></w:ins>"
      "<w:del><w:r><w:delText> (draft)</w:delText></w:r></w:del></w:p>"
      "<w:p/>"
      "<w:p><w:r><w:t>Report from</w:t><w:br/><w:t>Chief Constable</w:t></w:r></w:p>"));
  EXPECT_THAT(Texts(doc), ElementsAre("Date\t18th September 2019", "Police and Crime Plan", "", "Report from",
                                      "Chief Constable"));
  EXPECT_EQ(doc.page_count, 1);
  EXPECT_EQ(doc.source_name, "paper.docx");
  EXPECT_EQ(doc.sha256.size(), 64u);
  EXPECT_FALSE(doc.lines[0].position.has_value());
}

TEST(DocxReaderTest, MarksHeadingsByStyleAndAllBoldParagraphsAsBold) {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>";
  const Document doc = Read(MakeDocx(
      P("Purpose", "<w:pStyle w:val=\"Titre1\"/>") + P("Background", "<w:pStyle w:val=\"Heading2\"/>") +
          P("Plain text", "<w:pStyle w:val=\"Normal\"/>") +
          "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>All bold</w:t></w:r></w:p>"
          "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Half</w:t></w:r>"
          "<w:r><w:t xml:space=\"preserve\"> bold</w:t></w:r></w:p>"
          "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Not bold</w:t></w:r></w:p>",
      "", styles));
  ASSERT_EQ(doc.lines.size(), 6u);
  EXPECT_TRUE(doc.lines[0].bold);  // style id Titre1 named "heading 1" in styles.xml
  EXPECT_TRUE(doc.lines[1].bold);  // style id Heading2, not in styles.xml
  EXPECT_FALSE(doc.lines[2].bold);
  EXPECT_TRUE(doc.lines[3].bold);
  EXPECT_FALSE(doc.lines[4].bold);
  EXPECT_FALSE(doc.lines[5].bold);
}

const char kNumbering[] =
    // abstract 1: "1." then "1.1" then "(a)"; abstract 2: "a)" starting at c; abstract 3: bullets.
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
    "w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
    "w:val=\"%1.%2\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText "
    "w:val=\"(%3)\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText "
    "w:val=\"%1)\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"3\">"
    "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"4\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText "
    "w:val=\"%2.\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"10\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"20\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"30\"><w:abstractNumId w:val=\"3\"/></w:num>"
    "<w:num w:numId=\"11\"><w:abstractNumId w:val=\"1\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>";

TEST(DocxReaderTest, WritesOutMultiLevelDecimalAndLetterListNumbers) {
  const Document doc =
      Read(MakeDocx(Numbered("Purpose", 10, 0) + Numbered("The purpose of this report", 10, 1) +
                        Numbered("Second point", 10, 1) + Numbered("first sub-point", 10, 2) +
                        Numbered("second sub-point", 10, 2) + Numbered("Recommendation", 10, 0) +
                        Numbered("The Board is recommended", 10, 1) + Numbered("Note the report", 20, 0) +
                        Numbered("Agree the plan", 20, 0) + Numbered("Bullet", 30, 0) +
                        Numbered("Roman", 30, 1) + Numbered("Not numbered", 0, 0) + P("Plain"),
                    kNumbering));
  EXPECT_THAT(Texts(doc),
              ElementsAre("1. Purpose", "1.1 The purpose of this report", "1.2 Second point",
                          "(a) first sub-point", "(b) second sub-point", "2. Recommendation",
                          "2.1 The Board is recommended", "c) Note the report", "d) Agree the plan",
                          "\u2022 Bullet", "IV. Roman", "Not numbered", "Plain"));
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(DocxReaderTest, AppliesAStartOverrideAndNumberingFromAStyle) {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"20\"/></w:numPr></w:pPr></w:style>";
  const Document doc = Read(MakeDocx(Numbered("Restarted at seven", 11, 0) + Numbered("Then eight", 11, 0) +
                                         P("By style", "<w:pStyle w:val=\"ListNumber\"/>"),
                                     kNumbering, styles));
  EXPECT_THAT(Texts(doc), ElementsAre("7. Restarted at seven", "8. Then eight", "c) By style"));
}

TEST(DocxReaderTest, KeepsTheTextWithAWarningWhenNumberingIsDamaged) {
  const std::string bytes =
      MakeZip({{"word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                "main\"><w:body>" +
                    Numbered("Purpose", 10, 0) + "</w:body></w:document>"},
               {"word/numbering.xml", "<w:numbering><unclosed>"}});
  const Document doc = Read(bytes);
  EXPECT_THAT(Texts(doc), ElementsAre("Purpose"));
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_THAT(doc.warnings[0], HasSubstr("word/numbering.xml"));
}

TEST(DocxReaderTest, ReadsTablesAsRowsOfCellsAndAsLines) {
  const auto cell = [](const std::string& a, const std::string& b = "") {
    return "<w:tc>" + P(a) + (b.empty() ? "" : P(b)) + "</w:tc>";
  };
  const Document doc = Read(MakeDocx(P("BCB Action Log") + "<w:tbl><w:tblPr/>" + "<w:tr>" + cell("No.") +
                                     cell("Action") + cell("Owner") + "</w:tr>" + "<w:tr>" + cell("1") +
                                     cell("Circulate the strategy", "by e-mail") + cell("Chief Executive") +
                                     "</w:tr>" + "<w:tr>" + cell("2") + cell("") + cell("Chief Constable") +
                                     "</w:tr></w:tbl>" + P("After the table")));
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& table = doc.tables[0];
  EXPECT_EQ(table.page, 1);
  EXPECT_EQ(table.rows, (std::vector<std::vector<std::string>>{
                            {"No.", "Action", "Owner"},
                            {"1", "Circulate the strategy\nby e-mail", "Chief Executive"},
                            {"2", "", "Chief Constable"}}));
  EXPECT_THAT(Texts(doc), ElementsAre("BCB Action Log", "No.\tAction\tOwner",
                                      "1\tCirculate the strategy\tChief Executive", "\tby e-mail",
                                      "2\t\tChief Constable", "After the table"));
  EXPECT_EQ(doc.lines[table.before_line].text, "After the table");
}

TEST(DocxReaderTest, AdvancesPagesOnBreaksWithoutCountingOneBreakTwice) {
  const Document doc = Read(MakeDocx(
      P("Page one") + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" +
      // Word repeats an explicit break as a rendered one at the top of the next page: still page 2.
      "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page two</w:t></w:r></w:p>" +
      "<w:p><w:r><w:t>Still two</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>Page three</w:t></w:r></w:p>" +
      P("Page four", "<w:pageBreakBefore/>")));
  ASSERT_EQ(doc.lines.size(), 6u);
  EXPECT_EQ(doc.lines[0].page, 1);
  EXPECT_EQ(doc.lines[1].text, "");  // the paragraph that holds the break
  EXPECT_EQ(doc.lines[1].page, 1);
  EXPECT_EQ(doc.lines[2].text, "Page two");
  EXPECT_EQ(doc.lines[2].page, 2);
  EXPECT_EQ(doc.lines[3].text, "Still two");
  EXPECT_EQ(doc.lines[3].page, 2);
  EXPECT_EQ(doc.lines[4].text, "Page three");
  EXPECT_EQ(doc.lines[4].page, 3);
  EXPECT_EQ(doc.lines[5].text, "Page four");
  EXPECT_EQ(doc.lines[5].page, 4);
  EXPECT_EQ(doc.page_count, 4);
}

void ExpectRefused(const Result<Document>& doc, const std::string& what) {
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(doc.error().field, "file");
  EXPECT_THAT(doc.error().message, HasSubstr("bad.docx"));
  EXPECT_THAT(doc.error().message, HasSubstr(what));
}

std::string DocumentXml(const std::string& prolog, const std::string& body) {
  return prolog +
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

TEST(DocxReaderTest, RefusesEmptyAndNonZipInput) {
  ExpectRefused(ReadDocx("", "bad.docx"), "empty");
  ExpectRefused(ReadDocx("1. Purpose\n", "bad.docx"), "not a zip");
}

TEST(DocxReaderTest, RefusesABrokenZip) {
  const std::string bytes = MakeDocx(P("Purpose"));
  ExpectRefused(ReadDocx(bytes.substr(0, bytes.size() / 2), "bad.docx"), "damaged");
}

TEST(DocxReaderTest, RefusesAZipWithoutWordDocumentXml) {
  ExpectRefused(ReadDocx(MakeZip({{"content.xml", "<office/>"}}), "bad.docx"), "no word/document.xml");
}

TEST(DocxReaderTest, RefusesMalformedXml) {
  ExpectRefused(
      ReadDocx(MakeZip({{"word/document.xml", DocumentXml("", "<w:p><w:r><w:t>Purpose</w:r></w:p>")}}),
               "bad.docx"),
      "malformed XML");
}

TEST(DocxReaderTest, RefusesAnEntityExpansionAttack) {
  std::string dtd = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a0 \"laugh\">";
  for (int i = 1; i <= 10; ++i) {
    dtd += "<!ENTITY a" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&a" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "]>";
  ExpectRefused(
      ReadDocx(MakeZip({{"word/document.xml", DocumentXml(dtd, "<w:p><w:r><w:t>&a10;</w:t></w:r></w:p>")}}),
               "bad.docx"),
      "DTD");
}

TEST(DocxReaderTest, RefusesAnExternalEntity) {
  const std::string dtd =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>";
  ExpectRefused(
      ReadDocx(
          MakeZip({{"word/document.xml", DocumentXml(dtd, "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>")}}),
          "bad.docx"),
      "DTD");
}

TEST(DocxReaderTest, RefusesAPartThatInflatesPastTheCap) {
  // Two megabytes of paragraphs compress to a few kilobytes, like a zip bomb in small.
  std::string body;
  while (body.size() < 2u * 1024u * 1024u) body += P("The Board is recommended to note the report.");
  const std::string bytes = MakeDocx(body);
  ASSERT_LT(bytes.size(), 200u * 1024u);
  DocxReaderOptions options;
  options.max_xml_bytes = 1024u * 1024u;
  ExpectRefused(ReadDocx(bytes, "bad.docx", options), "inflates to more than");
  options.max_xml_bytes = 4u * 1024u * 1024u;
  EXPECT_TRUE(ReadDocx(bytes, "bad.docx", options).ok());
}

TEST(DocxReaderTest, RefusesAnOversizedFileByTheConfiguredLimit) {
  const std::string bytes = MakeDocx(P("Purpose"));
  DocxReaderOptions options;
  options.max_bytes = bytes.size() - 1;
  ExpectRefused(ReadDocx(bytes, "bad.docx", options), "more than the limit");
}

TEST(DocxReaderTest, RefusesADocumentWithoutText) {
  ExpectRefused(
      ReadDocx(MakeDocx("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>"), "bad.docx"),
      "no text");
  ExpectRefused(ReadDocx(MakeZip({{"word/document.xml", "<document/>"}}), "bad.docx"), "w:body");
}

}  // namespace
}  // namespace boardroom::papers
