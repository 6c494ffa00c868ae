#include "papers/docx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "papers/text_reader.h"

namespace boardroom::papers {
namespace {

constexpr std::string_view kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kStrictWordNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr int kMaxLevels = 9;

Error Refuse(const std::string& label, const std::string& what) {
  return Error::InvalidArgument(label + " " + what, "file");
}

// ---- zip
// ------------------------------------------------------------------------------------------------------

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

struct ZipFileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

Result<ZipPtr> OpenZip(std::string_view bytes, const std::string& label) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Error::Internal("cannot open " + label + " in memory");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Refuse(label, "is not a readable DOCX: the zip archive is damaged (" + why + ")");
  }
  zip_error_fini(&error);
  return ZipPtr(archive);
}

// Reads the entry `name`, or nullopt when the archive has none. Refuses entries that inflate past `cap`
// bytes.
Result<std::optional<std::string>> ReadEntry(zip_t* archive, const char* name, size_t cap,
                                             const std::string& label) {
  const zip_int64_t index = zip_name_locate(archive, name, 0);
  if (index < 0) return std::optional<std::string>();
  const auto too_big = [&] {
    return Refuse(label, "is refused: its part " + std::string(name) + " inflates to more than " +
                             std::to_string(cap) + " bytes (a zip bomb or an oversized document)");
  };
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
      (stat.valid & ZIP_STAT_SIZE) && stat.size > cap) {
    return too_big();
  }
  std::unique_ptr<zip_file_t, ZipFileClose> file(
      zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (file == nullptr) {
    return Refuse(label, "is not a readable DOCX: its part " + std::string(name) + " cannot be opened (" +
                             zip_strerror(archive) + ")");
  }
  std::string out;
  std::array<char, 64 * 1024> buffer;
  for (;;) {
    const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
    if (n < 0) {
      return Refuse(label, "is not a readable DOCX: its part " + std::string(name) + " is damaged (" +
                               zip_file_strerror(file.get()) + ")");
    }
    if (n == 0) break;
    if (out.size() + static_cast<size_t>(n) > cap) return too_big();
    out.append(buffer.data(), static_cast<size_t>(n));
  }
  return std::optional<std::string>(std::move(out));
}

// ---- XML
// ------------------------------------------------------------------------------------------------------

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

struct XmlCtxtFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

// Parses one XML part. No network, no DTD loading, no entity substitution; a document that declares a DTD at
// all is refused, since Word never writes one and entity tricks ("billion laughs", external entities) need
// one.
Result<XmlDocPtr> ParseXml(const std::string& xml, const std::string& part, const std::string& label) {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  if (xml.find("<!DOCTYPE") != std::string::npos || xml.find("<!ENTITY") != std::string::npos) {
    return Refuse(label,
                  "is refused: its part " + part + " declares a DTD or entities, which Word never writes");
  }
  if (xml.size() > static_cast<size_t>(INT_MAX))
    return Refuse(label, "is refused: its part " + part + " is too large");
  std::unique_ptr<xmlParserCtxt, XmlCtxtFree> ctxt(xmlNewParserCtxt());
  if (ctxt == nullptr) return Error::Internal("cannot allocate an XML parser");
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), part.c_str(), nullptr,
                                  options));
  if (doc == nullptr) {
    std::string why = "not well-formed";
    const xmlError* error = xmlCtxtGetLastError(ctxt.get());
    if (error != nullptr && error->message != nullptr) {
      why = error->message;
      while (!why.empty() && std::isspace(static_cast<unsigned char>(why.back()))) why.pop_back();
      why += " at line " + std::to_string(error->line);
    }
    return Refuse(label, "is not a readable DOCX: its part " + part + " is malformed XML (" + why + ")");
  }
  if (doc->intSubset != nullptr || doc->extSubset != nullptr) {
    return Refuse(label, "is refused: its part " + part + " declares a DTD, which Word never writes");
  }
  if (xmlDocGetRootElement(doc.get()) == nullptr) {
    return Refuse(label, "is not a readable DOCX: its part " + part + " has no root element");
  }
  return doc;
}

bool IsWordNs(const xmlNs* ns) {
  if (ns == nullptr || ns->href == nullptr) return false;
  const std::string_view href(reinterpret_cast<const char*>(ns->href));
  return href == kWordNs || href == kStrictWordNs;
}

