// The remaining doors of the meeting cycle over real HTTP, against the application as `boardroom serve`
// builds it: a paper's clearances and its publication (pages and API), the bodies' structure diagram,
// organisations, people and memberships (pages and API), editing an action on its page, the printable action
// log, and the public meeting page's link to its manage page. Each door: its good path, its bad input (a
// clear error that changes nothing), the wrong role, and a missing CSRF token.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "accounts/accounts.h"
#include "app_server.h"
#include "client.h"
#include "core/clock.h"
#include "store/sqlite/sqlite_store.h"
#include "web/app.h"
#include "web/server.h"
#include "web/structure_pages.h"

namespace boardroom::web {
namespace {

using ::boardroom::testing::CookieJar;
using ::boardroom::testing::Reply;
using ::boardroom::testing::Send;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using Headers = std::vector<std::pair<std::string, std::string>>;
using nlohmann::json;

constexpr char kPassword[] = "correct horse battery";

class BoardPagesTest : public ::testing::Test {
 protected:
  struct Browser {
    CookieJar jar;
    std::string csrf;
  };

  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-board");
    auto opened = store::OpenSqliteStore((dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::shared_ptr<store::Store>(std::move(opened).value());
    policy_.password_cost = accounts::PasswordCost::Fastest();
    Seed();
    AppOptions options;
    options.store = store_;
    options.clock = clock_;
    options.policy = policy_;
    Status started = app_.Start(options);
    ASSERT_TRUE(started.ok()) << started.error().message;
    port_ = app_.port();
  }

  void TearDown() override {
    app_.Stop();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Alpha Board (finance and legal clearances required) with a committee and a group under it, and Beta Board
  // beside it; a held meeting with an action raised at it and the next meeting; a draft paper; users.
  void Seed() {
    auto tx = std::move(store_->Begin()).value();
    body_ =
        tx->bodies()
            .CreateBody(
                {.name = "Alpha Board", .short_name = "ALPHA", .required_clearances = {"finance", "legal"}})
            .value();
    committee_ = tx->bodies()
                     .CreateBody({.name = "Audit Committee <script>x</script>", .parent_body_id = body_.id})
                     .value();
    group_ = tx->bodies().CreateBody({.name = "Delivery Group", .parent_body_id = committee_.id}).value();
    other_body_ = tx->bodies().CreateBody({.name = "Beta Board", .short_name = "BETA"}).value();
    held_ =
        tx->meetings()
            .CreateMeeting({.body_id = body_.id, .date = Date::FromYmd(2026, 11, 2).value(), .venue = "Hall"})
            .value();
    next_ = tx->meetings()
                .CreateMeeting(
                    {.body_id = body_.id, .date = Date::FromYmd(2026, 12, 10).value(), .venue = "Hall"})
                .value();
    store::Paper draft;
    draft.body_id = body_.id;
    draft.title = "Draft estates strategy";
    draft.meeting_date = next_.date;
    draft_ = tx->papers().CreatePaper(draft).value();
    action_ = tx->actions()
                  .CreateAction({.body_id = body_.id,
                                 .number = "7",
                                 .meeting_raised_id = held_.id,
                                 .agenda_item_number = "4.1",
                                 .text = "Circulate the revised forecast",
                                 .owner = "Treasurer",
                                 .target_date = Date::FromYmd(2026, 11, 10).value(),
                                 .report_back_meeting_id = next_.id})
                  .value();
    ASSERT_TRUE(tx->actions()
                    .AppendActionUpdate({.action_id = action_.id,
                                         .date = Date::FromYmd(2026, 11, 12).value(),
                                         .text = "Draft sent to the chair",
                                         .author = "clerk@example.org"})
                    .ok());
    auto user = [&](const std::string& name, store::BodyId body, store::AccountRole role) {
      auto made =
          accounts::CreateUser(*tx, *clock_, policy_, name + "@example.org", "Person " + name, kPassword);
      ASSERT_TRUE(made.ok()) << made.error().message;
      ASSERT_TRUE(tx->accounts().GrantRole({.user_id = made->id, .body_id = body, .role = role}).ok());
    };
    user("clerk", body_.id, store::AccountRole::kClerk);
    user("author", body_.id, store::AccountRole::kAuthor);
    user("member", body_.id, store::AccountRole::kMember);
    user("otherclerk", other_body_.id, store::AccountRole::kClerk);
    ASSERT_TRUE(tx->Commit().ok());
  }

  Browser SignIn(const std::string& name) {
    Browser browser;
    Reply reply = Send(port_, "POST", "/api/v1/session", {{"Content-Type", "application/json"}},
                       json{{"email", name + "@example.org"}, {"password", kPassword}}.dump());
    EXPECT_EQ(reply.status, 200) << reply.body;
    browser.jar.Keep(reply);
    browser.csrf = json::parse(reply.body)["csrf_token"];
    return browser;
  }
  Headers With(const Browser& browser, Headers extra = {}) const {
    if (!browser.jar.Header().empty()) extra.emplace_back("Cookie", browser.jar.Header());
    return extra;
  }
  Reply Get(const std::string& target, const Browser& browser = {}) {
    return Send(port_, "GET", target, With(browser));
  }
  // Posts a form with the browser's CSRF token.
  Reply Post(const std::string& target, const Browser& browser, const std::string& fields) {
    return Send(port_, "POST", target, With(browser, {{"Content-Type", "application/x-www-form-urlencoded"}}),
                "csrf_token=" + browser.csrf + "&" + fields);
  }
  Reply PostJson(const std::string& target, const Browser& browser, const json& body) {
    Headers extra = {{"Content-Type", "application/json"}};
    if (!browser.csrf.empty()) extra.emplace_back("X-CSRF-Token", browser.csrf);
    return Send(port_, "POST", target, With(browser, extra), body.dump());
  }
  static json Body(const Reply& reply) { return json::parse(reply.body, nullptr, false); }

  // Audit events about records (signing in writes events about sessions, which do not count here).
  int64_t AuditCount() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<store::AuditEvent> trail =
        tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value();
    return std::count_if(trail.begin(), trail.end(),
                         [](const store::AuditEvent& e) { return e.record_kind != "session"; });
  }
  store::Paper PaperNow() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return tx->papers().GetPaper(draft_.id, store::Viewer::Everything()).value();
  }
  std::vector<store::Clearance> ClearancesNow() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return tx->papers().ListClearances(draft_.id, store::Viewer::Everything()).value();
  }
  store::Action ActionNow() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return tx->actions().GetAction(action_.id).value();
  }
  std::vector<store::Membership> MembershipsNow(store::BodyId body) {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return tx->bodies().ListMemberships(body).value();
  }
  store::Person AddPerson(const std::string& name) {
    auto tx = std::move(store_->Begin()).value();
    store::Person p = tx->organisations().CreatePerson({.name = name, .post = "Councillor"}).value();
    EXPECT_TRUE(tx->Commit().ok());
    return p;
  }

