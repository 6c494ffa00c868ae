#include "accounts/audit.h"

#include <string_view>
#include <utility>
#include <vector>

#include "accounts/crypto.h"

namespace boardroom::accounts {
namespace {

void Field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

}  // namespace

std::string CanonicalAuditEvent(const store::AuditEvent& e) {
  std::string out;
  Field(out, std::to_string(e.at));
  Field(out, e.actor);
  Field(out, e.action);
  Field(out, e.record_kind);
  Field(out, std::to_string(e.record_id));
  Field(out, e.before_json);
  Field(out, e.after_json);
  Field(out, e.address);
  Field(out, e.previous_hash);
  return out;
}

std::string AuditEventHash(const store::AuditEvent& event) {
  return Sha256Hex(event.previous_hash + "\n" + CanonicalAuditEvent(event));
}

Result<store::AuditEvent> WriteAuditEvent(store::Transaction& tx, store::AuditEvent event) {
  if (event.actor.empty()) return Error::InvalidArgument("An audit event needs an actor.", "actor");
  if (event.action.empty()) return Error::InvalidArgument("An audit event needs an action.", "action");
  if (event.record_kind.empty()) {
    return Error::InvalidArgument("An audit event needs a record kind.", "record_kind");
  }
  ASSIGN_OR_RETURN(std::optional<store::AuditEvent> latest, tx.audit().LatestAuditEvent());
  event.previous_hash = latest ? latest->hash : "";
  event.hash = AuditEventHash(event);
  return tx.audit().AppendAuditEvent(event);
}

Result<AuditVerification> VerifyAuditChain(store::Transaction& tx) {
  AuditVerification v;
  std::string previous;
  store::Page page{.limit = store::Page::kMaxLimit, .offset = 0};
  while (true) {
    ASSIGN_OR_RETURN(std::vector<store::AuditEvent> events, tx.audit().ListAuditTrail(page));
    for (const store::AuditEvent& e : events) {
      ++v.events;
      if (e.previous_hash != previous) {
        v.ok = false;
        v.first_bad = e.id;
        v.problem = "its previous hash does not match the event before it (an event was removed or edited)";
        return v;
      }
      if (!ConstantTimeEquals(AuditEventHash(e), e.hash)) {
        v.ok = false;
        v.first_bad = e.id;
        v.problem = "its content does not match its hash (it was edited)";
        return v;
      }
      previous = e.hash;
    }
    if (static_cast<int64_t>(events.size()) < page.limit) return v;
    page.offset += page.limit;
  }
}

}  // namespace boardroom::accounts