// True when `node` is the element w:<name>.
bool IsW(const xmlNode* node, std::string_view name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && IsWordNs(node->ns) &&
         std::string_view(reinterpret_cast<const char*>(node->name)) == name;
}

// The first child element w:<name> of `node`, or nullptr.
const xmlNode* Child(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (IsW(c, name)) return c;
  }
  return nullptr;
}

// The value of attribute w:<name> (or an unqualified <name>) of `node`, or nullopt.
std::optional<std::string> Attr(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return std::nullopt;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (std::string_view(reinterpret_cast<const char*>(a->name)) != name) continue;
    if (a->ns != nullptr && !IsWordNs(a->ns)) continue;
    std::string value;
    for (const xmlNode* t = a->children; t != nullptr; t = t->next) {
      if (t->type == XML_TEXT_NODE && t->content != nullptr)
        value += reinterpret_cast<const char*>(t->content);
    }
    return value;
  }
  return std::nullopt;
}

std::optional<int> IntAttr(const xmlNode* node, std::string_view name) {
  const std::optional<std::string> v = Attr(node, name);
  if (!v || v->empty() || v->size() > 9) return std::nullopt;
  int n = 0;
  bool negative = false;
  for (size_t i = 0; i < v->size(); ++i) {
    const char c = (*v)[i];
    if (i == 0 && c == '-') {
      negative = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return negative ? -n : n;
}

// True when an on/off property element (w:b, w:pageBreakBefore) is present and not switched off.
bool OnOff(const xmlNode* element) {
  if (element == nullptr) return false;
  const std::optional<std::string> v = Attr(element, "val");
  return !v || !(*v == "0" || *v == "false" || *v == "off");
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// ---- styles
// ---------------------------------------------------------------------------------------------------

struct NumRef {
  int num_id = 0;
  int level = 0;
};

struct Style {
  std::string name;  // lower case
  std::string based_on;
  bool bold = false;
  std::optional<NumRef> num;
};

struct Styles {
  std::map<std::string, Style> by_id;

  // Follows w:basedOn from `id` (at most a few steps) and returns the first style for which `pick` is true.
  template <typename Pick>
  const Style* Find(const std::string& id, Pick pick) const {
    std::string current = id;
    for (int depth = 0; depth < 10 && !current.empty(); ++depth) {
      auto it = by_id.find(current);
      if (it == by_id.end()) return nullptr;
      if (pick(it->second)) return &it->second;
      current = it->second.based_on;
    }
    return nullptr;
  }

  bool IsHeading(const std::string& id) const {
    const auto heading_name = [](const std::string& n) { return n.rfind("heading", 0) == 0 || n == "title"; };
    if (heading_name(Lower(id))) return true;
    return Find(id, [&](const Style& s) { return heading_name(s.name); }) != nullptr;
  }
  bool IsBold(const std::string& id) const {
    return Find(id, [](const Style& s) { return s.bold; }) != nullptr;
  }
  std::optional<NumRef> Numbering(const std::string& id) const {
    const Style* s = Find(id, [](const Style& st) { return st.num.has_value(); });
    return s != nullptr ? s->num : std::nullopt;
  }
};

std::optional<NumRef> ReadNumPr(const xmlNode* ppr) {
  const xmlNode* num_pr = Child(ppr, "numPr");
  if (num_pr == nullptr) return std::nullopt;
  NumRef ref;
  ref.num_id = IntAttr(Child(num_pr, "numId"), "val").value_or(0);
  ref.level = IntAttr(Child(num_pr, "ilvl"), "val").value_or(0);
  if (ref.level < 0 || ref.level >= kMaxLevels) ref.level = 0;
  return ref;
}

Styles ReadStyles(const xmlNode* root) {
  Styles styles;
  for (const xmlNode* s = root->children; s != nullptr; s = s->next) {
    if (!IsW(s, "style")) continue;
    const std::optional<std::string> id = Attr(s, "styleId");
    if (!id) continue;
    Style style;
    style.name = Lower(Attr(Child(s, "name"), "val").value_or(""));
    style.based_on = Attr(Child(s, "basedOn"), "val").value_or("");
    style.bold = OnOff(Child(Child(s, "rPr"), "b"));
    style.num = ReadNumPr(Child(s, "pPr"));
    styles.by_id[*id] = std::move(style);
  }
  return styles;
}

// ---- numbering
// ------------------------------------------------------------------------------------------------

struct Level {
  int start = 1;
  std::string format = "decimal";
  std::string text;
  std::string suffix = "tab";
  bool legal = false;  // w:isLgl: show every level in decimal
};

struct Numbering {
  std::map<int, std::array<Level, kMaxLevels>> abstracts;
  std::map<int, int> num_to_abstract;
  std::map<int, std::map<int, int>> start_overrides;  // numId -> level -> start
  std::map<int, std::array<int, kMaxLevels>>
      counters;  // abstractNumId -> current value per level (0 = unset)
  std::set<int> overrides_applied;
  std::set<std::string> unknown_formats;
};

Level ReadLevel(const xmlNode* lvl) {
  Level level;
  level.start = IntAttr(Child(lvl, "start"), "val").value_or(1);
  level.format = Attr(Child(lvl, "numFmt"), "val").value_or("decimal");
  level.text = Attr(Child(lvl, "lvlText"), "val").value_or("");
  level.suffix = Attr(Child(lvl, "suff"), "val").value_or("tab");
  level.legal = OnOff(Child(lvl, "isLgl"));
  return level;
}

Numbering ReadNumbering(const xmlNode* root) {
  Numbering numbering;
  for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
    if (IsW(n, "abstractNum")) {
      const std::optional<int> id = IntAttr(n, "abstractNumId");
      if (!id) continue;
      std::array<Level, kMaxLevels> levels;
      for (int i = 0; i < kMaxLevels; ++i)
        levels[static_cast<size_t>(i)].text = "%" + std::to_string(i + 1) + ".";
      for (const xmlNode* l = n->children; l != nullptr; l = l->next) {
        if (!IsW(l, "lvl")) continue;
        const int ilvl = IntAttr(l, "ilvl").value_or(-1);
        if (ilvl >= 0 && ilvl < kMaxLevels) levels[static_cast<size_t>(ilvl)] = ReadLevel(l);
      }
      numbering.abstracts[*id] = levels;
    } else if (IsW(n, "num")) {
      const std::optional<int> id = IntAttr(n, "numId");
      const std::optional<int> abstract = IntAttr(Child(n, "abstractNumId"), "val");
      if (!id || !abstract) continue;
      numbering.num_to_abstract[*id] = *abstract;
      for (const xmlNode* o = n->children; o != nullptr; o = o->next) {
        if (!IsW(o, "lvlOverride")) continue;
        const int ilvl = IntAttr(o, "ilvl").value_or(-1);
        const std::optional<int> start = IntAttr(Child(o, "startOverride"), "val");
        if (ilvl >= 0 && ilvl < kMaxLevels && start) numbering.start_overrides[*id][ilvl] = *start;
      }
    }
  }
  return numbering;
}

std::string Letters(int n, bool upper) {
  // Word's letter numbering: a..z, then aa..zz, aaa..zzz.
  if (n <= 0) return std::to_string(n);
  const int repeat = (n - 1) / 26 + 1;
  const char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<size_t>(std::min(repeat, 50)), c);
}

std::string Roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static constexpr std::array<std::pair<int, const char*>, 13> kParts = {{{1000, "m"},
                                                                          {900, "cm"},
                                                                          {500, "d"},
                                                                          {400, "cd"},
                                                                          {100, "c"},
                                                                          {90, "xc"},
                                                                          {50, "l"},
                                                                          {40, "xl"},
                                                                          {10, "x"},
                                                                          {9, "ix"},
                                                                          {5, "v"},
                                                                          {4, "iv"},
                                                                          {1, "i"}}};
  std::string out;
  for (const auto& [value, letters] : kParts) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string FormatNumber(int n, const std::string& format, Numbering& numbering) {
  if (format == "decimal") return std::to_string(n);
  if (format == "decimalZero") return (n < 10 && n >= 0 ? "0" : "") + std::to_string(n);
  if (format == "lowerLetter") return Letters(n, false);
  if (format == "upperLetter") return Letters(n, true);
  if (format == "lowerRoman") return Roman(n, false);
  if (format == "upperRoman") return Roman(n, true);
  if (format == "none") return "";
  numbering.unknown_formats.insert(format);
  return std::to_string(n);
}

// Advances the list counters for a paragraph numbered `ref` and returns its visible number ("2.1", "b)",
// "•"), or "" when the paragraph is not numbered.
std::string NextNumber(const NumRef& ref, Numbering& numbering) {
  if (ref.num_id == 0) return "";
  const auto abstract_it = numbering.num_to_abstract.find(ref.num_id);
  if (abstract_it == numbering.num_to_abstract.end()) return "";
  const auto levels_it = numbering.abstracts.find(abstract_it->second);
  if (levels_it == numbering.abstracts.end()) return "";
  const std::array<Level, kMaxLevels>& levels = levels_it->second;
  std::array<int, kMaxLevels>& counters = numbering.counters[abstract_it->second];

  const size_t level = static_cast<size_t>(ref.level);
  if (numbering.overrides_applied.insert(ref.num_id).second) {
    auto overrides = numbering.start_overrides.find(ref.num_id);
    if (overrides != numbering.start_overrides.end()) {
      for (const auto& [ilvl, start] : overrides->second) counters[static_cast<size_t>(ilvl)] = start - 1;
    }
  }
  counters[level] = counters[level] == 0 ? levels[level].start : counters[level] + 1;
  for (size_t deeper = level + 1; deeper < kMaxLevels; ++deeper) counters[deeper] = 0;

  const Level& current = levels[level];
  if (current.format == "bullet") return "\u2022";
  std::string out;
  const std::string& pattern = current.text;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const size_t which = static_cast<size_t>(pattern[i + 1] - '1');
      const int value = counters[which] == 0 ? levels[which].start : counters[which];
      out += FormatNumber(value, current.legal ? std::string("decimal") : levels[which].format, numbering);
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

// ---- the body
// -------------------------------------------------------------------------------------------------

// The lines of one paragraph as read: a line break inside it starts another line.
struct ParagraphLines {
  std::vector<std::string> lines{std::string()};
  std::vector<int> pages;  // page of each line
  bool bold = false;
};

class BodyWalker {
 public:
  BodyWalker(Document& doc, const Styles& styles, Numbering& numbering)
      : doc_(doc), styles_(styles), numbering_(numbering) {}

  // Emits the lines and tables of a body-like container (w:body, w:sdtContent).
  void WalkBlocks(const xmlNode* container) {
    for (const xmlNode* c = container->children; c != nullptr; c = c->next) {
      if (IsW(c, "p")) {
        ParagraphLines para = ReadParagraph(c);
        for (size_t i = 0; i < para.lines.size(); ++i) {
          doc_.lines.push_back(Line{std::move(para.lines[i]), para.pages[i], std::nullopt, para.bold});
        }
      } else if (IsW(c, "tbl")) {
        EmitTable(c);
      } else if (IsW(c, "sdt")) {
        if (const xmlNode* content = Child(c, "sdtContent")) WalkBlocks(content);
      } else if (IsW(c, "customXml") || IsW(c, "ins")) {
        WalkBlocks(c);
      }
    }
  }

  int page() const { return page_; }

 private:
  // A page break written in the document (w:br w:type="page", w:pageBreakBefore, a section break).
  void ExplicitBreak() {
    ++page_;
    break_pending_text_ = true;
  }
  // Where Word last laid out a new page; ignored when it repeats an explicit break with no text between them.
  void RenderedBreak() {
    if (!break_pending_text_) ++page_;
    break_pending_text_ = true;
  }

  ParagraphLines ReadParagraph(const xmlNode* p) {
    const xmlNode* ppr = Child(p, "pPr");
    const std::string style = Attr(Child(ppr, "pStyle"), "val").value_or("");
    if (OnOff(Child(ppr, "pageBreakBefore"))) ExplicitBreak();
    std::optional<NumRef> num = ReadNumPr(ppr);
    if (!num && !style.empty()) num = styles_.Numbering(style);

    ParagraphLines para;
    para.pages.push_back(page_);
    std::string number = num ? NextNumber(*num, numbering_) : std::string();
    if (!number.empty()) para.lines.back() = number + " ";
    runs_with_text_ = 0;
    bold_runs_ = 0;
    style_bold_ = !style.empty() && styles_.IsBold(style);
    ReadInline(p, para);
    para.bold = (!style.empty() && styles_.IsHeading(style)) ||
                (runs_with_text_ > 0 && bold_runs_ == runs_with_text_);
    const xmlNode* sect = Child(ppr, "sectPr");
    if (sect != nullptr && Attr(Child(sect, "type"), "val").value_or("nextPage") != "continuous")
      ExplicitBreak();
    return para;
  }

  void NewLine(ParagraphLines& para) {
    para.lines.emplace_back();
    para.pages.push_back(page_);
  }

  void AddText(ParagraphLines& para, std::string_view text) {
    if (text.empty()) return;
    if (para.pages.back() != page_) {
      // A page break inside the paragraph: the text after it is a new line on the new page.
      if (para.lines.back().empty()) {
        para.pages.back() = page_;
      } else {
        NewLine(para);
      }
    }
    para.lines.back().append(text);
    break_pending_text_ = false;
  }

  void ReadRun(const xmlNode* r, ParagraphLines& para) {
    const xmlNode* bold = Child(Child(r, "rPr"), "b");
    const bool run_bold = bold != nullptr ? OnOff(bold) : style_bold_;
    bool has_text = false;
    for (const xmlNode* c = r->children; c != nullptr; c = c->next) {
      if (IsW(c, "t")) {
        for (const xmlNode* t = c->children; t != nullptr; t = t->next) {
          if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content != nullptr) {
            std::string_view text(reinterpret_cast<const char*>(t->content));
            has_text = has_text || text.find_first_not_of(" \t\r\n") != std::string_view::npos;
            AddText(para, text);
          }
        }
      } else if (IsW(c, "tab") || IsW(c, "ptab")) {
        AddText(para, "\t");
      } else if (IsW(c, "br")) {
        if (Attr(c, "type").value_or("") == "page") {
          ExplicitBreak();
        } else {
          NewLine(para);
        }
      } else if (IsW(c, "cr")) {
        NewLine(para);
      } else if (IsW(c, "noBreakHyphen")) {
        AddText(para, "-");
      } else if (IsW(c, "lastRenderedPageBreak")) {
        RenderedBreak();
      }
    }
    if (has_text) {
      ++runs_with_text_;
      if (run_bold) ++bold_runs_;
    }
  }

  void ReadInline(const xmlNode* node, ParagraphLines& para) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (IsW(c, "r")) {
        ReadRun(c, para);
      } else if (IsW(c, "hyperlink") || IsW(c, "ins") || IsW(c, "smartTag") || IsW(c, "customXml") ||
                 IsW(c, "fldSimple") || IsW(c, "moveTo") || IsW(c, "dir") || IsW(c, "bdo")) {
        ReadInline(c, para);
      } else if (IsW(c, "sdt")) {
        if (const xmlNode* content = Child(c, "sdtContent")) ReadInline(content, para);
      }
    }
  }

  // The lines of a table cell: its paragraphs' lines, and a nested table's rows as tab-separated lines.
  std::vector<std::string> ReadCell(const xmlNode* tc) {
    std::vector<std::string> lines;
    for (const xmlNode* c = tc->children; c != nullptr; c = c->next) {
      if (IsW(c, "p")) {
        ParagraphLines para = ReadParagraph(c);
        for (std::string& l : para.lines) lines.push_back(std::move(l));
      } else if (IsW(c, "tbl")) {
        for (const auto& row : ReadTable(c)) {
          for (std::string& l : RowLines(row)) lines.push_back(std::move(l));
        }
      } else if (IsW(c, "sdt")) {
        if (const xmlNode* content = Child(c, "sdtContent")) {
          for (std::string& l : ReadCell(content)) lines.push_back(std::move(l));
        }
      }
    }
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
  }

  // Rows of cells, each cell as its lines.
  std::vector<std::vector<std::vector<std::string>>> ReadTable(const xmlNode* tbl) {
    std::vector<std::vector<std::vector<std::string>>> rows;
    for (const xmlNode* tr = tbl->children; tr != nullptr; tr = tr->next) {
      if (!IsW(tr, "tr")) continue;
      std::vector<std::vector<std::string>> cells;
      for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
        if (IsW(tc, "tc")) {
          cells.push_back(ReadCell(tc));
        } else if (IsW(tc, "sdt")) {
          if (const xmlNode* content = Child(tc, "sdtContent")) {
            for (const xmlNode* inner = content->children; inner != nullptr; inner = inner->next) {
              if (IsW(inner, "tc")) cells.push_back(ReadCell(inner));
            }
          }
        }
      }
      rows.push_back(std::move(cells));
    }
    return rows;
  }

  // A row as lines: the cells' first lines joined by tabs, then their second lines, and so on.
  static std::vector<std::string> RowLines(const std::vector<std::vector<std::string>>& cells) {
    size_t depth = 0;
    for (const auto& cell : cells) depth = std::max(depth, cell.size());
    std::vector<std::string> out;
    for (size_t k = 0; k < depth; ++k) {
      std::string line;
      for (size_t c = 0; c < cells.size(); ++c) {
        if (c > 0) line += '\t';
        if (k < cells[c].size()) line += cells[c][k];
      }
      while (!line.empty() && line.back() == '\t') line.pop_back();
      out.push_back(std::move(line));
    }
    return out;
  }

  static constexpr size_t kMaxTableColumns = 256;

  // The rows of `tbl` laid out on the table's grid: a cell spanning columns (w:gridSpan) fills its first
  // column and leaves the others empty, a cell continuing a vertical merge (w:vMerge) takes the text of the
  // cell that starts the merge. `*problem` says why the grid cannot be rebuilt: a row wider than the grid, a
  // merge that continues nothing above it.
  std::vector<std::vector<std::string>> GridRows(
      const xmlNode* tbl, const std::vector<std::vector<std::vector<std::string>>>& cells,
      std::optional<std::string>* problem) {
    size_t columns = 0;
    if (const xmlNode* grid = Child(tbl, "tblGrid")) {
      for (const xmlNode* g = grid->children; g != nullptr; g = g->next) columns += IsW(g, "gridCol") ? 1 : 0;
    }
    if (columns > kMaxTableColumns) {
      *problem = "its grid has " + std::to_string(columns) + " columns";
      columns = 0;  // rows are then not padded to the grid
    }
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> merging;  // per grid column: a vertical merge is open there
    size_t r = 0;
    for (const xmlNode* tr = tbl->children; tr != nullptr; tr = tr->next) {
      if (!IsW(tr, "tr")) continue;
      std::vector<std::string> row;
      if (const xmlNode* trpr = Child(tr, "trPr")) {
        const int before = IntAttr(Child(trpr, "gridBefore"), "val").value_or(0);
        if (before > 0 && before < 64) row.resize(static_cast<size_t>(before));
      }
      std::vector<const xmlNode*> tcs;  // in the order ReadTable read them
      for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
        if (IsW(tc, "tc")) {
          tcs.push_back(tc);
        } else if (IsW(tc, "sdt")) {
          if (const xmlNode* content = Child(tc, "sdtContent")) {
            for (const xmlNode* inner = content->children; inner != nullptr; inner = inner->next)
              if (IsW(inner, "tc")) tcs.push_back(inner);
          }
        }
      }
      size_t c = 0;
      for (const xmlNode* cell : tcs) {
        const xmlNode* tcpr = Child(cell, "tcPr");
        const int span = std::clamp(IntAttr(Child(tcpr, "gridSpan"), "val").value_or(1), 1, 64);
        const xmlNode* vmerge = Child(tcpr, "vMerge");
        const bool continues = vmerge != nullptr && Attr(vmerge, "val").value_or("continue") == "continue";
        std::string text;
        if (r < cells.size() && c < cells[r].size()) {
          for (size_t i = 0; i < cells[r][c].size(); ++i) text += (i > 0 ? "\n" : "") + cells[r][c][i];
        }
        const size_t at = row.size();
        if (at + static_cast<size_t>(span) > kMaxTableColumns) {
          // No real table is this wide; stop before a hostile file makes every row huge.
          if (!problem->has_value())
            *problem = "row " + std::to_string(r + 1) + " is wider than " + std::to_string(kMaxTableColumns) +
                       " columns";
          break;
        }
        if (merging.size() < at + 1) merging.resize(at + 1, false);
        if (continues) {
          if (rows.empty() || at >= rows.back().size() || !merging[at]) {
            if (!problem->has_value())
              *problem =
                  "row " + std::to_string(r + 1) + " continues a merged cell that starts nowhere above it";
          } else {
            text = rows.back()[at];
          }
        }
        merging[at] = vmerge != nullptr;
        row.push_back(std::move(text));
        row.resize(at + static_cast<size_t>(span));
        ++c;
      }
      if (columns > 0 && row.size() > columns && !problem->has_value()) {
        *problem = "row " + std::to_string(r + 1) + " has " + std::to_string(row.size()) +
                   " columns but the table's grid has " + std::to_string(columns);
      }
      if (columns > 0 && row.size() < columns) row.resize(columns);
      rows.push_back(std::move(row));
      ++r;
    }
    return rows;
  }

  void EmitTable(const xmlNode* tbl) {
    Table table;
    table.page = page_;
    table.first_line = doc_.lines.size();
    const std::vector<std::vector<std::vector<std::string>>> cells = ReadTable(tbl);
    table.rows = GridRows(tbl, cells, &table.unreadable);
    for (const auto& row : cells) {
      for (std::string& l : RowLines(row))
        doc_.lines.push_back(Line{std::move(l), page_, std::nullopt, false});
    }
    table.before_line = doc_.lines.size();
    doc_.tables.push_back(std::move(table));
  }

  Document& doc_;
  const Styles& styles_;
  Numbering& numbering_;
  int page_ = 1;
  bool break_pending_text_ = false;
  int runs_with_text_ = 0;
  int bold_runs_ = 0;
  bool style_bold_ = false;
};

