// Writing a paper on the web (GET /papers/new, POST /papers) over real HTTP, against the application as
// `boardroom serve` builds it: the good path (the paper, its sections, numbered paragraphs and
// recommendations, unpublished, one audit event each for the paper and its text), every validation error
// (nothing written), the wrong role, a missing CSRF token, and markup in what was written coming back
// escaped.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "accounts/accounts.h"
#include "app_server.h"
#include "client.h"
#include "core/clock.h"
#include "store/sqlite/sqlite_store.h"
#include "web/app.h"

namespace boardroom::web {
namespace {

using ::boardroom::testing::CookieJar;
using ::boardroom::testing::Reply;
using ::boardroom::testing::Send;
using ::testing::HasSubstr;
using ::testing::Not;
using Headers = std::vector<std::pair<std::string, std::string>>;
using nlohmann::json;

constexpr char kPassword[] = "correct horse battery";

std::string Encode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

using Form = std::vector<std::pair<std::string, std::string>>;

std::string Encoded(const Form& form) {
  std::string out;
  for (const auto& [name, value] : form) out += (out.empty() ? "" : "&") + Encode(name) + "=" + Encode(value);
  return out;
}

class PaperFormTest : public ::testing::Test {
 protected:
  struct Browser {
    CookieJar jar;
    std::string csrf;
  };

  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-paper-form");
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

