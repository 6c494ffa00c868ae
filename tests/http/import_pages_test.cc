// The web's upload of meeting packs (web/import_pages.h) over real HTTP, against the application as
// `boardroom serve` builds it: the form, the preview of the sample pack (nothing stored), the confirmation
// (the same records as `boardroom import` of the same file, the signed-in user as the audit's actor), a bad
// file (a clear error, nothing stored), who is refused, CSRF, and the upload token's binding to its session.
#include "web/import_pages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../cli/child.h"
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
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr char kPassword[] = "correct horse battery";
constexpr char kPackBody[] = "Business Coordination Board";
constexpr char kBoundary[] = "br-test-boundary-7";

std::string SamplePaper(const std::string& name) {
  std::ifstream in(std::string(BOARDROOM_SHARED_DIR) + "/papers/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing sample " << name;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A browser's multipart/form-data upload: text fields, then at most one file.
std::string Multipart(const std::vector<std::pair<std::string, std::string>>& fields,
                      const std::string& filename, const std::string& bytes) {
  std::string body;
  for (const auto& [name, value] : fields) {
    body += std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name +
            "\"\r\n\r\n" + value + "\r\n";
  }
  body += std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
          filename + "\"\r\nContent-Type: text/plain\r\n\r\n" + bytes + "\r\n";
  return body + "--" + kBoundary + "--\r\n";
}

// The value of the hidden input `name` in `html`, or "".
std::string HiddenValue(const std::string& html, const std::string& name) {
  const std::string marker = "name=\"" + name + "\" value=\"";
  size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  at += marker.size();
  return html.substr(at, html.find('"', at) - at);
}

class ImportPagesTest : public ::testing::Test {
 protected:
  struct Browser {
    CookieJar jar;
    std::string csrf;
  };

  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-import-pages");
    auto opened = store::OpenSqliteStore((dir_ / "web.db").string());
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

  // The pack's body and another; a clerk of each, an author of the pack's body, an administrator.
  void Seed() {
    auto tx = std::move(store_->Begin()).value();
    pack_body_ = tx->bodies().CreateBody({.name = kPackBody, .short_name = "BCB"}).value();
    other_body_ = tx->bodies().CreateBody({.name = "Beta Board", .short_name = "BETA"}).value();
    auto user = [&](const std::string& name, std::optional<store::BodyId> body, store::AccountRole role) {
      auto made =
          accounts::CreateUser(*tx, *clock_, policy_, name + "@example.org", "Person " + name, kPassword);
      ASSERT_TRUE(made.ok()) << made.error().message;
      ASSERT_TRUE(tx->accounts().GrantRole({.user_id = made->id, .body_id = body, .role = role}).ok());
    };
    user("clerk", pack_body_.id, store::AccountRole::kClerk);
    user("author", pack_body_.id, store::AccountRole::kAuthor);
    user("otherclerk", other_body_.id, store::AccountRole::kClerk);
    user("admin", std::nullopt, store::AccountRole::kAdmin);
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
  // Uploads `bytes` as `filename` for the body option `body_id` to the preview, with the browser's CSRF
  // token unless `csrf` is false.
  Reply Preview(const Browser& browser, const std::string& body_id, const std::string& filename,
                const std::string& bytes, bool csrf = true) {
    std::vector<std::pair<std::string, std::string>> fields;
    if (csrf) fields.emplace_back("csrf_token", browser.csrf);
    fields.emplace_back("body", body_id);
    return Send(port_, "POST", "/imports/preview",
                With(browser, {{"Content-Type", std::string("multipart/form-data; boundary=") + kBoundary}}),
                Multipart(fields, filename, bytes));
  }
  Reply Confirm(const Browser& browser, const std::string& upload) {
    return Send(port_, "POST", "/imports",
                With(browser, {{"Content-Type", "application/x-www-form-urlencoded"}}),
                "csrf_token=" + browser.csrf + "&upload=" + upload);
  }
  std::string PackBodyId() const { return std::to_string(pack_body_.id.value); }

  // Records other than sessions' (signing in writes events about sessions).
  int64_t RecordEvents() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<store::AuditEvent> trail =
        tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value();
    return std::count_if(trail.begin(), trail.end(),
                         [](const store::AuditEvent& e) { return e.record_kind != "session"; });
  }

  std::filesystem::path dir_;
  std::shared_ptr<store::Store> store_;
  std::shared_ptr<FixedClock> clock_ = std::make_shared<FixedClock>(1'795'000'000);  // 2026-11-18
  accounts::AccountPolicy policy_;
  ::boardroom::testing::AppServer app_;
  int port_ = 0;
  store::Body pack_body_;
  store::Body other_body_;
};

// What `store` holds for the body called `body_name`, as text for comparing two imports: its meetings with
// their agendas, its papers with their recommendations and its actions with their updates (ids left out).
json Snapshot(store::Store& store, const std::string& body_name) {
  auto tx = std::move(store.Begin(store::Access::kReadOnly)).value();
  std::optional<store::BodyId> body;
  const std::vector<store::Body> bodies = tx->bodies().ListBodies({.limit = store::Page::kMaxLimit}).value();
  for (const store::Body& b : bodies) {
    if (b.name == body_name) body = b.id;
  }
  EXPECT_TRUE(body.has_value()) << "no body " << body_name;
  if (!body) return json();
  json out = {{"meetings", json::array()}, {"papers", json::array()}, {"actions", json::array()}};
  const store::Page all{.limit = store::Page::kMaxLimit};
  const std::vector<store::Meeting> meetings =
      tx->meetings().ListMeetings({.body_id = body, .page = all}).value();
  for (const store::Meeting& m : meetings) {
    json agenda = json::array();
    const std::vector<store::AgendaItem> items =
        tx->meetings().ListAgendaItems(m.id, store::Viewer::Everything()).value();
    for (const store::AgendaItem& item : items) {
      agenda.push_back({item.number, item.title, item.presenter, std::string(store::Name(item.kind)),
                        item.paper_id.has_value()});
    }
    out["meetings"].push_back(
        {{"date", m.date.ToIso()}, {"time", m.time}, {"venue", m.venue}, {"agenda", agenda}});
  }
  const std::vector<store::Paper> papers =
      tx->papers().ListPapers({.body_id = body, .page = all}, store::Viewer::Everything()).value();
  for (const store::Paper& p : papers) {
    json recommendations = json::array();
    const std::vector<store::Recommendation> recs =
        tx->papers().ListRecommendations(p.id, store::Viewer::Everything()).value();
    for (const store::Recommendation& r : recs) {
      recommendations.push_back({r.label, r.text});
    }
    out["papers"].push_back(
        {{"title", p.title}, {"published", p.published}, {"recommendations", recommendations}});
  }
  const std::vector<store::Action> actions =
      tx->actions().ListActions({.body_id = body, .page = all}).value();
  for (const store::Action& a : actions) {
    json updates = json::array();
    const std::vector<store::ActionUpdate> notes = tx->actions().ListActionUpdates(a.id).value();
    for (const store::ActionUpdate& u : notes) {
      updates.push_back({u.date.ToIso(), u.text});
    }
    out["actions"].push_back({{"number", a.number},
                              {"text", a.text},
                              {"owner", a.owner},
                              {"target", a.target_date ? a.target_date->ToIso() : ""},
                              {"status", std::string(store::Name(a.status))},
                              {"updates", updates}});
  }
  return out;
}

TEST_F(ImportPagesTest, TheFormOffersTheBodiesTheCallerMayImportFor) {
  Reply form = Get("/imports/new", SignIn("clerk"));
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_THAT(form.body, HasSubstr("enctype=\"multipart/form-data\""));
  EXPECT_THAT(form.body, HasSubstr("<label class=\"govuk-label\" for=\"file\">"));
  EXPECT_THAT(form.body, HasSubstr("<label class=\"govuk-label\" for=\"body\">"));
  EXPECT_THAT(form.body, HasSubstr(kPackBody));
  EXPECT_THAT(form.body, Not(HasSubstr("Beta Board")));
  EXPECT_THAT(form.body, Not(HasSubstr("The body the file names")));
  Reply admin = Get("/imports/new", SignIn("admin"));
  EXPECT_THAT(admin.body, HasSubstr("The body the file names"));
  EXPECT_THAT(admin.body, HasSubstr("Beta Board"));
  // The dashboard links to it for clerks.
  EXPECT_THAT(Get("/dashboard", SignIn("clerk")).body, HasSubstr("href=\"/imports/new\""));
}

TEST_F(ImportPagesTest, ThePreviewShowsThePackAndStoresNothingUntilConfirmed) {
  Browser clerk = SignIn("clerk");
  const std::string pack = SamplePaper("bcb-pack-2019-09-18.txt");
  const int64_t before = RecordEvents();
  Reply preview = Preview(clerk, PackBodyId(), "bcb-pack-2019-09-18.txt", pack);
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_THAT(preview.body, HasSubstr("Check the import"));
  EXPECT_THAT(preview.body, HasSubstr("datetime=\"2019-09-18\""));
  EXPECT_THAT(preview.body, HasSubstr("HQ, Conference Room 3"));
  EXPECT_THAT(preview.body, HasSubstr("Strategic Direction for OPCC Investment in Prevention"));  // agenda 6
  EXPECT_THAT(preview.body, HasSubstr("id=\"warnings\""));
  EXPECT_THAT(preview.body, HasSubstr("<table class=\"govuk-table\">"));  // the action log's rows
  EXPECT_THAT(preview.body, HasSubstr("br-preview-label"));               // recommendations' labels
  EXPECT_EQ(RecordEvents(), before);
  EXPECT_EQ(Snapshot(*store_, kPackBody)["meetings"].size(), 0u);
  const std::string upload = HiddenValue(preview.body, "upload");
  ASSERT_GE(upload.size(), 32u);

  // Another session of the same clerk cannot redeem the token; its own session can, once.
  Browser elsewhere = SignIn("clerk");
  Reply stolen = Confirm(elsewhere, upload);
  EXPECT_EQ(stolen.status, 400);
  EXPECT_THAT(stolen.body, HasSubstr("has expired or has already been imported"));
  EXPECT_EQ(RecordEvents(), before);

  Reply confirmed = Confirm(clerk, upload);
  ASSERT_EQ(confirmed.status, 303) << confirmed.body;
  const std::string location = confirmed.Header("Location");
  ASSERT_THAT(location, ::testing::StartsWith("/meetings/"));
  Reply meeting = Get(location, clerk);
  EXPECT_EQ(meeting.status, 200);
  EXPECT_THAT(meeting.body, HasSubstr("Strategic Direction for OPCC Investment in Prevention"));
  EXPECT_GT(RecordEvents(), before);
  {
    // The audit names the signed-in clerk, not the importer.
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    int by_clerk = 0;
    const std::vector<store::AuditEvent> trail =
        tx->audit().ListAuditTrail({.limit = store::Page::kMaxLimit}).value();
    for (const store::AuditEvent& e : trail) {
      if (e.record_kind == "session") continue;
      EXPECT_EQ(e.actor, "clerk@example.org") << e.record_kind;
      ++by_clerk;
    }
    EXPECT_GT(by_clerk, 0);
  }
  const int64_t after = RecordEvents();
  Reply again = Confirm(clerk, upload);
  EXPECT_EQ(again.status, 400);
  EXPECT_EQ(RecordEvents(), after);
  // The same file once more is previewed as a duplicate, with nothing to confirm.
  Reply duplicate = Preview(clerk, PackBodyId(), "bcb-pack-2019-09-18.txt", pack);
  EXPECT_EQ(duplicate.status, 200);
  EXPECT_THAT(duplicate.body, HasSubstr("already imported"));
  EXPECT_EQ(HiddenValue(duplicate.body, "upload"), "");
}

TEST_F(ImportPagesTest, TheWebImportMakesTheSameRecordsAsTheCommandLine) {
  Browser clerk = SignIn("clerk");
  const std::string pack = SamplePaper("bcb-pack-2019-09-18.txt");
  Reply preview = Preview(clerk, PackBodyId(), "bcb-pack-2019-09-18.txt", pack);
  ASSERT_EQ(preview.status, 200) << preview.body;
  ASSERT_EQ(Confirm(clerk, HiddenValue(preview.body, "upload")).status, 303);

  const std::filesystem::path cli_db = dir_ / "cli.db";
  ::boardroom::testing::ChildRun run = ::boardroom::testing::RunBoardroom(
      dir_, {"import", "--db", cli_db.string(),
             std::string(BOARDROOM_SHARED_DIR) + "/papers/bcb-pack-2019-09-18.txt"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto opened = store::OpenSqliteStore(cli_db.string());
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  json by_web = Snapshot(*store_, kPackBody);
  json by_cli = Snapshot(**opened, kPackBody);
  ASSERT_EQ(by_web["meetings"].size(), 1u);
  EXPECT_GT(by_web["meetings"][0]["agenda"].size(), 10u);
  EXPECT_FALSE(by_web["papers"].empty());
  EXPECT_FALSE(by_web["actions"].empty());
  EXPECT_EQ(by_web, by_cli);
}

TEST_F(ImportPagesTest, ABadFileIsRefusedClearlyAndChangesNothing) {
  Browser clerk = SignIn("clerk");
  const int64_t before = RecordEvents();
  // Bytes no reader understands (an old Word file's signature).
  Reply bad = Preview(clerk, PackBodyId(), "minutes.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_THAT(bad.body, HasSubstr("govuk-error-summary"));
  EXPECT_THAT(bad.body, HasSubstr("href=\"#file\""));
  EXPECT_THAT(bad.body, HasSubstr("id=\"file-error\""));
  EXPECT_THAT(bad.body, HasSubstr("The file could not be imported"));
  // No file, an empty file, a body not offered, no body at all for a clerk.
  Reply none = Preview(clerk, PackBodyId(), "", "");
  EXPECT_EQ(none.status, 400);
  EXPECT_THAT(none.body, HasSubstr("Choose a file to import."));
  Reply empty = Preview(clerk, PackBodyId(), "empty.txt", "");
  EXPECT_EQ(empty.status, 400);
  EXPECT_THAT(empty.body, HasSubstr("The file you chose is empty."));
  const std::string pack = SamplePaper("bcb-pack-2019-09-18.txt");
  Reply wrong_body = Preview(clerk, std::to_string(other_body_.id.value), "pack.txt", pack);
  EXPECT_EQ(wrong_body.status, 400);
  EXPECT_THAT(wrong_body.body, HasSubstr("id=\"body-error\""));
  Reply no_body = Preview(clerk, "", "pack.txt", pack);
  EXPECT_EQ(no_body.status, 400);
  EXPECT_THAT(no_body.body, HasSubstr("Choose the body the papers are for."));
  Reply nonsense = Preview(clerk, "1 OR 1=1", "pack.txt", pack);
  EXPECT_EQ(nonsense.status, 400);
  // A broken upload, and a made-up upload token.
  Reply broken =
      Send(port_, "POST", "/imports/preview",
           With(clerk, {{"Content-Type", "multipart/form-data; boundary=zz"}, {"X-CSRF-Token", clerk.csrf}}),
           "--zz\r\nnot a part");
  EXPECT_EQ(broken.status, 400);
  EXPECT_THAT(broken.body, HasSubstr("govuk-error-summary"));
  EXPECT_EQ(Confirm(clerk, "made-up").status, 400);
  EXPECT_EQ(RecordEvents(), before);
  EXPECT_EQ(Snapshot(*store_, kPackBody)["papers"].size(), 0u);
}

TEST_F(ImportPagesTest, OnlyTheBodysClerksAndAdministratorsMayImport) {
  const std::string pack = SamplePaper("bcb-pack-2019-09-18.txt");
  const int64_t before = RecordEvents();
  // The public is sent to sign in, and may not post.
  Reply form = Get("/imports/new");
  EXPECT_EQ(form.status, 303);
  EXPECT_EQ(form.Header("Location"), "/sign-in?next=/imports/new");
  EXPECT_EQ(Preview({}, PackBodyId(), "pack.txt", pack).status, 403);
  // An author of the body: refused at the form and at the upload.
  Browser author = SignIn("author");
  EXPECT_EQ(Get("/imports/new", author).status, 403);
  Reply by_author = Preview(author, PackBodyId(), "pack.txt", pack);
  EXPECT_EQ(by_author.status, 403);
  EXPECT_THAT(by_author.body, HasSubstr("You cannot do this"));
  // The clerk of another body cannot import for this one.
  Browser other = SignIn("otherclerk");
  EXPECT_EQ(Get("/imports/new", other).status, 200);
  Reply by_other = Preview(other, PackBodyId(), "pack.txt", pack);
  EXPECT_EQ(by_other.status, 400);
  EXPECT_THAT(by_other.body, HasSubstr("id=\"body-error\""));
  EXPECT_EQ(RecordEvents(), before);
  // An administrator may import for a body the file names.
  Browser admin = SignIn("admin");
  Reply by_admin = Preview(admin, "", "pack.txt", pack);
  EXPECT_EQ(by_admin.status, 200) << by_admin.body;
  EXPECT_THAT(by_admin.body, HasSubstr(kPackBody));
}

TEST_F(ImportPagesTest, AnUploadWithoutTheCsrfTokenIsRefused) {
  Browser clerk = SignIn("clerk");
  const int64_t before = RecordEvents();
  Reply refused = Preview(clerk, PackBodyId(), "pack.txt", SamplePaper("bcb-pack-2019-09-18.txt"), false);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr("did not come from this site"));
  Reply preview = Preview(clerk, PackBodyId(), "pack.txt", SamplePaper("bcb-pack-2019-09-18.txt"));
  ASSERT_EQ(preview.status, 200);
  Reply no_token =
      Send(port_, "POST", "/imports", With(clerk, {{"Content-Type", "application/x-www-form-urlencoded"}}),
           "upload=" + HiddenValue(preview.body, "upload"));
  EXPECT_EQ(no_token.status, 403);
  EXPECT_EQ(RecordEvents(), before);
}

TEST(PendingUploadsTest, TokensAreBoundToTheirSessionUsedOnceAndExpire) {
  PendingUploads pending;
  std::string a = pending.Keep({.session_id = 1, .body = "B", .filename = "a.txt", .bytes = "aaa"}, 1000);
  std::string b = pending.Keep({.session_id = 2, .body = "B", .filename = "b.txt", .bytes = "bbb"}, 1000);
  EXPECT_NE(a, b);
  EXPECT_GE(a.size(), 32u);
  EXPECT_FALSE(pending.Take(a, 2, 1001).has_value());  // another session
  std::optional<PendingUpload> taken = pending.Take(a, 1, 1001);
  ASSERT_TRUE(taken.has_value());
  EXPECT_EQ(taken->bytes, "aaa");
  EXPECT_FALSE(pending.Take(a, 1, 1002).has_value());                                     // once only
  EXPECT_FALSE(pending.Take(b, 2, 1000 + PendingUploads::kLifetimeSeconds).has_value());  // expired
  EXPECT_EQ(pending.size(), 0u);
  // A session's new preview replaces its older one; the oldest go first when full.
  std::string first = pending.Keep({.session_id = 3, .bytes = "1"}, 2000);
  std::string second = pending.Keep({.session_id = 3, .bytes = "2"}, 2000);
  EXPECT_FALSE(pending.Take(first, 3, 2001).has_value());
  EXPECT_TRUE(pending.Take(second, 3, 2001).has_value());
  for (int64_t s = 10; s < 10 + static_cast<int64_t>(PendingUploads::kMaxUploads) + 1; ++s) {
    pending.Keep({.session_id = s, .bytes = "x"}, 3000);
  }
  EXPECT_EQ(pending.size(), PendingUploads::kMaxUploads);
}

}  // namespace
}  // namespace boardroom::web
