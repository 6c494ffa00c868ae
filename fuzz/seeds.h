// Seed inputs for the fuzz targets (fuzz/fuzz_*.cc), made in memory: the sample papers read at run time from
// the shared papers folder (never copied into the repository), pieces of them, the same papers rendered as
// small DOCX and PDF files with the test writers (papers/sample_writers.h), hand-made DOCX packages that use
// numbering, styles, tables and page breaks, and the written forms of dates and amounts. Used by the seed
// writer (fuzz/write_seeds.cc, for libFuzzer's corpora) and by the replay driver (fuzz/replay_main.cc, for
// the short run in `make test`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace boardroom::fuzz {

// One seed: a file name (unique within a target) and its bytes.
struct Seed {
  std::string name;
  std::string bytes;
};

// The fuzz targets, by the name their binary has without the "fuzz_" prefix.
inline constexpr std::string_view kTargets[] = {"text_reader", "pdf_reader", "docx_reader", "import",
                                                "import_json", "date",       "money"};

// The seeds of `target` (a name in kTargets; none for another name). `papers_dir` is the folder of the sample
// papers (*.txt); when it is missing or empty only the generated seeds are returned.
std::vector<Seed> SeedsFor(std::string_view target, const std::string& papers_dir);

}  // namespace boardroom::fuzz
