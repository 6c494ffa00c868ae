// Fuzz target: the DOCX reader (papers/docx_reader.h, libzip and libxml2 underneath) on any bytes, with a
// small XML cap so that inflating parts stays cheap.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/check.h"
#include "papers/docx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  boardroom::papers::DocxReaderOptions options;
  options.max_xml_bytes = 4u * 1024u * 1024u;
  auto doc = boardroom::papers::ReadDocx(bytes, "fuzz.docx", options);
  if (doc.ok()) boardroom::fuzz::CheckDocument(*doc);
  return 0;
}
