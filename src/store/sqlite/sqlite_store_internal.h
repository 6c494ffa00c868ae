// Internals of the SQLite store shared by its source files: one class per aggregate interface of
// store/store.h, each working on the connection of one transaction, and the helpers they share. Not for use
// outside store/sqlite.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/sqlite/connection.h"
#include "store/store.h"

namespace boardroom::store::sqlite {

// kInvalidArgument unless 1 <= limit <= Page::kMaxLimit and offset >= 0.
Status CheckPage(const Page& page);
// Binds :limit and :offset.
void BindPage(Query& query, const Page& page);
// Binds the four viewer parameters of BR_PAPER_VISIBLE and BR_AGENDA_ITEM_VISIBLE (statements.h).
void BindViewer(Query& query, const Viewer& viewer);
// Binds the two viewer parameters of BR_ACTION_VISIBLE alone (:sees_sensitive, :sensitive_bodies).
void BindActionViewer(Query& query, const Viewer& viewer);

// Steps `query` through its rows, reading each with `read` (Query& -> Result<T>).
template <typename T, typename Reader>
Result<std::vector<T>> ReadAll(Query& query, std::string_view what, Reader read) {
  std::vector<T> rows;
  while (true) {
    ASSIGN_OR_RETURN(bool row, query.Step(what));
    if (!row) return rows;
    ASSIGN_OR_RETURN(T value, read(query));
    rows.push_back(std::move(value));
  }
}

// Reads the single row of `query`; kNotFound with `missing` when there is none.
template <typename T, typename Reader>
Result<T> ReadOne(Query& query, std::string_view what, Reader read, std::string missing) {
  ASSIGN_OR_RETURN(bool row, query.Step(what));
  if (!row) return Error::NotFound(std::move(missing));
  return read(query);
}

// Finishes an optimistic-locking UPDATE (`WHERE id = :id AND version = :version`) that has run and `changed`
// a row or not: when it changed none, tells a missing record (kNotFound, from `reload`) from a stale version
// (kConflict); otherwise returns `reload()`. `reload` reads the record without viewer filtering.
template <typename Reload>
auto FinishVersionedWrite(bool changed, std::string_view kind, Reload reload) -> decltype(reload()) {
  auto current = reload();
  if (changed || !current.ok()) return current;
  return Error::Conflict("The " + std::string(kind) +
                         " was changed by someone else since it was read; reload it and try again.");
}

class SqliteOrganisationStore final : public OrganisationStore {
 public:
  explicit SqliteOrganisationStore(Connection& connection) : db_(connection) {}
  Result<Organisation> CreateOrganisation(const Organisation& organisation) override;
  Result<Organisation> GetOrganisation(OrganisationId id) override;
  Result<Organisation> UpdateOrganisation(const Organisation& organisation) override;
  Result<std::vector<Organisation>> ListOrganisations(const Page& page) override;
  Result<Person> CreatePerson(const Person& person) override;
  Result<Person> GetPerson(PersonId id) override;
  Result<Person> UpdatePerson(const Person& person) override;
  Result<std::vector<Person>> ListPeople(std::optional<OrganisationId> organisation_id,
                                         const Page& page) override;

 private:
  Connection& db_;
};

class SqliteBodyStore final : public BodyStore {
 public:
  explicit SqliteBodyStore(Connection& connection) : db_(connection) {}
  Result<Body> CreateBody(const Body& body) override;
  Result<Body> GetBody(BodyId id) override;
  Result<Body> UpdateBody(const Body& body) override;
  Result<std::vector<Body>> ListBodies(const Page& page) override;
  Result<Membership> CreateMembership(const Membership& membership) override;
  Result<Membership> GetMembership(MembershipId id) override;
  Result<Membership> UpdateMembership(const Membership& membership) override;
  Result<std::vector<Membership>> ListMemberships(BodyId body_id) override;

 private:
  Status WriteClearances(BodyId id, const std::vector<std::string>& areas);
  Status ReadClearances(Body& body);
  Connection& db_;
};

class SqliteMeetingStore final : public MeetingStore {
 public:
  explicit SqliteMeetingStore(Connection& connection) : db_(connection) {}
  Result<Meeting> CreateMeeting(const Meeting& meeting) override;
  Result<Meeting> GetMeeting(MeetingId id) override;
  Result<Meeting> UpdateMeeting(const Meeting& meeting) override;
  Result<std::vector<Meeting>> ListMeetings(const MeetingFilter& filter) override;
  Result<AgendaItem> CreateAgendaItem(const AgendaItem& item) override;
  Result<AgendaItem> GetAgendaItem(AgendaItemId id, const Viewer& viewer) override;
  Result<AgendaItem> UpdateAgendaItem(const AgendaItem& item) override;
  Status DeleteAgendaItem(AgendaItemId id, int64_t version) override;
  Result<std::vector<AgendaItem>> ListAgendaItems(MeetingId meeting_id, const Viewer& viewer) override;

