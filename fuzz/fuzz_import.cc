// Fuzz target: the importer end to end on any bytes: ReadDocumentBytes sniffs PDF, DOCX or text and reads it,
// ParseDocument runs every recogniser, and the result must serialise to valid import JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/check.h"
#include "papers/parse.h"
#include "papers/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  boardroom::papers::ReaderLimits limits;
  limits.max_xml_bytes = 4u * 1024u * 1024u;
  auto doc = boardroom::papers::ReadDocumentBytes("fuzz", bytes, limits);
  if (!doc.ok()) return 0;
  boardroom::fuzz::CheckDocument(*doc);
  auto parsed = boardroom::papers::ParseDocument(*doc);
  if (parsed.ok()) boardroom::fuzz::CheckImportJson(*parsed);
  return 0;
}
