// A driver of our own for the fuzz targets when they are built without libFuzzer (the g++ test build): it
// calls LLVMFuzzerTestOneInput on every seed (fuzz/seeds.h), on every file of the given directories (the
// committed reproducers in fuzz/regressions/TARGET/) and on a bounded number of mutated variants of the
// seeds, made by a deterministic generator. CTest runs it as the short fuzz run of `make test`.
//
//   replay_TARGET [--papers DIR] [--dir DIR]... [--mutations N] [--seed S] [--seconds T] [--max-len L]
//   replay_TARGET FILE...      runs only the given files (a reproducer), no seeds, no mutations
//
// Exit status 0 when every input ran (a crash aborts the process, with the sanitizer's or the invariant's
// message), 2 for a bad argument. With --seconds the mutations stop early when they have run that long: each
// variant is the same in every run, only how many run may differ on a slow machine.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/seeds.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

// Tokens the mutator inserts: the words the recognisers look for and the bytes the readers treat specially.
constexpr std::string_view kTokens[] = {"To:",
                                        "From:",
                                        "Date:",
                                        "Recommendation",
                                        "Recommendations",
                                        "Agenda Item",
                                        "Page 1 of 4",
                                        "£1.2m",
                                        "£(401)",
                                        "1.1 ",
                                        "4.3",
                                        "a) ",
                                        "(i)",
                                        "\f",
                                        "\t",
                                        "\r\n",
                                        "\n\n",
                                        "18th September 2019",
                                        "2019/20",
                                        "Official",
                                        "Status: Neutral",
                                        "Contact Officer",
                                        "Finance? Yes",
                                        "\xE2\x80\x93",
                                        "\xC2\xA0",
                                        "\xEF\xBB\xBF",
                                        "\xD0\xA2",
                                        "\xFF",
                                        "%PDF-1.4\n",
                                        "PK\x03\x04",
                                        "<w:p>",
                                        "</w:t>",
                                        "obj",
                                        "endobj",
                                        "stream",
                                        "xref"};

struct Rng {
  uint64_t state;
  uint64_t Next() {  // splitmix64: the same sequence on every platform
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
};

void Mutate(std::string& s, Rng& rng) {
  const int ops = 1 + static_cast<int>(rng.Below(4));
  for (int i = 0; i < ops; ++i) {
    const size_t pos = rng.Below(s.size() + 1);
    switch (rng.Below(7)) {
      case 0:  // flip a bit
        if (!s.empty()) s[rng.Below(s.size())] ^= static_cast<char>(1u << rng.Below(8));
        break;
      case 1: {  // a special byte
        static constexpr char kBytes[] = {'\0', '\n', '\f', ' ', ':', '.', '\xff', '\x80', '(', '0'};
        if (!s.empty()) s[rng.Below(s.size())] = kBytes[rng.Below(sizeof kBytes)];
        break;
      }
      case 2:  // delete a range
        s.erase(pos, rng.Below(64) + 1);
        break;
      case 3: {  // duplicate a range
        const std::string piece = s.substr(pos, rng.Below(256) + 1);
        s.insert(rng.Below(s.size() + 1), piece);
        break;
      }
      case 4: {  // insert a token
        const std::string_view token = kTokens[rng.Below(std::size(kTokens))];
        s.insert(pos, token.data(), token.size());
        break;
      }
      case 5:  // truncate
        s.resize(pos);
        break;
      default: {  // swap two bytes far apart
        if (s.size() > 1) std::swap(s[rng.Below(s.size())], s[rng.Below(s.size())]);
        break;
      }
    }
  }
}

void Run(const std::string& bytes) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

bool ReadFile(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string papers;
  std::vector<std::string> dirs;
  std::vector<std::string> files;
  long mutations = 500;
  uint64_t seed = 20190918;
  double seconds = 0;
  size_t max_len = 64 * 1024;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "replay: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--papers") {
      papers = value();
    } else if (arg == "--dir") {
      dirs.push_back(value());
    } else if (arg == "--mutations") {
      mutations = std::strtol(value().c_str(), nullptr, 10);
    } else if (arg == "--seed") {
      seed = std::strtoull(value().c_str(), nullptr, 10);
    } else if (arg == "--seconds") {
      seconds = std::strtod(value().c_str(), nullptr);
    } else if (arg == "--max-len") {
      max_len = std::strtoul(value().c_str(), nullptr, 10);
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "replay: unknown option %s\n", arg.c_str());
      return 2;
    } else {
      files.push_back(arg);
    }
  }

  if (!files.empty()) {
    for (const auto& f : files) {
      std::string bytes;
      if (!ReadFile(f, bytes)) {
        std::fprintf(stderr, "replay: cannot read %s\n", f.c_str());
        return 2;
      }
      std::printf("replay: %s (%zu bytes)\n", f.c_str(), bytes.size());
      std::fflush(stdout);
      Run(bytes);
    }
    std::printf("replay: %zu files ran\n", files.size());
    return 0;
  }

  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> inputs;
  for (auto& s : boardroom::fuzz::SeedsFor(BOARDROOM_FUZZ_TARGET, papers))
    inputs.push_back(std::move(s.bytes));
  const size_t seed_count = inputs.size();
  size_t committed = 0;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_regular_file()) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::string bytes;
      if (ReadFile(p, bytes)) {
        std::printf("replay: %s\n", p.c_str());
        std::fflush(stdout);
        Run(bytes);
        ++committed;
      }
    }
  }
  for (const auto& input : inputs) Run(input.substr(0, max_len));

  const auto mutations_start = std::chrono::steady_clock::now();
  Rng rng{seed};
  long ran = 0;
  for (; ran < mutations && !inputs.empty(); ++ran) {
    if (seconds > 0 &&
        std::chrono::duration<double>(std::chrono::steady_clock::now() - mutations_start).count() > seconds) {
      break;
    }
    std::string variant = inputs[rng.Below(inputs.size())];
    if (variant.size() > max_len) {
      const size_t from = rng.Below(variant.size() - max_len + 1);
      variant = variant.substr(from, max_len);
    }
    Mutate(variant, rng);
    Run(variant);
  }
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("replay %s: %zu seeds, %zu committed inputs, %ld of %ld variants (seed %llu) in %.1f s\n",
              BOARDROOM_FUZZ_TARGET, seed_count, committed, ran, mutations,
              static_cast<unsigned long long>(seed), took);
  return 0;
}
