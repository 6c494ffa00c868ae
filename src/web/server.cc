#include "web/server.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <charconv>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "web/worker_pool.h"

namespace boardroom::web {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;
using ReusePort = asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;
using Clock = std::chrono::steady_clock;

constexpr size_t kFirstReadBytes = 4096;
constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
constexpr std::chrono::seconds kLingerTime{1};
constexpr size_t kLingerBytes = 256 * 1024;

struct Endpoint {
  asio::ip::address address;
  uint16_t port = 0;
};

Result<Endpoint> ParseListen(std::string_view listen) {
  auto bad = [&](std::string why) {
    return Error::InvalidArgument("cannot read the listen address '" + std::string(listen) + "': " + why,
                                  "listen");
  };
  size_t colon = listen.rfind(':');
  if (colon == std::string_view::npos) return bad("expected host:port");
  std::string_view host = listen.substr(0, colon);
  std::string_view port_text = listen.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  unsigned port = 0;
  auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (port_text.empty() || ec != std::errc() || end != port_text.data() + port_text.size() || port > 65535) {
    return bad("the port must be a number from 0 to 65535");
  }
  Endpoint endpoint;
  endpoint.port = static_cast<uint16_t>(port);
  if (host.empty()) host = "0.0.0.0";
  if (host == "localhost") host = "127.0.0.1";
  boost::system::error_code address_error;
  endpoint.address = asio::ip::make_address(std::string(host), address_error);
  if (address_error) return bad("the host must be a numeric IP address or localhost");
  return endpoint;
}

int DefaultCores() {
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

}  // namespace

class Session;

// One I/O thread's share of the server. Touched only from its own thread, except where noted.
struct IoThread {
  // Declared before the io_context so that sessions destroyed with its queued handlers can still unregister.
  std::unordered_set<Session*> sessions;
  bool stopping = false;
  bool torn_down = false;  // set after Run() joined the threads; sessions must not touch the timer then
  asio::io_context ioc{1};
  std::optional<tcp::acceptor> acceptor;
  std::optional<asio::steady_timer> accept_retry;
  std::optional<asio::steady_timer> shutdown_deadline;
};

// Everything the server shares between its threads.
struct ServerState {
  ServerOptions options;
  Router router;
  std::shared_ptr<spdlog::logger> logger;
  std::vector<std::unique_ptr<IoThread>> threads;
  std::unique_ptr<WorkerPool> pool;
  std::optional<asio::signal_set> signals;
  std::atomic<int> port{0};
  std::atomic<bool> stop_requested{false};
  bool started = false;
  bool ran = false;

  ServerState(ServerOptions o, Router r) : options(std::move(o)), router(std::move(r)) {
    logger = options.logger;
    if (!logger) {
      logger = std::make_shared<spdlog::logger>("web", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    if (options.io_threads <= 0) options.io_threads = DefaultCores();
    if (options.workers <= 0) options.workers = std::max(4, 2 * DefaultCores());
    if (options.queue_limit == 0) options.queue_limit = 1;
  }

  Status Bind();
  void Accept(IoThread& thread);
  void AcceptAll(IoThread& thread);
  void BeginStop(IoThread& thread);
  void SessionEnded(IoThread& thread);
  Response SafeHandle(Request& request);
};

// One connection: reads requests one after another, hands each to the worker pool and writes the answers.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(ServerState& server, IoThread& thread, tcp::socket socket)
      : server_(server), thread_(thread), stream_(std::move(socket)) {
    thread_.sessions.insert(this);
    boost::system::error_code ec;
    auto remote = stream_.socket().remote_endpoint(ec);
    if (!ec) client_address_ = remote.address().to_string();
  }

  ~Session() {
    thread_.sessions.erase(this);
    server_.SessionEnded(thread_);
  }

  void Start() { ReadNext(); }

  // Closes the connection when it is waiting for a new request; called when the server stops.
  void CloseIfIdle() {
    if (stage_ == Stage::kWaiting) stream_.close();
  }

 private:
  enum class Stage { kWaiting, kReading, kBusy };

  const ServerOptions& options() const { return server_.options; }

  void ReadNext() {
    if (thread_.stopping) return;  // nothing started: the session ends here
    parser_.emplace();
    parser_->header_limit(
        static_cast<std::uint32_t>(std::min<size_t>(options().max_header_bytes, UINT32_MAX)));
    parser_->body_limit(options().max_body_bytes);
    if (buffer_.size() > 0) {  // a pipelined request is already here
      ReadHeader();
      return;
    }
    stage_ = Stage::kWaiting;
    stream_.expires_after(first_ ? options().header_timeout : options().idle_timeout);
    stream_.async_read_some(buffer_.prepare(kFirstReadBytes),
                            [self = shared_from_this()](beast::error_code ec, size_t n) {
                              self->buffer_.commit(n);
                              if (ec) return;  // closed, idle too long, or closed by Stop(): end quietly
                              self->ReadHeader();
                            });
  }

  void ReadHeader() {
    stage_ = Stage::kReading;
    first_ = false;
    stream_.expires_after(options().header_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code ec, size_t) {
                              if (ec) return self->ReadFailed(ec);
                              if (self->parser_->is_done()) return self->Dispatch();
                              if (!beast::iequals(self->parser_->get()[http::field::expect], "100-continue"))
                                return self->ReadBody();
                              // The client waits for our word before it sends the body (curl does for large
                              // uploads).
                              self->stream_.expires_after(self->options().write_timeout);
                              asio::async_write(self->stream_, asio::buffer(kContinue, sizeof kContinue - 1),
                                                [self](beast::error_code write_ec, size_t) {
                                                  if (write_ec) return;
                                                  self->ReadBody();
                                                });
                            });
  }

