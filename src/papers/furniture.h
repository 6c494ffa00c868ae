// Page furniture removal: drops what the page layout repeats rather than what the author wrote — "Page 4 of
// 4", lone security markings ("OFFICIAL"), and running headers or footers found by repetition (a short line
// that recurs across the document outside header blocks, such as the body's name and the meeting date at
// every page foot). Also folds look-alike letters so later recognisers see "To:" even when it was typed in
// Cyrillic.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "papers/document.h"

namespace boardroom::papers {

// A line after clean-up: trimmed, look-alikes folded.
struct CleanLine {
  std::string text;  // trimmed text; empty for a blank line
  std::string key;   // CompareKey(text), computed once here so that recognisers need not fold the line again
  int page = 1;
  size_t source = 0;      // index into Document::lines
  bool indented = false;  // the original line began with a tab or two or more spaces, or (in a PDF) starts
                          // well right of the page's left margin: a continuation
  bool wrapped = false;   // (PDF) the line runs to the page's right margin: the next line continues it
};

struct CleanDocument {
  std::vector<CleanLine> lines;
  std::vector<std::string> classifications;  // security markings removed, in order ("OFFICIAL")
  size_t removed = 0;                        // how many lines were furniture
};

// True for a lone security marking: "OFFICIAL", "Official", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED",
// ...
bool IsClassificationMarking(std::string_view line);
// The same, given the line's CompareKey.
bool IsClassificationMarkingKey(std::string_view key);

// True for "Page 4 of 4", "Page 4", "- 4 -", "4 | Page".
bool IsPageNumberLine(std::string_view line);
// The same, given the line's CompareKey.
bool IsPageNumberKey(std::string_view key);

// True for a line a recogniser relies on (a header key, a structural heading such as "BIBLIOGRAPHY" or
// "Contact Officers", an agenda presenter "Report from ..."): never removed as furniture even when it
// repeats.
bool IsStructuralLine(std::string_view line);
// The same, given the line's CompareKey.
bool IsStructuralKey(std::string_view key);

// Removes furniture from `doc`. Repetition: a line of at most ten words that contains a letter, does not end
// a sentence, and occurs at least three times is dropped wherever it does not follow a header key ("To:") or
// a lone section number. Never fails; a document of furniture only becomes empty.
CleanDocument RemoveFurniture(const Document& doc);

// The lines [begin, end) of `doc` cleaned as RemoveFurniture does, except that a line dropped for repetition
// comes back when it repeats only inside the range: a value repeated down a flattened table's column (an
// owner on every row of an action log) rather than a running header. `clean` is RemoveFurniture(doc).
std::vector<CleanLine> CleanRegion(const Document& doc, const CleanDocument& clean, size_t begin, size_t end);

}  // namespace boardroom::papers
