// The clerk's pages of the meeting cycle (web/clerk_pages.h) over real HTTP, against the application as
// `boardroom serve` builds it: the dashboard, creating a meeting, building its agenda, recording outcomes,
// the action log's updates and status changes (with the stale-version page), the decisions register. Each
// form: its good path, its validation errors (error summary linking to the marked field, nothing written),
// and who is refused.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "accounts/accounts.h"
#include "app_server.h"
#include "client.h"
#include "core/clock.h"
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

class PagesTest : public ::testing::Test {
 protected:
  struct Browser {
    CookieJar jar;
    std::string csrf;
  };

  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-pages");
    auto opened = store::OpenSqliteStore((dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::shared_ptr<store::Store>(std::move(opened).value());
    policy_.password_cost = accounts::PasswordCost::Fastest();
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
    options.policy = policy_;
    Status started = app_.Start(options);
    ASSERT_TRUE(started.ok()) << started.error().message;
    port_ = app_.port();
  }

  // A body that requires a finance clearance; a meeting held on 2 November 2026 with a paper carrying two
  // recommendations on its agenda; the next meeting on 10 December; an overdue action; and users.
  void Seed() {
    auto tx = std::move(store_->Begin()).value();
    body_ =
        tx->bodies()
            .CreateBody({.name = "Alpha Board", .short_name = "ALPHA", .required_clearances = {"finance"}})
            .value();
    other_body_ = tx->bodies().CreateBody({.name = "Beta Board", .short_name = "BETA"}).value();
    held_ =
        tx->meetings()
            .CreateMeeting({.body_id = body_.id, .date = Date::FromYmd(2026, 11, 2).value(), .venue = "Hall"})
            .value();
    next_ = tx->meetings()
                .CreateMeeting(
                    {.body_id = body_.id, .date = Date::FromYmd(2026, 12, 10).value(), .venue = "Hall"})
                .value();
    store::Paper paper;
    paper.body_id = body_.id;
    paper.title = "Budget monitoring report";
    paper.published = true;
    paper.meeting_date = held_.date;
    paper = tx->papers().CreatePaper(paper).value();
    rec_ =
        tx->papers()
            .CreateRecommendation({.paper_id = paper.id, .label = "a", .text = "Note the forecast overspend"})
            .value();
    store::Paper draft;
    draft.body_id = body_.id;
    draft.title = "Draft estates strategy";
    draft.meeting_date = next_.date;
    draft = tx->papers().CreatePaper(draft).value();
    item_ = tx->meetings()
                .CreateAgendaItem({.meeting_id = held_.id,
                                   .number = "1",
                                   .position = 1,
                                   .title = "Budget monitoring",
                                   .kind = store::AgendaItemKind::kPaper,
                                   .paper_id = paper.id})
                .value();
    overdue_ = tx->actions()
                   .CreateAction({.body_id = body_.id,
                                  .number = "7",
                                  .meeting_raised_id = held_.id,
                                  .agenda_item_number = "1",
                                  .text = "Circulate the revised forecast",
                                  .owner = "Treasurer",
                                  .target_date = Date::FromYmd(2026, 11, 10).value()})
                   .value();
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
                       nlohmann::json{{"email", name + "@example.org"}, {"password", kPassword}}.dump());
    EXPECT_EQ(reply.status, 200) << reply.body;
    browser.jar.Keep(reply);
    browser.csrf = nlohmann::json::parse(reply.body)["csrf_token"];
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

  // Audit events about records (signing in writes events about sessions, which do not count here).
  int64_t AuditCount() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<store::AuditEvent> trail =
        tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value();
    return std::count_if(trail.begin(), trail.end(),
                         [](const store::AuditEvent& e) { return e.record_kind != "session"; });
  }
  std::vector<std::string> Agenda(store::MeetingId meeting) {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<std::string> out;
    std::vector<store::AgendaItem> items =
        tx->meetings().ListAgendaItems(meeting, store::Viewer::Everything()).value();
    for (const store::AgendaItem& item : items) {
      out.push_back(item.number + " " + item.title);
    }
    return out;
  }
  store::AgendaItem ItemTitled(store::MeetingId meeting, const std::string& title) {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<store::AgendaItem> items =
        tx->meetings().ListAgendaItems(meeting, store::Viewer::Everything()).value();
    for (const store::AgendaItem& item : items) {
      if (item.title == title) return item;
    }
    ADD_FAILURE() << "no item " << title;
    return {};
  }
  store::Action ActionNow(store::ActionId id) {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return tx->actions().GetAction(id).value();
  }
  std::string Manage(store::MeetingId id) { return "/meetings/" + std::to_string(id.value) + "/manage"; }

  // The error summary links to `field`, and the field is marked.
  static void ExpectFieldError(const Reply& reply, const std::string& field) {
    EXPECT_THAT(reply.body, HasSubstr("govuk-error-summary"));
    EXPECT_THAT(reply.body, HasSubstr("href=\"#" + field + "\""));
    EXPECT_THAT(reply.body, HasSubstr("id=\"" + field + "-error\""));
    EXPECT_THAT(reply.body, HasSubstr("id=\"" + field + "\""));
  }

