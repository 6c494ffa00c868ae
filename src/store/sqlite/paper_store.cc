// Papers, sections, paragraphs, recommendations and clearances in SQLite. Every read binds the Viewer, whose
// rule is BR_PAPER_VISIBLE in statements.h.
#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

Result<Paper> ReadPaper(Query& q) {
  Paper p;
  p.id = q.IdAt<PaperId>(0);
  p.version = q.Int64(1);
  p.body_id = q.IdAt<BodyId>(2);
  p.title = q.Text(3);
  p.to = q.Text(4);
  p.from = q.Text(5);
  ASSIGN_OR_RETURN(p.date, q.OptionalDateAt(6));
  ASSIGN_OR_RETURN(p.meeting_date, q.OptionalDateAt(7));
  ASSIGN_OR_RETURN(p.classification, ParseClassification(q.Text(8)));
  p.published = q.Bool(9);
  p.exempt = q.Bool(10);
  p.key_decision = q.Bool(11);
  p.electoral_divisions = q.Text(12);
  p.version_number = q.Int64(13);
  p.version_of = q.OptionalIdAt<PaperId>(14);
  p.document_id = q.OptionalIdAt<DocumentId>(15);
  return p;
}

Result<PaperSection> ReadSection(Query& q) {
  PaperSection s;
  s.id = q.IdAt<PaperSectionId>(0);
  s.version = q.Int64(1);
  s.paper_id = q.IdAt<PaperId>(2);
  s.number = q.Text(3);
  s.heading = q.Text(4);
  s.position = q.Int64(5);
  return s;
}

Result<Paragraph> ReadParagraph(Query& q) {
  Paragraph g;
  g.id = q.IdAt<ParagraphId>(0);
  g.version = q.Int64(1);
  g.paper_id = q.IdAt<PaperId>(2);
  g.section_id = q.OptionalIdAt<PaperSectionId>(3);
  g.number = q.Text(4);
  g.heading = q.Text(5);
  g.text = q.Text(6);
  g.position = q.Int64(7);
  return g;
}

Result<Recommendation> ReadRecommendation(Query& q) {
  Recommendation r;
  r.id = q.IdAt<RecommendationId>(0);
  r.version = q.Int64(1);
  r.paper_id = q.IdAt<PaperId>(2);
  r.label = q.Text(3);
  r.text = q.Text(4);
  ASSIGN_OR_RETURN(r.outcome, ParseRecommendationOutcome(q.Text(5)));
  r.outcome_note = q.Text(6);
  return r;
}

Result<Clearance> ReadClearance(Query& q) {
  Clearance c;
  c.id = q.IdAt<ClearanceId>(0);
  c.version = q.Int64(1);
  c.paper_id = q.IdAt<PaperId>(2);
  c.area = q.Text(3);
  c.cleared = q.Bool(4);
  c.officer = q.Text(5);
  return c;
}

// What an insert of `record` stored, without reading it back: every column of sections, paragraphs,
// recommendations and clearances is bound from the record as given (no default and no trigger changes one),
// and a new row is version 1. Reading each row back after its insert cost the import a query a paragraph;
// the store contract tests check that the record returned equals the one read afterwards.
template <typename Record, typename Id>
Record Inserted(const Record& record, Id id) {
  Record out = record;
  out.id = id;
  out.version = 1;
  return out;
}

bool HasNul(std::string_view s) {
  return s.find('\0') != std::string_view::npos;
}

// `s` as a JSON string for SQLite's JSON functions: quotes, backslashes and control characters escaped,
// every other byte as it is (SQLite gives them back unchanged, so the text stored is byte for byte the text
// given). REQUIRES: no NUL byte.
void AppendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  out += '"';
}

void BindPaper(Query& q, const Paper& p) {
  q.Bind(":body_id", p.body_id)
      .Bind(":title", p.title)
      .Bind(":to", p.to)
      .Bind(":from", p.from)
      .Bind(":date", p.date)
      .Bind(":meeting_date", p.meeting_date)
      .Bind(":classification", Name(p.classification))
      .Bind(":published", p.published)
      .Bind(":exempt", p.exempt)
      .Bind(":key_decision", p.key_decision)
      .Bind(":electoral_divisions", p.electoral_divisions)
      .Bind(":version_number", p.version_number)
      .Bind(":version_of", p.version_of)
      .Bind(":document_id", p.document_id);
}

