// The contract of InspectionStore (store/inspection_store.h), for every backend: inspections one per paper,
// items in order with optimistic locking, the glossary's uniqueness and filters, visibility through the paper
// for every reading method, and inspection items in the search index, found, filtered, counted and hidden
// with their paper.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "backend.h"
#include "store/store.h"

namespace boardroom::store::testing {
namespace {

template <typename T>
T Must(Result<T> result, const char* what = "call") {
  if (!result.ok()) throw std::runtime_error(std::string(what) + " failed: " + result.error().message);
  return std::move(result).value();
}

void MustOk(const Status& status, const char* what = "call") {
  if (!status.ok()) throw std::runtime_error(std::string(what) + " failed: " + status.error().message);
}

Date D(int year, int month, int day) {
  return Date::FromYmd(year, month, day).value();
}

class InspectionContractTest : public ::testing::TestWithParam<BackendFactory> {
 protected:
  void SetUp() override {
    backend_ = GetParam().make();
    store_ = Must(backend_->Open(), "open");
    auto tx = Write();
    bcb_ = Must(tx->bodies().CreateBody({.name = "Business Coordination Board", .short_name = "BCB"}));
    jac_ = Must(tx->bodies().CreateBody({.name = "Audit Committee", .short_name = "JAC"}));
    published_ = MakePaper(*tx, bcb_.id, "Response to the poor relation", true);
    draft_ = MakePaper(*tx, bcb_.id, "Draft response to fraud", false);
    other_ = MakePaper(*tx, jac_.id, "Audit response", true);
    MustOk(tx->Commit());
  }

  std::unique_ptr<Transaction> Write() { return Must(store_->Begin(Access::kReadWrite), "begin"); }

  Paper MakePaper(Transaction& tx, BodyId body, std::string title, bool published) {
    Paper p;
    p.body_id = body;
    p.title = std::move(title);
    p.published = published;
    p.meeting_date = D(2019, 9, 18);
    return Must(tx.papers().CreatePaper(p), "create paper");
  }

  Inspection MakeInspection(Transaction& tx, PaperId paper, std::string title,
                            std::optional<Date> due = D(2019, 9, 10)) {
    Inspection n;
    n.paper_id = paper;
    n.title = std::move(title);
    n.inspectorate = "HMICFRS";
    n.published = D(2019, 7, 17);
    n.response_due = due;
    return Must(tx.inspections().CreateInspection(n), "create inspection");
  }

  InspectionItem MakeItem(Transaction& tx, InspectionId inspection, int64_t position, std::string text) {
    InspectionItem i;
    i.inspection_id = inspection;
    i.position = position;
    i.text = std::move(text);
    i.addressee = "chief constables";
    i.due = D(2020, 1, 17);
    i.response = "Agreed.";
    return Must(tx.inspections().CreateInspectionItem(i), "create item");
  }

