// search_bench: the timed parts of the search benchmark (bench/search.sh). One subcommand per measurement;
// each prints its figures as key=value lines on stdout, for the script to read. Plain steady_clock timing.
//
//   search_bench generate --papers DIR --db PATH --paragraphs N [--seed S]
//       makes a new SQLite store (every migration) and fills it with an archive of at least N paragraphs
//       over many bodies and years, written as the importer writes them (one transaction per paper, the
//       store's triggers index each paragraph). Words and paragraph lengths come from the sample papers in
//       DIR: each paragraph is a walk over the samples' word pairs, with a share of words drawn from a
//       Zipf-distributed pool of made-up names (real archives have far more distinct words than five
//       papers). Same seed, same archive.
//   search_bench queries --db PATH --out DIR [--seed S] [--count Q]
//       writes Q queries a class to DIR/{ordinary,frequent,stopword}.txt, chosen by the words' document
//       frequencies in the archive (see Queries below). Same archive and seed, same queries.
//   search_bench bare --db PATH FILE
//       the reference: each query of FILE as a bare FTS5 query on the same index, every word quoted and
//       ANDed as FTS5 does, ranked by the same bm25 weights, first 20 rows:
//       SELECT rowid, bm25(...) FROM search_index WHERE search_index MATCH ? ORDER BY 2 LIMIT 20.
//   search_bench http --port P FILE
//       GET /api/v1/search?q=... on 127.0.0.1:P for each query of FILE over one keep-alive connection;
//       the latency of each request, from sending to the last byte of the body.
//   search_bench cli --exe PATH --db PATH FILE
//       runs `PATH search --db DB QUERY` (output to /dev/null) for each query of FILE: the wall time of the
//       whole process, which a person at a terminal waits for.
//
// Latency lines: n=, errors=, p50_ms=, p99_ms=, mean_ms=, max_ms=. Exit status 0, 1 when a measurement
// could not run (message on stderr), 2 for bad arguments.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "store/sqlite/sqlite_store.h"
#include "store/store.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "search_bench: %s\n", message.c_str());
  std::exit(1);
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) Die("cannot read " + path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// The stop words of search/query.cc, for making stop-word-heavy queries and keeping them out of the others.
const std::unordered_set<std::string>& StopWords() {
  static const std::unordered_set<std::string> words = {
      "a",   "an",   "and",  "are", "as",   "at",    "be",   "by",   "for",   "from",
      "has", "have", "in",   "is",  "it",   "its",   "of",   "on",   "or",    "that",
      "the", "this", "to",   "was", "were", "which", "will", "with", "we",    "not",
      "but", "been", "into", "our", "all",  "any",   "if",   "also", "there", "their"};
  return words;
}

// Lower-case letters and digits of `token` ("Police," -> "police"); "" when none.
std::string WordOf(std::string_view token) {
  std::string out;
  for (char c : token) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
  }
  return out;
}

