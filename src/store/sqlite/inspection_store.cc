// Inspections, their items and the glossary in SQLite.
#include "store/sqlite/inspection_store.h"

#include <utility>

#include "store/sqlite/inspection_statements.h"
#include "store/sqlite/sqlite_store_internal.h"

namespace boardroom::store::sqlite {
namespace {

Result<Inspection> ReadInspection(Query& q) {
  Inspection n;
  n.id = q.IdAt<InspectionId>(0);
  n.version = q.Int64(1);
  n.paper_id = q.IdAt<PaperId>(2);
  n.title = q.Text(3);
  n.inspectorate = q.Text(4);
  ASSIGN_OR_RETURN(n.published, q.OptionalDateAt(5));
  ASSIGN_OR_RETURN(n.response_due, q.OptionalDateAt(6));
  n.body_id = q.IdAt<BodyId>(7);
  return n;
}

void BindInspection(Query& q, const Inspection& n) {
  q.Bind(":title", n.title)
      .Bind(":inspectorate", n.inspectorate)
      .Bind(":published", n.published)
      .Bind(":response_due", n.response_due);
}

Result<InspectionItem> ReadItem(Query& q) {
  InspectionItem i;
  i.id = q.IdAt<InspectionItemId>(0);
  i.version = q.Int64(1);
  i.inspection_id = q.IdAt<InspectionId>(2);
  i.position = q.Int64(3);
  ASSIGN_OR_RETURN(i.kind, ParseInspectionItemKind(q.Text(4)));
  i.text = q.Text(5);
  i.addressee = q.Text(6);
  ASSIGN_OR_RETURN(i.due, q.OptionalDateAt(7));
  i.urgent = q.Bool(8);
  i.response = q.Text(9);
  ASSIGN_OR_RETURN(i.status, ParseInspectionItemStatus(q.Text(10)));
  return i;
}

void BindItem(Query& q, const InspectionItem& i) {
  q.Bind(":position", i.position)
      .Bind(":kind", Name(i.kind))
      .Bind(":text", i.text)
      .Bind(":addressee", i.addressee)
      .Bind(":due", i.due)
      .Bind(":urgent", i.urgent)
      .Bind(":response", i.response)
      .Bind(":status", Name(i.status));
}

Result<Acronym> ReadAcronym(Query& q) {
  Acronym a;
  a.id = q.IdAt<AcronymId>(0);
  a.body_id = q.IdAt<BodyId>(1);
  a.short_form = q.Text(2);
  a.long_form = q.Text(3);
  a.paper_id = q.IdAt<PaperId>(4);
  return a;
}

// The words of a query, as a JSON array of strings: runs of characters other than spaces and quotes.
std::string WordArray(std::string_view text) {
  std::string out = "[";
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : word) {
      if (c == '\\' || c == '"') out += '\\';
      if (static_cast<unsigned char>(c) < 0x20) continue;
      out += c;
    }
    out += '"';
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '"' || c == '\t' || c == '\n' || c == '(' || c == ')' || c == ',') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out + "]";
}

}  // namespace

Result<Inspection> SqliteInspectionStore::CreateInspection(const Inspection& inspection) {
  if (inspection.title.empty()) return Error::InvalidArgument("An inspection needs a title.", "title");
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertInspection));
  BindInspection(q, inspection);
  q.Bind(":paper_id", inspection.paper_id);
  Status created = q.Run("create the inspection");
  if (!created.ok()) {
    if (created.error().code == ErrorCode::kAlreadyExists) {
      return Error::AlreadyExists("Paper " + inspection.paper_id.ToString() + " already has an inspection.",
                                  "paper_id");
    }
    return std::move(created).error();
  }
  return GetInspection(InspectionId{q.LastInsertRowId()}, Viewer::Everything());
}

Result<Inspection> SqliteInspectionStore::GetInspection(InspectionId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectInspection));
  q.Bind(":id", id);
  BindViewer(q, viewer);
  return ReadOne<Inspection>(q, "read the inspection", ReadInspection,
                             "No inspection has id " + id.ToString() + ".");
}

Result<std::optional<Inspection>> SqliteInspectionStore::FindInspectionByPaper(PaperId paper_id,
                                                                               const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectInspectionByPaper));
  q.Bind(":paper_id", paper_id);
  BindViewer(q, viewer);
  ASSIGN_OR_RETURN(bool row, q.Step("find the paper's inspection"));
  if (!row) return std::optional<Inspection>();
  ASSIGN_OR_RETURN(Inspection found, ReadInspection(q));
  return std::optional<Inspection>(std::move(found));
}

