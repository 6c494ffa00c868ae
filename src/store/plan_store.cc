#include "store/plan_store.h"

#include <string>

namespace boardroom::store {

std::string_view Name(TaggedKind kind) {
  switch (kind) {
    case TaggedKind::kPaper:
      return "paper";
    case TaggedKind::kAgendaItem:
      return "agenda_item";
    case TaggedKind::kAction:
      return "action";
    case TaggedKind::kRecommendation:
      return "recommendation";
  }
  return "paper";
}

Result<TaggedKind> ParseTaggedKind(std::string_view name) {
  for (TaggedKind kind :
       {TaggedKind::kPaper, TaggedKind::kAgendaItem, TaggedKind::kAction, TaggedKind::kRecommendation}) {
    if (Name(kind) == name) return kind;
  }
  return Error::InvalidArgument(
      "Unknown kind \"" + std::string(name) + "\": use paper, agenda_item, action or recommendation.",
      "kind");
}

}  // namespace boardroom::store
