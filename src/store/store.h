// The store: the backend-neutral interface through which every other room reads and writes records
// (store/records.h). One abstract class per aggregate, all reached through a Transaction opened on a Store,
// so a caller makes several writes that succeed or fail together. The SQLite backend
// (store/sqlite/sqlite_store.h) implements it today and PostgreSQL will tomorrow; tests/store/ holds the one
// contract suite both must pass.
//
// What does not belong here: domain rules (numbering, status changes, overdue policy, publication deadlines —
// see governance), authorisation (accounts decides who is a Viewer of what), and any SQL.
//
// Errors, the same for every method and every backend:
// - kNotFound: the record asked for does not exist, or the Viewer may not see it (the two are not told
// apart).
// - kAlreadyExists: a uniqueness rule would be broken (duplicate document sha256, agenda item number, ...).
// - kInvalidArgument: a reference names a row that does not exist, a value breaks a constraint, or a
// filter/page is
//   out of range (`field` says which).
// - kConflict: an Update passed a stale `version` (someone else changed the record first). Nothing is
// written.
// - kUnavailable: the database is busy (another writer holds it) or unreachable; trying again may work.
// - kFailedPrecondition: a write in a read-only transaction, or a delete of a record others still refer to.
// - kInternal: anything else (a bug, a corrupt database).
// A failed call leaves the transaction open and usable, with the failed statement's effects undone; dropping
// the transaction without Commit() undoes everything it did.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/account_store.h"
#include "store/inspection_store.h"
#include "store/meeting_record_store.h"
#include "store/plan_store.h"
#include "store/records.h"
#include "store/search_store.h"

namespace boardroom::store {

// Who is reading. Filtering by classification and publication happens inside the store's queries — one
// predicate per backend, used by every reading method that takes a Viewer — so no door (page, API, feed,
// search, export) can forget it. accounts decides what a signed-in user gets (see accounts::ViewerFor); the
// default is the public.
//
// A Paper of body B is visible to a viewer when
//   (published OR sees_unpublished OR B in unpublished_bodies) AND
//   ((NOT exempt AND classification <> official_sensitive) OR sees_sensitive OR B in sensitive_bodies).
// Sections, paragraphs, recommendations and clearances are visible when their paper is. An agenda item of
// kind kExempt is visible only with sees_sensitive or its meeting's body in sensitive_bodies; a visible item
// whose paper is not visible is returned with `paper_id` cleared.
struct Viewer {
  bool sees_unpublished = false;           // every body's unpublished material
  bool sees_sensitive = false;             // every body's exempt and OFFICIAL-SENSITIVE material
  std::vector<BodyId> unpublished_bodies;  // and these bodies' unpublished material
  std::vector<BodyId> sensitive_bodies;    // and these bodies' exempt and OFFICIAL-SENSITIVE material

  // A member of the public: published, non-exempt, non-sensitive material only.
  static Viewer Public() { return {}; }
  // Sees everything (administrators, the importer, the store's own tests).
  static Viewer Everything() { return {.sees_unpublished = true, .sees_sensitive = true}; }
};

// Which slice of a list to return. REQUIRES (else kInvalidArgument): 1 <= limit <= kMaxLimit, offset >= 0.
struct Page {
  static constexpr int64_t kMaxLimit = 1000;
  int64_t limit = 100;
  int64_t offset = 0;
};

// Every row of a paged list: calls `list_page(page)` (returning Result<std::vector<T>>) with pages of
// Page::kMaxLimit rows until one comes back short, and returns the rows in order, or the first error.
template <typename T, typename F>
Result<std::vector<T>> ReadAllPages(F&& list_page) {
  std::vector<T> all;
  Page page;
  page.limit = Page::kMaxLimit;
  for (;;) {
    ASSIGN_OR_RETURN(std::vector<T> rows, list_page(page));
    const bool last = static_cast<int64_t>(rows.size()) < page.limit;
    for (T& row : rows) all.push_back(std::move(row));
    if (last) return all;
    page.offset += page.limit;
  }
}

// Meetings by body and date range (inclusive), ordered by date then id.
struct MeetingFilter {
  std::optional<BodyId> body_id;
  std::optional<Date> from;
  std::optional<Date> until;
  Page page;
};

// Papers by body, ordered by date (undated last) then id. Only papers the viewer may see are returned.
struct PaperFilter {
  std::optional<BodyId> body_id;
  Page page;
};

// Actions, ordered by body then id. `overdue_as_of` keeps only actions whose target date is before that day
// and whose status is open or ongoing. Filters combine with AND.
struct ActionFilter {
  std::optional<BodyId> body_id;
  std::optional<ActionStatus> status;
  std::optional<std::string> owner;  // exact match
  std::optional<Date> overdue_as_of;
  Page page;
  Viewer viewer;  // exempt actions are listed only for a viewer who sees their body's exempt material
};

// Create* methods store a new record, ignoring the `id` and `version` passed in, and return it as stored
// (with its new id, version 1). Update* methods write every field of the record named by `id` if its stored
// version equals `version`, and return it with the version bumped; kNotFound when there is no such row,
// kConflict when the version is stale. Get* methods return kNotFound for a missing row.

// Organisations and people.
class OrganisationStore {
 public:
  virtual ~OrganisationStore() = default;