  std::filesystem::path dir_;
  std::shared_ptr<store::Store> store_;
  std::shared_ptr<FixedClock> clock_ = std::make_shared<FixedClock>(1'795'000'000);  // 2026-11-18
  accounts::AccountPolicy policy_;
  ::boardroom::testing::AppServer app_;
  int port_ = 0;
  store::Body body_, other_body_;
  store::Meeting held_, next_;
  store::Recommendation rec_;
  store::AgendaItem item_;
  store::Action overdue_;
};

TEST_F(PagesTest, APaperShowsItsSectionsParagraphAnchorsRecommendationsAndVersions) {
  store::Paper first, second, draft;
  store::Recommendation agreed;
  {
    auto tx = std::move(store_->Begin()).value();
    first = tx->papers()
                .CreatePaper({.body_id = body_.id,
                              .title = "<b>Estates</b> & stations",
                              .to = "Police and Crime Commissioner",
                              .meeting_date = held_.date,
                              .published = true})
                .value();
    store::PaperSection section =
        tx->papers()
            .CreateSection({.paper_id = first.id, .number = "5", .heading = "Financial implications"})
            .value();
    ASSERT_TRUE(tx->papers()
                    .CreateParagraph({.paper_id = first.id, .text = "An opening paragraph without a number."})
                    .ok());
    ASSERT_TRUE(tx->papers()
                    .CreateParagraph({.paper_id = first.id,
                                      .section_id = section.id,
                                      .number = "5.22",
                                      .text = "The <script>alert(1)</script> sale raises £1.2m."})
                    .ok());
    agreed = tx->papers()
                 .CreateRecommendation({.paper_id = first.id, .label = "a", .text = "Approve the sale"})
                 .value();
    agreed.outcome = store::RecommendationOutcome::kAgreed;
    agreed = tx->papers().UpdateRecommendation(agreed).value();
    second = tx->papers()
                 .CreatePaper({.body_id = body_.id,
                               .title = "Estates and stations (revised)",
                               .published = true,
                               .version_number = 2,
                               .version_of = first.id})
                 .value();
    draft = tx->papers().CreatePaper({.body_id = body_.id, .title = "Unpublished draft paper"}).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  const std::string href = "/papers/" + std::to_string(first.id.value);
  Reply page = Get(href);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("&lt;b&gt;Estates&lt;/b&gt; &amp; stations"));
  EXPECT_THAT(page.body, Not(HasSubstr("<script>alert(1)")));
  EXPECT_THAT(page.body, HasSubstr("id=\"para-5.22\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#para-5.22\""));
  EXPECT_THAT(page.body, HasSubstr("Financial implications"));
  EXPECT_THAT(page.body, HasSubstr("An opening paragraph without a number."));
  EXPECT_THAT(page.body, HasSubstr("id=\"recommendation-" + std::to_string(agreed.id.value) + "\""));
  EXPECT_THAT(page.body, HasSubstr(">Agreed<"));
  EXPECT_THAT(page.body, HasSubstr("href=\"/meetings/" + std::to_string(held_.id.value) + "\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"/papers/" + std::to_string(second.id.value) + "\""));
  EXPECT_THAT(page.body, Not(HasSubstr("Clearances and publication")));  // the public cannot clear papers
  // The revised issue lists the first as another version.
  EXPECT_THAT(Get("/papers/" + std::to_string(second.id.value)).body, HasSubstr(href + "\""));

  for (const std::string bad : {"abc", "0", "-1", "999999"})
    EXPECT_EQ(Get("/papers/" + bad).status, 404) << bad;
  const std::string draft_href = "/papers/" + std::to_string(draft.id.value);
  EXPECT_EQ(Get(draft_href).status, 404);
  EXPECT_EQ(Get(draft_href, SignIn("member")).status, 404);
  Reply authors = Get(draft_href, SignIn("author"));
  ASSERT_EQ(authors.status, 200);
  EXPECT_THAT(authors.body, HasSubstr("Draft: not published"));
  EXPECT_THAT(authors.body, HasSubstr(draft_href + "/clearances"));
  // The meeting page links the paper on its agenda.
  EXPECT_THAT(Get("/meetings/" + std::to_string(held_.id.value)).body,
              HasSubstr("href=\"/papers/" + std::to_string(item_.paper_id->value) + "\""));
}

TEST_F(PagesTest, DashboardShowsMeetingsPapersAwaitingClearanceAndOverdueActions) {
  Browser clerk = SignIn("clerk");
  Reply page = Get("/dashboard", clerk);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Thursday 10 December 2026"));
  EXPECT_THAT(page.body, HasSubstr("href=\"/meetings/" + std::to_string(next_.id.value) + "/manage\""));
  EXPECT_THAT(page.body, HasSubstr("Draft estates strategy"));
  EXPECT_THAT(page.body, HasSubstr("Still to clear: finance"));
  EXPECT_THAT(page.body, HasSubstr("Circulate the revised forecast"));
  EXPECT_THAT(page.body, HasSubstr("href=\"/actions/" + std::to_string(overdue_.id.value) + "\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"/meetings/new\""));
  EXPECT_EQ(page.Header("Cache-Control"), "no-store");
  // A member sees the meetings but no drafts, no manage links and no create button.
  Reply member = Get("/dashboard", SignIn("member"));
  ASSERT_EQ(member.status, 200);
  EXPECT_THAT(member.body, HasSubstr("Thursday 10 December 2026"));
  EXPECT_THAT(member.body, Not(HasSubstr("Draft estates strategy")));
  EXPECT_THAT(member.body, Not(HasSubstr("/manage")));
  EXPECT_THAT(member.body, Not(HasSubstr("href=\"/meetings/new\"")));
  // The clerk of another body sees nothing of this one.
  Reply other = Get("/dashboard", SignIn("otherclerk"));
  EXPECT_THAT(other.body, Not(HasSubstr("Circulate the revised forecast")));
  // The public is sent to sign in; the layout links the dashboard only when signed in.
  Reply pub = Get("/dashboard");
  EXPECT_EQ(pub.status, 303);
  EXPECT_EQ(pub.Header("Location"), "/sign-in?next=/dashboard");
  EXPECT_THAT(Get("/").body, Not(HasSubstr("href=\"/dashboard\"")));
  EXPECT_THAT(Get("/", clerk).body, HasSubstr("href=\"/dashboard\""));
}

TEST_F(PagesTest, CreateMeetingGoodPathErrorsAndRefusals) {
  Browser clerk = SignIn("clerk");
  Reply form = Get("/meetings/new", clerk);
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("value=\"" + clerk.csrf + "\""));
  EXPECT_THAT(form.body, HasSubstr(">Alpha Board</option>"));
  EXPECT_THAT(form.body, Not(HasSubstr("Beta Board")));
  const int64_t before = AuditCount();
  const std::string body_id = std::to_string(body_.id.value);

