// The pages of a body's plans and their themes:
//   GET  /plans                  every plan; a clerk also gets the form to create one (POST /plans)
//   GET  /plans/{id}             a plan's themes and objectives; its body's clerk adds a theme
//                                (POST /plans/{id}/themes)
//   GET  /themes/{id}            a theme's objectives and everything tagged with it that the reader may see:
//                                papers, agenda items, actions (overdue and due-soon flagged) and decisions;
//                                its body's clerk adds objectives (POST /themes/{id}/objectives) and tags or
//                                untags records (POST /themes/{id}/tags, POST /themes/{id}/untag)
// and the JSON API of the same (docs/api.md): GET|POST /api/v1/plans, GET /api/v1/plans/{id},
// POST /api/v1/plans/{id}/themes, GET /api/v1/themes/{id}, POST /api/v1/themes/{id}/objectives,
// POST /api/v1/themes/{id}/tags and DELETE /api/v1/themes/{id}/tags/{kind}/{record_id}.
//
// Each POST calls one command of governance/plans.h in its own transaction; a form carries the session's
// csrf_token (the router's before hook refuses it otherwise), answers 303 back to its page, or shows the page
// again with the GOV.UK error summary and nothing written. Who may see a tagged record is the store's Viewer.
// What does not belong here: rules and read models (governance), SQL (store).
#pragma once

#include "web/governance_pages.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// Registers the pages and API routes above on `router`. The context's cache is not used.
void AddPlanRoutes(Router& router, const Site& site, const GovernanceContext& context);

}  // namespace boardroom::web