  virtual Result<Organisation> CreateOrganisation(const Organisation& organisation) = 0;
  virtual Result<Organisation> GetOrganisation(OrganisationId id) = 0;
  virtual Result<Organisation> UpdateOrganisation(const Organisation& organisation) = 0;
  // Ordered by name.
  virtual Result<std::vector<Organisation>> ListOrganisations(const Page& page) = 0;

  virtual Result<Person> CreatePerson(const Person& person) = 0;
  virtual Result<Person> GetPerson(PersonId id) = 0;
  virtual Result<Person> UpdatePerson(const Person& person) = 0;
  // People of one organisation, or everyone when `organisation_id` is empty; ordered by name.
  virtual Result<std::vector<Person>> ListPeople(std::optional<OrganisationId> organisation_id,
                                                 const Page& page) = 0;
};

// Bodies and their memberships.
class BodyStore {
 public:
  virtual ~BodyStore() = default;

  virtual Result<Body> CreateBody(const Body& body) = 0;
  virtual Result<Body> GetBody(BodyId id) = 0;
  // Replaces required_clearances too.
  virtual Result<Body> UpdateBody(const Body& body) = 0;
  // Ordered by name.
  virtual Result<std::vector<Body>> ListBodies(const Page& page) = 0;

  virtual Result<Membership> CreateMembership(const Membership& membership) = 0;
  virtual Result<Membership> GetMembership(MembershipId id) = 0;
  virtual Result<Membership> UpdateMembership(const Membership& membership) = 0;
  // Memberships of one body, ordered by id (past ones included: filter on `until` above the store).
  virtual Result<std::vector<Membership>> ListMemberships(BodyId body_id) = 0;
};

// Meetings and their agenda items.
class MeetingStore {
 public:
  virtual ~MeetingStore() = default;

  virtual Result<Meeting> CreateMeeting(const Meeting& meeting) = 0;
  virtual Result<Meeting> GetMeeting(MeetingId id) = 0;
  virtual Result<Meeting> UpdateMeeting(const Meeting& meeting) = 0;
  virtual Result<std::vector<Meeting>> ListMeetings(const MeetingFilter& filter) = 0;

  // kAlreadyExists when the meeting already has an item with this number.
  virtual Result<AgendaItem> CreateAgendaItem(const AgendaItem& item) = 0;
  // kNotFound also when the viewer may not see the item (see Viewer).
  virtual Result<AgendaItem> GetAgendaItem(AgendaItemId id, const Viewer& viewer = Viewer::Public()) = 0;
  virtual Result<AgendaItem> UpdateAgendaItem(const AgendaItem& item) = 0;
  // Removes the item. kNotFound when missing; kConflict on a stale version; kFailedPrecondition while
  // sub-items name it as their parent.
  virtual Status DeleteAgendaItem(AgendaItemId id, int64_t version) = 0;
  // The items of a meeting the viewer may see, ordered by position then id.
  virtual Result<std::vector<AgendaItem>> ListAgendaItems(MeetingId meeting_id,
                                                          const Viewer& viewer = Viewer::Public()) = 0;
};

// Papers with their sections, paragraphs, recommendations and clearances. Every reading method takes a Viewer
// and returns only what it may see; a paper it may not see is kNotFound, and its children are kNotFound or
// absent.
class PaperStore {
 public:
  virtual ~PaperStore() = default;

