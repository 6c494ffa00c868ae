// Who may see and change what, over real HTTP, against the application exactly as `boardroom serve` builds
// it (web::BuildApp): a matrix of role × route × classification that shows nothing leaks; every route must be
// in the table below, so a new route without a row fails here. Also: CSRF, session fixation, brute force,
// stored XSS, SQL and FTS syntax in parameters, API tokens, the first run, security headers and cookies.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "accounts/accounts.h"
#include "app_server.h"
#include "client.h"
#include "core/clock.h"
#include "store/audit_chain.h"
#include "store/sqlite/sqlite_store.h"
#include "web/app.h"
#include "web/server.h"

namespace boardroom::web {
namespace {

using ::boardroom::testing::CookieJar;
using ::boardroom::testing::Reply;
using ::boardroom::testing::Send;
using ::testing::HasSubstr;
using ::testing::Not;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr char kPassword[] = "correct horse battery";

// Text planted in one record each; who may see it is the test's expectation.
struct Marker {
  std::string text;
  std::set<std::string> seen_by;  // roles
};

// The roles of the matrix, and what each is granted.
const std::vector<std::string> kRoles = {"public", "member_a", "author_a", "clerk_a", "member_b", "admin"};

accounts::AccountPolicy TestPolicy() {
  accounts::AccountPolicy p;
  p.password_cost = accounts::PasswordCost::Fastest();
  return p;
}

class AccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-access");
    auto opened = store::OpenSqliteStore((dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::shared_ptr<store::Store>(std::move(opened).value());
  }

  void TearDown() override {
    StopServer();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void StartServer(AppOptions options = {}) {
    options.store = store_;
    options.clock = clock_;
    options.policy = policy_;
    Status started = app_.Start(options);
    ASSERT_TRUE(started.ok()) << started.error().message;
    routes_ = app_.routes();
    port_ = app_.port();
  }

  void StopServer() { app_.Stop(); }

  // Seeds two bodies with material of every classification, and users of every role.
  void Seed() {
    auto tx = std::move(store_->Begin()).value();
    body_a_ = tx->bodies().CreateBody({.name = "Alpha Board", .short_name = "ALPHA"}).value();
    body_b_ = tx->bodies().CreateBody({.name = "Beta Board", .short_name = "BETA"}).value();
    meeting_a_ = tx->meetings()
                     .CreateMeeting({.body_id = body_a_.id,
                                     .date = Date::FromYmd(2026, 12, 10).value(),
                                     .time = "10:00",
                                     .venue = "Room 1"})
                     .value();
    struct PaperSeed {
      store::BodyId body;
      std::string marker;
      bool published, exempt;
      store::Classification classification;
    };
    const std::vector<PaperSeed> papers = {
        {body_a_.id, "pubmarkalpha", true, false, store::Classification::kOfficial},
        {body_a_.id, "draftmarkalpha", false, false, store::Classification::kOfficial},
        {body_a_.id, "sensmarkalpha", true, false, store::Classification::kOfficialSensitive},
        {body_a_.id, "exemptmarkalpha", true, true, store::Classification::kOfficial},
        {body_b_.id, "draftmarkbeta", false, false, store::Classification::kOfficial},
        {body_b_.id, "sensmarkbeta", true, false, store::Classification::kOfficialSensitive},
    };
    int64_t position = 0;
    for (const PaperSeed& seed : papers) {
      store::Paper paper;
      paper.body_id = seed.body;
      paper.title = "Paper titled " + seed.marker + "title";
      paper.published = seed.published;
      paper.exempt = seed.exempt;
      paper.classification = seed.classification;
      paper.meeting_date = Date::FromYmd(2026, 12, 10).value();
      paper = tx->papers().CreatePaper(paper).value();
      paper_ids_[seed.marker] = paper.id;
      // An inspection the paper responds to, with one item, and an acronym it spells out.
      store::Inspection inspection =
          tx->inspections()
              .CreateInspection({.paper_id = paper.id, .title = "Inspection of " + seed.marker + " work"})
              .value();
      inspection_ids_[seed.marker] = inspection.id;
      ASSERT_TRUE(tx->inspections()
                      .CreateInspectionItem({.inspection_id = inspection.id,
                                             .position = 1,
                                             .text = "Chief constables should review " + seed.marker})
                      .ok());
      ASSERT_TRUE(tx->inspections()
                      .CreateAcronym({.body_id = seed.body,
                                      .short_form = "ACR",
                                      .long_form = "Agency for " + seed.marker,
                                      .paper_id = paper.id})
                      .ok());
      store::Paragraph g;
      g.paper_id = paper.id;
      g.number = "1.1";
      g.text = "Common budgetword and " + seed.marker + " in the text.";
      ASSERT_TRUE(tx->papers().CreateParagraph(g).ok());
      if (seed.body == body_a_.id) {
        ++position;
        ASSERT_TRUE(tx->meetings()
                        .CreateAgendaItem({.meeting_id = meeting_a_.id,
                                           .number = std::to_string(position),
                                           .position = position,
                                           .title = "Item " + std::to_string(position),
                                           .kind = store::AgendaItemKind::kPaper,
                                           .paper_id = paper.id})
                        .ok());
      }
    }
    ASSERT_TRUE(tx->meetings()
                    .CreateAgendaItem({.meeting_id = meeting_a_.id,
                                       .number = "9",
                                       .position = 9,
                                       .title = "Exempt item exemptitemmarkalpha",
                                       .kind = store::AgendaItemKind::kExempt,
                                       .exemption_paragraph = "3"})
                    .ok());
    ASSERT_TRUE(tx->actions()
                    .CreateAction({.body_id = body_a_.id,
                                   .number = "1",
                                   .meeting_raised_id = meeting_a_.id,
                                   .text = "Report on the budgetword",
                                   .owner = "Treasurer",
                                   .target_date = Date::FromYmd(2026, 12, 1).value()})
                    .ok());
    // Action 2 was raised at exempt business: it and its update are for those who see Alpha's exempt
    // material.
    store::Action exempt_action = tx->actions()
                                      .CreateAction({.body_id = body_a_.id,
                                                     .number = "2",
                                                     .meeting_raised_id = meeting_a_.id,
                                                     .agenda_item_number = "9",
                                                     .text = "Exempt budgetword exemptactionmarkalpha",
                                                     .owner = "Treasurer",
                                                     .exempt = true})
                                      .value();
    ASSERT_TRUE(tx->actions()
                    .AppendActionUpdate({.action_id = exempt_action.id,
                                         .date = Date::FromYmd(2026, 11, 1).value(),
                                         .text = "Update budgetword exemptupdatemarkalpha"})
                    .ok());
    // A plan of body A whose theme gathers every seeded paper (both bodies') and the exempt item.
    {
      auto plan = tx->plans().CreatePlan({.body_id = body_a_.id,
                                          .title = "Plan",
                                          .period_from = Date::FromYmd(2026, 4, 1).value(),
                                          .period_until = Date::FromYmd(2027, 3, 31).value()});
      ASSERT_TRUE(plan.ok());
      plan_id_ = plan->id.value;
      auto theme = tx->plans().CreateTheme({.plan_id = plan->id, .title = "Theme", .slug = "theme"});
      ASSERT_TRUE(theme.ok());
      theme_id_ = theme->id.value;
      for (const auto& [marker, id] : paper_ids_)
        ASSERT_TRUE(tx->plans().Tag({theme->id, store::TaggedKind::kPaper, id.value}).ok());
      ASSERT_TRUE(tx->plans().Tag({theme->id, store::TaggedKind::kAgendaItem, 5}).ok());
      ASSERT_TRUE(tx->plans().Tag({theme->id, store::TaggedKind::kAction, 1}).ok());
      ASSERT_TRUE(tx->plans().Tag({theme->id, store::TaggedKind::kAction, exempt_action.id.value}).ok());
    }
    auto user = [&](const std::string& role, std::optional<store::BodyId> body, store::AccountRole grant) {
      auto made =
          accounts::CreateUser(*tx, *clock_, policy_, role + "@example.org", "Person " + role, kPassword);
      ASSERT_TRUE(made.ok()) << made.error().message;
      ASSERT_TRUE(tx->accounts().GrantRole({.user_id = made->id, .body_id = body, .role = grant}).ok());
      users_[role] = made->id;
    };
    user("member_a", body_a_.id, store::AccountRole::kMember);
    user("author_a", body_a_.id, store::AccountRole::kAuthor);
    user("clerk_a", body_a_.id, store::AccountRole::kClerk);
    user("member_b", body_b_.id, store::AccountRole::kMember);
    user("admin", std::nullopt, store::AccountRole::kAdmin);
    ASSERT_TRUE(tx->Commit().ok());
  }

  // What each role may see of the seeded markers.
  std::vector<Marker> Markers() const {
    std::set<std::string> everyone(kRoles.begin(), kRoles.end());
    return {
        {"pubmarkalpha", everyone},
        {"draftmarkalpha", {"author_a", "clerk_a", "admin"}},
        {"sensmarkalpha", {"member_a", "author_a", "clerk_a", "admin"}},
        {"exemptmarkalpha", {"member_a", "author_a", "clerk_a", "admin"}},
        {"exemptitemmarkalpha", {"member_a", "author_a", "clerk_a", "admin"}},
        {"exemptactionmarkalpha", {"member_a", "author_a", "clerk_a", "admin"}},
        {"exemptupdatemarkalpha", {"member_a", "author_a", "clerk_a", "admin"}},
        {"draftmarkbeta", {"admin"}},
        {"sensmarkbeta", {"member_b", "admin"}},
    };
  }

  // A browser of `role`, signed in through the JSON door (the public: no cookies).
  struct Browser {
    CookieJar jar;
    std::string csrf;
  };
  Browser SignIn(const std::string& role) {
    Browser browser;
    if (role == "public") return browser;
    Reply reply = Post("/api/v1/session", browser,
                       nlohmann::json{{"email", role + "@example.org"}, {"password", kPassword}}.dump(),
                       "application/json");
    EXPECT_EQ(reply.status, 200) << role << ": " << reply.body;
    browser.jar.Keep(reply);
    nlohmann::json body = nlohmann::json::parse(reply.body, nullptr, false);
    if (!body.is_discarded() && body.contains("csrf_token")) browser.csrf = body["csrf_token"];
    return browser;
  }

  Headers With(const Browser& browser, Headers extra = {}) const {
    if (!browser.jar.Header().empty()) extra.emplace_back("Cookie", browser.jar.Header());
    return extra;
  }
  Reply Get(const std::string& target, const Browser& browser = {}) {
    return Send(port_, "GET", target, With(browser));
  }
  Reply Post(const std::string& target, const Browser& browser, const std::string& body,
             const std::string& type = "application/x-www-form-urlencoded", Headers extra = {}) {
    extra.emplace_back("Content-Type", type);
    return Send(port_, "POST", target, With(browser, extra), body);
  }

  int64_t AuditCount() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return static_cast<int64_t>(tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value().size());
  }

  // The concrete target of a route pattern, with the seeded ids.
  std::string TargetOf(const std::string& pattern) {
    std::map<std::string, std::string> fills = {
        {"/meetings/{id}", "/meetings/" + std::to_string(meeting_a_.id.value)},
        {"/bodies/{id}/actions", "/bodies/" + std::to_string(body_a_.id.value) + "/actions"},
        {"/static/{name}", "/static/no-such-file.css"},
        {"/history/{kind}/{id}", "/history/paper/" + std::to_string(paper_ids_["draftmarkalpha"].value)},
        {"/api/v1/history/{kind}/{id}",
         "/api/v1/history/paper/" + std::to_string(paper_ids_["draftmarkalpha"].value)},
        {"/account/tokens/{id}/revoke", "/account/tokens/1/revoke"},
        {"/api/v1/tokens/{id}", "/api/v1/tokens/1"},
        {"/search", "/search?q=budgetword"},
        {"/api/v1/search", "/api/v1/search?q=budgetword"},
        {"/meetings/{id}/manage", "/meetings/" + std::to_string(meeting_a_.id.value) + "/manage"},
        {"/actions/{id}", "/actions/2"},
        {"/papers/{id}",
         "/papers/" + std::to_string(paper_ids_["draftmarkalpha"].value)},  // the exempt action
        {"/meetings/{id}/items", "/meetings/" + std::to_string(meeting_a_.id.value) + "/items"},
        {"/meetings/{id}/standard-items",
         "/meetings/" + std::to_string(meeting_a_.id.value) + "/standard-items"},
        {"/meetings/{id}/actions", "/meetings/" + std::to_string(meeting_a_.id.value) + "/actions"},
        {"/agenda-items/{id}/move", "/agenda-items/1/move"},
        {"/recommendations/{id}/outcome", "/recommendations/1/outcome"},
        {"/actions/{id}/updates", "/actions/1/updates"},
        {"/actions/{id}/status", "/actions/1/status"},
        {"/meetings/{id}/status", "/meetings/" + std::to_string(meeting_a_.id.value) + "/status"},
        {"/actions/{id}/report-back", "/actions/1/report-back"},
        {"/meetings/{id}/attendance", "/meetings/" + std::to_string(meeting_a_.id.value) + "/attendance"},
        {"/agenda-items/{id}/edit", "/agenda-items/5/edit"},  // the exempt item
        {"/agenda-items/{id}", "/agenda-items/5"},
        {"/meetings/{id}/declarations", "/meetings/" + std::to_string(meeting_a_.id.value) + "/declarations"},
        {"/decisions", "/decisions?body=" + std::to_string(body_a_.id.value)},
        // The JSON API of the meeting cycle.
        {"/api/v1/meetings/{id}", "/api/v1/meetings/" + std::to_string(meeting_a_.id.value)},
        {"/api/v1/meetings/{id}/agenda-items",
         "/api/v1/meetings/" + std::to_string(meeting_a_.id.value) + "/agenda-items"},
        {"/api/v1/papers/{id}", "/api/v1/papers/" + std::to_string(paper_ids_["draftmarkalpha"].value)},
        {"/api/v1/actions/{id}", "/api/v1/actions/2"},
        {"/api/v1/actions/{id}/updates", "/api/v1/actions/1/updates"},
        // Clearances and publication, the bodies' structure, organisations, people and memberships.
        {"/papers/{id}/clearances",
         "/papers/" + std::to_string(paper_ids_["draftmarkalpha"].value) + "/clearances"},
        {"/papers/{id}/publish",
         "/papers/" + std::to_string(paper_ids_["draftmarkalpha"].value) + "/publish"},
        {"/bodies/{id}/members", "/bodies/" + std::to_string(body_a_.id.value) + "/members"},
        {"/memberships/{id}/end", "/memberships/1/end"},
        {"/bodies/{id}/action-log/print",
         "/bodies/" + std::to_string(body_a_.id.value) + "/action-log/print"},
        {"/api/v1/papers/{id}/clearances",
         "/api/v1/papers/" + std::to_string(paper_ids_["draftmarkalpha"].value) + "/clearances"},
        {"/api/v1/papers/{id}/publish",
         "/api/v1/papers/" + std::to_string(paper_ids_["draftmarkalpha"].value) + "/publish"},
        {"/api/v1/bodies/{id}/memberships",
         "/api/v1/bodies/" + std::to_string(body_a_.id.value) + "/memberships"},
        // Inspections and the glossary (inspection_pages.h).
        {"/inspections/{id}", "/inspections/" + std::to_string(inspection_ids_["draftmarkalpha"].value)},
        {"/api/v1/inspections/{id}",
         "/api/v1/inspections/" + std::to_string(inspection_ids_["draftmarkalpha"].value)},
        // Plans and themes.
        {"/plans/{id}", "/plans/" + std::to_string(plan_id_)},
        {"/plans/{id}/themes", "/plans/" + std::to_string(plan_id_) + "/themes"},
        {"/themes/{id}", "/themes/" + std::to_string(theme_id_)},
        {"/themes/{id}/objectives", "/themes/" + std::to_string(theme_id_) + "/objectives"},
        {"/themes/{id}/tags", "/themes/" + std::to_string(theme_id_) + "/tags"},
        {"/themes/{id}/untag", "/themes/" + std::to_string(theme_id_) + "/untag"},
        {"/api/v1/plans/{id}", "/api/v1/plans/" + std::to_string(plan_id_)},
        {"/api/v1/plans/{id}/themes", "/api/v1/plans/" + std::to_string(plan_id_) + "/themes"},
        {"/api/v1/themes/{id}", "/api/v1/themes/" + std::to_string(theme_id_)},
        {"/api/v1/themes/{id}/objectives", "/api/v1/themes/" + std::to_string(theme_id_) + "/objectives"},
        {"/api/v1/themes/{id}/tags", "/api/v1/themes/" + std::to_string(theme_id_) + "/tags"},
        {"/api/v1/themes/{id}/tags/{kind}/{record_id}",
         "/api/v1/themes/" + std::to_string(theme_id_) + "/tags/action/1"},
    };
    auto it = fills.find(pattern);
    return it == fills.end() ? pattern : it->second;
  }

  std::filesystem::path dir_;
  std::shared_ptr<store::Store> store_;
  std::shared_ptr<FixedClock> clock_ = std::make_shared<FixedClock>(1'795'000'000);  // 2026-11-18
  accounts::AccountPolicy policy_ = TestPolicy();
  ::boardroom::testing::AppServer app_;
  int port_ = 0;
  std::vector<std::string> routes_;
  store::Body body_a_, body_b_;
  store::Meeting meeting_a_;
  std::map<std::string, store::PaperId> paper_ids_;
  std::map<std::string, store::InspectionId> inspection_ids_;
  std::map<std::string, store::UserId> users_;
  int64_t plan_id_ = 0, theme_id_ = 0;
};

// Every route, and what the matrix expects of it. `reads`: a GET whose answer may show seeded material;
// `shows`: markers that must appear in it for the roles that may see them (so that the leak check cannot pass
// on an empty page).
struct RouteRow {
  std::string route;  // "METHOD pattern"
  bool reads = false;
  std::vector<std::string> shows;
};

const std::vector<std::string> kThemeShows = {"pubmarkalpha",        "draftmarkalpha",       "sensmarkalpha",
                                              "exemptmarkalpha",     "draftmarkbeta",        "sensmarkbeta",
                                              "exemptitemmarkalpha", "exemptactionmarkalpha"};

const std::vector<RouteRow> kRouteTable = {
    {"GET /", true, {}},
    {"GET /healthz", true, {}},
    {"GET /api/v1", true, {}},
    {"GET /static/{name}", true, {}},
    {"GET /meetings/{id}", true, {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptitemmarkalpha"}},
    {"GET /papers/{id}", true, {"draftmarkalpha"}},
    {"GET /bodies/{id}/actions", true, {"exemptactionmarkalpha", "exemptupdatemarkalpha"}},
    {"GET /search",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "sensmarkbeta",
      "exemptactionmarkalpha", "exemptupdatemarkalpha"}},
    {"GET /api/v1/search",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "draftmarkbeta", "sensmarkbeta",
      "exemptactionmarkalpha", "exemptupdatemarkalpha"}},
    {"GET /sign-in", true, {}},
    {"POST /sign-in", false, {}},
    {"POST /sign-out", false, {}},
    {"GET /first-run", true, {}},
    {"POST /first-run", false, {}},
    {"GET /account", true, {}},
    {"POST /account/tokens", false, {}},
    {"POST /account/tokens/{id}/revoke", false, {}},
    {"POST /account/sign-out-everywhere", false, {}},
    {"GET /api/v1/session", true, {}},
    {"POST /api/v1/session", false, {}},
    {"DELETE /api/v1/session", false, {}},
    {"DELETE /api/v1/sessions", false, {}},
    {"GET /api/v1/tokens", true, {}},
    {"POST /api/v1/tokens", false, {}},
    {"DELETE /api/v1/tokens/{id}", false, {}},
    {"GET /history/{kind}/{id}", true, {"draftmarkalpha"}},
    {"GET /api/v1/history/{kind}/{id}", true, {"draftmarkalpha"}},
    {"GET /api/v1/audit/verify", true, {}},
    // The clerk's pages (clerk_pages.h).
    {"GET /dashboard", true, {}},
    {"GET /decisions", true, {}},
    {"GET /meetings/new", true, {}},
    {"POST /meetings", false, {}},
    {"GET /meetings/{id}/manage", true, {"draftmarkalpha", "sensmarkalpha", "exemptitemmarkalpha"}},
    {"POST /meetings/{id}/items", false, {}},
    {"POST /meetings/{id}/standard-items", false, {}},
    {"POST /agenda-items/{id}/move", false, {}},
    {"POST /recommendations/{id}/outcome", false, {}},
    {"POST /meetings/{id}/actions", false, {}},
    {"GET /actions/{id}", true, {"exemptactionmarkalpha", "exemptupdatemarkalpha"}},
    {"POST /actions/{id}/updates", false, {}},
    {"POST /actions/{id}/status", false, {}},
    {"POST /meetings/{id}/status", false, {}},
    {"POST /actions/{id}/report-back", false, {}},
    {"POST /meetings/{id}/attendance", false, {}},
    {"GET /agenda-items/{id}/edit", true, {"exemptitemmarkalpha"}},
    {"POST /agenda-items/{id}", false, {}},
    {"POST /meetings/{id}/declarations", false, {}},
    {"POST /actions/{id}", false, {}},
    // A paper's clearances and publication (paper_pages.h).
    {"GET /papers/{id}/clearances", true, {"draftmarkalpha"}},
    {"POST /papers/{id}/clearances", false, {}},
    {"POST /papers/{id}/publish", false, {}},
    // Writing a paper: the form shows only body names, never papers.
    {"GET /papers/new", true, {}},
    {"POST /papers", false, {}},
    // The bodies and their structure (structure_pages.h), the printable action log.
    {"GET /bodies", true, {}},
    {"GET /bodies/structure", true, {}},
    {"GET /bodies/structure.svg", true, {}},
    {"GET /bodies/{id}/action-log/print", true, {"exemptactionmarkalpha", "exemptupdatemarkalpha"}},
    // Organisations, people and memberships (directory_pages.h).
    {"GET /organisations", true, {}},
    {"POST /organisations", false, {}},
    {"GET /people", true, {}},
    {"POST /people", false, {}},
    {"GET /bodies/{id}/members", true, {}},
    {"POST /bodies/{id}/members", false, {}},
    {"POST /memberships/{id}/end", false, {}},
    // The upload of meeting packs with a preview (import_pages.h).
    {"GET /imports/new", true, {}},
    {"POST /imports/preview", false, {}},
    {"POST /imports", false, {}},
    // The JSON API of the meeting cycle (src/web/api_governance.cc).
    {"GET /api/v1/openapi.json", true, {}},
    {"GET /api/v1/bodies", true, {}},
    {"POST /api/v1/bodies", false, {}},
    {"GET /api/v1/meetings", true, {}},
    {"POST /api/v1/meetings", false, {}},
    {"GET /api/v1/meetings/{id}",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "exemptitemmarkalpha"}},
    {"POST /api/v1/meetings/{id}/agenda-items", false, {}},
    {"GET /api/v1/papers",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "draftmarkbeta", "sensmarkbeta"}},
    {"POST /api/v1/papers", false, {}},
    {"GET /api/v1/papers/{id}", true, {"draftmarkalpha"}},
    {"GET /api/v1/actions", true, {"exemptactionmarkalpha", "exemptupdatemarkalpha"}},
    {"POST /api/v1/actions", false, {}},
    {"GET /api/v1/actions/{id}", true, {"exemptactionmarkalpha", "exemptupdatemarkalpha"}},
    {"PATCH /api/v1/actions/{id}", false, {}},
    {"POST /api/v1/actions/{id}/updates", false, {}},
    {"GET /api/v1/decisions", true, {}},
    {"POST /api/v1/imports", false, {}},
    {"POST /api/v1/papers/{id}/clearances", false, {}},
    {"POST /api/v1/papers/{id}/publish", false, {}},
    {"GET /api/v1/organisations", true, {}},
    {"POST /api/v1/organisations", false, {}},
    {"GET /api/v1/people", true, {}},
    {"POST /api/v1/people", false, {}},
    {"GET /api/v1/bodies/{id}/memberships", true, {}},
    {"POST /api/v1/bodies/{id}/memberships", false, {}},
    // Inspections and the glossary (src/web/inspection_pages.cc).
    {"GET /inspections",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "draftmarkbeta", "sensmarkbeta"}},
    {"GET /inspections/{id}", true, {"draftmarkalpha"}},
    {"GET /glossary",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "draftmarkbeta", "sensmarkbeta"}},
    {"GET /api/v1/inspections",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "draftmarkbeta", "sensmarkbeta"}},
    {"GET /api/v1/inspections/{id}", true, {"draftmarkalpha"}},
    {"GET /api/v1/glossary",
     true,
     {"pubmarkalpha", "draftmarkalpha", "sensmarkalpha", "exemptmarkalpha", "draftmarkbeta", "sensmarkbeta"}},
    // Plans and themes (src/web/plan_pages.cc): every seeded paper and the exempt item are tagged.
    {"GET /plans", true, {}},
    {"POST /plans", false, {}},
    {"GET /plans/{id}", true, {}},
    {"POST /plans/{id}/themes", false, {}},
    {"GET /themes/{id}", true, kThemeShows},
    {"POST /themes/{id}/objectives", false, {}},
    {"POST /themes/{id}/tags", false, {}},
    {"POST /themes/{id}/untag", false, {}},
    {"GET /api/v1/plans", true, {}},
    {"POST /api/v1/plans", false, {}},
    {"GET /api/v1/plans/{id}", true, {}},
    {"POST /api/v1/plans/{id}/themes", false, {}},
    {"GET /api/v1/themes/{id}", true, kThemeShows},
    {"POST /api/v1/themes/{id}/objectives", false, {}},
    {"POST /api/v1/themes/{id}/tags", false, {}},
    {"DELETE /api/v1/themes/{id}/tags/{kind}/{record_id}", false, {}},
};

