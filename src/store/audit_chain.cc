#include "store/audit_chain.h"

#include <sodium.h>

#include <string_view>
#include <utility>
#include <vector>

namespace boardroom::store {
namespace {

void Field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * sizeof digest);
  for (unsigned char b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

// Compares two hashes in time that does not depend on where they differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

std::string CanonicalAuditEvent(const AuditEvent& e) {
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

std::string AuditEventHash(const AuditEvent& event) {
  return Sha256Hex(event.previous_hash + "\n" + CanonicalAuditEvent(event));
}

Result<AuditEvent> WriteAuditEvent(Transaction& tx, AuditEvent event) {
  if (event.actor.empty()) return Error::InvalidArgument("An audit event needs an actor.", "actor");
  if (event.action.empty()) return Error::InvalidArgument("An audit event needs an action.", "action");
  if (event.record_kind.empty()) {
    return Error::InvalidArgument("An audit event needs a record kind.", "record_kind");
  }
  ASSIGN_OR_RETURN(std::optional<AuditEvent> latest, tx.audit().LatestAuditEvent());
  event.previous_hash = latest ? latest->hash : "";
  event.hash = AuditEventHash(event);
  return tx.audit().AppendAuditEvent(event);
}

Result<AuditVerification> VerifyAuditChain(Transaction& tx) {
  AuditVerification v;
  std::string previous;
  Page page{.limit = Page::kMaxLimit, .offset = 0};
  while (true) {
    ASSIGN_OR_RETURN(std::vector<AuditEvent> events, tx.audit().ListAuditTrail(page));
    for (const AuditEvent& e : events) {
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

}  // namespace boardroom::store
