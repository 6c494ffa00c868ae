// The DOCX reader of the importer: turns the bytes of a Word (OOXML) document into a Document, using libzip
// to open the package in memory and libxml2 to read word/document.xml, word/numbering.xml and
// word/styles.xml. Paragraphs come out in order as lines, with list numbers written out ("1.2", "b)") the way
// Word shows them, headings marked bold, tables as rows of cells (and their text also as lines), page breaks
// advancing the page. The input is treated as hostile: no network, no DTDs or entities, and a cap on how much
// XML is inflated. It knows nothing of papers' structure: that is the recognisers' work.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "papers/document.h"

namespace boardroom::papers {

struct DocxReaderOptions {
  size_t max_bytes = 200u * 1024u * 1024u;     // a larger file is refused
  size_t max_xml_bytes = 64u * 1024u * 1024u;  // an XML part that inflates past this is refused (zip bombs)
};

// Reads `bytes` (a whole .docx file) into a Document named `source_name` (used in messages).
// Each paragraph is one line (a line break inside a paragraph starts another line), prefixed with its list
// number and a space when it is numbered; w:tab becomes "\t". A heading or title paragraph (by style), or one
// whose text is all bold, is marked bold. A table adds Document::tables (cells' paragraphs joined by "\n")
// and also lines: for each row, the cells' first paragraphs joined by "\t", then their second paragraphs, and
// so on. Explicit page breaks and Word's last rendered page breaks advance `page`. Positions are not known
// (unset). Sets sha256 of `bytes`. Returns kInvalidArgument (field "file"), naming the file and the fault,
// when the input is empty, larger than `options.max_bytes`, not a zip archive, has no word/document.xml, has
// an XML part larger than `options.max_xml_bytes` once inflated, has malformed XML or XML with a DTD, or has
// no text at all. A damaged or missing numbering.xml or styles.xml is not an error: the text is kept without
// numbers or styles and a warning is added.
Result<Document> ReadDocx(std::string_view bytes, std::string source_name,
                          const DocxReaderOptions& options = {});

// True when `bytes` starts like a zip archive ("PK\3\4"), as every .docx does.
bool LooksLikeZip(std::string_view bytes);

}  // namespace boardroom::papers
