// import_bench: the timed parts of the import benchmark (bench/import.sh). One subcommand per measurement;
// each prints its figures as key=value lines on stdout, for the script to read. Plain steady_clock timing.
//
//   import_bench generate --papers DIR --out DIR --mb N [--seed S]
//       writes a corpus of at least N MB of text papers made from the samples in DIR: each file one sample
//       with its numbers, years, months and first names changed and a few pairs of words swapped, by a
//       deterministic generator (the same seed gives the same bytes).
//   import_bench render --papers DIR --out DIR [--count N]
//       renders the first N samples (name order) as A4 PDFs with the test writers (papers/sample_writers.h).
//   import_bench parse DIR            read + ParseDocument over every file, one thread.
//   import_bench digest DIR           not timed: each file's name and import JSON on a line, to check with
//   diff
//                                     that a speed-up leaves the results unchanged.
//   import_bench import DIR --db PATH read, parse and store every file into a new SQLite store (store.h), one
//                                     transaction per file: document, papers, sections, paragraphs (the
//                                     store's triggers index the paragraphs into FTS5).
//   import_bench fts DIR --db PATH    the reference: the same paragraphs (parsed first, untimed) inserted
//   into a
//                                     bare `fts5(text)` table, one transaction per file, a prepared insert.
//   import_bench pdf [--repeat N] FILE...  ReadPdf + ParseDocument per file, N times: ms per page.
//
// Exit status 0, 1 when a measurement could not run (message on stderr), 2 for bad arguments.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "papers/import_json.h"
#include "papers/import_service.h"
#include "papers/parse.h"
#include "papers/pdf_reader.h"
#include "papers/reader.h"
#include "papers/sample_writers.h"
#include "store/sqlite/sqlite_store.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
namespace papers = boardroom::papers;
namespace store = boardroom::store;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "import_bench: %s\n", message.c_str());
  std::exit(1);
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void WriteAll(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) Die("cannot write " + path.string());
}

