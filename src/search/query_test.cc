#include "search/query.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "search/service.h"

namespace boardroom::search {
namespace {

// A parsed query written back compactly: groups joined by " & ", alternatives by "|", phrases in quotes,
// prefixes with *, exclusions after " -", then filters.
std::string Show(const store::SearchQuery& q) {
  auto term = [](const store::SearchTerm& t) {
    bool phrase = t.text.find(' ') != std::string::npos;
    return (phrase ? "\"" + t.text + "\"" : t.text) + (t.prefix ? "*" : "");
  };
  std::string out;
  for (size_t g = 0; g < q.all_of.size(); ++g) {
    if (g > 0) out += " & ";
    for (size_t i = 0; i < q.all_of[g].size(); ++i) out += (i > 0 ? "|" : "") + term(q.all_of[g][i]);
  }
  for (const auto& t : q.none_of) out += " -" + term(t);
  if (q.body) out += " body=" + *q.body;
  if (q.kind) out += " kind=" + std::string(store::Name(*q.kind));
  if (q.status) out += " status=" + *q.status;
  if (q.owner) out += " owner=" + *q.owner;
  if (q.theme) out += " theme=" + *q.theme;
  if (q.from) out += " from=" + q.from->ToIso();
  if (q.before) out += " before=" + q.before->ToIso();
  return out;
}

struct Case {
  const char* input;
  const char* parsed;  // Show() of the result
};

TEST(ParseQueryTest, ParsesEverySyntax) {
  const std::vector<Case> cases = {
      {"budget", "budget"},
      {"budget monitoring", "budget & monitoring"},
      {"\"budget monitoring\"", "\"budget monitoring\""},
      {"\"the board of the\" police", "\"the board of the\" & police"},
      {"polic*", "polic*"},
      {"budget -capital", "budget -capital"},
      {"budget -\"capital programme\"", "budget -\"capital programme\""},
      {"budget OR finance audit", "budget|finance & audit"},
      {"a OR b OR c", "a|b|c"},
      {"budget body:BCB", "budget body=BCB"},
      {"budget kind:action", "budget kind=action"},
      {"budget kind:Recommendations", "budget kind=recommendation"},
      {"budget status:Open", "budget status=open"},
      {"budget owner:\"Chief Constable\"", "budget owner=Chief Constable"},
      {"budget from:2019-01-01 before:2020-01-01", "budget from=2019-01-01 before=2020-01-01"},
      {"budget after:2019-12-31", "budget from=2020-01-01"},
      {"budget theme:victims", "budget theme=victims"},
      {"budget Theme:\"safer roads\"", "budget theme=safer roads"},
      // Stop words go when there is something else to look for, stay when there is not.
      {"the board of the", "board"},
      {"the of", "the & of"},
      {"Budget AND the", "Budget"},
      // Would-be engine syntax is plain text.
      {"\"a\" OR content:x", "a|content:x"},
      {"NEAR(a b)", "NEAR(a & b)"},
      {"budget ^ * (", "budget"},
      {"col:value", "col:value"},
      {"budget\"\"", "budget"},
  };
  for (const Case& c : cases) {
    Result<store::SearchQuery> q = ParseQuery(c.input);
    ASSERT_TRUE(q.ok()) << c.input << ": " << q.error().message;
    EXPECT_EQ(Show(q.value()), c.parsed) << c.input;
  }
}

TEST(ParseQueryTest, RefusesMalformedQueriesWithAMessageForFieldQ) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"", "at least one word"},
      {"   ", "at least one word"},
      {"* ^", "at least one word"},
      {"\"budget", "not closed"},
      {"budget \"monitoring report", "not closed"},
      {"OR budget", "OR needs a word"},
      {"budget OR", "OR needs a word"},
      {"budget OR OR audit", "OR needs a word"},
      {"-budget", "cannot only exclude"},
      {"budget kind:minutes", "kind: must be"},
      {"budget from:18/09/2019", "YYYY-MM-DD"},
      {"budget before:2019-02-30", "YYYY-MM-DD"},
      {"budget body:", "needs a value"},
      {"budget theme:", "needs a value"},
      {"body:BCB", "at least one word"},
  };
  for (const auto& [input, message] : cases) {
    Result<store::SearchQuery> q = ParseQuery(input);
    ASSERT_FALSE(q.ok()) << input;
    EXPECT_EQ(q.error().code, ErrorCode::kInvalidArgument) << input;
    EXPECT_EQ(q.error().field, "q") << input;
    EXPECT_NE(q.error().message.find(message), std::string::npos) << input << ": " << q.error().message;
  }
  EXPECT_FALSE(ParseQuery(std::string(501, 'a')).ok());
  std::string many;
  for (int i = 0; i < 33; ++i) many += "w" + std::to_string(i) + " ";
  EXPECT_FALSE(ParseQuery(many).ok());
}

TEST(CitationTest, NamesBodyDateItemAndParagraph) {
  store::SearchHit hit;
  hit.body_short_name = "BCB";
  hit.date = Date::FromYmd(2019, 9, 18).value();
  hit.agenda_item = "6";
  hit.number = "5.22";
  hit.paper_id = store::PaperId{7};
  EXPECT_EQ(Citation(hit), "BCB 18 Sep 2019 \u203a item 6 \u203a para 5.22");
  EXPECT_EQ(HitLink(hit), "/papers/7#para-5.22");
  hit.agenda_item.clear();
  hit.kind = store::SearchKind::kAction;
  hit.action_id = store::ActionId{3};
  EXPECT_EQ(Citation(hit), "BCB 18 Sep 2019 \u203a action 5.22");
  EXPECT_EQ(HitLink(hit), "/actions/3");
  hit.agenda_item = "11";
  hit.kind = store::SearchKind::kInspection;
  hit.id = 42;
  hit.number = "3";
  hit.inspection_id = 5;
  EXPECT_EQ(Citation(hit), "BCB 18 Sep 2019 \u203a item 11 \u203a inspection item 3");
  EXPECT_EQ(HitLink(hit), "/inspections/5#item-42");
}

TEST(ParseQueryTest, KindInspectionFiltersToInspectionItems) {
  Result<store::SearchQuery> q = ParseQuery("safeguarding kind:inspections");
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(q->kind, store::SearchKind::kInspection);
  Result<store::SearchQuery> bad = ParseQuery("safeguarding kind:inspector");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("inspection"), std::string::npos);
}

TEST(MarkedToHtmlTest, EscapesFirstThenMarks) {
  std::string marked = std::string("<b>a & ") + store::kMatchStart + "budget" + store::kMatchEnd + " \"x\"";
  EXPECT_EQ(MarkedToHtml(marked), "&lt;b&gt;a &amp; <mark>budget</mark> &quot;x&quot;");
  EXPECT_EQ(MarkedToHtml(std::string("a") + store::kMatchStart + "b"), "a<mark>b</mark>");
  EXPECT_EQ(MarkedToText(marked), "<b>a & budget \"x\"");
}

TEST(ResultsJsonTest, SaysWhenTheResultsArePartial) {
  store::SearchResults results;
  results.total = 100;
  EXPECT_EQ(ResultsJson("the", 1, results)["partial"], false);
  results.partial = true;
  nlohmann::json json = ResultsJson("the", 1, results);
  EXPECT_EQ(json["partial"], true);
  EXPECT_EQ(json["total"], 100);
}

}  // namespace
}  // namespace boardroom::search