TEST_F(AccessTest, EveryRouteIsInTheMatrix) {
  Seed();
  StartServer();
  std::set<std::string> table;
  for (const RouteRow& row : kRouteTable) table.insert(row.route);
  std::set<std::string> registered(routes_.begin(), routes_.end());
  EXPECT_EQ(registered, table) << "add a row to kRouteTable for each new route, with what it may show";
}

TEST_F(AccessTest, NoRouteShowsAnyRoleMoreThanItMaySee) {
  Seed();
  // Histories need an event about the draft paper: an edit by the clerk, as the trail would hold it.
  {
    auto tx = std::move(store_->Begin()).value();
    store::AuditEvent e{.at = clock_->NowSeconds(),
                        .actor = "clerk_a@example.org",
                        .action = "update",
                        .record_kind = "paper",
                        .record_id = paper_ids_["draftmarkalpha"].value,
                        .before_json = R"({"title":"old"})",
                        .after_json = R"({"title":"Paper titled draftmarkalphatitle"})"};
    ASSERT_TRUE(store::WriteAuditEvent(*tx, e).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  StartServer();
  std::map<std::string, Browser> browsers;
  for (const std::string& role : kRoles) browsers[role] = SignIn(role);
  int shown_checks = 0;
  // Twice over, so that the second round is served from the page cache where there is one.
  for (int round = 0; round < 2; ++round) {
    for (const RouteRow& row : kRouteTable) {
      if (!row.reads) continue;
      std::string pattern = row.route.substr(4);
      for (const std::string& role : kRoles) {
        SCOPED_TRACE(row.route + " as " + role + " round " + std::to_string(round));
        Reply reply = Get(TargetOf(pattern), browsers[role]);
        EXPECT_LT(reply.status, 500) << reply.body;
        for (const Marker& marker : Markers()) {
          const bool may = marker.seen_by.count(role) > 0;
          if (!may) {
            EXPECT_THAT(reply.body, Not(HasSubstr(marker.text))) << "leaked " << marker.text;
          }
          bool must = may && std::find(row.shows.begin(), row.shows.end(), marker.text) != row.shows.end();
          // Histories are for the body's clerks and administrators only.
          if (pattern.find("history") != std::string::npos)
            must = must && (role == "clerk_a" || role == "admin");
          // A meeting's manage page is for the body's clerks and administrators only.
          if (pattern == "/meetings/{id}/manage" || pattern == "/agenda-items/{id}/edit")
            must = must && (role == "clerk_a" || role == "admin");
          // An action's page is for the body's authors and clerks (it is where they update it).
          if (pattern == "/actions/{id}") must = must && role != "member_a";
          // A paper's clearances are for the body's authors, clerks and administrators only.
          if (pattern == "/papers/{id}/clearances")
            must = must && (role == "author_a" || role == "clerk_a" || role == "admin");
          if (must) {
            EXPECT_THAT(reply.body, HasSubstr(marker.text)) << "missing " << marker.text;
            ++shown_checks;
          }
        }
      }
    }
  }
  EXPECT_GT(shown_checks, 50);  // the matrix really saw material, not only empty pages
}

TEST_F(AccessTest, HistoryIsForTheBodysClerksAndAdministratorsOnly) {
  Seed();
  StartServer();
  std::string target = "/api/v1/history/paper/" + std::to_string(paper_ids_["pubmarkalpha"].value);
  EXPECT_EQ(Get(target).status, 401);
  EXPECT_EQ(Get(target, SignIn("member_a")).status, 404);
  EXPECT_EQ(Get(target, SignIn("author_a")).status, 404);
  EXPECT_EQ(Get(target, SignIn("member_b")).status, 404);
  EXPECT_EQ(Get(target, SignIn("clerk_a")).status, 200);
  EXPECT_EQ(Get(target, SignIn("admin")).status, 200);
  Browser clerk = SignIn("clerk_a");
  EXPECT_EQ(Get("/api/v1/history/paper/999999", clerk).status, 404);
  EXPECT_EQ(Get("/api/v1/history/PAPER/1", clerk).status, 404);
  EXPECT_EQ(Get("/api/v1/history/paper/1%20OR%201=1", clerk).status, 404);
  // A page for people: the public is sent to sign in.
  Reply page = Get("/history/paper/1");
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.Header("Location"), "/sign-in?next=/history/paper/1");
  // The page shows each event's before and after as indented JSON, escaped.
  Reply sign_in =
      Post("/api/v1/session", {}, R"({"email":"clerk_a@example.org","password":"correct horse battery"})",
           "application/json");
  int64_t session_id = 0;
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    session_id = tx->audit().LatestAuditEvent().value()->record_id;
  }
  Reply history = Get("/history/session/" + std::to_string(session_id), SignIn("admin"));
  EXPECT_EQ(history.status, 200);
  EXPECT_THAT(history.body,
              HasSubstr("<pre class=\"br-history__json\">{\n  &quot;absolute_expires_at&quot;"));
  EXPECT_THAT(history.body, HasSubstr("sign_in"));
  // A user's own account history is theirs to read.
  Browser member = SignIn("member_a");
  EXPECT_EQ(Get("/api/v1/history/user/" + std::to_string(users_["member_a"].value), member).status, 200);
  EXPECT_EQ(Get("/api/v1/history/user/" + std::to_string(users_["clerk_a"].value), member).status, 404);
}