bool IsPlainWord(const std::string& word) {
  return word.size() >= 3 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// ---- sqlite helpers

struct Db {
  sqlite3* handle = nullptr;
  explicit Db(const std::string& path, int flags = SQLITE_OPEN_READWRITE) {
    if (sqlite3_open_v2(path.c_str(), &handle, flags, nullptr) != SQLITE_OK) Die("cannot open " + path);
  }
  ~Db() { sqlite3_close_v2(handle); }
  void Exec(const char* sql) const {
    char* error = nullptr;
    if (sqlite3_exec(handle, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "?";
      sqlite3_free(error);
      Die(std::string(sql) + ": " + message);
    }
  }
  sqlite3_stmt* Prepare(const char* sql) const {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
      Die(std::string(sql) + ": " + sqlite3_errmsg(handle));
    }
    return statement;
  }
  void Run(sqlite3_stmt* statement) const {
    if (sqlite3_step(statement) != SQLITE_DONE) Die(std::string("insert: ") + sqlite3_errmsg(handle));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
  }
};

void BindText(sqlite3_stmt* statement, int index, const std::string& text) {
  sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

// ---- the language model: word pairs of the samples, paragraph lengths, made-up names

struct Model {
  std::vector<std::string> tokens;                                   // every token of the samples' prose
  std::unordered_map<std::string, std::vector<uint32_t>> followers;  // token -> indexes of the next tokens
  std::vector<int> lengths;                                          // words a prose paragraph
  std::vector<std::string> titles;                                   // short lines that look like titles
  std::vector<std::string> names;                                    // made-up words, Zipf-sampled
};

Model Learn(const fs::path& dir, std::mt19937_64& random) {
  Model model;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) Die("no .txt papers in " + dir.string());
  for (const fs::path& file : files) {
    std::string text = ReadAll(file);
    std::istringstream lines(text);
    std::vector<std::string> paragraph;
    auto flush = [&] {
      if (paragraph.size() >= 8) {
        model.lengths.push_back(static_cast<int>(paragraph.size()));
        for (size_t i = 0; i < paragraph.size(); ++i) {
          if (i + 1 < paragraph.size()) {
            model.followers[paragraph[i]].push_back(static_cast<uint32_t>(model.tokens.size() + 1));
          }
          model.tokens.push_back(paragraph[i]);
        }
      }
      paragraph.clear();
    };
    for (std::string line; std::getline(lines, line);) {
      std::istringstream words(line);
      std::vector<std::string> line_words;
      for (std::string word; words >> word;) line_words.push_back(word);
      if (line_words.empty()) {
        flush();
        continue;
      }
      if (line_words.size() >= 3 && line_words.size() <= 9 &&
          std::isupper(static_cast<unsigned char>(line[0]))) {
        model.titles.push_back(line);
      }
      paragraph.insert(paragraph.end(), line_words.begin(), line_words.end());
    }
    flush();
  }
  if (model.tokens.empty() || model.titles.empty()) Die("the samples hold no prose");
  static constexpr const char* kSyllables[] = {
      "ar", "ben", "cal",  "dor", "el",  "fen", "gar", "hol", "is",   "jor", "kel", "lin", "mor", "nes",
      "or", "pen", "quin", "ros", "sel", "tor", "ul",  "ven", "wick", "yar", "zan", "ham", "ton"};
  std::uniform_int_distribution<size_t> syllable(0, std::size(kSyllables) - 1);
  std::unordered_set<std::string> seen;
  while (model.names.size() < 60000) {
    std::string name;
    int parts = 2 + static_cast<int>(random() % 3);
    for (int i = 0; i < parts; ++i) name += kSyllables[syllable(random)];
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    if (seen.insert(name).second) model.names.push_back(name);
  }
  return model;
}

// A made-up name, the n-th most common with probability about 1/n (log-uniform rank).
const std::string& Name(const Model& model, std::mt19937_64& random) {
  double u = std::uniform_real_distribution<double>(0, 1)(random);
  auto rank = static_cast<size_t>(std::pow(static_cast<double>(model.names.size()), u)) - 1;
  return model.names[std::min(rank, model.names.size() - 1)];
}

std::string Paragraph(const Model& model, std::mt19937_64& random) {
  int length = model.lengths[random() % model.lengths.size()];
  length = std::max(4, length + static_cast<int>(random() % 11) - 5);
  size_t at = random() % model.tokens.size();
  std::string out;
  for (int i = 0; i < length; ++i) {
    uint64_t roll = random() % 100;
    if (roll < 4) {
      out += (out.empty() ? "" : " ") + Name(model, random);
      at = random() % model.tokens.size();
      continue;
    }
    out += (out.empty() ? "" : " ") + model.tokens[at];
    auto next = model.followers.find(model.tokens[at]);
    if (roll < 80 && next != model.followers.end()) {
      at = next->second[random() % next->second.size()];
    } else {
      at = random() % model.tokens.size();
    }
  }
  return out;
}

// ---- generate

int Generate(const std::string& papers_dir, const std::string& db_path, int64_t target, uint64_t seed) {
  std::mt19937_64 random(seed);
  Model model = Learn(papers_dir, random);
  if (fs::exists(db_path)) Die(db_path + " exists; the generator only makes a new archive");
  {
    auto opened = boardroom::store::OpenSqliteStore(db_path);
    if (!opened.ok()) Die("cannot create the store: " + opened.error().message);
  }
  Db db(db_path);
  db.Exec("PRAGMA journal_mode = WAL");
  db.Exec("PRAGMA synchronous = NORMAL");
  static constexpr const char* kBodies[][2] = {{"Business Coordination Board", "BCB"},
                                               {"Police and Crime Panel", "PCP"},
                                               {"Joint Audit Committee", "JAC"},
                                               {"Fire Authority", "FA"},
                                               {"Decentralisation Committee", "DC"},
                                               {"Community Safety Partnership", "CSP"},
                                               {"Strategic Governance Board", "SGB"},
                                               {"Ethics Committee", "EC"},
                                               {"Finance and Resources Panel", "FRP"},
                                               {"Health and Wellbeing Board", "HWB"},
                                               {"Transport Scrutiny Committee", "TSC"},
                                               {"Children and Young People Board", "CYPB"},
                                               {"Estates Committee", "ESC"},
                                               {"Victims Services Board", "VSB"},
                                               {"Rural Crime Forum", "RCF"},
                                               {"Combined Authority Board", "CAB"}};
  sqlite3_stmt* body = db.Prepare("INSERT INTO bodies (name, short_name, kind) VALUES (?, ?, 'board')");
  for (const auto& b : kBodies) {
    BindText(body, 1, b[0]);
    BindText(body, 2, b[1]);
    db.Run(body);
  }
  sqlite3_finalize(body);
  sqlite3_stmt* paper = db.Prepare(
      "INSERT INTO papers (body_id, title, date, meeting_date, classification, published, exempt, "
      "key_decision, "
      "version_number) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 1)");
  sqlite3_stmt* paragraph =
      db.Prepare("INSERT INTO paragraphs (paper_id, number, heading, text, position) VALUES (?, ?, ?, ?, ?)");
  int64_t paragraphs = 0, papers = 0;
  auto started = Clock::now();
  while (paragraphs < target) {
    int year = 2000 + static_cast<int>(papers * 27 / std::max<int64_t>(1, target / 40));
    year = std::min(year, 2026);
    char date[32];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, 1 + static_cast<int>(random() % 12),
                  1 + static_cast<int>(random() % 28));
    std::string title = model.titles[random() % model.titles.size()];
    if (random() % 3 == 0) title += " " + Name(model, random);
    uint64_t roll = random() % 100;
    const char* classification = roll < 3 ? "official_sensitive" : roll < 10 ? "official" : "public";
    int published = random() % 100 < 95 ? 1 : 0;
    db.Exec("BEGIN");
    sqlite3_bind_int64(paper, 1, 1 + static_cast<int64_t>(random() % std::size(kBodies)));
    BindText(paper, 2, title);
    BindText(paper, 3, date);
    BindText(paper, 4, date);
    BindText(paper, 5, classification);
    sqlite3_bind_int(paper, 6, published);
    db.Run(paper);
    int64_t paper_id = sqlite3_last_insert_rowid(db.handle);
    ++papers;
    int count_here = 10 + static_cast<int>(random() % 61);
    std::string heading;
    for (int i = 0; i < count_here; ++i) {
      if (i % 6 == 0) heading = model.titles[random() % model.titles.size()];
      std::string text = Paragraph(model, random);
      sqlite3_bind_int64(paragraph, 1, paper_id);
      BindText(paragraph, 2, std::to_string(1 + i / 6) + "." + std::to_string(1 + i % 6));
      BindText(paragraph, 3, heading);
      BindText(paragraph, 4, text);
      sqlite3_bind_int(paragraph, 5, i + 1);
      db.Run(paragraph);
      ++paragraphs;
    }
    db.Exec("COMMIT");
  }
  double load = Seconds(started);
  sqlite3_finalize(paper);
  sqlite3_finalize(paragraph);
  std::printf("papers=%lld\nparagraphs=%lld\nbodies=%zu\nload_seconds=%.3f\nparagraphs_per_second=%.0f\n",
              static_cast<long long>(papers), static_cast<long long>(paragraphs), std::size(kBodies), load,
              static_cast<double>(paragraphs) / load);

  return 0;
}

