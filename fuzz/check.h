// Invariants the fuzz targets check on what the importer returns: a Document as every reader promises it
// (papers/document.h) and the import JSON (papers/import_json.h) as valid, re-readable JSON. A broken
// invariant aborts with a message, which libFuzzer (and fuzz/replay_main.cc) report as a crash.
#pragma once

#include <string_view>

#include "papers/document.h"
#include "papers/parsed.h"

namespace boardroom::fuzz {

// Aborts, printing `what`, unless `ok`.
void Require(bool ok, std::string_view what);

// Checks a Document a reader returned: every line valid UTF-8 without '\n', pages from 1, never decreasing
// and at most page_count, a 64-character lower-case hex sha256, tables pointing inside the lines.
void CheckDocument(const papers::Document& doc);

// Serialises `file` with ImportToJson, dumps it (nlohmann throws on invalid UTF-8, which is a crash here),
// parses the text back and checks the format name and the file count.
void CheckImportJson(const papers::ParsedFile& file);

}  // namespace boardroom::fuzz