  void ReadBody() {
    stream_.expires_after(options().body_timeout);
    http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, size_t) {
      if (ec) return self->ReadFailed(ec);
      self->Dispatch();
    });
  }

  void ReadFailed(beast::error_code ec) {
    if (ec == http::error::header_limit) {
      WriteError(431, "The request headers are too large.\n");
    } else if (ec == http::error::body_limit) {
      WriteError(413, "The request body is too large.\n");
    } else if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::eof ||
               ec == asio::error::operation_aborted || ec == asio::error::connection_reset) {
      return;  // the client went away or was too slow: nothing to answer
    } else {
      WriteError(400, "The request could not be read.\n");
    }
  }

  void WriteError(int status, std::string text) {
    keep_alive_ = false;
    linger_ = true;  // the client may still be sending the request we refused
    is_head_ = false;
    started_ = Clock::now();
    Write(Response::Text(status, std::move(text)));
  }

  void Dispatch() {
    stage_ = Stage::kBusy;
    started_ = Clock::now();
    http::request<http::string_body>& raw = parser_->get();
    keep_alive_ = raw.keep_alive();
    Request request;
    request.method = std::string(raw.method_string());
    request.target = std::string(raw.target());
    is_head_ = raw.method() == http::verb::head;
    auto url = boost::urls::parse_origin_form(raw.target());
    if (!url) {
      method_ = request.method;
      path_ = "-";
      keep_alive_ = false;
      Write(Response::Text(400, "The request target could not be read.\n"));
      return;
    }
    request.path = url->path();
    for (auto param : url->params(boost::urls::encoding_opts(true, false, false))) {
      request.query.emplace_back(param.key, param.has_value ? param.value : std::string());
    }
    for (const auto& field : raw) {
      request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    request.body = std::move(raw.body());
    request.client_address = client_address_;
    method_ = request.method;
    path_ = request.path;

    // The job owns one reference to the session and hands it back to the I/O thread with the answer, so the
    // session is never destroyed on a worker thread. The work guard keeps the io_context running meanwhile.
    auto executor = stream_.get_executor();
    auto job = [self = shared_from_this(), executor, request = std::move(request),
                guard = asio::make_work_guard(thread_.ioc)]() mutable {
      Response response = self->server_.SafeHandle(request);
      asio::post(executor, [self = std::move(self), response = std::move(response)]() mutable {
        self->Write(std::move(response));
      });
      guard.reset();
    };
    if (!server_.pool->TrySubmit(std::move(job))) {
      Response busy = Response::Text(503, "The server is busy. Please try again shortly.\n");
      busy.SetHeader("Retry-After", "1");
      Write(std::move(busy));
    }
  }

  void Write(Response response) {
    stage_ = Stage::kBusy;
    bool keep_alive = keep_alive_ && !thread_.stopping;
    response_ = {};
    response_.version(11);
    response_.result(static_cast<unsigned>(response.status));
    if (ReasonPhrase(response.status) != "Unknown") response_.reason(ReasonPhrase(response.status));
    for (auto& [name, value] : response.headers) response_.insert(name, value);
    bytes_ = response.body.size();
    if (is_head_) {
      response_.content_length(response.body.size());
    } else {
      response_.body() = std::move(response.body);
      response_.prepare_payload();
    }
    response_.keep_alive(keep_alive);
    status_ = response.status;
    stream_.expires_after(options().write_timeout);
    http::async_write(stream_, response_,
                      [self = shared_from_this(), keep_alive](beast::error_code ec, size_t) {
                        self->LogRequest(ec);
                        if (ec) return;
                        if (!keep_alive) return self->Close();
                        self->ReadNext();
                      });
  }

  // Ends the connection after the last answer: at once when the request was read whole, else by lingering.
  void Close() {
    if (linger_) return LingerClose();
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  // Closes gracefully: stops sending, then reads and drops what the client still sends for a moment, so that
  // the client reads our answer instead of a reset caused by its unread request bytes.
  void LingerClose() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) return;
    stream_.expires_after(kLingerTime);
    Drain();
  }

  void Drain() {
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(kFirstReadBytes),
                            [self = shared_from_this()](beast::error_code ec, size_t n) {
                              self->drained_ += n;
                              if (ec || self->drained_ > kLingerBytes) return;
                              self->Drain();
                            });
  }

  void LogRequest(beast::error_code ec) {
    if (!server_.options.log_requests) return;
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_).count();
    if (ec) {
      server_.logger->info("{} {} {} {} {}us write failed: {}", method_, path_, status_, bytes_, micros,
                           ec.message());
    } else {
      server_.logger->info("{} {} {} {} {}us", method_, path_, status_, bytes_, micros);
    }
  }

  ServerState& server_;
  IoThread& thread_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> response_;
  std::string client_address_;
  Stage stage_ = Stage::kWaiting;
  bool first_ = true;
  bool keep_alive_ = false;
  bool is_head_ = false;
  bool linger_ = false;
  // For the request log.
  std::string method_ = "-";
  std::string path_ = "-";
  int status_ = 0;
  size_t bytes_ = 0;
  size_t drained_ = 0;
  Clock::time_point started_;
};