  Reply bad_date = Post("/meetings", clerk, "body_id=" + body_id + "&date=2027-02-31&time=&venue=Hall+2");
  EXPECT_EQ(bad_date.status, 400);
  ExpectFieldError(bad_date, "date");
  EXPECT_THAT(bad_date.body, HasSubstr("value=\"Hall 2\""));  // what was typed is kept
  Reply bad_time = Post("/meetings", clerk, "body_id=" + body_id + "&date=2027-02-03&time=25%3A00&venue=");
  EXPECT_EQ(bad_time.status, 400);
  ExpectFieldError(bad_time, "time");
  Reply no_body = Post("/meetings", clerk, "body_id=&date=2027-02-03");
  EXPECT_EQ(no_body.status, 400);
  ExpectFieldError(no_body, "body_id");
  // Another body's clerk, a member and a missing token change nothing.
  EXPECT_EQ(Post("/meetings", SignIn("otherclerk"), "body_id=" + body_id + "&date=2027-02-03").status, 403);
  EXPECT_EQ(Get("/meetings/new", SignIn("member")).status, 403);
  EXPECT_EQ(Post("/meetings", SignIn("member"), "body_id=" + body_id + "&date=2027-02-03").status, 403);
  Reply no_csrf =
      Send(port_, "POST", "/meetings", With(clerk, {{"Content-Type", "application/x-www-form-urlencoded"}}),
           "body_id=" + body_id + "&date=2027-02-03");
  EXPECT_EQ(no_csrf.status, 403);
  EXPECT_EQ(Get("/meetings/new").status, 303);
  EXPECT_EQ(AuditCount(), before);

  Reply good = Post("/meetings", clerk, "body_id=" + body_id + "&date=2027-02-03&time=14%3A00&venue=Hall+2");
  ASSERT_EQ(good.status, 303) << good.body;
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  std::vector<store::Meeting> meetings = tx->meetings().ListMeetings({.body_id = body_.id}).value();
  ASSERT_EQ(meetings.size(), 3u);
  EXPECT_EQ(meetings.back().date, Date::FromYmd(2027, 2, 3).value());
  EXPECT_EQ(meetings.back().time, "14:00");
  EXPECT_EQ(good.Header("Location"), Manage(meetings.back().id));
  EXPECT_EQ(AuditCount(), before + 1);
}