void BindSection(Query& q, const PaperSection& s) {
  q.Bind(":paper_id", s.paper_id)
      .Bind(":number", s.number)
      .Bind(":heading", s.heading)
      .Bind(":position", s.position);
}

void BindParagraph(Query& q, const Paragraph& g) {
  q.Bind(":paper_id", g.paper_id)
      .Bind(":section_id", g.section_id)
      .Bind(":number", g.number)
      .Bind(":heading", g.heading)
      .Bind(":text", g.text)
      .Bind(":position", g.position);
}

void BindRecommendation(Query& q, const Recommendation& r) {
  q.Bind(":paper_id", r.paper_id)
      .Bind(":label", r.label)
      .Bind(":text", r.text)
      .Bind(":outcome", Name(r.outcome))
      .Bind(":outcome_note", r.outcome_note);
}

void BindClearance(Query& q, const Clearance& c) {
  q.Bind(":paper_id", c.paper_id)
      .Bind(":area", c.area)
      .Bind(":cleared", c.cleared)
      .Bind(":officer", c.officer);
}

}  // namespace

// --- Papers
// ------------------------------------------------------------------------------------------------------

Result<Paper> SqlitePaperStore::CreatePaper(const Paper& paper) {
  if (paper.version_number < 1)
    return Error::InvalidArgument("A paper's version number starts at 1.", "version_number");
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertPaper));
  BindPaper(q, paper);
  RETURN_IF_ERROR(q.Run("create the paper"));
  return GetPaper(PaperId{q.LastInsertRowId()}, Viewer::Everything());
}

Result<Paper> SqlitePaperStore::GetPaper(PaperId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectPaper));
  q.Bind(":id", id);
  BindViewer(q, viewer);
  return ReadOne<Paper>(q, "read the paper", ReadPaper, "No paper has id " + id.ToString() + ".");
}

Result<Paper> SqlitePaperStore::UpdatePaper(const Paper& paper) {
  if (paper.version_number < 1)
    return Error::InvalidArgument("A paper's version number starts at 1.", "version_number");
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdatePaper));
  BindPaper(q, paper);
  q.Bind(":id", paper.id).Bind(":version", paper.version);
  RETURN_IF_ERROR(q.Run("update the paper"));
  return FinishVersionedWrite(q.Changes() > 0, "paper",
                              [&] { return GetPaper(paper.id, Viewer::Everything()); });
}

Result<std::vector<Paper>> SqlitePaperStore::ListPapers(const PaperFilter& filter, const Viewer& viewer) {
  RETURN_IF_ERROR(CheckPage(filter.page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListPapers));
  q.Bind(":body_id", filter.body_id);
  BindPage(q, filter.page);
  BindViewer(q, viewer);
  return ReadAll<Paper>(q, "list papers", ReadPaper);
}

Result<std::vector<Paper>> SqlitePaperStore::ListPaperVersions(PaperId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Paper paper, GetPaper(id, viewer));
  PaperId root = paper.version_of.value_or(paper.id);
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListPaperVersions));
  q.Bind(":root", root);
  BindViewer(q, viewer);
  return ReadAll<Paper>(q, "list the paper's versions", ReadPaper);
}

// --- Sections
// ----------------------------------------------------------------------------------------------------

Result<PaperSection> SqlitePaperStore::GetSection(PaperSectionId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectSection));
  q.Bind(":id", id);
  BindViewer(q, Viewer::Everything());
  return ReadOne<PaperSection>(q, "read the section", ReadSection,
                               "No section has id " + id.ToString() + ".");
}

Result<PaperSection> SqlitePaperStore::CreateSection(const PaperSection& section) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertSection));
  BindSection(q, section);
  RETURN_IF_ERROR(q.Run("create the section"));
  return Inserted(section, PaperSectionId{q.LastInsertRowId()});
}

Result<PaperSection> SqlitePaperStore::UpdateSection(const PaperSection& section) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateSection));
  BindSection(q, section);
  q.Bind(":id", section.id).Bind(":version", section.version);
  RETURN_IF_ERROR(q.Run("update the section"));
  return FinishVersionedWrite(q.Changes() > 0, "section", [&] { return GetSection(section.id); });
}

Result<std::vector<PaperSection>> SqlitePaperStore::ListSections(PaperId paper_id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListSections));
  q.Bind(":paper_id", paper_id);
  BindViewer(q, viewer);
  return ReadAll<PaperSection>(q, "list sections", ReadSection);
}

