// Organisations, people and the memberships of a body, for signed-in people; clerks (of any body for the
// directory, of the body for its members) and administrators change them:
//   GET  /organisations, POST /organisations     the organisations; add one
//   GET  /people, POST /people                   the people (?organisation=ID for one organisation's); add
//   one GET  /bodies/{id}/members                    a body's memberships: role, voting and speaking rights,
//   dates POST /bodies/{id}/members                    add a membership POST /memberships/{id}/end end a
//   membership on a date (version checked)
// Each POST is a form with the session's csrf_token, runs one governance command and answers 303 back to the
// page; a refusal shows the page again with the GOV.UK error summary, what was typed kept, nothing written.
// What does not belong here: the rules (governance/commands.h), SQL (store).
#pragma once

#include "web/governance_pages.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// Registers the routes above on `router`.
void AddDirectoryPages(Router& router, const Site& site, const GovernanceContext& context);

}  // namespace boardroom::web
