#include "store/records.h"

#include <array>
#include <string>
#include <utility>

namespace boardroom::store {
namespace {

// One table of (enum, name) per closed set, read both ways.
template <typename E, size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

constexpr NameTable<MembershipRole, 6> kRoles = {{{MembershipRole::kChair, "chair"},
                                                  {MembershipRole::kViceChair, "vice_chair"},
                                                  {MembershipRole::kMember, "member"},
                                                  {MembershipRole::kObserver, "observer"},
                                                  {MembershipRole::kCoOpted, "co_opted"},
                                                  {MembershipRole::kAdviser, "adviser"}}};
constexpr NameTable<MeetingStatus, 4> kMeetingStatuses = {
    {{MeetingStatus::kPlanned, "planned"},
     {MeetingStatus::kAgendaPublished, "agenda_published"},
     {MeetingStatus::kHeld, "held"},
     {MeetingStatus::kMinutesApproved, "minutes_approved"}}};
constexpr NameTable<AgendaItemKind, 4> kItemKinds = {{{AgendaItemKind::kStandard, "standard"},
                                                      {AgendaItemKind::kPaper, "paper"},
                                                      {AgendaItemKind::kVerbal, "verbal"},
                                                      {AgendaItemKind::kExempt, "exempt"}}};
constexpr NameTable<Classification, 3> kClassifications = {
    {{Classification::kPublic, "public"},
     {Classification::kOfficial, "official"},
     {Classification::kOfficialSensitive, "official_sensitive"}}};
constexpr NameTable<RecommendationOutcome, 6> kOutcomes = {
    {{RecommendationOutcome::kNone, "none"},
     {RecommendationOutcome::kNoted, "noted"},
     {RecommendationOutcome::kAgreed, "agreed"},
     {RecommendationOutcome::kAgreedWithAmendments, "agreed_with_amendments"},
     {RecommendationOutcome::kDeferred, "deferred"},
     {RecommendationOutcome::kRejected, "rejected"}}};
constexpr NameTable<ActionStatus, 5> kActionStatuses = {{{ActionStatus::kOpen, "open"},
                                                         {ActionStatus::kOngoing, "ongoing"},
                                                         {ActionStatus::kComplete, "complete"},
                                                         {ActionStatus::kClosed, "closed"},
                                                         {ActionStatus::kSuperseded, "superseded"}}};

template <typename E, size_t N>
std::string_view NameIn(const NameTable<E, N>& table, E value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return "";
}

template <typename E, size_t N>
Result<E> ParseIn(const NameTable<E, N>& table, std::string_view name, const char* what) {
  for (const auto& [e, n] : table) {
    if (n == name) return e;
  }
  return Error::InvalidArgument("\"" + std::string(name) + "\" is not a known " + what + ".", what);
}

}  // namespace

std::string_view Name(MembershipRole role) {
  return NameIn(kRoles, role);
}
std::string_view Name(MeetingStatus status) {
  return NameIn(kMeetingStatuses, status);
}
std::string_view Name(AgendaItemKind kind) {
  return NameIn(kItemKinds, kind);
}
std::string_view Name(Classification classification) {
  return NameIn(kClassifications, classification);
}
std::string_view Name(RecommendationOutcome outcome) {
  return NameIn(kOutcomes, outcome);
}
std::string_view Name(ActionStatus status) {
  return NameIn(kActionStatuses, status);
}

Result<MembershipRole> ParseMembershipRole(std::string_view name) {
  return ParseIn(kRoles, name, "role");
}
Result<MeetingStatus> ParseMeetingStatus(std::string_view name) {
  return ParseIn(kMeetingStatuses, name, "status");
}
Result<AgendaItemKind> ParseAgendaItemKind(std::string_view name) {
  return ParseIn(kItemKinds, name, "kind");
}
Result<Classification> ParseClassification(std::string_view name) {
  return ParseIn(kClassifications, name, "classification");
}
Result<RecommendationOutcome> ParseRecommendationOutcome(std::string_view name) {
  return ParseIn(kOutcomes, name, "outcome");
}
Result<ActionStatus> ParseActionStatus(std::string_view name) {
  return ParseIn(kActionStatuses, name, "status");
}

}  // namespace boardroom::store
