#include "governance/plans.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "governance/demo.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::governance {
namespace {

using store::AccountRole;

Date D(int y, int m, int d) {
  return Date::FromYmd(y, m, d).value();
}

Caller MakeCaller(int64_t id, std::string email, AccountRole role, std::optional<store::BodyId> body) {
  Caller c;
  c.user.id = store::UserId{id};
  c.user.email = std::move(email);
  c.grants.push_back({{}, c.user.id, body, role, 0});
  return c;
}

// A store in a temporary file with two bodies and a plan of the first, as of 18 September 2019. Every command
// runs in its own transaction, committed whether or not it succeeded, so a failing command that wrote
// anything would show in the audit count.
class PlansTest : public ::testing::Test {
 protected:
  PlansTest() : clock_(D(2019, 9, 18).days() * 86400 + 12 * 3600) {}

  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "governance-plans-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    store_ = std::move(store::OpenSqliteStore((std::filesystem::path(dir_) / "b.db").string())).value();
    auto tx = std::move(store_->Begin()).value();
    board_ = tx->bodies().CreateBody({.name = "Police and Crime Board", .short_name = "PCB"}).value();
    other_ = tx->bodies().CreateBody({.name = "Audit Committee"}).value();
    ASSERT_TRUE(tx->Commit().ok());
    admin_ = MakeCaller(1, "admin@example.org", AccountRole::kAdmin, std::nullopt);
    clerk_ = MakeCaller(2, "clerk@example.org", AccountRole::kClerk, board_.id);
    author_ = MakeCaller(3, "author@example.org", AccountRole::kAuthor, board_.id);
    other_clerk_ = MakeCaller(4, "other@example.org", AccountRole::kClerk, other_.id);
    plan_ = Run(clerk_, [&](auto& ctx) {
              return CreatePlan(ctx,
                                PlanInput{board_.id, "Police and Crime Plan", D(2021, 4, 1), D(2025, 3, 31)});
            }).value();
  }

  void TearDown() override {
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  template <typename F>
  auto Run(const Caller& caller, F f) -> decltype(f(std::declval<CommandContext&>())) {
    auto tx = std::move(store_->Begin()).value();
    CommandContext ctx{*tx, caller, clock_};
    auto result = f(ctx);
    EXPECT_TRUE(tx->Commit().ok());
    return result;
  }

  std::vector<store::AuditEvent> Trail() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return std::move(tx->audit().ListAuditTrail({.limit = 1000})).value();
  }

  std::filesystem::path dir_;
  FixedClock clock_;
  std::shared_ptr<store::Store> store_;
  store::Body board_, other_;
  store::Plan plan_;
  Caller admin_, clerk_, author_, other_clerk_;
};

TEST_F(PlansTest, TheClerkOrAnAdministratorWritesPlansWithOneAuditEventEach) {
  ASSERT_EQ(Trail().size(), 1u);
  EXPECT_EQ(Trail()[0].record_kind, "plan");
  EXPECT_EQ(Trail()[0].action, "create");
  auto by_author = Run(author_, [&](auto& ctx) {
    return CreatePlan(ctx, PlanInput{board_.id, "Author's plan", D(2021, 1, 1), D(2022, 1, 1)});
  });
  ASSERT_FALSE(by_author.ok());
  EXPECT_EQ(by_author.error().code, ErrorCode::kPermissionDenied);
  auto by_other = Run(other_clerk_, [&](auto& ctx) {
    return UpdatePlan(ctx, plan_.id, 1, PlanInput{board_.id, "Taken", D(2021, 4, 1), D(2025, 3, 31)});
  });
  EXPECT_EQ(by_other.error().code, ErrorCode::kPermissionDenied);
  auto by_admin = Run(admin_, [&](auto& ctx) {
    return UpdatePlan(ctx, plan_.id, 1,
                      PlanInput{board_.id, "Police, Crime and Justice Plan", D(2021, 4, 1), D(2025, 3, 31)});
  });
  ASSERT_TRUE(by_admin.ok());
  EXPECT_EQ(by_admin->version, 2);
  ASSERT_EQ(Trail().size(), 2u);
  EXPECT_NE(Trail()[1].before_json.find("Police and Crime Plan"), std::string::npos);
  EXPECT_NE(Trail()[1].after_json.find("Justice"), std::string::npos);
}

