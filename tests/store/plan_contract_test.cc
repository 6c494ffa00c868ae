// The contract of PlanStore (store/plan_store.h), for every backend: plans, themes and objectives with
// optimistic locking, slugs unique within a plan, tags on every kind of record, and what a theme gathers
// filtered by the viewer exactly as the records' own reading methods filter them.
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

class PlanContractTest : public ::testing::TestWithParam<BackendFactory> {
 protected:
  void SetUp() override {
    backend_ = GetParam().make();
    store_ = Must(backend_->Open(), "open");
    auto tx = Write();
    board_ = Must(tx->bodies().CreateBody({.name = "Police and Crime Board", .short_name = "PCB"}));
    other_ = Must(tx->bodies().CreateBody({.name = "Audit Committee", .short_name = "JAC"}));
    plan_ = Must(tx->plans().CreatePlan({.body_id = board_.id,
                                         .title = "Police and Crime Plan",
                                         .period_from = D(2021, 4, 1),
                                         .period_until = D(2025, 3, 31)}));
    victims_ = Must(tx->plans().CreateTheme(
        {.plan_id = plan_.id, .title = "Supporting victims", .slug = "victims", .position = 2}));
    roads_ = Must(tx->plans().CreateTheme(
        {.plan_id = plan_.id, .title = "Safer roads", .slug = "roads", .position = 1}));
    MustOk(tx->Commit());
  }

  std::unique_ptr<Transaction> Write() { return Must(store_->Begin(Access::kReadWrite), "begin"); }

  Paper MakePaper(Transaction& tx, std::string title, bool published,
                  Classification classification = Classification::kOfficial) {
    Paper p;
    p.body_id = board_.id;
    p.title = std::move(title);
    p.published = published;
    p.classification = classification;
    return Must(tx.papers().CreatePaper(p), "create paper");
  }

  std::unique_ptr<StoreBackend> backend_;
  std::unique_ptr<Store> store_;
  Body board_, other_;
  Plan plan_;
  Theme victims_, roads_;
};

TEST_P(PlanContractTest, PlansAreStoredListedAndUpdatedWithVersions) {
  auto tx = Write();
  Plan older = Must(tx->plans().CreatePlan({.body_id = board_.id,
                                            .title = "Old plan",
                                            .period_from = D(2017, 4, 1),
                                            .period_until = D(2021, 3, 31)}));
  Plan elsewhere = Must(tx->plans().CreatePlan({.body_id = other_.id,
                                                .title = "Audit plan",
                                                .period_from = D(2024, 1, 1),
                                                .period_until = D(2024, 12, 31)}));
  EXPECT_EQ(older.version, 1);
  auto mine = Must(tx->plans().ListPlans(board_.id, {}));
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].id, plan_.id);  // newest period first
  EXPECT_EQ(mine[1].id, older.id);
  EXPECT_EQ(Must(tx->plans().ListPlans(std::nullopt, {})).size(), 3u);
  EXPECT_EQ(Must(tx->plans().ListPlans(std::nullopt, {.limit = 1, .offset = 2}))[0].id, older.id);
  EXPECT_EQ(tx->plans().ListPlans(std::nullopt, {.limit = 0}).error().code, ErrorCode::kInvalidArgument);

  Plan edited = older;
  edited.title = "Previous plan";
  Plan updated = Must(tx->plans().UpdatePlan(edited));
  EXPECT_EQ(updated.version, 2);
  EXPECT_EQ(Must(tx->plans().GetPlan(older.id)).title, "Previous plan");
  EXPECT_EQ(tx->plans().UpdatePlan(edited).error().code, ErrorCode::kConflict);  // version 1 is stale
  Plan missing = edited;
  missing.id = PlanId{9999};
  EXPECT_EQ(tx->plans().UpdatePlan(missing).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(tx->plans().GetPlan(PlanId{9999}).error().code, ErrorCode::kNotFound);
  // The schema refuses a period that ends before it starts, and a body that does not exist.
  EXPECT_EQ(tx->plans()
                .CreatePlan({.body_id = board_.id,
                             .title = "Backwards",
                             .period_from = D(2025, 1, 1),
                             .period_until = D(2024, 1, 1)})
                .error()
                .code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(tx->plans()
                .CreatePlan({.body_id = BodyId{9999},
                             .title = "Nobody's",
                             .period_from = D(2025, 1, 1),
                             .period_until = D(2026, 1, 1)})
                .error()
                .code,
            ErrorCode::kInvalidArgument);
  (void)elsewhere;
}

TEST_P(PlanContractTest, ThemesAreOrderedAndTheirSlugsUniqueWithinAPlan) {
  auto tx = Write();
  auto themes = Must(tx->plans().ListThemes(plan_.id));
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes[0].slug, "roads");  // position 1
  EXPECT_EQ(themes[1].slug, "victims");
  Result<Theme> clash =
      tx->plans().CreateTheme({.plan_id = plan_.id, .title = "Victims again", .slug = "victims"});
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(clash.error().field, "slug");
  // Another plan may use the same slug.
  Plan other_plan = Must(tx->plans().CreatePlan({.body_id = other_.id,
                                                 .title = "Audit plan",
                                                 .period_from = D(2024, 1, 1),
                                                 .period_until = D(2024, 12, 31)}));
  Theme theirs =
      Must(tx->plans().CreateTheme({.plan_id = other_plan.id, .title = "Victims' money", .slug = "victims"}));
  // Found by slug (any case) or by words of the title.
  auto by_slug = Must(tx->plans().FindThemes("VICTIMS"));
  ASSERT_EQ(by_slug.size(), 2u);
  EXPECT_EQ(by_slug[0].id, victims_.id);
  EXPECT_EQ(by_slug[1].id, theirs.id);
  auto by_title = Must(tx->plans().FindThemes("safer"));
  ASSERT_EQ(by_title.size(), 1u);
  EXPECT_EQ(by_title[0].id, roads_.id);
  EXPECT_TRUE(Must(tx->plans().FindThemes("housing")).empty());

  Theme edited = roads_;
  edited.slug = "victims";
  EXPECT_EQ(tx->plans().UpdateTheme(edited).error().field, "slug");
  edited.slug = "roads";
  edited.description = "Fewer people killed or seriously injured.";
  EXPECT_EQ(Must(tx->plans().UpdateTheme(edited)).version, 2);
  EXPECT_EQ(tx->plans().UpdateTheme(edited).error().code, ErrorCode::kConflict);
}