  // kAlreadyExists when `version_of` already has an issue with this `version_number`.
  virtual Result<Paper> CreatePaper(const Paper& paper) = 0;
  virtual Result<Paper> GetPaper(PaperId id, const Viewer& viewer = Viewer::Public()) = 0;
  virtual Result<Paper> UpdatePaper(const Paper& paper) = 0;
  virtual Result<std::vector<Paper>> ListPapers(const PaperFilter& filter,
                                                const Viewer& viewer = Viewer::Public()) = 0;
  // Every issue of the paper `id` belongs to (the first issue and its re-issues) that the viewer may see,
  // ordered by version_number. kNotFound when the viewer may not see `id` itself.
  virtual Result<std::vector<Paper>> ListPaperVersions(PaperId id,
                                                       const Viewer& viewer = Viewer::Public()) = 0;

  virtual Result<PaperSection> CreateSection(const PaperSection& section) = 0;
  virtual Result<PaperSection> UpdateSection(const PaperSection& section) = 0;
  // Ordered by position then id.
  virtual Result<std::vector<PaperSection>> ListSections(PaperId paper_id,
                                                         const Viewer& viewer = Viewer::Public()) = 0;

  virtual Result<Paragraph> CreateParagraph(const Paragraph& paragraph) = 0;
  // Stores `paragraphs` in order, as CreateParagraph one after the other would, and returns them as stored
  // (ids ascending in the order given); all of them or, on an error, none. For bulk writes such as an
  // import: the SQLite store writes them in one statement, so its search index takes them in one pass.
  virtual Result<std::vector<Paragraph>> CreateParagraphs(const std::vector<Paragraph>& paragraphs) = 0;
  virtual Result<Paragraph> GetParagraph(ParagraphId id, const Viewer& viewer = Viewer::Public()) = 0;
  virtual Result<Paragraph> UpdateParagraph(const Paragraph& paragraph) = 0;
  // Ordered by position then id.
  virtual Result<std::vector<Paragraph>> ListParagraphs(PaperId paper_id,
                                                        const Viewer& viewer = Viewer::Public()) = 0;

  virtual Result<Recommendation> CreateRecommendation(const Recommendation& recommendation) = 0;
  // Stores `recommendations` in order, as CreateParagraphs does paragraphs: all or none, one write for the
  // search index.
  virtual Result<std::vector<Recommendation>> CreateRecommendations(
      const std::vector<Recommendation>& recommendations) = 0;
  virtual Result<Recommendation> GetRecommendation(RecommendationId id,
                                                   const Viewer& viewer = Viewer::Public()) = 0;
  virtual Result<Recommendation> UpdateRecommendation(const Recommendation& recommendation) = 0;
  // Ordered by id (the order they were stored in).
  virtual Result<std::vector<Recommendation>> ListRecommendations(
      PaperId paper_id, const Viewer& viewer = Viewer::Public()) = 0;

  // kAlreadyExists when the paper already has a clearance for this area.
  virtual Result<Clearance> CreateClearance(const Clearance& clearance) = 0;
  virtual Result<Clearance> UpdateClearance(const Clearance& clearance) = 0;
  // Ordered by area.
  virtual Result<std::vector<Clearance>> ListClearances(PaperId paper_id,
                                                        const Viewer& viewer = Viewer::Public()) = 0;
};

// Action logs and their append-only updates.
class ActionStore {
 public:
  virtual ~ActionStore() = default;

  // kAlreadyExists when the body's log already has an action with this number.
  virtual Result<Action> CreateAction(const Action& action) = 0;
  // kNotFound also when the action is exempt and `viewer` does not see its body's exempt material.
  virtual Result<Action> GetAction(ActionId id, const Viewer& viewer = Viewer::Public()) = 0;
  virtual Result<Action> UpdateAction(const Action& action) = 0;
  virtual Result<std::vector<Action>> ListActions(const ActionFilter& filter) = 0;