TEST_F(PagesTest, BuildAnAgendaWithStandardItemsNestingMovingVerbalAndExemptItems) {
  Browser clerk = SignIn("clerk");
  const std::string base = "/meetings/" + std::to_string(next_.id.value);
  Reply page = Get(Manage(next_.id), clerk);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Welcome and apologies"));  // offered
  EXPECT_THAT(page.body, HasSubstr("href=\"/history/meeting/" + std::to_string(next_.id.value) + "\""));

  Reply standard =
      Post(base + "/standard-items", clerk, "items=welcome_and_apologies&items=declarations_of_interest");
  ASSERT_EQ(standard.status, 303) << standard.body;
  EXPECT_THAT(standard.Header("Location"), HasSubstr(Manage(next_.id)));
  EXPECT_THAT(Agenda(next_.id),
              ::testing::ElementsAre("1 Welcome and apologies", "2 Declarations of interest"));
  ASSERT_EQ(Post(base + "/items", clerk, "title=Finance&kind=standard&presenter=Treasurer").status, 303);
  ASSERT_EQ(Post(base + "/items", clerk, "title=Chair%27s+update&kind=verbal").status, 303);
  ASSERT_EQ(Post(base + "/items", clerk, "title=Contract+award&kind=exempt&exemption_paragraph=3").status,
            303);
  EXPECT_THAT(Agenda(next_.id),
              ::testing::ElementsAre("1 Welcome and apologies", "2 Declarations of interest", "3 Finance",
                                     "4 Chair's update", "5 Contract award"));
  Reply shown = Get(Manage(next_.id), clerk);
  EXPECT_THAT(shown.body, HasSubstr("Verbal update"));
  EXPECT_THAT(shown.body, HasSubstr("Schedule 12A paragraph 3"));
  EXPECT_THAT(shown.body, HasSubstr("/history/agenda_item/"));

  // Validation: nothing is written.
  const int64_t before = AuditCount();
  Reply no_title = Post(base + "/items", clerk, "title=&kind=standard&presenter=Someone");
  EXPECT_EQ(no_title.status, 400);
  ExpectFieldError(no_title, "title");
  EXPECT_THAT(no_title.body, HasSubstr("value=\"Someone\""));
  Reply no_paragraph = Post(base + "/items", clerk, "title=Secret&kind=exempt&exemption_paragraph=");
  EXPECT_EQ(no_paragraph.status, 400);
  ExpectFieldError(no_paragraph, "exemption_paragraph");
  Reply taken = Post(base + "/items", clerk, "title=Again&kind=standard&number=3");
  EXPECT_EQ(taken.status, 409);
  ExpectFieldError(taken, "number");
  Reply bad_kind = Post(base + "/items", clerk, "title=Odd&kind=party");
  EXPECT_EQ(bad_kind.status, 400);
  ExpectFieldError(bad_kind, "kind");
  Reply bad_standard = Post(base + "/standard-items", clerk, "items=lunch");
  EXPECT_EQ(bad_standard.status, 400);
  ExpectFieldError(bad_standard, "items");
  Reply none_chosen = Post(base + "/standard-items", clerk, "");
  EXPECT_EQ(none_chosen.status, 400);
  EXPECT_THAT(none_chosen.body, HasSubstr("href=\"#items\""));
  // Others are refused.
  EXPECT_EQ(Post(base + "/items", SignIn("author"), "title=Mine&kind=standard").status, 403);
  EXPECT_EQ(Post(base + "/items", SignIn("otherclerk"), "title=Mine&kind=standard").status, 403);
  EXPECT_EQ(Get(Manage(next_.id), SignIn("member")).status, 403);
  EXPECT_EQ(Get(Manage(next_.id)).status, 303);
  EXPECT_EQ(AuditCount(), before);

  // Nest "Chair's update" under Finance, move it out again, then move Finance down and up.
  store::AgendaItem chair = ItemTitled(next_.id, "Chair's update");
  auto move = [&](const store::AgendaItem& item, const std::string& direction) {
    return Post("/agenda-items/" + std::to_string(item.id.value) + "/move", clerk,
                "direction=" + direction + "&version=" + std::to_string(item.version));
  };
  ASSERT_EQ(move(chair, "in").status, 303);
  EXPECT_THAT(Agenda(next_.id),
              ::testing::ElementsAre("1 Welcome and apologies", "2 Declarations of interest", "3 Finance",
                                     "3.1 Chair's update", "4 Contract award"));
  // A stale version is refused with the agenda as it is now.
  Reply stale = move(chair, "out");
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("href=\"#agenda\""));
  ASSERT_EQ(move(ItemTitled(next_.id, "Chair's update"), "out").status, 303);
  ASSERT_EQ(move(ItemTitled(next_.id, "Finance"), "down").status, 303);
  EXPECT_THAT(Agenda(next_.id),
              ::testing::ElementsAre("1 Welcome and apologies", "2 Declarations of interest",
                                     "3 Chair's update", "4 Finance", "5 Contract award"));
  ASSERT_EQ(move(ItemTitled(next_.id, "Finance"), "up").status, 303);
  EXPECT_EQ(Agenda(next_.id)[2], "3 Finance");
  // A move the agenda does not allow is refused in the error summary.
  Reply first_up = move(ItemTitled(next_.id, "Welcome and apologies"), "up");
  EXPECT_EQ(first_up.status, 400);
  EXPECT_THAT(first_up.body, HasSubstr("href=\"#agenda\""));
  EXPECT_EQ(move(ItemTitled(next_.id, "Finance"), "sideways").status, 400);
  // Moves need the clerk, and the token.
  store::AgendaItem finance = ItemTitled(next_.id, "Finance");
  EXPECT_EQ(Post("/agenda-items/" + std::to_string(finance.id.value) + "/move", SignIn("author"),
                 "direction=down&version=" + std::to_string(finance.version))
                .status,
            403);
  Reply no_csrf = Send(port_, "POST", "/agenda-items/" + std::to_string(finance.id.value) + "/move",
                       With(clerk, {{"Content-Type", "application/x-www-form-urlencoded"}}),
                       "direction=down&version=" + std::to_string(finance.version));
  EXPECT_EQ(no_csrf.status, 403);
  EXPECT_EQ(Agenda(next_.id)[2], "3 Finance");
}

