// Fuzz target: the PDF reader (papers/pdf_reader.h, poppler-cpp underneath) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/check.h"
#include "papers/pdf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto doc = boardroom::papers::ReadPdf(bytes, "fuzz.pdf");
  if (doc.ok()) boardroom::fuzz::CheckDocument(*doc);
  return 0;
}
