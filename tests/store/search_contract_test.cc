// The store contract for full-text search (store/search_store.h), run for every backend: ranking, filters,
// facets, snippets, paging, and that the viewer's visibility and every write take effect at once.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "backend.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/search_store.h"
#include "store/store.h"

namespace boardroom::store::testing {
namespace {

template <typename T>
T Must(Result<T> result, const char* what = "call") {
  if (!result.ok()) throw std::runtime_error(std::string(what) + " failed: " + result.error().message);
  return std::move(result).value();
}

Date D(int year, int month, int day) {
  return Date::FromYmd(year, month, day).value();
}

SearchQuery Words(std::vector<std::string> words) {
  SearchQuery q;
  for (auto& w : words) q.all_of.push_back({SearchTerm{std::move(w), false}});
  return q;
}

class SearchContractTest : public ::testing::TestWithParam<BackendFactory> {
 protected:
  void SetUp() override {
    backend_ = GetParam().make();
    store_ = Must(backend_->Open(), "open");
    auto tx = Must(store_->Begin(Access::kReadWrite));
    bcb_ = Must(tx->bodies().CreateBody({.name = "Business and Crime Board", .short_name = "BCB"}));
    audit_ = Must(tx->bodies().CreateBody({.name = "Audit Committee", .short_name = "JAC"}));
    Meeting m{.body_id = bcb_.id, .date = D(2019, 9, 18)};
    meeting_ = Must(tx->meetings().CreateMeeting(m));
    budget_paper_ = MakePaper(*tx, bcb_.id, "Budget monitoring report", true, false, D(2019, 9, 18));
    AgendaItem item{.meeting_id = meeting_.id, .number = "6", .position = 6, .title = "Budget"};
    item.paper_id = budget_paper_.id;
    Must(tx->meetings().CreateAgendaItem(item));
    ASSERT_TRUE(tx->Commit().ok());
  }

  Paper MakePaper(Transaction& tx, BodyId body, std::string title, bool published, bool sensitive,
                  Date date) {
    Paper p;
    p.body_id = body;
    p.title = std::move(title);
    p.published = published;
    p.classification = sensitive ? Classification::kOfficialSensitive : Classification::kOfficial;
    p.meeting_date = date;
    return Must(tx.papers().CreatePaper(p), "create paper");
  }

  Paragraph MakeParagraph(Transaction& tx, PaperId paper, std::string number, std::string heading,
                          std::string text) {
    Paragraph g;
    g.paper_id = paper;
    g.number = std::move(number);
    g.heading = std::move(heading);
    g.text = std::move(text);
    return Must(tx.papers().CreateParagraph(g), "create paragraph");
  }

  SearchResults Find(Transaction& tx, const SearchQuery& q, const Viewer& viewer = Viewer::Public()) {
    return Must(tx.search().Search(q, viewer), "search");
  }