TEST_F(PagesTest, RecordOutcomesAndFindThemInTheDecisionsRegister) {
  Browser clerk = SignIn("clerk");
  const std::string target = "/recommendations/" + std::to_string(rec_.id.value) + "/outcome";
  const std::string field = "rec-" + std::to_string(rec_.id.value) + "-";
  Reply page = Get(Manage(held_.id), clerk);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Note the forecast overspend"));
  EXPECT_THAT(page.body, HasSubstr("action=\"" + target + "\""));
  const std::string meeting = "&meeting_id=" + std::to_string(held_.id.value);
  const int64_t before = AuditCount();

  Reply no_outcome = Post(target, clerk, "outcome=&version=1" + meeting);
  EXPECT_EQ(no_outcome.status, 400);
  ExpectFieldError(no_outcome, field + "outcome");
  Reply no_note = Post(target, clerk, "outcome=agreed_with_amendments&outcome_note=&version=1" + meeting);
  EXPECT_EQ(no_note.status, 400);
  ExpectFieldError(no_note, field + "outcome_note");
  // The next meeting has not taken place: an outcome cannot be recorded for it.
  Reply future = Post(target, clerk, "outcome=agreed&version=1&meeting_id=" + std::to_string(next_.id.value));
  EXPECT_EQ(future.status, 400);
  EXPECT_EQ(Post(target, SignIn("author"), "outcome=agreed&version=1" + meeting).status, 403);
  EXPECT_EQ(AuditCount(), before);

  Reply agreed =
      Post(target, clerk, "outcome=agreed_with_amendments&outcome_note=Cap+at+2%25&version=1" + meeting);
  ASSERT_EQ(agreed.status, 303) << agreed.body;
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    store::Recommendation now = tx->papers().GetRecommendation(rec_.id, store::Viewer::Everything()).value();
    EXPECT_EQ(now.outcome, store::RecommendationOutcome::kAgreedWithAmendments);
    EXPECT_EQ(now.outcome_note, "Cap at 2%");
  }
  // The version the form carried is stale now.
  Reply stale = Post(target, clerk, "outcome=rejected&version=1" + meeting);
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("href=\"#" + field + "outcome\""));

  // The register, to anyone, with filters.
  Reply all = Get("/decisions");
  ASSERT_EQ(all.status, 200);
  EXPECT_THAT(all.body, HasSubstr("Note the forecast overspend"));
  EXPECT_THAT(all.body, HasSubstr("Agreed with amendments"));
  EXPECT_THAT(all.body, HasSubstr("Cap at 2%"));
  EXPECT_THAT(Get("/decisions?outcome=rejected").body, Not(HasSubstr("Note the forecast overspend")));
  EXPECT_THAT(Get("/decisions?body=" + std::to_string(other_body_.id.value)).body,
              Not(HasSubstr("Note the forecast overspend")));
  EXPECT_THAT(Get("/decisions?from=2026-11-01&until=2026-11-30").body,
              HasSubstr("Note the forecast overspend"));
  EXPECT_THAT(Get("/decisions?from=2026-11-03").body, Not(HasSubstr("Note the forecast overspend")));
  Reply bad_from = Get("/decisions?from=yesterday");
  EXPECT_EQ(bad_from.status, 400);
  ExpectFieldError(bad_from, "from");
  Reply backwards = Get("/decisions?from=2026-12-01&until=2026-11-01");
  EXPECT_EQ(backwards.status, 400);
  ExpectFieldError(backwards, "until");
  EXPECT_EQ(Get("/decisions?outcome=maybe").status, 400);
}

