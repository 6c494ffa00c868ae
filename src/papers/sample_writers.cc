#include "papers/sample_writers.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#define POINTERHOLDER_TRANSITION 4  // qpdf: use std::shared_ptr, no PointerHolder
#include <zip.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

namespace boardroom::papers::testing {
namespace {

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

constexpr std::string_view kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string Part(std::string_view root, std::string_view inside) {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
  xml += "\n<w:" + std::string(root) + " xmlns:w=\"" + std::string(kWordNs) + "\">";
  xml += inside;
  xml += "</w:" + std::string(root) + ">";
  return xml;
}

struct LayoutFree {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
struct FontFree {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};

std::unique_ptr<PangoLayout, LayoutFree> MakeLayout(cairo_t* cr, double size, bool bold) {
  std::unique_ptr<PangoLayout, LayoutFree> layout(pango_cairo_create_layout(cr));
  std::unique_ptr<PangoFontDescription, FontFree> font(pango_font_description_from_string("DejaVu Sans"));
  pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font.get(), PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout.get(), font.get());
  return layout;
}

}  // namespace

PdfSketch::PdfSketch(double width, double height) {
  surface_ = cairo_pdf_surface_create_for_stream(&AppendBytes, &bytes_, width, height);
  cr_ = cairo_create(surface_);
}

PdfSketch::~PdfSketch() {
  if (cr_ != nullptr) cairo_destroy(cr_);
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

void PdfSketch::Text(double x, double y, std::string_view text, double size, bool bold) {
  auto layout = MakeLayout(cr_, size, bold);
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout.get());
}

void PdfSketch::Rule(double x0, double y0, double x1, double y1) {
  cairo_set_line_width(cr_, 0.5);
  cairo_move_to(cr_, x0, y0);
  cairo_line_to(cr_, x1, y1);
  cairo_stroke(cr_);
}

void PdfSketch::NewPage() {
  cairo_show_page(cr_);
}

std::string PdfSketch::Finish() {
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  cairo_surface_destroy(surface_);
  surface_ = nullptr;
  return std::move(bytes_);
}

std::string EncryptPdf(std::string_view pdf, const std::string& user_password) {
  QPDF qpdf;
  qpdf.processMemoryFile("sketch.pdf", pdf.data(), pdf.size());
  QPDFWriter writer(qpdf);
  writer.setOutputMemory();
  writer.setR6EncryptionParameters(user_password.c_str(), "owner-secret", true, true, true, true, true, true,
                                   qpdf_r3p_full, true);
  writer.write();
  std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (memory == nullptr) throw std::runtime_error("zip_source_buffer_create failed");
  zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source failed");
  zip_source_keep(memory);
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(archive) < 0) throw std::runtime_error("zip_close failed");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(memory, &stat) < 0 || zip_source_open(memory) < 0)
    throw std::runtime_error("zip read failed");
  std::string out(stat.size, '\0');
  const zip_int64_t n = zip_source_read(memory, out.data(), out.size());
  zip_source_close(memory);
  zip_source_free(memory);
  zip_error_fini(&error);
  if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size) throw std::runtime_error("zip read failed");
  return out;
}

std::string MakeDocx(std::string_view body_xml, std::string_view numbering_xml, std::string_view styles_xml) {
  std::vector<std::pair<std::string, std::string>> entries;
  entries.emplace_back(
      "[Content_Types].xml",
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/)"
      R"(package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>)"
      R"(</Types>)");
  entries.emplace_back("word/document.xml",
                       Part("document", "<w:body>" + std::string(body_xml) + "</w:body>"));
  if (!numbering_xml.empty()) entries.emplace_back("word/numbering.xml", Part("numbering", numbering_xml));
  if (!styles_xml.empty()) entries.emplace_back("word/styles.xml", Part("styles", styles_xml));
  return MakeZip(entries);
}

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::string RenderTextAsDocx(std::string_view text) {
  std::string body;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    body += "<w:p>";
    size_t from = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i < line.size() && line[i] != '\t' && line[i] != '\f') continue;
      if (i > from)
        body += "<w:r><w:t xml:space=\"preserve\">" + EscapeXml(line.substr(from, i - from)) + "</w:t></w:r>";
      if (i < line.size())
        body += line[i] == '\t' ? "<w:r><w:tab/></w:r>" : "<w:r><w:br w:type=\"page\"/></w:r>";
      from = i + 1;
    }
    body += "</w:p>";
    if (end == text.size()) break;
    start = end + 1;
  }
  return MakeDocx(body);
}

std::string RenderTextAsPdf(std::string_view text) {
  constexpr double kWidth = 595.28, kHeight = 841.89, kMargin = 56.7, kSize = 10;
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(&AppendBytes, &bytes, kWidth, kHeight);
  cairo_t* cr = cairo_create(surface);
  auto layout = MakeLayout(cr, kSize, false);
  pango_layout_set_width(layout.get(), static_cast<int>((kWidth - 2 * kMargin) * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  const double blank = kSize * 1.2;
  double y = kMargin;
  const auto new_page = [&] {
    cairo_show_page(cr);
    y = kMargin;
  };
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    for (;;) {
      const size_t ff = line.find('\f');
      const std::string_view piece = line.substr(0, ff);
      if (piece.find_first_not_of(" \t") == std::string_view::npos) {
        if (ff == std::string_view::npos) y += blank;
      } else {
        pango_layout_set_text(layout.get(), piece.data(), static_cast<int>(piece.size()));
        PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
        do {
          PangoLayoutLine* layout_line = pango_layout_iter_get_line_readonly(iter);
          PangoRectangle logical;
          pango_layout_line_get_extents(layout_line, nullptr, &logical);
          const double height = static_cast<double>(logical.height) / PANGO_SCALE;
          if (y + height > kHeight - kMargin) new_page();
          cairo_move_to(cr, kMargin, y - static_cast<double>(logical.y) / PANGO_SCALE);
          pango_cairo_show_layout_line(cr, layout_line);
          y += height;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
      }
      if (ff == std::string_view::npos) break;
      new_page();
      line.remove_prefix(ff + 1);
    }
    if (y > kHeight - kMargin) new_page();
    if (end == text.size()) break;
    start = end + 1;
  }
  layout.reset();
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return bytes;
}

}  // namespace boardroom::papers::testing