// ---- queries

// Writes `count` queries a class into DIR/{ordinary,frequent,stopword}.txt, by the words' document
// frequencies in the archive's paragraphs (read back from the database, surface words lower-cased):
//   ordinary: one word in 0.01 %–0.5 % of the paragraphs, or two neighbouring words of some paragraph that
//   are
//             both that rare;
//   frequent: one or two words each in at least 2 % of the paragraphs;
//   stopword: "the W of the", "of the V of the W", "the W and the W in X" and stop words only (one in ten),
//             with W frequent, V ordinary and X a stop word.
int Queries(const std::string& db_path, const std::string& out, uint64_t seed, int count) {
  std::mt19937_64 random(seed);
  Db db(db_path, SQLITE_OPEN_READONLY);
  sqlite3_stmt* read = db.Prepare("SELECT text FROM paragraphs");
  std::unordered_map<std::string, int64_t> df;  // word -> paragraphs holding it
  std::vector<std::pair<std::string, std::string>> pairs;
  int64_t paragraphs = 0;
  while (sqlite3_step(read) == SQLITE_ROW) {
    ++paragraphs;
    std::istringstream in(reinterpret_cast<const char*>(sqlite3_column_text(read, 0)));
    std::unordered_set<std::string> words;
    std::string previous;
    for (std::string token; in >> token;) {
      std::string word = WordOf(token);
      if (word.empty()) continue;
      words.insert(word);
      if (random() % 200 == 0 && IsPlainWord(previous) && IsPlainWord(word))
        pairs.emplace_back(previous, word);
      previous = word;
    }
    for (const std::string& word : words) ++df[word];
  }
  sqlite3_finalize(read);
  std::vector<std::string> ordinary, frequent;
  const int64_t ordinary_min = std::max<int64_t>(20, paragraphs / 10000), ordinary_max = paragraphs / 200;
  auto is_ordinary = [&](const std::string& word) {
    auto it = df.find(word);
    return it != df.end() && IsPlainWord(word) && !StopWords().count(word) && it->second >= ordinary_min &&
           it->second <= ordinary_max;
  };
  for (const auto& [word, n] : df) {
    if (!IsPlainWord(word) || StopWords().count(word)) continue;
    if (is_ordinary(word)) ordinary.push_back(word);
    if (n >= paragraphs / 50) frequent.push_back(word);
  }
  std::vector<std::pair<std::string, std::string>> bigrams;
  for (const auto& pair : pairs) {
    if (is_ordinary(pair.first) && is_ordinary(pair.second) && pair.first != pair.second)
      bigrams.push_back(pair);
  }
  std::sort(ordinary.begin(), ordinary.end());
  std::sort(frequent.begin(), frequent.end());
  if (ordinary.empty() || frequent.empty() || bigrams.empty()) Die("no words to make queries of");
  std::vector<std::string> stop(StopWords().begin(), StopWords().end());
  std::sort(stop.begin(), stop.end());
  std::vector<std::string> common = {"the", "of", "and", "to", "for", "in", "on", "with"};
  fs::create_directories(out);
  std::ofstream o(fs::path(out) / "ordinary.txt"), f(fs::path(out) / "frequent.txt"),
      s(fs::path(out) / "stopword.txt");
  auto pick = [&](const std::vector<std::string>& from) -> const std::string& {
    return from[random() % from.size()];
  };
  for (int i = 0; i < count; ++i) {
    if (i % 5 < 3) {
      o << pick(ordinary) << "\n";
    } else {
      const auto& [a, b] = bigrams[random() % bigrams.size()];
      o << a << " " << b << "\n";
    }
    if (i % 5 < 3) {
      f << pick(frequent) << "\n";
    } else {
      f << pick(frequent) << " " << pick(frequent) << "\n";
    }
    switch (i % 10) {
      case 0:  // stop words only
        s << pick(common) << " " << pick(common) << "\n";
        break;
      case 1:
      case 2:
      case 3:
        s << "the " << pick(frequent) << " of the\n";
        break;
      case 4:
      case 5:
        s << pick(common) << " the " << pick(ordinary) << " of the " << pick(frequent) << "\n";
        break;
      default:
        s << "the " << pick(frequent) << " and the " << pick(frequent) << " in " << pick(stop) << "\n";
        break;
    }
  }
  std::printf(
      "paragraphs=%lld\nordinary_words=%zu\nordinary_pairs=%zu\nfrequent_words=%zu\nordinary_df=%lld..%lld\n"
      "frequent_df_min=%lld\n",
      static_cast<long long>(paragraphs), ordinary.size(), bigrams.size(), frequent.size(),
      static_cast<long long>(ordinary_min), static_cast<long long>(ordinary_max),
      static_cast<long long>(paragraphs / 50));
  return 0;
}