TEST_F(PagesTest, RaiseAnActionUpdateItAndCloseItWithAStaleVersionPage) {
  Browser clerk = SignIn("clerk");
  const std::string raise = "/meetings/" + std::to_string(held_.id.value) + "/actions";
  const std::string item = "agenda_item_id=" + std::to_string(item_.id.value);
  const int64_t before = AuditCount();
  Reply no_owner = Post(raise, clerk, item + "&text=Review+the+reserves&owner=");
  EXPECT_EQ(no_owner.status, 400);
  ExpectFieldError(no_owner, "action-owner");
  EXPECT_THAT(no_owner.body, HasSubstr("Review the reserves</textarea>"));
  Reply bad_date = Post(raise, clerk, item + "&text=Review&owner=Treasurer&target_date=soon");
  EXPECT_EQ(bad_date.status, 400);
  ExpectFieldError(bad_date, "action-target_date");
  Reply no_item = Post(raise, clerk, "agenda_item_id=&text=Review&owner=Treasurer");
  EXPECT_EQ(no_item.status, 400);
  ExpectFieldError(no_item, "action-agenda_item_id");
  EXPECT_EQ(Post(raise, SignIn("author"), item + "&text=Review&owner=Treasurer").status, 403);
  EXPECT_EQ(AuditCount(), before);

  Reply raised =
      Post(raise, clerk, item + "&text=Review+the+reserves&owner=Treasurer&target_date=2026-12-31");
  ASSERT_EQ(raised.status, 303) << raised.body;
  store::Action action;
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<store::Action> actions = tx->actions().ListActions({.body_id = body_.id}).value();
    for (const store::Action& a : actions) {
      if (a.text == "Review the reserves") action = a;
    }
  }
  ASSERT_GT(action.id.value, 0);
  EXPECT_EQ(action.number, "8");  // one more than the highest on the log
  EXPECT_EQ(action.owner, "Treasurer");
  const std::string page = "/actions/" + std::to_string(action.id.value);

  // The page: authors may add updates, only clerks change the status and see the history.
  Reply clerk_page = Get(page, clerk);
  ASSERT_EQ(clerk_page.status, 200);
  EXPECT_THAT(clerk_page.body, HasSubstr("Change the status"));
  EXPECT_THAT(clerk_page.body, HasSubstr("href=\"/history/action/" + std::to_string(action.id.value) + "\""));
  Browser author = SignIn("author");
  Reply author_page = Get(page, author);
  ASSERT_EQ(author_page.status, 200);
  EXPECT_THAT(author_page.body, HasSubstr("Add an update"));
  EXPECT_THAT(author_page.body, Not(HasSubstr("Change the status")));
  EXPECT_EQ(Get(page, SignIn("member")).status, 403);
  EXPECT_EQ(Get(page).status, 303);

  // Updates.
  const int64_t before_updates = AuditCount();
  Reply empty = Post(page + "/updates", author, "text=&date=");
  EXPECT_EQ(empty.status, 400);
  ExpectFieldError(empty, "update-text");
  Reply future = Post(page + "/updates", author, "text=Later&date=2026-12-01");
  EXPECT_EQ(future.status, 400);
  ExpectFieldError(future, "update-date");
  Reply not_a_date = Post(page + "/updates", author, "text=Later&date=1st");
  EXPECT_EQ(not_a_date.status, 400);
  ExpectFieldError(not_a_date, "update-date");
  EXPECT_EQ(AuditCount(), before_updates);
  ASSERT_EQ(Post(page + "/updates", author, "text=Reserves+reviewed+by+audit&date=2026-11-16").status, 303);
  EXPECT_THAT(Get(page, clerk).body, HasSubstr("Reserves reviewed by audit"));

  // Status: the author is refused; the clerk's change goes through; a stale one shows both versions.
  EXPECT_EQ(Post(page + "/status", author, "status=complete&version=1").status, 403);
  Reply bad_status = Post(page + "/status", clerk, "status=finished&version=1");
  EXPECT_EQ(bad_status.status, 400);
  ExpectFieldError(bad_status, "status");
  ASSERT_EQ(Post(page + "/status", clerk, "status=complete&note=Done&version=1").status, 303);
  EXPECT_EQ(ActionNow(action.id).status, store::ActionStatus::kComplete);
  const int64_t before_stale = AuditCount();
  Reply stale = Post(page + "/status", clerk, "status=closed&note=Closing+it&version=1");
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Someone else changed this action"));
  EXPECT_THAT(stale.body,
              HasSubstr("<td class=\"govuk-table__cell\">1</td><td class=\"govuk-table__cell\">2</td>"));
  EXPECT_THAT(stale.body, HasSubstr("Closing it"));                    // what was sent is kept
  EXPECT_THAT(stale.body, HasSubstr("name=\"version\" value=\"2\""));  // ready to send again
  EXPECT_EQ(ActionNow(action.id).status, store::ActionStatus::kComplete);
  EXPECT_EQ(AuditCount(), before_stale);
  ASSERT_EQ(Post(page + "/status", clerk, "status=closed&version=2").status, 303);
  EXPECT_EQ(ActionNow(action.id).status, store::ActionStatus::kClosed);
  // A closed action takes no more updates, and its page offers none.
  EXPECT_THAT(Get(page, author).body, Not(HasSubstr("Add an update")));
  EXPECT_EQ(Post(page + "/updates", author, "text=More").status, 422);
}

