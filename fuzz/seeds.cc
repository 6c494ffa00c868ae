#include "fuzz/seeds.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "papers/sample_writers.h"

namespace boardroom::fuzz {
namespace {

namespace fs = std::filesystem;
namespace testing = papers::testing;

struct Paper {
  std::string stem;
  std::string text;
};

// The sample papers (*.txt), in name order so that seeds come out the same every run.
std::vector<Paper> ReadPapers(const std::string& dir) {
  std::vector<Paper> papers;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return papers;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    papers.push_back({entry.path().stem().string(), text.str()});
  }
  std::sort(papers.begin(), papers.end(), [](const Paper& a, const Paper& b) { return a.stem < b.stem; });
  return papers;
}

// `text` cut at line ends into pieces of about `size` bytes.
std::vector<std::string> Pieces(const std::string& text, size_t size) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.size(), start + size);
    if (end < text.size()) {
      size_t nl = text.find('\n', end);
      end = nl == std::string::npos ? text.size() : nl + 1;
    }
    pieces.push_back(text.substr(start, end - start));
    start = end;
  }
  return pieces;
}

// Small texts that reach the text reader's special cases: a byte-order mark, Windows-1252, CR LF, form feeds.
std::vector<Seed> EdgeTexts() {
  return {
      {"bom.txt", "\xEF\xBB\xBFTo: Business Coordination Board\nFrom: Chief Constable\n"},
      {"cp1252.txt",
       "Budget \x96 \xA3"
       "1.2m \x93quoted\x94\r\nPage 1 of 2\r\n"},
      {"formfeed.txt", "1. Purpose\n1.1 To note.\n\fPage 2 of 2\n2. Recommendation\n2.1 Approve.\n"},
      {"utf16.txt", std::string("\xFF\xFE"
                                "T\0o\0:\0",
                                8)},
      {"cyrillic.txt", "\xD0\xA2o: Board\nDate: 18th September 2019\nAgenda Item 5.0\n"},
  };
}

std::vector<Seed> TextSeeds(const std::vector<Paper>& papers, bool whole) {
  std::vector<Seed> seeds = EdgeTexts();
  for (const Paper& paper : papers) {
    if (whole) seeds.push_back({paper.stem + ".txt", paper.text});
    auto pieces = Pieces(paper.text, 3000);
    for (size_t i = 0; i < pieces.size(); ++i) {
      seeds.push_back({paper.stem + "-" + std::to_string(i) + ".txt", pieces[i]});
    }
  }
  return seeds;
}

// Hand-made packages reaching numbering, styles, tables, tabs, bold runs and page breaks.
std::vector<Seed> HandDocx() {
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>)"
      R"(<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>)"
      R"(<w:lvlText w:val="%1.%2"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/>)"
      R"x(<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum>)x"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)";
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>)";
  auto numbered = [](int level, const std::string& text) {
    return R"(<w:p><w:pPr><w:numPr><w:ilvl w:val=")" + std::to_string(level) +
           R"("/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>)" + text + "</w:t></w:r></w:p>";
  };
  const std::string body =
      R"(<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Business Coordination Board</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>To:</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Board</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Recommendation </w:t></w:r></w:p>)" +
      numbered(0, "Purpose") + numbered(1, "To note the report.") + numbered(2, "approve &#163;1.2m") +
      R"(<w:p><w:r><w:br w:type="page"/></w:r></w:p>)"
      R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Finance</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Yes</w:t>)"
      R"(</w:r></w:p><w:p><w:r><w:t>J Smith</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r>)"
      R"(<w:t>Legal</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
      R"(<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page 2 of 2</w:t><w:br/><w:t>Agenda Item 5.0</w:t></w:r></w:p>)";
  // An action log as a table on a grid, with a vertically merged date and a cell spanning two columns: the
  // grid mapping and the action-log columns.
  auto cell = [](const std::string& text, const std::string& props = "") {
    return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + "<w:p><w:r><w:t>" + text +
           "</w:t></w:r></w:p></w:tc>";
  };
  const std::string log =
      R"(<w:p><w:r><w:t>BOARD ACTION LOG</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/>)"
      R"(<w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>)" +
      cell("Action No.") + cell("Date raised") + cell("Action") + cell("Owner") + cell("Status") +
      "</w:tr><w:tr>" + cell("1.0") + cell("31/07/2019", R"(<w:vMerge w:val="restart"/>)") +
      cell("Report back") + cell("Clerk") + cell("Ongoing") + "</w:tr><w:tr>" + cell("2.0") +
      cell("", "<w:vMerge/>") + cell("Review the estate", R"(<w:gridSpan w:val="2"/>)") + cell("Open") +
      "</w:tr></w:tbl>";
  return {
      {"numbered.docx", testing::MakeDocx(body, numbering, styles)},
      {"plain.docx", testing::MakeDocx(body)},
      {"action-log.docx", testing::MakeDocx(log)},
      {"empty-body.docx", testing::MakeDocx("")},
      {"not-word.zip", testing::MakeZip({{"readme.txt", "not a document"}})},
  };
}

