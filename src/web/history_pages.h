// The history of a record: every audit event about it, oldest first (who, when, from where, what it was
// before and after). GET /history/{kind}/{id} (a page) and GET /api/v1/history/{kind}/{id} (JSON). Histories
// hold what a record was before it was published or redacted, so they are shown only to the clerks of the
// record's body and to administrators (a user's own account history also to that user); to anyone else a
// record's history does not exist (404), and the public is asked to sign in.
#pragma once

#include <optional>
#include <string_view>

#include "accounts/accounts.h"
#include "core/result.h"
#include "store/store.h"
#include "web/auth.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// True when `principal` may read the history of record `kind` `id`. kNotFound when the record does not exist
// (for the kinds whose body must be looked up).
Result<bool> MayReadHistory(store::Transaction& tx, const accounts::Principal& principal,
                            std::string_view kind, int64_t id);

// Registers the two routes above, and GET /api/v1/audit/verify: the whole trail's hash chain checked
// (store::VerifyAuditChain), for administrators only — {"ok", "events"} and, when broken, "first_bad" and
// "problem".
void AddHistoryRoutes(Router& router, const Site& site, const AuthContext& context);

}  // namespace boardroom::web