TEST_F(AccessTest, StateChangingRoutesRefuseAMissingOrWrongCsrfTokenAndChangeNothing) {
  Seed();
  StartServer();
  Browser clerk = SignIn("clerk_a");
  ASSERT_FALSE(clerk.csrf.empty());
  const int64_t before = AuditCount();
  int checked = 0;
  for (const RouteRow& row : kRouteTable) {
    std::string method = row.route.substr(0, row.route.find(' '));
    if (method == "GET") continue;
    std::string target = TargetOf(row.route.substr(method.size() + 1));
    SCOPED_TRACE(row.route);
    for (const std::string& token : {std::string(), std::string("wrong-token")}) {
      Headers extra = {{"Content-Type", "application/x-www-form-urlencoded"}};
      std::string body = "label=x&email=clerk_a%40example.org&password=x";
      if (!token.empty()) body += "&csrf_token=" + token;
      Reply reply = Send(port_, method, target, With(clerk, extra), body);
      EXPECT_EQ(reply.status, 403) << reply.body;
      Headers json_extra = {{"Content-Type", "application/json"}};
      if (!token.empty()) json_extra.emplace_back("X-CSRF-Token", token);
      Reply json_reply = Send(port_, method, target, With(clerk, json_extra), R"({"label":"x"})");
      EXPECT_EQ(json_reply.status, 403) << json_reply.body;
      ++checked;
    }
  }
  EXPECT_GE(checked, 20);
  EXPECT_EQ(AuditCount(), before);
  // The clerk is still signed in: nothing was ended.
  EXPECT_EQ(Get("/api/v1/session", clerk).status, 200);
  // With the token, the same request goes through.
  Reply made = Send(port_, "POST", "/api/v1/tokens",
                    With(clerk, {{"Content-Type", "application/json"}, {"X-CSRF-Token", clerk.csrf}}),
                    R"({"label":"nightly export"})");
  EXPECT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(AuditCount(), before + 1);
}