struct Server::Impl : ServerState {
  using ServerState::ServerState;
};

Status ServerState::Bind() {
  ASSIGN_OR_RETURN(Endpoint endpoint, ParseListen(options.listen));
  for (int i = 0; i < options.io_threads; ++i) {
    auto thread = std::make_unique<IoThread>();
    tcp::endpoint at(endpoint.address, i == 0 ? endpoint.port : static_cast<uint16_t>(port.load()));
    tcp::acceptor& acceptor = thread->acceptor.emplace(thread->ioc);
    boost::system::error_code ec;
    acceptor.open(at.protocol(), ec);
    if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec) acceptor.set_option(ReusePort(true), ec);
    if (!ec) acceptor.bind(at, ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (!ec) acceptor.non_blocking(true, ec);
    if (ec) {
      return Error::Unavailable("cannot listen on " + options.listen + ": " + ec.message());
    }
    if (i == 0) port = acceptor.local_endpoint().port();
    thread->accept_retry.emplace(thread->ioc);
    thread->shutdown_deadline.emplace(thread->ioc);
    threads.push_back(std::move(thread));
  }
  return OkStatus();
}

void ServerState::Accept(IoThread& thread) {
  thread.acceptor->async_wait(tcp::acceptor::wait_read, [this, &thread](boost::system::error_code ec) {
    if (ec || thread.stopping) return;
    AcceptAll(thread);
  });
}

