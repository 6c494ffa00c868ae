// Fuzz target: the plain-text reader (papers/text_reader.h) on any bytes. Errors are fine; a Document that
// breaks its invariants, a crash or a sanitizer report is not.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/check.h"
#include "papers/text_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto doc = boardroom::papers::ReadText(bytes, "fuzz.txt");
  if (doc.ok()) boardroom::fuzz::CheckDocument(*doc);
  return 0;
}