TEST_F(AccessTest, SignedOutFormsNeedTheirFormTokenAndCrossSiteRequestsAreRefused) {
  Seed();
  StartServer();
  Browser browser;
  // Without the form cookie and token: refused.
  Reply bare = Post("/sign-in", browser, "email=admin%40example.org&password=correct+horse+battery");
  EXPECT_EQ(bare.status, 403);
  Reply page = Get("/sign-in", browser);
  ASSERT_EQ(page.status, 200);
  browser.jar.Keep(page);
  std::string form_token = browser.jar.Get(kFormCookie);
  ASSERT_FALSE(form_token.empty());
  EXPECT_THAT(page.body, HasSubstr("value=\"" + form_token + "\""));
  Reply wrong =
      Post("/sign-in", browser, "csrf_token=other&email=admin%40example.org&password=correct+horse+battery");
  EXPECT_EQ(wrong.status, 403);
  Reply cross = Post("/sign-in", browser,
                     "csrf_token=" + form_token + "&email=admin%40example.org&password=correct+horse+battery",
                     "application/x-www-form-urlencoded", {{"Sec-Fetch-Site", "cross-site"}});
  EXPECT_EQ(cross.status, 403);
  Reply ok = Post(
      "/sign-in", browser,
      "csrf_token=" + form_token + "&email=admin%40example.org&password=correct+horse+battery&next=/account");
  EXPECT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(ok.Header("Location"), "/account");
  browser.jar.Keep(ok);
  EXPECT_TRUE(browser.jar.Has(kSessionCookie));
  Reply account = Get("/account", browser);
  EXPECT_EQ(account.status, 200);
  EXPECT_THAT(account.body, HasSubstr("Person admin"));
  EXPECT_THAT(account.body, HasSubstr("admin for every body"));
  EXPECT_THAT(Get("/account", SignIn("clerk_a")).body, HasSubstr("clerk for Alpha Board"));
}

