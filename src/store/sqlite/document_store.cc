// Imported documents and the audit trail in SQLite.
#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

Result<Document> ReadDocument(Query& q) {
  Document d;
  d.id = q.IdAt<DocumentId>(0);
  d.sha256 = q.Text(1);
  d.file_name = q.Text(2);
  d.kind = q.Text(3);
  d.size = q.Int64(4);
  d.extracted_text = q.Text(5);
  d.imported_at = q.Int64(6);
  return d;
}

Result<AuditEvent> ReadAuditEvent(Query& q) {
  AuditEvent e;
  e.id = q.IdAt<AuditEventId>(0);
  e.at = q.Int64(1);
  e.actor = q.Text(2);
  e.action = q.Text(3);
  e.record_kind = q.Text(4);
  e.record_id = q.Int64(5);
  e.before_json = q.Text(6);
  e.after_json = q.Text(7);
  e.address = q.Text(8);
  e.previous_hash = q.Text(9);
  e.hash = q.Text(10);
  return e;
}

bool IsSha256Hex(const std::string& text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

Result<Document> SqliteDocumentStore::CreateDocument(const Document& document) {
  if (!IsSha256Hex(document.sha256)) {
    return Error::InvalidArgument("A document's sha256 must be 64 lower-case hex digits.", "sha256");
  }
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertDocument));
  q.Bind(":sha256", document.sha256)
      .Bind(":file_name", document.file_name)
      .Bind(":kind", document.kind)
      .Bind(":size", document.size)
      .Bind(":extracted_text", document.extracted_text)
      .Bind(":imported_at", document.imported_at);
  Status stored = q.Run("store the document");
  if (!stored.ok() && stored.error().code == ErrorCode::kAlreadyExists) {
    return Error::AlreadyExists("A document with sha256 " + document.sha256 + " is already stored.",
                                "sha256");
  }
  RETURN_IF_ERROR(stored);
  return GetDocument(DocumentId{q.LastInsertRowId()});
}

Result<Document> SqliteDocumentStore::GetDocument(DocumentId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectDocument));
  q.Bind(":id", id);
  return ReadOne<Document>(q, "read the document", ReadDocument, "No document has id " + id.ToString() + ".");
}

Result<Document> SqliteDocumentStore::FindDocumentBySha256(const std::string& sha256) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectDocumentBySha256));
  q.Bind(":sha256", sha256);
  return ReadOne<Document>(q, "find the document", ReadDocument, "No document has sha256 " + sha256 + ".");
}

Result<std::vector<Document>> SqliteDocumentStore::ListDocuments(const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListDocuments));
  BindPage(q, page);
  return ReadAll<Document>(q, "list documents", ReadDocument);
}

Result<AuditEvent> SqliteAuditStore::AppendAuditEvent(const AuditEvent& event) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertAuditEvent));
  q.Bind(":at", event.at)
      .Bind(":actor", event.actor)
      .Bind(":action", event.action)
      .Bind(":record_kind", event.record_kind)
      .Bind(":record_id", event.record_id)
      .Bind(":before_json", event.before_json)
      .Bind(":after_json", event.after_json)
      .Bind(":address", event.address)
      .Bind(":previous_hash", event.previous_hash)
      .Bind(":hash", event.hash);
  RETURN_IF_ERROR(q.Run("append the audit event"));
  AuditEvent stored = event;
  stored.id = AuditEventId{q.LastInsertRowId()};
  return stored;
}

Result<std::optional<AuditEvent>> SqliteAuditStore::LatestAuditEvent() {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectLatestAuditEvent));
  ASSIGN_OR_RETURN(bool row, q.Step("read the latest audit event"));
  if (!row) return std::optional<AuditEvent>();
  ASSIGN_OR_RETURN(AuditEvent event, ReadAuditEvent(q));
  return std::optional<AuditEvent>(std::move(event));
}

Result<std::vector<AuditEvent>> SqliteAuditStore::ListAuditEvents(const std::string& record_kind,
                                                                  int64_t record_id, const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListAuditEvents));
  q.Bind(":record_kind", record_kind).Bind(":record_id", record_id);
  BindPage(q, page);
  return ReadAll<AuditEvent>(q, "list audit events", ReadAuditEvent);
}

Result<std::vector<AuditEvent>> SqliteAuditStore::ListAuditTrail(const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListAuditTrail));
  BindPage(q, page);
  return ReadAll<AuditEvent>(q, "list the audit trail", ReadAuditEvent);
}

}  // namespace boardroom::store::sqlite
