// The plain-text reader of the importer: turns the bytes of a .txt file into a Document. Detects the encoding
// (UTF-8, or Windows-1252 / Latin-1 converted to UTF-8 with a warning), strips a byte-order mark, treats form
// feeds as page breaks and CR LF as LF. Knows nothing of papers' structure: that is the recognisers' work.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "papers/document.h"

namespace boardroom::papers {

struct TextReaderOptions {
  size_t max_bytes = 200u * 1024u * 1024u;  // larger input is refused
};

// Reads `bytes` (the whole file) into a Document named `source_name`. Returns kInvalidArgument (field "file")
// when the input is empty or only white space, larger than `options.max_bytes`, or UTF-16/UTF-32 (not
// supported). Non-UTF-8 input is not an error: it is read as Windows-1252 (or Latin-1) and a warning is
// added.
Result<Document> ReadText(std::string_view bytes, std::string source_name,
                          const TextReaderOptions& options = {});

// Reads the file at `path` and calls ReadText. kNotFound when it cannot be opened; the size limit is checked
// before the file is read.
Result<Document> ReadTextFile(const std::string& path, const TextReaderOptions& options = {});

// Lower-case hex SHA-256 of `bytes` (libsodium).
std::string Sha256Hex(std::string_view bytes);

}  // namespace boardroom::papers