TEST_P(PlanContractTest, ObjectivesBelongToAThemeInOrder) {
  auto tx = Write();
  Objective second =
      Must(tx->plans().CreateObjective({.theme_id = victims_.id, .text = "Second", .position = 2}));
  Objective first =
      Must(tx->plans().CreateObjective({.theme_id = victims_.id, .text = "First", .position = 1}));
  auto objectives = Must(tx->plans().ListObjectives(victims_.id));
  ASSERT_EQ(objectives.size(), 2u);
  EXPECT_EQ(objectives[0].id, first.id);
  EXPECT_EQ(objectives[1].id, second.id);
  EXPECT_TRUE(Must(tx->plans().ListObjectives(roads_.id)).empty());
  Objective edited = second;
  edited.text = "Second, reworded";
  EXPECT_EQ(Must(tx->plans().UpdateObjective(edited)).text, "Second, reworded");
  EXPECT_EQ(tx->plans().UpdateObjective(edited).error().code, ErrorCode::kConflict);
  EXPECT_EQ(tx->plans().CreateObjective({.theme_id = ThemeId{9999}, .text = "Orphan"}).error().code,
            ErrorCode::kInvalidArgument);
}

TEST_P(PlanContractTest, TagsNeedARealThemeAndRecordAndComeOffAgain) {
  auto tx = Write();
  Paper paper = MakePaper(*tx, "Victims' services", true);
  ASSERT_TRUE(tx->plans().Tag({victims_.id, TaggedKind::kPaper, paper.id.value}).ok());
  Status again = tx->plans().Tag({victims_.id, TaggedKind::kPaper, paper.id.value});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  Status no_record = tx->plans().Tag({victims_.id, TaggedKind::kAction, 9999});
  ASSERT_FALSE(no_record.ok());
  EXPECT_EQ(no_record.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(no_record.error().field, "record_id");
  Status no_theme = tx->plans().Tag({ThemeId{9999}, TaggedKind::kPaper, paper.id.value});
  ASSERT_FALSE(no_theme.ok());
  EXPECT_EQ(no_theme.error().field, "theme_id");
  // A paper id is not an action id: the kind matters.
  EXPECT_FALSE(tx->plans().Tag({victims_.id, TaggedKind::kRecommendation, paper.id.value}).ok());

  ASSERT_TRUE(tx->plans().Tag({roads_.id, TaggedKind::kPaper, paper.id.value}).ok());
  auto themes = Must(tx->plans().ListThemesOf(TaggedKind::kPaper, paper.id.value));
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes[0].id, roads_.id);
  ASSERT_TRUE(tx->plans().Untag({roads_.id, TaggedKind::kPaper, paper.id.value}).ok());
  EXPECT_EQ(Must(tx->plans().ListThemesOf(TaggedKind::kPaper, paper.id.value)).size(), 1u);
  Status not_tagged = tx->plans().Untag({roads_.id, TaggedKind::kPaper, paper.id.value});
  ASSERT_FALSE(not_tagged.ok());
  EXPECT_EQ(not_tagged.error().code, ErrorCode::kNotFound);
}