TEST_F(PlansTest, BadPlanInputNamesItsFieldAndWritesNothing) {
  auto empty = Run(clerk_, [&](auto& ctx) {
    return CreatePlan(ctx, PlanInput{board_.id, "  ", D(2021, 1, 1), D(2022, 1, 1)});
  });
  EXPECT_EQ(empty.error().field, "title");
  auto backwards = Run(clerk_, [&](auto& ctx) {
    return CreatePlan(ctx, PlanInput{board_.id, "Plan", D(2022, 1, 1), D(2021, 1, 1)});
  });
  EXPECT_EQ(backwards.error().field, "period_until");
  auto nobody = Run(admin_, [&](auto& ctx) {
    return CreatePlan(ctx, PlanInput{store::BodyId{999}, "Plan", D(2021, 1, 1), D(2022, 1, 1)});
  });
  EXPECT_EQ(nobody.error().field, "body_id");
  auto moved = Run(admin_, [&](auto& ctx) {
    return UpdatePlan(ctx, plan_.id, 1, PlanInput{other_.id, "Plan", D(2021, 1, 1), D(2022, 1, 1)});
  });
  EXPECT_EQ(moved.error().field, "body_id");
  auto stale = Run(clerk_, [&](auto& ctx) {
    return UpdatePlan(ctx, plan_.id, 7, PlanInput{board_.id, "Plan", D(2021, 1, 1), D(2022, 1, 1)});
  });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_NE(stale.error().message.find("you edited version 7; it is now version 1"), std::string::npos);
  EXPECT_EQ(Trail().size(), 1u);
}

TEST_F(PlansTest, ThemesGetSlugsAndPlacesAndRefuseClashes) {
  auto victims = Run(clerk_, [&](auto& ctx) {
    return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = "Supporting victims & witnesses"});
  });
  ASSERT_TRUE(victims.ok()) << victims.error().message;
  EXPECT_EQ(victims->slug, "supporting-victims-witnesses");
  EXPECT_EQ(victims->position, 1);
  auto roads = Run(clerk_, [&](auto& ctx) {
    return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = "Safer roads", .slug = "roads"});
  });
  ASSERT_TRUE(roads.ok());
  EXPECT_EQ(roads->position, 2);
  auto clash = Run(clerk_, [&](auto& ctx) {
    return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = "Roads again", .slug = "roads"});
  });
  EXPECT_EQ(clash.error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(clash.error().field, "slug");
  for (const char* bad :
       {"Roads", "safer roads", "-roads", "a-very-long-slug-that-goes-on-and-on-and-on-forever"}) {
    auto refused = Run(clerk_, [&](auto& ctx) {
      return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = "T", .slug = bad});
    });
    EXPECT_EQ(refused.error().field, "slug") << bad;
  }
  auto no_title =
      Run(clerk_, [&](auto& ctx) { return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = ""}); });
  EXPECT_EQ(no_title.error().field, "title");
  auto no_plan = Run(clerk_, [&](auto& ctx) {
    return CreateTheme(ctx, ThemeInput{.plan_id = store::PlanId{99}, .title = "T"});
  });
  EXPECT_EQ(no_plan.error().field, "plan_id");
  auto outsider = Run(other_clerk_, [&](auto& ctx) {
    return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = "T"});
  });
  EXPECT_EQ(outsider.error().code, ErrorCode::kPermissionDenied);
  auto edited = Run(clerk_, [&](auto& ctx) {
    return UpdateTheme(
        ctx, roads->id, 1,
        ThemeInput{
            .plan_id = plan_.id, .title = "Safer roads", .slug = "roads", .description = "Fewer casualties"});
  });
  ASSERT_TRUE(edited.ok());
  EXPECT_EQ(edited->position, 2);  // kept
  auto stale = Run(clerk_, [&](auto& ctx) {
    return UpdateTheme(ctx, roads->id, 1, ThemeInput{.plan_id = plan_.id, .title = "X", .slug = "roads"});
  });
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Trail().size(), 4u);  // plan, two themes, one edit
}