bool HasText(const Document& doc) {
  for (const Line& line : doc.lines) {
    if (line.text.find_first_not_of(" \t\r\n") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\3\4", 4);
}

Result<Document> ReadDocx(std::string_view bytes, std::string source_name, const DocxReaderOptions& options) {
  const std::string label = source_name.empty() ? std::string("the DOCX") : source_name;
  if (bytes.empty()) return Refuse(label, "is empty: it has no text to import");
  if (bytes.size() > options.max_bytes) {
    return Refuse(label, "is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                             std::to_string(options.max_bytes) + " bytes");
  }
  if (!LooksLikeZip(bytes)) return Refuse(label, "is not a DOCX (it is not a zip archive)");
  ASSIGN_OR_RETURN(ZipPtr archive, OpenZip(bytes, label));
  const size_t cap = std::min<size_t>(options.max_xml_bytes, INT_MAX);

  ASSIGN_OR_RETURN(std::optional<std::string> document_xml,
                   ReadEntry(archive.get(), "word/document.xml", cap, label));
  if (!document_xml) return Refuse(label, "is not a Word document: the archive has no word/document.xml");
  ASSIGN_OR_RETURN(XmlDocPtr xml, ParseXml(*document_xml, "word/document.xml", label));
  document_xml.reset();
  const xmlNode* root = xmlDocGetRootElement(xml.get());
  const xmlNode* body = IsW(root, "document") ? Child(root, "body") : nullptr;
  if (body == nullptr)
    return Refuse(label, "is not a Word document: word/document.xml has no w:document/w:body");

  Document doc;
  doc.source_name = std::move(source_name);
  doc.sha256 = Sha256Hex(bytes);

  Styles styles;
  Numbering numbering;
  // Styles and numbering are optional parts: when they are damaged the text is still worth having.
  const auto optional_part = [&](const char* name) -> std::optional<XmlDocPtr> {
    Result<std::optional<std::string>> part = ReadEntry(archive.get(), name, cap, label);
    if (!part.ok()) {
      doc.warnings.push_back(part.error().message + "; read without it.");
      return std::nullopt;
    }
    if (!part->has_value()) return std::nullopt;
    Result<XmlDocPtr> parsed = ParseXml(**part, name, label);
    if (!parsed.ok()) {
      doc.warnings.push_back(parsed.error().message + "; read without it.");
      return std::nullopt;
    }
    return std::move(parsed).value();
  };
  if (std::optional<XmlDocPtr> styles_xml = optional_part("word/styles.xml")) {
    styles = ReadStyles(xmlDocGetRootElement(styles_xml->get()));
  }
  if (std::optional<XmlDocPtr> numbering_xml = optional_part("word/numbering.xml")) {
    numbering = ReadNumbering(xmlDocGetRootElement(numbering_xml->get()));
  }

  BodyWalker walker(doc, styles, numbering);
  walker.WalkBlocks(body);
  doc.page_count = walker.page();
  for (const std::string& format : numbering.unknown_formats) {
    doc.warnings.push_back("List numbers in the format \"" + format + "\" are shown as decimal numbers.");
  }
  if (!HasText(doc)) return Refuse(label, "has no text to import (the document is empty)");
  return doc;
}

}  // namespace boardroom::papers
