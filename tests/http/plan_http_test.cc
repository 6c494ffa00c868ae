// Plans, themes and their tags over real HTTP (src/web/plan_pages.cc): the pages and the API, every form's
// good path and errors, who is refused, CSRF, and what a theme page shows each reader.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "accounts/accounts.h"
#include "app_server.h"
#include "client.h"
#include "core/clock.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::web {
namespace {

using ::boardroom::testing::CookieJar;
using ::boardroom::testing::Reply;
using ::boardroom::testing::Send;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr char kPassword[] = "correct horse battery";

std::string Encode(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

class PlanHttpTest : public ::testing::Test {
 protected:
  struct Browser {
    CookieJar jar;
    std::string csrf;
  };

  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-plans");
    store_ =
        std::shared_ptr<store::Store>(std::move(store::OpenSqliteStore((dir_ / "t.db").string())).value());
    auto tx = std::move(store_->Begin()).value();
    board_ = tx->bodies().CreateBody({.name = "Police and Crime Board", .short_name = "PCB"}).value();
    other_ = tx->bodies().CreateBody({.name = "Audit Committee", .short_name = "JAC"}).value();
    plan_ = tx->plans()
                .CreatePlan({.body_id = board_.id,
                             .title = "Police and Crime Plan",
                             .period_from = Date::FromYmd(2025, 4, 1).value(),
                             .period_until = Date::FromYmd(2029, 3, 31).value()})
                .value();
    theme_ = tx->plans()
                 .CreateTheme({.plan_id = plan_.id, .title = "Supporting victims", .slug = "victims"})
                 .value();
    published_ =
        tx->papers()
            .CreatePaper({.body_id = board_.id, .title = "Published victimsreport", .published = true})
            .value();
    draft_ = tx->papers().CreatePaper({.body_id = board_.id, .title = "Draft secretreport"}).value();
    for (const store::Paper& p : {published_, draft_}) {
      store::Paragraph g;
      g.paper_id = p.id;
      g.text = "The quokkafund helps victims.";
      ASSERT_TRUE(tx->papers().CreateParagraph(g).ok());
    }
    overdue_ = tx->actions()
                   .CreateAction({.body_id = board_.id,
                                  .number = "1",
                                  .text = "Review the quokkafund",
                                  .owner = "Chief Constable",
                                  .target_date = Date::FromYmd(2026, 11, 1).value()})
                   .value();
    auto user = [&](const std::string& name, std::optional<store::BodyId> body, store::AccountRole role) {
      auto made = accounts::CreateUser(*tx, *clock_, policy_, name + "@example.org", name, kPassword);
      ASSERT_TRUE(made.ok()) << made.error().message;
      ASSERT_TRUE(tx->accounts().GrantRole({.user_id = made->id, .body_id = body, .role = role}).ok());
    };
    user("clerk", board_.id, store::AccountRole::kClerk);
    user("author", board_.id, store::AccountRole::kAuthor);
    user("otherclerk", other_.id, store::AccountRole::kClerk);
    user("admin", std::nullopt, store::AccountRole::kAdmin);
    ASSERT_TRUE(tx->Commit().ok());
    AppOptions options;
    options.store = store_;
    options.clock = clock_;
    options.policy = policy_;
    ASSERT_TRUE(app_.Start(options).ok());
    port_ = app_.port();
  }

  void TearDown() override {
    app_.Stop();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Browser SignIn(const std::string& name) {
    Browser b;
    Reply reply = Send(port_, "POST", "/api/v1/session", {{"Content-Type", "application/json"}},
                       json{{"email", name + "@example.org"}, {"password", kPassword}}.dump());
    EXPECT_EQ(reply.status, 200) << reply.body;
    b.jar.Keep(reply);
    json body = json::parse(reply.body, nullptr, false);
    if (!body.is_discarded() && body.contains("csrf_token")) b.csrf = body["csrf_token"];
    return b;
  }

  Headers With(const Browser& b, Headers extra = {}) {
    if (!b.jar.Header().empty()) extra.emplace_back("Cookie", b.jar.Header());
    return extra;
  }
  Reply Get(const std::string& target, const Browser& b = {}) { return Send(port_, "GET", target, With(b)); }
  // A form posted with the browser's CSRF token (unless `csrf` says otherwise).
  Reply Form(const std::string& target, const Browser& b, const std::map<std::string, std::string>& fields,
             std::optional<std::string> csrf = std::nullopt) {
    std::string body = "csrf_token=" + Encode(csrf.value_or(b.csrf));
    for (const auto& [k, v] : fields) body += "&" + k + "=" + Encode(v);
    return Send(port_, "POST", target, With(b, {{"Content-Type", "application/x-www-form-urlencoded"}}),
                body);
  }
  Reply Api(const std::string& method, const std::string& target, const Browser& b,
            const json& body = nullptr) {
    Headers h = With(b, {{"Content-Type", "application/json"}});
    if (!b.csrf.empty()) h.emplace_back("X-CSRF-Token", b.csrf);
    return Send(port_, method, target, h, body.is_null() ? "" : body.dump());
  }

  int64_t AuditCount() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return static_cast<int64_t>(tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value().size());
  }
  void Tag(store::TaggedKind kind, int64_t id) {
    auto tx = std::move(store_->Begin()).value();
    ASSERT_TRUE(tx->plans().Tag({theme_.id, kind, id}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  std::string ThemePath() { return "/themes/" + std::to_string(theme_.id.value); }
  std::string PlanPath() { return "/plans/" + std::to_string(plan_.id.value); }

  std::filesystem::path dir_;
  std::shared_ptr<store::Store> store_;
  std::shared_ptr<FixedClock> clock_ = std::make_shared<FixedClock>(1'795'000'000);  // 2026-11-18
  accounts::AccountPolicy policy_ = [] {
    accounts::AccountPolicy p;
    p.password_cost = accounts::PasswordCost::Fastest();
    return p;
  }();
  ::boardroom::testing::AppServer app_;
  int port_ = 0;
  store::Body board_, other_;
  store::Plan plan_;
  store::Theme theme_;
  store::Paper published_, draft_;
  store::Action overdue_;
};

TEST_F(PlanHttpTest, ThePublicSeesPlansThemesAndOnlyPublishedTaggedPapers) {
  Tag(store::TaggedKind::kPaper, published_.id.value);
  Tag(store::TaggedKind::kPaper, draft_.id.value);
  Tag(store::TaggedKind::kAction, overdue_.id.value);
  Reply list = Get("/plans");
  ASSERT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr("Police and Crime Plan"));
  EXPECT_THAT(list.body, Not(HasSubstr("Create a plan")));
  Reply plan = Get(PlanPath());
  ASSERT_EQ(plan.status, 200);
  EXPECT_THAT(plan.body, HasSubstr("Supporting victims"));
  EXPECT_THAT(plan.body, Not(HasSubstr("Add a theme")));
  Reply theme = Get(ThemePath());
  ASSERT_EQ(theme.status, 200);
  EXPECT_THAT(theme.body, HasSubstr("victimsreport"));
  EXPECT_THAT(theme.body, Not(HasSubstr("secretreport")));
  EXPECT_THAT(theme.body, HasSubstr("Overdue"));
  EXPECT_THAT(theme.body, Not(HasSubstr("Tag a record")));
  // The clerk sees the draft, marked, and the forms.
  Reply clerk = Get(ThemePath(), SignIn("clerk"));
  EXPECT_THAT(clerk.body, HasSubstr("secretreport"));
  EXPECT_THAT(clerk.body, HasSubstr("Not published"));
  EXPECT_THAT(clerk.body, HasSubstr("Tag a record"));
  // The API answers the same.
  json pub = json::parse(Get("/api/v1" + ThemePath()).body);
  ASSERT_EQ(pub["papers"].size(), 1u);
  EXPECT_EQ(pub["actions"][0]["due_state"], "overdue");
  EXPECT_EQ(json::parse(Api("GET", "/api/v1" + ThemePath(), SignIn("admin")).body)["papers"].size(), 2u);
  EXPECT_EQ(Get("/themes/999").status, 404);
  EXPECT_EQ(Get("/themes/abc").status, 404);
  EXPECT_EQ(Get("/plans/999").status, 404);
  EXPECT_EQ(Get("/api/v1/plans/999").status, 404);
}

TEST_F(PlanHttpTest, AClerkCreatesAPlanThemeAndObjectiveAndTagsAndUntagsThroughForms) {
  Browser clerk = SignIn("clerk");
  EXPECT_THAT(Get("/plans", clerk).body, HasSubstr("Create a plan"));
  Reply created = Form("/plans", clerk,
                       {{"body_id", std::to_string(board_.id.value)},
                        {"title", "Community Safety Plan"},
                        {"period_from", "2026-04-01"},
                        {"period_until", "2027-03-31"}});
  ASSERT_EQ(created.status, 303) << created.body;
  const std::string plan_path = created.Header("Location");
  EXPECT_THAT(Get(plan_path).body, HasSubstr("Community Safety Plan"));
  Reply theme = Form(plan_path + "/themes", clerk, {{"title", "Safer roads"}, {"slug", ""}});
  ASSERT_EQ(theme.status, 303) << theme.body;
  EXPECT_THAT(Get(plan_path).body, HasSubstr("theme:safer-roads"));
  Reply objective =
      Form(ThemePath() + "/objectives", clerk, {{"text", "Answer every victim within two days"}});
  ASSERT_EQ(objective.status, 303) << objective.body;
  EXPECT_THAT(Get(ThemePath()).body, HasSubstr("Answer every victim within two days"));
  const int64_t before = AuditCount();
  Reply tagged = Form(ThemePath() + "/tags", clerk,
                      {{"kind", "paper"}, {"record_id", std::to_string(published_.id.value)}});
  ASSERT_EQ(tagged.status, 303) << tagged.body;
  EXPECT_EQ(AuditCount(), before + 1);
  EXPECT_THAT(Get(ThemePath()).body, HasSubstr("victimsreport"));
  Reply untagged = Form(ThemePath() + "/untag", clerk,
                        {{"kind", "paper"}, {"record_id", std::to_string(published_.id.value)}});
  ASSERT_EQ(untagged.status, 303) << untagged.body;
  EXPECT_THAT(Get(ThemePath()).body, Not(HasSubstr("victimsreport")));
  EXPECT_EQ(AuditCount(), before + 2);
}

TEST_F(PlanHttpTest, BadFormsShowTheErrorSummaryAndWriteNothing) {
  Browser clerk = SignIn("clerk");
  const int64_t before = AuditCount();
  Reply no_dates =
      Form("/plans", clerk,
           {{"body_id", std::to_string(board_.id.value)}, {"title", "X"}, {"period_from", "soon"}});
  EXPECT_EQ(no_dates.status, 400);
  EXPECT_THAT(no_dates.body, HasSubstr("govuk-error-summary"));
  EXPECT_THAT(no_dates.body, HasSubstr("href=\"#period_from\""));
  EXPECT_THAT(no_dates.body, HasSubstr("href=\"#period_until\""));
  EXPECT_THAT(no_dates.body, HasSubstr("value=\"soon\""));  // what was typed is kept
  Reply backwards = Form("/plans", clerk,
                         {{"body_id", std::to_string(board_.id.value)},
                          {"title", "X"},
                          {"period_from", "2027-01-01"},
                          {"period_until", "2026-01-01"}});
  EXPECT_EQ(backwards.status, 400);
  EXPECT_THAT(backwards.body, HasSubstr("href=\"#period_until\""));
  Reply clash = Form(PlanPath() + "/themes", clerk, {{"title", "Victims again"}, {"slug", "victims"}});
  EXPECT_EQ(clash.status, 409);
  EXPECT_THAT(clash.body, HasSubstr("href=\"#slug\""));
  Reply bad_slug = Form(PlanPath() + "/themes", clerk, {{"title", "T"}, {"slug", "Not A Slug"}});
  EXPECT_EQ(bad_slug.status, 400);
  EXPECT_THAT(bad_slug.body, HasSubstr("lower-case letters"));
  Reply no_text = Form(ThemePath() + "/objectives", clerk, {{"text", " "}});
  EXPECT_EQ(no_text.status, 400);
  EXPECT_THAT(no_text.body, HasSubstr("href=\"#text\""));
  Reply no_record = Form(ThemePath() + "/tags", clerk, {{"kind", "action"}, {"record_id", "9999"}});
  EXPECT_EQ(no_record.status, 400);
  EXPECT_THAT(no_record.body, HasSubstr("href=\"#record_id\""));
  Reply bad_kind = Form(ThemePath() + "/tags", clerk, {{"kind", "minutes"}, {"record_id", "x"}});
  EXPECT_EQ(bad_kind.status, 400);
  EXPECT_THAT(bad_kind.body, HasSubstr("href=\"#kind\""));
  EXPECT_THAT(bad_kind.body, HasSubstr("href=\"#record_id\""));
  Reply not_tagged = Form(ThemePath() + "/untag", clerk,
                          {{"kind", "paper"}, {"record_id", std::to_string(draft_.id.value)}});
  EXPECT_EQ(not_tagged.status, 404);
  EXPECT_EQ(Form("/plans/999/themes", clerk, {{"title", "T"}}).status, 404);
  EXPECT_EQ(AuditCount(), before);
}

TEST_F(PlanHttpTest, OnlyTheBodysClerksAndAdministratorsChangePlansAndFormsNeedTheCsrfToken) {
  // Signing in is audited: everyone signs in first.
  const Browser author = SignIn("author"), other = SignIn("otherclerk"), clerk = SignIn("clerk"),
                admin = SignIn("admin");
  const int64_t before = AuditCount();
  const std::map<std::string, std::string> tag = {{"kind", "paper"},
                                                  {"record_id", std::to_string(published_.id.value)}};
  EXPECT_EQ(Form(ThemePath() + "/tags", Browser{}, tag).status, 403);  // the public: no session, no token
  EXPECT_EQ(Form(ThemePath() + "/tags", author, tag).status, 403);
  EXPECT_EQ(Form(ThemePath() + "/tags", other, tag).status, 403);
  EXPECT_EQ(Form(PlanPath() + "/themes", other, {{"title", "Theirs"}}).status, 403);
  EXPECT_EQ(Form(ThemePath() + "/tags", clerk, tag, "wrong-token").status, 403);
  EXPECT_EQ(Form(ThemePath() + "/tags", clerk, tag, "").status, 403);
  EXPECT_EQ(Api("POST", "/api/v1/plans", Browser{}, {{"body_id", board_.id.value}, {"title", "X"}}).status,
            401);
  EXPECT_EQ(Api("POST", "/api/v1" + ThemePath() + "/tags", author,
                {{"kind", "paper"}, {"record_id", published_.id.value}})
                .status,
            403);
  EXPECT_EQ(AuditCount(), before);
  EXPECT_EQ(Form(ThemePath() + "/tags", admin, tag).status, 303);
  EXPECT_EQ(AuditCount(), before + 1);
}

TEST_F(PlanHttpTest, TheApiCreatesTagsAndUntagsWithClearErrors) {
  Browser clerk = SignIn("clerk");
  Reply plan = Api("POST", "/api/v1/plans", clerk,
                   {{"body_id", board_.id.value},
                    {"title", "Plan B"},
                    {"period_from", "2026-04-01"},
                    {"period_until", "2027-03-31"}});
  ASSERT_EQ(plan.status, 201) << plan.body;
  const int64_t plan_id = json::parse(plan.body)["id"];
  Reply bad_date = Api("POST", "/api/v1/plans", clerk,
                       {{"body_id", board_.id.value},
                        {"title", "Plan C"},
                        {"period_from", "April"},
                        {"period_until", "2027-03-31"}});
  EXPECT_EQ(bad_date.status, 400);
  EXPECT_EQ(json::parse(bad_date.body)["error"]["field"], "period_from");
  EXPECT_EQ(Api("POST", "/api/v1/plans", clerk, json::array()).status, 400);
  Reply theme = Api("POST", "/api/v1/plans/" + std::to_string(plan_id) + "/themes", clerk,
                    {{"title", "Safer roads"}, {"slug", "roads"}});
  ASSERT_EQ(theme.status, 201) << theme.body;
  const int64_t theme_id = json::parse(theme.body)["id"];
  EXPECT_EQ(Api("POST", "/api/v1/plans/" + std::to_string(plan_id) + "/themes", clerk,
                {{"title", "Again"}, {"slug", "roads"}})
                .status,
            409);
  EXPECT_EQ(Api("POST", "/api/v1/plans/999/themes", clerk, {{"title", "Nowhere"}}).status, 404);
  EXPECT_EQ(Api("POST", "/api/v1/themes/" + std::to_string(theme_id) + "/objectives", clerk,
                {{"text", "Fewer casualties"}})
                .status,
            201);
  json got = json::parse(Get("/api/v1/plans/" + std::to_string(plan_id)).body);
  ASSERT_EQ(got["themes"].size(), 1u);
  EXPECT_EQ(got["themes"][0]["objectives"][0]["text"], "Fewer casualties");
  EXPECT_EQ(json::parse(Get("/api/v1/plans").body)["items"].size(), 2u);
  const std::string tags = "/api/v1/themes/" + std::to_string(theme_id) + "/tags";
  Reply tagged = Api("POST", tags, clerk, {{"kind", "action"}, {"record_id", overdue_.id.value}});
  EXPECT_EQ(tagged.status, 201) << tagged.body;
  EXPECT_EQ(Api("POST", tags, clerk, {{"kind", "action"}, {"record_id", overdue_.id.value}}).status, 409);
  Reply bad_kind = Api("POST", tags, clerk, {{"kind", "minutes"}, {"record_id", 1}});
  EXPECT_EQ(bad_kind.status, 400);
  EXPECT_EQ(json::parse(bad_kind.body)["error"]["field"], "kind");
  EXPECT_EQ(Api("POST", tags, clerk, {{"kind", "paper"}, {"record_id", "one"}}).status, 400);
  EXPECT_EQ(Api("DELETE", tags + "/action/" + std::to_string(overdue_.id.value), clerk).status, 200);
  EXPECT_EQ(Api("DELETE", tags + "/action/" + std::to_string(overdue_.id.value), clerk).status, 404);
  EXPECT_EQ(Api("DELETE", tags + "/minutes/1", clerk).status, 404);
  EXPECT_EQ(
      Api("DELETE", tags + "/paper/" + std::to_string(published_.id.value), SignIn("otherclerk")).status,
      403);
}

TEST_F(PlanHttpTest, SearchFiltersByThemeAndExplainsAnUnknownOne) {
  Tag(store::TaggedKind::kPaper, published_.id.value);
  Tag(store::TaggedKind::kPaper, draft_.id.value);
  json all = json::parse(Get("/api/v1/search?q=quokkafund").body);
  EXPECT_EQ(all["total"], 2);  // the published paragraph and the action
  json themed = json::parse(Get("/api/v1/search?q=quokkafund+theme%3Avictims").body);
  EXPECT_EQ(themed["total"], 1);  // the tagged, published paragraph; not the draft's
  EXPECT_EQ(json::parse(Get("/api/v1/search?q=quokkafund+theme%3Avictims", SignIn("clerk")).body)["total"],
            2);
  Reply unknown = Get("/search?q=quokkafund+theme%3Ahousing");
  EXPECT_EQ(unknown.status, 200);  // a query to put right, as the search page answers every malformed one
  EXPECT_THAT(unknown.body, HasSubstr("housing"));
  EXPECT_THAT(unknown.body, HasSubstr("No theme is called"));
  EXPECT_THAT(unknown.body, HasSubstr("theme:victims"));
  EXPECT_EQ(Get("/api/v1/search?q=quokkafund+theme%3Ahousing").status, 400);
}

}  // namespace
}  // namespace boardroom::web