TEST_P(PlanContractTest, ATagGoesWithItsAgendaItem) {
  auto tx = Write();
  Meeting meeting = Must(tx->meetings().CreateMeeting({.body_id = board_.id, .date = D(2024, 5, 1)}));
  AgendaItem item = Must(tx->meetings().CreateAgendaItem(
      {.meeting_id = meeting.id, .number = "4", .position = 4, .title = "Victims' code"}));
  ASSERT_TRUE(tx->plans().Tag({victims_.id, TaggedKind::kAgendaItem, item.id.value}).ok());
  EXPECT_EQ(Must(tx->plans().ListTagged(victims_.id, Viewer::Everything())).agenda_items.size(), 1u);
  MustOk(tx->meetings().DeleteAgendaItem(item.id, item.version));
  EXPECT_TRUE(Must(tx->plans().ListThemesOf(TaggedKind::kAgendaItem, item.id.value)).empty());
  EXPECT_TRUE(Must(tx->plans().ListTagged(victims_.id, Viewer::Everything())).agenda_items.empty());
}

TEST_P(PlanContractTest, WhatAThemeGathersIsWhatTheViewerMaySee) {
  auto tx = Write();
  Paper published = MakePaper(*tx, "Published report", true);
  Paper draft = MakePaper(*tx, "Draft report", false);
  Paper sensitive = MakePaper(*tx, "Sensitive report", true, Classification::kOfficialSensitive);
  Recommendation public_rec =
      Must(tx->papers().CreateRecommendation({.paper_id = published.id, .text = "Agree"}));
  Recommendation draft_rec =
      Must(tx->papers().CreateRecommendation({.paper_id = draft.id, .text = "Secret"}));
  Meeting meeting = Must(tx->meetings().CreateMeeting({.body_id = board_.id, .date = D(2024, 5, 1)}));
  AgendaItem open_item = Must(tx->meetings().CreateAgendaItem({.meeting_id = meeting.id,
                                                               .number = "1",
                                                               .position = 1,
                                                               .title = "Draft item",
                                                               .kind = AgendaItemKind::kPaper,
                                                               .paper_id = draft.id}));
  AgendaItem exempt_item = Must(tx->meetings().CreateAgendaItem({.meeting_id = meeting.id,
                                                                 .number = "2",
                                                                 .position = 2,
                                                                 .title = "Exempt item",
                                                                 .kind = AgendaItemKind::kExempt,
                                                                 .exemption_paragraph = "3"}));
  Action late = Must(tx->actions().CreateAction(
      {.body_id = board_.id, .number = "1", .text = "Late", .owner = "Chief", .target_date = D(2024, 6, 1)}));
  Action undated = Must(
      tx->actions().CreateAction({.body_id = board_.id, .number = "2", .text = "Undated", .owner = "Chief"}));
  for (const Paper& p : {published, draft, sensitive})
    MustOk(tx->plans().Tag({victims_.id, TaggedKind::kPaper, p.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kRecommendation, public_rec.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kRecommendation, draft_rec.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kAgendaItem, open_item.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kAgendaItem, exempt_item.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kAction, undated.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kAction, late.id.value}));

  ThemeRecords all = Must(tx->plans().ListTagged(victims_.id, Viewer::Everything()));
  EXPECT_EQ(all.papers.size(), 3u);
  EXPECT_EQ(all.recommendations.size(), 2u);
  EXPECT_EQ(all.agenda_items.size(), 2u);
  ASSERT_EQ(all.actions.size(), 2u);
  EXPECT_EQ(all.actions[0].id, late.id);  // dated first
  EXPECT_EQ(all.actions[1].id, undated.id);

  ThemeRecords pub = Must(tx->plans().ListTagged(victims_.id, Viewer::Public()));
  ASSERT_EQ(pub.papers.size(), 1u);
  EXPECT_EQ(pub.papers[0].id, published.id);
  ASSERT_EQ(pub.recommendations.size(), 1u);
  EXPECT_EQ(pub.recommendations[0].id, public_rec.id);
  ASSERT_EQ(pub.agenda_items.size(), 1u);  // not the exempt one
  EXPECT_EQ(pub.agenda_items[0].id, open_item.id);
  EXPECT_FALSE(pub.agenda_items[0].paper_id.has_value());  // its draft paper is hidden
  EXPECT_EQ(pub.actions.size(), 2u);                       // actions are public

  // A member of the board sees its sensitive material but not its drafts.
  ThemeRecords member = Must(tx->plans().ListTagged(victims_.id, {.sensitive_bodies = {board_.id}}));
  EXPECT_EQ(member.papers.size(), 2u);
  EXPECT_EQ(member.agenda_items.size(), 2u);
  // A member of another body sees no more than the public.
  ThemeRecords outsider = Must(tx->plans().ListTagged(victims_.id, {.sensitive_bodies = {other_.id}}));
  EXPECT_EQ(outsider.papers.size(), 1u);
  EXPECT_EQ(tx->plans().ListTagged(ThemeId{9999}, Viewer::Public()).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(Must(tx->plans().ListTagged(roads_.id, Viewer::Everything())).papers.empty());
}

TEST_P(PlanContractTest, SearchKeepsToWhatIsTaggedWithTheNamedTheme) {
  auto tx = Write();
  Paper tagged = MakePaper(*tx, "Victims' services", true);
  Paper untagged = MakePaper(*tx, "Roads policing", true);
  Paper draft = MakePaper(*tx, "Draft victims strategy", false);
  for (const Paper& p : {tagged, untagged, draft}) {
    Paragraph g;
    g.paper_id = p.id;
    g.text = "The zebrafund pays for support.";
    Must(tx->papers().CreateParagraph(g));
  }
  Recommendation rec =
      Must(tx->papers().CreateRecommendation({.paper_id = untagged.id, .text = "Agree the zebrafund"}));
  Action action = Must(tx->actions().CreateAction(
      {.body_id = board_.id, .number = "1", .text = "Report on the zebrafund", .owner = "Chief"}));
  Must(tx->actions().CreateAction(
      {.body_id = board_.id, .number = "2", .text = "Zebrafund audit", .owner = "Chief"}));
  Meeting meeting = Must(tx->meetings().CreateMeeting({.body_id = board_.id, .date = D(2024, 5, 1)}));
  Paper carried = MakePaper(*tx, "Carried paper", true);
  Paragraph g;
  g.paper_id = carried.id;
  g.text = "More zebrafund.";
  Must(tx->papers().CreateParagraph(g));
  AgendaItem item = Must(tx->meetings().CreateAgendaItem({.meeting_id = meeting.id,
                                                          .number = "3",
                                                          .position = 3,
                                                          .title = "Carried",
                                                          .kind = AgendaItemKind::kPaper,
                                                          .paper_id = carried.id}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kPaper, tagged.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kPaper, draft.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kRecommendation, rec.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kAction, action.id.value}));
  MustOk(tx->plans().Tag({victims_.id, TaggedKind::kAgendaItem, item.id.value}));

  SearchQuery all;
  all.all_of = {{SearchTerm{"zebrafund"}}};
  EXPECT_EQ(Must(tx->search().Search(all, Viewer::Public())).total, 6);  // 3 paragraphs, 1 rec., 2 actions
  SearchQuery q = all;
  q.theme = "victims";  // by slug
  SearchResults themed = Must(tx->search().Search(q, Viewer::Public()));
  for (const SearchHit& hit : themed.hits) {
    if (hit.paper_id) {
      EXPECT_NE(*hit.paper_id, draft.id);  // still only what the viewer may see
      if (hit.kind == SearchKind::kParagraph) {
        EXPECT_TRUE(*hit.paper_id == tagged.id || *hit.paper_id == carried.id);
      }
    }
    if (hit.action_id) {
      EXPECT_EQ(*hit.action_id, action.id);
    }
  }
  EXPECT_EQ(themed.total, 4)
      << "the tagged paper's and carried paper's paragraphs, the recommendation, the action";
  EXPECT_EQ(Must(tx->search().Search(q, Viewer::Everything())).total, 5);  // and the draft's paragraph
  q.theme = "Supporting";                                                  // by words of the title
  EXPECT_EQ(Must(tx->search().Search(q, Viewer::Public())).total, 4);
  q.theme = "roads";  // a theme with nothing tagged
  EXPECT_EQ(Must(tx->search().Search(q, Viewer::Public())).total, 0);
  q.theme = "housing";
  Result<SearchResults> unknown = tx->search().Search(q, Viewer::Public());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(unknown.error().field, "q");
  EXPECT_NE(unknown.error().message.find("theme:roads"), std::string::npos) << unknown.error().message;
}

const BackendFactory kPlanBackends[] = {
    {"sqlite", MakeSqliteBackend},
};

std::string BackendName(const ::testing::TestParamInfo<BackendFactory>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Backends, PlanContractTest, ::testing::ValuesIn(kPlanBackends), BackendName);

}  // namespace
}  // namespace boardroom::store::testing
