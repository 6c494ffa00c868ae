// The web server over real sockets: start it in-process on 127.0.0.1 with port 0, talk HTTP/1.1 to it with a
// small Beast client, and check what a client sees (status, headers, bodies, connection handling, shutdown).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <future>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "web/errors.h"
#include "web/pages.h"
#include "web/server.h"

namespace boardroom::web {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;
using ::testing::HasSubstr;
using ::testing::Not;
using Reply = http::response<http::string_body>;
using namespace std::chrono_literals;

constexpr char kHostile[] = "<script>alert(1)</script>";

// A blocking HTTP/1.1 client on one connection. (A test that would hang is ended by CTest's time-out.)
class Client {
 public:
  explicit Client(int port) : socket_(ioc_) {
    socket_.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<uint16_t>(port)));
  }

  // Sends one request and reads the answer.
  Reply Send(http::verb method, std::string target, std::string body = "", http::fields extra = {}) {
    http::request<http::string_body> request(method, target, 11);
    request.set(http::field::host, "127.0.0.1");
    for (const auto& field : extra) request.set(field.name_string(), field.value());
    request.body() = std::move(body);
    request.prepare_payload();
    http::write(socket_, request);
    return Read(method == http::verb::head);
  }

  // Writes raw bytes, as they are.
  void WriteRaw(std::string_view bytes) { asio::write(socket_, asio::buffer(bytes.data(), bytes.size())); }

  // Reads exactly `n` bytes, as they are.
  std::string ReadRaw(size_t n) {
    std::string bytes(n, '\0');
    asio::read(socket_, asio::buffer(bytes.data(), n));
    return bytes;
  }

  Reply Read(bool head = false) {
    http::response_parser<http::string_body> parser;
    parser.body_limit(16 * 1024 * 1024);
    parser.skip(head);
    http::read(socket_, buffer_, parser);
    return parser.release();
  }

  // True when the server closes the connection (end of stream) before `limit`.
  bool ClosedWithin(std::chrono::milliseconds limit) {
    pollfd waiting{socket_.native_handle(), POLLIN, 0};
    if (::poll(&waiting, 1, static_cast<int>(limit.count())) <= 0) return false;  // nothing happened in time
    char byte;
    boost::system::error_code ec;
    size_t n = socket_.read_some(asio::buffer(&byte, 1), ec);
    return n == 0 && (ec == asio::error::eof || ec == asio::error::connection_reset);
  }

 private:
  asio::io_context ioc_;
  tcp::socket socket_;
  beast::flat_buffer buffer_;
};

// A handler that blocks until released, and says when it has started.
struct Gate {
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
};

ServerOptions TestOptions() {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.io_threads = 2;
  options.workers = 2;
  options.handle_signals = false;
  options.log_requests = std::getenv("BOARDROOM_TEST_LOG") != nullptr;
  return options;
}

Result<ErrorCode> CodeFromName(std::string_view name) {
  for (ErrorCode code : {ErrorCode::kInvalidArgument, ErrorCode::kNotFound, ErrorCode::kAlreadyExists,
                         ErrorCode::kConflict, ErrorCode::kFailedPrecondition, ErrorCode::kPermissionDenied,
                         ErrorCode::kUnauthenticated, ErrorCode::kUnavailable, ErrorCode::kInternal}) {
    if (ErrorCodeName(code) == name) return code;
  }
  return Error::InvalidArgument("unknown code", "code");
}

// The foundation's routes plus test-only ones.
Router TestRouter(Site site, Gate* gate = nullptr) {
  Router router;
  AddFoundationRoutes(router, site);
  router.Get("/api/v1/test/error/{code}", [](const Request& request) {
    Result<ErrorCode> code = CodeFromName(request.Param("code"));
    if (!code.ok()) return JsonErrorResponse(code.error());
    return JsonErrorResponse(Error{*code, "Test error.", "test_field"});
  });
  router.Get("/test/throw",
             [](const Request&) -> Response { throw std::runtime_error("secret-detail-xyz"); });
  router.Post("/test/echo", [](const Request& request) {
    return Response::Text(
        200, std::to_string(request.body.size()) + " " + std::string(request.Query("q").value_or("-")));
  });
  router.Get("/test/slow", [gate](const Request&) {
    gate->entered.set_value();
    gate->released.wait();
    return Response::Text(200, "finished");
  });
  return router;
}

Site TestSite() {
  Result<Site> site = MakeSite("9.9.9-test");
  EXPECT_TRUE(site.ok()) << site.error().message;
  return std::move(site).value();
}

