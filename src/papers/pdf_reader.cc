#include "papers/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "papers/text_reader.h"

namespace boardroom::papers {
namespace {

// A word box from poppler, in points from the page's top-left corner.
struct Word {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;  // font size; 0 when poppler does not know it
  bool bold = false;
  bool space_after = false;

  double Em() const { return size > 0 ? size : std::max(1.0, y1 - y0); }
};

// A run of words on one line with no column-sized gap inside.
struct Segment {
  double x0 = 0, x1 = 0;
  std::string text;
};

// A line rebuilt from words, before it becomes a Line of the Document.
struct PageLine {
  std::vector<Word> words;  // left to right
  std::vector<Segment> segments;
  double top = 0, bottom = 0;
  double size = 0;
  bool bold = true;

  double Em() const { return size > 0 ? size : std::max(1.0, bottom - top); }
};

// An x-range that holds one column of a table.
struct Band {
  double x0 = 0, x1 = 0;
};

// Words closer than this many ems are part of one column; wider gaps separate columns (and become tabs).
constexpr double kColumnGapEms = 1.2;
// Gaps wider than this many ems between words get a space even when poppler did not mark one.
constexpr double kSpaceGapEms = 0.15;
// Two word boxes whose bottoms differ by less than this share a baseline (as a fraction of the smaller
// height).
constexpr double kBaselineTolerance = 0.4;
// A vertical gap above a line wider than this many ems starts a new table row.
constexpr double kRowGapEms = 0.45;
// A vertical gap wider than this many ems between two lines is a paragraph break (a blank line).
constexpr double kBlankGapEms = 0.7;
// A vertical gap wider than this many ems ends a table.
constexpr double kTableBreakEms = 2.5;

void QuietPopplerErrors(const std::string& /*message*/, void* /*closure*/) {}

void InstallQuietErrorHandler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(&QuietPopplerErrors, nullptr); });
}

bool ContainsFolded(std::string_view haystack, std::string_view needle) {
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != haystack.end();
}

bool IsBoldFontName(std::string_view name) {
  return ContainsFolded(name, "bold") || ContainsFolded(name, "black") || ContainsFolded(name, "heavy") ||
         ContainsFolded(name, "demi");
}

std::vector<Word> ReadWords(const poppler::page& page) {
  std::vector<Word> words;
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  words.reserve(boxes.size());
  for (const poppler::text_box& box : boxes) {
    const poppler::byte_array utf8 = box.text().to_utf8();
    if (utf8.empty()) continue;
    Word w;
    w.text.assign(utf8.data(), utf8.size());
    const poppler::rectf r = box.bbox();
    w.x0 = r.left();
    w.y0 = r.top();
    w.x1 = r.right();
    w.y1 = r.bottom();
    if (box.has_font_info()) {
      w.size = box.get_font_size();
      w.bold = IsBoldFontName(box.get_font_name());
    }
    w.space_after = box.has_space_after();
    words.push_back(std::move(w));
  }
  return words;
}

// Groups words into lines by baseline, each line's words left to right, lines top to bottom.
std::vector<PageLine> GroupLines(std::vector<Word> words) {
  std::sort(words.begin(), words.end(),
            [](const Word& a, const Word& b) { return a.y1 != b.y1 ? a.y1 < b.y1 : a.x0 < b.x0; });
  std::vector<PageLine> lines;
  double ref_bottom = 0;
  double ref_height = 0;
  for (Word& w : words) {
    const double height = std::max(0.5, w.y1 - w.y0);
    if (lines.empty() || w.y1 - ref_bottom > kBaselineTolerance * std::min(height, ref_height)) {
      lines.emplace_back();
      ref_bottom = w.y1;
      ref_height = height;
    }
    lines.back().words.push_back(std::move(w));
  }
  for (PageLine& line : lines) {
    std::sort(line.words.begin(), line.words.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    line.top = line.words.front().y0;
    line.bottom = line.words.front().y1;
    for (const Word& w : line.words) {
      line.top = std::min(line.top, w.y0);
      line.bottom = std::max(line.bottom, w.y1);
      line.size = std::max(line.size, w.size);
      line.bold = line.bold && w.bold;
    }
    const Word* prev = nullptr;
    for (const Word& w : line.words) {
      if (prev == nullptr || w.x0 - prev->x1 > kColumnGapEms * std::max(prev->Em(), w.Em())) {
        line.segments.push_back(Segment{w.x0, w.x1, w.text});
      } else {
        Segment& seg = line.segments.back();
        if (prev->space_after || w.x0 - prev->x1 > kSpaceGapEms * std::max(prev->Em(), w.Em()))
          seg.text += ' ';
        seg.text += w.text;
        seg.x1 = std::max(seg.x1, w.x1);
      }
      prev = &w;
    }
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const PageLine& a, const PageLine& b) { return a.top < b.top; });
  return lines;
}

