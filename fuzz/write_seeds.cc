// fuzz_write_seeds TARGET OUT_DIR [PAPERS_DIR]: writes the seeds of one fuzz target (fuzz/seeds.h) as files
// into OUT_DIR (made if missing), for libFuzzer's corpus. fuzz/run calls it before each target. Exit status
// 0, or 1 with a message when the target is unknown or a file cannot be written.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz/seeds.h"

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::fprintf(stderr, "usage: %s TARGET OUT_DIR [PAPERS_DIR]\n", argv[0]);
    return 1;
  }
  const std::string target = argv[1];
  const std::filesystem::path out = argv[2];
  const std::string papers = argc == 4 ? argv[3] : "";
  bool known = false;
  for (std::string_view t : boardroom::fuzz::kTargets) known = known || t == target;
  if (!known) {
    std::fprintf(stderr, "fuzz_write_seeds: no target '%s'\n", target.c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  int written = 0;
  for (const auto& seed : boardroom::fuzz::SeedsFor(target, papers)) {
    std::ofstream file(out / ("seed-" + seed.name), std::ios::binary | std::ios::trunc);
    file.write(seed.bytes.data(), static_cast<std::streamsize>(seed.bytes.size()));
    if (!file) {
      std::fprintf(stderr, "fuzz_write_seeds: cannot write into %s\n", out.c_str());
      return 1;
    }
    ++written;
  }
  std::printf("%d seeds for %s in %s\n", written, target.c_str(), out.c_str());
  return 0;
}