  std::unique_ptr<StoreBackend> backend_;
  std::unique_ptr<Store> store_;
  Body bcb_, jac_;
  Paper published_, draft_, other_;
};

TEST_P(InspectionContractTest, InspectionIsStoredOncePerPaperAndVersioned) {
  auto tx = Write();
  Inspection n = MakeInspection(*tx, published_.id, "The poor relation");
  EXPECT_EQ(n.version, 1);
  EXPECT_EQ(n.body_id, bcb_.id);
  EXPECT_EQ(n.inspectorate, "HMICFRS");
  EXPECT_EQ(n.response_due, D(2019, 9, 10));
  auto again = tx->inspections().CreateInspection(n);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(again.error().field, "paper_id");
  Inspection untitled = n;
  untitled.paper_id = draft_.id;
  untitled.title = "";
  EXPECT_EQ(tx->inspections().CreateInspection(untitled).error().code, ErrorCode::kInvalidArgument);
  Inspection orphan = n;
  orphan.paper_id = PaperId{999999};
  EXPECT_EQ(tx->inspections().CreateInspection(orphan).error().code, ErrorCode::kInvalidArgument);

  n.title = "The poor relation: older people";
  Inspection updated = Must(tx->inspections().UpdateInspection(n));
  EXPECT_EQ(updated.version, 2);
  auto stale = tx->inspections().UpdateInspection(n);  // still version 1
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  Inspection missing = n;
  missing.id = InspectionId{999999};
  EXPECT_EQ(tx->inspections().UpdateInspection(missing).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Must(tx->inspections().GetInspection(n.id, Viewer::Public())).title,
            "The poor relation: older people");
  auto by_paper = Must(tx->inspections().FindInspectionByPaper(published_.id, Viewer::Public()));
  ASSERT_TRUE(by_paper.has_value());
  EXPECT_EQ(by_paper->id, n.id);
  EXPECT_FALSE(Must(tx->inspections().FindInspectionByPaper(other_.id, Viewer::Public())).has_value());
}

TEST_P(InspectionContractTest, ItemsAreListedInOrderAndVersioned) {
  auto tx = Write();
  Inspection n = MakeInspection(*tx, published_.id, "The poor relation");
  MakeItem(*tx, n.id, 2, "Second recommendation");
  InspectionItem first = MakeItem(*tx, n.id, 1, "First recommendation");
  InspectionItem area;
  area.inspection_id = n.id;
  area.position = 3;
  area.kind = InspectionItemKind::kAreaForImprovement;
  area.text = "Forces should improve referrals";
  area.urgent = true;
  area = Must(tx->inspections().CreateInspectionItem(area));
  EXPECT_FALSE(area.due.has_value());
  EXPECT_TRUE(area.urgent);
  EXPECT_EQ(area.status, InspectionItemStatus::kOpen);

  auto items = Must(tx->inspections().ListInspectionItems(n.id, Viewer::Public()));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].text, "First recommendation");
  EXPECT_EQ(items[0].addressee, "chief constables");
  EXPECT_EQ(items[0].due, D(2020, 1, 17));
  EXPECT_EQ(items[0].response, "Agreed.");
  EXPECT_EQ(items[2].kind, InspectionItemKind::kAreaForImprovement);

  first.status = InspectionItemStatus::kComplete;
  first.response = "Done in October.";
  InspectionItem updated = Must(tx->inspections().UpdateInspectionItem(first));
  EXPECT_EQ(updated.version, 2);
  EXPECT_EQ(updated.status, InspectionItemStatus::kComplete);
  EXPECT_EQ(tx->inspections().UpdateInspectionItem(first).error().code, ErrorCode::kConflict);

  InspectionItem empty = first;
  empty.text = "";
  EXPECT_EQ(tx->inspections().CreateInspectionItem(empty).error().code, ErrorCode::kInvalidArgument);
  InspectionItem orphan = first;
  orphan.inspection_id = InspectionId{999999};
  EXPECT_EQ(tx->inspections().CreateInspectionItem(orphan).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Must(tx->inspections().ListInspectionItems(n.id, Viewer::Public())).size(), 3u);
}

TEST_P(InspectionContractTest, AnUnpublishedPapersInspectionItemsAndAcronymsAreHidden) {
  auto tx = Write();
  Inspection visible = MakeInspection(*tx, published_.id, "The poor relation");
  Inspection hidden = MakeInspection(*tx, draft_.id, "Fraud: Time to Choose", D(2019, 5, 27));
  InspectionItem secret = MakeItem(*tx, hidden.id, 1, "Chief constables should publish a fraud plan");
  Must(tx->inspections().CreateAcronym(
      {.body_id = bcb_.id, .short_form = "ECU", .long_form = "Economic Crime Unit", .paper_id = draft_.id}));
  Must(tx->inspections().CreateAcronym({.body_id = bcb_.id,
                                        .short_form = "OPCC",
                                        .long_form = "Office of the Police and Crime Commissioner",
                                        .paper_id = published_.id}));
  MustOk(tx->Commit());

  auto read = Must(store_->Begin(Access::kReadOnly));
  EXPECT_EQ(read->inspections().GetInspection(hidden.id, Viewer::Public()).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(read->inspections().GetInspectionItem(secret.id, Viewer::Public()).error().code,
            ErrorCode::kNotFound);
  EXPECT_TRUE(Must(read->inspections().ListInspectionItems(hidden.id, Viewer::Public())).empty());
  EXPECT_FALSE(Must(read->inspections().FindInspectionByPaper(draft_.id, Viewer::Public())).has_value());
  auto listed = Must(read->inspections().ListInspections({}, Viewer::Public(), {}));
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].id, visible.id);
  auto acronyms = Must(read->inspections().ListAcronyms({}, Viewer::Public(), {}));
  ASSERT_EQ(acronyms.size(), 1u);
  EXPECT_EQ(acronyms[0].short_form, "OPCC");

  // Those who may see the body's unpublished material see it all, ordered by response deadline.
  Viewer author{.unpublished_bodies = {bcb_.id}};
  auto all = Must(read->inspections().ListInspections({}, author, {}));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, hidden.id);  // due 27 May, before 10 September
  EXPECT_EQ(Must(read->inspections().GetInspectionItem(secret.id, author)).text, secret.text);
  EXPECT_EQ(Must(read->inspections().ListAcronyms({}, author, {})).size(), 2u);
  EXPECT_EQ(Must(read->inspections().ListInspections({.body_id = jac_.id}, author, {})).size(), 0u);

  // Search: the draft's item is found only by those who may see the draft.
  SearchQuery q;
  q.all_of = {{SearchTerm{"fraud", false}}, {SearchTerm{"plan", false}}};
  EXPECT_EQ(Must(read->search().Search(q, Viewer::Public())).total, 0);
  SearchResults seen = Must(read->search().Search(q, author));
  ASSERT_EQ(seen.total, 1);
  EXPECT_EQ(seen.hits[0].kind, SearchKind::kInspection);
}

