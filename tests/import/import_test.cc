// Checks the importer against the facts of the shared sample papers (EXPECTED.json beside them), one test per
// sample file, using the matching rules of the samples' README: text compared after NFKC, case folding, plain
// quotes and dashes and collapsed white space; titles and "from" whole; text_starts as a prefix; counts
// exact; lists of acronyms, amounts, warnings and contact officers as "must be found". Each fact is checked
// on its own so a failure names exactly which fact is missing.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/text.h"
#include "papers/import_json.h"
#include "papers/parse.h"
#include "papers/reader.h"
#include "papers/sample_writers.h"

namespace boardroom::papers {
namespace {

using nlohmann::json;

const std::string kDir = std::string(BOARDROOM_SHARED_DIR) + "/papers";

json LoadExpected() {
  std::ifstream in(kDir + "/EXPECTED.json");
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str(), nullptr, false);
}

std::vector<std::string> SampleFiles() {
  std::vector<std::string> out;
  json e = LoadExpected();
  if (e.is_discarded() || !e.contains("files")) return {"EXPECTED.json-unreadable"};
  for (auto it = e["files"].begin(); it != e["files"].end(); ++it) out.push_back(it.key());
  return out;
}

std::string F(const json& j) {
  return j.is_string() ? FoldForCompare(j.get<std::string>()) : std::string();
}
std::string FS(std::string_view s) {
  return FoldForCompare(s);
}

// The records of facts checked for one file.
class Facts {
 public:
  void Check(bool ok, const std::string& fact) { (ok ? passed_ : failed_).push_back(fact); }
  void Report(const std::string& file) const {
    std::cout << "[facts] " << file << ": " << passed_.size() << " pass, " << failed_.size() << " fail\n";
    for (const auto& f : passed_) std::cout << "[facts]   PASS " << f << "\n";
    for (const auto& f : failed_) std::cout << "[facts]   FAIL " << f << "\n";
  }
  const std::vector<std::string>& failed() const { return failed_; }