// ---- latency

void PrintLatency(std::vector<double> ms, int errors) {
  if (ms.empty()) Die("nothing measured");
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
  };
  double sum = 0;
  for (double v : ms) sum += v;
  std::printf("n=%zu\nerrors=%d\np50_ms=%.3f\np99_ms=%.3f\nmean_ms=%.3f\nmax_ms=%.3f\n", ms.size(), errors,
              at(0.50), at(0.99), sum / static_cast<double>(ms.size()), ms.back());
}

int Bare(const std::string& db_path, const std::string& file) {
  std::vector<std::string> queries = ReadLines(file);
  Db db(db_path, SQLITE_OPEN_READONLY);
  sqlite3_stmt* statement = db.Prepare(
      "SELECT rowid, bm25(search_index, 5.0, 1.0) AS score FROM search_index WHERE search_index MATCH ? "
      "ORDER BY score LIMIT 20");
  std::vector<double> ms;
  int errors = 0;
  for (const std::string& query : queries) {
    std::string match;
    std::istringstream words(query);
    for (std::string word; words >> word;) match += (match.empty() ? "\"" : " \"") + word + "\"";
    auto started = Clock::now();
    BindText(statement, 1, match);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) ++errors;
    sqlite3_reset(statement);
    ms.push_back(Seconds(started) * 1000);
  }
  sqlite3_finalize(statement);
  PrintLatency(ms, errors);
  return 0;
}

