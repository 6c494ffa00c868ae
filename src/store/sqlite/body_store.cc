// Bodies, their required clearances and memberships in SQLite.
#include <unordered_map>

#include "store/sqlite/sqlite_store_internal.h"
#include "store/sqlite/statements.h"

namespace boardroom::store::sqlite {
namespace {

Result<Body> ReadBody(Query& q) {
  Body b;
  b.id = q.IdAt<BodyId>(0);
  b.version = q.Int64(1);
  b.name = q.Text(2);
  b.short_name = q.Text(3);
  b.kind = q.Text(4);
  b.parent_body_id = q.OptionalIdAt<BodyId>(5);
  b.terms_of_reference = q.Text(6);
  ASSIGN_OR_RETURN(b.active_from, q.OptionalDateAt(7));
  ASSIGN_OR_RETURN(b.active_until, q.OptionalDateAt(8));
  return b;
}

Result<Membership> ReadMembership(Query& q) {
  Membership m;
  m.id = q.IdAt<MembershipId>(0);
  m.version = q.Int64(1);
  m.person_id = q.IdAt<PersonId>(2);
  m.body_id = q.IdAt<BodyId>(3);
  ASSIGN_OR_RETURN(m.role, ParseMembershipRole(q.Text(4)));
  m.voting = q.Bool(5);
  m.speaking = q.Bool(6);
  ASSIGN_OR_RETURN(m.from, q.OptionalDateAt(7));
  ASSIGN_OR_RETURN(m.until, q.OptionalDateAt(8));
  return m;
}

void BindBody(Query& q, const Body& b) {
  q.Bind(":name", b.name)
      .Bind(":short_name", b.short_name)
      .Bind(":kind", b.kind)
      .Bind(":parent_body_id", b.parent_body_id)
      .Bind(":terms_of_reference", b.terms_of_reference)
      .Bind(":active_from", b.active_from)
      .Bind(":active_until", b.active_until);
}

void BindMembership(Query& q, const Membership& m) {
  q.Bind(":person_id", m.person_id)
      .Bind(":body_id", m.body_id)
      .Bind(":role", Name(m.role))
      .Bind(":voting", m.voting)
      .Bind(":speaking", m.speaking)
      .Bind(":from_date", m.from)
      .Bind(":until_date", m.until);
}

}  // namespace

Status SqliteBodyStore::WriteClearances(BodyId id, const std::vector<std::string>& areas) {
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kDeleteBodyClearances));
    RETURN_IF_ERROR(q.Bind(":body_id", id).Run("replace the body's required clearances"));
  }
  for (size_t i = 0; i < areas.size(); ++i) {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertBodyClearance));
    q.Bind(":body_id", id).Bind(":position", static_cast<int64_t>(i)).Bind(":area", areas[i]);
    RETURN_IF_ERROR(q.Run("store a required clearance"));
  }
  return OkStatus();
}

Status SqliteBodyStore::ReadClearances(Body& body) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectBodyClearances));
  q.Bind(":body_id", body.id);
  ASSIGN_OR_RETURN(body.required_clearances,
                   ReadAll<std::string>(q, "read required clearances",
                                        [](Query& row) -> Result<std::string> { return row.Text(0); }));
  return OkStatus();
}

Result<Body> SqliteBodyStore::CreateBody(const Body& body) {
  BodyId id;
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertBody));
    BindBody(q, body);
    RETURN_IF_ERROR(q.Run("create the body"));
    id = BodyId{q.LastInsertRowId()};
  }
  RETURN_IF_ERROR(WriteClearances(id, body.required_clearances));
  return GetBody(id);
}

Result<Body> SqliteBodyStore::GetBody(BodyId id) {
  Body body;
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectBody));
    q.Bind(":id", id);
    ASSIGN_OR_RETURN(body,
                     ReadOne<Body>(q, "read the body", ReadBody, "No body has id " + id.ToString() + "."));
  }
  RETURN_IF_ERROR(ReadClearances(body));
  return body;
}

Result<Body> SqliteBodyStore::UpdateBody(const Body& body) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateBody));
  BindBody(q, body);
  q.Bind(":id", body.id).Bind(":version", body.version);
  RETURN_IF_ERROR(q.Run("update the body"));
  bool changed = q.Changes() > 0;
  if (changed) RETURN_IF_ERROR(WriteClearances(body.id, body.required_clearances));
  return FinishVersionedWrite(changed, "body", [&] { return GetBody(body.id); });
}

Result<std::vector<Body>> SqliteBodyStore::ListBodies(const Page& page) {
  RETURN_IF_ERROR(CheckPage(page));
  std::vector<Body> bodies;
  {
    ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListBodies));
    BindPage(q, page);
    ASSIGN_OR_RETURN(bodies, ReadAll<Body>(q, "list bodies", ReadBody));
  }
  if (bodies.empty()) return bodies;
  // The page's clearances in one query (the import lists every body for each file it reads).
  std::unordered_map<int64_t, Body*> by_id;
  for (Body& body : bodies) by_id[body.id.value] = &body;
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListBodyClearancesOfPage));
  BindPage(q, page);
  for (;;) {
    ASSIGN_OR_RETURN(bool row, q.Step("read required clearances"));
    if (!row) break;
    auto it = by_id.find(q.Int64(0));
    if (it != by_id.end()) it->second->required_clearances.push_back(q.Text(1));
  }
  return bodies;
}

Result<Membership> SqliteBodyStore::CreateMembership(const Membership& membership) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kInsertMembership));
  BindMembership(q, membership);
  RETURN_IF_ERROR(q.Run("create the membership"));
  return GetMembership(MembershipId{q.LastInsertRowId()});
}

Result<Membership> SqliteBodyStore::GetMembership(MembershipId id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kSelectMembership));
  q.Bind(":id", id);
  return ReadOne<Membership>(q, "read the membership", ReadMembership,
                             "No membership has id " + id.ToString() + ".");
}

Result<Membership> SqliteBodyStore::UpdateMembership(const Membership& membership) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kUpdateMembership));
  BindMembership(q, membership);
  q.Bind(":id", membership.id).Bind(":version", membership.version);
  RETURN_IF_ERROR(q.Run("update the membership"));
  return FinishVersionedWrite(q.Changes() > 0, "membership", [&] { return GetMembership(membership.id); });
}

Result<std::vector<Membership>> SqliteBodyStore::ListMemberships(BodyId body_id) {
  ASSIGN_OR_RETURN(Query q, db_.Prepare(sql::kListMemberships));
  q.Bind(":body_id", body_id);
  return ReadAll<Membership>(q, "list memberships", ReadMembership);
}

}  // namespace boardroom::store::sqlite