TEST_P(InspectionContractTest, GlossaryIsUniquePerBodyAndFiltered) {
  auto tx = Write();
  Acronym opcc{.body_id = bcb_.id,
               .short_form = "OPCC",
               .long_form = "Office of the Police and Crime Commissioner",
               .paper_id = published_.id};
  Acronym stored = Must(tx->inspections().CreateAcronym(opcc));
  EXPECT_GT(stored.id.value, 0);
  auto clash = tx->inspections().CreateAcronym(opcc);
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().code, ErrorCode::kAlreadyExists);
  Acronym elsewhere = opcc;
  elsewhere.body_id = jac_.id;
  elsewhere.paper_id = other_.id;
  Must(tx->inspections().CreateAcronym(elsewhere));  // another body's glossary
  Must(tx->inspections().CreateAcronym({.body_id = bcb_.id,
                                        .short_form = "MASH",
                                        .long_form = "Multi Agency Safeguarding Hub",
                                        .paper_id = published_.id}));
  Acronym empty = opcc;
  empty.long_form = "";
  EXPECT_EQ(tx->inspections().CreateAcronym(empty).error().code, ErrorCode::kInvalidArgument);
  Acronym nobody = opcc;
  nobody.body_id = BodyId{999999};
  EXPECT_EQ(tx->inspections().CreateAcronym(nobody).error().code, ErrorCode::kInvalidArgument);

  auto all = Must(tx->inspections().ListAcronyms({}, Viewer::Public(), {}));
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].short_form, "MASH");
  EXPECT_EQ(Must(tx->inspections().ListAcronyms({.body_id = bcb_.id}, Viewer::Public(), {})).size(), 2u);
  auto contains = Must(tx->inspections().ListAcronyms({.contains = "safeguard"}, Viewer::Public(), {}));
  ASSERT_EQ(contains.size(), 1u);
  EXPECT_EQ(contains[0].short_form, "MASH");
  // For a search: the short form as a word of the query, any case; or the long form in the query.
  auto by_word = Must(
      tx->inspections().ListAcronyms({.body_id = bcb_.id, .for_query = "opcc budget"}, Viewer::Public(), {}));
  ASSERT_EQ(by_word.size(), 1u);
  EXPECT_EQ(by_word[0].long_form, "Office of the Police and Crime Commissioner");
  auto by_long = Must(tx->inspections().ListAcronyms(
      {.body_id = bcb_.id, .for_query = "the office of the police and crime commissioner"}, Viewer::Public(),
      {}));
  ASSERT_EQ(by_long.size(), 1u);
  EXPECT_EQ(by_long[0].short_form, "OPCC");
  EXPECT_TRUE(Must(tx->inspections().ListAcronyms({.for_query = "opc"}, Viewer::Public(), {})).empty());
  // Part of a long form explains it only when it is more than one word: "police" alone names no acronym.
  EXPECT_TRUE(Must(tx->inspections().ListAcronyms({.for_query = "police"}, Viewer::Public(), {})).empty());
  auto part = Must(tx->inspections().ListAcronyms({.for_query = "Police and Crime"}, Viewer::Public(), {}));
  ASSERT_EQ(part.size(), 2u);  // both bodies' OPCC
  EXPECT_EQ(part[0].short_form, "OPCC");
  EXPECT_TRUE(
      Must(tx->inspections().ListAcronyms({.for_query = "\"'); DROP"}, Viewer::Public(), {})).empty());
  EXPECT_EQ(tx->inspections().ListAcronyms({}, Viewer::Public(), {.limit = 0}).error().code,
            ErrorCode::kInvalidArgument);
}