TEST_F(PagesTest, MoveTheMeetingOnAStepAtATimeAndOfferItsReportBacks) {
  Browser clerk = SignIn("clerk");
  const std::string status = "/meetings/" + std::to_string(next_.id.value) + "/status";
  Reply page = Get(Manage(next_.id), clerk);
  EXPECT_THAT(page.body, HasSubstr("Mark the meeting as: Agenda published"));
  const int64_t before = AuditCount();
  // Held before its date, an unknown status, a stale version and another body's clerk change nothing.
  Reply early = Post(status, clerk, "status=held&version=1");
  EXPECT_EQ(early.status, 400);
  EXPECT_THAT(early.body, HasSubstr("href=\"#meeting-status\""));
  EXPECT_EQ(Post(status, clerk, "status=cancelled&version=1").status, 400);
  EXPECT_EQ(Post(status, clerk, "status=agenda_published&version=9").status, 409);
  EXPECT_EQ(Post(status, SignIn("otherclerk"), "status=agenda_published&version=1").status, 403);
  EXPECT_EQ(AuditCount(), before);
  ASSERT_EQ(Post(status, clerk, "status=agenda_published&version=1").status, 303);
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    EXPECT_EQ(tx->meetings().GetMeeting(next_.id).value().status, store::MeetingStatus::kAgendaPublished);
  }
  EXPECT_THAT(Get(Manage(next_.id), clerk).body, HasSubstr("Mark the meeting as: Held"));

  // An action raised in November asking to report back to the December Board is offered on December's page.
  Reply raised = Post("/meetings/" + std::to_string(held_.id.value) + "/actions", clerk,
                      "agenda_item_id=" + std::to_string(item_.id.value) +
                          "&text=Report+back+to+the+December+Board+on+reserves&owner=Treasurer");
  ASSERT_EQ(raised.status, 303) << raised.body;
  Reply offered = Get(Manage(next_.id), clerk);
  EXPECT_THAT(offered.body, HasSubstr("Report back to the December Board on reserves"));
  EXPECT_THAT(offered.body, HasSubstr("/report-back\""));
  store::Action action;
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<store::Action> actions = tx->actions().ListActions({.body_id = body_.id}).value();
    for (const store::Action& a : actions) {
      if (a.text.starts_with("Report back")) action = a;
    }
  }
  ASSERT_TRUE(action.report_back_meeting_id.has_value());
  const std::string back = "/actions/" + std::to_string(action.id.value) + "/report-back";
  EXPECT_EQ(Post(back, SignIn("author"), "").status, 403);
  ASSERT_EQ(Post(back, clerk, "").status, 303);
  EXPECT_THAT(Agenda(next_.id), ::testing::ElementsAre("1 Action " + action.number +
                                                       ": Report back to the December Board on reserves"));
  EXPECT_THAT(Get(Manage(next_.id), clerk).body, HasSubstr("On the agenda"));
  EXPECT_EQ(Post(back, clerk, "").status, 409);  // once only
}

TEST_F(PagesTest, RecordAttendanceApologiesAndDeclarationsAtTheMeeting) {
  Browser clerk = SignIn("clerk");
  const std::string base = "/meetings/" + std::to_string(held_.id.value);
  const int64_t before = AuditCount();
  Reply no_name = Post(base + "/attendance", clerk, "name=&capacity=Chair&kind=present");
  EXPECT_EQ(no_name.status, 400);
  ExpectFieldError(no_name, "attendance-name");
  EXPECT_THAT(no_name.body, HasSubstr("value=\"Chair\""));
  Reply substitute = Post(base + "/attendance", clerk, "name=Cllr+Ames&kind=present&substitute=Cllr+Bell");
  EXPECT_EQ(substitute.status, 400);
  ExpectFieldError(substitute, "attendance-substitute");
  Reply bad_kind = Post(base + "/attendance", clerk, "name=Cllr+Ames&kind=late");
  EXPECT_EQ(bad_kind.status, 400);
  ExpectFieldError(bad_kind, "attendance-kind");
  EXPECT_EQ(Post(base + "/attendance", SignIn("member"), "name=Cllr+Ames&kind=present").status, 403);
  EXPECT_EQ(AuditCount(), before);

  ASSERT_EQ(Post(base + "/attendance", clerk, "name=Cllr+Ames&capacity=Chair&kind=present").status, 303);
  ASSERT_EQ(Post(base + "/attendance", clerk, "name=Cllr+Cole&kind=apologies&substitute=Cllr+Bell").status,
            303);
  Reply again = Post(base + "/attendance", clerk, "name=Cllr+Ames&kind=absent");
  EXPECT_EQ(again.status, 409);
  ExpectFieldError(again, "attendance-name");

  const std::string item = std::to_string(item_.id.value);
  Reply no_interest = Post(base + "/declarations", clerk,
                           "name=Cllr+Ames&agenda_item_id=" + item + "&kind=other_registrable");
  EXPECT_EQ(no_interest.status, 400);
  ExpectFieldError(no_interest, "declaration-interest");
  Reply odd_kind = Post(base + "/declarations", clerk, "name=Cllr+Ames&kind=vague&interest=Shares");
  EXPECT_EQ(odd_kind.status, 400);
  ExpectFieldError(odd_kind, "declaration-kind");
  Reply other_item = Post(base + "/declarations", clerk,
                          "name=Cllr+Ames&kind=non_registrable&interest=Shares&agenda_item_id=999999");
  EXPECT_EQ(other_item.status, 400);
  ExpectFieldError(other_item, "declaration-agenda_item_id");
  ASSERT_EQ(Post(base + "/declarations", clerk,
                 "name=Cllr+Ames&agenda_item_id=" + item +
                     "&kind=disclosable_pecuniary&interest=Director+of+a+supplier&left_room=yes")
                .status,
            303);
  EXPECT_EQ(AuditCount(), before + 3);
  Reply page = Get(Manage(held_.id), clerk);
  EXPECT_THAT(page.body, HasSubstr("Cllr Ames, Chair: Present"));
  EXPECT_THAT(page.body, HasSubstr("Cllr Cole: Sent apologies (substitute: Cllr Bell)"));
  EXPECT_THAT(
      page.body,
      HasSubstr("Cllr Ames, item 1: Disclosable pecuniary interest, Director of a supplier (left the room)"));
}

