// Inspections as people read them: where a response stands against the 56-day deadline of Police Act 1996
// s55(5A), which recommendations and areas for improvement are overdue or due soon, and the read models and
// JSON of the inspection pages and API. Rules are plain functions of values and "today"; the loaders read
// through the store with the caller's Viewer, so an inspection of a paper the viewer may not see is
// kNotFound.
//
// What does not belong here: recognising inspections in a paper (papers/inspection.h), storing them
// (store/inspection_store.h), HTML and HTTP (web/).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/store.h"

namespace boardroom::inspections {

// Police Act 1996 s55(5A): the response is published within 56 days beginning with the report's
// publication.
inline constexpr int kResponseDays = 56;
// A response deadline is "due soon" when at most this many working days are left.
inline constexpr int kResponseDueSoonWorkingDays = 5;
// An item is "due soon" when its due date is at most this many days away (SPEC §2).
inline constexpr int kItemDueSoonDays = 14;

// Where a response stands. `state`: "answered" (tabled within the period), "late" (tabled after it),
// "on_track", "due_soon", "overdue" (not tabled yet), or "unknown" (no deadline). `message` is a sentence for
// a person, empty for "unknown".
struct ResponseState {
  std::string state;
  std::string message;
  int working_days_left = 0;  // "on_track" and "due_soon" only
};

// The response's state on `today`: `answered_on` is when the response was tabled (its paper's meeting date,
// else its date), nullopt when not known.
ResponseState ResponseStateOn(std::optional<Date> response_due, std::optional<Date> answered_on, Date today);

// "overdue" (due before today and still open or ongoing), "due_soon" (due from today to 14 days on, open or
// ongoing), or "" otherwise; `message` gets "Overdue by 3 days", "Due today", "Due in 5 days" or "".
std::string ItemDueStateOn(const store::InspectionItem& item, Date today, std::string* message);

struct ItemView {
  store::InspectionItem item;
  std::string due_state;  // ItemDueStateOn
  std::string due_message;
};

struct InspectionView {
  store::Inspection inspection;
  store::Paper paper;  // the response
  std::string body_name;
  std::optional<Date> answered_on;
  ResponseState response;
  std::vector<ItemView> items;
  int recommendations = 0;
  int areas_for_improvement = 0;
  int urgent = 0;
  int overdue = 0;
  int due_soon = 0;
};

// One inspection with its items, as `viewer` may see it. kNotFound when there is no such inspection or the
// viewer may not see its paper.
Result<InspectionView> LoadInspection(store::Store& store, store::InspectionId id,
                                      const store::Viewer& viewer, Date today);

// The inspections of one body (or all) that `viewer` may see, with their items, ordered by response deadline.
// kInvalidArgument for a bad page.
Result<std::vector<InspectionView>> LoadInspections(store::Store& store, std::optional<store::BodyId> body_id,
                                                    const store::Viewer& viewer, const store::Page& page,
                                                    Date today);

// {"id", "version", "paper_id", "paper_title", "body_id", "body", "title", "inspectorate", "published",
// "response_due", "response_tabled", "response_state", "response_message", "counts": {...}, "items"?: [...]}.
nlohmann::json ToJson(const InspectionView& view, bool with_items);

}  // namespace boardroom::inspections
