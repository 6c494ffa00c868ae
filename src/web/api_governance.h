// The JSON API of the meeting cycle (docs/api.md, and the OpenAPI document served at /api/v1/openapi.json):
// bodies, meetings and their agendas, papers, the action log and the decisions register. Each door is thin:
// it reads the request into a governance command's input or a read model's query, runs it in one
// transaction as the signed-in caller, and serialises the record in the import format's field names
// (governance/record_json.h). Who may see what is the store's Viewer (accounts::ViewerFor); who may change
// what is governance/commands.h; every status comes from web/errors.h. Lists are paged (limit/offset) and
// also answer ?format=csv. What does not belong here: HTML pages (governance_pages.h), SQL, domain rules.
#pragma once

#include <memory>
#include <span>

#include "core/clock.h"
#include "store/store.h"
#include "web/embedded.h"
#include "web/router.h"

namespace boardroom::web {

// What the API doors share. Both must outlive the router.
struct ApiContext {
  std::shared_ptr<store::Store> store;
  std::shared_ptr<const Clock> clock;
};

// The files of src/web/api/ (openapi.json), embedded at build time by cmake/embed_files.cmake.
std::span<const EmbeddedFile> EmbeddedApiDocuments();

// Registers the /api/v1 routes of the meeting cycle and /api/v1/openapi.json.
void AddGovernanceApiRoutes(Router& router, const ApiContext& context);

}  // namespace boardroom::web
