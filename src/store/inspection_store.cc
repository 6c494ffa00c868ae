#include "store/inspection_store.h"

#include <string>

namespace boardroom::store {

std::string_view Name(InspectionItemKind kind) {
  switch (kind) {
    case InspectionItemKind::kRecommendation:
      return "recommendation";
    case InspectionItemKind::kAreaForImprovement:
      return "area_for_improvement";
  }
  return "recommendation";
}

std::string_view Name(InspectionItemStatus status) {
  switch (status) {
    case InspectionItemStatus::kOpen:
      return "open";
    case InspectionItemStatus::kOngoing:
      return "ongoing";
    case InspectionItemStatus::kComplete:
      return "complete";
    case InspectionItemStatus::kClosed:
      return "closed";
  }
  return "open";
}

Result<InspectionItemKind> ParseInspectionItemKind(std::string_view name) {
  for (InspectionItemKind kind :
       {InspectionItemKind::kRecommendation, InspectionItemKind::kAreaForImprovement}) {
    if (Name(kind) == name) return kind;
  }
  return Error::InvalidArgument("Unknown kind of inspection item \"" + std::string(name) +
                                    "\": use recommendation or area_for_improvement.",
                                "kind");
}

Result<InspectionItemStatus> ParseInspectionItemStatus(std::string_view name) {
  for (InspectionItemStatus status : {InspectionItemStatus::kOpen, InspectionItemStatus::kOngoing,
                                      InspectionItemStatus::kComplete, InspectionItemStatus::kClosed}) {
    if (Name(status) == name) return status;
  }
  return Error::InvalidArgument(
      "Unknown status \"" + std::string(name) + "\": use open, ongoing, complete or closed.", "status");
}

}  // namespace boardroom::store
