// Fuzz target: text papers through the parser and the JSON serialiser. The input is read as a text paper and
// parsed twice, the second time with the first parse's papers as known papers (the duplicate matcher); both
// results must serialise to valid import JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/check.h"
#include "papers/parse.h"
#include "papers/text_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto doc = boardroom::papers::ReadText(bytes, "fuzz.txt");
  if (!doc.ok()) return 0;
  auto parsed = boardroom::papers::ParseDocument(*doc);
  if (!parsed.ok()) return 0;
  boardroom::fuzz::CheckImportJson(*parsed);
  boardroom::papers::ParseOptions again;
  again.known = boardroom::papers::KnownPapersOf(*parsed);
  auto second = boardroom::papers::ParseDocument(*doc, again);
  boardroom::fuzz::Require(second.ok(), "a document that parsed once parses again");
  boardroom::fuzz::CheckImportJson(*second);
  return 0;
}
