// Inspections and the glossary of acronyms: the inspection report a paper responds to (its title, publication
// date and 56-day response deadline), the report's recommendations and areas for improvement with our
// responses, and the acronyms papers spell out. InspectionStore is reached through Transaction::inspections()
// (store.h); its errors are those listed at the top of store.h.
//
// Visibility: an inspection, its items and an acronym are seen through their paper, with the same predicate
// as paragraphs (see Viewer in store.h): what comes from a paper the viewer may not see is kNotFound or
// absent.
//
// What does not belong here: recognising inspections and acronyms in a paper (papers/inspection.h), the
// deadline and overdue rules (inspections/), and any SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"
#include "store/records.h"

namespace boardroom::store {

struct Viewer;  // store.h
struct Page;    // store.h

struct InspectionTag {};
struct InspectionItemTag {};
struct AcronymTag {};
using InspectionId = Id<InspectionTag>;
using InspectionItemId = Id<InspectionItemTag>;
using AcronymId = Id<AcronymTag>;

// Names: "recommendation", "area_for_improvement".
enum class InspectionItemKind { kRecommendation, kAreaForImprovement };
// Names: "open", "ongoing", "complete", "closed".
enum class InspectionItemStatus { kOpen, kOngoing, kComplete, kClosed };

std::string_view Name(InspectionItemKind kind);
std::string_view Name(InspectionItemStatus status);
// kInvalidArgument (field "kind" or "status") for any other name.
Result<InspectionItemKind> ParseInspectionItemKind(std::string_view name);
Result<InspectionItemStatus> ParseInspectionItemStatus(std::string_view name);

// The inspection report a paper responds to. One per paper.
struct Inspection {
  InspectionId id;
  int64_t version = 0;
  PaperId paper_id;          // the response; set on create, never changed
  std::string title;         // the report's title; not empty
  std::string inspectorate;  // "HMICFRS"; may be empty
  std::optional<Date> published;
  std::optional<Date> response_due;  // the last day of the 56 days beginning with `published`
  BodyId body_id;                    // read only: the paper's body
};

// A recommendation or area for improvement of an inspection, with our response.
struct InspectionItem {
  InspectionItemId id;
  int64_t version = 0;
  InspectionId inspection_id;  // set on create, never changed
  int64_t position = 0;        // order in the report, from 1
  InspectionItemKind kind = InspectionItemKind::kRecommendation;
  std::string text;       // not empty
  std::string addressee;  // "chief constables"; may be empty
  std::optional<Date> due;
  bool urgent = false;  // "as a matter of urgency": no date
  std::string response;
  InspectionItemStatus status = InspectionItemStatus::kOpen;
};

// An acronym and its expansion as a body's paper gave it. Unique per (body, short form, long form); the
// paper is the first one it was found in, and the acronym is visible when that paper is.
struct Acronym {
  AcronymId id;
  BodyId body_id;
  std::string short_form;  // "OPCC"; not empty
  std::string long_form;   // "Office of the Police and Crime Commissioner"; not empty
  PaperId paper_id;
};

// Inspections by body, ordered by response_due (undated last), then id.
struct InspectionFilter {
  std::optional<BodyId> body_id;
};

// The glossary, ordered by short form (any case), then long form, then id. Filters combine with AND.
// `contains`: short or long form containing this text, any case. `for_query`: the acronyms a search for
// this text should explain: a short form equal to one of its words (any case), or a long form that the text
// contains or (for a text of two words or more) that contains the text, any case.
struct AcronymFilter {
  std::optional<BodyId> body_id;
  std::optional<std::string> contains;
  std::optional<std::string> for_query;
};

class InspectionStore {
 public:
  virtual ~InspectionStore() = default;

  // kAlreadyExists (field "paper_id") when the paper already has an inspection; kInvalidArgument when the
  // paper does not exist or the title is empty.
  virtual Result<Inspection> CreateInspection(const Inspection& inspection) = 0;
  virtual Result<Inspection> GetInspection(InspectionId id, const Viewer& viewer) = 0;
  // The inspection of a paper, or nullopt when it has none or the viewer may not see the paper.
  virtual Result<std::optional<Inspection>> FindInspectionByPaper(PaperId paper_id, const Viewer& viewer) = 0;
  // Writes title, inspectorate, published and response_due (the paper stays).
  virtual Result<Inspection> UpdateInspection(const Inspection& inspection) = 0;
  // kInvalidArgument for a bad page.
  virtual Result<std::vector<Inspection>> ListInspections(const InspectionFilter& filter,
                                                          const Viewer& viewer, const Page& page) = 0;

  // kInvalidArgument when the inspection does not exist or the text is empty.
  virtual Result<InspectionItem> CreateInspectionItem(const InspectionItem& item) = 0;
  virtual Result<InspectionItem> GetInspectionItem(InspectionItemId id, const Viewer& viewer) = 0;
  // Writes every field but inspection_id.
  virtual Result<InspectionItem> UpdateInspectionItem(const InspectionItem& item) = 0;
  // Ordered by position, then id; empty when the viewer may not see the inspection.
  virtual Result<std::vector<InspectionItem>> ListInspectionItems(InspectionId inspection_id,
                                                                  const Viewer& viewer) = 0;

  // kAlreadyExists when the body already has this short form with this long form (exact text).
  // kInvalidArgument when the body or paper does not exist or a form is empty.
  virtual Result<Acronym> CreateAcronym(const Acronym& acronym) = 0;
  // kInvalidArgument for a bad page.
  virtual Result<std::vector<Acronym>> ListAcronyms(const AcronymFilter& filter, const Viewer& viewer,
                                                    const Page& page) = 0;
};

}  // namespace boardroom::store
