// idle_clients: opens many TCP connections to one HTTP server and holds them idle, to show that idle
// connections do not slow other clients and to see when the server's time-outs close them. Used by
// bench/serve.sh; not a test.
//
//   idle_clients --port 8080 [--host 127.0.0.1] [--connections 1000] [--hold 75] [--silent] [--path /healthz]
//
// By default each connection sends one keep-alive GET for --path first and then goes quiet, so the server
// holds it as an idle kept-alive connection (its idle time-out applies). With --silent the connections send
// nothing at all (the server's time-out for the first request applies instead).
//
// Output, one line each, on stdout:
//   ready connections=N open=N failed=F answered=A ms=T    when every connection is open (and answered)
//   status t=S open=N closed=C                             on SIGUSR1, at any time while holding
//   done t=S open=N closed=C failed=F first_close_s=X last_close_s=Y
//                                                          after --hold seconds, then every socket is closed
// "closed" counts connections the server closed; first/last_close_s are seconds after "ready" (-1 when none).
// Exit status: 0 when the run finished (however many connections failed), 2 on a wrong command line.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t g_status_requested = 0;

void OnStatusSignal(int) {
  g_status_requested = 1;
}

struct Options {
  std::string host = "127.0.0.1";
  int port = 0;
  int connections = 1000;
  int hold_seconds = 75;
  bool silent = false;
  std::string path = "/healthz";
};

struct Connection {
  int fd = -1;
  bool answered = false;  // the server has sent bytes back (the answer to our one request)
};

void Usage() {
  std::fputs(
      "usage: idle_clients --port PORT [--host 127.0.0.1] [--connections 1000] [--hold 75] [--silent] "
      "[--path /healthz]\n",
      stderr);
}

// Reads a whole decimal integer in [min, max]; false when the text is anything else.
bool ParseInt(std::string_view text, int min, int max, int& out) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) return false;
  out = value;
  return true;
}

// Fills options from argv; false (after a message on stderr) when the command line is wrong.
bool ParseArgs(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--silent") {
      options.silent = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "idle_clients: '%s' is unknown or lacks its value\n", argv[i]);
      return false;
    }
    std::string_view value = argv[++i];
    bool ok = true;
    if (arg == "--host") {
      options.host = value;
    } else if (arg == "--path") {
      options.path = value;
      ok = !value.empty() && value.front() == '/';
    } else if (arg == "--port") {
      ok = ParseInt(value, 1, 65535, options.port);
    } else if (arg == "--connections") {
      ok = ParseInt(value, 1, 1'000'000, options.connections);
    } else if (arg == "--hold") {
      ok = ParseInt(value, 0, 86'400, options.hold_seconds);
    } else {
      std::fprintf(stderr, "idle_clients: unknown option '%s'\n", argv[i - 1]);
      return false;
    }
    if (!ok) {
      std::fprintf(stderr, "idle_clients: bad value '%s' for %s\n", argv[i], argv[i - 1]);
      return false;
    }
  }
  if (options.port == 0) {
    std::fputs("idle_clients: --port is required\n", stderr);
    return false;
  }
  return true;
}

// Raises the soft limit on open files to what `wanted` descriptors need, up to the hard limit.
void RaiseFileLimit(int wanted) {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
  rlim_t need = static_cast<rlim_t>(wanted) + 32;
  if (limit.rlim_cur >= need) return;
  limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? need : std::min(need, limit.rlim_max);
  setrlimit(RLIMIT_NOFILE, &limit);
}

// Opens one blocking TCP connection, then makes it non-blocking; -1 (errno set) on failure.
int Connect(const sockaddr_in& address) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  if (connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    int saved = errno;
    close(fd);
    errno = saved;
    return -1;
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  return fd;
}

// Sends all of `data` on a socket that has just connected; false when it cannot.
bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

class Holder {
 public:
  explicit Holder(const Options& options) : options_(options) {}

  ~Holder() {
    for (Connection& c : connections_) {
      if (c.fd >= 0) close(c.fd);
    }
  }