// Runs a server on its own thread for the life of the object.
class Running {
 public:
  Running(ServerOptions options, Router router) : server_(std::move(options), std::move(router)) {
    Result<int> port = server_.Start();
    if (!port.ok()) throw std::runtime_error(port.error().message);
    port_ = port.value();
    thread_ = std::thread([this] { server_.Run(); });
  }
  ~Running() {
    server_.Stop();
    if (thread_.joinable()) thread_.join();
  }
  int port() const { return port_; }
  Server& server() { return server_; }
  std::thread& thread() { return thread_; }

 private:
  Server server_;
  int port_ = 0;
  std::thread thread_;
};

class HttpTest : public ::testing::Test {
 protected:
  void SetUp() override { running_ = std::make_unique<Running>(TestOptions(), TestRouter(TestSite())); }
  int port() const { return running_->port(); }
  std::unique_ptr<Running> running_;
};

TEST_F(HttpTest, HomePageHasLayoutAndProductName) {
  Client client(port());
  Reply reply = client.Send(http::verb::get, "/");
  EXPECT_EQ(reply.result_int(), 200);
  EXPECT_EQ(reply[http::field::content_type], "text/html; charset=utf-8");
  const std::string& html = reply.body();
  EXPECT_THAT(html, HasSubstr("<title>boardroom – boardroom</title>"));
  EXPECT_THAT(html, HasSubstr(R"(<a href="#main-content" class="govuk-skip-link">)"));
  EXPECT_THAT(html, HasSubstr(R"(id="main-content")"));
  EXPECT_THAT(html, HasSubstr(R"(<form class="br-search" action="/search" method="get")"));
  EXPECT_THAT(html, HasSubstr(R"(for="site-search">Search boardroom</label>)"));
  EXPECT_THAT(html, HasSubstr("govuk-footer"));
  EXPECT_THAT(html, HasSubstr("/static/govuk-frontend.min.css?v="));
  EXPECT_THAT(html, HasSubstr("/static/boardroom.css?v="));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("style=")));
}

TEST_F(HttpTest, Healthz) {
  Client client(port());
  Reply reply = client.Send(http::verb::get, "/healthz");
  EXPECT_EQ(reply.result_int(), 200);
  EXPECT_EQ(reply.body(), "ok");
  EXPECT_EQ(reply[http::field::content_type], "text/plain; charset=utf-8");
}

TEST_F(HttpTest, ApiRoot) {
  Client client(port());
  Reply reply = client.Send(http::verb::get, "/api/v1");
  EXPECT_EQ(reply.result_int(), 200);
  nlohmann::json body = nlohmann::json::parse(reply.body());
  EXPECT_EQ(body["name"], "boardroom");
  EXPECT_EQ(body["version"], "9.9.9-test");
  EXPECT_EQ(body["links"]["self"], "/api/v1");
}

TEST_F(HttpTest, StaticCssIsServedWithCachingHeaders) {
  Client client(port());
  Reply home = client.Send(http::verb::get, "/");
  size_t at = home.body().find("/static/boardroom.css?v=");
  ASSERT_NE(at, std::string::npos);
  std::string url = home.body().substr(at, home.body().find('"', at) - at);
  Reply css = client.Send(http::verb::get, url);
  EXPECT_EQ(css.result_int(), 200);
  EXPECT_EQ(css[http::field::content_type], "text/css; charset=utf-8");
  EXPECT_THAT(std::string(css[http::field::cache_control]), HasSubstr("max-age=31536000"));
  std::string etag(css[http::field::etag]);
  EXPECT_FALSE(etag.empty());
  EXPECT_THAT(css.body(), HasSubstr(".br-header"));
  http::fields conditional;
  conditional.set(http::field::if_none_match, etag);
  Reply again = client.Send(http::verb::get, url, "", conditional);
  EXPECT_EQ(again.result_int(), 304);
  EXPECT_TRUE(again.body().empty());

  Reply govuk = client.Send(http::verb::get, "/static/govuk-frontend.min.css");
  EXPECT_EQ(govuk.result_int(), 200);
  EXPECT_THAT(govuk.body(), HasSubstr(".govuk-skip-link"));
  EXPECT_THAT(govuk.body(), Not(HasSubstr("GDS Transport")));
}