// Adds the segments of `line` to `bands`, merging bands that the segments join. Bands stay sorted by x.
std::vector<Band> MergeBands(std::vector<Band> bands, const PageLine& line) {
  for (const Segment& s : line.segments) bands.push_back(Band{s.x0, s.x1});
  std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.x0 < b.x0; });
  std::vector<Band> merged;
  for (const Band& b : bands) {
    if (!merged.empty() && b.x0 <= merged.back().x1) {
      merged.back().x1 = std::max(merged.back().x1, b.x1);
    } else {
      merged.push_back(b);
    }
  }
  return merged;
}

// The index of the band that wholly holds [x0, x1] without touching a neighbour's range, or -1.
int BandHolding(const std::vector<Band>& bands, double x0, double x1) {
  for (size_t i = 0; i < bands.size(); ++i) {
    const double lo = i == 0 ? -1e9 : bands[i - 1].x1;
    const double hi = i + 1 == bands.size() ? 1e9 : bands[i + 1].x0;
    if (x0 > lo && x1 < hi && x1 >= bands[i].x0 && x0 <= bands[i].x1) return static_cast<int>(i);
  }
  return -1;
}

int BandOf(const std::vector<Band>& bands, const Segment& s) {
  const double mid = (s.x0 + s.x1) / 2;
  int best = 0;
  double best_distance = 1e18;
  for (size_t i = 0; i < bands.size(); ++i) {
    const double d = mid < bands[i].x0 ? bands[i].x0 - mid : (mid > bands[i].x1 ? mid - bands[i].x1 : 0);
    if (d < best_distance) {
      best_distance = d;
      best = static_cast<int>(i);
    }
  }
  return best;
}

// Builds the rows of cells of lines [begin, end) laid out in `bands`.
std::vector<std::vector<std::string>> BuildRows(const std::vector<PageLine>& lines, size_t begin, size_t end,
                                                const std::vector<Band>& bands) {
  std::vector<std::vector<std::string>> rows;
  for (size_t k = begin; k < end; ++k) {
    const PageLine& line = lines[k];
    std::vector<int> cols;
    for (const Segment& s : line.segments) cols.push_back(BandOf(bands, s));
    const bool first_column = std::find(cols.begin(), cols.end(), 0) != cols.end();
    const bool gap = k > begin && line.top - lines[k - 1].bottom > kRowGapEms * line.Em();
    if (rows.empty() || gap || (first_column && line.segments.size() >= 2)) {
      rows.emplace_back(bands.size());
    }
    std::vector<std::string>& row = rows.back();
    for (size_t i = 0; i < line.segments.size(); ++i) {
      std::string& cell = row[static_cast<size_t>(cols[i])];
      if (!cell.empty()) cell += '\n';
      cell += line.segments[i].text;
    }
  }
  return rows;
}