  void Seed() {
    auto tx = std::move(store_->Begin()).value();
    body_ = tx->bodies().CreateBody({.name = "Alpha Board", .short_name = "ALPHA"}).value();
    other_body_ = tx->bodies().CreateBody({.name = "Beta Board", .short_name = "BETA"}).value();
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
  Reply Post(const Browser& browser, const Form& form) {
    return Send(port_, "POST", "/papers",
                With(browser, {{"Content-Type", "application/x-www-form-urlencoded"}}),
                "csrf_token=" + browser.csrf + "&" + Encoded(form));
  }

  // A complete, valid form, for `body`.
  Form Good(store::BodyId body) const {
    return {{"body_id", std::to_string(body.value)},
            {"title", "Estates strategy 2027"},
            {"to", "Alpha Board"},
            {"from", "Director of Estates"},
            {"date", "2026-11-20"},
            {"meeting_date", "2026-12-10"},
            {"classification", "official"},
            {"key_decision", "yes"},
            {"recommendations", "a) Agree the strategy\nb) Note the costs"},
            {"text",
             "1. Purpose\n\n1.1 To set out the estates strategy.\n\n"
             "5 Financial implications\n\n5.22 The cost is met from reserves.\n\nA closing remark."}};
  }
  static Form With(Form form, const std::string& name, const std::string& value) {
    for (auto& [n, v] : form) {
      if (n == name) {
        v = value;
        return form;
      }
    }
    form.emplace_back(name, value);
    return form;
  }

  int64_t AuditCount() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<store::AuditEvent> trail =
        tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value();
    return std::count_if(trail.begin(), trail.end(),
                         [](const store::AuditEvent& e) { return e.record_kind != "session"; });
  }
  std::vector<store::Paper> Papers() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return tx->papers()
        .ListPapers({.page = {.limit = store::Page::kMaxLimit}}, store::Viewer::Everything())
        .value();
  }
  // Nothing written: no paper and no audit event.
  void ExpectNothingWritten() {
    EXPECT_TRUE(Papers().empty());
    EXPECT_EQ(AuditCount(), 0);
  }
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
};

TEST_F(PaperFormTest, TheFormOffersOnlyTheBodiesTheCallerWritesFor) {
  Browser author = SignIn("author");
  Reply page = Get("/papers/new", author);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Write a paper"));
  EXPECT_THAT(page.body, HasSubstr("Alpha Board"));
  EXPECT_THAT(page.body, Not(HasSubstr("Beta Board")));
  EXPECT_THAT(page.body, HasSubstr("name=\"csrf_token\" value=\"" + author.csrf + "\""));
  EXPECT_THAT(page.body, HasSubstr("starts a section"));  // the hint explains the text rule
  // ?body= chooses the body.
  Reply chosen = Get("/papers/new?body=" + std::to_string(body_.id.value), author);
  EXPECT_THAT(chosen.body, HasSubstr("value=\"" + std::to_string(body_.id.value) + "\" selected"));
  // The dashboard links to it for authors and clerks, not for members.
  EXPECT_THAT(Get("/dashboard", author).body, HasSubstr("href=\"/papers/new\""));
  EXPECT_THAT(Get("/dashboard", SignIn("clerk")).body, HasSubstr("href=\"/papers/new\""));
  EXPECT_THAT(Get("/dashboard", SignIn("member")).body, Not(HasSubstr("href=\"/papers/new\"")));
  // A member writes for no body; the public is sent to sign in.
  EXPECT_EQ(Get("/papers/new", SignIn("member")).status, 403);
  Reply signed_out = Get("/papers/new");
  EXPECT_EQ(signed_out.status, 303);
  EXPECT_EQ(signed_out.Header("Location"), "/sign-in?next=/papers/new");
}

TEST_F(PaperFormTest, WritingAPaperStoresItsSectionsParagraphsAndRecommendationsUnpublished) {
  Browser author = SignIn("author");
  Reply made = Post(author, Good(body_.id));
  ASSERT_EQ(made.status, 303) << made.body;
  std::vector<store::Paper> papers = Papers();
  ASSERT_EQ(papers.size(), 1u);
  const store::Paper& paper = papers.front();
  EXPECT_EQ(made.Header("Location"), "/papers/" + std::to_string(paper.id.value));
  EXPECT_EQ(paper.title, "Estates strategy 2027");
  EXPECT_EQ(paper.body_id, body_.id);
  EXPECT_FALSE(paper.published);
  EXPECT_TRUE(paper.key_decision);
  EXPECT_FALSE(paper.exempt);
  EXPECT_EQ(paper.classification, store::Classification::kOfficial);
  ASSERT_TRUE(paper.meeting_date.has_value());
  EXPECT_EQ(paper.meeting_date->ToIso(), "2026-12-10");
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    auto sections = tx->papers().ListSections(paper.id, store::Viewer::Everything()).value();
    ASSERT_EQ(sections.size(), 2u);
    EXPECT_EQ(sections[1].number, "5");
    EXPECT_EQ(sections[1].heading, "Financial implications");
    auto paragraphs = tx->papers().ListParagraphs(paper.id, store::Viewer::Everything()).value();
    ASSERT_EQ(paragraphs.size(), 3u);
    EXPECT_EQ(paragraphs[1].number, "5.22");
    EXPECT_EQ(paragraphs[1].section_id, sections[1].id);
    EXPECT_EQ(paragraphs[2].number, "");
    auto recommendations = tx->papers().ListRecommendations(paper.id, store::Viewer::Everything()).value();
    ASSERT_EQ(recommendations.size(), 2u);
    EXPECT_EQ(recommendations[0].label, "a");
    EXPECT_EQ(recommendations[0].text, "Agree the strategy");
    std::vector<store::AuditEvent> trail =
        tx->audit().ListAuditEvents("paper", paper.id.value, {.limit = store::Page::kMaxLimit}).value();
    ASSERT_EQ(trail.size(), 2u);
    EXPECT_EQ(trail[0].action, "create");
    EXPECT_EQ(trail[1].action, "add_content");
    EXPECT_EQ(trail[1].actor, "author@example.org");
  }
  // The paper's page shows it, with an anchor on the numbered paragraph, to its author, not to the public.
  Reply page = Get(made.Header("Location"), author);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Draft: not published"));
  EXPECT_THAT(page.body, HasSubstr("Financial implications"));
  EXPECT_THAT(page.body, HasSubstr("id=\"para-5.22\""));
  EXPECT_THAT(page.body, HasSubstr("The cost is met from reserves."));
  EXPECT_THAT(page.body, HasSubstr("Agree the strategy"));
  EXPECT_EQ(Get(made.Header("Location")).status, 404);
  // A clerk of the body may write one too, as exempt and public-classified.
  Reply clerk =
      Post(SignIn("clerk"), With(With(Good(body_.id), "exempt", "yes"), "classification", "public"));
  EXPECT_EQ(clerk.status, 303) << clerk.body;
  EXPECT_EQ(Papers().size(), 2u);
}

