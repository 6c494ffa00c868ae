// The pages with which a clerk runs the meeting cycle in the browser, and the signed-in person's dashboard:
//   GET  /dashboard                       what needs the signed-in person's attention
//   GET  /decisions                       the decisions register across bodies, with filters (anyone)
//   GET  /meetings/new, POST /meetings    create a meeting (clerks)
//   GET  /meetings/{id}/manage            a clerk's meeting page: build the agenda, record outcomes, raise
//                                         actions
//   POST /meetings/{id}/items, /meetings/{id}/standard-items, /agenda-items/{id}/move,
//        /recommendations/{id}/outcome, /meetings/{id}/actions, /meetings/{id}/attendance,
//        /meetings/{id}/declarations, /meetings/{id}/status (its next step),
//        /actions/{id}/report-back (the action's report-back onto the agenda of the meeting it names)
//   GET  /actions/{id}                    one action with its updates (authors and clerks of its body)
//   POST /actions/{id}/updates, /actions/{id}/status, /actions/{id} (edit its text, owner and target date)
// Each POST is a form with the session's csrf_token (the router's before hook refuses it otherwise), calls
// one governance command (governance/commands.h) in its own transaction and answers 303 back to the page it
// came from; a refused input shows the same page again with the GOV.UK error summary (status from
// HttpStatusFor), what was typed kept and nothing written; a stale version of an action shows both versions
// (409). Nothing here is cached: every page depends on who asks. What does not belong here: the rules and the
// read models (governance), SQL (store), the JSON API.
#pragma once

#include "web/governance_pages.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// Registers the routes above on `router`. The context's cache is not used.
void AddClerkPages(Router& router, const Site& site, const GovernanceContext& context);

}  // namespace boardroom::web