TEST_F(PagesTest, DecisionsRegisterPagesByFiftyKeepingItsFilters) {
  {
    auto tx = std::move(store_->Begin()).value();
    store::Paper paper;
    paper.body_id = other_body_.id;
    paper.title = "Many decisions";
    paper.published = true;
    paper.meeting_date = Date::FromYmd(2026, 10, 1).value();
    paper = tx->papers().CreatePaper(paper).value();
    for (int i = 0; i < 51; ++i) {
      ASSERT_TRUE(tx->papers()
                      .CreateRecommendation({.paper_id = paper.id,
                                             .label = std::to_string(i),
                                             .text = "Decision number " + std::to_string(i),
                                             .outcome = store::RecommendationOutcome::kNoted})
                      .ok());
    }
    ASSERT_TRUE(tx->Commit().ok());
  }
  Reply first = Get("/decisions?outcome=noted&from=2026-09-01");
  ASSERT_EQ(first.status, 200);
  EXPECT_THAT(first.body, HasSubstr("href=\"/decisions?page=2&amp;from=2026-09-01&amp;outcome=noted\""));
  EXPECT_THAT(first.body, Not(HasSubstr("Previous page")));
  Reply second = Get("/decisions?page=2&from=2026-09-01&outcome=noted");
  ASSERT_EQ(second.status, 200);
  EXPECT_THAT(second.body, HasSubstr("Previous page"));
  EXPECT_THAT(second.body, Not(HasSubstr("Next page")));
  EXPECT_EQ(Get("/decisions?page=0").status, 404);
  EXPECT_EQ(Get("/decisions?page=x").status, 404);
  // A refused filter offers no links built from it.
  Reply refused = Get("/decisions?page=2&from=%22%3E%3Cb%3E");
  EXPECT_EQ(refused.status, 400);
  EXPECT_THAT(refused.body, Not(HasSubstr("Previous page")));
  EXPECT_THAT(refused.body, Not(HasSubstr("<b>")));
}

TEST_F(PagesTest, EditWhatAnItemSaysAndSeeBothVersionsWhenStale) {
  Browser clerk = SignIn("clerk");
  const std::string edit = "/agenda-items/" + std::to_string(item_.id.value);
  EXPECT_THAT(Get(Manage(held_.id), clerk).body, HasSubstr("href=\"" + edit + "/edit\""));
  Reply page = Get(edit + "/edit", clerk);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("value=\"Budget monitoring\""));
  EXPECT_EQ(Get(edit + "/edit", SignIn("author")).status, 403);
  EXPECT_EQ(Get(edit + "/edit").status, 303);
  const int64_t before = AuditCount();
  Reply empty =
      Post(edit, clerk, "version=1&title=&kind=paper&paper_id=" + std::to_string(item_.paper_id->value));
  EXPECT_EQ(empty.status, 400);
  ExpectFieldError(empty, "title");
  Reply verbal_paper = Post(
      edit, clerk, "version=1&title=Budget&kind=verbal&paper_id=" + std::to_string(item_.paper_id->value));
  EXPECT_EQ(verbal_paper.status, 400);
  ExpectFieldError(verbal_paper, "paper_id");
  EXPECT_EQ(Post(edit, SignIn("author"), "version=1&title=Mine&kind=standard").status, 403);
  EXPECT_EQ(AuditCount(), before);
  Reply saved = Post(edit, clerk,
                     "version=1&title=Budget+monitoring+Q2&presenter=Treasurer&kind=paper&paper_id=" +
                         std::to_string(item_.paper_id->value));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_THAT(Agenda(held_.id), ::testing::ElementsAre("1 Budget monitoring Q2"));
  Reply stale = Post(edit, clerk, "version=1&title=Budget+outturn&kind=standard");
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Someone else changed this item"));
  EXPECT_THAT(stale.body, HasSubstr("<td class=\"govuk-table__cell\">Budget outturn</td><td "
                                    "class=\"govuk-table__cell\">Budget monitoring Q2</td>"));
  EXPECT_THAT(stale.body, HasSubstr("name=\"version\" value=\"2\""));
  EXPECT_THAT(Agenda(held_.id), ::testing::ElementsAre("1 Budget monitoring Q2"));
}

}  // namespace
}  // namespace boardroom::web