TEST_F(PlansTest, ObjectivesAndTagsAreTheClerksAndAudited) {
  auto theme =
      Run(clerk_, [&](auto& ctx) {
        return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = "Victims", .slug = "victims"});
      }).value();
  auto first = Run(clerk_, [&](auto& ctx) {
    return CreateObjective(ctx, ObjectiveInput{.theme_id = theme.id, .text = "Answer calls faster"});
  });
  ASSERT_TRUE(first.ok());
  auto second = Run(clerk_, [&](auto& ctx) {
    return CreateObjective(ctx, ObjectiveInput{.theme_id = theme.id, .text = "Keep victims informed"});
  });
  EXPECT_EQ(second->position, 2);
  EXPECT_EQ(
      Run(clerk_,
          [&](auto& ctx) { return CreateObjective(ctx, ObjectiveInput{.theme_id = theme.id, .text = " "}); })
          .error()
          .field,
      "text");
  EXPECT_EQ(
      Run(author_,
          [&](auto& ctx) { return CreateObjective(ctx, ObjectiveInput{.theme_id = theme.id, .text = "x"}); })
          .error()
          .code,
      ErrorCode::kPermissionDenied);
  auto edited = Run(clerk_, [&](auto& ctx) {
    return UpdateObjective(ctx, first->id, 1,
                           ObjectiveInput{.theme_id = theme.id, .text = "Answer 999 calls faster"});
  });
  ASSERT_TRUE(edited.ok());
  EXPECT_EQ(Run(clerk_,
                [&](auto& ctx) {
                  return UpdateObjective(ctx, first->id, 1,
                                         ObjectiveInput{.theme_id = theme.id, .text = "y"});
                })
                .error()
                .code,
            ErrorCode::kConflict);

  store::PaperId paper;
  {
    auto tx = std::move(store_->Begin()).value();
    paper = tx->papers().CreatePaper({.body_id = board_.id, .title = "Victims' services"}).value().id;
    ASSERT_TRUE(tx->Commit().ok());
  }
  const size_t before = Trail().size();
  store::ThemeLink link{theme.id, store::TaggedKind::kPaper, paper.value};
  EXPECT_EQ(Run(other_clerk_, [&](auto& ctx) { return TagRecord(ctx, link); }).error().code,
            ErrorCode::kPermissionDenied);
  ASSERT_TRUE(Run(clerk_, [&](auto& ctx) { return TagRecord(ctx, link); }).ok());
  EXPECT_EQ(Run(clerk_, [&](auto& ctx) { return TagRecord(ctx, link); }).error().code,
            ErrorCode::kAlreadyExists);
  store::ThemeLink missing{theme.id, store::TaggedKind::kAction, 999};
  EXPECT_EQ(Run(clerk_, [&](auto& ctx) { return TagRecord(ctx, missing); }).error().field, "record_id");
  EXPECT_EQ(Run(clerk_,
                [&](auto& ctx) {
                  return TagRecord(ctx, {store::ThemeId{999}, store::TaggedKind::kPaper, paper.value});
                })
                .error()
                .code,
            ErrorCode::kNotFound);
  ASSERT_TRUE(Run(admin_, [&](auto& ctx) { return UntagRecord(ctx, link); }).ok());
  EXPECT_EQ(Run(admin_, [&](auto& ctx) { return UntagRecord(ctx, link); }).error().code,
            ErrorCode::kNotFound);
  auto trail = Trail();
  ASSERT_EQ(trail.size(), before + 2);
  EXPECT_EQ(trail[before].action, "tag");
  EXPECT_EQ(trail[before].record_kind, "theme");
  EXPECT_EQ(trail[before].record_id, theme.id.value);
  EXPECT_EQ(trail[before + 1].action, "untag");
}

