// The audit chain: every change is written as an append-only AuditEvent (who, when, what, before and after
// as JSON, from which address) in the caller's transaction, chained by hash: each event's hash is SHA-256 of
// the previous event's hash and the event's canonical form, so editing or deleting any event but the last
// breaks the chain. VerifyAuditChain walks the whole trail and names the first event that does not hold.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "store/store.h"

namespace boardroom::store {

// The canonical form of an event that its hash covers: every field but id and hash, each written as its
// length, a colon and its bytes, so no two different events share one.
std::string CanonicalAuditEvent(const AuditEvent& event);

// The hash of `event` given its previous_hash: SHA-256 hex of previous_hash + "\n" + CanonicalAuditEvent.
std::string AuditEventHash(const AuditEvent& event);

// Appends `event` (its previous_hash and hash are set here from the latest event) in `tx`, and returns it as
// stored. Errors: as AuditStore::AppendAuditEvent; kInvalidArgument when actor, action or record_kind is
// empty.
Result<AuditEvent> WriteAuditEvent(Transaction& tx, AuditEvent event);

// The result of checking the chain.
struct AuditVerification {
  bool ok = true;
  int64_t events = 0;      // how many were checked
  AuditEventId first_bad;  // the first event that does not hold, when !ok
  std::string problem;     // what is wrong with it, when !ok
};

// Checks every event in id order: its hash must match its content and its previous_hash must be the hash of
// the event before it ("" for the first). An edited event fails its own hash; a deleted one breaks the link
// of the next. Errors only when the trail cannot be read. Known limit: deleting the latest events is not
// detectable from the trail alone.
Result<AuditVerification> VerifyAuditChain(Transaction& tx);

}  // namespace boardroom::store
