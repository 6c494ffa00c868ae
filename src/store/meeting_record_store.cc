#include "store/meeting_record_store.h"

#include <string>

namespace boardroom::store {

std::string_view Name(AttendanceKind kind) {
  switch (kind) {
    case AttendanceKind::kPresent:
      return "present";
    case AttendanceKind::kApologies:
      return "apologies";
    case AttendanceKind::kAbsent:
      return "absent";
  }
  return "present";
}

std::string_view Name(InterestKind kind) {
  switch (kind) {
    case InterestKind::kDisclosablePecuniary:
      return "disclosable_pecuniary";
    case InterestKind::kOtherRegistrable:
      return "other_registrable";
    case InterestKind::kNonRegistrable:
      return "non_registrable";
  }
  return "other_registrable";
}

Result<AttendanceKind> ParseAttendanceKind(std::string_view name) {
  for (AttendanceKind kind :
       {AttendanceKind::kPresent, AttendanceKind::kApologies, AttendanceKind::kAbsent}) {
    if (Name(kind) == name) return kind;
  }
  return Error::InvalidArgument(
      "Unknown attendance \"" + std::string(name) + "\": use present, apologies or absent.", "kind");
}

Result<InterestKind> ParseInterestKind(std::string_view name) {
  for (InterestKind kind : {InterestKind::kDisclosablePecuniary, InterestKind::kOtherRegistrable,
                            InterestKind::kNonRegistrable}) {
    if (Name(kind) == name) return kind;
  }
  return Error::InvalidArgument("Unknown kind of interest \"" + std::string(name) +
                                    "\": use disclosable_pecuniary, other_registrable or non_registrable.",
                                "kind");
}

}  // namespace boardroom::store
