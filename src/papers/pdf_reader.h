// The PDF reader of the importer: turns the bytes of a PDF with a text layer into a Document, using
// poppler-cpp's word boxes. It rebuilds lines from word positions (words on one baseline, left to right, a
// space for a small gap and a tab for a column-sized gap), puts a blank line where the gap between two lines
// is wider than ordinary leading (0.7 em: a paragraph break, as in text), keeps each line's position and font
// size, marks
// lines set in a bold font, and finds tables where words line up in columns over several lines. It knows
// nothing of papers' structure: that is the recognisers' work. Scanned PDFs (no text layer) and
// password-protected PDFs are refused, not guessed at.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "papers/document.h"

namespace boardroom::papers {

struct PdfReaderOptions {
  size_t max_bytes = 200u * 1024u * 1024u;  // larger input is refused
};

// Reads `bytes` (a whole PDF file) into a Document named `source_name` (used in messages), one page after
// another. Sets every line's position (points from the page's top-left corner) and font size, `bold` when
// every word of the line is in a bold font, Document::tables for word grids, and sha256 of `bytes`. Returns
// kInvalidArgument (field "file"), naming the file and the fault, when the input is empty, larger than
// `options.max_bytes`, not a PDF, damaged beyond what poppler can repair, password-protected, or has no text
// at all
// ("no text layer; scanned PDFs are not supported"). Poppler's own diagnostics are silenced, never printed.
// Thread-safe: poppler documents are not shared between calls.
Result<Document> ReadPdf(std::string_view bytes, std::string source_name,
                         const PdfReaderOptions& options = {});

// True when `bytes` starts like a PDF: "%PDF-" within the first 1024 bytes, as the PDF standard allows.
bool LooksLikePdf(std::string_view bytes);

}  // namespace boardroom::papers
