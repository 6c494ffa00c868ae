// The importer's front door for files: looks at the bytes (not the file name) to tell a PDF, a DOCX and plain
// text apart, and hands them to the matching reader (pdf_reader.h, docx_reader.h, text_reader.h). Every
// reader sets the Document's source name and SHA-256. What the text means is for the recognisers, not for
// this module.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "papers/document.h"

namespace boardroom::papers {

// Limits applied to every input, whatever its format.
struct ReaderLimits {
  size_t max_bytes = 200u * 1024u * 1024u;     // a larger file is refused before it is read
  size_t max_xml_bytes = 64u * 1024u * 1024u;  // a DOCX part that inflates past this is refused
};

enum class DocumentFormat {
  kText,
  kPdf,
  kDocx,         // any zip archive; ReadDocx says so when it is not a Word document
  kUnsupported,  // an OLE compound file: a legacy Word .doc or a password-protected Office file
};

// Tells the format from the first bytes: "%PDF-" in the first 1024 bytes, "PK\3\4", an OLE compound file
// (D0 CF 11 E0: legacy .doc or a password-protected .docx), else text.
DocumentFormat SniffFormat(std::string_view bytes);

// Reads `bytes` with the reader for its format; `name` is the file name, used in messages and kept as
// Document::source_name. Returns the reader's error (kInvalidArgument, field "file") for input it cannot
// read, and kInvalidArgument for an unsupported format or input larger than `limits.max_bytes`.
Result<Document> ReadDocumentBytes(std::string name, std::string_view bytes, const ReaderLimits& limits = {});

// Reads the file at `path` and calls ReadDocumentBytes with its file name. kNotFound when the file cannot be
// opened; kInvalidArgument when it is larger than `limits.max_bytes` (checked before reading).
Result<Document> ReadDocumentFile(const std::string& path, const ReaderLimits& limits = {});

}  // namespace boardroom::papers
