#include "papers/structure.h"

#include <set>

#include "core/date.h"
#include "papers/contacts.h"
#include "papers/normalize.h"

namespace boardroom::papers {
namespace {

struct KeySpec {
  std::string_view spelling;  // lower case, as written before ':'
  std::string_view key;       // canonical key
};

constexpr KeySpec kKeys[] = {
    {"to", "to"},
    {"from", "from"},
    {"date", "date"},
    {"date of report", "date"},
    {"meeting date", "meeting date"},
    {"date of meeting", "meeting date"},
    {"agenda item", "agenda item"},
    {"agenda item no", "agenda item"},
    {"agenda", "agenda item"},
    {"item", "agenda item"},
    {"item no", "agenda item"},
    {"report of", "from"},
    {"report by", "from"},
    {"report author", "author"},
    {"subject", "title"},
    {"title", "title"},
    {"title of report", "title"},
    {"electoral division(s)", "electoral divisions"},
    {"electoral divisions", "electoral divisions"},
    {"electoral division", "electoral divisions"},
    {"wards affected", "electoral divisions"},
    {"ward(s)", "electoral divisions"},
    {"key decision", "key decision"},
    {"outcome", "outcome"},
    {"recommendation", "recommendation"},
    {"recommendations", "recommendation"},
    {"officer contact", "officer contact"},
    {"member contacts", "member contacts"},
    {"member contact", "member contacts"},
    {"name", "name"},
    {"names", "name"},
    {"name: post", "name"},
    {"post", "post"},
    {"email", "email"},
    {"tel", "tel"},
    {"classification", "classification"},
    {"security classification", "classification"},
    {"forward plan ref", "forward plan"},
};

bool IsNumberish(std::string_view v) {
  NumberToken tok;
  return ReadNumberToken(v, &tok) && tok.rest.empty();
}

std::string JoinLines(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += p;
  }
  return out;
}

std::string StripTrailing(std::string s, std::string_view chars) {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
  while (!s.empty() && (s.back() == ' ')) s.pop_back();
  return s;
}

std::string Lower(std::string_view s) {
  return AsciiLower(s);
}

bool StartsWithLower(std::string_view s) {
  return !s.empty() && IsLower(s.front());
}

std::optional<std::string> IsoDate(std::string_view text) {
  auto d = Date::Parse(std::string(TrimLine(text)));
  if (!d.ok()) return std::nullopt;
  return d->ToIso();
}

// A section starts here when the number is the expected next section (or 1 when none yet).
bool IsSectionNumber(const NumberToken& tok, int current) {
  if (tok.parts.size() == 1) return tok.parts[0] == current + 1;
  if (tok.parts.size() == 2 && tok.parts[1] == 0) return tok.parts[0] == current + 1;
  return false;
}

// IsBibliographyLabel given the label's CompareKey.
bool IsBibliographyKey(std::string_view key) {
  return key == "bibliography" || key.rfind("source document", 0) == 0 ||
         key.rfind("contact officer", 0) == 0 || key == "source" || key == "contact" ||
         key == "background papers" || key == "source documents";
}

bool IsBibliographyLabel(std::string_view line) {
  return IsBibliographyKey(CompareKey(line));
}

// IsBibliographyLabel of a clean line's text up to its first tab, using the line's cached key when it has no
// tab.
bool IsBibliographyLine(const CleanLine& l) {
  const size_t tab = l.text.find('\t');
  if (tab == std::string::npos) return IsBibliographyKey(l.key);
  return IsBibliographyLabel(std::string_view(l.text).substr(0, tab));
}

struct WorkParagraph {
  std::string number;
  std::vector<std::string> pieces;  // lines; a bullet begins a piece with "\x01"
};

struct WorkSection {
  std::string number;
  std::string heading;
  std::vector<WorkParagraph> paragraphs;
};

std::string ParagraphText(const WorkParagraph& p) {
  std::string out;
  for (const std::string& piece : p.pieces) {
    if (piece.empty()) continue;
    std::string_view s = piece;
    if (s.front() == '\x01') {
      s.remove_prefix(1);
      if (!out.empty()) out.push_back(' ');
      out += "\u2022";
      if (s.empty()) continue;
    }
    if (!out.empty()) out.push_back(' ');
    out += s;
  }
  return out;
}

// Splits a paragraph into an opening and its bullet items.
std::vector<std::string> BulletItems(const WorkParagraph& p, std::string* opening) {
  std::vector<std::string> items;
  std::string* target = opening;
  for (const std::string& piece : p.pieces) {
    std::string_view s = piece;
    if (!s.empty() && s.front() == '\x01') {
      items.emplace_back();
      target = &items.back();
      s.remove_prefix(1);
    }
    if (s.empty()) continue;
    if (!target->empty()) target->push_back(' ');
    *target += s;
  }
  std::vector<std::string> kept;
  for (std::string& i : items)
    if (!i.empty()) kept.push_back(std::move(i));
  return kept;
}

// The words of `text` for comparing restatements: letters and digits only, lower case.
std::set<std::string> WordSet(std::string_view text) {
  std::set<std::string> out;
  const std::string key = CompareKey(text);
  std::string word;
  for (char c : key + " ") {
    if (IsLower(c) || IsDigit(c)) {
      word.push_back(c);
    } else if (!word.empty()) {
      out.insert(word);
      word.clear();
    }
  }
  return out;
}

// The share of the smaller set's words found in the larger.
double Containment(const std::set<std::string>& a, const std::set<std::string>& b) {
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = a.size() <= b.size() ? b : a;
  if (small.empty()) return 0;
  size_t common = 0;
  for (const auto& w : small) common += large.count(w);
  return static_cast<double>(common) / static_cast<double>(small.size());
}

// "Appendix 1 - Revenue Budget", "Annex B": the start of material appended after the paper's body.
bool IsAppendixHeading(std::string_view line, std::string_view key) {
  if (key.rfind("appendix ", 0) != 0 && key.rfind("annex ", 0) != 0) return false;
  return Words(line).size() <= 14 && key.back() != '.' && key.back() != ',';
}

}  // namespace

