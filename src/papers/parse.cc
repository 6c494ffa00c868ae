#include "papers/parse.h"

#include <cstdlib>
#include <set>

#include "core/date.h"
#include "papers/action_log.h"
#include "papers/extract.h"
#include "papers/furniture.h"
#include "papers/inspection.h"
#include "papers/normalize.h"
#include "papers/pack.h"
#include "papers/structure.h"

namespace boardroom::papers {
namespace {

std::set<std::string> TitleWords(const std::string& title) {
  std::set<std::string> out;
  const std::string key = CompareKey(title);
  for (std::string_view w : Words(key)) {
    std::string s;
    for (char c : w)
      if (IsLower(c) || IsDigit(c)) s.push_back(c);
    if (s.size() > 2 && s != "and" && s != "the" && s != "for") out.insert(s);
  }
  return out;
}

double Overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

// Chooses agenda numbers for papers without one: the best title match among the next few agenda items after
// the previous paper's item (ties to the earliest). A header number "6.0" becomes "6" when the agenda says
// "6".
void AssignAgendaItems(const std::vector<ParsedAgendaItem>& agenda, std::vector<ParsedPaper>& papers) {
  auto index_of = [&](const std::string& number) -> long {
    for (size_t i = 0; i < agenda.size(); ++i)
      if (agenda[i].number == number) return static_cast<long>(i);
    return -1;
  };
  long last = -1;
  for (ParsedPaper& p : papers) {
    if (p.agenda_item) {
      long idx = index_of(*p.agenda_item);
      if (idx < 0 && p.agenda_item->size() > 2 &&
          p.agenda_item->compare(p.agenda_item->size() - 2, 2, ".0") == 0) {
        const std::string trimmed = p.agenda_item->substr(0, p.agenda_item->size() - 2);
        idx = index_of(trimmed);
        if (idx >= 0 || agenda.empty()) p.agenda_item = trimmed;
      }
      if (idx >= 0) last = idx;
      continue;
    }
    if (agenda.empty()) continue;
    const auto words = TitleWords(p.title);
    long best = -1;
    double best_score = -1;
    for (long i = last + 1; i < static_cast<long>(agenda.size()) && i <= last + 3; ++i) {
      if (agenda[static_cast<size_t>(i)].verbal) continue;
      const double s = Overlap(words, TitleWords(agenda[static_cast<size_t>(i)].title));
      if (s > best_score + 1e-9) {
        best_score = s;
        best = i;
      }
    }
    if (best >= 0) {
      p.agenda_item = agenda[static_cast<size_t>(best)].number;
      last = best;
    }
  }
}

std::string JoinText(const std::vector<CleanLine>& lines, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (lines[i].text.empty()) continue;
    out += lines[i].text;
    out.push_back(' ');
  }
  return out;
}

// The body a paper addresses when it has no "To:" line, from the way it names its audience: "to update the
// Business Coordination Board (“the Board”)" gives "Business Coordination Board".
std::optional<std::string> AudienceFromDefinition(const ParsedPaper& paper) {
  static constexpr std::string_view kOpeners[] = {"(\xE2\x80\x9Cthe ", "(\"the ", "('the ",
                                                  "(\xE2\x80\x98the "};
  static constexpr std::string_view kBodies[] = {"Board",   "Committee", "Panel",
                                                 "Cabinet", "Authority", "Council"};
  for (const ParsedSection& s : paper.sections) {
    for (const ParsedParagraph& p : s.paragraphs) {
      const std::string& t = p.text;
      for (std::string_view opener : kOpeners) {
        const size_t at = t.find(opener);
        if (at == std::string::npos) continue;
        const auto words = Words(std::string_view(t).substr(0, at));
        size_t k = words.size();
        while (k > 0 && (IsUpper(words[k - 1].front()) || words[k - 1] == "and" || words[k - 1] == "of")) --k;
        while (k < words.size() && !IsUpper(words[k].front())) ++k;
        if (k >= words.size()) continue;
        std::string run;
        for (size_t w = k; w < words.size(); ++w) {
          if (!run.empty()) run += ' ';
          run += words[w];
        }
        for (std::string_view body : kBodies)
          if (run.size() > body.size() && run.compare(run.size() - body.size(), body.size(), body) == 0)
            return run;
      }
    }
    break;  // only the first section (the purpose) names the audience
  }
  return std::nullopt;
}

}  // namespace