TEST_F(AccessTest, SignInNeverKeepsAPlantedOrEarlierSession) {
  Seed();
  StartServer();
  // A token planted by someone else is not a session: the browser stays signed out and the cookie is removed.
  Browser victim;
  victim.jar.Set(kSessionCookie, "planted-by-an-attacker");
  Reply planted = Get("/api/v1/session", victim);
  EXPECT_EQ(planted.status, 401);
  bool removed = false;
  for (const std::string& cookie : planted.SetCookies()) {
    removed = removed || (cookie.starts_with(std::string(kSessionCookie) + "=;") &&
                          cookie.find("Max-Age=0") != std::string::npos);
  }
  EXPECT_TRUE(removed);
  // Signing in gives a new token, never the planted one.
  Reply signed_in =
      Post("/api/v1/session", victim, R"({"email":"clerk_a@example.org","password":"correct horse battery"})",
           "application/json");
  ASSERT_EQ(signed_in.status, 200);
  victim.jar.Keep(signed_in);
  EXPECT_NE(victim.jar.Get(kSessionCookie), "planted-by-an-attacker");
  std::string first = victim.jar.Get(kSessionCookie);
  std::string csrf = nlohmann::json::parse(signed_in.body)["csrf_token"];
  // Signing in again from a signed-in browser ends the earlier session.
  Reply again =
      Post("/api/v1/session", victim, R"({"email":"clerk_a@example.org","password":"correct horse battery"})",
           "application/json", {{"X-CSRF-Token", csrf}});
  ASSERT_EQ(again.status, 200) << again.body;
  Browser old;
  old.jar.Set(kSessionCookie, first);
  EXPECT_EQ(Get("/api/v1/session", old).status, 401);
  victim.jar.Keep(again);
  EXPECT_NE(victim.jar.Get(kSessionCookie), first);
  EXPECT_EQ(Get("/api/v1/session", victim).status, 200);
}

