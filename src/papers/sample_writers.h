// Test-only writers of PDF and DOCX files, so that the readers' tests and the import-format tests build their
// inputs in the test itself instead of keeping binary fixtures: PDFs drawn with pango/cairo (text at chosen
// places, ruled lines, pages), PDFs encrypted with qpdf, zip archives and minimal .docx packages made with
// libzip, and a plain-text sample paper rendered as a DOCX or an A4 PDF. Not linked into the product.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace boardroom::papers::testing {

// A PDF drawn page by page. Coordinates are points from the page's top-left corner.
class PdfSketch {
 public:
  // Starts a document of pages `width` × `height` points (A4 by default).
  explicit PdfSketch(double width = 595.28, double height = 841.89);
  ~PdfSketch();
  PdfSketch(const PdfSketch&) = delete;
  PdfSketch& operator=(const PdfSketch&) = delete;

  // Draws `text` (one line, UTF-8) in DejaVu Sans at `size` points, the top of its line box at (x, y).
  void Text(double x, double y, std::string_view text, double size = 11, bool bold = false);
  // Draws a 0.5 pt line from (x0, y0) to (x1, y1).
  void Rule(double x0, double y0, double x1, double y1);
  // Ends the current page and starts another.
  void NewPage();
  // Ends the document and returns the bytes of the PDF. REQUIRES: called once; nothing is drawn afterwards.
  std::string Finish();

 private:
  std::string bytes_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
};

// The PDF `pdf` encrypted with AES-256 (R6) so that it needs `user_password` to open.
std::string EncryptPdf(std::string_view pdf, const std::string& user_password);

// A deflated zip archive, in memory, holding `entries` (name, content) in order.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries);

// A minimal .docx package: `body_xml` is the inside of w:body; `numbering_xml` and `styles_xml`, when not
// empty, are the inside of w:numbering and w:styles. The w: prefix is bound to the WordprocessingML namespace
// in every part.
std::string MakeDocx(std::string_view body_xml, std::string_view numbering_xml = {},
                     std::string_view styles_xml = {});

// `text` with &, <, > and " escaped for XML, and characters XML 1.0 cannot hold dropped.
std::string EscapeXml(std::string_view text);

// A plain-text sample paper as a .docx: each line one paragraph (tabs as w:tab), a form feed a page break.
std::string RenderTextAsDocx(std::string_view text);

// A plain-text sample paper as an A4 PDF set in 10 pt DejaVu Sans with 2 cm margins: each line wrapped to the
// text width, a blank line a blank line, a form feed a new page; pages also break when full.
std::string RenderTextAsPdf(std::string_view text);

}  // namespace boardroom::papers::testing
