// The search doors over real sockets: GET /search and GET /api/v1/search against a SQLite store in a
// temporary directory, served in-process on 127.0.0.1 port 0.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "client.h"
#include "store/sqlite/sqlite_store.h"
#include "web/search_pages.h"
#include "web/server.h"

namespace boardroom::web {
namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using ::testing::HasSubstr;
using ::testing::Not;

// Sends one GET on a fresh connection and returns the answer.
http::response<http::string_body> Get(int port, const std::string& target) {
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<uint16_t>(port)});
  http::request<http::string_body> request(http::verb::get, target, 11);
  request.set(http::field::host, "127.0.0.1");
  http::write(socket, request);
  boost::beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(socket, buffer, response);
  return response;
}

class SearchHttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-search-http");
    auto opened = store::OpenSqliteStore((dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::shared_ptr<store::Store>(std::move(opened).value());
    auto tx = store_->Begin().value();
    store::Body body =
        tx->bodies().CreateBody({.name = "Business and Crime Board", .short_name = "BCB"}).value();
    store::Paper paper;
    paper.body_id = body.id;
    paper.title = "Budget report";
    paper.published = true;
    paper.meeting_date = Date::FromYmd(2019, 9, 18).value();
    paper = tx->papers().CreatePaper(paper).value();
    store::Paragraph g;
    g.paper_id = paper.id;
    g.number = "5.22";
    g.text = "The <b>overtime</b> budget & reserves";
    ASSERT_TRUE(tx->papers().CreateParagraph(g).ok());
    store::Paper draft = paper;
    draft.published = false;
    draft = tx->papers().CreatePaper(draft).value();
    g.paper_id = draft.id;
    g.text = "secret overtime plan";
    ASSERT_TRUE(tx->papers().CreateParagraph(g).ok());
    ASSERT_TRUE(tx->Commit().ok());

    Result<Site> site = MakeSite("test");
    ASSERT_TRUE(site.ok()) << site.error().message;
    Router router;
    AddSearchRoutes(router, *site, SearchContext{store_});
    ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.io_threads = 1;
    options.workers = 1;
    options.log_requests = false;
    options.handle_signals = false;
    server_ = std::make_unique<Server>(options, std::move(router));
    Result<int> port = server_->Start();
    ASSERT_TRUE(port.ok()) << port.error().message;
    port_ = *port;
    thread_ = std::thread([this] { server_->Run(); });
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::shared_ptr<store::Store> store_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(SearchHttpTest, PageListsHitsWithCitationEscapedMarkedSnippetAndFacets) {
  auto reply = Get(port_, "/search?q=overtime");
  EXPECT_EQ(reply.result_int(), 200);
  const std::string& html = reply.body();
  EXPECT_THAT(html, HasSubstr("1 results"));
  EXPECT_THAT(html, HasSubstr("BCB 18 Sep 2019 \u203a para 5.22"));
  EXPECT_THAT(html, HasSubstr("href=\"/papers/1#para-5.22\""));
  EXPECT_THAT(html, HasSubstr("&lt;b&gt;<mark>overtime</mark>&lt;/b&gt; budget &amp; reserves"));
  EXPECT_THAT(html, Not(HasSubstr("secret")));
  EXPECT_THAT(html, HasSubstr("href=\"/search?q=overtime%20body%3ABCB\""));
}

TEST_F(SearchHttpTest, APartialAnswerSaysAtLeastAndHowToNarrow) {
  {
    auto tx = store_->Begin().value();
    store::Paper paper;
    paper.body_id = store::BodyId{1};
    paper.title = "Quorum rules";
    paper.published = true;
    paper = tx->papers().CreatePaper(paper).value();
    for (int i = 0; i < 400; ++i) {
      store::Paragraph g;
      g.paper_id = paper.id;
      g.number = std::to_string(i);
      g.text = "quorum of members " + std::to_string(i);
      ASSERT_TRUE(tx->papers().CreateParagraph(g).ok());
    }
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto broad = Get(port_, "/search?q=quorum");
  EXPECT_EQ(broad.result_int(), 200);
  EXPECT_THAT(broad.body(), HasSubstr("At least "));
  EXPECT_THAT(broad.body(), HasSubstr("Add a word"));
  auto narrow = Get(port_, "/search?q=quorum%20members%20399");
  EXPECT_EQ(narrow.result_int(), 200);
  EXPECT_THAT(narrow.body(), Not(HasSubstr("At least ")));
}

TEST_F(SearchHttpTest, MalformedQueryGetsAMessageOnA200Page) {
  auto reply = Get(port_, "/search?q=%22overtime");
  EXPECT_EQ(reply.result_int(), 200);
  EXPECT_THAT(reply.body(), HasSubstr("A quotation mark is not closed"));
}

TEST_F(SearchHttpTest, EmptyQueryShowsTheForm) {
  auto reply = Get(port_, "/search");
  EXPECT_EQ(reply.result_int(), 200);
  EXPECT_THAT(reply.body(), HasSubstr("name=\"q\""));
  EXPECT_THAT(reply.body(), Not(HasSubstr("could not be run")));
}

TEST_F(SearchHttpTest, ApiAnswersJsonWithHitsFacetsAndTotal) {
  auto reply = Get(port_, "/api/v1/search?q=overtime&page=1");
  EXPECT_EQ(reply.result_int(), 200);
  nlohmann::json body = nlohmann::json::parse(reply.body(), nullptr, false);
  ASSERT_FALSE(body.is_discarded()) << reply.body();
  EXPECT_EQ(body["total"], 1);
  EXPECT_EQ(body["partial"], false);  // every match was looked at
  ASSERT_EQ(body["hits"].size(), 1u);
  EXPECT_EQ(body["hits"][0]["citation"], "BCB 18 Sep 2019 \u203a para 5.22");
  EXPECT_EQ(body["hits"][0]["link"], "/papers/1#para-5.22");
  EXPECT_EQ(body["facets"]["kind"][0]["value"], "paragraph");
  EXPECT_EQ(body["facets"]["year"][0]["value"], "2019");
}

TEST_F(SearchHttpTest, ApiRefusesAMalformedQueryWith400AndFieldQ) {
  for (const char* target : {"/api/v1/search?q=%22overtime", "/api/v1/search?q=", "/api/v1/search?q=a&page=x",
                             "/api/v1/search?q=a%20OR"}) {
    auto reply = Get(port_, target);
    EXPECT_EQ(reply.result_int(), 400) << target;
    nlohmann::json body = nlohmann::json::parse(reply.body(), nullptr, false);
    ASSERT_FALSE(body.is_discarded()) << reply.body();
    EXPECT_THAT(body.dump(), HasSubstr("\"q\"")) << target << ": " << reply.body();
  }
}

}  // namespace
}  // namespace boardroom::web