TEST_F(AccessTest, SessionCookieIsHttpOnlyLaxAndSecureOnlyOverTls) {
  Seed();
  StartServer({.trust_proxy = true});
  Reply plain =
      Post("/api/v1/session", {}, R"({"email":"admin@example.org","password":"correct horse battery"})",
           "application/json");
  ASSERT_EQ(plain.status, 200);
  std::string cookie = plain.Header("Set-Cookie");
  EXPECT_THAT(cookie, HasSubstr("HttpOnly"));
  EXPECT_THAT(cookie, HasSubstr("SameSite=Lax"));
  EXPECT_THAT(cookie, HasSubstr("Path=/"));
  EXPECT_THAT(cookie, Not(HasSubstr("Secure")));
  Reply tls =
      Post("/api/v1/session", {}, R"({"email":"admin@example.org","password":"correct horse battery"})",
           "application/json", {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-For", "203.0.113.9"}});
  ASSERT_EQ(tls.status, 200);
  EXPECT_THAT(tls.Header("Set-Cookie"), HasSubstr("; Secure"));
  EXPECT_EQ(tls.Header("Strict-Transport-Security"), "max-age=31536000");
  // The trusted proxy's client address is the one the trail keeps.
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  auto trail = tx->audit().ListAuditTrail({.limit = 100}).value();
  ASSERT_FALSE(trail.empty());
  EXPECT_EQ(trail.back().address, "203.0.113.9");
  EXPECT_EQ(trail.back().action, "sign_in");
}

TEST_F(AccessTest, BruteForceIsSlowedThenLocked) {
  Seed();
  StartServer();
  const std::string wrong = R"({"email":"clerk_a@example.org","password":"guess"})";
  const std::string right = R"({"email":"clerk_a@example.org","password":"correct horse battery"})";
  for (int i = 0; i < policy_.account_free_failures + 1; ++i) {
    EXPECT_EQ(Post("/api/v1/session", {}, wrong, "application/json").status, 401) << i;
  }
  // Too soon after the failures, even the right password waits.
  Reply slowed = Post("/api/v1/session", {}, right, "application/json");
  EXPECT_EQ(slowed.status, 429) << slowed.body;
  EXPECT_FALSE(slowed.Header("Retry-After").empty());
  EXPECT_EQ(Post("/sign-in", {}, "email=x").status, 403);  // and forms still need their token
  for (int i = policy_.account_free_failures + 1; i < policy_.account_lock_after; ++i) {
    clock_->Advance(policy_.max_delay_seconds);
    EXPECT_EQ(Post("/api/v1/session", {}, wrong, "application/json").status, 401) << i;
  }
  clock_->Advance(policy_.max_delay_seconds);
  Reply locked = Post("/api/v1/session", {}, right, "application/json");
  EXPECT_EQ(locked.status, 429);
  EXPECT_THAT(locked.body, HasSubstr("locked"));
  clock_->Advance(policy_.lock_seconds);
  EXPECT_EQ(Post("/api/v1/session", {}, right, "application/json").status, 200);
}

TEST_F(AccessTest, WrongPasswordAndUnknownEmailGetTheSameAnswer) {
  Seed();
  StartServer();
  Reply wrong =
      Post("/api/v1/session", {}, R"({"email":"clerk_a@example.org","password":"nope"})", "application/json");
  Reply unknown =
      Post("/api/v1/session", {}, R"({"email":"nobody@example.org","password":"nope"})", "application/json");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.body, unknown.body);
  Reply bad_json = Post("/api/v1/session", {}, "{not json", "application/json");
  EXPECT_EQ(bad_json.status, 400);
  Reply no_password = Post("/api/v1/session", {}, R"({"email":"clerk_a@example.org"})", "application/json");
  EXPECT_EQ(no_password.status, 400);
  EXPECT_EQ(nlohmann::json::parse(no_password.body)["error"]["field"], "password");
}

TEST_F(AccessTest, SignOutAndSignOutEverywhereEndSessions) {
  Seed();
  StartServer();
  Browser one = SignIn("clerk_a");
  Browser two = SignIn("clerk_a");
  Reply out = Send(port_, "DELETE", "/api/v1/session", With(one, {{"X-CSRF-Token", one.csrf}}));
  EXPECT_EQ(out.status, 204);
  EXPECT_EQ(Get("/api/v1/session", one).status, 401);
  EXPECT_EQ(Get("/api/v1/session", two).status, 200);
  Browser three = SignIn("clerk_a");
  Reply everywhere = Send(port_, "DELETE", "/api/v1/sessions", With(three, {{"X-CSRF-Token", three.csrf}}));
  EXPECT_EQ(everywhere.status, 200);
  EXPECT_EQ(nlohmann::json::parse(everywhere.body)["sessions_ended"], 2);
  EXPECT_EQ(Get("/api/v1/session", two).status, 401);
  EXPECT_EQ(Get("/api/v1/session", three).status, 401);
  // The form door: sign out with the page's token.
  Browser four = SignIn("clerk_a");
  Reply form_out = Post("/sign-out", four, "csrf_token=" + four.csrf);
  EXPECT_EQ(form_out.status, 303);
  EXPECT_EQ(Get("/api/v1/session", four).status, 401);
}

TEST_F(AccessTest, ApiTokensWorkAsBearerUntilRevokedAndNeedNoCsrf) {
  Seed();
  StartServer();
  Browser clerk = SignIn("clerk_a");
  Reply made = Send(port_, "POST", "/api/v1/tokens",
                    With(clerk, {{"Content-Type", "application/json"}, {"X-CSRF-Token", clerk.csrf}}),
                    R"({"label":"script"})");
  ASSERT_EQ(made.status, 201) << made.body;
  nlohmann::json token = nlohmann::json::parse(made.body);
  std::string secret = token["token"];
  Headers bearer = {{"Authorization", "Bearer " + secret}};
  Reply search = Send(port_, "GET", "/api/v1/search?q=draftmarkalpha", bearer);
  EXPECT_EQ(search.status, 200);
  EXPECT_THAT(search.body, HasSubstr("draftmarkalpha"));  // the clerk's view
  // The token is listed without its secret.
  Reply listed = Send(port_, "GET", "/api/v1/tokens", bearer);
  EXPECT_EQ(listed.status, 200);
  EXPECT_THAT(listed.body, HasSubstr("script"));
  EXPECT_THAT(listed.body, Not(HasSubstr(secret)));
  // A bearer caller changes state without a CSRF token.
  Headers bearer_json = bearer;
  bearer_json.emplace_back("Content-Type", "application/json");
  EXPECT_EQ(Send(port_, "POST", "/api/v1/tokens", bearer_json, R"({"label":"second"})").status, 201);
  // Someone else cannot revoke it.
  Browser other = SignIn("member_a");
  std::string path = "/api/v1/tokens/" + std::to_string(token["id"].get<int64_t>());
  EXPECT_EQ(Send(port_, "DELETE", path, With(other, {{"X-CSRF-Token", other.csrf}})).status, 404);
  EXPECT_EQ(Send(port_, "DELETE", path, bearer).status, 204);
  EXPECT_EQ(Send(port_, "GET", "/api/v1/search?q=budgetword", bearer).status, 401);
  EXPECT_EQ(Send(port_, "GET", "/api/v1/search?q=budgetword", {{"Authorization", "Basic abc"}}).status, 401);
  Reply junk = Send(port_, "GET", "/meetings/1", {{"Authorization", "Bearer junk"}});
  EXPECT_EQ(junk.status, 401);
  EXPECT_EQ(junk.Header("WWW-Authenticate"), "Bearer realm=\"boardroom\"");
}

TEST_F(AccessTest, StoredScriptComesBackEscapedEverywhere) {
  const std::string xss = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
  {
    auto tx = std::move(store_->Begin()).value();
    store::Body body = tx->bodies().CreateBody({.name = "Board " + xss, .short_name = "XSS"}).value();
    store::Meeting meeting =
        tx->meetings()
            .CreateMeeting({.body_id = body.id, .date = Date::FromYmd(2026, 12, 3).value(), .venue = xss})
            .value();
    store::Paper paper;
    paper.body_id = body.id;
    paper.title = "Title " + xss;
    paper.published = true;
    paper = tx->papers().CreatePaper(paper).value();
    ASSERT_TRUE(
        tx->papers().CreateParagraph({.paper_id = paper.id, .number = "1", .text = "xsspara " + xss}).ok());
    ASSERT_TRUE(tx->meetings()
                    .CreateAgendaItem({.meeting_id = meeting.id,
                                       .number = "1",
                                       .position = 1,
                                       .title = xss,
                                       .presenter = xss,
                                       .kind = store::AgendaItemKind::kPaper,
                                       .paper_id = paper.id})
                    .ok());
    ASSERT_TRUE(tx->actions()
                    .CreateAction({.body_id = body.id,
                                   .number = "1",
                                   .meeting_raised_id = meeting.id,
                                   .text = xss,
                                   .owner = xss})
                    .ok());
    ASSERT_TRUE(accounts::CreateUser(*tx, *clock_, policy_, "x@example.org", "Name " + xss, kPassword).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  StartServer();
  Reply signed_in =
      Post("/api/v1/session", {}, R"({"email":"x@example.org","password":"correct horse battery"})",
           "application/json");
  ASSERT_EQ(signed_in.status, 200);
  Browser user;
  user.jar.Keep(signed_in);
  user.csrf = nlohmann::json::parse(signed_in.body)["csrf_token"];
  Reply token =
      Post("/account/tokens", user, "csrf_token=" + user.csrf + "&label=%3Cscript%3Ealert(3)%3C%2Fscript%3E");
  EXPECT_EQ(token.status, 201);
  for (const std::string& target :
       {std::string("/"), std::string("/meetings/1"), std::string("/bodies/1/actions"),
        std::string("/search?q=xsspara"), std::string("/account"),
        std::string("/search?q=") + "%3Cscript%3Ealert(1)%3C%2Fscript%3E"}) {
    SCOPED_TRACE(target);
    for (const Browser& who : {Browser{}, user}) {
      Reply reply = Get(target, who);
      const bool signed_out = who.jar.Header().empty();
      EXPECT_EQ(reply.status, target == "/account" && signed_out ? 303 : 200) << reply.body;
      EXPECT_THAT(reply.body, Not(HasSubstr("<script>")));
      EXPECT_THAT(reply.body, Not(HasSubstr("<img src=x")));
      EXPECT_THAT(reply.body, Not(HasSubstr("\"'>")));
    }
  }
  EXPECT_THAT(Get("/meetings/1").body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_F(AccessTest, SqlAndIndexSyntaxInParametersIsHarmless) {
  Seed();
  StartServer();
  const std::vector<std::string> hostile = {
      "%27%20OR%201%3D1%20--",
      "%22",
      "*",
      "NEAR(draftmarkalpha%20budgetword)",
      "draftmarkalpha%20OR%201",
      "%00",
      "body%3A%27x%27",
      "draftmark*",
      "-budgetword",
      "%7B%7D%5B%5D",
      "%E2%80%AE",
      "a%22b%22c%20NOT%20d",
  };
  for (const std::string& q : hostile) {
    for (const std::string& door : {std::string("/search?q="), std::string("/api/v1/search?q=")}) {
      SCOPED_TRACE(door + q);
      Reply reply = Get(door + q);
      EXPECT_TRUE(reply.status == 200 || reply.status == 400) << reply.status << " " << reply.body;
      EXPECT_THAT(reply.body, Not(HasSubstr("draftmarkalpha in the text")));
      EXPECT_THAT(reply.body, Not(HasSubstr("sensmarkalpha in the text")));
    }
  }
  for (const std::string& path :
       {std::string("/meetings/1%20OR%201=1"), std::string("/meetings/%27"), std::string("/bodies/0/actions"),
        std::string("/meetings/-1"), std::string("/meetings/99999999999999999999999")}) {
    SCOPED_TRACE(path);
    EXPECT_EQ(Get(path).status, 404);
  }
  // The tables are all still there and the trail still holds.
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  EXPECT_EQ(tx->papers().ListPapers({}, store::Viewer::Everything()).value().size(), 6u);
  EXPECT_TRUE(store::VerifyAuditChain(*tx).value().ok);
}

TEST_F(AccessTest, EveryAnswerCarriesTheSecurityHeaders) {
  Seed();
  StartServer();
  Browser clerk = SignIn("clerk_a");
  for (const std::string& target :
       {std::string("/"), std::string("/nowhere"), std::string("/api/v1/search?q=%22"),
        std::string("/static/no-such.css"), std::string("/sign-in"), std::string("/meetings/1")}) {
    for (const Browser& who : {Browser{}, clerk}) {
      SCOPED_TRACE(target);
      Reply reply = Get(target, who);
      EXPECT_THAT(reply.Header("Content-Security-Policy"), HasSubstr("script-src 'self'"));
      EXPECT_THAT(reply.Header("Content-Security-Policy"), HasSubstr("frame-ancestors 'none'"));
      EXPECT_THAT(reply.Header("Content-Security-Policy"), Not(HasSubstr("unsafe-inline")));
      EXPECT_EQ(reply.Header("X-Content-Type-Options"), "nosniff");
      EXPECT_EQ(reply.Header("X-Frame-Options"), "DENY");
      EXPECT_EQ(reply.Header("Referrer-Policy"), "same-origin");
      EXPECT_THAT(reply.body, Not(HasSubstr("<script")));  // no inline script anywhere
    }
  }
  // What a signed-in person saw is never stored by a shared cache.
  EXPECT_EQ(Get("/meetings/1", clerk).Header("Cache-Control"), "no-store");
  EXPECT_EQ(Get("/meetings/1").Header("Cache-Control"), "");
}

TEST_F(AccessTest, TheLayoutOffersSignInOrNameAndSignOut) {
  Seed();
  StartServer();
  EXPECT_THAT(Get("/").body, HasSubstr("href=\"/sign-in\""));
  Browser clerk = SignIn("clerk_a");
  Reply home = Get("/", clerk);
  EXPECT_THAT(home.body, HasSubstr("Person clerk_a"));
  EXPECT_THAT(home.body, HasSubstr("action=\"/sign-out\""));
  EXPECT_THAT(home.body, HasSubstr("value=\"" + clerk.csrf + "\""));
  EXPECT_THAT(home.body, Not(HasSubstr("href=\"/sign-in\"")));
}

TEST_F(AccessTest, FirstRunCreatesTheFirstAdministratorAndThenCloses) {
  StartServer({.setup_code = "code-1234567890"});
  // Nothing else answers until then.
  Reply home = Get("/");
  EXPECT_EQ(home.status, 303);
  EXPECT_EQ(home.Header("Location"), "/first-run");
  EXPECT_EQ(Get("/api/v1/search?q=x").status, 503);
  EXPECT_EQ(Get("/healthz").status, 200);
  Browser browser;
  Reply page = Get("/first-run", browser);
  ASSERT_EQ(page.status, 200);
  browser.jar.Keep(page);
  std::string form = "csrf_token=" + browser.jar.Get(kFormCookie);
  // Wrong code, short password: errors in the summary and nothing created.
  Reply bad = Post("/first-run", browser,
                   form + "&setup_code=guess&name=Ada&email=ada%40example.org&password=short&confirm=short");
  EXPECT_EQ(bad.status, 400);
  EXPECT_THAT(bad.body, HasSubstr("govuk-error-summary"));
  EXPECT_THAT(bad.body, HasSubstr("href=\"#setup_code\""));
  EXPECT_THAT(bad.body, HasSubstr("href=\"#password\""));
  EXPECT_THAT(bad.body, Not(HasSubstr("value=\"guess\"")));
  EXPECT_THAT(bad.body, HasSubstr("aria-describedby=\"setup_code-hint setup_code-error\""));
  EXPECT_EQ(AuditCount(), 0);
  Reply good = Post("/first-run", browser,
                    form +
                        "&setup_code=code-1234567890&name=Ada&email=ada%40example.org"
                        "&password=a+long+enough+secret&confirm=a+long+enough+secret");
  ASSERT_EQ(good.status, 303) << good.body;
  EXPECT_EQ(good.Header("Location"), "/account");
  browser.jar.Keep(good);
  Reply session = Get("/api/v1/session", browser);
  ASSERT_EQ(session.status, 200);
  EXPECT_EQ(nlohmann::json::parse(session.body)["user"]["roles"][0]["role"], "admin");
  // Closed from now on, and the site answers.
  EXPECT_EQ(Get("/first-run").status, 404);
  EXPECT_EQ(Post("/first-run", browser, form + "&setup_code=code-1234567890").status,
            403);  // signed in: CSRF
  EXPECT_EQ(Get("/").status, 200);
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  EXPECT_EQ(tx->accounts().CountUsers().value(), 1);
  EXPECT_TRUE(store::VerifyAuditChain(*tx).value().ok);
}

TEST_F(AccessTest, ATamperedAuditEventIsDetectedThroughTheApi) {
  Seed();
  StartServer();
  Browser admin = SignIn("admin");
  SignIn("clerk_a");
  SignIn("member_a");
  Reply sound = Get("/api/v1/audit/verify", admin);
  ASSERT_EQ(sound.status, 200) << sound.body;
  nlohmann::json checked = nlohmann::json::parse(sound.body);
  EXPECT_EQ(checked["ok"], true);
  EXPECT_EQ(checked["events"], 3);
  EXPECT_EQ(Get("/api/v1/audit/verify").status, 401);
  EXPECT_EQ(Get("/api/v1/audit/verify", SignIn("clerk_a")).status, 403);
  // Someone with the database file rewrites who signed in second (dropping the guard trigger first).
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((dir_ / "test.db").string().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "DROP TRIGGER audit_events_append_only_update; "
                           "UPDATE audit_events SET actor = 'someone@else.org' WHERE id = 2;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  Reply broken = Get("/api/v1/audit/verify", admin);
  ASSERT_EQ(broken.status, 200) << broken.body;
  checked = nlohmann::json::parse(broken.body);
  EXPECT_EQ(checked["ok"], false);
  EXPECT_EQ(checked["first_bad"], 2);
}

TEST_F(AccessTest, PageCacheNeverServesOneViewerWhatAnotherSaw) {
  Seed();
  StartServer();
  Browser clerk = SignIn("clerk_a");
  const std::string meeting = "/meetings/" + std::to_string(meeting_a_.id.value);
  EXPECT_THAT(Get(meeting).body, Not(HasSubstr("draftmarkalpha")));    // the public's copy is cached
  EXPECT_THAT(Get(meeting, clerk).body, HasSubstr("draftmarkalpha"));  // the clerk does not get it
  EXPECT_THAT(Get(meeting).body, Not(HasSubstr("draftmarkalpha")));    // nor the public the clerk's
}

}  // namespace
}  // namespace boardroom::web
