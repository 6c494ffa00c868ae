#include "papers/import_service.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <utility>

#include "core/text.h"
#include "papers/parse.h"
#include "papers/reader.h"
#include "papers/text_reader.h"
#include "store/audit_chain.h"

namespace boardroom::papers {
namespace {

using store::Viewer;

constexpr char kActor[] = "import";

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Words of FoldForCompare(text): runs of ASCII letters and digits and of non-ASCII bytes.
std::set<std::string> Words(std::string_view text) {
  std::set<std::string> out;
  std::string word;
  for (unsigned char c : FoldForCompare(text)) {
    if (IsAsciiAlnum(c) || c >= 0x80) {
      word.push_back(static_cast<char>(c));
    } else if (!word.empty()) {
      out.insert(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.insert(std::move(word));
  return out;
}

// A name with case, look-alike letters, punctuation and spaces folded away: "Business Co-ordination Board"
// and "Business Coordination Board" have the same key.
std::string NameKey(std::string_view name) {
  std::string out;
  for (unsigned char c : FoldForCompare(name))
    if (IsAsciiAlnum(c) || c >= 0x80) out.push_back(static_cast<char>(c));
  return out;
}

// A body name as it will be stored: look-alike letters and curly punctuation folded, spaces collapsed.
std::string CleanName(std::string_view name) {
  return CollapseSpace(FoldPunctuation(FoldConfusables(name)));
}

bool IsSha256(std::string_view s) {
  if (s.size() != 64) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Result<std::optional<Date>> OptionalDate(const std::optional<std::string>& iso, std::string_view what) {
  if (!iso) return std::optional<Date>();
  Result<Date> d = Date::ParseIso(*iso);
  if (!d.ok()) return Error::InvalidArgument(std::string(what) + " is not an ISO 8601 date: " + *iso, "date");
  return std::optional<Date>(*d);
}

// Appends a "create" audit event for each record the import makes, on the store's hash chain
// (store/audit_chain.h), so that `boardroom audit verify` holds after an import.
class AuditWriter {
 public:
  AuditWriter(store::Transaction& tx, const Clock& clock, std::string actor)
      : tx_(tx), clock_(clock), actor_(std::move(actor)) {}

  Status Created(std::string_view kind, int64_t id, const nlohmann::json& after) {
    store::AuditEvent event;
    event.at = clock_.NowSeconds();
    event.actor = actor_;
    event.action = "create";
    event.record_kind = std::string(kind);
    event.record_id = id;
    event.after_json = after.dump();
    RETURN_IF_ERROR(store::WriteAuditEvent(tx_, std::move(event)));
    return OkStatus();
  }

 private:
  store::Transaction& tx_;
  const Clock& clock_;
  std::string actor_;
};

store::Classification ClassificationOf(const ParsedPaper& paper) {
  if (!paper.classification) return store::Classification::kOfficial;
  const std::string c = NameKey(*paper.classification);
  if (c.find("sensitive") != std::string::npos) return store::Classification::kOfficialSensitive;
  if (c.find("official") != std::string::npos) return store::Classification::kOfficial;
  return store::Classification::kPublic;
}

bool IsExempt(const ParsedPaper& paper) {
  if (!paper.classification) return false;
  const std::string c = FoldForCompare(*paper.classification);
  return c.find("exempt") != std::string::npos || c.find("not for publication") != std::string::npos;
}

// The store's status for an action-log status as written, or nullopt when it is none of the known words.
std::optional<store::ActionStatus> MapActionStatus(std::string_view written) {
  const std::string s = NameKey(written);
  if (s.empty() || s == "open" || s == "new" || s == "notstarted") return store::ActionStatus::kOpen;
  if (s == "ongoing" || s == "inprogress" || s == "underway" || s == "amber")
    return store::ActionStatus::kOngoing;
  if (s == "complete" || s == "completed" || s == "done" || s == "green" || s == "achieved")
    return store::ActionStatus::kComplete;
  if (s == "closed" || s == "close" || s == "discharged") return store::ActionStatus::kClosed;
  if (s == "superseded") return store::ActionStatus::kSuperseded;
  return std::nullopt;
}

// The date an update starts with ("2019-04-19: Request noted."), or nullopt.
std::optional<Date> UpdateDate(std::string_view text) {
  if (text.size() <= 12 || text.substr(10, 2) != ": ") return std::nullopt;
  Result<Date> d = Date::ParseIso(text.substr(0, 10));
  if (!d.ok()) return std::nullopt;
  return *d;
}

// The parent of agenda number "5.1" is "5"; of "5" none.
std::string ParentNumber(const std::string& number) {
  const size_t dot = number.rfind('.');
  return dot == std::string::npos ? std::string() : number.substr(0, dot);
}

// Paragraph texts of a paper as a sorted multiset of compared forms.
std::vector<std::string> ParagraphKeys(const ParsedPaper& paper) {
  std::vector<std::string> out;
  for (const ParsedSection& s : paper.sections)
    for (const ParsedParagraph& p : s.paragraphs) out.push_back(FoldForCompare(p.number + " " + p.text));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> ParagraphKeys(const std::vector<store::Paragraph>& paragraphs) {
  std::vector<std::string> out;
  for (const store::Paragraph& p : paragraphs) out.push_back(FoldForCompare(p.number + " " + p.text));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> OfficerKeys(const std::vector<ParsedContactOfficer>& officers) {
  std::vector<std::string> out;
  for (const ParsedContactOfficer& c : officers) out.push_back(NameKey(c.name));
  std::sort(out.begin(), out.end());
  return out;
}

// What the file of a held paper said about it, recovered by parsing the document's stored text again (the
// store keeps no contact officers or agenda numbers on a paper).
struct HeldPaperFacts {
  std::string file;
  std::optional<std::string> agenda_item;
  std::optional<std::vector<std::string>> officer_keys;  // nullopt when unknown
};

// The import of one file, inside one transaction.
class Importer {
 public:
  Importer(store::Transaction& tx, const ParsedFile& parsed, const ImportSource& source,
           const ImportOptions& options, const Clock& clock)
      : tx_(tx),
        parsed_(parsed),
        source_(source),
        options_(options),
        clock_(clock),
        audit_(tx, clock, options.actor.value_or(kActor)) {}

  Result<ImportOutcome> Run() {
    out_.dry_run = options_.dry_run;
    Result<store::Document> held = tx_.documents().FindDocumentBySha256(parsed_.sha256);
    if (held.ok()) {
      out_.outcome = "duplicate";
      out_.document_id = held->id;
      out_.message = "already imported as document " + held->id.ToString() + " (" + held->file_name +
                     "); nothing was written";
      return std::move(out_);
    }
    if (held.error().code != ErrorCode::kNotFound) return held.error();

    if (!parsed_.meeting && parsed_.papers.empty() && parsed_.actions.empty()) {
      return Error::InvalidArgument("found no meeting, paper or action log in the file", "file");
    }
    RETURN_IF_ERROR(StoreDocument());
    RETURN_IF_ERROR(ResolveBody());
    RETURN_IF_ERROR(ResolveMeeting());
    RETURN_IF_ERROR(StoreAgenda());
    RETURN_IF_ERROR(StorePapers());
    RETURN_IF_ERROR(StoreAcronyms());
    RETURN_IF_ERROR(StoreActions());
    out_.outcome = "imported";
    out_.message = Summary();
    return std::move(out_);
  }

 private:
  Status StoreDocument() {
    store::Document doc;
    doc.sha256 = parsed_.sha256;
    doc.file_name = source_.file_name;
    doc.kind = source_.kind;
    doc.size = source_.size;
    doc.extracted_text = source_.extracted_text;
    doc.imported_at = clock_.NowSeconds();
    ASSIGN_OR_RETURN(store::Document stored, tx_.documents().CreateDocument(doc));
    out_.document_id = stored.id;
    return audit_.Created(
        "document", stored.id.value,
        {{"file_name", stored.file_name}, {"sha256", stored.sha256}, {"kind", stored.kind}});
  }

  // The body named by --body, else by the meeting's cover, else by the first paper's "To:".
  Status ResolveBody() {
    std::optional<std::string> name = options_.body;
    if (!name && parsed_.meeting && parsed_.meeting->body) name = parsed_.meeting->body;
    if (!name) {
      for (const ParsedPaper& p : parsed_.papers) {
        if (p.to && !Trim(*p.to).empty()) {
          name = p.to;
          break;
        }
      }
    }
    if (!name || NameKey(*name).empty()) {
      return Error::InvalidArgument("the file names no body (no cover and no \"To:\" line); pass --body NAME",
                                    "body");
    }
    ASSIGN_OR_RETURN(std::vector<store::Body> bodies,
                     store::ReadAllPages<store::Body>(
                         [&](const store::Page& page) { return tx_.bodies().ListBodies(page); }));
    const std::string key = NameKey(*name);
    const std::string short_key = CaseFold(Trim(*name));
    for (const store::Body& b : bodies) {
      if (NameKey(b.name) == key || (!b.short_name.empty() && CaseFold(b.short_name) == short_key)) {
        out_.body_id = b.id;
        return OkStatus();
      }
    }
    store::Body body;
    body.name = CleanName(*name);
    body.kind = "board";
    ASSIGN_OR_RETURN(store::Body stored, tx_.bodies().CreateBody(body));
    out_.body_id = stored.id;
    out_.body_created = true;
    return audit_.Created("body", stored.id.value, {{"name", stored.name}});
  }

  // The meeting of the cover, or of a single report's meeting date: found by body and date, else created.
  Status ResolveMeeting() {
    if (!out_.body_id.valid()) return OkStatus();
    std::optional<std::string> iso;
    if (parsed_.meeting && parsed_.meeting->date) {
      iso = parsed_.meeting->date;
    } else if (parsed_.papers.size() == 1 && parsed_.papers.front().meeting_date) {
      iso = parsed_.papers.front().meeting_date;
    }
    ASSIGN_OR_RETURN(std::optional<Date> date, OptionalDate(iso, "the meeting date"));
    if (!date) return OkStatus();
    meeting_date_ = date;
    ASSIGN_OR_RETURN(std::optional<store::Meeting> found, FindMeeting(*date));
    if (found) {
      out_.meeting_id = found->id;
      return OkStatus();
    }
    store::Meeting meeting;
    meeting.body_id = out_.body_id;
    meeting.date = *date;
    if (parsed_.meeting) {
      meeting.time = parsed_.meeting->time.value_or("");
      meeting.venue = parsed_.meeting->venue.value_or("");
    }
    meeting.status =
        *date < clock_.Today() ? store::MeetingStatus::kHeld : store::MeetingStatus::kAgendaPublished;
    ASSIGN_OR_RETURN(store::Meeting stored, tx_.meetings().CreateMeeting(meeting));
    out_.meeting_id = stored.id;
    out_.meeting_created = true;
    return audit_.Created("meeting", stored.id.value,
                          {{"body_id", stored.body_id.value}, {"date", date->ToIso()}});
  }

  Result<std::optional<store::Meeting>> FindMeeting(Date date) {
    store::MeetingFilter filter;
    filter.body_id = out_.body_id;
    filter.from = date;
    filter.until = date;
    filter.page.limit = 1;
    ASSIGN_OR_RETURN(std::vector<store::Meeting> meetings, tx_.meetings().ListMeetings(filter));
    if (meetings.empty()) return std::optional<store::Meeting>();
    return std::optional<store::Meeting>(meetings.front());
  }

  // Adds the agenda items the meeting lacks (matched by number); items already there are kept as they are.
  Status StoreAgenda() {
    if (!out_.meeting_id) return OkStatus();
    ASSIGN_OR_RETURN(std::vector<store::AgendaItem> held,
                     tx_.meetings().ListAgendaItems(*out_.meeting_id, Viewer::Everything()));
    for (store::AgendaItem& item : held) {
      next_position_ = std::max(next_position_, item.position + 1);
      items_[item.number] = std::move(item);
    }
    std::set<std::string> with_paper;
    for (const ParsedPaper& p : parsed_.papers)
      if (p.agenda_item) with_paper.insert(*p.agenda_item);
    for (const ParsedAgendaItem& a : parsed_.agenda) {
      if (a.number.empty() || items_.count(a.number)) continue;
      store::AgendaItemKind kind = a.verbal                     ? store::AgendaItemKind::kVerbal
                                   : with_paper.count(a.number) ? store::AgendaItemKind::kPaper
                                                                : store::AgendaItemKind::kStandard;
      RETURN_IF_ERROR(CreateAgendaItem(a.number, a.title, a.presenter.value_or(""), kind));
    }
    return OkStatus();
  }

  Status CreateAgendaItem(const std::string& number, const std::string& title, const std::string& presenter,
                          store::AgendaItemKind kind) {
    store::AgendaItem item;
    item.meeting_id = *out_.meeting_id;
    item.number = number;
    item.position = next_position_++;
    auto parent = items_.find(ParentNumber(number));
    if (parent != items_.end()) item.parent_item_id = parent->second.id;
    item.title = title;
    item.presenter = presenter;
    item.kind = kind;
    ASSIGN_OR_RETURN(store::AgendaItem stored, tx_.meetings().CreateAgendaItem(item));
    RETURN_IF_ERROR(audit_.Created("agenda_item", stored.id.value,
                                   {{"meeting_id", stored.meeting_id.value}, {"number", stored.number}}));
    items_[number] = std::move(stored);
    return OkStatus();
  }

  // Points the agenda item `number` of the meeting at `paper_id`, creating the item when the agenda lacks it.
  // An item that already carries another paper is left alone.
  Status LinkAgendaItem(const std::optional<std::string>& number, const std::string& title,
                        store::PaperId paper_id) {
    if (!out_.meeting_id || !number || number->empty()) return OkStatus();
    if (!items_.count(*number))
      RETURN_IF_ERROR(CreateAgendaItem(*number, title, "", store::AgendaItemKind::kPaper));
    store::AgendaItem& item = items_[*number];
    if (item.paper_id) return OkStatus();
    item.paper_id = paper_id;
    if (item.kind == store::AgendaItemKind::kStandard) item.kind = store::AgendaItemKind::kPaper;
    ASSIGN_OR_RETURN(item, tx_.meetings().UpdateAgendaItem(item));
    return OkStatus();
  }

  Status StorePapers() {
    if (parsed_.papers.empty()) return OkStatus();
    store::PaperFilter filter;
    filter.body_id = out_.body_id;
    ASSIGN_OR_RETURN(std::vector<store::Paper> held,
                     store::ReadAllPages<store::Paper>([&](const store::Page& page) {
                       store::PaperFilter f = filter;
                       f.page = page;
                       return tx_.papers().ListPapers(f, Viewer::Everything());
                     }));
    for (const ParsedPaper& p : parsed_.papers) RETURN_IF_ERROR(StorePaper(p, held));
    // Every paper's paragraphs, then every recommendation, each in one write: the search index then takes a
    // file's text in two passes instead of two a paper.
    RETURN_IF_ERROR(tx_.papers().CreateParagraphs(paragraphs_));
    RETURN_IF_ERROR(tx_.papers().CreateRecommendations(recommendations_));
    return OkStatus();
  }

  // The held papers that are the same paper as `p`, most similar first.
  std::vector<const store::Paper*> SamePaper(const ParsedPaper& p, const std::optional<Date>& date,
                                             const std::optional<Date>& meeting_date,
                                             const std::vector<store::Paper>& held) {
    std::vector<std::pair<double, const store::Paper*>> scored;
    for (const store::Paper& h : held) {
      const bool same_day = (date && h.date && *date == *h.date) ||
                            (meeting_date && h.meeting_date && *meeting_date == *h.meeting_date);
      if (!same_day) continue;
      const double s = TitleSimilarity(p.title, h.title);
      if (s >= kSameTitleSimilarity) scored.emplace_back(s, &h);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<const store::Paper*> out;
    for (const auto& [score, paper] : scored) out.push_back(paper);
    return out;
  }

  Result<HeldPaperFacts> FactsOf(const store::Paper& held) {
    HeldPaperFacts facts;
    if (!held.document_id) return facts;
    auto cached = reparsed_.find(held.document_id->value);
    if (cached == reparsed_.end()) {
      ASSIGN_OR_RETURN(store::Document doc, tx_.documents().GetDocument(*held.document_id));
      std::optional<ParsedFile> file;
      Result<Document> text = ReadText(doc.extracted_text, doc.file_name);
      if (text.ok()) {
        Result<ParsedFile> reparsed = ParseDocument(*text);
        if (reparsed.ok()) file = std::move(reparsed).value();
      }
      cached =
          reparsed_.emplace(held.document_id->value, std::make_pair(doc.file_name, std::move(file))).first;
    }
    facts.file = cached->second.first;
    if (!cached->second.second) return facts;
    const ParsedPaper* best = nullptr;
    double best_score = 0;
    for (const ParsedPaper& p : cached->second.second->papers) {
      const double s = TitleSimilarity(p.title, held.title);
      if (s > best_score) {
        best_score = s;
        best = &p;
      }
    }
    if (best && best_score >= kSameTitleSimilarity) {
      facts.agenda_item = best->agenda_item;
      facts.officer_keys = OfficerKeys(best->contact_officers);
    }
    return facts;
  }

  Result<PaperChanges> Compare(const ParsedPaper& p, const store::Paper& held, const HeldPaperFacts& facts) {
    PaperChanges changes;
    changes.title = FoldForCompare(p.title) != FoldForCompare(held.title);
    changes.contact_officers = facts.officer_keys && *facts.officer_keys != OfficerKeys(p.contact_officers);
    ASSIGN_OR_RETURN(std::vector<store::Paragraph> paragraphs,
                     tx_.papers().ListParagraphs(held.id, Viewer::Everything()));
    const std::vector<std::string> mine = ParagraphKeys(p);
    const std::vector<std::string> theirs = ParagraphKeys(paragraphs);
    std::vector<std::string> diff;
    std::set_difference(mine.begin(), mine.end(), theirs.begin(), theirs.end(), std::back_inserter(diff));
    changes.paragraphs_added = static_cast<int>(diff.size());
    diff.clear();
    std::set_difference(theirs.begin(), theirs.end(), mine.begin(), mine.end(), std::back_inserter(diff));
    changes.paragraphs_removed = static_cast<int>(diff.size());
    return changes;
  }

  static bool Unchanged(const PaperChanges& c) {
    return !c.title && !c.contact_officers && c.paragraphs_added == 0 && c.paragraphs_removed == 0;
  }

  static std::string Relation(const PaperChanges& c) {
    if (Unchanged(c)) return "the same paper";
    std::vector<std::string> parts;
    if (c.title) parts.push_back("the title");
    if (c.contact_officers) parts.push_back("the contact officers");
    if (c.paragraphs_added || c.paragraphs_removed) {
      parts.push_back(std::to_string(c.paragraphs_added) + " paragraphs added and " +
                      std::to_string(c.paragraphs_removed) + " removed");
    }
    std::string out = "another version of the same paper: ";
    for (size_t i = 0; i < parts.size(); ++i)
      out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return out + " differ";
  }

  Status StorePaper(const ParsedPaper& p, const std::vector<store::Paper>& held) {
    ASSIGN_OR_RETURN(std::optional<Date> date, OptionalDate(p.date, "the paper's date"));
    ASSIGN_OR_RETURN(std::optional<Date> meeting_date,
                     OptionalDate(p.meeting_date, "the paper's meeting date"));
    if (!meeting_date && parsed_.meeting) meeting_date = meeting_date_;

    PaperOutcome po;
    po.agenda_item = p.agenda_item;
    po.title = p.title;
    store::Paper paper;
    paper.body_id = out_.body_id;

    const std::vector<const store::Paper*> same = SamePaper(p, date, meeting_date, held);
    if (!same.empty()) {
      // Linked when any issue held is unchanged; otherwise a new issue of the first, compared with the best
      // match.
      for (const store::Paper* h : same) {
        ASSIGN_OR_RETURN(HeldPaperFacts facts, FactsOf(*h));
        ASSIGN_OR_RETURN(PaperChanges changes, Compare(p, *h, facts));
        ParsedDuplicate dup{facts.file, facts.agenda_item, Relation(changes)};
        if (Unchanged(changes)) {
          po.disposition = "linked";
          po.paper_id = h->id;
          po.same_as = dup;
          break;
        }
        if (!po.changes) {
          po.changes = changes;
          po.same_as = dup;
        }
      }
      if (po.disposition == "linked") {
        RETURN_IF_ERROR(LinkAgendaItem(p.agenda_item, p.title, po.paper_id));
        if (!out_.duplicate_of) out_.duplicate_of = po.same_as;
        out_.papers.push_back(std::move(po));
        return OkStatus();
      }
      const store::Paper& first = *same.front();
      const store::PaperId root = first.version_of.value_or(first.id);
      ASSIGN_OR_RETURN(std::vector<store::Paper> issues,
                       tx_.papers().ListPaperVersions(root, Viewer::Everything()));
      int64_t top = 1;
      for (const store::Paper& issue : issues) top = std::max(top, issue.version_number);
      paper.version_of = root;
      paper.version_number = top + 1;
      po.disposition = "new-version";
      po.version_of = root;
      po.version_number = paper.version_number;
      if (!out_.duplicate_of) out_.duplicate_of = po.same_as;
    } else {
      po.disposition = "created";
    }

    paper.title = p.title;
    paper.to = p.to.value_or("");
    paper.from = p.from.value_or("");
    paper.date = date;
    paper.meeting_date = meeting_date;
    paper.classification = ClassificationOf(p);
    paper.exempt = IsExempt(p);
    paper.published = !paper.exempt && paper.classification != store::Classification::kOfficialSensitive;
    paper.key_decision = p.key_decision.value_or(false);
    paper.electoral_divisions = p.electoral_divisions.value_or("");
    paper.document_id = out_.document_id;
    ASSIGN_OR_RETURN(store::Paper stored, tx_.papers().CreatePaper(paper));
    po.paper_id = stored.id;
    out_.paper_ids.push_back(stored.id);
    RETURN_IF_ERROR(audit_.Created("paper", stored.id.value,
                                   {{"title", stored.title},
                                    {"body_id", stored.body_id.value},
                                    {"version_number", stored.version_number},
                                    {"document_id", out_.document_id.value}}));
    RETURN_IF_ERROR(StorePaperParts(p, stored.id));
    if (p.inspection) RETURN_IF_ERROR(StoreInspection(*p.inspection, p.title, stored.id));
    RETURN_IF_ERROR(LinkAgendaItem(p.agenda_item, p.title, stored.id));
    out_.papers.push_back(std::move(po));
    return OkStatus();
  }

  Status StorePaperParts(const ParsedPaper& p, store::PaperId paper_id) {
    int64_t section_position = 0;
    int64_t paragraph_position = 0;
    for (const ParsedSection& s : p.sections) {
      store::PaperSection section;
      section.paper_id = paper_id;
      section.number = s.number;
      section.heading = s.heading;
      section.position = ++section_position;
      ASSIGN_OR_RETURN(store::PaperSection stored, tx_.papers().CreateSection(section));
      for (const ParsedParagraph& para : s.paragraphs) {
        store::Paragraph paragraph;
        paragraph.paper_id = paper_id;
        paragraph.section_id = stored.id;
        paragraph.number = para.number;
        paragraph.text = para.text;
        paragraph.position = ++paragraph_position;
        paragraphs_.push_back(std::move(paragraph));
      }
    }
    for (const ParsedRecommendation& r : p.recommendations) {
      store::Recommendation rec;
      rec.paper_id = paper_id;
      rec.label = r.label;
      rec.text = r.text;
      recommendations_.push_back(std::move(rec));
    }
    std::set<std::string> areas;  // a sign-off table that names an area twice keeps its first row
    for (const ParsedClearance& c : p.clearances) {
      if (Trim(c.area).empty() || !areas.insert(c.area).second) continue;
      store::Clearance clearance;
      clearance.paper_id = paper_id;
      clearance.area = c.area;
      clearance.cleared = c.cleared;
      clearance.officer = c.officer.value_or("");
      RETURN_IF_ERROR(tx_.papers().CreateClearance(clearance));
    }
    return OkStatus();
  }

  // The inspection a paper responds to, with its items in the report's order. The inspectorate is HMICFRS
  // when the report's or the paper's title names it.
  Status StoreInspection(const ParsedInspection& parsed, const std::string& paper_title,
                         store::PaperId paper_id) {
    store::Inspection inspection;
    inspection.paper_id = paper_id;
    inspection.title = parsed.title;
    const std::string titles = FoldForCompare(parsed.title + " " + paper_title);
    if (titles.find("hmicfrs") != std::string::npos ||
        titles.find("inspectorate of constabulary") != std::string::npos) {
      inspection.inspectorate = "HMICFRS";
    }
    ASSIGN_OR_RETURN(inspection.published,
                     OptionalDate(parsed.published, "the inspection's publication date"));
    ASSIGN_OR_RETURN(inspection.response_due,
                     OptionalDate(parsed.response_due, "the inspection's response date"));
    ASSIGN_OR_RETURN(store::Inspection stored, tx_.inspections().CreateInspection(inspection));
    RETURN_IF_ERROR(audit_.Created("inspection", stored.id.value,
                                   {{"title", stored.title}, {"paper_id", paper_id.value}}));
    int64_t position = 0;
    for (const ParsedInspectionItem& i : parsed.items) {
      if (Trim(i.text).empty()) continue;
      store::InspectionItem item;
      item.inspection_id = stored.id;
      item.position = ++position;
      item.kind = i.kind == "area-for-improvement" ? store::InspectionItemKind::kAreaForImprovement
                                                   : store::InspectionItemKind::kRecommendation;
      item.text = i.text;
      item.addressee = i.addressee.value_or("");
      ASSIGN_OR_RETURN(item.due, OptionalDate(i.due, "an inspection item's due date"));
      item.urgent = i.urgent;
      item.response = i.response.value_or("");
      RETURN_IF_ERROR(tx_.inspections().CreateInspectionItem(item));
    }
    return OkStatus();
  }

  // The file's acronyms, in the body's glossary. Each is kept with the first paper of the file that spells it
  // out (so it is seen only by those who may see that paper), else the file's first paper; a file without
  // papers adds none. An acronym the glossary already has is left as it is.
  Status StoreAcronyms() {
    if (parsed_.acronyms.empty() || out_.papers.empty()) return OkStatus();
    for (const ParsedAcronym& a : parsed_.acronyms) {
      if (Trim(a.short_form).empty() || Trim(a.long_form).empty()) continue;
      store::Acronym acronym;
      acronym.body_id = out_.body_id;
      acronym.short_form = a.short_form;
      acronym.long_form = a.long_form;
      acronym.paper_id = AcronymPaper(a);
      Result<store::Acronym> added = tx_.inspections().CreateAcronym(acronym);
      if (!added.ok() && added.error().code != ErrorCode::kAlreadyExists) return added.error();
    }
    return OkStatus();
  }

  // The paper of the file whose text spells out `acronym`: its long form, else "(SHORT)".
  store::PaperId AcronymPaper(const ParsedAcronym& acronym) const {
    const std::string long_form = FoldForCompare(acronym.long_form);
    const std::string bracketed = FoldForCompare("(" + acronym.short_form + ")");
    for (const std::string& needle : {long_form, bracketed}) {
      for (size_t i = 0; i < parsed_.papers.size() && i < out_.papers.size(); ++i) {
        const ParsedPaper& p = parsed_.papers[i];
        bool found = FoldForCompare(p.title).find(needle) != std::string::npos;
        for (const ParsedSection& s : p.sections) {
          for (const ParsedParagraph& g : s.paragraphs) {
            if (!found && FoldForCompare(g.text).find(needle) != std::string::npos) found = true;
          }
        }
        if (found) return out_.papers[i].paper_id;
      }
    }
    return out_.papers.front().paper_id;
  }

  Status StoreActions() {
    if (parsed_.actions.empty()) return OkStatus();
    store::ActionFilter filter;
    filter.body_id = out_.body_id;
    filter.viewer = store::Viewer::Everything();
    ASSIGN_OR_RETURN(std::vector<store::Action> held,
                     store::ReadAllPages<store::Action>([&](const store::Page& page) {
                       store::ActionFilter f = filter;
                       f.page = page;
                       return tx_.actions().ListActions(f);
                     }));
    std::map<std::string, store::Action> by_number;
    for (store::Action& a : held) by_number[a.number] = std::move(a);
    const Date update_date = meeting_date_.value_or(clock_.Today());
    for (const ParsedAction& a : parsed_.actions) {
      if (Trim(a.number).empty()) {
        return Error::InvalidArgument("an action-log row has no number: \"" + a.text.substr(0, 60) + "\"",
                                      "actions");
      }
      const std::optional<store::ActionStatus> mapped = a.status ? MapActionStatus(*a.status) : std::nullopt;
      const store::ActionStatus status = mapped.value_or(store::ActionStatus::kOpen);
      std::vector<std::string> notes = a.updates;
      if (a.status && !mapped) notes.push_back("Status on import: " + *a.status);

      auto found = by_number.find(a.number);
      if (found != by_number.end()) {
        RETURN_IF_ERROR(UpdateHeldAction(found->second, status, a.status.has_value(), notes, update_date));
        continue;
      }
      store::Action action;
      action.body_id = out_.body_id;
      action.number = a.number;
      ASSIGN_OR_RETURN(std::optional<Date> raised, OptionalDate(a.raised, "an action's raised date"));
      if (raised) {
        ASSIGN_OR_RETURN(std::optional<store::Meeting> m, FindMeeting(*raised));
        if (m) action.meeting_raised_id = m->id;
      }
      action.agenda_item_number = a.agenda_item.value_or("");
      action.text = a.text;
      action.owner = a.owner.value_or("");
      ASSIGN_OR_RETURN(action.target_date, OptionalDate(a.target_date, "an action's target date"));
      action.status = status;
      ASSIGN_OR_RETURN(store::Action stored, tx_.actions().CreateAction(action));
      out_.action_ids.push_back(stored.id);
      RETURN_IF_ERROR(audit_.Created("action", stored.id.value,
                                     {{"body_id", stored.body_id.value}, {"number", stored.number}}));
      for (const std::string& note : notes) RETURN_IF_ERROR(AppendUpdate(stored.id, note, update_date));
      by_number[stored.number] = std::move(stored);
    }
    return OkStatus();
  }

  // An action the log held before: appends the updates it lacks and takes the new status when one is written.
  Status UpdateHeldAction(store::Action& action, store::ActionStatus status, bool status_written,
                          const std::vector<std::string>& notes, Date date) {
    ASSIGN_OR_RETURN(std::vector<store::ActionUpdate> updates,
                     tx_.actions().ListActionUpdates(action.id, store::Viewer::Everything()));
    std::set<std::string> known;
    for (const store::ActionUpdate& u : updates) known.insert(FoldForCompare(u.text));
    bool changed = false;
    for (const std::string& note : notes) {
      const std::string_view undated = UpdateDate(note) ? std::string_view(note).substr(12) : note;
      if (!known.insert(FoldForCompare(undated)).second) continue;
      RETURN_IF_ERROR(AppendUpdate(action.id, note, date));
      changed = true;
    }
    if (status_written && action.status != status) {
      action.status = status;
      ASSIGN_OR_RETURN(action, tx_.actions().UpdateAction(action));
      changed = true;
    }
    if (changed) out_.updated_action_ids.push_back(action.id);
    return OkStatus();
  }

  // Appends an update dated `date`, or with the date it starts with ("2019-04-19: Request noted.").
  Status AppendUpdate(store::ActionId id, const std::string& text, Date date) {
    if (Trim(text).empty()) return OkStatus();
    store::ActionUpdate update;
    update.action_id = id;
    update.date = date;
    update.text = text;
    if (std::optional<Date> own = UpdateDate(text)) {
      update.date = *own;
      update.text = text.substr(12);
    }
    update.author = kActor;
    RETURN_IF_ERROR(tx_.actions().AppendActionUpdate(update));
    return OkStatus();
  }

  std::string Summary() const {
    int created = 0, versions = 0, linked = 0;
    for (const PaperOutcome& p : out_.papers) {
      if (p.disposition == "created") ++created;
      if (p.disposition == "new-version") ++versions;
      if (p.disposition == "linked") ++linked;
    }
    auto count = [](size_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    return "imported as document " + out_.document_id.ToString() + ": " +
           count(created, "new paper", "new papers") + ", " + count(versions, "new version", "new versions") +
           ", " + count(linked, "paper", "papers") + " linked to papers held, " +
           count(out_.action_ids.size(), "new action", "new actions") + ", " +
           count(out_.updated_action_ids.size(), "action", "actions") + " updated";
  }

  store::Transaction& tx_;
  const ParsedFile& parsed_;
  const ImportSource& source_;
  const ImportOptions& options_;
  const Clock& clock_;
  AuditWriter audit_;
  ImportOutcome out_;
  std::optional<Date> meeting_date_;
  std::map<std::string, store::AgendaItem> items_;  // the meeting's agenda by number
  int64_t next_position_ = 1;
  // The paragraphs and recommendations of the papers stored, written together once every paper is.
  std::vector<store::Paragraph> paragraphs_;
  std::vector<store::Recommendation> recommendations_;
  // Held documents parsed again, by document id: file name and what the parse found.
  std::map<int64_t, std::pair<std::string, std::optional<ParsedFile>>> reparsed_;
};

nlohmann::json DuplicateJson(const ParsedDuplicate& d) {
  nlohmann::json j = {{"file", d.file}, {"relation", d.relation}};
  if (d.agenda_item) j["agenda_item"] = *d.agenda_item;
  return j;
}

}  // namespace

ImportSource SourceOf(const Document& doc, std::string_view bytes) {
  ImportSource source;
  source.file_name = doc.source_name;
  switch (SniffFormat(bytes)) {
    case DocumentFormat::kPdf:
      source.kind = "pdf";
      break;
    case DocumentFormat::kDocx:
      source.kind = "docx";
      break;
    default:
      source.kind = "text";
  }
  source.size = static_cast<int64_t>(bytes.size());
  int page = doc.lines.empty() ? 1 : doc.lines.front().page;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& line = doc.lines[i];
    if (i > 0) source.extracted_text += line.page != page ? "\n\f" : "\n";
    page = line.page;
    source.extracted_text += line.text;
  }
  return source;
}

double TitleSimilarity(std::string_view a, std::string_view b) {
  const std::set<std::string> wa = Words(a);
  const std::set<std::string> wb = Words(b);
  if (wa.empty() || wb.empty()) return 0;
  size_t shared = 0;
  for (const std::string& w : wa) shared += wb.count(w);
  return static_cast<double>(shared) / static_cast<double>(std::max(wa.size(), wb.size()));
}

Result<ImportOutcome> ImportParsedFile(store::Store& store, const ParsedFile& parsed,
                                       const ImportSource& source, const ImportOptions& options,
                                       const Clock& clock) {
  if (!IsSha256(parsed.sha256)) {
    return Error::InvalidArgument("the file's SHA-256 is missing or malformed", "sha256");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadWrite));
  Importer importer(*tx, parsed, source, options, clock);
  ASSIGN_OR_RETURN(ImportOutcome outcome, importer.Run());
  if (!options.dry_run && outcome.outcome != "duplicate") RETURN_IF_ERROR(tx->Commit());
  return outcome;
}

nlohmann::json OutcomeToJson(const ImportOutcome& o) {
  nlohmann::json j = {{"outcome", o.outcome}, {"dry_run", o.dry_run}, {"message", o.message}};
  if (o.document_id.valid() && (o.outcome == "duplicate" || !o.dry_run))
    j["document_id"] = o.document_id.value;
  if (!o.dry_run && o.outcome != "duplicate") {
    nlohmann::json created = {{"paper_ids", nlohmann::json::array()},
                              {"action_ids", nlohmann::json::array()}};
    if (o.body_created) created["body_id"] = o.body_id.value;
    if (o.meeting_created) created["meeting_id"] = o.meeting_id->value;
    for (store::PaperId id : o.paper_ids) created["paper_ids"].push_back(id.value);
    for (store::ActionId id : o.action_ids) created["action_ids"].push_back(id.value);
    j["created"] = created;
    if (o.meeting_id) j["meeting_id"] = o.meeting_id->value;
    if (o.body_id.valid()) j["body_id"] = o.body_id.value;
    j["updated_action_ids"] = nlohmann::json::array();
    for (store::ActionId id : o.updated_action_ids) j["updated_action_ids"].push_back(id.value);
  }
  nlohmann::json papers = nlohmann::json::array();
  for (const PaperOutcome& p : o.papers) {
    nlohmann::json pj = {
        {"title", p.title}, {"disposition", p.disposition}, {"version_number", p.version_number}};
    if (p.agenda_item) pj["agenda_item"] = *p.agenda_item;
    if (!o.dry_run || p.disposition == "linked") pj["paper_id"] = p.paper_id.value;
    if (p.version_of) pj["version_of"] = p.version_of->value;
    if (p.changes) {
      pj["changes"] = {{"title", p.changes->title},
                       {"contact_officers", p.changes->contact_officers},
                       {"paragraphs_added", p.changes->paragraphs_added},
                       {"paragraphs_removed", p.changes->paragraphs_removed}};
    }
    if (p.same_as) pj["same_as"] = DuplicateJson(*p.same_as);
    papers.push_back(std::move(pj));
  }
  j["papers"] = std::move(papers);
  return j;
}

}  // namespace boardroom::papers