 private:
  Connection& db_;
};

class SqlitePaperStore final : public PaperStore {
 public:
  explicit SqlitePaperStore(Connection& connection) : db_(connection) {}
  Result<Paper> CreatePaper(const Paper& paper) override;
  Result<Paper> GetPaper(PaperId id, const Viewer& viewer) override;
  Result<Paper> UpdatePaper(const Paper& paper) override;
  Result<std::vector<Paper>> ListPapers(const PaperFilter& filter, const Viewer& viewer) override;
  Result<std::vector<Paper>> ListPaperVersions(PaperId id, const Viewer& viewer) override;
  Result<PaperSection> CreateSection(const PaperSection& section) override;
  Result<PaperSection> UpdateSection(const PaperSection& section) override;
  Result<std::vector<PaperSection>> ListSections(PaperId paper_id, const Viewer& viewer) override;
  Result<Paragraph> CreateParagraph(const Paragraph& paragraph) override;
  Result<std::vector<Paragraph>> CreateParagraphs(const std::vector<Paragraph>& paragraphs) override;
  Result<Paragraph> GetParagraph(ParagraphId id, const Viewer& viewer) override;
  Result<Paragraph> UpdateParagraph(const Paragraph& paragraph) override;
  Result<std::vector<Paragraph>> ListParagraphs(PaperId paper_id, const Viewer& viewer) override;
  Result<Recommendation> CreateRecommendation(const Recommendation& recommendation) override;
  Result<std::vector<Recommendation>> CreateRecommendations(
      const std::vector<Recommendation>& recommendations) override;
  Result<Recommendation> GetRecommendation(RecommendationId id, const Viewer& viewer) override;
  Result<Recommendation> UpdateRecommendation(const Recommendation& recommendation) override;
  Result<std::vector<Recommendation>> ListRecommendations(PaperId paper_id, const Viewer& viewer) override;
  Result<Clearance> CreateClearance(const Clearance& clearance) override;
  Result<Clearance> UpdateClearance(const Clearance& clearance) override;
  Result<std::vector<Clearance>> ListClearances(PaperId paper_id, const Viewer& viewer) override;

 private:
  Result<PaperSection> GetSection(PaperSectionId id);
  Result<Clearance> GetClearance(ClearanceId id);
  // The first id a bulk insert will use (`next_id_sql`), or kInternal.
  Result<int64_t> NextId(const char* next_id_sql, std::string_view what);
  Connection& db_;
};

class SqliteActionStore final : public ActionStore {
 public:
  explicit SqliteActionStore(Connection& connection) : db_(connection) {}
  Result<Action> CreateAction(const Action& action) override;
  Result<Action> GetAction(ActionId id, const Viewer& viewer) override;
  Result<Action> UpdateAction(const Action& action) override;
  Result<std::vector<Action>> ListActions(const ActionFilter& filter) override;
  Result<ActionUpdate> AppendActionUpdate(const ActionUpdate& update) override;
  Result<std::vector<ActionUpdate>> ListActionUpdates(ActionId action_id, const Viewer& viewer) override;

 private:
  Connection& db_;
};

class SqliteDocumentStore final : public DocumentStore {
 public:
  explicit SqliteDocumentStore(Connection& connection) : db_(connection) {}
  Result<Document> CreateDocument(const Document& document) override;
  Result<Document> GetDocument(DocumentId id) override;
  Result<Document> FindDocumentBySha256(const std::string& sha256) override;
  Result<std::vector<Document>> ListDocuments(const Page& page) override;

 private:
  Connection& db_;
};

class SqliteAuditStore final : public AuditStore {
 public:
  explicit SqliteAuditStore(Connection& connection) : db_(connection) {}
  Result<AuditEvent> AppendAuditEvent(const AuditEvent& event) override;
  Result<std::optional<AuditEvent>> LatestAuditEvent() override;
  Result<std::vector<AuditEvent>> ListAuditEvents(const std::string& record_kind, int64_t record_id,
                                                  const Page& page) override;
  Result<std::vector<AuditEvent>> ListAuditTrail(const Page& page) override;

 private:
  Connection& db_;
};

class SqliteAccountStore final : public AccountStore {
 public:
  explicit SqliteAccountStore(Connection& connection) : db_(connection) {}
  Result<User> CreateUser(const User& user) override;
  Result<User> GetUser(UserId id) override;
  Result<User> FindUserByEmail(const std::string& email) override;
  Result<User> UpdateUser(const User& user) override;
  Result<std::vector<User>> ListUsers(const Page& page) override;
  Result<int64_t> CountUsers() override;
  Result<RoleGrant> GrantRole(const RoleGrant& grant) override;
  Status RevokeRole(UserId user_id, std::optional<BodyId> body_id, AccountRole role) override;
  Result<std::vector<RoleGrant>> ListRoleGrants(UserId user_id) override;
  Result<Session> CreateSession(const Session& session) override;
  Result<Session> FindSessionByTokenHash(const std::string& token_hash) override;
  Status TouchSession(SessionId id, int64_t last_seen_at, int64_t idle_expires_at) override;
  Status DeleteSession(SessionId id) override;
  Result<int64_t> DeleteUserSessions(UserId user_id) override;
  Result<ApiToken> CreateApiToken(const ApiToken& token) override;
  Result<ApiToken> FindApiTokenByHash(const std::string& token_hash) override;
  Status RevokeApiToken(ApiTokenId id, int64_t at) override;
  Result<std::vector<ApiToken>> ListApiTokens(UserId user_id) override;
  Status RecordSignInAttempt(const SignInAttempt& attempt) override;
  Result<std::vector<SignInAttempt>> ListSignInAttemptsForEmail(const std::string& email,
                                                                int64_t since) override;
  Result<std::vector<SignInAttempt>> ListSignInAttemptsForAddress(const std::string& address,
                                                                  int64_t since) override;

 private:
  Connection& db_;
};

}  // namespace boardroom::store::sqlite