  // Appends an update; returns it with its id.
  virtual Result<ActionUpdate> AppendActionUpdate(const ActionUpdate& update) = 0;
  // Updates of one action, ordered by date then id.
  virtual Result<std::vector<ActionUpdate>> ListActionUpdates(ActionId action_id,
                                                              const Viewer& viewer = Viewer::Public()) = 0;
};

// Imported files. Not filtered by Viewer: a document (often a whole meeting pack) is the importer's raw
// material and may hold exempt or sensitive papers, so no public door may serve a Document or its
// extracted_text; serve the Paper records made from it instead.
class DocumentStore {
 public:
  virtual ~DocumentStore() = default;

  // kAlreadyExists when a document with the same sha256 is stored (look it up with FindDocumentBySha256).
  // kInvalidArgument when sha256 is not 64 lower-case hex digits.
  virtual Result<Document> CreateDocument(const Document& document) = 0;
  virtual Result<Document> GetDocument(DocumentId id) = 0;
  virtual Result<Document> FindDocumentBySha256(const std::string& sha256) = 0;
  // Ordered by id; extracted_text is left empty in lists.
  virtual Result<std::vector<Document>> ListDocuments(const Page& page) = 0;
};

// The append-only audit trail.
class AuditStore {
 public:
  virtual ~AuditStore() = default;

  // Appends an event; returns it with its id.
  virtual Result<AuditEvent> AppendAuditEvent(const AuditEvent& event) = 0;
  // The most recent event (highest id), or nullopt when the trail is empty. The audit writer chains hashes
  // with it.
  virtual Result<std::optional<AuditEvent>> LatestAuditEvent() = 0;
  // The events about one record, oldest first.
  virtual Result<std::vector<AuditEvent>> ListAuditEvents(const std::string& record_kind, int64_t record_id,
                                                          const Page& page) = 0;
  // Every event, oldest (lowest id) first: the whole chain, for verifying it.
  virtual Result<std::vector<AuditEvent>> ListAuditTrail(const Page& page) = 0;
};

// One unit of work on one connection. Reads see a consistent snapshot taken at the first read (other writers'
// later commits are not seen). Commit() makes the writes durable and visible; the destructor rolls back
// whatever was not committed. Not thread-safe: use a transaction from one thread at a time. REQUIRES: the
// Store outlives every Transaction it opened.
class Transaction {
 public:
  virtual ~Transaction() = default;

  // Commits. kUnavailable when the database is busy (the transaction is then rolled back by the destructor).
  // REQUIRES: not yet committed.
  virtual Status Commit() = 0;

  // The aggregate stores, valid as long as this transaction. All work through this transaction.
  virtual OrganisationStore& organisations() = 0;
  virtual BodyStore& bodies() = 0;
  virtual MeetingStore& meetings() = 0;
  virtual PaperStore& papers() = 0;
  virtual ActionStore& actions() = 0;
  virtual DocumentStore& documents() = 0;
  virtual AuditStore& audit() = 0;
  virtual SearchStore& search() = 0;
  virtual AccountStore& accounts() = 0;
  // Attendance, declarations, decision meetings and governance read queries (store/meeting_record_store.h).
  virtual MeetingRecordStore& meeting_records() = 0;
  // Inspections, their items and the glossary of acronyms (store/inspection_store.h).
  virtual InspectionStore& inspections() = 0;
  // Plans, themes, objectives and theme tags (store/plan_store.h).
  virtual PlanStore& plans() = 0;
};

enum class Access {
  kReadOnly,   // writes fail with kFailedPrecondition; never waits for writers
  kReadWrite,  // takes the write lock at Begin (waits up to the backend's busy timeout, then kUnavailable)
};

// A database of records. Thread-safe: several threads may each Begin their own transactions.
class Store {
 public:
  virtual ~Store() = default;

  // Opens a transaction. kUnavailable when no connection or write lock can be had within the busy timeout.
  virtual Result<std::unique_ptr<Transaction>> Begin(Access access = Access::kReadWrite) = 0;

  // How many read-write transactions have committed through this Store object. It grows with every such
  // commit and never goes down, so a cache of anything read from the store (rendered public pages) stays
  // valid while it is unchanged. It does not see commits made by other processes or other Store objects on
  // the same database: such caches also expire by age. Thread-safe and cheap (no I/O).
  virtual uint64_t CommitCount() const = 0;
};

}  // namespace boardroom::store
