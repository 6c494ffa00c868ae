#include "papers/reader.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "papers/docx_reader.h"
#include "papers/pdf_reader.h"
#include "papers/text_reader.h"

namespace boardroom::papers {

DocumentFormat SniffFormat(std::string_view bytes) {
  if (LooksLikePdf(bytes)) return DocumentFormat::kPdf;
  if (LooksLikeZip(bytes)) return DocumentFormat::kDocx;
  if (bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4)) return DocumentFormat::kUnsupported;
  return DocumentFormat::kText;
}

Result<Document> ReadDocumentBytes(std::string name, std::string_view bytes, const ReaderLimits& limits) {
  const std::string label = name.empty() ? std::string("the file") : name;
  if (bytes.size() > limits.max_bytes) {
    return Error::InvalidArgument(label + " is " + std::to_string(bytes.size()) +
                                      " bytes, more than the limit of " + std::to_string(limits.max_bytes) +
                                      " bytes",
                                  "file");
  }
  switch (SniffFormat(bytes)) {
    case DocumentFormat::kPdf:
      return ReadPdf(bytes, std::move(name), PdfReaderOptions{limits.max_bytes});
    case DocumentFormat::kDocx:
      return ReadDocx(bytes, std::move(name), DocxReaderOptions{limits.max_bytes, limits.max_xml_bytes});
    case DocumentFormat::kUnsupported:
      return Error::InvalidArgument(
          label +
              " is a legacy Word .doc or a password-protected Office file, which cannot "
              "be imported; save it as an unprotected .docx or PDF",
          "file");
    case DocumentFormat::kText:
      break;
  }
  return ReadText(bytes, std::move(name), TextReaderOptions{limits.max_bytes});
}

Result<Document> ReadDocumentFile(const std::string& path, const ReaderLimits& limits) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Error::NotFound("cannot read " + path + ": " + ec.message());
  std::string name = std::filesystem::path(path).filename().string();
  if (size > limits.max_bytes) {
    return Error::InvalidArgument(name + " is " + std::to_string(size) + " bytes, more than the limit of " +
                                      std::to_string(limits.max_bytes) + " bytes",
                                  "file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::NotFound("cannot open " + path);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return Error::Unavailable("cannot read " + path);
  return ReadDocumentBytes(std::move(name), bytes, limits);
}

}  // namespace boardroom::papers