Result<Inspection> SqliteInspectionStore::UpdateInspection(const Inspection& inspection) {
  if (inspection.title.empty()) return Error::InvalidArgument("An inspection needs a title.", "title");
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateInspection));
  BindInspection(q, inspection);
  q.Bind(":id", inspection.id).Bind(":version", inspection.version);
  RETURN_IF_ERROR(q.Run("update the inspection"));
  return FinishVersionedWrite(q.Changes() > 0, "inspection",
                              [&] { return GetInspection(inspection.id, Viewer::Everything()); });
}

Result<std::vector<Inspection>> SqliteInspectionStore::ListInspections(const InspectionFilter& filter,
                                                                       const Viewer& viewer,
                                                                       const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListInspections));
  q.Bind(":body_id", filter.body_id);
  BindViewer(q, viewer);
  BindPage(q, page);
  return ReadAll<Inspection>(q, "list inspections", ReadInspection);
}

Result<InspectionItem> SqliteInspectionStore::CreateInspectionItem(const InspectionItem& item) {
  if (item.text.empty()) return Error::InvalidArgument("An inspection item needs its text.", "text");
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertInspectionItem));
  BindItem(q, item);
  q.Bind(":inspection_id", item.inspection_id);
  RETURN_IF_ERROR(q.Run("create the inspection item"));
  return GetInspectionItem(InspectionItemId{q.LastInsertRowId()}, Viewer::Everything());
}

Result<InspectionItem> SqliteInspectionStore::GetInspectionItem(InspectionItemId id, const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectInspectionItem));
  q.Bind(":id", id);
  BindViewer(q, viewer);
  return ReadOne<InspectionItem>(q, "read the inspection item", ReadItem,
                                 "No inspection item has id " + id.ToString() + ".");
}

Result<InspectionItem> SqliteInspectionStore::UpdateInspectionItem(const InspectionItem& item) {
  if (item.text.empty()) return Error::InvalidArgument("An inspection item needs its text.", "text");
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateInspectionItem));
  BindItem(q, item);
  q.Bind(":id", item.id).Bind(":version", item.version);
  RETURN_IF_ERROR(q.Run("update the inspection item"));
  return FinishVersionedWrite(q.Changes() > 0, "inspection item",
                              [&] { return GetInspectionItem(item.id, Viewer::Everything()); });
}

Result<std::vector<InspectionItem>> SqliteInspectionStore::ListInspectionItems(InspectionId inspection_id,
                                                                               const Viewer& viewer) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListInspectionItems));
  q.Bind(":inspection_id", inspection_id);
  BindViewer(q, viewer);
  return ReadAll<InspectionItem>(q, "list inspection items", ReadItem);
}

Result<Acronym> SqliteInspectionStore::CreateAcronym(const Acronym& acronym) {
  if (acronym.short_form.empty() || acronym.long_form.empty()) {
    return Error::InvalidArgument("An acronym needs its short and long forms.", "short_form");
  }
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertAcronym));
  q.Bind(":body_id", acronym.body_id)
      .Bind(":short_form", acronym.short_form)
      .Bind(":long_form", acronym.long_form)
      .Bind(":paper_id", acronym.paper_id);
  Status created = q.Run("add the acronym");
  if (!created.ok()) {
    if (created.error().code == ErrorCode::kAlreadyExists) {
      return Error::AlreadyExists(
          "The glossary already has " + acronym.short_form + " for " + acronym.long_form + ".", "short_form");
    }
    return std::move(created).error();
  }
  ASSIGN_OR_RETURN(Query read, db_.Prepare(sql::kSelectAcronym));
  read.Bind(":id", q.LastInsertRowId());
  return ReadOne<Acronym>(read, "read the acronym", ReadAcronym, "The acronym just added is missing.");
}

Result<std::vector<Acronym>> SqliteInspectionStore::ListAcronyms(const AcronymFilter& filter,
                                                                 const Viewer& viewer, const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListAcronyms));
  q.Bind(":body_id", filter.body_id).Bind(":contains", filter.contains).Bind(":query", filter.for_query);
  q.Bind(":words", WordArray(filter.for_query.value_or("")));
  BindViewer(q, viewer);
  BindPage(q, page);
  return ReadAll<Acronym>(q, "list acronyms", ReadAcronym);
}

}  // namespace boardroom::store::sqlite