  // The error summary links to `field`, and the field is marked.
  static void ExpectFieldError(const Reply& reply, const std::string& field) {
    EXPECT_THAT(reply.body, HasSubstr("govuk-error-summary"));
    EXPECT_THAT(reply.body, HasSubstr("href=\"#" + field + "\""));
    EXPECT_THAT(reply.body, HasSubstr("id=\"" + field + "-error\""));
    EXPECT_THAT(reply.body, HasSubstr("id=\"" + field + "\""));
  }

  std::string PaperPath(const std::string& suffix) {
    return "/papers/" + std::to_string(draft_.id.value) + suffix;
  }

  std::filesystem::path dir_;
  std::shared_ptr<store::Store> store_;
  std::shared_ptr<FixedClock> clock_ = std::make_shared<FixedClock>(1'795'000'000);  // 2026-11-18
  accounts::AccountPolicy policy_;
  ::boardroom::testing::AppServer app_;
  int port_ = 0;
  store::Body body_, committee_, group_, other_body_;
  store::Meeting held_, next_;
  store::Paper draft_;
  store::Action action_;
};

// ----- Clearances and publication

TEST_F(BoardPagesTest, ClearancesPageShowsTheRequiredAreasToItsAuthorsAndClerksOnly) {
  Browser clerk = SignIn("clerk");
  Reply page = Get(PaperPath("/clearances"), clerk);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Draft estates strategy"));
  EXPECT_THAT(page.body, HasSubstr("Not yet cleared for: finance, legal"));
  EXPECT_THAT(page.body, HasSubstr("Give finance clearance"));
  EXPECT_THAT(page.body, HasSubstr("Publish the paper"));
  EXPECT_THAT(page.body, HasSubstr("value=\"" + clerk.csrf + "\""));
  // An author sees where it stands but has no forms.
  Reply author = Get(PaperPath("/clearances"), SignIn("author"));
  ASSERT_EQ(author.status, 200);
  EXPECT_THAT(author.body, HasSubstr("Not yet cleared for: finance, legal"));
  EXPECT_THAT(author.body, Not(HasSubstr("Give finance clearance")));
  EXPECT_THAT(author.body, Not(HasSubstr("Publish the paper")));
  EXPECT_EQ(Get(PaperPath("/clearances"), SignIn("member")).status, 404);  // a member cannot see a draft
  EXPECT_EQ(Get(PaperPath("/clearances"), SignIn("otherclerk")).status, 404);
  Reply pub = Get(PaperPath("/clearances"));
  EXPECT_EQ(pub.status, 303);
  EXPECT_EQ(pub.Header("Location"), "/sign-in?next=" + PaperPath("/clearances"));
  EXPECT_EQ(Get("/papers/x/clearances", clerk).status, 404);
  EXPECT_EQ(Get("/papers/9999/clearances", clerk).status, 404);
  // The dashboard links each paper waiting for clearance to this page.
  EXPECT_THAT(Get("/dashboard", clerk).body, HasSubstr("href=\"" + PaperPath("/clearances") + "\""));
}

TEST_F(BoardPagesTest, PublishingIsRefusedUntilEveryClearanceIsGiven) {
  Browser clerk = SignIn("clerk");
  const int64_t before = AuditCount();
  const std::string version = "version=" + std::to_string(draft_.version);
  Reply refused = Post(PaperPath("/publish"), clerk, version);
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("govuk-error-summary"));
  EXPECT_THAT(refused.body, HasSubstr("cleared for: finance, legal."));
  EXPECT_THAT(refused.body, HasSubstr("href=\"#publish\""));
  EXPECT_FALSE(PaperNow().published);
  EXPECT_EQ(AuditCount(), before);