// The regular files of `dir` with the extension `ext` (any when empty), in name order.
std::vector<fs::path> FilesIn(const std::string& dir, std::string_view ext = {}) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && (ext.empty() || entry.path().extension() == ext)) {
      files.push_back(entry.path());
    }
  }
  if (ec) Die("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus generator.

struct Rng {
  uint64_t state;
  uint64_t Next() {  // splitmix64
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
};

constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
constexpr std::string_view kFirstNames[] = {"John",    "David", "Sarah", "Paul",  "Mark",    "Andrew",
                                            "Simon",   "Helen", "James", "Julie", "Richard", "Claire",
                                            "Michael", "Emma",  "Peter", "Susan", "Gary",    "Karen"};

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsLower(char c) {
  return c >= 'a' && c <= 'z';
}

// One word of a sample, changed: digits of long numbers and amounts, years, months, first names.
std::string VaryWord(std::string_view word, bool after_pound, Rng& rng) {
  std::string w(word);
  size_t digits = std::count_if(w.begin(), w.end(), IsDigit);
  if (digits == 4 && w.size() >= 4 && (w.rfind("20", 0) == 0 || w.rfind("19", 0) == 0) && IsDigit(w[3])) {
    // A year: move it by up to three years either way, keeping the century.
    int year = std::atoi(w.substr(0, 4).c_str()) + static_cast<int>(rng.Below(7)) - 3;
    return std::to_string(year) + w.substr(4);
  }
  if ((after_pound || digits >= 3) && w.find('.') == std::string::npos) {
    // An amount or a long number: new digits, the first never 0, the grouping kept.
    bool first = true;
    for (char& c : w) {
      if (!IsDigit(c)) continue;
      c = static_cast<char>('0' + (first ? 1 + rng.Below(9) : rng.Below(10)));
      first = false;
    }
    return w;
  }
  for (size_t i = 0; i < std::size(kMonths); ++i) {
    if (w == kMonths[i]) return std::string(kMonths[(i + 1 + rng.Below(11)) % 12]);
  }
  for (std::string_view name : kFirstNames) {
    if (w == name) return std::string(kFirstNames[rng.Below(std::size(kFirstNames))]);
  }
  return w;
}

// One line of a sample, varied. Lines that start with a number (headings, paragraph numbers) keep their words
// in order; in other lines two neighbouring lower-case words are swapped now and then.
std::string VaryLine(std::string_view line, Rng& rng) {
  std::vector<std::string> words;
  std::vector<std::string> gaps;  // gaps[i] comes before words[i]
  size_t i = 0;
  while (i < line.size()) {
    size_t start = i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    gaps.emplace_back(line.substr(start, i - start));
    start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    words.emplace_back(line.substr(start, i - start));
  }
  for (size_t w = 0; w < words.size(); ++w) {
    const bool after_pound = words[w].rfind("\xC2\xA3", 0) == 0;
    words[w] = VaryWord(words[w], after_pound, rng);
  }
  const bool numbered = !words.empty() && !words[0].empty() && IsDigit(words[0][0]);
  if (!numbered && words.size() > 4 && rng.Below(8) == 0) {
    const size_t a = 1 + rng.Below(words.size() - 2);
    if (!words[a].empty() && !words[a + 1].empty() && IsLower(words[a][0]) && IsLower(words[a + 1][0]) &&
        words[a].back() != '.' && words[a + 1].back() != '.') {
      std::swap(words[a], words[a + 1]);
    }
  }
  std::string out;
  for (size_t w = 0; w < words.size(); ++w) out += gaps[w] + words[w];
  return out;
}

std::string VaryPaper(std::string_view text, Rng& rng) {
  std::string out;
  out.reserve(text.size() + 64);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    out += VaryLine(text.substr(start, end - start), rng);
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

int Generate(const std::string& papers_dir, const std::string& out_dir, double mb, uint64_t seed) {
  std::vector<std::pair<std::string, std::string>> samples;
  for (const auto& path : FilesIn(papers_dir, ".txt"))
    samples.emplace_back(path.stem().string(), ReadAll(path));
  if (samples.empty()) Die("no *.txt samples in " + papers_dir);
  fs::create_directories(out_dir);
  Rng rng{seed};
  const uint64_t want = static_cast<uint64_t>(mb * 1024 * 1024);
  uint64_t total = 0;
  size_t n = 0;
  for (; total < want; ++n) {
    const auto& [stem, text] = samples[n % samples.size()];
    const std::string varied = VaryPaper(text, rng);
    char name[32];
    std::snprintf(name, sizeof name, "%06zu-", n);
    WriteAll(fs::path(out_dir) / (name + stem + ".txt"), varied);
    total += varied.size();
  }
  std::printf("files=%zu\nbytes=%llu\n", n, static_cast<unsigned long long>(total));
  return 0;
}

int Render(const std::string& papers_dir, const std::string& out_dir, size_t count) {
  fs::create_directories(out_dir);
  size_t n = 0;
  for (const auto& path : FilesIn(papers_dir, ".txt")) {
    if (n++ >= count) break;
    WriteAll(fs::path(out_dir) / (path.stem().string() + ".pdf"),
             papers::testing::RenderTextAsPdf(ReadAll(path)));
  }
  std::printf("files=%zu\n", std::min(n, count));
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements.

struct Parsed {
  std::string name;
  std::string sha256;
  size_t bytes = 0;
  papers::ParsedFile file;
};

papers::ParsedFile ParseBytes(const std::string& name, const std::string& bytes) {
  auto doc = papers::ReadDocumentBytes(name, bytes);
  if (!doc.ok()) Die(name + ": " + doc.error().message);
  auto parsed = papers::ParseDocument(*doc);
  if (!parsed.ok()) Die(name + ": " + parsed.error().message);
  return std::move(*parsed);
}

size_t ParagraphCount(const papers::ParsedFile& file) {
  size_t n = 0;
  for (const auto& paper : file.papers) {
    for (const auto& section : paper.sections) n += section.paragraphs.size();
  }
  return n;
}

int Parse(const std::string& dir) {
  const auto files = FilesIn(dir);
  uint64_t bytes = 0;
  size_t paragraphs = 0;
  const auto start = Clock::now();
  for (const auto& path : files) {
    const std::string text = ReadAll(path);
    bytes += text.size();
    paragraphs += ParagraphCount(ParseBytes(path.filename().string(), text));
  }
  const double took = Seconds(start);
  std::printf("files=%zu\nbytes=%llu\nparagraphs=%zu\nseconds=%.3f\nmbps=%.2f\n", files.size(),
              static_cast<unsigned long long>(bytes), paragraphs, took, bytes / 1048576.0 / took);
  return 0;
}

// One line a file: its name and the import JSON of its parse, so that two builds' results can be compared
// (`diff`) before a speed-up is kept: a speed-up must not change what the importer finds.
int Digest(const std::string& dir) {
  for (const auto& path : FilesIn(dir)) {
    const std::string text = ReadAll(path);
    const std::string name = path.filename().string();
    auto doc = papers::ReadDocumentBytes(name, text);
    if (!doc.ok()) Die(name + ": " + doc.error().message);
    auto parsed = papers::ParseDocument(*doc);
    std::printf("%s %s\n", name.c_str(),
                parsed.ok() ? papers::FileToJson(*parsed).dump().c_str() : parsed.error().message.c_str());
  }
  return 0;
}

template <typename T>
T Must(boardroom::Result<T> result, const std::string& what) {
  if (!result.ok()) Die(what + ": " + result.error().message);
  return std::move(*result);
}

int Import(const std::string& dir, const std::string& db) {
  const auto files = FilesIn(dir);
  fs::remove(db);
  fs::remove(db + "-wal");
  fs::remove(db + "-shm");
  auto opened = Must(store::OpenSqliteStore(db), "open " + db);
  const boardroom::FixedClock clock(1568800000);
  uint64_t bytes = 0;
  size_t paragraphs = 0;
  size_t papers_created = 0;
  size_t skipped = 0;
  const auto start = Clock::now();
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string name = files[i].filename().string();
    const std::string text = ReadAll(files[i]);
    bytes += text.size();
    auto doc = papers::ReadDocumentBytes(name, text);
    if (!doc.ok()) Die(name + ": " + doc.error().message);
    const papers::ParsedFile parsed = Must(papers::ParseDocument(*doc), name);
    // Each file under a body of its own: the generated files are variants of five samples, and under one
    // body the service would link them to the papers already held instead of storing their paragraphs.
    papers::ImportOptions options;
    options.body = "Bench board " + std::to_string(i);
    auto outcome = papers::ImportParsedFile(*opened, parsed, papers::SourceOf(*doc, text), options, clock);
    if (!outcome.ok()) {
      if (outcome.error().code == boardroom::ErrorCode::kInvalidArgument) {
        ++skipped;
        continue;
      }
      Die(name + ": " + outcome.error().message);
    }
    papers_created += outcome->paper_ids.size();
    paragraphs += ParagraphCount(parsed);
  }
  const double took = Seconds(start);
  std::printf("files=%zu\nbytes=%llu\nparagraphs=%zu\npapers=%zu\nskipped=%zu\nseconds=%.3f\nmbps=%.2f\n",
              files.size(), static_cast<unsigned long long>(bytes), paragraphs, papers_created, skipped, took,
              bytes / 1048576.0 / took);
  return 0;
}

void Exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string text = message ? message : "?";
    sqlite3_free(message);
    Die(std::string(sql) + ": " + text);
  }
}

int Fts(const std::string& dir, const std::string& db_path) {
  // Parse first, untimed: the reference inserts exactly the paragraphs the importer found.
  std::vector<std::vector<std::string>> per_file;
  uint64_t bytes = 0;
  size_t paragraphs = 0;
  for (const auto& path : FilesIn(dir)) {
    const std::string text = ReadAll(path);
    bytes += text.size();
    const papers::ParsedFile parsed = ParseBytes(path.filename().string(), text);
    std::vector<std::string> texts;
    for (const auto& paper : parsed.papers) {
      for (const auto& section : paper.sections) {
        for (const auto& para : section.paragraphs) texts.push_back(para.text);
      }
    }
    paragraphs += texts.size();
    per_file.push_back(std::move(texts));
  }
  fs::remove(db_path);
  fs::remove(db_path + "-wal");
  fs::remove(db_path + "-shm");
  sqlite3* db = nullptr;
  if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) Die("cannot open " + db_path);
  // The same journal settings as the store (store/sqlite/connection.cc): WAL, synchronous NORMAL.
  Exec(db, "PRAGMA journal_mode = WAL");
  Exec(db, "PRAGMA synchronous = NORMAL");
  Exec(db, "CREATE VIRTUAL TABLE p USING fts5(text)");
  sqlite3_stmt* insert = nullptr;
  if (sqlite3_prepare_v2(db, "INSERT INTO p (text) VALUES (?)", -1, &insert, nullptr) != SQLITE_OK) {
    Die("prepare");
  }
  const auto start = Clock::now();
  for (const auto& texts : per_file) {
    Exec(db, "BEGIN");
    for (const auto& t : texts) {
      sqlite3_bind_text(insert, 1, t.data(), static_cast<int>(t.size()), SQLITE_STATIC);
      if (sqlite3_step(insert) != SQLITE_DONE) Die(std::string("insert: ") + sqlite3_errmsg(db));
      sqlite3_reset(insert);
    }
    Exec(db, "COMMIT");
  }
  const double took = Seconds(start);
  sqlite3_finalize(insert);
  sqlite3_close(db);
  std::printf("files=%zu\nbytes=%llu\nparagraphs=%zu\nseconds=%.3f\nmbps=%.2f\n", per_file.size(),
              static_cast<unsigned long long>(bytes), paragraphs, took, bytes / 1048576.0 / took);
  return 0;
}

