// The five sample papers imported as plain text, as DOCX and as PDF (both rendered from the text in the test)
// must give the same facts: the meeting, the agenda's numbers and titles, the papers' titles, each paper's
// count of recommendations, and the action log's rows. A difference means a reader (or a recogniser) depends
// on how the text was laid out in the file rather than on what it says.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "papers/parse.h"
#include "papers/reader.h"
#include "papers/sample_writers.h"
#include "papers/text_reader.h"

namespace boardroom::papers {
namespace {

const char* const kSamples[] = {
    "bcb-pack-2019-09-18.txt",
    "transformation-theme-2019.txt",
    "crime-disorder-partnership-2018.txt",
    "devolution-update-2017.txt",
    "decentralisation-committee-2022.txt",
};

std::string ReadSample(const std::string& name) {
  std::ifstream in(std::string(BOARDROOM_SHARED_DIR) + "/papers/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing sample " << name;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The facts compared across formats, one string per fact so that a difference reads plainly.
std::vector<std::string> Facts(const ParsedFile& parsed) {
  std::vector<std::string> facts;
  facts.push_back("kind: " + parsed.kind);
  if (parsed.meeting) {
    facts.push_back("meeting: " + parsed.meeting->body.value_or("-") + " | " +
                    parsed.meeting->date.value_or("-") + " | " + parsed.meeting->time.value_or("-") + " | " +
                    parsed.meeting->venue.value_or("-"));
  }
  for (const ParsedAgendaItem& item : parsed.agenda)
    facts.push_back("agenda " + item.number + ": " + item.title);
  for (const ParsedPaper& paper : parsed.papers) {
    facts.push_back("paper " + paper.agenda_item.value_or("-") + ": " + paper.title + " (" +
                    std::to_string(paper.recommendations.size()) + " recommendations)");
  }
  for (const ParsedAction& action : parsed.actions) {
    facts.push_back("action " + action.number + ": " + action.owner.value_or("-") + " | " +
                    action.target_date.value_or("-") + " | " + action.status.value_or("-"));
  }
  return facts;
}

std::vector<std::string> FactsOf(const std::string& name, const std::string& bytes) {
  Result<Document> doc = ReadDocumentBytes(name, bytes);
  EXPECT_TRUE(doc.ok()) << name << ": " << doc.error().message;
  if (!doc.ok()) return {};
  Result<ParsedFile> parsed = ParseDocument(*doc);
  EXPECT_TRUE(parsed.ok()) << name << ": " << parsed.error().message;
  if (!parsed.ok()) return {};
  return Facts(*parsed);
}

class DocxFormatTest : public ::testing::TestWithParam<const char*> {};
class PdfFormatTest : public ::testing::TestWithParam<const char*> {};

TEST_P(DocxFormatTest, GivesTheSameFactsAsText) {
  const std::string text = ReadSample(GetParam());
  const std::vector<std::string> from_text = FactsOf(GetParam(), text);
  ASSERT_GT(from_text.size(), 1u);
  EXPECT_EQ(FactsOf("sample.docx", testing::RenderTextAsDocx(text)), from_text);
}

TEST_P(PdfFormatTest, GivesTheSameFactsAsText) {
  const std::string text = ReadSample(GetParam());
  const std::vector<std::string> from_text = FactsOf(GetParam(), text);
  ASSERT_GT(from_text.size(), 1u);
  EXPECT_EQ(FactsOf("sample.pdf", testing::RenderTextAsPdf(text)), from_text);
}

std::string SampleTestName(const ::testing::TestParamInfo<const char*>& param) {
  std::string name;
  for (const char* c = param.param; *c != '\0' && *c != '.'; ++c) {
    name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Samples, DocxFormatTest, ::testing::ValuesIn(kSamples), SampleTestName);
INSTANTIATE_TEST_SUITE_P(Samples, PdfFormatTest, ::testing::ValuesIn(kSamples), SampleTestName);

}  // namespace
}  // namespace boardroom::papers