  // A clearance without the officer who gave it is refused at its field.
  Reply no_officer = Post(PaperPath("/clearances"), clerk, "area=finance&version=0&cleared=yes&officer=+");
  EXPECT_EQ(no_officer.status, 400);
  ExpectFieldError(no_officer, "officer-1");
  EXPECT_TRUE(ClearancesNow().empty());
  Reply bad_flag = Post(PaperPath("/clearances"), clerk, "area=finance&version=0&cleared=maybe&officer=A");
  EXPECT_EQ(bad_flag.status, 400);
  EXPECT_TRUE(ClearancesNow().empty());
  // An author may not give clearances; a missing token changes nothing.
  EXPECT_EQ(
      Post(PaperPath("/clearances"), SignIn("author"), "area=finance&version=0&cleared=yes&officer=A").status,
      403);
  Reply no_token = Send(port_, "POST", PaperPath("/clearances"),
                        With(clerk, {{"Content-Type", "application/x-www-form-urlencoded"}}),
                        "area=finance&version=0&cleared=yes&officer=A");
  EXPECT_EQ(no_token.status, 403);
  EXPECT_EQ(AuditCount(), before);

  Reply finance =
      Post(PaperPath("/clearances"), clerk, "area=finance&version=0&cleared=yes&officer=Jane+Treasurer");
  ASSERT_EQ(finance.status, 303) << finance.body;
  EXPECT_EQ(finance.Header("Location"), PaperPath("/clearances#clearances"));
  ASSERT_EQ(ClearancesNow().size(), 1u);
  EXPECT_TRUE(ClearancesNow()[0].cleared);
  Reply page = Get(PaperPath("/clearances"), clerk);
  EXPECT_THAT(page.body, HasSubstr("Jane Treasurer"));
  EXPECT_THAT(page.body, HasSubstr("datetime=\"2026-11-18\""));  // the day it was recorded
  EXPECT_THAT(page.body, HasSubstr("Not yet cleared for: legal."));
  EXPECT_THAT(page.body, HasSubstr("Withdraw finance clearance"));
  // Still one missing: publishing names it.
  Reply still = Post(PaperPath("/publish"), clerk, version);
  EXPECT_EQ(still.status, 422);
  EXPECT_THAT(still.body, HasSubstr("cleared for: legal."));
  // A stale clearance version is refused.
  Reply stale = Post(PaperPath("/clearances"), clerk, "area=finance&version=0&cleared=no");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(ClearancesNow()[0].cleared);

  ASSERT_EQ(
      Post(PaperPath("/clearances"), clerk, "area=legal&version=0&cleared=yes&officer=Monitoring+Officer")
          .status,
      303);
  Reply published = Post(PaperPath("/publish"), clerk, version);
  ASSERT_EQ(published.status, 303) << published.body;
  EXPECT_TRUE(PaperNow().published);
  EXPECT_EQ(AuditCount(), before + 3);
  EXPECT_THAT(Get(PaperPath("/clearances"), clerk).body, Not(HasSubstr("Publish the paper")));
}

TEST_F(BoardPagesTest, AClearanceCanBeWithdrawn) {
  Browser clerk = SignIn("clerk");
  ASSERT_EQ(Post(PaperPath("/clearances"), clerk, "area=finance&version=0&cleared=yes&officer=Jane").status,
            303);
  const int64_t version = ClearancesNow()[0].version;
  Reply withdrawn =
      Post(PaperPath("/clearances"), clerk, "area=finance&cleared=no&version=" + std::to_string(version));
  ASSERT_EQ(withdrawn.status, 303) << withdrawn.body;
  EXPECT_FALSE(ClearancesNow()[0].cleared);
  EXPECT_THAT(Get(PaperPath("/clearances"), clerk).body, HasSubstr("Not yet cleared for: finance, legal"));
}