Result<ParsedFile> ParseDocument(const Document& doc, const ParseOptions& options) {
  const CleanDocument clean = RemoveFurniture(doc);
  const auto& lines = clean.lines;
  bool any = false;
  for (const CleanLine& l : lines) any = any || !l.text.empty();
  if (!any) return Error::InvalidArgument(doc.source_name + " has no text to import", "file");

  ParsedFile out;
  out.file = doc.source_name;
  out.sha256 = doc.sha256;
  const std::vector<PaperSpan> spans = SplitPapers(lines);
  const size_t front_end = spans.empty() ? lines.size() : spans.front().begin;

  // The front of a pack: cover, agenda, action log.
  const size_t agenda_at = FindAgendaStart(lines, 0, front_end);
  const bool headed = !spans.empty() && spans.front().has_header;
  // A file without a paper header (an action log on its own) may hold its log anywhere.
  const size_t log_end = headed ? front_end : lines.size();
  const size_t log_at = FindActionLogStart(lines, 0, log_end);
  if (agenda_at < front_end) {
    out.meeting = ParseCover(lines, 0, agenda_at);
    out.agenda = ParseAgenda(lines, agenda_at + 1, std::min(log_at, front_end));
  }
  // The action log: from a real table when the reader found one, else from the text.
  // Only tables before the first paper (or anywhere in a file with no paper header): a table of actions
  // inside a paper is that paper's action plan, not the board's log.
  const size_t front_source = front_end < lines.size() ? lines[front_end].source : doc.lines.size();
  std::vector<Table> front_tables;
  for (const Table& t : doc.tables)
    if (!headed || t.first_line < front_source) front_tables.push_back(t);
  out.actions = ActionsFromTables(front_tables);
  if (out.actions.empty() && log_at < log_end) {
    const size_t log_source = log_end < lines.size() ? lines[log_end].source : doc.lines.size();
    const std::vector<CleanLine> log = CleanRegion(doc, clean, lines[log_at].source + 1, log_source);
    out.actions = ParseActionLog(log, 0, log.size());
  }
  for (const Table& t : doc.tables) {
    if (!t.unreadable) continue;
    out.warnings.push_back(ParsedWarning{"unreadable-table", "page " + std::to_string(t.page),
                                         "A table on page " + std::to_string(t.page) +
                                             " could not be rebuilt into rows and columns (" + *t.unreadable +
                                             "); its text was read as lines."});
  }
  const bool pack = !out.agenda.empty() || spans.size() > 1;
  out.kind = pack                              ? "meeting-pack"
             : !out.actions.empty() && !headed ? "action-log"
             : !spans.empty()                  ? "report"
                                               : "unknown";

  std::string all_text = JoinText(lines, 0, front_end);
  // An action log on its own has no papers: its text is the log.
  const size_t paper_count = out.kind == "action-log" ? 0 : spans.size();
  for (size_t p = 0; p < paper_count; ++p) {
    PaperContext ctx;
    std::vector<ParsedWarning> paper_warnings;
    ParsedPaper paper = ParsePaper(lines, spans[p], ctx, &paper_warnings);
    if (!clean.classifications.empty()) paper.classification = clean.classifications.front();
    if (!paper.to) paper.to = AudienceFromDefinition(paper);
    out.papers.push_back(std::move(paper));
    // Warnings get their prefix once the agenda item is known.
    for (ParsedWarning& w : paper_warnings) w.where = "\x01" + std::to_string(p) + "\x01" + w.where;
    out.warnings.insert(out.warnings.end(), paper_warnings.begin(), paper_warnings.end());
  }
  if (pack) AssignAgendaItems(out.agenda, out.papers);

  auto paper_prefix = [&](size_t p) -> std::string {
    if (!pack) return "";
    const ParsedPaper& paper = out.papers[p];
    return "paper " + (paper.agenda_item ? *paper.agenda_item : std::to_string(p + 1)) + ", ";
  };
  for (ParsedWarning& w : out.warnings) {
    if (w.where.empty() || w.where[0] != '\x01') continue;
    const size_t second = w.where.find('\x01', 1);
    const size_t p = static_cast<size_t>(std::strtoul(w.where.c_str() + 1, nullptr, 10));
    w.where = paper_prefix(p) + w.where.substr(second + 1);
  }

  const std::optional<std::string> meeting_date = out.meeting ? out.meeting->date : std::nullopt;
  for (size_t p = 0; p < paper_count; ++p) {
    ParsedPaper& paper = out.papers[p];
    std::string prefix = paper_prefix(p);
    const std::string where = prefix.empty() ? std::string("paper") : prefix.substr(0, prefix.size() - 2);
    const std::string text = JoinText(lines, spans[p].begin, spans[p].end);
    all_text += text;
    for (auto& x : ExtractCrossReferences(text, where)) out.cross_references.push_back(std::move(x));

    // date-mismatch: a paper dated about a year off its meeting.
    const std::optional<std::string> tabled = paper.meeting_date ? paper.meeting_date : meeting_date;
    if (paper.date && tabled) {
      auto a = Date::ParseIso(*paper.date);
      auto b = Date::ParseIso(*tabled);
      if (a.ok() && b.ok()) {
        const int64_t diff = std::llabs(a->days() - b->days());
        if (diff >= 300 && diff <= 430) {
          out.warnings.push_back(
              ParsedWarning{"date-mismatch", where,
                            "paper dated " + *paper.date + " but tabled at the meeting of " + *tabled});
        }
      }
    }

    // Inspection responses.
    const std::string title_key = CompareKey(paper.title);
    if (title_key.find("hmic") != std::string::npos || title_key.find("inspection") != std::string::npos ||
        text.find("Inspectorate") != std::string::npos) {
      paper.inspection = ParseInspection(lines, spans[p].begin, spans[p].end, paper.title);
      const std::optional<std::string> responded = tabled ? tabled : paper.date;
      if (paper.inspection && paper.inspection->response_due && responded) {
        const bool update_only = text.find("was presented") != std::string::npos ||
                                 text.find("presented and agreed") != std::string::npos;
        if (*responded > *paper.inspection->response_due && !update_only) {
          out.warnings.push_back(ParsedWarning{"late-inspection-response", where,
                                               "response tabled " + *responded +
                                                   ", after the 56-day period that ended " +
                                                   *paper.inspection->response_due});
        }
      }
    }

    for (const ParsedClearance& c : paper.clearances) {
      if (!c.cleared) {
        out.warnings.push_back(ParsedWarning{"missing-clearance", prefix + "clearance " + c.area,
                                             "The " + c.area + " implications have not been cleared."});
      }
    }
  }

  // Extractors over the whole text.
  std::set<std::string> seen_dates;
  for (std::string& d : ExtractDates(all_text))
    if (seen_dates.insert(d).second) out.dates.push_back(std::move(d));
  std::set<std::string> seen_amounts;
  for (ParsedAmount& a : ExtractAmounts(all_text))
    if (seen_amounts.insert(a.text).second) out.amounts.push_back(std::move(a));
  out.acronyms = ExtractAcronyms(all_text);

  // A paper seen before.
  for (const ParsedPaper& paper : out.papers) {
    for (const KnownPaper& k : options.known) {
      if (k.file == out.file) continue;
      const double s = Overlap(TitleWords(paper.title), TitleWords(k.title));
      if (s < 0.8 || paper.date != k.date) continue;
      std::vector<std::string> differ;
      if (CompareKey(paper.title) != CompareKey(k.title)) differ.push_back("the title spelling");
      std::vector<std::string> mine;
      for (const auto& c : paper.contact_officers) mine.push_back(CompareKey(c.name));
      std::vector<std::string> theirs;
      for (const auto& c : k.contact_officers) theirs.push_back(CompareKey(c));
      if (mine != theirs) differ.push_back("the contact officer");
      std::string relation = differ.empty() ? "the same paper" : "another version of the same paper: ";
      for (size_t i = 0; i < differ.size(); ++i) relation += (i ? " and " : "") + differ[i];
      if (!differ.empty()) relation += " differ";
      out.duplicate_of = ParsedDuplicate{k.file, k.agenda_item, relation};
      break;
    }
    if (out.duplicate_of) break;
  }
  return out;
}

Result<ParsedFile> ParseTextFile(const std::string& path, const ParseOptions& options) {
  ASSIGN_OR_RETURN(Document doc, ReadTextFile(path, options.reader));
  return ParseDocument(doc, options);
}

std::vector<KnownPaper> KnownPapersOf(const ParsedFile& parsed) {
  std::vector<KnownPaper> out;
  for (const ParsedPaper& p : parsed.papers) {
    KnownPaper k{parsed.file, p.agenda_item, p.title, p.date, {}};
    for (const auto& c : p.contact_officers) k.contact_officers.push_back(c.name);
    out.push_back(std::move(k));
  }
  return out;
}

}  // namespace boardroom::papers
