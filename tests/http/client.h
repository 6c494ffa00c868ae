// A small HTTP/1.1 client for the web tests: one request per connection, over a real TCP socket to
// 127.0.0.1, with a cookie jar that keeps what Set-Cookie says.
#pragma once

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::testing {

// A new, empty folder of its own under the system's temporary folder (mkdtemp), named from `prefix`: unique
// across the test processes that ctest runs side by side. Throws when it cannot be made.
inline std::filesystem::path MakeTempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot make a folder like " + pattern);
  return pattern;
}

struct Reply {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // The first header `name` (case ignored), or "".
  std::string Header(const std::string& name) const {
    for (const auto& [key, value] : headers) {
      if (boost::beast::iequals(key, name)) return value;
    }
    return "";
  }
  // Every Set-Cookie value.
  std::vector<std::string> SetCookies() const {
    std::vector<std::string> out;
    for (const auto& [key, value] : headers) {
      if (boost::beast::iequals(key, "Set-Cookie")) out.push_back(value);
    }
    return out;
  }
};

// Sends one request and reads the answer. Throws on a network failure (the test then fails).
inline Reply Send(int port, const std::string& method, const std::string& target,
                  const std::vector<std::pair<std::string, std::string>>& headers = {},
                  const std::string& body = "") {
  namespace asio = boost::asio;
  namespace http = boost::beast::http;
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<uint16_t>(port)});
  http::request<http::string_body> request(http::string_to_verb(method), target, 11);
  request.set(http::field::host, "127.0.0.1");
  for (const auto& [name, value] : headers) request.insert(name, value);
  request.body() = body;
  request.prepare_payload();
  http::write(socket, request);
  boost::beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  if (method == "HEAD") parser.skip(true);
  http::read(socket, buffer, parser);
  Reply reply;
  reply.status = parser.get().result_int();
  for (const auto& field : parser.get()) {
    reply.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  reply.body = parser.get().body();
  return reply;
}

// A browser's cookies: what the server set, sent back on every request.
class CookieJar {
 public:
  // Keeps the cookies `reply` sets; Max-Age=0 removes one.
  void Keep(const Reply& reply) {
    for (const std::string& cookie : reply.SetCookies()) {
      std::string pair = cookie.substr(0, cookie.find(';'));
      size_t equals = pair.find('=');
      if (equals == std::string::npos) continue;
      std::string name = pair.substr(0, equals);
      if (cookie.find("Max-Age=0") != std::string::npos) {
        cookies_.erase(name);
      } else {
        cookies_[name] = pair.substr(equals + 1);
      }
    }
  }
  void Set(const std::string& name, const std::string& value) { cookies_[name] = value; }
  std::string Get(const std::string& name) const {
    auto it = cookies_.find(name);
    return it == cookies_.end() ? "" : it->second;
  }
  bool Has(const std::string& name) const { return cookies_.count(name) > 0; }
  // The Cookie header, or "" when empty.
  std::string Header() const {
    std::string header;
    for (const auto& [name, value] : cookies_) {
      if (!header.empty()) header += "; ";
      header += name + "=" + value;
    }
    return header;
  }

 private:
  std::map<std::string, std::string> cookies_;
};

}  // namespace boardroom::testing