TEST_F(PlansTest, AThemePageShowsWhatTheViewerMaySeeWithDueFlags) {
  auto theme = Run(clerk_, [&](auto& ctx) {
                 return CreateTheme(ctx, ThemeInput{.plan_id = plan_.id, .title = "Victims"});
               }).value();
  {
    auto tx = std::move(store_->Begin()).value();
    auto shown = tx->papers()
                     .CreatePaper({.body_id = board_.id, .title = "Published report", .published = true})
                     .value();
    auto draft = tx->papers().CreatePaper({.body_id = board_.id, .title = "Draft report"}).value();
    auto late = tx->actions()
                    .CreateAction({.body_id = board_.id,
                                   .number = "1",
                                   .text = "Late",
                                   .owner = "Chief",
                                   .target_date = D(2019, 9, 1)})
                    .value();
    auto soon = tx->actions()
                    .CreateAction({.body_id = board_.id,
                                   .number = "2",
                                   .text = "Soon",
                                   .owner = "Chief",
                                   .target_date = D(2019, 9, 20)})
                    .value();
    for (auto id : {shown.id.value, draft.id.value})
      ASSERT_TRUE(tx->plans().Tag({theme.id, store::TaggedKind::kPaper, id}).ok());
    for (auto id : {late.id.value, soon.id.value})
      ASSERT_TRUE(tx->plans().Tag({theme.id, store::TaggedKind::kAction, id}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto pub = LoadTheme(*store_, theme.id, store::Viewer::Public(), clock_);
  ASSERT_TRUE(pub.ok()) << pub.error().message;
  ASSERT_EQ(pub->papers.size(), 1u);
  EXPECT_EQ(pub->papers[0].title, "Published report");
  ASSERT_EQ(pub->actions.size(), 2u);
  EXPECT_EQ(pub->actions[0].due_state, "overdue");
  EXPECT_EQ(pub->actions[1].due_state, "due_soon");
  EXPECT_EQ(pub->overdue_actions, 1);
  EXPECT_EQ(pub->due_soon_actions, 1);
  EXPECT_EQ(pub->plan.body_name, "Police and Crime Board");
  EXPECT_EQ(LoadTheme(*store_, theme.id, store::Viewer::Everything(), clock_)->papers.size(), 2u);
  EXPECT_EQ(LoadTheme(*store_, store::ThemeId{999}, store::Viewer::Public(), clock_).error().code,
            ErrorCode::kNotFound);
  auto plan = LoadPlan(*store_, plan_.id);
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->themes.size(), 1u);
  EXPECT_EQ(plan->themes[0].theme.slug, "victims");
  EXPECT_EQ(LoadPlans(*store_)->size(), 1u);
}

TEST(DemoPlanTest, TheBoardHasAPlanOfFourThemesWhoseDraftIsHiddenFromThePublic) {
  std::string pattern = (std::filesystem::temp_directory_path() / "governance-demo-plan-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  std::shared_ptr<store::Store> store =
      std::move(store::OpenSqliteStore((std::filesystem::path(pattern) / "b.db").string())).value();
  FixedClock clock(D(2019, 9, 18).days() * 86400 + 12 * 3600);
  ASSERT_TRUE(LoadDemo(*store, clock).ok());
  auto plans = LoadPlans(*store);
  ASSERT_TRUE(plans.ok());
  ASSERT_EQ(plans->size(), 1u);
  EXPECT_EQ((*plans)[0].body_name, kDemoBoardName);
  auto plan = LoadPlan(*store, (*plans)[0].plan.id);
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->themes.size(), 4u);
  const store::ThemeId violence = plan->themes[0].theme.id;
  EXPECT_EQ(plan->themes[0].theme.slug, "serious-violence");
  auto pub = LoadTheme(*store, violence, store::Viewer::Public(), clock).value();
  auto all = LoadTheme(*store, violence, store::Viewer::Everything(), clock).value();
  auto titled = [](const ThemePageView& v, std::string_view title) {
    for (const TaggedPaperView& p : v.papers) {
      if (p.title == title) return true;
    }
    return false;
  };
  EXPECT_TRUE(titled(all, kDemoDraftPaperTitle));
  EXPECT_FALSE(titled(pub, kDemoDraftPaperTitle));
  EXPECT_EQ(pub.actions.size(), 2u);
  EXPECT_GE(pub.overdue_actions, 1);
  store.reset();
  std::filesystem::remove_all(pattern);
}

}  // namespace
}  // namespace boardroom::governance