std::string UrlEncode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

// One keep-alive connection; Get returns the status, or -1 when the connection failed.
class HttpClient {
 public:
  explicit HttpClient(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) Die("cannot connect");
    int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  }
  ~HttpClient() { close(fd_); }
  int Get(const std::string& target) {
    std::string request =
        "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n";
    if (send(fd_, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size()))
      return -1;
    std::string data;
    size_t header_end;
    while ((header_end = data.find("\r\n\r\n")) == std::string::npos) {
      if (!Read(data)) return -1;
    }
    int status = std::atoi(data.c_str() + 9);
    std::string headers = data.substr(0, header_end);
    for (char& c : headers) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t at = headers.find("content-length:");
    if (at == std::string::npos) Die("the answer has no Content-Length");
    size_t length = std::strtoull(headers.c_str() + at + 15, nullptr, 10);
    while (data.size() < header_end + 4 + length) {
      if (!Read(data)) return -1;
    }
    return status;
  }

 private:
  bool Read(std::string& data) {
    char buffer[65536];
    ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) return false;
    data.append(buffer, static_cast<size_t>(n));
    return true;
  }
  int fd_ = -1;
};

int Http(int port, const std::string& file) {
  std::vector<std::string> queries = ReadLines(file);
  HttpClient client(port);
  std::vector<double> ms;
  int errors = 0;
  for (const std::string& query : queries) {
    auto started = Clock::now();
    int status = client.Get("/api/v1/search?q=" + UrlEncode(query));
    ms.push_back(Seconds(started) * 1000);
    if (status != 200) ++errors;
    if (status < 0) Die("the connection failed");
  }
  PrintLatency(ms, errors);
  return 0;
}

int Cli(const std::string& exe, const std::string& db, const std::string& file) {
  std::vector<std::string> queries = ReadLines(file);
  std::vector<double> ms;
  int errors = 0;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  for (const std::string& query : queries) {
    std::vector<std::string> args = {exe, "search", "--db", db, "--", query};
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    auto started = Clock::now();
    pid_t pid;
    if (posix_spawn(&pid, exe.c_str(), &actions, nullptr, argv.data(), environ) != 0)
      Die("cannot run " + exe);
    int status = 0;
    waitpid(pid, &status, 0);
    ms.push_back(Seconds(started) * 1000);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++errors;
  }
  posix_spawn_file_actions_destroy(&actions);
  PrintLatency(ms, errors);
  return 0;
}

int Usage() {
  std::fprintf(
      stderr,
      "usage: search_bench generate --papers DIR --db PATH --paragraphs N --queries DIR [--seed S] "
      "[--count Q]\n       search_bench bare --db PATH FILE\n       search_bench http --port P FILE\n"
      "       search_bench cli --exe PATH --db PATH FILE\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  const std::string command = argv[1];
  std::map<std::string, std::string> options;
  std::vector<std::string> positional;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--", 0) == 0) {
      if (i + 1 >= argc) return Usage();
      options[arg.substr(2)] = argv[++i];
    } else {
      positional.push_back(arg);
    }
  }
  auto option = [&](const std::string& key, const std::string& fallback = "") {
    auto it = options.find(key);
    return it == options.end() ? fallback : it->second;
  };
  if (command == "generate") {
    if (option("papers").empty() || option("db").empty() || option("paragraphs").empty()) {
      return Usage();
    }
    return Generate(option("papers"), option("db"), std::strtoll(option("paragraphs").c_str(), nullptr, 10),
                    std::strtoull(option("seed", "20190918").c_str(), nullptr, 10));
  }
  if (command == "queries") {
    if (option("db").empty() || option("out").empty()) return Usage();
    return Queries(option("db"), option("out"),
                   std::strtoull(option("seed", "20190918").c_str(), nullptr, 10),
                   std::atoi(option("count", "1000").c_str()));
  }
  if (command == "bare" && positional.size() == 1 && !option("db").empty())
    return Bare(option("db"), positional[0]);
  if (command == "http" && positional.size() == 1 && !option("port").empty()) {
    return Http(std::atoi(option("port").c_str()), positional[0]);
  }
  if (command == "cli" && positional.size() == 1 && !option("exe").empty() && !option("db").empty()) {
    return Cli(option("exe"), option("db"), positional[0]);
  }
  return Usage();
}