void ServerState::AcceptAll(IoThread& thread) {
  while (true) {
    boost::system::error_code ec;
    tcp::socket socket = thread.acceptor->accept(ec);
    if (ec == asio::error::would_block || ec == asio::error::try_again) break;
    if (ec) {
      // Out of file descriptors or similar: wait a moment instead of spinning on a readable socket.
      logger->warn("accept failed: {}", ec.message());
      thread.accept_retry->expires_after(std::chrono::milliseconds(100));
      thread.accept_retry->async_wait([this, &thread](boost::system::error_code timer_ec) {
        if (!timer_ec && !thread.stopping) Accept(thread);
      });
      return;
    }
    socket.set_option(tcp::no_delay(true), ec);
    std::make_shared<Session>(*this, thread, std::move(socket))->Start();
  }
  Accept(thread);
}

void ServerState::BeginStop(IoThread& thread) {
  if (thread.stopping) return;
  thread.stopping = true;
  boost::system::error_code ec;
  thread.acceptor->close(ec);
  thread.accept_retry->cancel();
  // Copy first: closing a socket only schedules its handlers, but be safe against changes to the set.
  std::vector<Session*> sessions(thread.sessions.begin(), thread.sessions.end());
  for (Session* session : sessions) session->CloseIfIdle();
  if (!thread.sessions.empty()) {
    thread.shutdown_deadline->expires_after(options.shutdown_timeout);
    thread.shutdown_deadline->async_wait([this, &thread](boost::system::error_code timer_ec) {
      if (timer_ec) return;  // cancelled: every session ended in time
      logger->warn("shutdown: {} connection(s) still busy after {} ms; closing them", thread.sessions.size(),
                   options.shutdown_timeout.count());
      thread.ioc.stop();
    });
  }
}

void ServerState::SessionEnded(IoThread& thread) {
  if (thread.stopping && !thread.torn_down && thread.sessions.empty()) thread.shutdown_deadline->cancel();
}

Response ServerState::SafeHandle(Request& request) {
  try {
    return router.Handle(request);
  } catch (const std::exception& e) {
    logger->error("{} {}: handler threw: {}", request.method, request.path, e.what());
  } catch (...) {
    logger->error("{} {}: handler threw a non-standard exception", request.method, request.path);
  }
  return Response::Text(500, "Internal Server Error\n");
}

Server::Server(ServerOptions options, Router router)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(router))) {}

Server::~Server() {
  if (impl_->pool) impl_->pool->Shutdown();
  for (auto& thread : impl_->threads) thread->torn_down = true;
}

Result<int> Server::Start() {
  assert(!impl_->started);
  RETURN_IF_ERROR(impl_->Bind());
  impl_->pool = std::make_unique<WorkerPool>(impl_->options.workers, impl_->options.queue_limit);
  for (auto& thread : impl_->threads) impl_->Accept(*thread);
  impl_->started = true;
  return impl_->port.load();
}

void Server::Run() {
  assert(impl_->started && !impl_->ran);
  impl_->ran = true;
  if (impl_->options.handle_signals) {
    auto& signals = impl_->signals.emplace(impl_->threads.front()->ioc, SIGINT, SIGTERM);
    signals.async_wait([this](boost::system::error_code ec, int signal) {
      if (ec) return;
      impl_->logger->info("received signal {}; stopping", signal);
      Stop();
    });
  }
  if (impl_->stop_requested) Stop();  // Stop() came before Run(): apply it now that handlers can run
  std::vector<std::thread> others;
  for (size_t i = 1; i < impl_->threads.size(); ++i) {
    others.emplace_back([thread = impl_->threads[i].get()] { thread->ioc.run(); });
  }
  impl_->threads.front()->ioc.run();
  for (std::thread& thread : others) thread.join();
  impl_->pool->Shutdown();
  for (auto& thread : impl_->threads) thread->torn_down = true;
}

void Server::Stop() {
  impl_->stop_requested = true;
  for (auto& thread : impl_->threads) {
    asio::post(thread->ioc, [this, t = thread.get()] { impl_->BeginStop(*t); });
  }
  if (!impl_->threads.empty()) {
    asio::post(impl_->threads.front()->ioc, [this] {
      if (impl_->signals) impl_->signals->cancel();
    });
  }
}

int Server::port() const {
  return impl_->port.load();
}

}  // namespace boardroom::web
