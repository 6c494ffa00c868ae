// Serialises what the importer found to the stable `boardroom-import/1` JSON format (docs/import-format.md),
// as printed by `boardroom import --dry-run --json`. Absent optional fields are left out; empty lists are
// written.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "papers/parsed.h"

namespace boardroom::papers {

inline constexpr char kImportFormat[] = "boardroom-import/1";

// One file as a JSON object.
nlohmann::json FileToJson(const ParsedFile& file);

// {"format": "boardroom-import/1", "files": [...]}.
nlohmann::json ImportToJson(const std::vector<ParsedFile>& files);

}  // namespace boardroom::papers