// --- Paragraphs
// --------------------------------------------------------------------------------------------------

Result<Paragraph> SqlitePaperStore::CreateParagraph(const Paragraph& paragraph) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertParagraph));
  BindParagraph(q, paragraph);
  RETURN_IF_ERROR(q.Run("create the paragraph"));
  return Inserted(paragraph, ParagraphId{q.LastInsertRowId()});
}

Result<int64_t> SqlitePaperStore::NextId(const char* next_id_sql, std::string_view what) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(next_id_sql));
  ASSIGN_OR_RETURN(bool row, q.Step(what));
  if (!row) return Error::Internal("Could not " + std::string(what) + ".");
  return q.Int64(0);
}

Result<std::vector<Paragraph>> SqlitePaperStore::CreateParagraphs(const std::vector<Paragraph>& paragraphs) {
  std::vector<Paragraph> out;
  out.reserve(paragraphs.size());
  if (paragraphs.empty()) return out;
  // JSON cannot carry a NUL byte into SQLite's text; such a paragraph (no reader makes one) goes the slow
  // way.
  for (const Paragraph& g : paragraphs) {
    if (HasNul(g.number) || HasNul(g.heading) || HasNul(g.text)) {
      for (const Paragraph& each : paragraphs) {
        ASSIGN_OR_RETURN(Paragraph stored, CreateParagraph(each));
        out.push_back(std::move(stored));
      }
      return out;
    }
  }
  ASSIGN_OR_RETURN(const int64_t first_id, NextId(sql::kNextParagraphId, "number the paragraphs"));
  std::string rows = "[";
  for (const Paragraph& g : paragraphs) {
    if (rows.size() > 1) rows += ',';
    rows += '[';
    rows += std::to_string(g.paper_id.value);
    rows += ',';
    rows += g.section_id ? std::to_string(g.section_id->value) : std::string("null");
    rows += ',';
    AppendJsonString(rows, g.number);
    rows += ',';
    AppendJsonString(rows, g.heading);
    rows += ',';
    AppendJsonString(rows, g.text);
    rows += ',';
    rows += std::to_string(g.position);
    rows += ']';
  }
  rows += ']';
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertParagraphs));
  q.Bind(":first_id", first_id).Bind(":rows", rows);
  RETURN_IF_ERROR(q.Run("create the paragraphs"));
  if (q.Changes() != static_cast<int64_t>(paragraphs.size()))
    return Error::Internal("Stored " + std::to_string(q.Changes()) + " of " +
                           std::to_string(paragraphs.size()) + " paragraphs.");
  for (size_t i = 0; i < paragraphs.size(); ++i)
    out.push_back(Inserted(paragraphs[i], ParagraphId{first_id + static_cast<int64_t>(i)}));
  return out;
}

Result<Paragraph> SqlitePaperStore::GetParagraph(ParagraphId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectParagraph));
  q.Bind(":id", id);
  BindViewer(q, viewer);
  return ReadOne<Paragraph>(q, "read the paragraph", ReadParagraph,
                            "No paragraph has id " + id.ToString() + ".");
}

Result<Paragraph> SqlitePaperStore::UpdateParagraph(const Paragraph& paragraph) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateParagraph));
  BindParagraph(q, paragraph);
  q.Bind(":id", paragraph.id).Bind(":version", paragraph.version);
  RETURN_IF_ERROR(q.Run("update the paragraph"));
  return FinishVersionedWrite(q.Changes() > 0, "paragraph",
                              [&] { return GetParagraph(paragraph.id, Viewer::Everything()); });
}

Result<std::vector<Paragraph>> SqlitePaperStore::ListParagraphs(PaperId paper_id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListParagraphs));
  q.Bind(":paper_id", paper_id);
  BindViewer(q, viewer);
  return ReadAll<Paragraph>(q, "list paragraphs", ReadParagraph);
}

// --- Recommendations
// ---------------------------------------------------------------------------------------------

Result<Recommendation> SqlitePaperStore::CreateRecommendation(const Recommendation& recommendation) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertRecommendation));
  BindRecommendation(q, recommendation);
  RETURN_IF_ERROR(q.Run("create the recommendation"));
  return Inserted(recommendation, RecommendationId{q.LastInsertRowId()});
}