  // Opens every connection (and sends the one request unless silent); false when the host cannot be read.
  bool Open() {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(options_.port));
    if (inet_pton(AF_INET, options_.host.c_str(), &address.sin_addr) != 1) {
      std::fprintf(stderr, "idle_clients: '%s' is not a numeric IPv4 address\n", options_.host.c_str());
      return false;
    }
    std::string request = "GET " + options_.path + " HTTP/1.1\r\nHost: " + options_.host + ":" +
                          std::to_string(options_.port) + "\r\nUser-Agent: idle_clients\r\n\r\n";
    Clock::time_point start = Clock::now();
    connections_.reserve(static_cast<size_t>(options_.connections));
    for (int i = 0; i < options_.connections; ++i) {
      int fd = Connect(address);
      if (fd < 0 || (!options_.silent && !SendAll(fd, request))) {
        if (failed_ == 0)
          std::fprintf(stderr, "idle_clients: connection %d failed: %s\n", i, std::strerror(errno));
        if (fd >= 0) close(fd);
        ++failed_;
        continue;
      }
      connections_.push_back(Connection{fd, false});
    }
    open_ = static_cast<int>(connections_.size());
    if (!options_.silent) WaitForAnswers(start + std::chrono::seconds(10));
    ready_ = Clock::now();
    std::printf("ready connections=%d open=%d failed=%d answered=%d ms=%.0f\n", options_.connections, open_,
                failed_, answered_, std::chrono::duration<double, std::milli>(ready_ - start).count());
    std::fflush(stdout);
    return true;
  }

  // Holds the connections for --hold seconds, noting each one the server closes; prints status on SIGUSR1.
  void Hold() {
    Clock::time_point end = ready_ + std::chrono::seconds(options_.hold_seconds);
    while (Clock::now() < end) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count();
      PollOnce(static_cast<int>(std::max<long long>(1, std::min<long long>(left, 1000))));
      if (g_status_requested) {
        g_status_requested = 0;
        std::printf("status t=%.1f open=%d closed=%d\n", SecondsSince(ready_), open_, closed_);
        std::fflush(stdout);
      }
    }
    std::printf("done t=%.1f open=%d closed=%d failed=%d first_close_s=%.1f last_close_s=%.1f\n",
                SecondsSince(ready_), open_, closed_, failed_, first_close_s_, last_close_s_);
    std::fflush(stdout);
  }

 private:
  // Counts the open connections still waiting for the answer to their request.
  int Unanswered() const {
    int n = 0;
    for (const Connection& c : connections_) n += (c.fd >= 0 && !c.answered) ? 1 : 0;
    return n;
  }

  // Polls until every open connection has had an answer, or until the deadline.
  void WaitForAnswers(Clock::time_point deadline) {
    while (Unanswered() > 0 && Clock::now() < deadline) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      PollOnce(static_cast<int>(std::max<long long>(1, std::min<long long>(left, 100))));
    }
  }

  // Waits up to timeout_ms for any connection to become readable; drains what arrived and closes the ones the
  // server closed.
  void PollOnce(int timeout_ms) {
    fds_.clear();
    index_.clear();
    for (size_t i = 0; i < connections_.size(); ++i) {
      if (connections_[i].fd < 0) continue;
      fds_.push_back(pollfd{connections_[i].fd, POLLIN | POLLRDHUP, 0});
      index_.push_back(i);
    }
    if (fds_.empty()) {
      usleep(static_cast<useconds_t>(timeout_ms) * 1000);
      return;
    }
    int ready = poll(fds_.data(), fds_.size(), timeout_ms);
    if (ready <= 0) return;  // time-out, or a signal (EINTR): the caller looks at the status flag
    for (size_t k = 0; k < fds_.size(); ++k) {
      if (fds_[k].revents == 0) continue;
      Drain(connections_[index_[k]]);
    }
  }

  // Reads what the server sent; a connection that reached end of stream or failed counts as closed by the
  // server.
  void Drain(Connection& c) {
    char buffer[16 * 1024];
    for (;;) {
      ssize_t n = recv(c.fd, buffer, sizeof buffer, 0);
      if (n > 0) {
        if (!c.answered) {
          c.answered = true;
          ++answered_;
        }
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
      close(c.fd);
      c.fd = -1;
      --open_;
      ++closed_;
      if (ready_ != Clock::time_point{}) {
        double t = SecondsSince(ready_);
        if (first_close_s_ < 0) first_close_s_ = t;
        last_close_s_ = t;
      }
      return;
    }
  }

  const Options& options_;
  std::vector<Connection> connections_;
  std::vector<pollfd> fds_;
  std::vector<size_t> index_;
  Clock::time_point ready_{};
  int open_ = 0;
  int closed_ = 0;
  int failed_ = 0;
  int answered_ = 0;
  double first_close_s_ = -1;
  double last_close_s_ = -1;
};

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseArgs(argc, argv, options)) {
    Usage();
    return 2;
  }
  struct sigaction action {};
  action.sa_handler = OnStatusSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: poll() returns at once so the status line is prompt
  sigaction(SIGUSR1, &action, nullptr);

  RaiseFileLimit(options.connections);
  Holder holder(options);
  if (!holder.Open()) {
    Usage();
    return 2;
  }
  holder.Hold();
  return 0;
}