std::vector<Seed> DocxSeeds(const std::vector<Paper>& papers) {
  std::vector<Seed> seeds = HandDocx();
  for (const Paper& paper : papers) {
    auto pieces = Pieces(paper.text, 2500);
    for (size_t i = 0; i < pieces.size() && i < 2; ++i) {
      seeds.push_back({paper.stem + "-" + std::to_string(i) + ".docx", testing::RenderTextAsDocx(pieces[i])});
    }
  }
  return seeds;
}

std::vector<Seed> PdfSeeds(const std::vector<Paper>& papers) {
  std::vector<Seed> seeds;
  {
    testing::PdfSketch sketch;
    sketch.Text(56, 56, "Business Coordination Board", 14, /*bold=*/true);
    sketch.Text(56, 90, "Budget", 11);
    sketch.Text(300, 90, "2019/20", 11);
    sketch.Text(400, 90, "£'000", 11);
    sketch.Text(56, 104, "Staff", 11);
    sketch.Text(300, 104, "1,234", 11);
    sketch.Text(400, 104, "(401)", 11);
    sketch.Rule(56, 120, 500, 120);
    sketch.NewPage();
    sketch.Text(56, 56, "Page 2 of 2", 9);
    seeds.push_back({"table.pdf", sketch.Finish()});
  }
  for (const Paper& paper : papers) {
    auto pieces = Pieces(paper.text, 1500);
    if (!pieces.empty()) {
      seeds.push_back({paper.stem + ".pdf", testing::RenderTextAsPdf(pieces[0])});
    }
  }
  return seeds;
}

std::vector<Seed> Strings(const std::vector<std::string>& values) {
  std::vector<Seed> seeds;
  for (size_t i = 0; i < values.size(); ++i) seeds.push_back({"s" + std::to_string(i), values[i]});
  return seeds;
}

}  // namespace

std::vector<Seed> SeedsFor(std::string_view target, const std::string& papers_dir) {
  if (target == "date") {
    return Strings({"18th September 2019",
                    "18 Sept 2019",
                    "Wednesday 18 September 2019",
                    "18/09/2019",
                    "18.09.19",
                    "April 4, 2019",
                    "12 April 2018",
                    "2019-09-18",
                    "18th of September 2019",
                    "18-09-2019",
                    "Weds 18 Sep 19",
                    "29 February 2020",
                    "31 February 2019",
                    " 1st May 1999.",
                    "2019/20",
                    "2019-20",
                    "2019/2020",
                    "9999-12-31",
                    "0001-01-01",
                    "22nd\xC2\xA0June 2022"});
  }
  if (target == "money") {
    return Strings({"£1.2m",
                    "£1,234k",
                    "£2400",
                    "£839.3k",
                    "£18,000",
                    "£1.5 million",
                    "£2bn",
                    "-£40",
                    "£-40",
                    "£(401)",
                    "(£401)",
                    "1,234",
                    "(401)",
                    "-",
                    "\xE2\x80\x93",
                    "£1.005",
                    "\xE2\x88\x92£3",
                    "£ 1,234",
                    "£92,233,720,368,547,758.07",
                    "-£92,233,720,368,547,758.08",
                    "2.5 billion",
                    "£0.5mn",
                    "1,23"});
  }
  const std::vector<Paper> papers = ReadPapers(papers_dir);
  if (target == "text_reader" || target == "import_json") return TextSeeds(papers, /*whole=*/true);
  if (target == "docx_reader") return DocxSeeds(papers);
  if (target == "pdf_reader") return PdfSeeds(papers);
  if (target == "import") {
    std::vector<Seed> seeds = TextSeeds(papers, /*whole=*/false);
    for (auto& seed : HandDocx()) seeds.push_back(std::move(seed));
    auto pdfs = PdfSeeds(papers);
    for (size_t i = 0; i < pdfs.size() && i < 3; ++i) seeds.push_back(std::move(pdfs[i]));
    return seeds;
  }
  return {};
}

}  // namespace boardroom::fuzz
