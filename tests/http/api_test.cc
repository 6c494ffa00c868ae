// The JSON API of the meeting cycle (src/web/api_governance.cc) over real HTTP, against the application as
// `boardroom serve` builds it (web::BuildApp) and a SQLite store in a temporary directory: every route with
// good and bad input, who may change what (the public 401, a member 403 on a clerk's write), a stale edit's
// 409 with both versions, CSV, paging, and reads that show only what the caller's Viewer may see.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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
#include "store/sqlite/sqlite_store.h"
#include "web/api_imports.h"
#include "web/app.h"
#include "web/server.h"

namespace boardroom::web {
namespace {

using ::boardroom::testing::CookieJar;
using ::boardroom::testing::Reply;
using ::boardroom::testing::Send;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr char kPassword[] = "correct horse battery";

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-api");
    auto opened = store::OpenSqliteStore((dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::shared_ptr<store::Store>(std::move(opened).value());
    Seed();
    StartServer();
  }

  void TearDown() override {
    app_.Stop();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void StartServer() {
    AppOptions options;
    options.store = store_;
    options.clock = clock_;
    options.policy.password_cost = accounts::PasswordCost::Fastest();
    Status started = app_.Start(options);
    ASSERT_TRUE(started.ok()) << started.error().message;
    routes_ = app_.routes();
    port_ = app_.port();
  }

  // Two bodies; Alpha has a past meeting (2026-10-01) with an agenda item and an overdue action, and a
  // coming one (2026-12-10); a published and a draft paper each with a decided recommendation; users.
  void Seed() {
    auto tx = std::move(store_->Begin()).value();
    alpha_ = tx->bodies().CreateBody({.name = "Alpha Board", .short_name = "ALPHA"}).value();
    beta_ = tx->bodies().CreateBody({.name = "Beta Board", .short_name = "BETA"}).value();
    past_ = tx->meetings()
                .CreateMeeting(
                    {.body_id = alpha_.id, .date = Date::FromYmd(2026, 10, 1).value(), .venue = "Hall"})
                .value();
    next_ = tx->meetings()
                .CreateMeeting(
                    {.body_id = alpha_.id, .date = Date::FromYmd(2026, 12, 10).value(), .venue = "Hall"})
                .value();
    beta_meeting_ = tx->meetings()
                        .CreateMeeting({.body_id = beta_.id, .date = Date::FromYmd(2026, 12, 11).value()})
                        .value();
    for (bool published : {true, false}) {
      store::Paper paper;
      paper.body_id = alpha_.id;
      paper.title = published ? "Public budget paper" : "Draft secret paper";
      paper.published = published;
      paper.meeting_date = past_.date;
      paper = tx->papers().CreatePaper(paper).value();
      (published ? public_paper_ : draft_paper_) = paper;
      ASSERT_TRUE(tx->papers()
                      .CreateParagraph({.paper_id = paper.id,
                                        .number = "1.1",
                                        .text = published ? "Public paragraph" : "Draft paragraph"})
                      .ok());
      ASSERT_TRUE(tx->papers()
                      .CreateRecommendation({.paper_id = paper.id,
                                             .label = "a",
                                             .text = published ? "Note the public report" : "Agree the draft",
                                             .outcome = store::RecommendationOutcome::kAgreed})
                      .ok());
    }
    item_ = tx->meetings()
                .CreateAgendaItem({.meeting_id = past_.id,
                                   .number = "1",
                                   .position = 1,
                                   .title = "Budget",
                                   .kind = store::AgendaItemKind::kPaper,
                                   .paper_id = draft_paper_.id})
                .value();
    overdue_ = tx->actions()
                   .CreateAction({.body_id = alpha_.id,
                                  .number = "1",
                                  .meeting_raised_id = past_.id,
                                  .agenda_item_number = "1",
                                  .text = "Report on the budget",
                                  .owner = "Treasurer",
                                  .target_date = Date::FromYmd(2026, 11, 1).value()})
                   .value();
    closed_ = tx->actions()
                  .CreateAction({.body_id = alpha_.id,
                                 .number = "2",
                                 .meeting_raised_id = past_.id,
                                 .agenda_item_number = "1",
                                 .text = "=HYPERLINK(\"http://evil\")",
                                 .owner = "Clerk",
                                 .status = store::ActionStatus::kClosed})
                  .value();
    auto user = [&](const std::string& role, std::optional<store::BodyId> body, store::AccountRole grant) {
      auto made =
          accounts::CreateUser(*tx, *clock_, policy_, role + "@example.org", "Person " + role, kPassword);
      ASSERT_TRUE(made.ok()) << made.error().message;
      ASSERT_TRUE(tx->accounts().GrantRole({.user_id = made->id, .body_id = body, .role = grant}).ok());
    };
    user("member_a", alpha_.id, store::AccountRole::kMember);
    user("author_a", alpha_.id, store::AccountRole::kAuthor);
    user("clerk_a", alpha_.id, store::AccountRole::kClerk);
    user("admin", std::nullopt, store::AccountRole::kAdmin);
    ASSERT_TRUE(tx->Commit().ok());
  }

  struct Browser {
    CookieJar jar;
    std::string csrf;
  };
  // A browser of `role` signed in through the JSON door; "public" has no cookies.
  Browser As(const std::string& role) {
    Browser browser;
    if (role == "public") return browser;
    Reply reply = Send(port_, "POST", "/api/v1/session", {{"Content-Type", "application/json"}},
                       json{{"email", role + "@example.org"}, {"password", kPassword}}.dump());
    EXPECT_EQ(reply.status, 200) << reply.body;
    browser.jar.Keep(reply);
    browser.csrf = json::parse(reply.body)["csrf_token"];
    return browser;
  }

  Reply Call(const std::string& method, const std::string& target, const Browser& who = {},
             const std::string& body = "") {
    Headers headers;
    if (!who.jar.Header().empty()) headers.emplace_back("Cookie", who.jar.Header());
    if (method != "GET") {
      headers.emplace_back("Content-Type", "application/json");
      if (!who.csrf.empty()) headers.emplace_back("X-CSRF-Token", who.csrf);
    }
    return Send(port_, method, target, headers, body);
  }
  Reply Get(const std::string& target, const Browser& who = {}) { return Call("GET", target, who); }

  static json Body(const Reply& reply) {
    json body = json::parse(reply.body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << reply.body;
    return body;
  }
  // The field the error answer names.
  static std::string FieldOf(const Reply& reply) {
    json body = Body(reply);
    if (!body.contains("error") || body["error"]["field"].is_null()) return "";
    return body["error"]["field"];
  }
  // The given member of each listed item.
  static std::vector<std::string> Listed(const Reply& reply, const std::string& member) {
    std::vector<std::string> out;
    const json body = Body(reply);
    for (const json& item : body["items"]) {
      out.push_back(item[member].is_string() ? item[member].get<std::string>() : item[member].dump());
    }
    return out;
  }

  // The audit events about records (signing in is audited too, and is not what these tests count).
  int64_t AuditCount() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    int64_t count = 0;
    const std::vector<store::AuditEvent> trail =
        tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value();
    for (const store::AuditEvent& e : trail) {
      if (e.action != "sign_in") ++count;
    }
    return count;
  }

  std::string Id(int64_t value) const { return std::to_string(value); }

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
  std::vector<std::string> routes_;
  store::Body alpha_, beta_;
  store::Meeting past_, next_, beta_meeting_;
  store::Paper public_paper_, draft_paper_;
  store::AgendaItem item_;
  store::Action overdue_, closed_;
};

// ---------------------------------------------------------------------------------------------------------------
// Paging and formats, shown on bodies.

TEST_F(ApiTest, ListsArePagedAndSayWhetherThereIsMore) {
  Reply all = Get("/api/v1/bodies");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(Listed(all, "name"), (std::vector<std::string>{"Alpha Board", "Beta Board"}));
  EXPECT_EQ(Body(all)["has_more"], false);
  EXPECT_TRUE(Body(all)["next_offset"].is_null());
  EXPECT_EQ(Body(all)["limit"], 50);
  Reply first = Get("/api/v1/bodies?limit=1");
  EXPECT_EQ(Listed(first, "name"), (std::vector<std::string>{"Alpha Board"}));
  EXPECT_EQ(Body(first)["has_more"], true);
  EXPECT_EQ(Body(first)["next_offset"], 1);
  Reply second = Get("/api/v1/bodies?limit=1&offset=1");
  EXPECT_EQ(Listed(second, "name"), (std::vector<std::string>{"Beta Board"}));
  EXPECT_EQ(Body(second)["has_more"], false);
  EXPECT_TRUE(Body(Get("/api/v1/bodies?offset=5"))["items"].empty());
  // Every record carries its id and version.
  const json all_body = Body(all);
  for (const json& item : all_body["items"]) {
    EXPECT_TRUE(item["id"].is_number_integer());
    EXPECT_EQ(item["version"], 1);
  }
}

TEST_F(ApiTest, BadPagesAndFormatsAreRefusedClearlyOnEveryList) {
  for (const std::string list :
       {"/api/v1/bodies", "/api/v1/meetings", "/api/v1/papers", "/api/v1/actions", "/api/v1/decisions"}) {
    SCOPED_TRACE(list);
    for (const std::string limit : {"0", "-1", "501", "abc", "1.5", "", "99999999999999999999"}) {
      Reply reply = Get(list + "?limit=" + limit);
      EXPECT_EQ(reply.status, 400) << limit;
      EXPECT_EQ(FieldOf(reply), "limit");
      EXPECT_THAT(Body(reply)["error"]["message"].get<std::string>(), HasSubstr("1 to 500"));
    }
    for (const std::string offset : {"-1", "x", ""}) {
      Reply reply = Get(list + "?offset=" + offset);
      EXPECT_EQ(reply.status, 400) << offset;
      EXPECT_EQ(FieldOf(reply), "offset");
    }
    Reply xml = Get(list + "?format=xml");
    EXPECT_EQ(xml.status, 400);
    EXPECT_EQ(FieldOf(xml), "format");
    Reply csv = Get(list + "?format=csv");
    EXPECT_EQ(csv.status, 200);
    EXPECT_THAT(csv.Header("Content-Type"), StartsWith("text/csv"));
    EXPECT_THAT(csv.Header("Content-Disposition"), HasSubstr("attachment; filename="));
    EXPECT_THAT(csv.body, HasSubstr("\r\n"));
    EXPECT_EQ(Get(list + "?limit=500").status, 200);
  }
}

TEST_F(ApiTest, BodiesAreCreatedByAnAdministratorOnly) {
  const int64_t before = AuditCount();
  const std::string body =
      R"({"name":"Gamma Panel","short_name":"GP","parent_id":)" + Id(alpha_.id.value) + "}";
  EXPECT_EQ(Call("POST", "/api/v1/bodies", As("public"), body).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/bodies", As("clerk_a"), body).status, 403);
  Browser admin = As("admin");
  Reply missing = Call("POST", "/api/v1/bodies", admin, R"({"short_name":"X"})");
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(FieldOf(missing), "name");
  Reply bad_parent = Call("POST", "/api/v1/bodies", admin, R"({"name":"X","parent_id":"one"})");
  EXPECT_EQ(bad_parent.status, 400);
  EXPECT_EQ(FieldOf(bad_parent), "parent_id");
  EXPECT_EQ(Call("POST", "/api/v1/bodies", admin, "{not json").status, 400);
  EXPECT_EQ(Call("POST", "/api/v1/bodies", admin, "[1,2]").status, 400);
  Reply clash = Call("POST", "/api/v1/bodies", admin, R"({"name":"Alpha Board"})");
  EXPECT_EQ(clash.status, 409);
  EXPECT_EQ(FieldOf(clash), "name");
  EXPECT_EQ(AuditCount(), before);  // nothing refused was written
  Reply made = Call("POST", "/api/v1/bodies", admin, body);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(Body(made)["name"], "Gamma Panel");
  EXPECT_EQ(Body(made)["parent_id"], alpha_.id.value);
  EXPECT_EQ(Body(made)["version"], 1);
  EXPECT_EQ(AuditCount(), before + 1);
  EXPECT_THAT(Listed(Get("/api/v1/bodies"), "name"), ::testing::Contains("Gamma Panel"));
}

TEST_F(ApiTest, CsvFollowsRfc4180AndGuardsFormulas) {
  {
    auto tx = std::move(store_->Begin()).value();
    ASSERT_TRUE(tx->bodies().CreateBody({.name = "=1+1 \"quoted\", board", .short_name = "+X"}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  Reply csv = Get("/api/v1/bodies?format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_THAT(csv.body, StartsWith("id,version,name,short_name,kind,parent_id,active_from,active_until\r\n"));
  EXPECT_THAT(csv.body, HasSubstr(",\"'=1+1 \"\"quoted\"\", board\",'+X,"));
  EXPECT_EQ(csv.Header("X-Has-More"), "false");
  EXPECT_EQ(Get("/api/v1/bodies?format=csv&limit=1").Header("X-Has-More"), "true");
  // The action log in its conventional columns, formula guarded.
  Reply actions = Get("/api/v1/actions?format=csv");
  ASSERT_EQ(actions.status, 200);
  EXPECT_THAT(actions.body, HasSubstr("Report on the budget"));
  EXPECT_THAT(actions.body, HasSubstr("\"'=HYPERLINK(\"\"http://evil\"\")\""));
  EXPECT_THAT(actions.body, Not(HasSubstr(",=HYPERLINK")));
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings and agendas.

TEST_F(ApiTest, MeetingsFilterByBodyDateAndRange) {
  auto ids = [&](const std::string& query) { return Listed(Get("/api/v1/meetings" + query), "id"); };
  EXPECT_EQ(ids("").size(), 3u);
  EXPECT_EQ(ids("?body=" + Id(alpha_.id.value)),
            (std::vector<std::string>{Id(past_.id.value), Id(next_.id.value)}));
  EXPECT_EQ(ids("?body=beta"), (std::vector<std::string>{Id(beta_meeting_.id.value)}));
  EXPECT_EQ(ids("?body=Alpha%20Board&date=2026-12-10"), (std::vector<std::string>{Id(next_.id.value)}));
  EXPECT_EQ(ids("?from=2026-12-01&to=2026-12-10"), (std::vector<std::string>{Id(next_.id.value)}));
  EXPECT_EQ(ids("?from=2026-12-11"), (std::vector<std::string>{Id(beta_meeting_.id.value)}));
  struct Bad {
    std::string query, field;
  };
  for (const Bad& bad : std::vector<Bad>{{"?body=Nowhere", "body"},
                                         {"?body=999", "body"},
                                         {"?date=10/12/2026", "date"},
                                         {"?from=2026-13-01", "from"},
                                         {"?to=tomorrow", "to"},
                                         {"?from=2026-12-10&to=2026-12-01", "to"},
                                         {"?date=2026-12-10&from=2026-12-01", "date"}}) {
    SCOPED_TRACE(bad.query);
    Reply reply = Get("/api/v1/meetings" + bad.query);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(FieldOf(reply), bad.field);
  }
  Reply csv = Get("/api/v1/meetings?format=csv&body=beta");
  EXPECT_EQ(csv.body, "id,version,body_id,date,time,venue,status\r\n" + Id(beta_meeting_.id.value) + ",1," +
                          Id(beta_.id.value) + ",2026-12-11,,,planned\r\n");
}

TEST_F(ApiTest, MeetingsAreCreatedByTheBodysClerk) {
  const int64_t before = AuditCount();
  const std::string good =
      R"({"body_id":)" + Id(alpha_.id.value) + R"(,"date":"2027-01-14","time":"10:30","venue":"Room 2"})";
  EXPECT_EQ(Call("POST", "/api/v1/meetings", As("public"), good).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/meetings", As("member_a"), good).status, 403);
  Browser clerk = As("clerk_a");
  EXPECT_EQ(Call("POST", "/api/v1/meetings", clerk,
                 R"({"body_id":)" + Id(beta_.id.value) + R"(,"date":"2027-01-14"})")
                .status,
            403);
  struct Bad {
    std::string body, field;
  };
  for (const Bad& bad : std::vector<Bad>{
           {R"({"date":"2027-01-14"})", "body_id"},
           {R"({"body_id":)" + Id(alpha_.id.value) + "}", "date"},
           {R"({"body_id":)" + Id(alpha_.id.value) + R"(,"date":"14 January 2027"})", "date"},
           {R"({"body_id":)" + Id(alpha_.id.value) + R"(,"date":"2027-01-14","time":"25:00"})", "time"},
           {R"({"body_id":)" + Id(alpha_.id.value) + R"(,"date":"2027-01-14","venue":7})", "venue"}}) {
    SCOPED_TRACE(bad.body);
    Reply reply = Call("POST", "/api/v1/meetings", clerk, bad.body);
    EXPECT_EQ(reply.status, 400) << reply.body;
    EXPECT_EQ(FieldOf(reply), bad.field);
  }
  EXPECT_EQ(AuditCount(), before);
  Reply made = Call("POST", "/api/v1/meetings", clerk, good);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(Body(made)["date"], "2027-01-14");
  EXPECT_EQ(Body(made)["time"], "10:30");
  EXPECT_EQ(Body(made)["status"], "planned");
  EXPECT_EQ(AuditCount(), before + 1);
}

TEST_F(ApiTest, AMeetingComesWithTheAgendaItsViewerMaySee) {
  const std::string target = "/api/v1/meetings/" + Id(past_.id.value);
  Reply for_public = Get(target);
  ASSERT_EQ(for_public.status, 200) << for_public.body;
  json meeting = Body(for_public);
  EXPECT_EQ(meeting["id"], past_.id.value);
  EXPECT_EQ(meeting["version"], 1);
  ASSERT_EQ(meeting["agenda"].size(), 1u);
  EXPECT_EQ(meeting["agenda"][0]["number"], "1");
  EXPECT_TRUE(meeting["agenda"][0]["paper_id"].is_null());  // the draft paper is not the public's
  EXPECT_THAT(for_public.body, Not(HasSubstr("Draft secret paper")));
  json for_clerk = Body(Get(target, As("clerk_a")));
  EXPECT_EQ(for_clerk["agenda"][0]["paper_id"], draft_paper_.id.value);
  EXPECT_EQ(for_clerk["agenda"][0]["paper_title"], "Draft secret paper");
  for (const std::string bad : {"999999", "0", "-1", "abc", "1%20OR%201=1"}) {
    EXPECT_EQ(Get("/api/v1/meetings/" + bad).status, 404) << bad;
  }
}

TEST_F(ApiTest, AgendaItemsAreAddedByTheClerkWithNumbersKeptRight) {
  const std::string target = "/api/v1/meetings/" + Id(past_.id.value) + "/agenda-items";
  const int64_t before = AuditCount();
  EXPECT_EQ(Call("POST", target, As("public"), R"({"title":"Any other business"})").status, 401);
  EXPECT_EQ(Call("POST", target, As("member_a"), R"({"title":"Any other business"})").status, 403);
  Browser clerk = As("clerk_a");
  Reply no_title = Call("POST", target, clerk, R"({"presenter":"Chair"})");
  EXPECT_EQ(no_title.status, 400);
  EXPECT_EQ(FieldOf(no_title), "title");
  Reply bad_kind = Call("POST", target, clerk, R"({"title":"X","kind":"secret"})");
  EXPECT_EQ(bad_kind.status, 400);
  EXPECT_EQ(FieldOf(bad_kind), "kind");
  Reply taken = Call("POST", target, clerk, R"({"title":"X","number":"1"})");
  EXPECT_EQ(taken.status, 409) << taken.body;
  EXPECT_EQ(FieldOf(taken), "number");
  EXPECT_EQ(Call("POST", "/api/v1/meetings/999999/agenda-items", clerk, R"({"title":"X"})").status, 404);
  EXPECT_EQ(Call("POST", "/api/v1/meetings/abc/agenda-items", clerk, R"({"title":"X"})").status, 404);
  EXPECT_EQ(AuditCount(), before);
  Reply added =
      Call("POST", target, clerk, R"({"title":"Any other business","presenter":"Chair","kind":"verbal"})");
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(Body(added)["number"], "2");
  EXPECT_EQ(Body(added)["kind"], "verbal");
  Reply sub =
      Call("POST", target, clerk, R"({"title":"Detail","parent_item_id":)" + Id(item_.id.value) + "}");
  ASSERT_EQ(sub.status, 201) << sub.body;
  EXPECT_EQ(Body(sub)["number"], "1.1");
  EXPECT_EQ(AuditCount(), before + 2);
  json meeting = Body(Get("/api/v1/meetings/" + Id(past_.id.value)));
  std::vector<std::string> numbers;
  for (const json& item : meeting["agenda"]) numbers.push_back(item["number"]);
  EXPECT_EQ(numbers, (std::vector<std::string>{"1", "1.1", "2"}));
}

// ---------------------------------------------------------------------------------------------------------------
// Papers.

TEST_F(ApiTest, PapersListAndShowOnlyWhatTheViewerMaySee) {
  EXPECT_EQ(Listed(Get("/api/v1/papers"), "title"), (std::vector<std::string>{"Public budget paper"}));
  EXPECT_EQ(Listed(Get("/api/v1/papers", As("member_a")), "title"),
            (std::vector<std::string>{"Public budget paper"}));
  EXPECT_EQ(Listed(Get("/api/v1/papers?body=alpha", As("author_a")), "title").size(), 2u);
  EXPECT_TRUE(Body(Get("/api/v1/papers?body=beta", As("admin")))["items"].empty());
  EXPECT_THAT(Get("/api/v1/papers?format=csv").body, Not(HasSubstr("Draft secret paper")));
  EXPECT_THAT(Get("/api/v1/papers?format=csv", As("clerk_a")).body, HasSubstr("Draft secret paper"));
  const std::string draft = "/api/v1/papers/" + Id(draft_paper_.id.value);
  EXPECT_EQ(Get(draft).status, 404);
  EXPECT_EQ(Get(draft, As("member_a")).status, 404);
  Reply shown = Get(draft, As("author_a"));
  ASSERT_EQ(shown.status, 200) << shown.body;
  json paper = Body(shown);
  EXPECT_EQ(paper["title"], "Draft secret paper");
  EXPECT_EQ(paper["published"], false);
  EXPECT_EQ(paper["sections"][0]["paragraphs"][0]["text"], "Draft paragraph");
  EXPECT_EQ(paper["recommendations"][0]["text"], "Agree the draft");
  EXPECT_EQ(Get("/api/v1/papers/" + Id(public_paper_.id.value)).status, 200);
  EXPECT_EQ(Get("/api/v1/papers/999999").status, 404);
  EXPECT_EQ(Get("/api/v1/papers?body=nobody").status, 400);
}

TEST_F(ApiTest, PapersAreWrittenByAuthorsAndPublishedByClerks) {
  const int64_t before = AuditCount();
  const std::string good = R"({"body_id":)" + Id(alpha_.id.value) +
                           R"(,"title":"Estates strategy","to":"Alpha Board","date":"2026-11-10",)"
                           R"("classification":"official"})";
  EXPECT_EQ(Call("POST", "/api/v1/papers", As("public"), good).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/papers", As("member_a"), good).status, 403);
  Browser author = As("author_a");
  struct Bad {
    std::string body, field;
  };
  const std::string alpha = R"({"body_id":)" + Id(alpha_.id.value);
  for (const Bad& bad :
       std::vector<Bad>{{alpha + "}", "title"},
                        {alpha + R"(,"title":"T","classification":"top_secret"})", "classification"},
                        {alpha + R"(,"title":"T","date":"yesterday"})", "date"},
                        {alpha + R"(,"title":"T","exempt":"no"})", "exempt"},
                        {alpha + R"(,"title":"T","sections":[{"number":"1"}]})", "sections"}}) {
    SCOPED_TRACE(bad.body);
    Reply reply = Call("POST", "/api/v1/papers", author, bad.body);
    EXPECT_EQ(reply.status, 400) << reply.body;
    EXPECT_EQ(FieldOf(reply), bad.field);
  }
  // An author may not publish: the whole request is refused and nothing is kept.
  EXPECT_EQ(Call("POST", "/api/v1/papers", author, alpha + R"(,"title":"Early","published":true})").status,
            403);
  EXPECT_EQ(AuditCount(), before);
  Reply made = Call("POST", "/api/v1/papers", author, good);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(Body(made)["published"], false);
  EXPECT_EQ(Body(made)["date"], "2026-11-10");
  EXPECT_EQ(Get("/api/v1/papers/" + Body(made)["id"].dump()).status, 404);  // not the public's yet
  Reply published =
      Call("POST", "/api/v1/papers", As("clerk_a"), alpha + R"(,"title":"Open report","published":true})");
  ASSERT_EQ(published.status, 201) << published.body;
  EXPECT_EQ(Body(published)["published"], true);
  EXPECT_EQ(Get("/api/v1/papers/" + Body(published)["id"].dump()).status, 200);
}

// ---------------------------------------------------------------------------------------------------------------
// The action log.

TEST_F(ApiTest, ActionsFilterByBodyStatusOwnerAndOverdue) {
  auto numbers = [&](const std::string& query) { return Listed(Get("/api/v1/actions" + query), "number"); };
  EXPECT_EQ(numbers(""), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(numbers("?overdue=true"), (std::vector<std::string>{"1"}));
  EXPECT_EQ(numbers("?overdue=false").size(), 2u);
  EXPECT_EQ(numbers("?status=closed"), (std::vector<std::string>{"2"}));
  EXPECT_EQ(numbers("?owner=Treasurer"), (std::vector<std::string>{"1"}));
  EXPECT_TRUE(numbers("?owner=treasurer").empty());  // exact, as written on the log
  EXPECT_TRUE(numbers("?body=beta").empty());
  EXPECT_EQ(numbers("?body=ALPHA&status=open"), (std::vector<std::string>{"1"}));
  json first = Body(Get("/api/v1/actions?limit=1"))["items"][0];
  EXPECT_EQ(first["version"], 1);
  EXPECT_EQ(first["due_state"], "overdue");
  EXPECT_EQ(first["meeting_id"], past_.id.value);
  EXPECT_EQ(first["agenda_item"], "1");
  EXPECT_EQ(first["body_id"], alpha_.id.value);
  for (const std::string bad : {"?status=done", "?overdue=yes", "?body=nowhere"}) {
    EXPECT_EQ(Get("/api/v1/actions" + bad).status, 400) << bad;
  }
  EXPECT_EQ(FieldOf(Get("/api/v1/actions?overdue=1")), "overdue");
}

TEST_F(ApiTest, ActionsAreRaisedByTheClerkAgainstAnAgendaItem) {
  const int64_t before = AuditCount();
  const std::string by_number = R"({"meeting_id":)" + Id(past_.id.value) +
                                R"(,"agenda_item":"1","text":"Write to the minister","owner":"Chair",)"
                                R"("target_date":"2026-12-01"})";
  EXPECT_EQ(Call("POST", "/api/v1/actions", As("public"), by_number).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/actions", As("member_a"), by_number).status, 403);
  EXPECT_EQ(Call("POST", "/api/v1/actions", As("author_a"), by_number).status, 403);
  Browser clerk = As("clerk_a");
  struct Bad {
    std::string body, field;
  };
  const std::string item = R"({"agenda_item_id":)" + Id(item_.id.value);
  for (const Bad& bad : std::vector<Bad>{
           {R"({"text":"x","owner":"y"})", "agenda_item"},
           {R"({"meeting_id":)" + Id(past_.id.value) + R"(,"agenda_item":"9","text":"x","owner":"y"})",
            "agenda_item"},
           {item + R"(,"owner":"y"})", "text"},
           {item + R"(,"text":"x"})", "owner"},
           {item + R"(,"text":"x","owner":"y","target_date":"2026-02-30"})", "target_date"},
           {item + R"(,"text":"x","owner":"y","status":"closed"})", "status"},
           {item + R"(,"text":"x","owner":"y","body_id":)" + Id(beta_.id.value) + "}", "body_id"}}) {
    SCOPED_TRACE(bad.body);
    Reply reply = Call("POST", "/api/v1/actions", clerk, bad.body);
    EXPECT_EQ(reply.status, 400) << reply.body;
    EXPECT_EQ(FieldOf(reply), bad.field);
  }
  EXPECT_EQ(AuditCount(), before);
  Reply made = Call("POST", "/api/v1/actions", clerk, by_number);
  ASSERT_EQ(made.status, 201) << made.body;
  json action = Body(made);
  EXPECT_EQ(action["number"], "3");
  EXPECT_EQ(action["status"], "open");
  EXPECT_EQ(action["version"], 1);
  EXPECT_EQ(action["agenda_item"], "1");
  EXPECT_EQ(action["target_date"], "2026-12-01");
  EXPECT_EQ(AuditCount(), before + 1);
  Reply shown = Get("/api/v1/actions/" + action["id"].dump());
  EXPECT_EQ(shown.status, 200);
  EXPECT_EQ(Body(shown)["text"], "Write to the minister");
  EXPECT_EQ(Get("/api/v1/actions/999999").status, 404);
  EXPECT_EQ(Get("/api/v1/actions/x").status, 404);
}

TEST_F(ApiTest, AStaleEditGets409WithBothVersionsAndChangesNothing) {
  const std::string target = "/api/v1/actions/" + Id(overdue_.id.value);
  Browser clerk = As("clerk_a");
  Reply edited = Call("PATCH", target, clerk, R"({"version":1,"owner":"Finance Director"})");
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(Body(edited)["version"], 2);
  EXPECT_EQ(Body(edited)["owner"], "Finance Director");
  EXPECT_EQ(Body(edited)["text"], "Report on the budget");  // left out: kept
  const int64_t before = AuditCount();
  Reply stale = Call("PATCH", target, clerk, R"({"version":1,"owner":"Someone else"})");
  ASSERT_EQ(stale.status, 409) << stale.body;
  json answer = Body(stale);
  EXPECT_EQ(answer["error"]["code"], "conflict");
  EXPECT_EQ(answer["error"]["field"], "version");
  EXPECT_EQ(answer["current"]["version"], 2);
  EXPECT_EQ(answer["current"]["owner"], "Finance Director");
  EXPECT_EQ(answer["submitted"]["owner"], "Someone else");
  EXPECT_EQ(answer["submitted"]["version"], 1);
  EXPECT_EQ(AuditCount(), before);
  EXPECT_EQ(Body(Get(target))["owner"], "Finance Director");
}

TEST_F(ApiTest, ActionEditsAreTheClerksAndValidated) {
  const std::string target = "/api/v1/actions/" + Id(overdue_.id.value);
  const int64_t before = AuditCount();
  EXPECT_EQ(Call("PATCH", target, As("public"), R"({"version":1,"owner":"X"})").status, 401);
  EXPECT_EQ(Call("PATCH", target, As("member_a"), R"({"version":1,"owner":"X"})").status, 403);
  EXPECT_EQ(Call("PATCH", target, As("author_a"), R"({"version":1,"owner":"X"})").status, 403);
  Browser clerk = As("clerk_a");
  struct Bad {
    std::string body, field;
  };
  for (const Bad& bad : std::vector<Bad>{{R"({"owner":"X"})", "version"},
                                         {R"({"version":"1","owner":"X"})", "version"},
                                         {R"({"version":1})", "status"},
                                         {R"({"version":1,"owner":""})", "owner"},
                                         {R"({"version":1,"status":"finished"})", "status"},
                                         {R"({"version":1,"status":"open"})", "status"},
                                         {R"({"version":1,"target_date":"soon"})", "target_date"},
                                         {R"({"version":1,"note":"alone"})", "note"}}) {
    SCOPED_TRACE(bad.body);
    Reply reply = Call("PATCH", target, clerk, bad.body);
    EXPECT_EQ(reply.status, 400) << reply.body;
    EXPECT_EQ(FieldOf(reply), bad.field);
  }
  EXPECT_EQ(Call("PATCH", "/api/v1/actions/999999", clerk, R"({"version":1,"owner":"X"})").status, 404);
  EXPECT_EQ(AuditCount(), before);
  // A status change with its note; the note becomes a dated update.
  Reply closed =
      Call("PATCH", target, clerk, R"({"version":1,"status":"complete","note":"Report received"})");
  ASSERT_EQ(closed.status, 200) << closed.body;
  json action = Body(closed);
  EXPECT_EQ(action["status"], "complete");
  EXPECT_EQ(action["version"], 2);
  ASSERT_EQ(action["updates"].size(), 1u);
  EXPECT_EQ(action["updates"][0]["text"], "Report received");
  EXPECT_EQ(action["updates"][0]["date"], "2026-11-18");
  // An edit and a status change in one request, at the version read; null clears the target date.
  Reply both = Call("PATCH", target, clerk, R"({"version":2,"target_date":null,"status":"ongoing"})");
  ASSERT_EQ(both.status, 200) << both.body;
  EXPECT_EQ(Body(both)["status"], "ongoing");
  EXPECT_TRUE(Body(both)["target_date"].is_null());
  EXPECT_EQ(Body(both)["version"], 4);
}

TEST_F(ApiTest, UpdatesAreAppendedByAuthorsAndClerks) {
  const std::string target = "/api/v1/actions/" + Id(overdue_.id.value) + "/updates";
  const int64_t before = AuditCount();
  EXPECT_EQ(Call("POST", target, As("public"), R"({"text":"Progress"})").status, 401);
  EXPECT_EQ(Call("POST", target, As("member_a"), R"({"text":"Progress"})").status, 403);
  Browser author = As("author_a");
  Reply future = Call("POST", target, author, R"({"text":"Progress","date":"2026-12-25"})");
  EXPECT_EQ(future.status, 400);
  EXPECT_EQ(FieldOf(future), "date");
  Reply empty = Call("POST", target, author, R"({"text":""})");
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(FieldOf(empty), "text");
  const std::string closed = "/api/v1/actions/" + Id(closed_.id.value) + "/updates";
  EXPECT_EQ(Call("POST", closed, author, R"({"text":"Too late"})").status, 422);
  EXPECT_EQ(Call("POST", "/api/v1/actions/999999/updates", author, R"({"text":"x"})").status, 404);
  EXPECT_EQ(AuditCount(), before);
  Reply added = Call("POST", target, author, R"({"text":"Draft circulated","date":"2026-11-10"})");
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(Body(added)["text"], "Draft circulated");
  EXPECT_EQ(Body(added)["date"], "2026-11-10");
  EXPECT_EQ(Body(added)["author"], "Person author_a");
  json action = Body(Get("/api/v1/actions/" + Id(overdue_.id.value)));
  ASSERT_EQ(action["updates"].size(), 1u);
  EXPECT_EQ(action["updates"][0]["text"], "Draft circulated");
  EXPECT_EQ(action["version"], 1);  // an update is not an edit of the action
}

TEST_F(ApiTest, ApiTokensChangeRecordsWithoutCsrfAndCookiesNeedIt) {
  Browser clerk = As("clerk_a");
  const std::string body = R"({"body_id":)" + Id(alpha_.id.value) + R"(,"date":"2027-02-01"})";
  Browser no_token = clerk;
  no_token.csrf.clear();
  EXPECT_EQ(Call("POST", "/api/v1/meetings", no_token, body).status, 403);
  Reply token = Call("POST", "/api/v1/tokens", clerk, R"({"label":"script"})");
  ASSERT_EQ(token.status, 201) << token.body;
  Reply made = Send(port_, "POST", "/api/v1/meetings",
                    {{"Authorization", "Bearer " + Body(token)["token"].get<std::string>()},
                     {"Content-Type", "application/json"}},
                    body);
  EXPECT_EQ(made.status, 201) << made.body;
}

// ---------------------------------------------------------------------------------------------------------------
// Decisions and the description.

TEST_F(ApiTest, DecisionsShowOnlyWhatTheViewerMaySee) {
  Reply for_public = Get("/api/v1/decisions");
  ASSERT_EQ(for_public.status, 200) << for_public.body;
  EXPECT_EQ(Listed(for_public, "text"), (std::vector<std::string>{"Note the public report"}));
  json first = Body(for_public)["items"][0];
  EXPECT_EQ(first["outcome"], "agreed");
  EXPECT_EQ(first["version"], 1);
  EXPECT_TRUE(first["id"].is_number_integer());
  EXPECT_EQ(Listed(Get("/api/v1/decisions", As("clerk_a")), "text").size(), 2u);
  EXPECT_EQ(Listed(Get("/api/v1/decisions?outcome=rejected", As("clerk_a")), "text").size(), 0u);
  EXPECT_EQ(Listed(Get("/api/v1/decisions?body=beta", As("admin")), "text").size(), 0u);
  EXPECT_THAT(Get("/api/v1/decisions?format=csv").body, Not(HasSubstr("Agree the draft")));
  EXPECT_THAT(Get("/api/v1/decisions?format=csv", As("clerk_a")).body, HasSubstr("Agree the draft"));
  for (const std::string bad :
       {"?outcome=maybe", "?outcome=none", "?from=x", "?from=2026-12-01&to=2026-01-01", "?body=nowhere"}) {
    EXPECT_EQ(Get("/api/v1/decisions" + bad).status, 400) << bad;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Imports.

// A multipart/form-data body of text fields and files.
struct Upload {
  std::vector<std::pair<std::string, std::string>> fields;
  std::vector<std::pair<std::string, std::string>> files;  // name, bytes
  std::string Body() const {
    std::string body;
    for (const auto& [name, value] : fields) {
      body += "--XyZbound\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
    for (const auto& [name, bytes] : files) {
      body += "--XyZbound\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name +
              "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n";
    }
    return body + "--XyZbound--\r\n";
  }
};

std::string SamplePaper(const std::string& name) {
  std::ifstream in(std::string(BOARDROOM_SHARED_DIR) + "/papers/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing sample " << name;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(MultipartFormTest, ReadsFieldsAndFilesAndRefusesBrokenFraming) {
  const std::string type = "multipart/form-data; boundary=\"b-1\"";
  Result<std::vector<FormPart>> parts = ParseMultipartForm(
      type,
      "preamble\r\n--b-1\r\nContent-Disposition: form-data; name=\"dry_run\"\r\n\r\ntrue\r\n"
      "--b-1\r\ncontent-disposition: form-data; name=\"file\"; filename=\"a;b \\\"c\\\".txt\"\r\n"
      "Content-Type: text/plain\r\n\r\nline one\r\n--b-2 is another boundary\r\n--b-1--\r\nepilogue");
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "dry_run");
  EXPECT_FALSE((*parts)[0].filename.has_value());
  EXPECT_EQ((*parts)[0].data, "true");
  EXPECT_EQ((*parts)[1].name, "file");
  EXPECT_EQ((*parts)[1].filename, "a;b \"c\".txt");
  EXPECT_EQ((*parts)[1].content_type, "text/plain");
  EXPECT_EQ((*parts)[1].data, "line one\r\n--b-2 is another boundary");
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"application/json", "--b-1--"},
      {"multipart/form-data", "--b-1--"},
      {type, "no parts at all"},
      {type, "--b-1\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nnever closed"},
      {type, "--b-1\r\nContent-Type: text/plain\r\n\r\nno name\r\n--b-1--"},
      {type, "--b-1\r\n\r\nno headers\r\n--b-1--"},
      {type, "--b-1\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\nv\r\n--b-1--"},
      {type, "--b-1\r\nContent-Disposition: form-data; name=\"x\r\n\r\nv\r\n--b-1--"},
      {type, "--b-1garbage"},
  };
  for (const auto& [content_type, body] : bad) {
    SCOPED_TRACE(content_type + " | " + body);
    Result<std::vector<FormPart>> refused = ParseMultipartForm(content_type, body);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(refused.error().field, "file");
  }
}

TEST(MultipartFormTest, UploadNamesAreLabelsNeverPaths) {
  EXPECT_EQ(SafeUploadName("../../etc/passwd"), "passwd");
  EXPECT_EQ(SafeUploadName("C:\\Users\\me\\pack.pdf"), "pack.pdf");
  EXPECT_EQ(SafeUploadName("a\nb\x01"
                           "c.txt"),
            "abc.txt");
  EXPECT_EQ(SafeUploadName(".."), "upload");
  EXPECT_EQ(SafeUploadName("dir/"), "upload");
  EXPECT_EQ(SafeUploadName(""), "upload");
  std::string long_name(199, 'a');
  long_name += "\xC3\xA9\xC3\xA9";  // a two-byte letter across the 200-byte cut
  EXPECT_EQ(SafeUploadName(long_name), std::string(199, 'a'));
}

TEST_F(ApiTest, ImportsAreForClerksOfTheBodyAndAdministrators) {
  Upload upload{{{"body", "Alpha Board"}}, {{"devolution.txt", SamplePaper("devolution-update-2017.txt")}}};
  auto post = [&](const Browser& who, const std::string& body, const std::string& target = "/api/v1/imports",
                  const std::string& type = "multipart/form-data; boundary=XyZbound") {
    Headers headers = {{"Content-Type", type}};
    if (!who.jar.Header().empty()) headers.emplace_back("Cookie", who.jar.Header());
    if (!who.csrf.empty()) headers.emplace_back("X-CSRF-Token", who.csrf);
    return Send(port_, "POST", target, headers, body);
  };
  const int64_t before = AuditCount();
  // The public: 401 at the door (a signed-out browser's form post is refused before it, for want of a CSRF
  // token).
  EXPECT_EQ(post(As("public"), upload.Body(), "/api/v1/imports", "application/json").status, 401);
  EXPECT_EQ(post(As("public"), upload.Body()).status, 403);
  EXPECT_EQ(post(As("member_a"), upload.Body()).status, 403);
  EXPECT_EQ(post(As("author_a"), upload.Body()).status, 403);
  Browser clerk = As("clerk_a");
  Upload for_beta = upload;
  for_beta.fields = {{"body", "Beta Board"}};
  EXPECT_EQ(post(clerk, for_beta.Body()).status, 403);
  Upload no_body = upload;
  no_body.fields.clear();
  EXPECT_EQ(FieldOf(post(clerk, no_body.Body())), "body");
  Upload nowhere = upload;
  nowhere.fields = {{"body", "Nowhere Board"}};
  EXPECT_EQ(FieldOf(post(clerk, nowhere.Body())), "body");
  Upload no_file = upload;
  no_file.files.clear();
  EXPECT_EQ(FieldOf(post(clerk, no_file.Body())), "file");
  EXPECT_EQ(FieldOf(post(clerk, upload.Body(), "/api/v1/imports", "application/json")), "file");
  EXPECT_EQ(FieldOf(post(clerk, upload.Body(), "/api/v1/imports?dry_run=maybe")), "dry_run");
  EXPECT_EQ(AuditCount(), before);

  // The preview: what would be created, and nothing kept.
  Reply preview = post(clerk, upload.Body(), "/api/v1/imports?dry_run=true");
  ASSERT_EQ(preview.status, 200) << preview.body;
  json previewed = Body(preview);
  EXPECT_EQ(previewed["format"], "boardroom-import/1");
  EXPECT_EQ(previewed["dry_run"], true);
  ASSERT_EQ(previewed["files"].size(), 1u);
  EXPECT_EQ(previewed["files"][0]["outcome"], "imported");
  EXPECT_FALSE(previewed["files"][0].contains("created"));
  ASSERT_FALSE(previewed["files"][0]["papers"].empty());
  EXPECT_EQ(AuditCount(), before);

  // The import: the same answer with the ids created, and the paper readable through the API.
  Reply imported = post(clerk, upload.Body());
  ASSERT_EQ(imported.status, 201) << imported.body;
  json file = Body(imported)["files"][0];
  EXPECT_EQ(file["file"], "devolution.txt");
  EXPECT_EQ(file["outcome"], "imported");
  ASSERT_FALSE(file["created"]["paper_ids"].empty());
  EXPECT_EQ(file["papers"], previewed["files"][0]["papers"]);
  Reply paper = Get("/api/v1/papers/" + file["created"]["paper_ids"][0].dump(), clerk);
  ASSERT_EQ(paper.status, 200) << paper.body;
  EXPECT_EQ(Body(paper)["title"], file["papers"][0]["title"]);
  EXPECT_EQ(Body(paper)["body_id"], alpha_.id.value);
  EXPECT_GT(AuditCount(), before);

  // The same bytes again are a duplicate; unreadable bytes fail, named by their label only.
  Reply again = post(clerk, upload.Body());
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(Body(again)["files"][0]["outcome"], "duplicate");
  Upload broken{{{"body", "ALPHA"}},
                {{"../../etc/passwd", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)}}};
  Reply failed = post(clerk, broken.Body());
  EXPECT_EQ(failed.status, 422) << failed.body;
  EXPECT_EQ(Body(failed)["files"][0]["outcome"], "failed");
  EXPECT_EQ(Body(failed)["files"][0]["file"], "passwd");
  EXPECT_EQ(Body(failed)["files"][0]["error"]["code"], "invalid_argument");
  // An administrator needs no body: the file's own (here its To: line) is used.
  Upload other{{}, {{"crime.txt", SamplePaper("crime-disorder-partnership-2018.txt")}}};
  Reply by_admin = post(As("admin"), other.Body());
  EXPECT_EQ(by_admin.status, 201) << by_admin.body;
}

TEST_F(ApiTest, TheOpenApiDocumentDescribesEveryApiRoute) {
  Reply reply = Get("/api/v1/openapi.json");
  ASSERT_EQ(reply.status, 200);
  EXPECT_THAT(reply.Header("Content-Type"), StartsWith("application/json"));
  json doc = Body(reply);
  ASSERT_TRUE(doc.is_object());
  EXPECT_THAT(doc["openapi"].get<std::string>(), StartsWith("3."));
  int described = 0;
  for (const std::string& route : routes_) {
    const std::string method = route.substr(0, route.find(' '));
    const std::string path = route.substr(method.size() + 1);
    if (path != "/api/v1" && path.rfind("/api/v1/", 0) != 0) continue;
    std::string key = path == "/api/v1" ? "/" : path.substr(std::string("/api/v1").size());
    std::string verb = method;
    for (char& c : verb) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    SCOPED_TRACE(route);
    ASSERT_TRUE(doc["paths"].contains(key));
    EXPECT_TRUE(doc["paths"][key].contains(verb));
    ++described;
  }
  EXPECT_GE(described, 25);  // every API route, the accounts, search and history doors included
}

}  // namespace
}  // namespace boardroom::web
