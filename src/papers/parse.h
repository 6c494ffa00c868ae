// The importer's pure entry point: from a Document (any reader) to a ParsedFile, running furniture removal,
// the pack splitter, the cover, agenda and action-log recognisers, each paper's recognisers, the extractors
// and the checks that raise warnings (date-mismatch, late-inspection-response, missing-clearance, numbering
// faults). Persisting the result is governance's job, not this room's.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "papers/document.h"
#include "papers/parsed.h"
#include "papers/text_reader.h"

namespace boardroom::papers {

// A paper imported before, to recognise the same paper in another file or version.
struct KnownPaper {
  std::string file;
  std::optional<std::string> agenda_item;
  std::string title;
  std::optional<std::string> date;  // ISO 8601
  std::vector<std::string> contact_officers;
};

struct ParseOptions {
  TextReaderOptions reader;
  std::vector<KnownPaper> known;  // papers already imported; a match sets ParsedFile::duplicate_of
};

// Parses `doc`. kInvalidArgument (field "file") when it holds no text at all after furniture removal.
Result<ParsedFile> ParseDocument(const Document& doc, const ParseOptions& options = {});

// Reads a plain-text file and parses it; errors of ReadTextFile pass through.
Result<ParsedFile> ParseTextFile(const std::string& path, const ParseOptions& options = {});

// The papers of `parsed` as KnownPaper values, for options.known of a later parse.
std::vector<KnownPaper> KnownPapersOf(const ParsedFile& parsed);

}  // namespace boardroom::papers
