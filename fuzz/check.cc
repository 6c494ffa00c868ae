#include "fuzz/check.h"

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "core/text.h"
#include "papers/import_json.h"

namespace boardroom::fuzz {

void Require(bool ok, std::string_view what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

void CheckDocument(const papers::Document& doc) {
  Require(doc.page_count >= 1, "page_count >= 1");
  Require(doc.sha256.size() == 64 && doc.sha256.find_first_not_of("0123456789abcdef") == std::string::npos,
          "sha256 is 64 lower-case hex digits");
  int last_page = 1;
  for (const papers::Line& line : doc.lines) {
    Require(IsValidUtf8(line.text), "line text is valid UTF-8");
    Require(line.text.find('\n') == std::string::npos, "line text holds no line break");
    Require(line.page >= last_page, "page numbers never decrease");
    Require(line.page <= doc.page_count, "page <= page_count");
    last_page = line.page;
  }
  for (const papers::Table& table : doc.tables) {
    Require(table.before_line <= doc.lines.size(), "table.before_line inside the lines");
    Require(table.page >= 1 && table.page <= doc.page_count, "table page inside the document");
    for (const auto& row : table.rows) {
      for (const std::string& cell : row) Require(IsValidUtf8(cell), "table cell is valid UTF-8");
    }
  }
}

void CheckImportJson(const papers::ParsedFile& file) {
  const nlohmann::json json = papers::ImportToJson({file});
  const std::string text = json.dump();  // throws type_error.316 on invalid UTF-8: an uncaught crash here
  const nlohmann::json back = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  Require(!back.is_discarded(), "the import JSON parses back");
  Require(back.value("format", "") == papers::kImportFormat, "the import JSON names its format");
  Require(back.contains("files") && back["files"].is_array() && back["files"].size() == 1,
          "the import JSON holds one file");
  Require(back == json, "the import JSON reads back equal");
}

}  // namespace boardroom::fuzz