Result<std::vector<Recommendation>> SqlitePaperStore::CreateRecommendations(
    const std::vector<Recommendation>& recommendations) {
  std::vector<Recommendation> out;
  out.reserve(recommendations.size());
  if (recommendations.empty()) return out;
  for (const Recommendation& r : recommendations) {
    if (HasNul(r.label) || HasNul(r.text) || HasNul(r.outcome_note)) {
      for (const Recommendation& each : recommendations) {
        ASSIGN_OR_RETURN(Recommendation stored, CreateRecommendation(each));
        out.push_back(std::move(stored));
      }
      return out;
    }
  }
  ASSIGN_OR_RETURN(const int64_t first_id, NextId(sql::kNextRecommendationId, "number the recommendations"));
  std::string rows = "[";
  for (const Recommendation& r : recommendations) {
    if (rows.size() > 1) rows += ',';
    rows += '[';
    rows += std::to_string(r.paper_id.value);
    rows += ',';
    AppendJsonString(rows, r.label);
    rows += ',';
    AppendJsonString(rows, r.text);
    rows += ',';
    AppendJsonString(rows, Name(r.outcome));
    rows += ',';
    AppendJsonString(rows, r.outcome_note);
    rows += ']';
  }
  rows += ']';
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertRecommendations));
  q.Bind(":first_id", first_id).Bind(":rows", rows);
  RETURN_IF_ERROR(q.Run("create the recommendations"));
  if (q.Changes() != static_cast<int64_t>(recommendations.size()))
    return Error::Internal("Stored " + std::to_string(q.Changes()) + " of " +
                           std::to_string(recommendations.size()) + " recommendations.");
  for (size_t i = 0; i < recommendations.size(); ++i)
    out.push_back(Inserted(recommendations[i], RecommendationId{first_id + static_cast<int64_t>(i)}));
  return out;
}

Result<Recommendation> SqlitePaperStore::GetRecommendation(RecommendationId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectRecommendation));
  q.Bind(":id", id);
  BindViewer(q, viewer);
  return ReadOne<Recommendation>(q, "read the recommendation", ReadRecommendation,
                                 "No recommendation has id " + id.ToString() + ".");
}

Result<Recommendation> SqlitePaperStore::UpdateRecommendation(const Recommendation& recommendation) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateRecommendation));
  BindRecommendation(q, recommendation);
  q.Bind(":id", recommendation.id).Bind(":version", recommendation.version);
  RETURN_IF_ERROR(q.Run("update the recommendation"));
  return FinishVersionedWrite(q.Changes() > 0, "recommendation",
                              [&] { return GetRecommendation(recommendation.id, Viewer::Everything()); });
}

Result<std::vector<Recommendation>> SqlitePaperStore::ListRecommendations(PaperId paper_id,
                                                                          const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListRecommendations));
  q.Bind(":paper_id", paper_id);
  BindViewer(q, viewer);
  return ReadAll<Recommendation>(q, "list recommendations", ReadRecommendation);
}

// --- Clearances
// --------------------------------------------------------------------------------------------------

Result<Clearance> SqlitePaperStore::GetClearance(ClearanceId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectClearance));
  q.Bind(":id", id);
  BindViewer(q, Viewer::Everything());
  return ReadOne<Clearance>(q, "read the clearance", ReadClearance,
                            "No clearance has id " + id.ToString() + ".");
}

Result<Clearance> SqlitePaperStore::CreateClearance(const Clearance& clearance) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertClearance));
  BindClearance(q, clearance);
  RETURN_IF_ERROR(q.Run("create the clearance"));
  return Inserted(clearance, ClearanceId{q.LastInsertRowId()});
}

Result<Clearance> SqlitePaperStore::UpdateClearance(const Clearance& clearance) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateClearance));
  BindClearance(q, clearance);
  q.Bind(":id", clearance.id).Bind(":version", clearance.version);
  RETURN_IF_ERROR(q.Run("update the clearance"));
  return FinishVersionedWrite(q.Changes() > 0, "clearance", [&] { return GetClearance(clearance.id); });
}

Result<std::vector<Clearance>> SqlitePaperStore::ListClearances(PaperId paper_id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListClearances));
  q.Bind(":paper_id", paper_id);
  BindViewer(q, viewer);
  return ReadAll<Clearance>(q, "list clearances", ReadClearance);
}

}  // namespace boardroom::store::sqlite