 private:
  std::vector<std::string> passed_, failed_;
};

bool SameText(const json& got, const json& want) {
  return got.is_string() && F(got) == F(want);
}
bool SameValue(const json& obj, const char* key, const json& want) {
  if (!obj.contains(key)) return false;
  if (want.is_string()) return SameText(obj[key], want);
  return obj[key] == want;
}

json FindBy(const json& list, const char* key, const json& value) {
  for (const auto& item : list)
    if (item.contains(key) && item[key] == value) return item;
  return json();
}

// The forms a sample is imported in: its text, and the text written by the tests as a DOCX and as an A4 PDF.
enum class Form { kText, kDocx, kPdf };

Result<ParsedFile> ParseForm(const std::string& name, Form form, const ParseOptions& options) {
  if (form == Form::kText) return ParseTextFile(kDir + "/" + name, options);
  std::ifstream in(kDir + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes =
      form == Form::kDocx ? testing::RenderTextAsDocx(ss.str()) : testing::RenderTextAsPdf(ss.str());
  ASSIGN_OR_RETURN(Document doc, ReadDocumentBytes(name + (form == Form::kDocx ? ".docx" : ".pdf"), bytes));
  doc.source_name = name;
  return ParseDocument(doc, options);
}

class ImportSample : public ::testing::TestWithParam<std::tuple<std::string, Form>> {};

TEST_P(ImportSample, FindsEveryExpectedFact) {
  const std::string name = std::get<0>(GetParam());
  const Form form = std::get<1>(GetParam());
  const json expected_all = LoadExpected();
  ASSERT_FALSE(expected_all.is_discarded()) << "cannot read " << kDir << "/EXPECTED.json";
  const json& want = expected_all["files"][name];

  ParseOptions options;
  if (want.contains("duplicate_of")) {
    auto earlier = ParseTextFile(kDir + "/" + want["duplicate_of"]["file"].get<std::string>());
    ASSERT_TRUE(earlier.ok());
    options.known = KnownPapersOf(*earlier);
  }
  auto parsed = ParseForm(name, form, options);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const json got = FileToJson(*parsed);
  Facts facts;

  facts.Check(got["kind"] == want["kind"], "kind = " + want["kind"].dump());
  if (want.contains("meeting")) {
    for (auto it = want["meeting"].begin(); it != want["meeting"].end(); ++it) {
      facts.Check(got.contains("meeting") && SameValue(got["meeting"], it.key().c_str(), it.value()),
                  "meeting." + it.key() + " = " + it.value().dump());
    }
  }
  for (const auto& item : want.value("agenda", json::array())) {
    const json g = FindBy(got["agenda"], "number", item["number"]);
    const std::string label = "agenda " + item["number"].get<std::string>();
    facts.Check(!g.is_null() && SameValue(g, "title", item["title"]),
                label + " title " + item["title"].dump());
    if (item.contains("presenter"))
      facts.Check(!g.is_null() && SameValue(g, "presenter", item["presenter"]),
                  label + " presenter " + item["presenter"].dump());
    if (item.contains("verbal"))
      facts.Check(!g.is_null() && g["verbal"] == item["verbal"], label + " verbal");
  }
  for (const auto& action : want.value("actions", json::array())) {
    const json g = FindBy(got["actions"], "number", action["number"]);
    const std::string label = "action " + action["number"].get<std::string>();
    facts.Check(!g.is_null(), label + " found");
    for (const char* key : {"raised", "agenda_item"})
      if (action.contains(key))
        facts.Check(!g.is_null() && SameValue(g, key, action[key]),
                    label + " " + key + " " + action[key].dump());
    if (action.contains("text_starts"))
      facts.Check(!g.is_null() && F(g["text"]).rfind(F(action["text_starts"]), 0) == 0,
                  label + " text_starts");
  }
  const json& got_papers = got["papers"];
  size_t index = 0;
  for (const auto& paper : want.value("papers", json::array())) {
    json g;
    std::string label;
    if (paper.contains("agenda_item")) {
      g = FindBy(got_papers, "agenda_item", paper["agenda_item"]);
      label = "paper " + paper["agenda_item"].get<std::string>();
    } else {
      if (index < got_papers.size()) g = got_papers[index];
      label = "paper #" + std::to_string(index + 1);
    }
    ++index;
    facts.Check(!g.is_null(), label + " found");
    if (g.is_null()) g = json::object();
    for (const char* key : {"title", "to", "from", "date", "meeting_date", "electoral_divisions"})
      if (paper.contains(key))
        facts.Check(SameValue(g, key, paper[key]), label + " " + key + " " + paper[key].dump());
    if (paper.contains("key_decision"))
      facts.Check(g.contains("key_decision") && g["key_decision"] == paper["key_decision"],
                  label + " key_decision");
    if (paper.contains("recommendations"))
      facts.Check(g.contains("recommendations") && g["recommendations"].size() == paper["recommendations"],
                  label + " recommendations = " + paper["recommendations"].dump() + " (found " +
                      std::to_string(g.value("recommendations", json::array()).size()) + ")");
    for (const auto& officer : paper.value("contact_officers", json::array())) {
      bool found = false;
      for (const auto& c : g.value("contact_officers", json::array()))
        found = found || SameText(c["name"], officer);
      facts.Check(found, label + " contact officer " + officer.dump());
    }
    if (paper.contains("source_documents")) {
      const json docs = g.value("source_documents", json::array());
      if (paper["source_documents"].empty()) {
        facts.Check(g.contains("source_documents") && docs.empty(), label + " source_documents empty");
      }
      for (const auto& doc : paper["source_documents"]) {
        bool found = false;
        for (const auto& d : docs) found = found || SameText(d, doc);
        facts.Check(found, label + " source document " + doc.dump());
      }
    }
    for (const auto& c : paper.value("clearances", json::array())) {
      const json gc = FindBy(g.value("clearances", json::array()), "area", c["area"]);
      bool ok = !gc.is_null() && gc["cleared"] == c["cleared"];
      if (ok && c.contains("officer")) ok = SameValue(gc, "officer", c["officer"]);
      facts.Check(ok, label + " clearance " + c.dump());
    }
    if (paper.contains("climate_implications")) {
      size_t n = 0;
      for (const auto& i : g.value("implications", json::array())) n += i.contains("status");
      facts.Check(n == paper["climate_implications"],
                  label + " climate implications = " + paper["climate_implications"].dump());
    }
    if (paper.contains("warning")) {
      bool found = false;
      for (const auto& w : got["warnings"])
        found = found || (w["code"] == "date-mismatch" && w["where"] == label);
      facts.Check(found, label + " date-mismatch warning");
    }
  }
  for (const auto& insp : want.value("inspections", json::array())) {
    json g;
    std::string paper_item;
    for (const auto& p : got_papers) {
      if (p.contains("inspection") &&
          F(p["inspection"]["title"]).find(F(insp["title_contains"])) != std::string::npos) {
        g = p["inspection"];
        paper_item = p.value("agenda_item", "");
      }
    }
    const std::string label = "inspection " + insp["title_contains"].dump();
    facts.Check(!g.is_null(), label + " found");
    if (g.is_null()) g = json::object();
    for (const char* key : {"published", "response_due"})
      if (insp.contains(key)) facts.Check(SameValue(g, key, insp[key]), label + " " + key);
    const json items = g.value("items", json::array());
    auto count = [&](const std::string& kind, bool chief_only) {
      size_t n = 0;
      for (const auto& it : items)
        if (it["kind"] == kind &&
            (!chief_only || (it.contains("addressee") && F(it["addressee"]) == "chief constables")))
          ++n;
      return n;
    };
    if (insp.contains("recommendations"))
      facts.Check(count("recommendation", false) == insp["recommendations"],
                  label + " recommendations count");
    if (insp.contains("areas_for_improvement"))
      facts.Check(count("area-for-improvement", false) == insp["areas_for_improvement"],
                  label + " AFI count");
    if (insp.contains("addressed_to_chief_constables")) {
      const json& a = insp["addressed_to_chief_constables"];
      facts.Check(count("recommendation", true) == a["recommendations"],
                  label + " recommendations to chief constables");
      facts.Check(count("area-for-improvement", true) == a["areas_for_improvement"],
                  label + " AFIs to chief constables");
    }
    if (insp.contains("due_dates")) {
      for (auto it = insp["due_dates"].begin(); it != insp["due_dates"].end(); ++it) {
        bool ok = false;
        for (const auto& item : items) {
          if (F(item["text"]).rfind(FS(it.key()), 0) != 0) continue;
          if (it.value().get<std::string>().rfind("urgent", 0) == 0) {
            ok = ok || (item["urgent"] == true && !item.contains("due"));
          } else {
            ok = ok || SameValue(item, "due", it.value());
          }
        }
        facts.Check(ok, label + " due " + it.key());
      }
    }
    for (const auto& r : insp.value("recommendations_with_dates", json::array())) {
      bool ok = false;
      for (const auto& item : items)
        ok = ok || (F(item["text"]).rfind(F(r["text_starts"]), 0) == 0 && SameValue(item, "due", r["due"]));
      facts.Check(ok, label + " item " + r["text_starts"].dump());
    }
    if (insp.contains("warning")) {
      bool found = false;
      for (const auto& w : got["warnings"])
        found = found || (w["code"] == "late-inspection-response" && w["where"] == "paper " + paper_item);
      facts.Check(found, label + " late-inspection-response warning");
    }
  }
  for (const auto& a : want.value("acronyms", json::array())) {
    bool found = false;
    for (const auto& g : got["acronyms"])
      found = found || (SameText(g["short"], a["short"]) && SameText(g["long"], a["long"]));
    facts.Check(found, "acronym " + a.dump());
  }
  for (const auto& a : want.value("amounts", json::array())) {
    bool found = false;
    for (const auto& g : got["amounts"])
      found = found || (SameText(g["text"], a["text"]) && g["pence"] == a["pence"]);
    facts.Check(found, "amount " + a.dump());
  }
  for (const auto& d : want.value("dates", json::array())) {
    bool found = false;
    for (const auto& g : got["dates"]) found = found || g == d;
    facts.Check(found, "date " + d.dump());
  }
  for (const auto& w : want.value("warnings", json::array())) {
    bool found = false;
    for (const auto& g : got["warnings"])
      found = found || (g["code"] == w["code"] && g["where"] == w["where"]);
    facts.Check(found, "warning " + w.dump());
  }
  if (want.contains("duplicate_of")) {
    const json& d = want["duplicate_of"];
    facts.Check(!got["duplicate_of"].is_null() && got["duplicate_of"]["file"] == d["file"] &&
                    got["duplicate_of"].value("agenda_item", "") == d["agenda_item"],
                "duplicate_of " + d["file"].dump() + " item " + d["agenda_item"].dump());
  }
  facts.Report(name);
  EXPECT_TRUE(facts.failed().empty()) << facts.failed().size() << " facts not found in " << name;
}

// The pack's action log is flattened column by column: the owners, target dates and updates of its seven rows
// come as a run of owner blocks after the first row and one after each later row. Each row's owner and target
// date must be found, and the updates must land on the rows they speak of.
TEST(ImportPackActionLog, FindsOwnersTargetDatesAndUpdatesOfTheFlattenedLog) {
  auto parsed = ParseTextFile(kDir + "/bcb-pack-2019-09-18.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const json got = FileToJson(*parsed);
  ASSERT_EQ(got["actions"].size(), 7u);
  for (const auto& a : got["actions"]) {
    EXPECT_TRUE(a.contains("owner")) << a.dump();
    EXPECT_TRUE(a.contains("target_date")) << a.dump();
  }
  const json first = FindBy(got["actions"], "number", "1.0");
  EXPECT_EQ(first.value("target_date", ""), "2019-05-16");
  ASSERT_EQ(first["updates"].size(), 1u);
  EXPECT_EQ(FS(first["updates"][0].get<std::string>()).rfind(FS("Request noted"), 0), 0u);
  const json sickness = FindBy(got["actions"], "number", "6.0");
  EXPECT_EQ(sickness.value("target_date", ""), "2019-11-14");
  ASSERT_EQ(sickness["updates"].size(), 1u);
  EXPECT_NE(sickness["updates"][0].get<std::string>().find("sickness"), std::string::npos);
  // Row 8.0 has no text beside its number; the one action text left over at the end of the log is its own.
  const json station = FindBy(got["actions"], "number", "8.0");
  EXPECT_NE(station.value("text", "").find("Southern Police Station"), std::string::npos);
  EXPECT_EQ(station.value("target_date", ""), "2019-09-18");
}

std::string TestName(const ::testing::TestParamInfo<std::tuple<std::string, Form>>& info) {
  std::string s;
  for (char c : std::get<0>(info.param)) s.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
  const Form form = std::get<1>(info.param);
  return s + (form == Form::kText ? "_text" : form == Form::kDocx ? "_docx" : "_pdf");
}

INSTANTIATE_TEST_SUITE_P(Samples, ImportSample,
                         ::testing::Combine(::testing::ValuesIn(SampleFiles()),
                                            ::testing::Values(Form::kText, Form::kDocx, Form::kPdf)),
                         TestName);

}  // namespace
}  // namespace boardroom::papers