int Pdf(const std::vector<std::string>& files, int repeat) {
  std::vector<std::pair<std::string, std::string>> inputs;
  for (const auto& f : files) inputs.emplace_back(fs::path(f).filename().string(), ReadAll(f));
  long pages = 0;
  const auto start = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& [name, bytes] : inputs) {
      auto doc = papers::ReadPdf(bytes, name);
      if (!doc.ok()) Die(name + ": " + doc.error().message);
      pages += doc->page_count;
      auto parsed = papers::ParseDocument(*doc);
      if (!parsed.ok()) Die(name + ": " + parsed.error().message);
    }
  }
  const double took = Seconds(start);
  std::printf("files=%zu\nrepeat=%d\npages=%ld\nseconds=%.3f\nms_per_page=%.3f\n", inputs.size(), repeat,
              pages, took, pages ? took * 1000 / pages : 0.0);
  return 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage: import_bench generate --papers DIR --out DIR --mb N [--seed S]\n"
               "       import_bench render --papers DIR --out DIR [--count N]\n"
               "       import_bench parse DIR | digest DIR | import DIR --db PATH | fts DIR --db PATH\n"
               "       import_bench pdf [--repeat N] FILE...\n");
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
    if (option("papers").empty() || option("out").empty() || option("mb").empty()) return Usage();
    return Generate(option("papers"), option("out"), std::strtod(option("mb").c_str(), nullptr),
                    std::strtoull(option("seed", "20190918").c_str(), nullptr, 10));
  }
  if (command == "render") {
    if (option("papers").empty() || option("out").empty()) return Usage();
    return Render(option("papers"), option("out"), std::strtoul(option("count", "3").c_str(), nullptr, 10));
  }
  if (command == "parse" && positional.size() == 1) return Parse(positional[0]);
  if (command == "digest" && positional.size() == 1) return Digest(positional[0]);
  if (command == "import" && positional.size() == 1 && !option("db").empty()) {
    return Import(positional[0], option("db"));
  }
  if (command == "fts" && positional.size() == 1 && !option("db").empty())
    return Fts(positional[0], option("db"));
  if (command == "pdf" && !positional.empty()) {
    return Pdf(positional, std::max(1, std::atoi(option("repeat", "3").c_str())));
  }
  return Usage();
}