bool ReadHeaderKey(std::string_view line, std::string* key, std::string_view* value) {
  line = TrimLine(line);
  const size_t colon = line.find(':');
  if (colon != std::string_view::npos && colon > 0 && colon <= 32) {
    const std::string spelled = CompareKey(line.substr(0, colon));
    for (const KeySpec& k : kKeys) {
      if (spelled == k.spelling) {
        *key = std::string(k.key);
        *value = TrimLine(line.substr(colon + 1));
        return true;
      }
    }
  }
  // "Agenda Item 5.1", "Agenda 5.1", "Item 5" without a colon. Only the first 16 bytes can match a prefix and
  // its space: the rest of the line is not lower-cased (this runs for every line of a file).
  const std::string lower = Lower(line.substr(0, 16));
  for (std::string_view prefix : {"agenda item no.", "agenda item", "agenda", "item no.", "item"}) {
    if (lower.rfind(prefix, 0) == 0 && lower.size() > prefix.size() && lower[prefix.size()] == ' ') {
      std::string_view rest = TrimLine(line.substr(prefix.size()));
      if (IsNumberish(rest)) {
        *key = "agenda item";
        *value = rest;
        return true;
      }
    }
  }
  return false;
}

std::vector<PaperSpan> SplitPapers(const std::vector<CleanLine>& lines) {
  std::vector<size_t> anchors;
  std::string key;
  std::string_view value;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!ReadHeaderKey(lines[i].text, &key, &value) || key != "to") continue;
    bool confirmed = false;
    size_t seen = 0;
    for (size_t j = i + 1; j < lines.size() && seen < 14; ++j) {
      if (lines[j].text.empty()) continue;
      ++seen;
      std::string k2;
      std::string_view v2;
      if (ReadHeaderKey(lines[j].text, &k2, &v2) && (k2 == "from" || k2 == "date" || k2 == "meeting date")) {
        confirmed = true;
        break;
      }
    }
    if (confirmed && (anchors.empty() || i > anchors.back() + 4)) anchors.push_back(i);
  }
  std::vector<PaperSpan> spans;
  if (anchors.empty()) {
    spans.push_back(PaperSpan{0, lines.size(), 0, false});
    return spans;
  }
  for (size_t a = 0; a < anchors.size(); ++a) {
    size_t begin = anchors[a];
    const size_t floor = a == 0 ? 0 : anchors[a - 1] + 1;
    size_t walked = 0;
    while (begin > floor && walked < 4) {
      const std::string& prev = lines[begin - 1].text;
      std::string k;
      std::string_view v;
      if (prev.empty() || (ReadHeaderKey(prev, &k, &v) && k == "agenda item")) {
        --begin;
        ++walked;
      } else {
        break;
      }
    }
    spans.push_back(PaperSpan{begin, lines.size(), anchors[a], true});
  }
  for (size_t a = 0; a + 1 < spans.size(); ++a) spans[a].end = spans[a + 1].begin;
  return spans;
}

