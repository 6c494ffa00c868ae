// Organisations and people in SQLite.
#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

Result<Organisation> ReadOrganisation(Query& q) {
  Organisation o;
  o.id = q.IdAt<OrganisationId>(0);
  o.version = q.Int64(1);
  o.name = q.Text(2);
  o.short_name = q.Text(3);
  o.kind = q.Text(4);
  return o;
}

Result<Person> ReadPerson(Query& q) {
  Person p;
  p.id = q.IdAt<PersonId>(0);
  p.version = q.Int64(1);
  p.name = q.Text(2);
  p.post = q.Text(3);
  p.organisation_id = q.OptionalIdAt<OrganisationId>(4);
  return p;
}

void BindOrganisation(Query& q, const Organisation& o) {
  q.Bind(":name", o.name).Bind(":short_name", o.short_name).Bind(":kind", o.kind);
}

void BindPerson(Query& q, const Person& p) {
  q.Bind(":name", p.name).Bind(":post", p.post).Bind(":organisation_id", p.organisation_id);
}

}  // namespace

Result<Organisation> SqliteOrganisationStore::CreateOrganisation(const Organisation& organisation) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertOrganisation));
  BindOrganisation(q, organisation);
  RETURN_IF_ERROR(q.Run("create the organisation"));
  return GetOrganisation(OrganisationId{q.LastInsertRowId()});
}

Result<Organisation> SqliteOrganisationStore::GetOrganisation(OrganisationId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectOrganisation));
  q.Bind(":id", id);
  return ReadOne<Organisation>(q, "read the organisation", ReadOrganisation,
                               "No organisation has id " + id.ToString() + ".");
}

Result<Organisation> SqliteOrganisationStore::UpdateOrganisation(const Organisation& organisation) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateOrganisation));
  BindOrganisation(q, organisation);
  q.Bind(":id", organisation.id).Bind(":version", organisation.version);
  RETURN_IF_ERROR(q.Run("update the organisation"));
  return FinishVersionedWrite(q.Changes() > 0, "organisation",
                              [&] { return GetOrganisation(organisation.id); });
}

Result<std::vector<Organisation>> SqliteOrganisationStore::ListOrganisations(const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListOrganisations));
  BindPage(q, page);
  return ReadAll<Organisation>(q, "list organisations", ReadOrganisation);
}

Result<Person> SqliteOrganisationStore::CreatePerson(const Person& person) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertPerson));
  BindPerson(q, person);
  RETURN_IF_ERROR(q.Run("create the person"));
  return GetPerson(PersonId{q.LastInsertRowId()});
}

Result<Person> SqliteOrganisationStore::GetPerson(PersonId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectPerson));
  q.Bind(":id", id);
  return ReadOne<Person>(q, "read the person", ReadPerson, "No person has id " + id.ToString() + ".");
}

Result<Person> SqliteOrganisationStore::UpdatePerson(const Person& person) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdatePerson));
  BindPerson(q, person);
  q.Bind(":id", person.id).Bind(":version", person.version);
  RETURN_IF_ERROR(q.Run("update the person"));
  return FinishVersionedWrite(q.Changes() > 0, "person", [&] { return GetPerson(person.id); });
}

Result<std::vector<Person>> SqliteOrganisationStore::ListPeople(std::optional<OrganisationId> organisation_id,
                                                                const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListPeople));
  q.Bind(":organisation_id", organisation_id);
  BindPage(q, page);
  return ReadAll<Person>(q, "list people", ReadPerson);
}

}  // namespace boardroom::store::sqlite