  std::unique_ptr<StoreBackend> backend_;
  std::unique_ptr<Store> store_;
  Body bcb_, audit_;
  Meeting meeting_;
  Paper budget_paper_;
};

TEST_P(SearchContractTest, FindsParagraphsWithCitationFieldsAndStemming) {
  auto tx = Must(store_->Begin());
  Paragraph g =
      MakeParagraph(*tx, budget_paper_.id, "5.22", "", "The force recommended an underspend review.");
  SearchResults r = Find(*tx, Words({"recommendations"}));
  ASSERT_EQ(r.total, 1);
  EXPECT_FALSE(r.partial);
  ASSERT_EQ(r.hits.size(), 1u);
  const SearchHit& hit = r.hits[0];
  EXPECT_EQ(hit.kind, SearchKind::kParagraph);
  EXPECT_EQ(hit.id, g.id.value);
  EXPECT_EQ(hit.paper_id, budget_paper_.id);
  EXPECT_EQ(hit.paper_title, "Budget monitoring report");
  EXPECT_EQ(hit.body_short_name, "BCB");
  EXPECT_EQ(hit.date, D(2019, 9, 18));
  EXPECT_EQ(hit.agenda_item, "6");
  EXPECT_EQ(hit.number, "5.22");
  EXPECT_NE(hit.snippet.find(std::string(1, kMatchStart) + "recommended" + kMatchEnd), std::string::npos)
      << hit.snippet;
  // Case and accents fold.
  EXPECT_EQ(Find(*tx, Words({"UNDERSPEND"})).total, 1);
  MakeParagraph(*tx, budget_paper_.id, "5.23", "", "Café provision in the station");
  EXPECT_EQ(Find(*tx, Words({"cafe"})).total, 1);
}

TEST_P(SearchContractTest, AnExactPhraseInATitleBeatsScatteredWords) {
  auto tx = Must(store_->Begin());
  MakeParagraph(*tx, budget_paper_.id, "1.1", "",
                "The capital budget was discussed at length, and after much debate about staffing, estates, "
                "vehicles and the control room, the panel agreed that quarterly monitoring would continue.");
  Paragraph titled = MakeParagraph(*tx, budget_paper_.id, "2.1", "Budget monitoring",
                                   "Figures for the second quarter are attached.");
  SearchQuery q = Words({"budget", "monitoring"});
  SearchResults r = Find(*tx, q);
  ASSERT_EQ(r.total, 2);
  EXPECT_EQ(r.hits[0].id, titled.id.value);
  EXPECT_LT(r.hits[0].score, r.hits[1].score);
}

TEST_P(SearchContractTest, PhrasesPrefixesAlternativesAndExclusions) {
  auto tx = Must(store_->Begin());
  MakeParagraph(*tx, budget_paper_.id, "1", "", "capital programme slippage");
  MakeParagraph(*tx, budget_paper_.id, "2", "", "programme of capital works");
  MakeParagraph(*tx, budget_paper_.id, "3", "", "revenue budget");
  SearchQuery phrase;
  phrase.all_of = {{SearchTerm{"capital programme"}}};
  EXPECT_EQ(Find(*tx, phrase).total, 1);
  SearchQuery prefix;
  prefix.all_of = {{SearchTerm{"capit", true}}};
  EXPECT_EQ(Find(*tx, prefix).total, 2);
  SearchQuery either;
  either.all_of = {{SearchTerm{"slippage"}, SearchTerm{"revenue"}}};
  EXPECT_EQ(Find(*tx, either).total, 2);
  SearchQuery but_not = Words({"capital"});
  but_not.none_of = {SearchTerm{"slippage"}};
  EXPECT_EQ(Find(*tx, but_not).total, 1);
}

TEST_P(SearchContractTest, QuotesEveryTermSoEngineSyntaxIsHarmless) {
  auto tx = Must(store_->Begin());
  MakeParagraph(*tx, budget_paper_.id, "1", "", "content of the near term plan");
  for (const char* text : {"\"a\" OR content:x", "NEAR(", "*", "^", "col:", "\"", "content:near"}) {
    SearchQuery q;
    q.all_of = {{SearchTerm{text}}};
    Result<SearchResults> r = tx->search().Search(q, Viewer::Public());
    ASSERT_TRUE(r.ok() || r.error().code == ErrorCode::kInvalidArgument) << text << ": " << r.error().message;
    if (!r.ok()) {
      EXPECT_EQ(r.error().field, "q") << text;
    }
  }
  SearchQuery both;
  both.all_of = {{SearchTerm{"content:near"}}};  // the words "content near", as a phrase
  EXPECT_EQ(Find(*tx, both).total, 0);
  both.all_of = {{SearchTerm{"near term"}}};
  EXPECT_EQ(Find(*tx, both).total, 1);
}

TEST_P(SearchContractTest, RefusesAQueryWithNothingToLookForAndBadPages) {
  auto tx = Must(store_->Begin());
  SearchQuery empty;
  auto r = tx->search().Search(empty, Viewer::Public());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, "q");
  SearchQuery big = Words({"budget"});
  big.limit = 101;
  EXPECT_FALSE(tx->search().Search(big, Viewer::Public()).ok());
  big.limit = 10;
  big.offset = -1;
  EXPECT_FALSE(tx->search().Search(big, Viewer::Public()).ok());
}

TEST_P(SearchContractTest, FiltersAndFacets) {
  auto tx = Must(store_->Begin());
  Paper old_paper = MakePaper(*tx, audit_.id, "Internal audit plan", true, false, D(2017, 3, 1));
  MakeParagraph(*tx, budget_paper_.id, "1", "", "overtime costs rose");
  MakeParagraph(*tx, old_paper.id, "1", "", "overtime audit findings");
  Must(tx->papers().CreateRecommendation({.paper_id = budget_paper_.id,
                                          .label = "a",
                                          .text = "Note the overtime position",
                                          .outcome = RecommendationOutcome::kAgreed}));
  Action a{
      .body_id = bcb_.id, .number = "42", .text = "Report on overtime controls", .owner = "Chief Constable"};
  a.meeting_raised_id = meeting_.id;
  a = Must(tx->actions().CreateAction(a));
  Must(tx->actions().AppendActionUpdate(
      {.action_id = a.id, .date = D(2020, 1, 10), .text = "Overtime report drafted"}));

  SearchQuery q = Words({"overtime"});
  SearchResults all = Find(*tx, q);
  EXPECT_EQ(all.total, 5);
  auto count = [](const std::vector<FacetCount>& facets, const std::string& value) -> int64_t {
    for (const auto& f : facets) {
      if (f.value == value) return f.count;
    }
    return 0;
  };
  EXPECT_EQ(count(all.kinds, "paragraph"), 2);
  EXPECT_EQ(count(all.kinds, "recommendation"), 1);
  EXPECT_EQ(count(all.kinds, "action"), 1);
  EXPECT_EQ(count(all.kinds, "update"), 1);
  EXPECT_EQ(count(all.bodies, "BCB"), 4);
  EXPECT_EQ(count(all.bodies, "JAC"), 1);
  EXPECT_EQ(count(all.years, "2019"), 3);
  EXPECT_EQ(count(all.years, "2017"), 1);
  EXPECT_EQ(count(all.years, "2020"), 1);
  ASSERT_FALSE(all.years.empty());
  EXPECT_EQ(all.years[0].value, "2020");  // newest first
  EXPECT_EQ(count(all.statuses, "open"), 2);
  EXPECT_EQ(count(all.statuses, "agreed"), 1);

  auto with = [&](auto set) {
    SearchQuery f = q;
    set(f);
    return Find(*tx, f).total;
  };
  EXPECT_EQ(with([](SearchQuery& f) { f.body = "jac"; }), 1);
  EXPECT_EQ(with([](SearchQuery& f) { f.body = "Audit Committee"; }), 1);
  EXPECT_EQ(with([](SearchQuery& f) { f.kind = SearchKind::kAction; }), 1);
  EXPECT_EQ(with([](SearchQuery& f) { f.kind = SearchKind::kActionUpdate; }), 1);
  EXPECT_EQ(with([](SearchQuery& f) { f.status = "agreed"; }), 1);
  EXPECT_EQ(with([](SearchQuery& f) { f.owner = "chief"; }), 2);  // the action and its update
  EXPECT_EQ(with([](SearchQuery& f) { f.from = D(2019, 9, 18); }), 4);
  EXPECT_EQ(with([](SearchQuery& f) { f.before = D(2019, 9, 18); }), 1);
  EXPECT_EQ(with([](SearchQuery& f) {
              f.from = D(2018, 1, 1);
              f.before = D(2020, 1, 1);
            }),
            3);

  // Closing the action moves it and its update to the new status at once.
  a.status = ActionStatus::kClosed;
  Must(tx->actions().UpdateAction(a));
  EXPECT_EQ(with([](SearchQuery& f) { f.status = "closed"; }), 2);
}

TEST_P(SearchContractTest, PagesThroughHits) {
  auto tx = Must(store_->Begin());
  for (int i = 0; i < 5; ++i) MakeParagraph(*tx, budget_paper_.id, std::to_string(i), "", "estates strategy");
  SearchQuery q = Words({"estates"});
  q.limit = 2;
  q.offset = 4;
  SearchResults r = Find(*tx, q);
  EXPECT_EQ(r.total, 5);
  EXPECT_EQ(r.hits.size(), 1u);
}

TEST_P(SearchContractTest, ThePublicNeverFindsUnpublishedOrSensitivePapers) {
  auto tx = Must(store_->Begin());
  Paper draft = MakePaper(*tx, bcb_.id, "Draft", false, false, D(2019, 9, 18));
  Paper secret = MakePaper(*tx, bcb_.id, "Secret", true, true, D(2019, 9, 18));
  MakeParagraph(*tx, draft.id, "1", "", "firearms licensing");
  MakeParagraph(*tx, secret.id, "1", "", "firearms licensing");
  Must(tx->papers().CreateRecommendation({.paper_id = secret.id, .text = "firearms policy"}));
  SearchQuery q = Words({"firearms"});
  SearchResults pub = Find(*tx, q);
  EXPECT_EQ(pub.total, 0);
  EXPECT_TRUE(pub.hits.empty());
  EXPECT_TRUE(pub.kinds.empty());
  EXPECT_EQ(Find(*tx, q, Viewer{.sees_unpublished = true}).total, 1);
  EXPECT_EQ(Find(*tx, q, Viewer::Everything()).total, 3);
}

TEST_P(SearchContractTest, ThePublicNeverFindsExemptActionsOrTheirUpdates) {
  auto tx = Must(store_->Begin());
  Action exempt = Must(tx->actions().CreateAction(
      {.body_id = bcb_.id, .number = "7", .text = "Negotiate the estates disposal", .exempt = true}));
  Must(tx->actions().AppendActionUpdate(
      {.action_id = exempt.id, .date = D(2019, 10, 1), .text = "Estates valuation received"}));
  Must(tx->actions().CreateAction(
      {.body_id = bcb_.id, .number = "8", .text = "Publish the estates strategy"}));
  EXPECT_EQ(Find(*tx, Words({"estates"})).total, 1);
  EXPECT_EQ(Find(*tx, Words({"valuation"})).total, 0);
  EXPECT_EQ(Find(*tx, Words({"estates"}), Viewer{.sensitive_bodies = {audit_.id}}).total, 1);
  EXPECT_EQ(Find(*tx, Words({"estates"}), Viewer{.sensitive_bodies = {bcb_.id}}).total, 3);
  EXPECT_EQ(Find(*tx, Words({"valuation"}), Viewer::Everything()).total, 1);
}

TEST_P(SearchContractTest, EditsArePickedUpAtOnceAndUnpublishingHidesAtOnce) {
  auto tx = Must(store_->Begin());
  Paragraph g = MakeParagraph(*tx, budget_paper_.id, "1", "", "custody suite refurbishment");
  EXPECT_EQ(Find(*tx, Words({"custody"})).total, 1);
  g.text = "cell block refurbishment";
  g = Must(tx->papers().UpdateParagraph(g));
  EXPECT_EQ(Find(*tx, Words({"custody"})).total, 0);
  EXPECT_EQ(Find(*tx, Words({"cell"})).total, 1);
  Paper p = budget_paper_;
  p.published = false;
  p = Must(tx->papers().UpdatePaper(p));
  EXPECT_EQ(Find(*tx, Words({"cell"})).total, 0);
  // A paper moved to another body and date is filtered by its new ones.
  p.published = true;
  p.body_id = audit_.id;
  p.meeting_date = D(2021, 5, 1);
  p = Must(tx->papers().UpdatePaper(p));
  SearchResults r = Find(*tx, Words({"cell"}));
  ASSERT_EQ(r.total, 1);
  EXPECT_EQ(r.hits[0].body_short_name, "JAC");
  EXPECT_EQ(r.hits[0].date, D(2021, 5, 1));
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Must(store_->Begin(Access::kReadOnly));
  EXPECT_EQ(Find(*read, Words({"cell"})).total, 1);
}

TEST_P(SearchContractTest, SnippetsCarryOnlyMarkersAroundMatches) {
  auto tx = Must(store_->Begin());
  MakeParagraph(*tx, budget_paper_.id, "1", "", "<script>alert(1)</script> & budget");
  SearchResults r = Find(*tx, Words({"alert"}));
  ASSERT_EQ(r.hits.size(), 1u);
  // The store returns the text as stored, with markers; HTML escaping is search/'s job (MarkedToHtml).
  EXPECT_NE(r.hits[0].snippet.find(std::string("<script>") + kMatchStart + "alert" + kMatchEnd),
            std::string::npos)
      << r.hits[0].snippet;
}

TEST_P(SearchContractTest, APapersTitleFindsItsParagraphsAndItsPhraseBeatsScatteredWords) {
  auto tx = Must(store_->Begin());
  Paper station = MakePaper(*tx, bcb_.id, "Southern Police Station update", true, false, D(2019, 9, 18));
  // Neither paragraph of the titled paper says the words; the other paragraph says them all, scattered.
  Paragraph first = MakeParagraph(*tx, station.id, "1.1", "", "Work continues on schedule and on budget.");
  Paragraph second = MakeParagraph(*tx, station.id, "1.2", "", "Handover is expected in the spring.");
  MakeParagraph(*tx, budget_paper_.id, "3.1", "",
                "Officers from the southern district asked whether the police would keep a front counter at "
                "the old station once the new building opened, and were told this was still being reviewed.");
  SearchResults r = Find(*tx, Words({"southern", "police", "station"}));
  ASSERT_EQ(r.total, 3);
  EXPECT_FALSE(r.partial);
  ASSERT_EQ(r.hits.size(), 3u);
  EXPECT_EQ(r.hits[0].paper_id, station.id);
  EXPECT_EQ(r.hits[1].paper_id, station.id);
  EXPECT_EQ(r.hits[2].paper_id, budget_paper_.id);
  EXPECT_LT(r.hits[1].score, r.hits[2].score);
  EXPECT_EQ(r.hits[0].paper_title, "Southern Police Station update");
  // The title alone finds the paragraphs; an exclusion of a title word removes them.
  EXPECT_EQ(Find(*tx, Words({"handover", "station"})).hits.at(0).id, second.id.value);
  SearchQuery without = Words({"schedule"});
  without.none_of = {SearchTerm{"southern"}};
  EXPECT_EQ(Find(*tx, without).total, 0);
  EXPECT_EQ(Find(*tx, Words({"schedule"})).hits.at(0).id, first.id.value);
}

TEST_P(SearchContractTest, RenamingAPaperChangesWhatFindsItsParagraphs) {
  auto tx = Must(store_->Begin());
  Paragraph g = MakeParagraph(*tx, budget_paper_.id, "1", "", "Figures are attached.");
  EXPECT_EQ(Find(*tx, Words({"monitoring"})).total, 1);
  Paper p = budget_paper_;
  p.title = "Estates strategy";
  Must(tx->papers().UpdatePaper(p));
  EXPECT_EQ(Find(*tx, Words({"monitoring"})).total, 0);
  SearchResults r = Find(*tx, Words({"estates"}));
  ASSERT_EQ(r.total, 1);
  EXPECT_EQ(r.hits[0].id, g.id.value);
  EXPECT_EQ(r.hits[0].paper_title, "Estates strategy");
}

TEST_P(SearchContractTest, AVeryBroadSearchIsCutShortAndSaysSo) {
  auto tx = Must(store_->Begin());
  Paper jac = MakePaper(*tx, audit_.id, "Internal audit plan", true, false, D(2018, 3, 1));
  for (int i = 0; i < 3; ++i) MakeParagraph(*tx, jac.id, std::to_string(i), "", "quorum rules for audit");
  // More matches than a backend ranks (SQLite: SqliteSearchStore::kDefaultMaxRanked), few enough that the
  // narrowed searches below stay well inside the time budget even in a sanitizer build.
  constexpr int kBroad = sqlite::SqliteSearchStore::kDefaultMaxRanked + 50;
  for (int i = 0; i < kBroad; ++i) {
    MakeParagraph(*tx, budget_paper_.id, std::to_string(i), "", "quorum of members " + std::to_string(i));
  }
  SearchResults r = Find(*tx, Words({"quorum"}));
  EXPECT_TRUE(r.partial);
  EXPECT_EQ(r.hits.size(), 20u);
  EXPECT_GE(r.total, 20);
  EXPECT_LE(r.total, kBroad + 3);
  int64_t counted = 0;
  for (const FacetCount& f : r.kinds) counted += f.count;
  EXPECT_EQ(counted, r.total);  // the facets count what the total counts
  // A filter that narrows the search makes it exact again.
  SearchQuery narrow = Words({"quorum"});
  narrow.body = "JAC";
  SearchResults n = Find(*tx, narrow);
  EXPECT_FALSE(n.partial);
  EXPECT_EQ(n.total, 3);
  // So does a second word.
  SearchResults w = Find(*tx, Words({"quorum", "audit"}));
  EXPECT_FALSE(w.partial);
  EXPECT_EQ(w.total, 3);
}

const BackendFactory kSearchBackends[] = {
    {"sqlite", MakeSqliteBackend},
};

std::string SearchBackendName(const ::testing::TestParamInfo<BackendFactory>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchContractTest, ::testing::ValuesIn(kSearchBackends),
                         SearchBackendName);

// SQLite only: a search that finds more matches than it ranks, or spends its CPU budget, answers with what it
// found, marked partial.
TEST(SqliteSearchBudgetTest, ASearchPastItsCapOrBudgetAnswersPartially) {
  auto db = Must(sqlite::Connection::Open(":memory:", {}), "open");
  Must(sqlite::ApplyMigrations(*db, sqlite::EmbeddedMigrations()), "migrate");
  ASSERT_TRUE(
      db->ExecScript("INSERT INTO bodies (id, name) VALUES (1, 'Board');"
                     "INSERT INTO papers (id, body_id, title, classification, published, exempt, "
                     "key_decision, version_number) VALUES (1, 1, 'Plan', 'public', 1, 0, 0, 1);"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                     "INSERT INTO paragraphs (paper_id, text, position) SELECT 1, 'rota ' || i, i FROM n;",
                     "fill")
          .ok());
  SearchQuery q = Words({"rota"});
  sqlite::SqliteSearchStore unlimited(*db, std::chrono::seconds(60), 10000);
  SearchResults all = Must(unlimited.Search(q, Viewer::Public()), "search");
  EXPECT_FALSE(all.partial);
  EXPECT_EQ(all.total, 3000);
  // Exactly as many matches as are ranked is complete; one more is not.
  sqlite::SqliteSearchStore exact(*db, std::chrono::seconds(60), 3000);
  SearchResults whole = Must(exact.Search(q, Viewer::Public()), "search");
  EXPECT_FALSE(whole.partial);
  EXPECT_EQ(whole.total, 3000);
  sqlite::SqliteSearchStore capped(*db, std::chrono::seconds(60), 2999);
  SearchResults most = Must(capped.Search(q, Viewer::Public()), "search");
  EXPECT_TRUE(most.partial);
  EXPECT_EQ(most.total, 2999);
  sqlite::SqliteSearchStore spent(*db, std::chrono::microseconds(0), 10000);
  SearchResults cut = Must(spent.Search(q, Viewer::Public()), "search");
  EXPECT_TRUE(cut.partial);
  EXPECT_LT(cut.total, 3000);
  EXPECT_EQ(static_cast<int64_t>(cut.hits.size()), std::min<int64_t>(cut.total, 20));
}

}  // namespace
}  // namespace boardroom::store::testing