TEST_F(PaperFormTest, EachProblemIsShownAtItsFieldWithTheValuesKeptAndNothingWritten) {
  Browser author = SignIn("author");
  const Form good = Good(body_.id);
  const std::vector<std::pair<Form, std::string>> cases = {
      {With(good, "body_id", ""), "body_id"},
      {With(good, "title", "  "), "title"},
      {With(good, "title", std::string(501, 'x')), "title"},
      {With(good, "to", std::string(201, 'x')), "to"},
      {With(good, "from", std::string(201, 'x')), "from"},
      {With(good, "date", "20 November"), "date"},
      {With(good, "meeting_date", "2026-02-30"), "meeting_date"},
      {With(good, "classification", "secret"), "classification"},
      {With(good, "text", " \n\n "), "text"},
      {With(good, "text", "1.1 Once.\n\n1.1 Twice."), "text"},
      {With(good, "recommendations", "a) " + std::string(20001, 'x')), "recommendations"},
  };
  for (const auto& [form, field] : cases) {
    SCOPED_TRACE(field);
    Reply refused = Post(author, form);
    EXPECT_THAT(refused.status, ::testing::AnyOf(400, 422));
    ExpectFieldError(refused, field);
    // What was sent is kept, the text with its lines.
    EXPECT_THAT(refused.body,
                HasSubstr(field == "title" ? "value=\"Alpha Board\"" : "value=\"Estates strategy 2027\""));
    if (field != "text") {
      EXPECT_THAT(refused.body, HasSubstr(">1. Purpose\n\n1.1 To set out"));
    }
    if (field != "recommendations") {
      EXPECT_THAT(refused.body, HasSubstr(">a) Agree the strategy\nb) Note"));
    }
    ExpectNothingWritten();
  }
  // The title field keeps its value too.
  EXPECT_THAT(Post(author, With(good, "date", "x")).body, HasSubstr("value=\"Estates strategy 2027\""));
}

TEST_F(PaperFormTest, TheWrongRoleAndAMissingTokenWriteNothing) {
  EXPECT_EQ(Post(SignIn("member"), Good(body_.id)).status, 403);
  ExpectNothingWritten();
  EXPECT_EQ(Post(SignIn("otherclerk"), Good(body_.id)).status, 403);
  ExpectNothingWritten();
  // A body that does not exist is a problem with the form.
  Reply missing = Post(SignIn("author"), Good(store::BodyId{9999}));
  EXPECT_EQ(missing.status, 400);
  ExpectFieldError(missing, "body_id");
  ExpectNothingWritten();
  Browser author = SignIn("author");
  Reply no_token =
      Send(port_, "POST", "/papers", With(author, {{"Content-Type", "application/x-www-form-urlencoded"}}),
           Encoded(Good(body_.id)));
  EXPECT_EQ(no_token.status, 403);
  ExpectNothingWritten();
  Reply signed_out = Send(port_, "POST", "/papers", {{"Content-Type", "application/x-www-form-urlencoded"}},
                          Encoded(Good(body_.id)));
  EXPECT_THAT(signed_out.status, ::testing::AnyOf(401, 403));
  ExpectNothingWritten();
}

TEST_F(PaperFormTest, MarkupInWhatIsWrittenComesBackEscaped) {
  Browser author = SignIn("author");
  Form form = With(With(Good(body_.id), "title", "<script>alert(1)</script> Plan"), "text",
                   "1. <b>Purpose</b>\n\n1.1 <img src=x onerror=alert(2)> text");
  form = With(form, "recommendations", "a) <i>agree</i>");
  // Refused (no date), the values come back escaped.
  Reply refused = Post(author, With(form, "date", "nope"));
  EXPECT_EQ(refused.status, 400);
  EXPECT_THAT(refused.body, Not(HasSubstr("<script>alert(1)")));
  EXPECT_THAT(refused.body, HasSubstr("&lt;script&gt;alert(1)"));
  EXPECT_THAT(refused.body, Not(HasSubstr("<img src=x")));
  ExpectNothingWritten();
  // Written, the paper's page shows them escaped.
  Reply made = Post(author, form);
  ASSERT_EQ(made.status, 303) << made.body;
  Reply page = Get(made.Header("Location"), author);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, Not(HasSubstr("<script>alert(1)")));
  EXPECT_THAT(page.body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; Plan"));
  EXPECT_THAT(page.body, Not(HasSubstr("<img src=x")));
  EXPECT_THAT(page.body, Not(HasSubstr("<b>Purpose")));
  EXPECT_THAT(page.body, Not(HasSubstr("<i>agree")));
}

}  // namespace
}  // namespace boardroom::web