std::string ClearanceArea(std::string_view question) {
  const std::string q = CompareKey(question);
  struct Area {
    std::string_view word;
    std::string_view area;
  };
  static constexpr Area kAreas[] = {
      {"resource", "finance"},
      {"financ", "finance"},
      {"procurement", "procurement"},
      {"legal", "legal"},
      {"equality", "equality and diversity"},
      {"engagement", "engagement and communications"},
      {"communication", "engagement and communications"},
      {"localism", "localism and local member involvement"},
      {"public health", "public health"},
      {"climate", "climate and environment"},
      {"environment", "climate and environment"},
      {"human resources", "human resources"},
      {"risk", "risk"},
  };
  for (const Area& a : kAreas)
    if (q.find(a.word) != std::string::npos) return std::string(a.area);
  return std::string(TrimLine(question));
}

std::vector<ParsedClearance> ExtractClearances(std::string_view text) {
  // Question starts: "Have the", "Have any", "Has the", "Has any", "Is the".
  std::vector<size_t> starts;
  for (size_t i = 0; i + 5 < text.size(); ++i) {
    if ((i == 0 || text[i - 1] == ' ') &&
        (text.compare(i, 9, "Have the ") == 0 || text.compare(i, 9, "Have any ") == 0 ||
         text.compare(i, 8, "Has the ") == 0 || text.compare(i, 8, "Has any ") == 0)) {
      const size_t q = text.find('?', i);
      if (q != std::string_view::npos && text.substr(i, q - i).find("cleared") != std::string_view::npos)
        starts.push_back(i);
    }
  }
  std::vector<ParsedClearance> out;
  for (size_t s = 0; s < starts.size(); ++s) {
    const size_t end = s + 1 < starts.size() ? starts[s + 1] : text.size();
    const std::string_view seg = text.substr(starts[s], end - starts[s]);
    const size_t q = seg.find('?');
    ParsedClearance c;
    const std::string_view question = seg.substr(0, q);
    const size_t by = question.find("cleared");
    c.area = ClearanceArea(question.substr(0, by));
    std::string_view answer = TrimLine(seg.substr(q + 1));
    c.cleared = Lower(answer.substr(0, 3)) == "yes";
    const size_t officer = seg.find("Officer:");
    if (officer != std::string_view::npos) {
      std::string name(TrimLine(seg.substr(officer + 8)));
      if (!name.empty()) c.officer = name;
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<ParsedRecommendation> ExtractRecommendations(const ParsedPaper& paper,
                                                         const std::vector<std::string>& header_items) {
  std::vector<ParsedRecommendation> out;
  std::set<std::string> seen;
  auto add = [&](std::string label, std::string text) {
    std::string key = StripTrailing(CompareKey(text), ".;:, ");
    if (key.empty() || !seen.insert(key).second) return;
    out.push_back(ParsedRecommendation{std::move(label), std::move(text)});
  };
  if (!header_items.empty()) {
    for (size_t i = 0; i < header_items.size(); ++i)
      add(std::string(1, static_cast<char>('a' + i % 26)) + ")", header_items[i]);
    return out;
  }
  (void)paper;
  return out;
}

namespace {

// Lettered items "a) ...", "(b) ...", "c. ..." at the start of a header continuation line.
std::string StripItemLabel(std::string_view s) {
  s = TrimLine(s);
  std::string_view rest;
  if (StripBullet(s, &rest)) s = rest;
  if (s.size() > 3 && s[0] == '(' && IsLower(s[1]) && s[2] == ')') return std::string(TrimLine(s.substr(3)));
  if (s.size() > 2 && IsLower(s[0]) && (s[1] == ')' || s[1] == '.') && s[2] == ' ')
    return std::string(TrimLine(s.substr(2)));
  if (s.size() > 2 && (s.rfind("\xEF\x82\xB7", 0) == 0)) return std::string(TrimLine(s.substr(3)));
  return std::string(s);
}

}  // namespace

ParsedPaper ParsePaper(const std::vector<CleanLine>& lines, const PaperSpan& span,
                       const PaperContext& context, std::vector<ParsedWarning>* warnings) {
  ParsedPaper paper;
  std::vector<std::string> header_items;
  size_t i = span.begin;
  std::set<size_t> consumed;
  std::string key;
  std::string_view value;

  // --- Header block.
  enum class ContactBlock { kNone, kOfficers, kMembers };
  ContactBlock contact_block = ContactBlock::kNone;
  ContactFields officer_fields;
  if (span.has_header) {
    i = span.begin;
    while (i < span.end) {
      const CleanLine& l = lines[i];
      if (l.text.empty() || consumed.count(i)) {
        ++i;
        continue;
      }
      if (!ReadHeaderKey(l.text, &key, &value)) break;
      std::string v(value);
      const bool next_line_value = key == "to" || key == "from" || key == "date" || key == "meeting date" ||
                                   key == "title" || key == "agenda item";
      if (v.empty() && next_line_value) {
        size_t seen = 0;
        for (size_t j = i + 1; j < span.end && seen < 4; ++j) {
          if (lines[j].text.empty() || consumed.count(j)) continue;
          ++seen;
          std::string k2;
          std::string_view v2;
          if (ReadHeaderKey(lines[j].text, &k2, &v2)) continue;
          NumberToken tok;
          if (key != "agenda item" && ReadNumberToken(lines[j].text, &tok) &&
              (tok.rest.empty() || tok.trailing_dot))
            break;
          v = lines[j].text;
          consumed.insert(j);
          break;
        }
      }
      // Indented continuation lines belong to this key (a header table flattened to text).
      std::vector<std::string> continuation;
      size_t j = i + 1;
      // A line the layout broke at the right margin (a PDF) continues the line before it instead.
      while (j < span.end && (lines[j].indented || lines[j - 1].wrapped) && !lines[j].text.empty()) {
        std::string k2;
        std::string_view v2;
        if (ReadHeaderKey(lines[j].text, &k2, &v2)) break;
        NumberToken tok;
        if (!lines[j].indented && ReadNumberToken(lines[j].text, &tok)) break;
        if (!lines[j].indented && lines[j - 1].wrapped) {
          if (continuation.empty()) {
            v += (v.empty() ? "" : " ") + lines[j].text;
          } else {
            continuation.back() += " " + lines[j].text;
          }
        } else {
          continuation.push_back(lines[j].text);
        }
        ++j;
      }
      if (key == "to" && !paper.to) paper.to = v;
      if (key == "from" && !paper.from) paper.from = v;
      if (key == "date" && !paper.date) paper.date = IsoDate(v);
      if (key == "meeting date" && !paper.meeting_date) paper.meeting_date = IsoDate(v);
      if (key == "agenda item" && !paper.agenda_item) {
        NumberToken tok;
        if (ReadNumberToken(v, &tok)) paper.agenda_item = tok.text;
      }
      if (key == "title" && paper.title.empty()) paper.title = v;
      if (key == "electoral divisions") paper.electoral_divisions = v;
      if (key == "classification") paper.classification = v;
      if (key == "key decision") {
        const std::string lv = Lower(v);
        if (lv.rfind("yes", 0) == 0) paper.key_decision = true;
        if (lv.rfind("no", 0) == 0) paper.key_decision = false;
      }
      if (key == "recommendation") {
        for (const std::string& c : continuation) header_items.push_back(StripItemLabel(c));
        if (continuation.empty() && !v.empty()) header_items.push_back(v);
      }
      // "Officer contact:" then Name:, Post:, Email:, Tel: lines; "Member contacts:" are councillors, not
      // officers.
      if (key == "officer contact") {
        contact_block = ContactBlock::kOfficers;
        if (!v.empty()) officer_fields.names = v;
      } else if (key == "member contacts") {
        contact_block = ContactBlock::kMembers;
      } else if (contact_block == ContactBlock::kOfficers) {
        if (key == "name") {
          // "Name: Post:" as one label: the value holds the names, then the posts.
          std::string_view names = TrimLine(v);
          if (CompareKey(names.substr(0, 5)) == "post:") {
            names = TrimLine(names.substr(5));
            officer_fields.posts_in_names = true;
          }
          const std::string raw_key = CompareKey(l.text);
          if (raw_key.rfind("name: post", 0) == 0 || raw_key.rfind("name/post", 0) == 0)
            officer_fields.posts_in_names = true;
          officer_fields.names = std::string(names);
        }
        if (key == "post") officer_fields.posts = v;
        if (key == "email") officer_fields.emails = v;
        if (key == "tel") officer_fields.phones = v;
      }
      i = j;
    }
  }

  // --- Title: lines after the header up to the first number or blank, else the last line before the header.
  {
    std::vector<std::string> title_lines;
    while (i < span.end) {
      const CleanLine& l = lines[i];
      NumberToken tok;
      if (l.text.empty()) {
        if (!title_lines.empty()) break;
        ++i;
        continue;
      }
      if (consumed.count(i)) {
        ++i;
        continue;
      }
      if (ReadNumberToken(l.text, &tok) || title_lines.size() >= 4) break;
      std::string k2;
      std::string_view v2;
      if (ReadHeaderKey(l.text, &k2, &v2)) break;
      title_lines.push_back(l.text);
      ++i;
    }
    if (paper.title.empty()) paper.title = StripTrailing(JoinLines(title_lines), ".*");
    if (paper.title.empty()) {
      size_t k = span.has_header ? span.anchor : span.begin;
      size_t floor = 0;
      (void)floor;
      while (k > 0) {
        --k;
        if (!lines[k].text.empty()) {
          std::string k2;
          std::string_view v2;
          if (!ReadHeaderKey(lines[k].text, &k2, &v2)) paper.title = StripTrailing(lines[k].text, ".*");
          break;
        }
        if (span.anchor - k > 4) break;
      }
    }
  }

  // --- Sections and paragraphs.
  std::vector<WorkSection> sections;
  int current = 0;
  WorkParagraph* para = nullptr;
  bool in_bibliography = false;
  std::vector<std::string> bibliography;  // raw lines after BIBLIOGRAPHY / source / contact labels
  std::set<std::string> seen_numbers;
  std::string clearance_text;
  bool in_clearances = false;
  bool after_blank = false;
  bool in_appendix = false;
  for (; i < span.end; ++i) {
    const CleanLine& l = lines[i];
    const std::string& t = l.text;
    if (in_bibliography) {
      bibliography.push_back(t);
      continue;
    }
    if (t.empty()) {
      after_blank = true;
      continue;
    }
    const bool was_after_blank = after_blank;
    after_blank = false;
    if (IsAppendixHeading(t, l.key)) {
      in_appendix = true;
      continue;
    }
    if (in_appendix) {
      if (IsBibliographyLine(l)) {
        in_appendix = false;
      } else {
        continue;
      }
    }
    if (IsBibliographyLine(l)) {
      in_bibliography = true;
      bibliography.push_back(t);
      continue;
    }
    if ((t.rfind("Have ", 0) == 0 || t.rfind("Has ", 0) == 0) && t.find("cleared") != std::string::npos) {
      in_clearances = true;
    }
    if (in_clearances) {
      NumberToken tok;
      if (ReadNumberToken(t, &tok) && IsSectionNumber(tok, current)) {
        in_clearances = false;
      } else {
        clearance_text += (clearance_text.empty() ? "" : " ") + t;
        continue;
      }
    }
    NumberToken tok;
    if (ReadNumberToken(t, &tok)) {
      if (IsSectionNumber(tok, current) && (tok.rest.empty() || !StartsWithLower(tok.rest))) {
        current = tok.parts[0];
        WorkSection s;
        s.number = std::to_string(current);
        std::string heading(tok.rest);
        if (heading.empty()) {
          // The heading is on the next non-blank line(s).
          size_t j = i + 1;
          while (j < span.end && lines[j].text.empty()) ++j;
          NumberToken t2;
          if (j < span.end && !ReadNumberToken(lines[j].text, &t2) && !IsBibliographyKey(lines[j].key)) {
            heading = lines[j].text;
            i = j;
            while (i + 1 < span.end && !lines[i + 1].text.empty() && StartsWithLower(lines[i + 1].text) &&
                   heading.back() != '.') {
              heading += " " + lines[++i].text;
            }
          }
        }
        s.heading = StripTrailing(heading, "*");
        sections.push_back(std::move(s));
        para = nullptr;
        continue;
      }
      const bool lone = tok.rest.empty();
      const bool numbered_para = tok.parts.size() >= 2 && tok.parts[0] >= 1 &&
                                 ((tok.parts[0] == current) || (lone && tok.parts[0] < current) ||
                                  (tok.parts[0] == current + 1 && tok.parts[1] == 1 && !sections.empty()));
      if (numbered_para && !(tok.parts.size() == 2 && tok.parts[1] == 0)) {
        if (tok.parts[0] == current + 1) {
          // A paragraph of the next section whose heading is missing: open the section.
          current = tok.parts[0];
          sections.push_back(WorkSection{std::to_string(current), "", {}});
        }
        if (sections.empty()) sections.push_back(WorkSection{std::to_string(current), "", {}});
        WorkSection& s = sections.back();
        if (tok.parts[0] != current) {
          warnings->push_back(
              ParsedWarning{"paragraph-outside-section",
                            context.where_prefix + "paragraph " + tok.text + " under section " + s.number,
                            "Paragraph " + tok.text + " is numbered for section " +
                                std::to_string(tok.parts[0]) + " but stands in section " + s.number + "."});
        } else if (!seen_numbers.insert(tok.text).second) {
          warnings->push_back(ParsedWarning{"duplicate-paragraph-number",
                                            context.where_prefix + "paragraph " + tok.text,
                                            "Paragraph number " + tok.text + " is used twice."});
        }
        s.paragraphs.push_back(WorkParagraph{tok.text, {}});
        para = &s.paragraphs.back();
        if (!lone) para->pieces.emplace_back(tok.rest);
        continue;
      }
    }
    if (sections.empty()) continue;  // text before the first section (an introduction) is not kept
    if (para == nullptr) {
      sections.back().paragraphs.push_back(WorkParagraph{"", {}});
      para = &sections.back().paragraphs.back();
    }
    std::string_view rest;
    if (StripBullet(t, &rest) || t.rfind("\xEF\x82\xB7", 0) == 0) {
      if (t.rfind("\xEF\x82\xB7", 0) == 0) rest = TrimLine(std::string_view(t).substr(3));
      para->pieces.push_back("\x01" + std::string(rest));
    } else if (was_after_blank && !para->pieces.empty() && !para->pieces.back().empty() &&
               (para->pieces.back().back() == ':' || para->pieces.back().back() == ';' ||
                para->pieces.back().front() == '\x01')) {
      // A list whose bullet glyphs were lost: items separated by blank lines after an opening ending in ":".
      para->pieces.push_back("\x01" + t);
    } else {
      para->pieces.push_back(t);
    }
  }

  for (const WorkSection& ws : sections) {
    ParsedSection s;
    s.number = ws.number;
    s.heading = ws.heading;
    for (const WorkParagraph& wp : ws.paragraphs)
      s.paragraphs.push_back(ParsedParagraph{wp.number, ParagraphText(wp)});
    paper.sections.push_back(std::move(s));
  }

  // --- Recommendations.
  paper.recommendations = ExtractRecommendations(paper, header_items);
  if (header_items.empty()) {
    std::vector<std::set<std::string>> seen;
    for (const WorkSection& ws : sections) {
      if (CompareKey(ws.heading).find("recommendation") == std::string::npos) continue;
      for (const WorkParagraph& wp : ws.paragraphs) {
        std::string opening;
        std::vector<std::string> items = BulletItems(wp, &opening);
        auto add = [&](std::string label, std::string text) {
          std::set<std::string> words = WordSet(text);
          if (words.empty()) return;
          for (const auto& other : seen)
            if (Containment(words, other) >= 0.75) return;  // the same recommendation restated
          seen.push_back(std::move(words));
          paper.recommendations.push_back(ParsedRecommendation{std::move(label), std::move(text)});
        };
        if (!items.empty() && !opening.empty() && opening.back() == ':') {
          for (size_t k = 0; k < items.size(); ++k)
            add(wp.number + static_cast<char>('a' + k % 26), StripTrailing(items[k], ";,"));
        } else if (!items.empty() && opening.empty()) {
          for (size_t k = 0; k < items.size(); ++k) add(wp.number, items[k]);
        } else {
          std::string text = ParagraphText(wp);
          if (!text.empty()) add(wp.number.empty() ? ws.number : wp.number, text);
        }
      }
    }
  }

  // --- Implications with statuses ("Implication 1: ... Status: Neutral").
  for (const WorkSection& ws : sections) {
    for (const WorkParagraph& wp : ws.paragraphs) {
      const std::string text = ParagraphText(wp);
      const size_t st = text.find("Status:");
      if (st == std::string::npos) continue;
      ParsedImplication imp;
      imp.number = wp.number;
      std::string title = text.substr(0, st);
      const size_t pnn = title.find("Positive/neutral/negative");
      if (pnn != std::string::npos) title = title.substr(0, pnn);
      imp.title = StripTrailing(std::string(TrimLine(title)), ".:");
      const auto words = Words(std::string_view(text).substr(st + 7));
      if (!words.empty()) imp.status = StripTrailing(std::string(words[0]), ".,;");
      paper.implications.push_back(std::move(imp));
    }
  }

  paper.clearances = ExtractClearances(clearance_text);

  // --- Source documents: a section so headed, or the bibliography's label.
  for (const WorkSection& ws : sections) {
    if (CompareKey(ws.heading).rfind("source document", 0) != 0) continue;
    std::vector<std::string> docs;
    for (const WorkParagraph& wp : ws.paragraphs) {
      std::string text = ParagraphText(wp);
      const std::string k = CompareKey(text);
      if (k.rfind("source documents", 0) == 0)
        text = std::string(TrimLine(std::string_view(text).substr(16)));
      const std::string k2 = CompareKey(text);
      if (text.empty() || k2 == "none" || k2 == "n/a") continue;
      docs.push_back(text);
    }
    paper.source_documents = docs;
  }

  if (!officer_fields.names.empty()) paper.contact_officers = ContactsFromFields(officer_fields);

  // --- Bibliography: "Source Document(s)<tab>X", "Contact Officer(s)<tab>Name, Post", or labels on their own
  // lines.
  enum class Part { kNone, kSource, kContact };
  Part part = Part::kNone;
  for (const std::string& raw : bibliography) {
    if (raw.empty()) continue;
    std::string_view label = raw;
    std::string_view rest;
    const size_t tab = raw.find('\t');
    if (tab != std::string::npos) {
      label = TrimLine(std::string_view(raw).substr(0, tab));
      rest = TrimLine(std::string_view(raw).substr(tab + 1));
    } else {
      // The label and its value on one line without a tab between them (a PDF's narrow column gap).
      static constexpr std::string_view kLabels[] = {
          "contact officer(s)", "contact officers", "contact officer",  "source document(s)",
          "source documents",   "source document",  "background papers"};
      const std::string rk = CompareKey(raw);
      for (std::string_view l : kLabels) {
        if (rk.size() > l.size() + 1 && rk.compare(0, l.size(), l) == 0 &&
            (rk[l.size()] == ' ' || rk[l.size()] == ':') && raw.size() > l.size() &&
            CompareKey(std::string_view(raw).substr(0, l.size())) == l) {
          label = TrimLine(std::string_view(raw).substr(0, l.size()));
          rest = TrimLine(std::string_view(raw).substr(l.size()));
          while (!rest.empty() && rest.front() == ':') rest = TrimLine(rest.substr(1));
          break;
        }
      }
    }
    const std::string lk = CompareKey(label);
    if (lk == "bibliography") continue;
    if (lk.rfind("source", 0) == 0 || lk == "documents" || lk == "background papers") {
      if (lk == "documents" && part != Part::kSource) continue;
      if (lk != "documents") part = Part::kSource;
      if (!paper.source_documents) paper.source_documents = std::vector<std::string>{};
      if (rest.empty()) continue;
      label = rest;
    } else if (lk.rfind("contact", 0) == 0 || lk == "officer(s)" || lk == "officers") {
      part = Part::kContact;
      if (rest.empty()) continue;
      label = rest;
    }
    std::string line(label.data(), label.size());
    if (!rest.empty() && label == rest) line = std::string(rest);
    std::string k2;
    std::string_view v2;
    if (ReadHeaderKey(line, &k2, &v2)) {
      // "Tel: ...", "Email: ...", "Post: ..." under an officer's name belong to that officer.
      if (part == Part::kContact && !paper.contact_officers.empty() &&
          (k2 == "tel" || k2 == "email" || k2 == "post")) {
        auto& last = paper.contact_officers.back();
        std::string field(v2);
        const ContactDetails c = ReadContactDetails(field);
        if (c.email && !last.email) last.email = c.email;
        if (c.phone && !last.phone) last.phone = c.phone;
        if (k2 == "post" && !last.post && !field.empty()) last.post = field;
        continue;
      }
      part = Part::kNone;
      continue;
    }
    const std::string lkey = CompareKey(line);
    if (lkey == "n/a" || lkey == "none" || lkey == "n/a.") continue;
    if (part == Part::kSource) {
      if (lkey.rfind("http", 0) == 0 && !paper.source_documents->empty()) continue;
      paper.source_documents->push_back(line);
    } else if (part == Part::kContact) {
      if (lkey.rfind("http", 0) == 0) continue;
      auto& list = paper.contact_officers;
      const ContactDetails details = ReadContactDetails(line);
      if (!list.empty() && (details.email || details.phone) && details.rest.empty()) {
        // A line of only an e-mail address or a telephone number: the officer's above it.
        if (details.email && !list.back().email) list.back().email = details.email;
        if (details.phone && !list.back().phone) list.back().phone = details.phone;
        continue;
      }
      if (StartsWithLower(line) && !paper.contact_officers.empty()) {
        auto& last = paper.contact_officers.back();
        last.post = last.post ? *last.post + " " + line : line;
        continue;
      }
      std::optional<ParsedContactOfficer> officer = ContactFromLine(line);
      if (!officer) continue;
      if (!list.empty() && !list.back().post && officer->name == line && LooksLikePost(line)) {
        list.back().post = line;  // a post on the line under its officer's name
        continue;
      }
      list.push_back(std::move(*officer));
    }
  }
  return paper;
}

}  // namespace boardroom::papers
