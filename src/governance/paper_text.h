// How a paper written as plain text (the "Write a paper" form) becomes its sections, numbered paragraphs and
// recommendations. Pure functions: no store, no HTTP.
//
// The text rule, read block by block (a block is a run of non-blank lines; blank lines separate blocks):
//   - a block whose first line is a whole number and a short heading, like "1. Purpose" or
//     "5 Financial implications" (1 to 3 digits, an optional full stop, then a heading of at most 80
//     characters that does not end with a full stop), starts a section with that number and heading; the
//     rest of the block, if any, is the section's first paragraph;
//   - a block starting with a paragraph number, like "5.22 The council ..." (two or more whole numbers joined
//     by full stops, an optional final full stop, then a space), is a paragraph numbered "5.22";
//   - any other block is a paragraph without a number.
// A block's lines are joined with a single space; paragraphs belong to the section above them (none before
// the first heading).
//
// Recommendations are one per non-blank line, each with an optional leading label: "a)", "1.", "(ii)",
// "b." (1 to 3 digits or 1 to 4 letters, followed by "." or ")", or in brackets), stored without its
// punctuation except brackets ("a", "1", "(ii)").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::governance {

struct SectionText {
  std::string number;  // "5"
  std::string heading;
};

struct ParagraphText {
  std::optional<size_t> section;  // index into PaperText::sections
  std::string number;             // "5.22"; empty when the block had none
  std::string text;
};

struct RecommendationText {
  std::string label;  // "a", "1", "(ii)"; may be empty
  std::string text;
};

// What a written paper holds besides its fields.
struct PaperText {
  std::vector<SectionText> sections;
  std::vector<ParagraphText> paragraphs;
  std::vector<RecommendationText> recommendations;
};

// The sections and paragraphs of `text` by the rule above (recommendations left empty).
PaperText SplitPaperText(std::string_view text);
// The recommendations of `text`, one per non-blank line.
std::vector<RecommendationText> SplitRecommendations(std::string_view text);

}  // namespace boardroom::governance
