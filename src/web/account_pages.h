// The doors for signing in and out, the first administrator and a person's own account. Pages: GET|POST
// /sign-in, POST /sign-out, GET|POST /first-run, GET /account, POST /account/tokens, POST
// /account/tokens/{id}/revoke, POST /account/sign-out-everywhere. JSON: GET|POST|DELETE /api/v1/session,
// DELETE /api/v1/sessions (every session of the caller), GET|POST /api/v1/tokens, DELETE /api/v1/tokens/{id}.
// Each change writes an audit event in its own transaction. Who is asking and the CSRF rule are auth.h's; the
// rules themselves (passwords, rate limits, expiry) are accounts'.
#pragma once

#include "web/auth.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// The shortest password the first-run page accepts for the first administrator.
inline constexpr size_t kMinimumAdminPasswordLength = 12;

// Registers the routes above.
void AddAccountRoutes(Router& router, const Site& site, const AuthContext& context);

// A local path to go to after signing in: `next` when it is a path on this site ("/…", not "//…"), else "/".
std::string SafeNextPath(std::string_view next);

}  // namespace boardroom::web