TEST_F(BoardPagesTest, ApiRecordsClearancesAndRefusesToPublishWithTheMissingOnes) {
  Browser clerk = SignIn("clerk");
  const std::string clearances = "/api/v1" + PaperPath("/clearances");
  const std::string publish = "/api/v1" + PaperPath("/publish");
  const int64_t before = AuditCount();
  Reply refused = PostJson(publish, clerk, {{"version", draft_.version}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(Body(refused)["error"]["missing"], json({"finance", "legal"}));
  EXPECT_EQ(Body(refused)["error"]["code"], "failed_precondition");
  EXPECT_EQ(PostJson(publish, clerk, json::object()).status, 400);
  EXPECT_EQ(PostJson(publish, Browser{}, {{"version", 1}}).status, 401);
  EXPECT_EQ(PostJson(publish, SignIn("author"), {{"version", draft_.version}}).status, 403);

  Reply no_flag = PostJson(clearances, clerk, {{"area", "finance"}, {"officer", "Jane"}});
  EXPECT_EQ(no_flag.status, 400);
  EXPECT_EQ(Body(no_flag)["error"]["field"], "cleared");
  Reply no_officer = PostJson(clearances, clerk, {{"area", "finance"}, {"cleared", true}});
  EXPECT_EQ(no_officer.status, 400);
  EXPECT_EQ(Body(no_officer)["error"]["field"], "officer");
  EXPECT_EQ(PostJson(clearances, SignIn("author"), {{"area", "finance"}, {"cleared", true}, {"officer", "A"}})
                .status,
            403);
  EXPECT_EQ(PostJson("/api/v1/papers/9999/clearances", clerk,
                     {{"area", "finance"}, {"cleared", true}, {"officer", "A"}})
                .status,
            404);
  EXPECT_EQ(AuditCount(), before);

  Reply finance =
      PostJson(clearances, clerk, {{"area", " Finance "}, {"cleared", true}, {"officer", "Jane"}});
  ASSERT_EQ(finance.status, 200) << finance.body;
  EXPECT_EQ(Body(finance)["area"], "finance");
  EXPECT_EQ(Body(finance)["cleared"], true);
  Reply stale = PostJson(clearances, clerk, {{"area", "finance"}, {"cleared", false}, {"version", 0}});
  EXPECT_EQ(stale.status, 409);
  Reply still = PostJson(publish, clerk, {{"version", draft_.version}});
  EXPECT_EQ(Body(still)["error"]["missing"], json({"legal"}));
  ASSERT_EQ(PostJson(clearances, clerk, {{"area", "legal"}, {"cleared", true}, {"officer", "MO"}}).status,
            200);
  Reply done = PostJson(publish, clerk, {{"version", draft_.version}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(Body(done)["published"], true);
  EXPECT_EQ(PostJson(publish, clerk, {{"version", Body(done)["version"]}}).status, 422);  // already published
  EXPECT_EQ(AuditCount(), before + 3);
}

// ----- The bodies' structure

TEST(StructureLayoutTest, ChildrenHangUnderTheirParentWhoIsCentredOverThem) {
  store::Body board{.id = store::BodyId{1}, .name = "Board"};
  store::Body audit{.id = store::BodyId{2}, .name = "Audit", .parent_body_id = store::BodyId{1}};
  store::Body people{.id = store::BodyId{3}, .name = "People", .parent_body_id = store::BodyId{1}};
  store::Body alone{.id = store::BodyId{4}, .name = "Zeta"};
  StructureLayout layout = LayOutStructure({people, board, alone, audit});
  ASSERT_EQ(layout.boxes.size(), 4u);
  // The list order: Board, its children by name, then the next root.
  EXPECT_EQ(layout.boxes[0].id, board.id);
  EXPECT_EQ(layout.boxes[1].id, audit.id);
  EXPECT_EQ(layout.boxes[2].id, people.id);
  EXPECT_EQ(layout.boxes[3].id, alone.id);
  EXPECT_EQ(layout.boxes[1].parent, board.id);
  EXPECT_FALSE(layout.boxes[3].parent.has_value());
  EXPECT_EQ(layout.boxes[1].y, layout.boxes[2].y);
  EXPECT_GT(layout.boxes[1].y, layout.boxes[0].y);
  EXPECT_EQ(layout.boxes[0].x, (layout.boxes[1].x + layout.boxes[2].x) / 2);
  EXPECT_LT(layout.boxes[1].x + kStructureBoxWidth, layout.boxes[2].x);  // no overlap
  EXPECT_GE(layout.width, layout.boxes[3].x + kStructureBoxWidth);
  EXPECT_GE(layout.height, layout.boxes[1].y + kStructureBoxHeight);
  // A cycle (never stored by governance) is still drawn, each body once.
  store::Body a{.id = store::BodyId{5}, .name = "A", .parent_body_id = store::BodyId{6}};
  store::Body b{.id = store::BodyId{6}, .name = "B", .parent_body_id = store::BodyId{5}};
  EXPECT_EQ(LayOutStructure({a, b}).boxes.size(), 2u);
  EXPECT_EQ(LayOutStructure({}).width, 0);
}

TEST_F(BoardPagesTest, StructurePageDrawsTheTreeAccessiblyWithAListBeside) {
  Reply page = Get("/bodies/structure");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("<svg"));
  EXPECT_THAT(page.body, HasSubstr("role=\"group\""));
  EXPECT_THAT(page.body,
              HasSubstr("<title id=\"structure-title\">How the bodies report into each other</title>"));
  EXPECT_THAT(page.body, HasSubstr("<desc id=\"structure-desc\">4 bodies."));
  EXPECT_THAT(page.body, HasSubstr("Delivery Group reports into Audit Committee &lt;script&gt;"));
  EXPECT_THAT(page.body, HasSubstr("Alpha Board reports into no other body."));
  EXPECT_THAT(page.body, Not(HasSubstr("<script>x")));
  EXPECT_THAT(page.body, Not(HasSubstr("<script src")));  // no script needed
  // The nested list: the committee's list sits inside the board's item.
  const size_t board = page.body.find(">Alpha Board</a>");
  const size_t committee = page.body.find(">Audit Committee &lt;script&gt;x&lt;/script&gt;</a>");
  const size_t group = page.body.find(">Delivery Group</a>");
  const size_t beta = page.body.find(">Beta Board</a>");
  ASSERT_NE(board, std::string::npos);
  ASSERT_NE(committee, std::string::npos);
  ASSERT_NE(group, std::string::npos);
  ASSERT_NE(beta, std::string::npos);
  EXPECT_LT(board, committee);
  EXPECT_LT(committee, group);
  const std::string between = page.body.substr(board, group - board);
  EXPECT_THAT(between, HasSubstr("<ul class=\"govuk-list govuk-list--bullet br-structure__list\"><li>"));
  EXPECT_THAT(page.body.substr(group), HasSubstr("</li></ul></li></ul></li>"));
  // Every box links to its body's action log.
  EXPECT_THAT(page.body, HasSubstr("href=\"/bodies/" + std::to_string(group_.id.value) + "/actions\""));

  Reply svg = Get("/bodies/structure.svg");
  ASSERT_EQ(svg.status, 200);
  EXPECT_THAT(svg.Header("Content-Type"), StartsWith("image/svg+xml"));
  EXPECT_THAT(svg.body, StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_THAT(svg.body, HasSubstr("<desc id=\"structure-desc\">"));
  EXPECT_THAT(svg.body, Not(HasSubstr("<script>")));
  // Two parent links: two connectors.
  size_t paths = 0;
  for (size_t at = svg.body.find("<path"); at != std::string::npos; at = svg.body.find("<path", at + 1))
    ++paths;
  EXPECT_EQ(paths, 2u);

  // The bodies page lists them and links the diagram; the home page links both.
  Reply bodies = Get("/bodies");
  ASSERT_EQ(bodies.status, 200);
  EXPECT_THAT(bodies.body, HasSubstr("href=\"/bodies/structure\""));
  EXPECT_THAT(bodies.body, HasSubstr("Beta Board"));
  EXPECT_THAT(bodies.body, Not(HasSubstr("/members\"")));  // the public is not shown memberships
  EXPECT_THAT(Get("/bodies", SignIn("member")).body,
              HasSubstr("href=\"/bodies/" + std::to_string(body_.id.value) + "/members\""));
  EXPECT_THAT(Get("/").body, HasSubstr("href=\"/bodies/structure\""));
}

// ----- Organisations and people

TEST_F(BoardPagesTest, OrganisationsAndPeopleAreAddedByClerksWithErrorsShownAtTheirFields) {
  EXPECT_EQ(Get("/organisations").status, 303);
  EXPECT_EQ(Get("/people").status, 303);
  Browser clerk = SignIn("otherclerk");  // a clerk of any body keeps the directory
  const int64_t before = AuditCount();
  Reply empty = Post("/organisations", clerk, "name=+&short_name=X&kind=");
  EXPECT_EQ(empty.status, 400);
  ExpectFieldError(empty, "name");
  EXPECT_THAT(empty.body, HasSubstr("value=\"X\""));
  Reply member = Post("/organisations", SignIn("member"), "name=Shire+Council");
  EXPECT_EQ(member.status, 403);
  EXPECT_THAT(Get("/organisations", SignIn("author")).body, Not(HasSubstr("Add an organisation")));
  EXPECT_EQ(AuditCount(), before);
  Reply made = Post("/organisations", clerk, "name=Shire+Council&short_name=SC&kind=council");
  ASSERT_EQ(made.status, 303) << made.body;
  EXPECT_EQ(AuditCount(), before + 1);
  Reply again = Post("/organisations", clerk, "name=Shire+Council");
  EXPECT_EQ(again.status, 409);
  ExpectFieldError(again, "name");
  Reply list = Get("/organisations", clerk);
  EXPECT_THAT(list.body, HasSubstr("Shire Council"));
  EXPECT_THAT(list.body, HasSubstr("Add an organisation"));

  int64_t organisation_id = 0;
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    organisation_id = tx->organisations().ListOrganisations({}).value().at(0).id.value;
  }
  Reply bad_org = Post("/people", clerk, "name=Jane+Doe&post=&organisation_id=abc");
  EXPECT_EQ(bad_org.status, 400);
  ExpectFieldError(bad_org, "organisation-id");
  Reply missing_org = Post("/people", clerk, "name=Jane+Doe&organisation_id=9999");
  EXPECT_EQ(missing_org.status, 400);
  ExpectFieldError(missing_org, "organisation-id");
  Reply no_name = Post("/people", clerk, "name=&post=Chief+Executive");
  EXPECT_EQ(no_name.status, 400);
  ExpectFieldError(no_name, "name");
  EXPECT_THAT(no_name.body, HasSubstr("value=\"Chief Executive\""));
  EXPECT_EQ(AuditCount(), before + 1);
  Reply person =
      Post("/people", clerk,
           "name=Jane+Doe&post=Chief+Executive&organisation_id=" + std::to_string(organisation_id));
  ASSERT_EQ(person.status, 303) << person.body;
  Reply people = Get("/people?organisation=" + std::to_string(organisation_id), clerk);
  EXPECT_THAT(people.body, HasSubstr("People of Shire Council"));
  EXPECT_THAT(people.body, HasSubstr("Jane Doe"));
  EXPECT_EQ(Get("/people?organisation=x", clerk).status, 404);
  EXPECT_EQ(AuditCount(), before + 2);
}

TEST_F(BoardPagesTest, ApiListsAndAddsOrganisationsAndPeople) {
  EXPECT_EQ(Get("/api/v1/organisations").status, 401);
  EXPECT_EQ(Get("/api/v1/people").status, 401);
  Browser clerk = SignIn("clerk");
  const int64_t before = AuditCount();
  EXPECT_EQ(PostJson("/api/v1/organisations", SignIn("author"), {{"name", "Shire Council"}}).status, 403);
  Reply blank = PostJson("/api/v1/organisations", clerk, {{"name", ""}});
  EXPECT_EQ(blank.status, 400);
  EXPECT_EQ(Body(blank)["error"]["field"], "name");
  EXPECT_EQ(PostJson("/api/v1/organisations", clerk, {{"name", 5}}).status, 400);
  EXPECT_EQ(AuditCount(), before);
  Reply made = PostJson("/api/v1/organisations", clerk, {{"name", "Shire Council"}, {"kind", "council"}});
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t org = Body(made)["id"];
  EXPECT_EQ(Body(made)["version"], 1);
  Reply clash = PostJson("/api/v1/organisations", clerk, {{"name", "Shire Council"}});
  EXPECT_EQ(clash.status, 409);
  EXPECT_EQ(Body(clash)["error"]["field"], "name");

  Reply nowhere = PostJson("/api/v1/people", clerk, {{"name", "Jane"}, {"organisation_id", 9999}});
  EXPECT_EQ(nowhere.status, 400);
  EXPECT_EQ(Body(nowhere)["error"]["field"], "organisation_id");
  Reply jane =
      PostJson("/api/v1/people", clerk, {{"name", "Jane"}, {"post", "CEO"}, {"organisation_id", org}});
  ASSERT_EQ(jane.status, 201) << jane.body;
  EXPECT_EQ(Body(jane)["organisation_id"], org);
  ASSERT_EQ(PostJson("/api/v1/people", clerk, {{"name", "Sam"}}).status, 201);
  Reply all = Get("/api/v1/people", clerk);
  ASSERT_EQ(all.status, 200);
  EXPECT_EQ(Body(all)["items"].size(), 2u);
  Reply of = Get("/api/v1/people?organisation=" + std::to_string(org), SignIn("member"));
  ASSERT_EQ(of.status, 200);
  ASSERT_EQ(Body(of)["items"].size(), 1u);
  EXPECT_EQ(Body(of)["items"][0]["name"], "Jane");
  EXPECT_EQ(Get("/api/v1/people?organisation=abc", clerk).status, 400);
  EXPECT_EQ(Get("/api/v1/people?organisation=9999", clerk).status, 400);
  Reply csv = Get("/api/v1/organisations?format=csv", clerk);
  EXPECT_THAT(csv.body, StartsWith("id,version,name,short_name,kind\r\n"));
  EXPECT_THAT(csv.body, HasSubstr("Shire Council"));
  EXPECT_EQ(Body(Get("/api/v1/organisations?limit=1", clerk))["items"].size(), 1u);
  EXPECT_EQ(Get("/api/v1/organisations?limit=0", clerk).status, 400);
  EXPECT_EQ(AuditCount(), before + 3);
}

// ----- Memberships

TEST_F(BoardPagesTest, MembershipsAreAddedAndEndedOnTheBodysPage) {
  store::Person smith = AddPerson("Cllr Smith");
  Browser clerk = SignIn("clerk");
  const std::string members = "/bodies/" + std::to_string(body_.id.value) + "/members";
  EXPECT_EQ(Get(members).status, 303);
  Reply page = Get(members, clerk);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Cllr Smith, Councillor"));
  EXPECT_THAT(page.body, HasSubstr("Add the member"));
  EXPECT_THAT(Get(members, SignIn("member")).body, Not(HasSubstr("Add the member")));
  const std::string person = "person_id=" + std::to_string(smith.id.value);
  const int64_t before = AuditCount();

  Reply bad_date = Post(members, clerk, person + "&role=chair&voting=yes&from=2026-02-30");
  EXPECT_EQ(bad_date.status, 400);
  ExpectFieldError(bad_date, "from");
  Reply backwards = Post(members, clerk, person + "&role=chair&from=2026-05-01&until=2026-04-01");
  EXPECT_EQ(backwards.status, 400);
  ExpectFieldError(backwards, "until");
  Reply nobody = Post(members, clerk, "person_id=&role=chair");
  EXPECT_EQ(nobody.status, 400);
  ExpectFieldError(nobody, "person-id");
  Reply bad_role = Post(members, clerk, person + "&role=king");
  EXPECT_EQ(bad_role.status, 400);
  ExpectFieldError(bad_role, "role");
  EXPECT_EQ(Post(members, SignIn("otherclerk"), person + "&role=member").status, 403);
  EXPECT_EQ(Post("/bodies/9999/members", clerk, person + "&role=member").status, 404);
  EXPECT_TRUE(MembershipsNow(body_.id).empty());
  EXPECT_EQ(AuditCount(), before);

  Reply added = Post(members, clerk, person + "&role=chair&speaking=yes&from=2026-05-01");
  ASSERT_EQ(added.status, 303) << added.body;
  std::vector<store::Membership> now = MembershipsNow(body_.id);
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].role, store::MembershipRole::kChair);
  EXPECT_FALSE(now[0].voting);  // unticked
  EXPECT_TRUE(now[0].speaking);
  Reply shown = Get(members, clerk);
  EXPECT_THAT(shown.body, HasSubstr("<td class=\"govuk-table__cell\">Chair</td>"));
  EXPECT_THAT(shown.body, HasSubstr("2026-05-01"));

  const std::string end = "/memberships/" + std::to_string(now[0].id.value) + "/end";
  const std::string field = "until-" + std::to_string(now[0].id.value);
  Reply early = Post(end, clerk, "version=1&until=2026-04-01");
  EXPECT_EQ(early.status, 400);
  ExpectFieldError(early, field);
  Reply blank = Post(end, clerk, "version=1&until=");
  EXPECT_EQ(blank.status, 400);
  ExpectFieldError(blank, field);
  Reply stale = Post(end, clerk, "version=7&until=2026-12-31");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(Post(end, SignIn("author"), "version=1&until=2026-12-31").status, 403);
  EXPECT_EQ(AuditCount(), before + 1);
  Reply ended = Post(end, clerk, "version=1&until=2026-12-31");
  ASSERT_EQ(ended.status, 303) << ended.body;
  EXPECT_EQ(MembershipsNow(body_.id)[0].until, Date::FromYmd(2026, 12, 31).value());
  EXPECT_EQ(AuditCount(), before + 2);
}

TEST_F(BoardPagesTest, ApiListsAndAddsMemberships) {
  store::Person smith = AddPerson("Cllr Smith");
  const std::string path = "/api/v1/bodies/" + std::to_string(body_.id.value) + "/memberships";
  EXPECT_EQ(Get(path).status, 401);
  Browser clerk = SignIn("clerk");
  const int64_t before = AuditCount();
  Reply bad_role = PostJson(path, clerk, {{"person_id", smith.id.value}, {"role", "king"}});
  EXPECT_EQ(bad_role.status, 400);
  EXPECT_EQ(Body(bad_role)["error"]["field"], "role");
  Reply no_person = PostJson(path, clerk, {{"role", "member"}});
  EXPECT_EQ(Body(no_person)["error"]["field"], "person_id");
  Reply unknown = PostJson(path, clerk, {{"person_id", 9999}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(Body(unknown)["error"]["field"], "person_id");
  Reply backwards =
      PostJson(path, clerk, {{"person_id", smith.id.value}, {"from", "2026-05-01"}, {"until", "2026-01-01"}});
  EXPECT_EQ(Body(backwards)["error"]["field"], "until");
  EXPECT_EQ(PostJson(path, SignIn("otherclerk"), {{"person_id", smith.id.value}}).status, 403);
  EXPECT_EQ(PostJson("/api/v1/bodies/9999/memberships", clerk, {{"person_id", smith.id.value}}).status, 404);
  EXPECT_EQ(AuditCount(), before);
  Reply made = PostJson(path, clerk,
                        {{"person_id", smith.id.value},
                         {"role", "vice_chair"},
                         {"voting", false},
                         {"from", "2026-05-01"},
                         {"until", "2027-04-30"}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(Body(made)["role"], "vice_chair");
  EXPECT_EQ(Body(made)["voting"], false);
  EXPECT_EQ(Body(made)["speaking"], true);
  EXPECT_EQ(Body(made)["until"], "2027-04-30");
  Reply list = Get(path, SignIn("member"));
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(Body(list)["items"].size(), 1u);
  EXPECT_EQ(Body(list)["items"][0]["person_id"], smith.id.value);
  EXPECT_THAT(Get(path + "?format=csv", clerk).body,
              HasSubstr("vice_chair,false,true,2026-05-01,2027-04-30"));
  EXPECT_EQ(Get("/api/v1/bodies/9999/memberships", clerk).status, 404);
  EXPECT_EQ(AuditCount(), before + 1);
}

// ----- Editing an action; the printable log; the meeting page's manage link

TEST_F(BoardPagesTest, AnActionIsEditedOnItsPageWithErrorsAndBothVersionsOnConflict) {
  Browser clerk = SignIn("clerk");
  const std::string path = "/actions/" + std::to_string(action_.id.value);
  Reply page = Get(path, clerk);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Edit the action"));
  EXPECT_THAT(page.body, HasSubstr("value=\"2026-11-10\""));
  EXPECT_THAT(Get(path, SignIn("author")).body, Not(HasSubstr("Edit the action")));
  const int64_t before = AuditCount();

  Reply no_owner = Post(path, clerk, "version=1&text=Circulate+it&owner=+&target_date=2026-12-01");
  EXPECT_EQ(no_owner.status, 400);
  ExpectFieldError(no_owner, "edit-owner");
  EXPECT_THAT(no_owner.body, HasSubstr(">Circulate it</textarea>"));
  Reply bad_date = Post(path, clerk, "version=1&text=Circulate+it&owner=Treasurer&target_date=2026-13-01");
  EXPECT_EQ(bad_date.status, 400);
  ExpectFieldError(bad_date, "edit-target-date");
  Reply too_early = Post(path, clerk, "version=1&text=Circulate+it&owner=Treasurer&target_date=2026-10-01");
  EXPECT_EQ(too_early.status, 400);
  ExpectFieldError(too_early, "edit-target-date");
  Reply no_text = Post(path, clerk, "version=1&text=&owner=Treasurer");
  EXPECT_EQ(no_text.status, 400);
  ExpectFieldError(no_text, "edit-text");
  EXPECT_EQ(Post(path, SignIn("author"), "version=1&text=X&owner=Y").status, 403);
  EXPECT_EQ(Post(path, clerk, "text=X&owner=Y").status, 400);  // no version
  EXPECT_EQ(AuditCount(), before);
  EXPECT_EQ(ActionNow().version, 1);

  Reply edited =
      Post(path, clerk,
           "version=1&text=Circulate+the+final+forecast&owner=Finance+Director&target_date=2026-12-01");
  ASSERT_EQ(edited.status, 303) << edited.body;
  store::Action now = ActionNow();
  EXPECT_EQ(now.text, "Circulate the final forecast");
  EXPECT_EQ(now.owner, "Finance Director");
  EXPECT_EQ(now.target_date, Date::FromYmd(2026, 12, 1).value());
  EXPECT_EQ(now.report_back_meeting_id, next_.id);  // kept
  EXPECT_EQ(AuditCount(), before + 1);

  Reply stale = Post(path, clerk, "version=1&text=Something+else&owner=Treasurer&target_date=");
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Someone else changed this action"));
  EXPECT_THAT(stale.body, HasSubstr("Something else"));                // yours
  EXPECT_THAT(stale.body, HasSubstr("Circulate the final forecast"));  // now
  EXPECT_THAT(stale.body, HasSubstr("name=\"version\" value=\"2\""));
  EXPECT_EQ(ActionNow().text, "Circulate the final forecast");
  EXPECT_EQ(AuditCount(), before + 1);
}

TEST_F(BoardPagesTest, TheActionLogPrintsInTheConventionalColumns) {
  const std::string log = "/bodies/" + std::to_string(body_.id.value) + "/actions";
  const std::string print = "/bodies/" + std::to_string(body_.id.value) + "/action-log/print";
  EXPECT_THAT(Get(log).body, HasSubstr("href=\"" + print + "\""));
  Reply page = Get(print);
  ASSERT_EQ(page.status, 200) << page.body;
  std::vector<std::string> columns = {"Action no.", "Meeting date raised", "Agenda item", "Action",
                                      "Owner",      "Target date",         "Update",      "Update date",
                                      "Status"};
  size_t at = page.body.find("<thead");
  for (const std::string& column : columns) {
    size_t found = page.body.find(">" + column + "</th>", at);
    ASSERT_NE(found, std::string::npos) << column;
    at = found;
  }
  EXPECT_THAT(page.body, HasSubstr("<td class=\"govuk-table__cell\">7</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td class=\"govuk-table__cell\">2026-11-02</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td class=\"govuk-table__cell\">4.1</td>"));
  EXPECT_THAT(page.body, HasSubstr("2026-11-10 (overdue)"));
  EXPECT_THAT(page.body, HasSubstr("<td class=\"govuk-table__cell\">Draft sent to the chair</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td class=\"govuk-table__cell\">2026-11-12</td>"));
  EXPECT_EQ(Get("/bodies/9999/action-log/print").status, 404);
  EXPECT_EQ(Get("/bodies/x/action-log/print").status, 404);
  // The print stylesheet hides the site's furniture.
  Reply css = Get("/static/boardroom.css");
  EXPECT_THAT(css.body, HasSubstr("@media print"));
}

TEST_F(BoardPagesTest, TheMeetingPageLinksItsManagePageForThoseWhoMayManageIt) {
  const std::string meeting = "/meetings/" + std::to_string(next_.id.value);
  const std::string manage = "href=\"" + meeting + "/manage\"";
  EXPECT_THAT(Get(meeting, SignIn("clerk")).body, HasSubstr(manage));
  EXPECT_THAT(Get(meeting, SignIn("member")).body, Not(HasSubstr(manage)));
  EXPECT_THAT(Get(meeting, SignIn("otherclerk")).body, Not(HasSubstr(manage)));
  EXPECT_THAT(Get(meeting).body, Not(HasSubstr(manage)));
  EXPECT_THAT(Get(meeting).body, Not(HasSubstr(manage)));  // the public's cached copy has none either
}

}  // namespace
}  // namespace boardroom::web