TEST_P(InspectionContractTest, ItemsAreSearchableFilteredCountedAndFollowTheirPaper) {
  auto tx = Write();
  Inspection n = MakeInspection(*tx, published_.id, "The poor relation");
  InspectionItem item =
      MakeItem(*tx, n.id, 4, "Chief constables should review safeguarding of older victims");
  Recommendation r;
  r.paper_id = published_.id;
  r.text = "The Board notes the safeguarding review.";
  Must(tx->papers().CreateRecommendation(r));
  MustOk(tx->Commit());

  auto read = Must(store_->Begin(Access::kReadOnly));
  SearchQuery q;
  q.all_of = {{SearchTerm{"safeguarding", false}}};
  SearchResults all = Must(read->search().Search(q, Viewer::Public()));
  ASSERT_EQ(all.total, 2);
  bool counted = false;
  for (const FacetCount& f : all.kinds) counted = counted || (f.value == "inspection" && f.count == 1);
  EXPECT_TRUE(counted);
  q.kind = SearchKind::kInspection;
  SearchResults only = Must(read->search().Search(q, Viewer::Public()));
  ASSERT_EQ(only.total, 1);
  const SearchHit& hit = only.hits[0];
  EXPECT_EQ(hit.id, item.id.value);
  EXPECT_EQ(hit.paper_id, published_.id);
  EXPECT_EQ(hit.inspection_id, n.id.value);
  EXPECT_EQ(hit.paper_title, "Response to the poor relation");
  EXPECT_EQ(hit.number, "4");
  EXPECT_EQ(hit.owner, "chief constables");
  EXPECT_EQ(hit.status, "open");
  EXPECT_EQ(hit.body_short_name, "BCB");
  EXPECT_EQ(hit.date, D(2019, 9, 18));
  // The response is searched too.
  SearchQuery response;
  response.all_of = {{SearchTerm{"agreed", false}}};
  EXPECT_EQ(Must(read->search().Search(response, Viewer::Public())).total, 1);
  read.reset();

  // Changing the item, or withdrawing its paper, changes what search finds at once.
  auto write = Write();
  item.text = "Chief constables should review the estate";
  Must(write->inspections().UpdateInspectionItem(item));
  Paper paper = Must(write->papers().GetPaper(published_.id, Viewer::Everything()));
  paper.title = "Renamed response";
  paper = Must(write->papers().UpdatePaper(paper));
  SearchQuery estate;
  estate.all_of = {{SearchTerm{"estate", false}}};
  SearchResults renamed = Must(write->search().Search(estate, Viewer::Public()));
  ASSERT_EQ(renamed.total, 1);
  EXPECT_EQ(renamed.hits[0].paper_title, "Renamed response");
  EXPECT_EQ(Must(write->search().Search(q, Viewer::Public())).total, 0);
  paper.published = false;
  Must(write->papers().UpdatePaper(paper));
  EXPECT_EQ(Must(write->search().Search(estate, Viewer::Public())).total, 0);
  EXPECT_EQ(Must(write->search().Search(estate, Viewer::Everything())).total, 1);
}

const BackendFactory kInspectionBackends[] = {
    {"sqlite", MakeSqliteBackend},
};

std::string BackendName(const ::testing::TestParamInfo<BackendFactory>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Backends, InspectionContractTest, ::testing::ValuesIn(kInspectionBackends),
                         BackendName);

}  // namespace
}  // namespace boardroom::store::testing
