// The Document model of the importer: what every reader (plain text, PDF, DOCX) produces and every recogniser
// reads. A Document is pages of lines in reading order, each line with its page number and, when the reader
// knows them, its position and font size; a reader that finds a real table (DOCX, a tagged PDF) may add it as
// rows of cells. Readers fill it; recognisers only read it. Nothing here parses meaning: no dates, headings
// or numbering.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace boardroom::papers {

// Where a line sits on its page, in points from the top-left corner. Present only for readers that know it
// (PDF).
struct LinePosition {
  double x = 0;
  double y = 0;
  double width = 0;
  double font_size = 0;  // 0 when unknown
};

// One line of text as extracted. `text` is valid UTF-8 without the line break; it may be empty (a blank
// line).
struct Line {
  std::string text;
  int page = 1;                          // 1-based page number
  std::optional<LinePosition> position;  // set by readers that know the layout
  bool bold = false;                     // set by readers that know the font (DOCX, PDF); false when unknown
};

// A table as the reader found it: rows of cells, each cell's text with its line breaks as "\n".
struct Table {
  int page = 1;                                // page on which the table starts
  size_t before_line = 0;                      // index into Document::lines of the first line after the table
  std::vector<std::vector<std::string>> rows;  // rows of cells; rows may have different numbers of cells
  size_t first_line = 0;                       // index into Document::lines of the table's first line
  // Set when the reader found a table but could not rebuild its rows and columns (a PDF row whose text runs
  // across the columns of the rows above, a DOCX merged cell that maps to no column): why, for a person.
  // `rows` is then the reader's best effort and recognisers should not trust its columns.
  std::optional<std::string> unreadable;
};

// A file's text as pages of lines. Lines are in reading order across the whole file; `page` numbers never
// decrease.
struct Document {
  std::string source_name;    // the file name as given to the reader (for messages), may be empty
  std::string sha256;         // lower-case hex SHA-256 of the original bytes, set by the reader
  int page_count = 0;         // number of pages (at least 1 for a non-empty document)
  std::vector<Line> lines;    // every line of every page, in order
  std::vector<Table> tables;  // real tables, when the reader has them; empty for plain text
  std::vector<std::string>
      warnings;  // what the reader had to repair ("converted from Windows-1252"), for a person
};

}  // namespace boardroom::papers