TEST_F(HttpTest, UnknownPathGetsHtml404Page) {
  Client client(port());
  Reply reply = client.Send(http::verb::get, "/no/such/page");
  EXPECT_EQ(reply.result_int(), 404);
  EXPECT_EQ(reply[http::field::content_type], "text/html; charset=utf-8");
  EXPECT_THAT(reply.body(), HasSubstr("Page not found"));
  EXPECT_THAT(reply.body(), HasSubstr("govuk-skip-link"));
  Reply missing_asset = client.Send(http::verb::get, "/static/nope.css");
  EXPECT_EQ(missing_asset.result_int(), 404);
}

TEST_F(HttpTest, HostileValueInPageIsEscaped) {
  Client client(port());
  Reply reply =
      client.Send(http::verb::get, "/%3Cscript%3Ealert(1)%3C/script%3E?q=%3Cscript%3Ealert(1)%3C/script%3E");
  EXPECT_EQ(reply.result_int(), 404);
  EXPECT_THAT(reply.body(), Not(HasSubstr(kHostile)));
  EXPECT_THAT(reply.body(), HasSubstr("&lt;script&gt;alert(1)&lt;"));
}

TEST(HttpHomeTest, HostileHomeViewIsEscaped) {
  Site site = TestSite();
  site.home = [](const Request&) -> Result<HomeView> {
    return HomeView{kHostile, {{kHostile, "/x", kHostile}}};
  };
  Running running(TestOptions(), TestRouter(site));
  Client client(running.port());
  Reply reply = client.Send(http::verb::get, "/");
  EXPECT_EQ(reply.result_int(), 200);
  EXPECT_THAT(reply.body(), Not(HasSubstr(kHostile)));
  EXPECT_THAT(reply.body(), HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST(HttpHomeTest, HomeViewErrorGetsMappedHtmlStatus) {
  Site site = TestSite();
  site.home = [](const Request&) -> Result<HomeView> { return Error::Unavailable("The database is busy."); };
  Running running(TestOptions(), TestRouter(site));
  Client client(running.port());
  Reply reply = client.Send(http::verb::get, "/");
  EXPECT_EQ(reply.result_int(), 503);
  EXPECT_EQ(reply[http::field::content_type], "text/html; charset=utf-8");
  EXPECT_THAT(reply.body(), HasSubstr("the service is busy"));
}

TEST_F(HttpTest, UnknownApiPathGetsJson404) {
  Client client(port());
  Reply reply = client.Send(http::verb::get, "/api/v1/x");
  EXPECT_EQ(reply.result_int(), 404);
  EXPECT_EQ(reply[http::field::content_type], "application/json");
  nlohmann::json body = nlohmann::json::parse(reply.body());
  EXPECT_EQ(body["error"]["code"], "not_found");
  EXPECT_TRUE(body["error"]["message"].is_string());
  EXPECT_TRUE(body["error"].contains("field"));
}

TEST_F(HttpTest, WrongMethodGets405WithAllow) {
  Client client(port());
  Reply reply = client.Send(http::verb::post, "/healthz");
  EXPECT_EQ(reply.result_int(), 405);
  EXPECT_EQ(reply[http::field::allow], "GET, HEAD");
  Reply api = client.Send(http::verb::delete_, "/api/v1");
  EXPECT_EQ(api.result_int(), 405);
  EXPECT_EQ(nlohmann::json::parse(api.body())["error"]["code"], "method_not_allowed");
}

TEST_F(HttpTest, HeadIsGetWithoutBody) {
  Client client(port());
  Reply get = client.Send(http::verb::get, "/");
  Reply head = client.Send(http::verb::head, "/");
  EXPECT_EQ(head.result_int(), 200);
  EXPECT_TRUE(head.body().empty());
  EXPECT_EQ(head[http::field::content_length], std::to_string(get.body().size()));
  // The connection is still in step: another request works.
  EXPECT_EQ(client.Send(http::verb::get, "/healthz").body(), "ok");
}

TEST_F(HttpTest, EachErrorCodeGetsMappedStatusAndErrorJson) {
  Client client(port());
  const std::pair<const char*, int> cases[] = {
      {"invalid_argument", 400},    {"unauthenticated", 401}, {"permission_denied", 403},
      {"not_found", 404},           {"conflict", 409},        {"already_exists", 409},
      {"failed_precondition", 422}, {"unavailable", 503},     {"internal", 500},
  };
  for (const auto& [name, status] : cases) {
    Reply reply = client.Send(http::verb::get, std::string("/api/v1/test/error/") + name);
    EXPECT_EQ(reply.result_int(), status) << name;
    nlohmann::json body = nlohmann::json::parse(reply.body());
    EXPECT_EQ(body["error"]["code"], name);
    EXPECT_EQ(body["error"]["field"], "test_field");
  }
}

TEST(HttpServerTest, ThrowingHandlerGetsPlain500WithoutWhat) {
  std::ostringstream log;
  ServerOptions options = TestOptions();
  options.logger =
      std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
  Running running(options, TestRouter(TestSite()));
  Client client(running.port());
  Reply reply = client.Send(http::verb::get, "/test/throw");
  EXPECT_EQ(reply.result_int(), 500);
  EXPECT_THAT(reply.body(), Not(HasSubstr("secret-detail-xyz")));
  EXPECT_EQ(reply[http::field::content_type], "text/plain; charset=utf-8");
  EXPECT_THAT(log.str(), HasSubstr("secret-detail-xyz"));  // but it is logged
  EXPECT_EQ(client.Send(http::verb::get, "/healthz").body(), "ok");
}

TEST(HttpServerTest, RequestLogHasMethodPathStatusBytesAndTime) {
  std::ostringstream log;
  ServerOptions options = TestOptions();
  options.log_requests = true;
  options.logger =
      std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
  options.logger->set_pattern("%v");
  {
    Running running(options, TestRouter(TestSite()));
    Client client(running.port());
    client.Send(http::verb::get, "/healthz?x=1");
  }
  EXPECT_THAT(log.str(), ::testing::ContainsRegex("GET /healthz 200 2 [0-9]+us"));
}

TEST(HttpServerTest, BodyOverLimitGets413) {
  ServerOptions options = TestOptions();
  options.max_body_bytes = 1024;
  Running running(options, TestRouter(TestSite()));
  Client ok(running.port());
  EXPECT_EQ(ok.Send(http::verb::post, "/test/echo?q=a+b", std::string(1000, 'x')).body(), "1000 a b");
  Client client(running.port());
  Reply reply = client.Send(http::verb::post, "/test/echo", std::string(5000, 'x'));
  EXPECT_EQ(reply.result_int(), 413);
  EXPECT_FALSE(reply.keep_alive());
}

TEST(HttpServerTest, ExpectContinueGetsContinueThenAnswer) {
  Running running(TestOptions(), TestRouter(TestSite()));
  Client client(running.port());
  client.WriteRaw("POST /test/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
  EXPECT_EQ(client.ReadRaw(25), "HTTP/1.1 100 Continue\r\n\r\n");
  client.WriteRaw("hello");
  EXPECT_EQ(client.Read().body(), "5 -");
}

TEST(HttpServerTest, ExpectContinueOverLimitGets413WithoutContinue) {
  ServerOptions options = TestOptions();
  options.max_body_bytes = 10;
  Running running(options, TestRouter(TestSite()));
  Client client(running.port());
  client.WriteRaw(
      "POST /test/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\nExpect: 100-continue\r\n\r\n");
  EXPECT_EQ(client.Read().result_int(), 413);
}

TEST(HttpServerTest, HeadersOverLimitGet431) {
  ServerOptions options = TestOptions();
  options.max_header_bytes = 2048;
  Running running(options, TestRouter(TestSite()));
  Client client(running.port());
  http::fields big;
  big.set("X-Big", std::string(8000, 'a'));
  Reply reply = client.Send(http::verb::get, "/healthz", "", big);
  EXPECT_EQ(reply.result_int(), 431);
}

TEST(HttpServerTest, MalformedRequestGets400) {
  Running running(TestOptions(), TestRouter(TestSite()));
  Client client(running.port());
  client.WriteRaw("GET / HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n");
  EXPECT_EQ(client.Read().result_int(), 400);
}

TEST_F(HttpTest, KeepAliveServesSeveralRequests) {
  Client client(port());
  for (int i = 0; i < 5; ++i) {
    Reply reply = client.Send(http::verb::get, "/healthz");
    EXPECT_EQ(reply.result_int(), 200);
    EXPECT_TRUE(reply.keep_alive());
  }
}

TEST_F(HttpTest, PipelinedRequestsAreAnsweredInOrder) {
  Client client(port());
  client.WriteRaw(
      "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /api/v1 HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(client.Read().body(), "ok");
  EXPECT_THAT(client.Read().body(), HasSubstr("\"name\""));
}

TEST(HttpServerTest, IdleConnectionIsClosedAfterIdleTimeout) {
  ServerOptions options = TestOptions();
  options.idle_timeout = 200ms;
  Running running(options, TestRouter(TestSite()));
  Client client(running.port());
  EXPECT_EQ(client.Send(http::verb::get, "/healthz").result_int(), 200);
  EXPECT_TRUE(client.ClosedWithin(3000ms));
}

TEST(HttpServerTest, SilentNewConnectionIsClosedAfterHeaderTimeout) {
  ServerOptions options = TestOptions();
  options.header_timeout = 200ms;
  Running running(options, TestRouter(TestSite()));
  Client client(running.port());
  EXPECT_TRUE(client.ClosedWithin(3000ms));
}

TEST(HttpServerTest, KeptAliveConnectionStaysOpenWithinIdleTimeout) {
  ServerOptions options = TestOptions();
  options.idle_timeout = 10s;
  Running running(options, TestRouter(TestSite()));
  Client client(running.port());
  EXPECT_EQ(client.Send(http::verb::get, "/healthz").result_int(), 200);
  EXPECT_FALSE(client.ClosedWithin(300ms));
}

TEST(HttpServerTest, GracefulShutdownFinishesInFlightRequest) {
  Gate gate;
  Running running(TestOptions(), TestRouter(TestSite(), &gate));
  Client slow(running.port());
  Client idle(running.port());
  EXPECT_EQ(idle.Send(http::verb::get, "/healthz").result_int(), 200);
  auto reply = std::async(std::launch::async, [&] { return slow.Send(http::verb::get, "/test/slow"); });
  gate.entered.get_future().wait();
  running.server().Stop();
  EXPECT_TRUE(idle.ClosedWithin(3000ms));  // idle connections are closed at once
  // New connections are refused once the listening sockets are closed.
  std::this_thread::sleep_for(100ms);
  EXPECT_THROW(Client late(running.port()), boost::system::system_error);
  gate.release.set_value();
  Reply done = reply.get();
  EXPECT_EQ(done.result_int(), 200);
  EXPECT_EQ(done.body(), "finished");
  EXPECT_FALSE(done.keep_alive());
  running.thread().join();  // Run() returned
}

TEST(HttpServerTest, FullWorkerQueueGets503) {
  Gate gate;
  ServerOptions options = TestOptions();
  options.workers = 1;
  options.queue_limit = 1;
  Running running(options, TestRouter(TestSite(), &gate));
  Client slow(running.port());
  auto first = std::async(std::launch::async, [&] { return slow.Send(http::verb::get, "/test/slow"); });
  gate.entered.get_future().wait();  // the only worker is busy
  Client queued(running.port());
  queued.WriteRaw("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");  // waits in the queue
  std::this_thread::sleep_for(100ms);
  Client refused(running.port());
  Reply busy = refused.Send(http::verb::get, "/healthz");
  EXPECT_EQ(busy.result_int(), 503);
  EXPECT_FALSE(std::string(busy[http::field::retry_after]).empty());
  gate.release.set_value();
  EXPECT_EQ(first.get().result_int(), 200);
  EXPECT_EQ(queued.Read().body(), "ok");
}

TEST(HttpServerTest, SigtermStopsRun) {
  ServerOptions options = TestOptions();
  options.handle_signals = true;
  Running running(options, TestRouter(TestSite()));
  Client client(running.port());
  EXPECT_EQ(client.Send(http::verb::get, "/healthz").result_int(), 200);  // Run() has installed its handler
  std::raise(SIGTERM);
  running.thread().join();
}

TEST(HttpServerTest, BadListenAddressIsInvalidArgument) {
  for (const char* listen : {"nonsense", "127.0.0.1:99999", "example.org:80", "127.0.0.1:"}) {
    ServerOptions options = TestOptions();
    options.listen = listen;
    Server server(options, Router());
    Result<int> port = server.Start();
    ASSERT_FALSE(port.ok()) << listen;
    EXPECT_EQ(port.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(port.error().field, "listen");
  }
}

TEST(HttpServerTest, PortInUseIsUnavailable) {
  // A plain listener without SO_REUSEPORT holds the port.
  asio::io_context ioc;
  tcp::acceptor holder(ioc, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  ServerOptions options = TestOptions();
  options.listen = "127.0.0.1:" + std::to_string(holder.local_endpoint().port());
  Server server(options, Router());
  Result<int> port = server.Start();
  ASSERT_FALSE(port.ok());
  EXPECT_EQ(port.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace boardroom::web