// Finds word grids among the lines of one page and appends them to `doc` as tables. `index[k]` is the index
// in doc.lines of lines[k], with one more entry for the index after the page's last line.
void FindTables(const std::vector<PageLine>& lines, const std::vector<size_t>& index, int page,
                Document& doc) {
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].segments.size() < 2) {
      ++i;
      continue;
    }
    std::vector<Band> bands = MergeBands({}, lines[i]);
    int multi = 1;
    std::optional<size_t> crossing;  // the first line whose text runs across columns
    size_t k = i + 1;
    for (; k < lines.size(); ++k) {
      const PageLine& line = lines[k];
      if (line.top - lines[k - 1].bottom > kTableBreakEms * line.Em()) break;
      if (line.segments.size() >= 2) {
        // A segment over two columns of the rows above: the rows do not line up into columns.
        for (const Segment& seg : line.segments) {
          int covered = 0;
          for (const Band& b : bands) covered += seg.x0 < b.x1 && seg.x1 > b.x0 ? 1 : 0;
          if (covered >= 2 && multi >= 2 && !crossing) crossing = k;
        }
        std::vector<Band> merged = MergeBands(bands, line);
        if (merged.size() < 2) break;
        bands = std::move(merged);
        ++multi;
      } else {
        const Segment& s = line.segments.front();
        const int b = BandHolding(bands, s.x0, s.x1);
        if (b < 0) break;
        bands[static_cast<size_t>(b)].x0 = std::min(bands[static_cast<size_t>(b)].x0, s.x0);
        bands[static_cast<size_t>(b)].x1 = std::max(bands[static_cast<size_t>(b)].x1, s.x1);
      }
    }
    if (multi >= 2 && bands.size() >= 2) {
      Table table;
      table.page = page;
      table.first_line = index[i];
      table.before_line = index[k];
      table.rows = BuildRows(lines, i, k, bands);
      if (crossing) {
        table.unreadable = "line " + std::to_string(*crossing - i + 1) +
                           " of the table runs across the columns of the lines above it";
      }
      doc.tables.push_back(std::move(table));
    }
    i = k;
  }
}

void AppendPage(std::vector<PageLine> lines, int page, Document& doc) {
  std::vector<size_t> index;  // index.at(k) = doc.lines index of lines[k]; one more entry for the end
  index.reserve(lines.size() + 1);
  for (size_t k = 0; k < lines.size(); ++k) {
    const PageLine& pl = lines[k];
    // A gap wider than ordinary leading between two lines is a paragraph break: a blank line, as in text.
    if (k > 0 && pl.top - lines[k - 1].bottom > kBlankGapEms * std::min(pl.Em(), lines[k - 1].Em())) {
      doc.lines.push_back(Line{"", page, std::nullopt, false});
    }
    index.push_back(doc.lines.size());
    Line line;
    for (size_t i = 0; i < pl.segments.size(); ++i) {
      if (i > 0) line.text += '\t';
      line.text += pl.segments[i].text;
    }
    line.page = page;
    line.position =
        LinePosition{pl.words.front().x0, pl.top, pl.segments.back().x1 - pl.words.front().x0, pl.size};
    line.bold = pl.bold;
    doc.lines.push_back(std::move(line));
  }
  index.push_back(doc.lines.size());
  FindTables(lines, index, page, doc);
}

Error Refuse(const std::string& label, const std::string& what) {
  return Error::InvalidArgument(label + " " + what, "file");
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

Result<Document> ReadPdf(std::string_view bytes, std::string source_name, const PdfReaderOptions& options) {
  const std::string label = source_name.empty() ? std::string("the PDF") : source_name;
  if (bytes.empty()) return Refuse(label, "is empty: it has no text to import");
  if (bytes.size() > options.max_bytes || bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Refuse(label, "is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                             std::to_string(std::min<size_t>(options.max_bytes, INT_MAX)) + " bytes");
  }
  if (!LooksLikePdf(bytes)) return Refuse(label, "is not a PDF (it does not start with %PDF-)");
  InstallQuietErrorHandler();
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) return Refuse(label, "is not a readable PDF: the file is damaged or truncated");
  if (pdf->is_locked()) {
    return Refuse(label, "is password-protected (encrypted); remove the password and import it again");
  }
  const int pages = pdf->pages();
  if (pages <= 0)
    return Refuse(label, "is not a readable PDF: it has no pages (the file is damaged or truncated)");

  Document doc;
  doc.source_name = std::move(source_name);
  doc.sha256 = Sha256Hex(bytes);
  doc.page_count = pages;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (page == nullptr) {
      doc.warnings.push_back("Page " + std::to_string(i + 1) + " could not be read and was skipped.");
      continue;
    }
    std::vector<Word> words = ReadWords(*page);
    if (words.empty()) continue;
    AppendPage(GroupLines(std::move(words)), i + 1, doc);
  }
  if (doc.lines.empty()) return Refuse(label, "has no text layer; scanned PDFs are not supported");
  return doc;
}

}  // namespace boardroom::papers
