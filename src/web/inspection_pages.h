// The inspection and glossary doors of the web app: GET /inspections (every inspection the caller may see,
// with its response deadline and the items overdue or due soon), GET /inspections/{id} (one inspection with
// its recommendations and areas for improvement), GET /glossary?body=…&q=… (the acronyms papers spell out),
// and their JSON twins GET /api/v1/inspections, /api/v1/inspections/{id} and /api/v1/glossary. Read models
// come from inspections/inspections.h; who may see what is the store's Viewer. What does not belong here:
// the deadline rules (inspections), SQL (store).
#pragma once

#include <memory>

#include "core/clock.h"
#include "store/store.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// What the inspection doors read from. Both must outlive the router.
struct InspectionContext {
  std::shared_ptr<store::Store> store;
  std::shared_ptr<const Clock> clock;
};

// Registers the six routes above.
void AddInspectionRoutes(Router& router, const Site& site, const InspectionContext& context);

}  // namespace boardroom::web
