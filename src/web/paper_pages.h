// A paper's clearances and its publication, for the clerks and authors of its body:
//   GET  /papers/{id}/clearances   the areas the body requires, where each stands (officer, date recorded),
//                                  and what is still missing; clerks give or withdraw each clearance and
//                                  publish from here
//   POST /papers/{id}/clearances   give (cleared=yes, officer) or withdraw (cleared=no) one area's clearance
//   POST /papers/{id}/publish      publish the paper: refused (422) with the missing areas named until every
//                                  required clearance is given
// Each POST is a form with the session's csrf_token, runs one governance command (RecordClearance,
// PublishPaper) and answers 303 back to the page; a refusal shows the page again with the GOV.UK error
// summary, nothing written. What does not belong here: the publication rule itself (governance/commands.h),
// SQL.
#pragma once

#include "web/governance_pages.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// Registers the routes above on `router`.
void AddPaperPages(Router& router, const Site& site, const GovernanceContext& context);

}  // namespace boardroom::web
