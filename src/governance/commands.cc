#include "governance/commands.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/text.h"
#include "governance/record_json.h"
#include "governance/rules.h"
#include "store/audit_chain.h"

namespace boardroom::governance {
namespace {

using nlohmann::json;
using store::AccountRole;

constexpr size_t kMaxNameLength = 200;
constexpr size_t kMaxTextLength = 20000;

// ----- Checks shared by every command -----

Status Require(const CommandContext& ctx, AccountRole role, store::BodyId body, std::string_view what) {
  if (ctx.caller.HasRole(role, body)) return OkStatus();
  return Error::PermissionDenied("You need to be " +
                                 std::string(role == AccountRole::kAdmin    ? "an administrator"
                                             : role == AccountRole::kAuthor ? "an author or clerk"
                                                                            : "a clerk") +
                                 " of this body to " + std::string(what) + ".");
}

Status CheckVersion(std::string_view kind, int64_t read, int64_t current) {
  if (read == current) return OkStatus();
  return Error{ErrorCode::kConflict,
               "The " + std::string(kind) + " was changed by someone else: you edited version " +
                   std::to_string(read) + "; it is now version " + std::to_string(current) +
                   ". Reload it, compare and try again.",
               "version"};
}

std::string TrimmedCopy(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

Status RequireText(const std::string& value, std::string_view field, std::string_view label,
                   size_t max = kMaxNameLength) {
  if (TrimmedCopy(value).empty())
    return Error::InvalidArgument("Enter " + std::string(label) + ".", std::string(field));
  if (value.size() > max) {
    return Error::InvalidArgument(
        "The " + std::string(field) + " must be " + std::to_string(max) + " characters or fewer.",
        std::string(field));
  }
  return OkStatus();
}

Status MaxLength(const std::string& value, std::string_view field, size_t max = kMaxNameLength) {
  if (value.size() <= max) return OkStatus();
  return Error::InvalidArgument(
      "The " + std::string(field) + " must be " + std::to_string(max) + " characters or fewer.",
      std::string(field));
}

// Turns a store error about a reference into a field-named one.
Error WithField(Error error, std::string_view field) {
  const bool about_input =
      error.code == ErrorCode::kAlreadyExists || error.code == ErrorCode::kInvalidArgument;
  if (about_input && error.field.empty()) error.field = std::string(field);
  return error;
}

// A referenced record must exist: kInvalidArgument naming `field` rather than kNotFound (the thing asked for
// was found; what it points at was not).
template <typename T>
Result<T> Referenced(Result<T> found, std::string_view field, std::string_view what) {
  if (found.ok()) return found;
  if (found.error().code == ErrorCode::kNotFound) {
    return Error::InvalidArgument("Choose " + std::string(what) + " that exists.", std::string(field));
  }
  return std::move(found).error();
}

Status Audit(const CommandContext& ctx, std::string_view action, std::string_view kind, int64_t id,
             const json& before, const json& after) {
  store::AuditEvent event;
  event.at = ctx.clock.NowSeconds();
  event.actor = ctx.caller.Actor().empty() ? "user " + ctx.caller.user.id.ToString() : ctx.caller.Actor();
  event.action = std::string(action);
  event.record_kind = std::string(kind);
  event.record_id = id;
  event.before_json = before.is_null() ? "" : before.dump();
  event.after_json = after.is_null() ? "" : after.dump();
  event.address = ctx.caller.address;
  RETURN_IF_ERROR(store::WriteAuditEvent(ctx.tx, std::move(event)));
  return OkStatus();
}

// ----- Bodies -----

Result<std::vector<std::string>> NormaliseClearances(const std::vector<std::string>& areas) {
  std::vector<std::string> out;
  for (const std::string& raw : areas) {
    std::string area = TrimmedCopy(raw);
    std::transform(area.begin(), area.end(), area.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (area.empty())
      return Error::InvalidArgument("A clearance area cannot be empty.", "required_clearances");
    if (area.size() > 100) {
      return Error::InvalidArgument("A clearance area must be 100 characters or fewer.",
                                    "required_clearances");
    }
    if (std::find(out.begin(), out.end(), area) != out.end()) {
      return Error::InvalidArgument("The clearance area \"" + area + "\" is listed twice.",
                                    "required_clearances");
    }
    out.push_back(std::move(area));
  }
  return out;
}

Result<store::Body> ValidBody(const CommandContext& ctx, const BodyInput& input, store::BodyId self) {
  RETURN_IF_ERROR(RequireText(input.name, "name", "the body's name"));
  RETURN_IF_ERROR(MaxLength(input.short_name, "short_name", 20));
  RETURN_IF_ERROR(MaxLength(input.kind, "kind"));
  RETURN_IF_ERROR(MaxLength(input.terms_of_reference, "terms_of_reference", kMaxTextLength));
  if (input.active_from && input.active_until && *input.active_until < *input.active_from) {
    return Error::InvalidArgument("The end date must be on or after the start date.", "active_until");
  }
  if (input.parent_id) {
    // Walk up from the parent: meeting `self` means the body would report into itself.
    std::set<store::BodyId> seen;
    std::optional<store::BodyId> at = input.parent_id;
    while (at) {
      if (self.valid() && *at == self) {
        return Error::InvalidArgument("A body cannot report into itself or into a body that reports into it.",
                                      "parent_id");
      }
      if (!seen.insert(*at).second) break;
      ASSIGN_OR_RETURN(store::Body parent,
                       Referenced(ctx.tx.bodies().GetBody(*at), "parent_id", "a parent body"));
      at = parent.parent_body_id;
    }
  }
  store::Body body;
  body.id = self;
  body.name = TrimmedCopy(input.name);
  body.short_name = TrimmedCopy(input.short_name);
  body.kind = TrimmedCopy(input.kind);
  body.parent_body_id = input.parent_id;
  body.terms_of_reference = input.terms_of_reference;
  body.active_from = input.active_from;
  body.active_until = input.active_until;
  ASSIGN_OR_RETURN(body.required_clearances, NormaliseClearances(input.required_clearances));
  return body;
}

// ----- Meetings -----

Status ValidTime(const std::string& time) {
  if (time.empty()) return OkStatus();
  const bool shape = time.size() == 5 && std::isdigit(static_cast<unsigned char>(time[0])) &&
                     std::isdigit(static_cast<unsigned char>(time[1])) && time[2] == ':' &&
                     std::isdigit(static_cast<unsigned char>(time[3])) &&
                     std::isdigit(static_cast<unsigned char>(time[4]));
  if (!shape || std::stoi(time.substr(0, 2)) > 23 || std::stoi(time.substr(3, 2)) > 59) {
    return Error::InvalidArgument("Enter the time as hours and minutes on the 24-hour clock, like 14:00.",
                                  "time");
  }
  return OkStatus();
}

// The meeting and the check that the caller clerks its body.
Result<store::Meeting> ClerkedMeeting(const CommandContext& ctx, store::MeetingId id, std::string_view what) {
  ASSIGN_OR_RETURN(store::Meeting meeting, ctx.tx.meetings().GetMeeting(id));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, meeting.body_id, what));
  return meeting;
}

// ----- Agendas -----

// The sort key of an agenda number: each part plus one in base 1001, four places, so that "5" < "5.0" <
// "5.1" < "6" as numbers compare.
int64_t PositionOf(const AgendaNumber& number) {
  int64_t key = 0;
  for (int i = 0; i < AgendaNumber::kMaxDepth; ++i) {
    key = key * (AgendaNumber::kMaxPart + 2) + (i < number.depth() ? number.parts()[i] + 1 : 0);
  }
  return key;
}

Result<std::vector<store::AgendaItem>> AgendaOf(const CommandContext& ctx, store::MeetingId id) {
  return ctx.tx.meetings().ListAgendaItems(id, store::Viewer::Everything());
}

json AgendaJson(const std::vector<store::AgendaItem>& items) {
  json out = json::array();
  for (const auto& item : items)
    out.push_back({{"id", item.id.value}, {"number", item.number}, {"title", item.title}});
  return out;
}

// Checks the parts of an item that do not depend on where it sits.
Status ValidItemContent(const CommandContext& ctx, const AgendaItemInput& input) {
  RETURN_IF_ERROR(RequireText(input.title, "title", "the item's title", 500));
  RETURN_IF_ERROR(MaxLength(input.presenter, "presenter"));
  if (input.kind == store::AgendaItemKind::kExempt) {
    const std::string p = TrimmedCopy(input.exemption_paragraph);
    if (p.size() != 1 || p[0] < '1' || p[0] > '7') {
      return Error::InvalidArgument(
          "Enter the paragraph of Schedule 12A to the Local Government Act 1972 that makes the item exempt, "
          "from 1 to 7.",
          "exemption_paragraph");
    }
  } else if (!input.exemption_paragraph.empty()) {
    return Error::InvalidArgument("Only an exempt item has an exemption paragraph.", "exemption_paragraph");
  }
  if (input.kind == store::AgendaItemKind::kPaper && !input.paper_id) {
    return Error::InvalidArgument("Choose the paper this item carries.", "paper_id");
  }
  if (input.kind == store::AgendaItemKind::kVerbal && input.paper_id) {
    return Error::InvalidArgument("A verbal update carries no paper.", "paper_id");
  }
  if (input.paper_id) {
    RETURN_IF_ERROR(Referenced(ctx.tx.papers().GetPaper(*input.paper_id, store::Viewer::Everything()),
                               "paper_id", "a paper"));
  }
  return OkStatus();
}

void CopyContent(store::AgendaItem& item, const AgendaItemInput& input) {
  item.title = TrimmedCopy(input.title);
  item.presenter = TrimmedCopy(input.presenter);
  item.kind = input.kind;
  item.exemption_paragraph = TrimmedCopy(input.exemption_paragraph);
  item.paper_id = input.paper_id;
}

// Writes a renumbering of `items` (the agenda in its current order): each item whose number, position or
// parent changes is written, via a temporary number first so that no two items ever share a number.
// `renumbered` lists every item by its old number, as rules.h returns it.
Result<std::vector<store::AgendaItem>> ApplyNumbers(const CommandContext& ctx, store::MeetingId meeting_id,
                                                    const std::vector<store::AgendaItem>& items,
                                                    const std::vector<RenumberedItem>& renumbered) {
  std::map<std::string, store::AgendaItem> by_old;
  for (const auto& item : items) by_old[item.number] = item;
  std::map<std::string, store::AgendaItemId> id_by_new;
  for (const auto& r : renumbered) id_by_new[r.new_number] = by_old.at(r.old_number).id;

  std::vector<store::AgendaItem> changed;
  for (const auto& r : renumbered) {
    store::AgendaItem item = by_old.at(r.old_number);
    ASSIGN_OR_RETURN(AgendaNumber number, AgendaNumber::Parse(r.new_number));
    std::optional<store::AgendaItemId> parent;
    if (!r.new_parent_number.empty()) {
      if (auto it = id_by_new.find(r.new_parent_number); it != id_by_new.end()) parent = it->second;
    }
    if (item.number == r.new_number && item.position == PositionOf(number) && item.parent_item_id == parent)
      continue;
    item.number = r.new_number;
    item.position = PositionOf(number);
    item.parent_item_id = parent;
    changed.push_back(std::move(item));
  }
  // First move every changed item out of the way, then give each its number.
  std::map<store::AgendaItemId, store::AgendaItem> by_id;
  for (const auto& item : items) by_id[item.id] = item;
  for (auto& item : changed) {
    store::AgendaItem parked = by_id.at(item.id);
    parked.number = "~" + item.id.ToString();
    ASSIGN_OR_RETURN(store::AgendaItem stored, ctx.tx.meetings().UpdateAgendaItem(parked));
    item.version = stored.version;
  }
  for (auto& item : changed) {
    ASSIGN_OR_RETURN(item, ctx.tx.meetings().UpdateAgendaItem(item));
  }
  return AgendaOf(ctx, meeting_id);
}

// Gives every item the position its number implies (imported agendas number their positions 1, 2, 3...), and
// returns the ids of the items it changed, for the audit event of the command that needed it.
Result<std::vector<int64_t>> NormalisePositions(const CommandContext& ctx,
                                                std::vector<store::AgendaItem> items) {
  std::vector<int64_t> changed;
  for (auto& item : items) {
    Result<AgendaNumber> number = AgendaNumber::Parse(item.number);
    if (!number.ok()) continue;
    if (item.position == PositionOf(*number)) continue;
    item.position = PositionOf(*number);
    RETURN_IF_ERROR(ctx.tx.meetings().UpdateAgendaItem(item));
    changed.push_back(item.id.value);
  }
  return changed;
}

std::vector<std::string> NumbersOf(const std::vector<store::AgendaItem>& items) {
  std::vector<std::string> numbers;
  for (const auto& item : items) numbers.push_back(item.number);
  return numbers;
}

// ----- Papers -----

Result<store::Paper> ValidPaper(const CommandContext& ctx, const PaperInput& input) {
  RETURN_IF_ERROR(RequireText(input.title, "title", "the paper's title", 500));
  RETURN_IF_ERROR(MaxLength(input.to, "to"));
  RETURN_IF_ERROR(MaxLength(input.from, "from"));
  RETURN_IF_ERROR(MaxLength(input.electoral_divisions, "electoral_divisions"));
  (void)ctx;
  store::Paper paper;
  paper.body_id = input.body_id;
  paper.title = TrimmedCopy(input.title);
  paper.to = TrimmedCopy(input.to);
  paper.from = TrimmedCopy(input.from);
  paper.date = input.date;
  paper.meeting_date = input.meeting_date;
  paper.classification = input.classification;
  paper.exempt = input.exempt;
  paper.key_decision = input.key_decision;
  paper.electoral_divisions = TrimmedCopy(input.electoral_divisions);
  return paper;
}

// ----- Actions -----

// A report-back meeting must be a meeting of the action's body after the one that raised it.
Status ValidReportBack(const CommandContext& ctx, const store::Action& action,
                       std::optional<store::MeetingId> report_back) {
  if (!report_back) return OkStatus();
  ASSIGN_OR_RETURN(store::Meeting meeting, Referenced(ctx.tx.meetings().GetMeeting(*report_back),
                                                      "report_back_meeting_id", "a meeting"));
  if (meeting.body_id != action.body_id) {
    return Error::InvalidArgument("Choose a meeting of the same body to report back to.",
                                  "report_back_meeting_id");
  }
  if (action.meeting_raised_id) {
    ASSIGN_OR_RETURN(store::Meeting raised, ctx.tx.meetings().GetMeeting(*action.meeting_raised_id));
    if (meeting.date <= raised.date) {
      return Error::InvalidArgument("Choose a meeting after the one that raised the action.",
                                    "report_back_meeting_id");
    }
  }
  return OkStatus();
}

Result<std::string> NextActionNumber(const CommandContext& ctx, store::BodyId body) {
  ASSIGN_OR_RETURN(std::vector<store::Action> actions,
                   store::ReadAllPages<store::Action>([&](const store::Page& page) {
                     store::ActionFilter filter;
                     filter.body_id = body;
                     filter.page = page;
                     filter.viewer = store::Viewer::Everything();  // exempt actions hold numbers too
                     return ctx.tx.actions().ListActions(filter);
                   }));
  int64_t highest = 0;
  for (const auto& action : actions) {
    const std::string& n = action.number;
    if (n.empty() || n.size() > 9 ||
        !std::all_of(n.begin(), n.end(), [](unsigned char c) { return std::isdigit(c) != 0; })) {
      continue;
    }
    highest = std::max<int64_t>(highest, std::stoll(n));
  }
  return std::to_string(highest + 1);
}

Status RequireLive(const store::Action& action) {
  if (action.status == store::ActionStatus::kClosed || action.status == store::ActionStatus::kSuperseded) {
    return Error::FailedPrecondition("Action " + action.number + " is " +
                                     std::string(store::Name(action.status)) +
                                     "; reopen it before adding updates.");
  }
  return OkStatus();
}

}  // namespace

bool Caller::HasRole(store::AccountRole role, std::optional<store::BodyId> body) const {
  if (user.disabled) return false;
  for (const store::RoleGrant& grant : grants) {
    if (grant.role < role) continue;
    if (!grant.body_id || (body && *grant.body_id == *body)) return true;
  }
  return false;
}

bool Caller::HasRoleForAnyBody(store::AccountRole role) const {
  if (user.disabled) return false;
  for (const store::RoleGrant& grant : grants) {
    if (grant.role >= role) return true;
  }
  return false;
}

// ----- Organisations and people -----

namespace {

Status RequireDirectoryKeeper(const CommandContext& ctx) {
  if (ctx.caller.HasRoleForAnyBody(AccountRole::kClerk)) return OkStatus();
  return Error::PermissionDenied("You need to be a clerk of a body to change organisations and people.");
}

Result<store::Organisation> ValidOrganisation(const OrganisationInput& input) {
  RETURN_IF_ERROR(RequireText(input.name, "name", "the organisation's name"));
  RETURN_IF_ERROR(MaxLength(input.short_name, "short_name"));
  RETURN_IF_ERROR(MaxLength(input.kind, "kind"));
  store::Organisation o;
  o.name = TrimmedCopy(input.name);
  o.short_name = TrimmedCopy(input.short_name);
  o.kind = TrimmedCopy(input.kind);
  return o;
}

Result<store::Person> ValidPerson(const CommandContext& ctx, const PersonInput& input) {
  RETURN_IF_ERROR(RequireText(input.name, "name", "the person's name"));
  RETURN_IF_ERROR(MaxLength(input.post, "post"));
  if (input.organisation_id) {
    RETURN_IF_ERROR(Referenced(ctx.tx.organisations().GetOrganisation(*input.organisation_id),
                               "organisation_id", "an organisation"));
  }
  store::Person p;
  p.name = TrimmedCopy(input.name);
  p.post = TrimmedCopy(input.post);
  p.organisation_id = input.organisation_id;
  return p;
}

}  // namespace

Result<store::Organisation> CreateOrganisation(const CommandContext& ctx, const OrganisationInput& input) {
  RETURN_IF_ERROR(RequireDirectoryKeeper(ctx));
  ASSIGN_OR_RETURN(store::Organisation o, ValidOrganisation(input));
  Result<store::Organisation> created = ctx.tx.organisations().CreateOrganisation(o);
  if (!created.ok()) return WithField(std::move(created).error(), "name");
  RETURN_IF_ERROR(Audit(ctx, "create", "organisation", created->id.value, nullptr, ToJson(*created)));
  return created;
}

Result<store::Organisation> UpdateOrganisation(const CommandContext& ctx, store::OrganisationId id,
                                               int64_t version, const OrganisationInput& input) {
  ASSIGN_OR_RETURN(store::Organisation before, ctx.tx.organisations().GetOrganisation(id));
  RETURN_IF_ERROR(RequireDirectoryKeeper(ctx));
  ASSIGN_OR_RETURN(store::Organisation o, ValidOrganisation(input));
  RETURN_IF_ERROR(CheckVersion("organisation", version, before.version));
  o.id = id;
  o.version = version;
  Result<store::Organisation> updated = ctx.tx.organisations().UpdateOrganisation(o);
  if (!updated.ok()) return WithField(std::move(updated).error(), "name");
  RETURN_IF_ERROR(Audit(ctx, "update", "organisation", id.value, ToJson(before), ToJson(*updated)));
  return updated;
}

Result<store::Person> CreatePerson(const CommandContext& ctx, const PersonInput& input) {
  RETURN_IF_ERROR(RequireDirectoryKeeper(ctx));
  ASSIGN_OR_RETURN(store::Person p, ValidPerson(ctx, input));
  ASSIGN_OR_RETURN(store::Person created, ctx.tx.organisations().CreatePerson(p));
  RETURN_IF_ERROR(Audit(ctx, "create", "person", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Person> UpdatePerson(const CommandContext& ctx, store::PersonId id, int64_t version,
                                   const PersonInput& input) {
  ASSIGN_OR_RETURN(store::Person before, ctx.tx.organisations().GetPerson(id));
  RETURN_IF_ERROR(RequireDirectoryKeeper(ctx));
  ASSIGN_OR_RETURN(store::Person p, ValidPerson(ctx, input));
  RETURN_IF_ERROR(CheckVersion("person", version, before.version));
  p.id = id;
  p.version = version;
  ASSIGN_OR_RETURN(store::Person updated, ctx.tx.organisations().UpdatePerson(p));
  RETURN_IF_ERROR(Audit(ctx, "update", "person", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

// ----- Bodies and memberships -----

Result<store::Body> CreateBody(const CommandContext& ctx, const BodyInput& input) {
  if (!ctx.caller.HasRole(AccountRole::kAdmin, std::nullopt)) {
    return Error::PermissionDenied("Only an administrator can create a body.");
  }
  ASSIGN_OR_RETURN(store::Body body, ValidBody(ctx, input, store::BodyId{}));
  Result<store::Body> created = ctx.tx.bodies().CreateBody(body);
  if (!created.ok()) return WithField(std::move(created).error(), "name");
  RETURN_IF_ERROR(Audit(ctx, "create", "body", created->id.value, nullptr, ToJson(*created)));
  return created;
}

Result<store::Body> UpdateBody(const CommandContext& ctx, store::BodyId id, int64_t version,
                               const BodyInput& input) {
  ASSIGN_OR_RETURN(store::Body before, ctx.tx.bodies().GetBody(id));
  if (!ctx.caller.HasRole(AccountRole::kAdmin, std::nullopt)) {
    return Error::PermissionDenied("Only an administrator can change a body.");
  }
  ASSIGN_OR_RETURN(store::Body body, ValidBody(ctx, input, id));
  RETURN_IF_ERROR(CheckVersion("body", version, before.version));
  body.version = version;
  Result<store::Body> updated = ctx.tx.bodies().UpdateBody(body);
  if (!updated.ok()) return WithField(std::move(updated).error(), "name");
  RETURN_IF_ERROR(Audit(ctx, "update", "body", id.value, ToJson(before), ToJson(*updated)));
  return updated;
}

Result<store::Membership> AddMembership(const CommandContext& ctx, const MembershipInput& input) {
  ASSIGN_OR_RETURN(store::Body body, Referenced(ctx.tx.bodies().GetBody(input.body_id), "body_id", "a body"));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, body.id, "change its members"));
  RETURN_IF_ERROR(Referenced(ctx.tx.organisations().GetPerson(input.person_id), "person_id", "a person"));
  if (input.from && input.until && *input.until < *input.from) {
    return Error::InvalidArgument("A membership cannot end before it began (" + input.from->ToIso() + ").",
                                  "until");
  }
  store::Membership m;
  m.person_id = input.person_id;
  m.body_id = input.body_id;
  m.role = input.role;
  m.voting = input.voting;
  m.speaking = input.speaking;
  m.from = input.from;
  m.until = input.until;
  ASSIGN_OR_RETURN(store::Membership created, ctx.tx.bodies().CreateMembership(m));
  RETURN_IF_ERROR(Audit(ctx, "create", "membership", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Membership> EndMembership(const CommandContext& ctx, store::MembershipId id, int64_t version,
                                        Date until) {
  ASSIGN_OR_RETURN(store::Membership before, ctx.tx.bodies().GetMembership(id));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, before.body_id, "change its members"));
  if (before.until)
    return Error::FailedPrecondition("This membership ended on " + before.until->ToIso() + ".");
  if (before.from && until < *before.from) {
    return Error::InvalidArgument("A membership cannot end before it began (" + before.from->ToIso() + ").",
                                  "until");
  }
  RETURN_IF_ERROR(CheckVersion("membership", version, before.version));
  store::Membership m = before;
  m.until = until;
  ASSIGN_OR_RETURN(store::Membership updated, ctx.tx.bodies().UpdateMembership(m));
  RETURN_IF_ERROR(Audit(ctx, "end", "membership", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

// ----- Meetings -----

Result<store::Meeting> CreateMeeting(const CommandContext& ctx, const MeetingInput& input) {
  ASSIGN_OR_RETURN(store::Body body, Referenced(ctx.tx.bodies().GetBody(input.body_id), "body_id", "a body"));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, body.id, "arrange its meetings"));
  RETURN_IF_ERROR(ValidTime(input.time));
  RETURN_IF_ERROR(MaxLength(input.venue, "venue"));
  store::Meeting m;
  m.body_id = input.body_id;
  m.date = input.date;
  m.time = input.time;
  m.venue = TrimmedCopy(input.venue);
  ASSIGN_OR_RETURN(store::Meeting created, ctx.tx.meetings().CreateMeeting(m));
  RETURN_IF_ERROR(Audit(ctx, "create", "meeting", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Meeting> UpdateMeeting(const CommandContext& ctx, store::MeetingId id, int64_t version,
                                     const MeetingInput& input) {
  ASSIGN_OR_RETURN(store::Meeting before, ClerkedMeeting(ctx, id, "arrange its meetings"));
  if (input.body_id != before.body_id) {
    return Error::InvalidArgument("A meeting cannot move to another body.", "body_id");
  }
  RETURN_IF_ERROR(ValidTime(input.time));
  RETURN_IF_ERROR(MaxLength(input.venue, "venue"));
  RETURN_IF_ERROR(CheckVersion("meeting", version, before.version));
  store::Meeting m = before;
  m.date = input.date;
  m.time = input.time;
  m.venue = TrimmedCopy(input.venue);
  ASSIGN_OR_RETURN(store::Meeting updated, ctx.tx.meetings().UpdateMeeting(m));
  RETURN_IF_ERROR(Audit(ctx, "update", "meeting", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<store::Meeting> ChangeMeetingStatus(const CommandContext& ctx, store::MeetingId id, int64_t version,
                                           store::MeetingStatus status) {
  ASSIGN_OR_RETURN(store::Meeting before, ClerkedMeeting(ctx, id, "change its meetings' status"));
  if (static_cast<int>(status) != static_cast<int>(before.status) + 1) {
    return Error::InvalidArgument(
        "A meeting moves one step at a time: planned, agenda published, held, minutes "
        "approved. It is " +
            std::string(store::Name(before.status)) + ".",
        "status");
  }
  if (status == store::MeetingStatus::kHeld && before.date > ctx.clock.Today()) {
    return Error::InvalidArgument("A meeting cannot be held before its date (" + before.date.ToIso() + ").",
                                  "status");
  }
  RETURN_IF_ERROR(CheckVersion("meeting", version, before.version));
  store::Meeting m = before;
  m.status = status;
  ASSIGN_OR_RETURN(store::Meeting updated, ctx.tx.meetings().UpdateMeeting(m));
  RETURN_IF_ERROR(Audit(ctx, "status", "meeting", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

// ----- Agendas -----

std::string StandardItemTitle(StandardItem item) {
  switch (item) {
    case StandardItem::kWelcomeAndApologies:
      return "Welcome and apologies";
    case StandardItem::kDeclarationsOfInterest:
      return "Declarations of interest";
    case StandardItem::kMinutesOfLastMeeting:
      return "Minutes of the last meeting";
    case StandardItem::kActionLog:
      return "Action log";
  }
  return "";
}

std::vector<StandardItem> StandardItemsOffered() {
  return {StandardItem::kWelcomeAndApologies, StandardItem::kDeclarationsOfInterest,
          StandardItem::kMinutesOfLastMeeting, StandardItem::kActionLog};
}

Result<store::AgendaItem> AddAgendaItem(const CommandContext& ctx, const AgendaItemInput& input) {
  ASSIGN_OR_RETURN(store::Meeting meeting,
                   Referenced(ctx.tx.meetings().GetMeeting(input.meeting_id), "meeting_id", "a meeting"));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, meeting.body_id, "build its agendas"));
  RETURN_IF_ERROR(ValidItemContent(ctx, input));
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> items, AgendaOf(ctx, meeting.id));
  const std::vector<std::string> numbers = NumbersOf(items);

  std::optional<store::AgendaItem> parent;
  if (input.parent_item_id) {
    for (const auto& item : items) {
      if (item.id == *input.parent_item_id) parent = item;
    }
    if (!parent) return Error::InvalidArgument("Choose an item of this meeting's agenda.", "parent_item_id");
  }
  std::string number;
  if (TrimmedCopy(input.number).empty()) {
    Result<std::string> next =
        parent ? NextSubItemNumber(numbers, parent->number) : NextTopLevelNumber(numbers);
    if (!next.ok()) {
      Error error = std::move(next).error();
      error.field = "parent_item_id";
      return error;
    }
    number = *next;
  } else {
    ASSIGN_OR_RETURN(number, ValidateAgendaNumber(input.number));
    if (std::find(numbers.begin(), numbers.end(), number) != numbers.end()) {
      return Error::AlreadyExists("Item " + number + " is already on the agenda.", "number");
    }
    ASSIGN_OR_RETURN(AgendaNumber parsed, AgendaNumber::Parse(number));
    std::optional<AgendaNumber> parent_number = parsed.Parent();
    if (parent_number) {
      std::optional<store::AgendaItem> found;
      for (const auto& item : items) {
        if (item.number == parent_number->ToString()) found = item;
      }
      if (!found) {
        return Error::InvalidArgument("Add item " + parent_number->ToString() + " before " + number + ".",
                                      "number");
      }
      if (parent && parent->id != found->id) {
        return Error::InvalidArgument("Item " + number + " does not sit under item " + parent->number + ".",
                                      "parent_item_id");
      }
      parent = found;
    } else if (parent) {
      return Error::InvalidArgument("Item " + number + " is a top-level number.", "parent_item_id");
    }
  }
  ASSIGN_OR_RETURN(std::vector<int64_t> repositioned, NormalisePositions(ctx, items));
  store::AgendaItem item;
  item.meeting_id = meeting.id;
  item.number = number;
  item.position = PositionOf(AgendaNumber::Parse(number).value());
  if (parent) item.parent_item_id = parent->id;
  CopyContent(item, input);
  ASSIGN_OR_RETURN(store::AgendaItem created, ctx.tx.meetings().CreateAgendaItem(item));
  json after = ToJson(created);
  if (!repositioned.empty()) after["positions_normalised"] = repositioned;  // the other items it reordered
  RETURN_IF_ERROR(Audit(ctx, "create", "agenda_item", created.id.value, nullptr, after));
  return created;
}

Result<std::vector<store::AgendaItem>> AddStandardItems(const CommandContext& ctx,
                                                        store::MeetingId meeting_id,
                                                        const std::vector<StandardItem>& chosen) {
  ASSIGN_OR_RETURN(store::Meeting meeting, ClerkedMeeting(ctx, meeting_id, "build its agendas"));
  if (chosen.empty()) return Error::InvalidArgument("Choose at least one standard item.", "items");
  std::set<StandardItem> distinct(chosen.begin(), chosen.end());
  if (distinct.size() != chosen.size())
    return Error::InvalidArgument("Choose each standard item once.", "items");
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> before, AgendaOf(ctx, meeting.id));
  const std::vector<store::AgendaItem>& items = before;

  std::vector<std::string> titles;
  for (StandardItem s : chosen) {
    const std::string title = StandardItemTitle(s);
    bool present = false;
    for (const auto& item : items) present = present || FoldForCompare(item.title) == FoldForCompare(title);
    if (!present) titles.push_back(title);
  }
  if (titles.empty()) return items;

  // Number the new items as top-level items placed first: stand-ins take free top-level numbers so that
  // RenumberAgenda sees them, then the stand-ins become the new items.
  const std::vector<std::string> current = NumbersOf(items);
  std::set<std::string> used(current.begin(), current.end());
  std::vector<std::string> order;
  std::vector<std::string> stand_ins;
  for (int n = AgendaNumber::kMaxPart; static_cast<int>(stand_ins.size()) < static_cast<int>(titles.size());
       --n) {
    if (n < 0) return Error::FailedPrecondition("The agenda has no free numbers left.");
    if (!used.count(std::to_string(n))) stand_ins.push_back(std::to_string(n));
  }
  order = stand_ins;
  for (const auto& number : current) order.push_back(number);
  ASSIGN_OR_RETURN(std::vector<RenumberedItem> renumbered, governance::RenumberAgenda(order));
  std::vector<RenumberedItem> existing;
  std::map<std::string, std::string> new_number_of_stand_in;
  for (const auto& r : renumbered) {
    if (std::find(stand_ins.begin(), stand_ins.end(), r.old_number) != stand_ins.end()) {
      new_number_of_stand_in[r.old_number] = r.new_number;
    } else {
      existing.push_back(r);
    }
  }
  RETURN_IF_ERROR(ApplyNumbers(ctx, meeting.id, items, existing));
  for (size_t i = 0; i < titles.size(); ++i) {
    store::AgendaItem item;
    item.meeting_id = meeting.id;
    item.number = new_number_of_stand_in.at(stand_ins[i]);
    item.position = PositionOf(AgendaNumber::Parse(item.number).value());
    item.title = titles[i];
    item.kind = store::AgendaItemKind::kStandard;
    RETURN_IF_ERROR(ctx.tx.meetings().CreateAgendaItem(item));
  }
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> after, AgendaOf(ctx, meeting.id));
  RETURN_IF_ERROR(
      Audit(ctx, "add_standard_items", "agenda", meeting.id.value, AgendaJson(before), AgendaJson(after)));
  return after;
}

Result<store::AgendaItem> AddReportBackItem(const CommandContext& ctx, store::ActionId action_id) {
  ASSIGN_OR_RETURN(store::Action action,
                   Referenced(ctx.tx.actions().GetAction(action_id, store::Viewer::Everything()), "action_id",
                              "an action"));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, action.body_id, "build its agendas"));
  if (!action.report_back_meeting_id) {
    return Error::InvalidArgument("Action " + action.number + " does not report back to a meeting.",
                                  "action_id");
  }
  std::string title = "Action " + action.number + ": " + action.text;
  if (title.size() > 300) {
    size_t cut = 297;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80)
      --cut;  // not inside a character
    title = title.substr(0, cut) + "...";
  }
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> items, AgendaOf(ctx, *action.report_back_meeting_id));
  for (const auto& item : items) {
    if (item.title == title) {
      return Error::AlreadyExists("The agenda already has item " + item.number + " for this action.",
                                  "action_id");
    }
  }
  AgendaItemInput input;
  input.meeting_id = *action.report_back_meeting_id;
  input.title = title;
  input.presenter =
      action.owner.size() > kMaxNameLength ? action.owner.substr(0, kMaxNameLength) : action.owner;
  return AddAgendaItem(ctx, input);
}

Result<store::AgendaItem> UpdateAgendaItem(const CommandContext& ctx, store::AgendaItemId id, int64_t version,
                                           const AgendaItemInput& input) {
  ASSIGN_OR_RETURN(store::AgendaItem before,
                   ctx.tx.meetings().GetAgendaItem(id, store::Viewer::Everything()));
  ASSIGN_OR_RETURN(store::Meeting meeting, ClerkedMeeting(ctx, before.meeting_id, "build its agendas"));
  (void)meeting;
  if (input.meeting_id != before.meeting_id) {
    return Error::InvalidArgument("An item cannot move to another meeting.", "meeting_id");
  }
  RETURN_IF_ERROR(ValidItemContent(ctx, input));
  RETURN_IF_ERROR(CheckVersion("agenda item", version, before.version));
  store::AgendaItem item = before;
  CopyContent(item, input);
  ASSIGN_OR_RETURN(store::AgendaItem updated, ctx.tx.meetings().UpdateAgendaItem(item));
  RETURN_IF_ERROR(Audit(ctx, "update", "agenda_item", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<store::AgendaItem> AttachPaper(const CommandContext& ctx, store::AgendaItemId id, int64_t version,
                                      store::PaperId paper_id) {
  ASSIGN_OR_RETURN(store::AgendaItem before,
                   ctx.tx.meetings().GetAgendaItem(id, store::Viewer::Everything()));
  AgendaItemInput input;
  input.meeting_id = before.meeting_id;
  input.title = before.title;
  input.presenter = before.presenter;
  input.kind = before.kind == store::AgendaItemKind::kStandard ? store::AgendaItemKind::kPaper : before.kind;
  input.exemption_paragraph = before.exemption_paragraph;
  input.paper_id = paper_id;
  return UpdateAgendaItem(ctx, id, version, input);
}

Result<std::vector<store::AgendaItem>> MoveAgendaItem(const CommandContext& ctx, store::AgendaItemId id,
                                                      int64_t version,
                                                      std::optional<store::AgendaItemId> new_parent,
                                                      size_t index) {
  ASSIGN_OR_RETURN(store::AgendaItem moving,
                   ctx.tx.meetings().GetAgendaItem(id, store::Viewer::Everything()));
  ASSIGN_OR_RETURN(store::Meeting meeting, ClerkedMeeting(ctx, moving.meeting_id, "build its agendas"));
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> before, AgendaOf(ctx, meeting.id));
  std::string parent_number;
  if (new_parent) {
    for (const auto& item : before) {
      if (item.id == *new_parent) parent_number = item.number;
    }
    if (parent_number.empty())
      return Error::InvalidArgument("Choose an item of this meeting's agenda.", "new_parent");
  }
  Result<std::vector<RenumberedItem>> renumbered =
      governance::MoveAgendaItem(NumbersOf(before), moving.number, parent_number, index);
  if (!renumbered.ok()) return WithField(std::move(renumbered).error(), "new_parent");
  RETURN_IF_ERROR(CheckVersion("agenda item", version, moving.version));
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> after, ApplyNumbers(ctx, meeting.id, before, *renumbered));
  RETURN_IF_ERROR(Audit(ctx, "move", "agenda", meeting.id.value, AgendaJson(before), AgendaJson(after)));
  return after;
}

Result<std::vector<store::AgendaItem>> RenumberAgenda(const CommandContext& ctx,
                                                      store::MeetingId meeting_id) {
  ASSIGN_OR_RETURN(store::Meeting meeting, ClerkedMeeting(ctx, meeting_id, "build its agendas"));
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> before, AgendaOf(ctx, meeting.id));
  ASSIGN_OR_RETURN(std::vector<RenumberedItem> renumbered, governance::RenumberAgenda(NumbersOf(before)));
  ASSIGN_OR_RETURN(std::vector<store::AgendaItem> after, ApplyNumbers(ctx, meeting.id, before, renumbered));
  RETURN_IF_ERROR(Audit(ctx, "renumber", "agenda", meeting.id.value, AgendaJson(before), AgendaJson(after)));
  return after;
}

// ----- Attendance and declarations -----

namespace {

Status ValidAttendance(const CommandContext& ctx, const AttendanceInput& input) {
  RETURN_IF_ERROR(RequireText(input.name, "name", "the person's name"));
  RETURN_IF_ERROR(MaxLength(input.capacity, "capacity"));
  RETURN_IF_ERROR(MaxLength(input.substitute, "substitute"));
  if (!TrimmedCopy(input.substitute).empty() && input.kind != store::AttendanceKind::kApologies) {
    return Error::InvalidArgument("Only someone who sent apologies has a substitute.", "substitute");
  }
  if (input.person_id) {
    RETURN_IF_ERROR(Referenced(ctx.tx.organisations().GetPerson(*input.person_id), "person_id", "a person"));
  }
  return OkStatus();
}

store::Attendance AttendanceOf(const AttendanceInput& input) {
  store::Attendance a;
  a.meeting_id = input.meeting_id;
  a.person_id = input.person_id;
  a.name = TrimmedCopy(input.name);
  a.capacity = TrimmedCopy(input.capacity);
  a.kind = input.kind;
  a.substitute = TrimmedCopy(input.substitute);
  return a;
}

}  // namespace

Result<store::Attendance> RecordAttendance(const CommandContext& ctx, const AttendanceInput& input) {
  ASSIGN_OR_RETURN(store::Meeting meeting,
                   Referenced(ctx.tx.meetings().GetMeeting(input.meeting_id), "meeting_id", "a meeting"));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, meeting.body_id, "record attendance"));
  RETURN_IF_ERROR(ValidAttendance(ctx, input));
  ASSIGN_OR_RETURN(store::Attendance created, ctx.tx.meeting_records().CreateAttendance(AttendanceOf(input)));
  RETURN_IF_ERROR(Audit(ctx, "create", "attendance", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Attendance> UpdateAttendance(const CommandContext& ctx, store::AttendanceId id, int64_t version,
                                           const AttendanceInput& input) {
  ASSIGN_OR_RETURN(store::Attendance before, ctx.tx.meeting_records().GetAttendance(id));
  RETURN_IF_ERROR(ClerkedMeeting(ctx, before.meeting_id, "record attendance"));
  if (input.meeting_id != before.meeting_id) {
    return Error::InvalidArgument("Attendance cannot move to another meeting.", "meeting_id");
  }
  RETURN_IF_ERROR(ValidAttendance(ctx, input));
  RETURN_IF_ERROR(CheckVersion("attendance record", version, before.version));
  store::Attendance a = AttendanceOf(input);
  a.id = id;
  a.version = version;
  ASSIGN_OR_RETURN(store::Attendance updated, ctx.tx.meeting_records().UpdateAttendance(a));
  RETURN_IF_ERROR(Audit(ctx, "update", "attendance", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<store::Declaration> RecordDeclaration(const CommandContext& ctx, const DeclarationInput& input) {
  ASSIGN_OR_RETURN(store::Meeting meeting,
                   Referenced(ctx.tx.meetings().GetMeeting(input.meeting_id), "meeting_id", "a meeting"));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, meeting.body_id, "record declarations of interest"));
  RETURN_IF_ERROR(RequireText(input.name, "name", "the name of who declared the interest"));
  RETURN_IF_ERROR(RequireText(input.interest, "interest", "what the interest is", 2000));
  if (input.agenda_item_id) {
    ASSIGN_OR_RETURN(
        store::AgendaItem item,
        Referenced(ctx.tx.meetings().GetAgendaItem(*input.agenda_item_id, store::Viewer::Everything()),
                   "agenda_item_id", "an agenda item"));
    if (item.meeting_id != meeting.id) {
      return Error::InvalidArgument("Choose an item of this meeting's agenda.", "agenda_item_id");
    }
  }
  if (input.person_id) {
    RETURN_IF_ERROR(Referenced(ctx.tx.organisations().GetPerson(*input.person_id), "person_id", "a person"));
  }
  store::Declaration d;
  d.meeting_id = meeting.id;
  d.agenda_item_id = input.agenda_item_id;
  d.person_id = input.person_id;
  d.name = TrimmedCopy(input.name);
  d.kind = input.kind;
  d.interest = TrimmedCopy(input.interest);
  d.left_room = input.left_room;
  ASSIGN_OR_RETURN(store::Declaration created, ctx.tx.meeting_records().CreateDeclaration(d));
  RETURN_IF_ERROR(Audit(ctx, "create", "declaration", created.id.value, nullptr, ToJson(created)));
  return created;
}

// ----- Papers -----

Result<store::Paper> CreatePaper(const CommandContext& ctx, const PaperInput& input) {
  ASSIGN_OR_RETURN(store::Body body, Referenced(ctx.tx.bodies().GetBody(input.body_id), "body_id", "a body"));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kAuthor, body.id, "write its papers"));
  ASSIGN_OR_RETURN(store::Paper paper, ValidPaper(ctx, input));
  paper.published = false;
  ASSIGN_OR_RETURN(store::Paper created, ctx.tx.papers().CreatePaper(paper));
  RETURN_IF_ERROR(Audit(ctx, "create", "paper", created.id.value, nullptr, ToJson(created)));
  return created;
}

Result<store::Paper> UpdatePaper(const CommandContext& ctx, store::PaperId id, int64_t version,
                                 const PaperInput& input) {
  ASSIGN_OR_RETURN(store::Paper before, ctx.tx.papers().GetPaper(id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, before.published ? AccountRole::kClerk : AccountRole::kAuthor, before.body_id,
                          before.published ? "change a published paper" : "write its papers"));
  if (input.body_id != before.body_id)
    return Error::InvalidArgument("A paper cannot move to another body.", "body_id");
  ASSIGN_OR_RETURN(store::Paper paper, ValidPaper(ctx, input));
  RETURN_IF_ERROR(CheckVersion("paper", version, before.version));
  paper.id = id;
  paper.version = version;
  paper.published = before.published;
  paper.version_number = before.version_number;
  paper.version_of = before.version_of;
  paper.document_id = before.document_id;
  ASSIGN_OR_RETURN(store::Paper updated, ctx.tx.papers().UpdatePaper(paper));
  RETURN_IF_ERROR(Audit(ctx, "update", "paper", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<PaperContent> AddPaperContent(const CommandContext& ctx, store::PaperId id, int64_t version,
                                     const PaperText& text) {
  ASSIGN_OR_RETURN(store::Paper paper, ctx.tx.papers().GetPaper(id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kAuthor, paper.body_id, "write its papers"));
  if (paper.published) {
    return Error{ErrorCode::kFailedPrecondition,
                 "The paper is published: publish a new version to change its text.", "text"};
  }
  if (text.sections.empty() && text.paragraphs.empty())
    return Error::InvalidArgument("Enter the paper's text.", "text");
  for (const SectionText& s : text.sections) {
    if (s.heading.size() > kMaxNameLength) {
      return Error::InvalidArgument("Section " + s.number + "'s heading must be " +
                                        std::to_string(kMaxNameLength) + " characters or fewer.",
                                    "text");
    }
  }
  ASSIGN_OR_RETURN(std::vector<store::PaperSection> old_sections,
                   ctx.tx.papers().ListSections(id, store::Viewer::Everything()));
  ASSIGN_OR_RETURN(std::vector<store::Paragraph> old_paragraphs,
                   ctx.tx.papers().ListParagraphs(id, store::Viewer::Everything()));
  std::set<std::string> numbers;
  for (const store::Paragraph& p : old_paragraphs) {
    if (!p.number.empty()) numbers.insert(p.number);
  }
  for (const ParagraphText& p : text.paragraphs) {
    if (p.section && *p.section >= text.sections.size())
      return Error::InvalidArgument("A paragraph belongs to a section the text does not have.", "text");
    if (p.text.size() > kMaxTextLength) {
      return Error::InvalidArgument(
          "Each paragraph must be " + std::to_string(kMaxTextLength) + " characters or fewer.", "text");
    }
    if (!p.number.empty() && !numbers.insert(p.number).second)
      return Error::InvalidArgument("Paragraph " + p.number + " is numbered twice.", "text");
  }
  for (const RecommendationText& r : text.recommendations) {
    if (r.text.size() > kMaxTextLength || r.label.size() > 20) {
      return Error::InvalidArgument(
          "Each recommendation must be " + std::to_string(kMaxTextLength) + " characters or fewer.",
          "recommendations");
    }
  }
  RETURN_IF_ERROR(CheckVersion("paper", version, paper.version));
  int64_t section_position = 0;
  for (const store::PaperSection& s : old_sections) section_position = std::max(section_position, s.position);
  int64_t paragraph_position = 0;
  for (const store::Paragraph& p : old_paragraphs)
    paragraph_position = std::max(paragraph_position, p.position);
  PaperContent added;
  for (const SectionText& s : text.sections) {
    store::PaperSection section;
    section.paper_id = id;
    section.number = s.number;
    section.heading = s.heading;
    section.position = ++section_position;
    ASSIGN_OR_RETURN(store::PaperSection created, ctx.tx.papers().CreateSection(section));
    added.sections.push_back(std::move(created));
  }
  std::vector<store::Paragraph> paragraphs;
  for (const ParagraphText& p : text.paragraphs) {
    store::Paragraph paragraph;
    paragraph.paper_id = id;
    if (p.section) paragraph.section_id = added.sections[*p.section].id;
    paragraph.number = p.number;
    paragraph.text = p.text;
    paragraph.position = ++paragraph_position;
    paragraphs.push_back(std::move(paragraph));
  }
  if (!paragraphs.empty()) {
    ASSIGN_OR_RETURN(added.paragraphs, ctx.tx.papers().CreateParagraphs(paragraphs));
  }
  std::vector<store::Recommendation> recommendations;
  for (const RecommendationText& r : text.recommendations) {
    store::Recommendation recommendation;
    recommendation.paper_id = id;
    recommendation.label = r.label;
    recommendation.text = r.text;
    recommendations.push_back(std::move(recommendation));
  }
  if (!recommendations.empty()) {
    ASSIGN_OR_RETURN(added.recommendations, ctx.tx.papers().CreateRecommendations(recommendations));
  }
  json after = {
      {"sections", json::array()}, {"paragraphs", json::array()}, {"recommendations", json::array()}};
  for (const store::PaperSection& s : added.sections)
    after["sections"].push_back({{"id", s.id.value}, {"number", s.number}, {"heading", s.heading}});
  for (const store::Paragraph& p : added.paragraphs)
    after["paragraphs"].push_back({{"id", p.id.value}, {"number", p.number}, {"text", p.text}});
  for (const store::Recommendation& r : added.recommendations) after["recommendations"].push_back(ToJson(r));
  RETURN_IF_ERROR(Audit(ctx, "add_content", "paper", id.value, nullptr, after));
  return added;
}

Result<store::Clearance> RecordClearance(const CommandContext& ctx, store::PaperId paper_id, int64_t version,
                                         const ClearanceInput& input) {
  ASSIGN_OR_RETURN(store::Paper paper, ctx.tx.papers().GetPaper(paper_id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, paper.body_id, "record clearances"));
  Result<std::vector<std::string>> area = NormaliseClearances({input.area});
  if (!area.ok()) return Error::InvalidArgument(area.error().message, "area");
  if (input.cleared && TrimmedCopy(input.officer).empty()) {
    return Error::InvalidArgument("Enter the officer who cleared the paper.", "officer");
  }
  RETURN_IF_ERROR(MaxLength(input.officer, "officer"));
  ASSIGN_OR_RETURN(std::vector<store::Clearance> existing,
                   ctx.tx.papers().ListClearances(paper_id, store::Viewer::Everything()));
  std::optional<store::Clearance> before;
  for (const auto& c : existing) {
    if (FoldForCompare(c.area) == FoldForCompare(area->front())) before = c;
  }
  store::Clearance c = before.value_or(store::Clearance{});
  c.paper_id = paper_id;
  c.area = before ? before->area : area->front();
  c.cleared = input.cleared;
  c.officer = TrimmedCopy(input.officer);
  if (!before) {
    if (version != 0) RETURN_IF_ERROR(CheckVersion("clearance", version, 0));
    ASSIGN_OR_RETURN(store::Clearance created, ctx.tx.papers().CreateClearance(c));
    RETURN_IF_ERROR(Audit(ctx, "create", "clearance", created.id.value, nullptr, ToJson(created)));
    return created;
  }
  RETURN_IF_ERROR(CheckVersion("clearance", version, before->version));
  ASSIGN_OR_RETURN(store::Clearance updated, ctx.tx.papers().UpdateClearance(c));
  RETURN_IF_ERROR(Audit(ctx, "update", "clearance", updated.id.value, ToJson(*before), ToJson(updated)));
  return updated;
}

Result<std::vector<std::string>> MissingClearances(store::Transaction& tx, const store::Paper& paper) {
  ASSIGN_OR_RETURN(store::Body body, tx.bodies().GetBody(paper.body_id));
  ASSIGN_OR_RETURN(std::vector<store::Clearance> given,
                   tx.papers().ListClearances(paper.id, store::Viewer::Everything()));
  std::vector<std::string> missing;
  for (const std::string& area : body.required_clearances) {
    bool cleared = false;
    for (const auto& c : given)
      cleared = cleared || (c.cleared && FoldForCompare(c.area) == FoldForCompare(area));
    if (!cleared) missing.push_back(area);
  }
  return missing;
}

Result<store::Paper> PublishPaper(const CommandContext& ctx, store::PaperId id, int64_t version) {
  ASSIGN_OR_RETURN(store::Paper before, ctx.tx.papers().GetPaper(id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, before.body_id, "publish its papers"));
  if (before.published) return Error::FailedPrecondition("The paper is already published.");
  ASSIGN_OR_RETURN(std::vector<std::string> missing, MissingClearances(ctx.tx, before));
  if (!missing.empty()) {
    std::string list;
    for (const auto& area : missing) list += (list.empty() ? "" : ", ") + area;
    return Error::FailedPrecondition("The paper cannot be published until it is cleared for: " + list + ".");
  }
  RETURN_IF_ERROR(CheckVersion("paper", version, before.version));
  store::Paper paper = before;
  paper.published = true;
  ASSIGN_OR_RETURN(store::Paper updated, ctx.tx.papers().UpdatePaper(paper));
  RETURN_IF_ERROR(Audit(ctx, "publish", "paper", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<store::Recommendation> RecordOutcome(const CommandContext& ctx, store::RecommendationId id,
                                            int64_t version, store::RecommendationOutcome outcome,
                                            std::string note, store::MeetingId meeting_id) {
  ASSIGN_OR_RETURN(store::Recommendation before,
                   ctx.tx.papers().GetRecommendation(id, store::Viewer::Everything()));
  ASSIGN_OR_RETURN(store::Paper paper,
                   ctx.tx.papers().GetPaper(before.paper_id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, paper.body_id, "record decisions"));
  if (outcome == store::RecommendationOutcome::kNone) {
    return Error::InvalidArgument(
        "Choose the outcome: noted, agreed, agreed with amendments, deferred or rejected.", "outcome");
  }
  note = TrimmedCopy(note);
  if (outcome == store::RecommendationOutcome::kAgreedWithAmendments && note.empty()) {
    return Error::InvalidArgument("Say what the amendments were.", "outcome_note");
  }
  RETURN_IF_ERROR(MaxLength(note, "outcome_note", 5000));
  ASSIGN_OR_RETURN(store::Meeting meeting,
                   Referenced(ctx.tx.meetings().GetMeeting(meeting_id), "meeting_id", "a meeting"));
  if (meeting.date > ctx.clock.Today()) {
    return Error::InvalidArgument("Choose a meeting that has taken place.", "meeting_id");
  }
  RETURN_IF_ERROR(CheckVersion("recommendation", version, before.version));
  ASSIGN_OR_RETURN(std::optional<store::DecisionMeeting> decided_before,
                   ctx.tx.meeting_records().GetDecisionMeeting(id));
  store::Recommendation r = before;
  r.outcome = outcome;
  r.outcome_note = note;
  ASSIGN_OR_RETURN(store::Recommendation updated, ctx.tx.papers().UpdateRecommendation(r));
  RETURN_IF_ERROR(ctx.tx.meeting_records().RecordDecisionMeeting({id, meeting.id, meeting.date}));
  json before_json = ToJson(before);
  before_json["meeting_id"] = decided_before ? json(decided_before->meeting_id.value) : json(nullptr);
  json after_json = ToJson(updated);
  after_json["meeting_id"] = meeting.id.value;
  RETURN_IF_ERROR(Audit(ctx, "decide", "recommendation", id.value, before_json, after_json));
  return updated;
}

// ----- The action log -----

Result<store::Action> RaiseAction(const CommandContext& ctx, const RaiseActionInput& input) {
  ASSIGN_OR_RETURN(store::AgendaItem item, Referenced(ctx.tx.meetings().GetAgendaItem(
                                                          input.agenda_item_id, store::Viewer::Everything()),
                                                      "agenda_item_id", "an agenda item"));
  ASSIGN_OR_RETURN(store::Meeting meeting, ctx.tx.meetings().GetMeeting(item.meeting_id));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, meeting.body_id, "keep its action log"));
  RETURN_IF_ERROR(RequireText(input.text, "text", "what the action is", 5000));
  RETURN_IF_ERROR(RequireText(input.owner, "owner", "who owns the action"));
  if (input.target_date && *input.target_date < meeting.date) {
    return Error::InvalidArgument("The target date cannot be before the meeting that raised the action.",
                                  "target_date");
  }
  store::Action action;
  action.body_id = meeting.body_id;
  action.meeting_raised_id = meeting.id;
  action.agenda_item_number = item.number;
  action.text = TrimmedCopy(input.text);
  action.owner = TrimmedCopy(input.owner);
  action.target_date = input.target_date;
  action.status = store::ActionStatus::kOpen;
  // Raised at exempt (Part B) business, the action is exempt too; so are its updates.
  action.exempt = item.kind == store::AgendaItemKind::kExempt;
  if (TrimmedCopy(input.number).empty()) {
    ASSIGN_OR_RETURN(action.number, NextActionNumber(ctx, meeting.body_id));
  } else {
    RETURN_IF_ERROR(MaxLength(input.number, "number", 20));
    action.number = TrimmedCopy(input.number);
  }
  if (input.report_back_meeting_id) {
    RETURN_IF_ERROR(ValidReportBack(ctx, action, input.report_back_meeting_id));
    action.report_back_meeting_id = input.report_back_meeting_id;
  } else if (std::optional<MonthYear> month = ExtractReportBackMonth(action.text, meeting.date)) {
    store::MeetingFilter filter;
    filter.body_id = meeting.body_id;
    filter.from = meeting.date.AddDays(1);
    ASSIGN_OR_RETURN(std::vector<store::Meeting> later,
                     store::ReadAllPages<store::Meeting>([&](const store::Page& page) {
                       filter.page = page;
                       return ctx.tx.meetings().ListMeetings(filter);
                     }));
    if (auto picked = PickReportBackMeeting(*month, meeting.body_id, later)) {
      action.report_back_meeting_id = picked->id;
    }
  }
  Result<store::Action> created = ctx.tx.actions().CreateAction(action);
  if (!created.ok()) return WithField(std::move(created).error(), "number");
  RETURN_IF_ERROR(Audit(ctx, "create", "action", created->id.value, nullptr, ToJson(*created)));
  return created;
}

Result<store::Action> UpdateAction(const CommandContext& ctx, store::ActionId id, int64_t version,
                                   const ActionEdit& edit) {
  ASSIGN_OR_RETURN(store::Action before, ctx.tx.actions().GetAction(id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, before.body_id, "keep its action log"));
  RETURN_IF_ERROR(RequireText(edit.text, "text", "what the action is", 5000));
  RETURN_IF_ERROR(RequireText(edit.owner, "owner", "who owns the action"));
  RETURN_IF_ERROR(ValidReportBack(ctx, before, edit.report_back_meeting_id));
  if (edit.target_date && before.meeting_raised_id && edit.target_date != before.target_date) {
    ASSIGN_OR_RETURN(store::Meeting raised, ctx.tx.meetings().GetMeeting(*before.meeting_raised_id));
    if (*edit.target_date < raised.date) {
      return Error::InvalidArgument("The target date cannot be before the meeting that raised the action (" +
                                        raised.date.ToIso() + ").",
                                    "target_date");
    }
  }
  RETURN_IF_ERROR(CheckVersion("action", version, before.version));
  store::Action action = before;
  action.text = TrimmedCopy(edit.text);
  action.owner = TrimmedCopy(edit.owner);
  action.target_date = edit.target_date;
  action.report_back_meeting_id = edit.report_back_meeting_id;
  ASSIGN_OR_RETURN(store::Action updated, ctx.tx.actions().UpdateAction(action));
  RETURN_IF_ERROR(Audit(ctx, "update", "action", id.value, ToJson(before), ToJson(updated)));
  return updated;
}

Result<store::Action> ChangeActionStatus(const CommandContext& ctx, store::ActionId id, int64_t version,
                                         store::ActionStatus status, std::string note) {
  ASSIGN_OR_RETURN(store::Action before, ctx.tx.actions().GetAction(id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kClerk, before.body_id, "keep its action log"));
  if (status == before.status) {
    return Error::InvalidArgument("The action is already " + std::string(store::Name(status)) + ".",
                                  "status");
  }
  note = TrimmedCopy(note);
  RETURN_IF_ERROR(MaxLength(note, "note", 5000));
  RETURN_IF_ERROR(CheckVersion("action", version, before.version));
  store::Action action = before;
  action.status = status;
  ASSIGN_OR_RETURN(store::Action updated, ctx.tx.actions().UpdateAction(action));
  json after = ToJson(updated);
  if (!note.empty()) {
    store::ActionUpdate update{{}, id, ctx.clock.Today(), note, ctx.caller.user.name};
    ASSIGN_OR_RETURN(store::ActionUpdate appended, ctx.tx.actions().AppendActionUpdate(update));
    after["update"] = ToJson(appended);
  }
  RETURN_IF_ERROR(Audit(ctx, "status", "action", id.value, ToJson(before), after));
  return updated;
}

Result<store::ActionUpdate> AddActionUpdate(const CommandContext& ctx, store::ActionId id,
                                            std::optional<Date> date, std::string text) {
  ASSIGN_OR_RETURN(store::Action action, ctx.tx.actions().GetAction(id, store::Viewer::Everything()));
  RETURN_IF_ERROR(Require(ctx, AccountRole::kAuthor, action.body_id, "update its actions"));
  RETURN_IF_ERROR(RequireLive(action));
  RETURN_IF_ERROR(RequireText(text, "text", "the update", 5000));
  const Date today = ctx.clock.Today();
  const Date day = date.value_or(today);
  if (day > today) return Error::InvalidArgument("An update cannot be dated in the future.", "date");
  if (action.meeting_raised_id) {
    ASSIGN_OR_RETURN(store::Meeting raised, ctx.tx.meetings().GetMeeting(*action.meeting_raised_id));
    if (day < raised.date) {
      return Error::InvalidArgument("An update cannot be dated before the meeting that raised the action (" +
                                        raised.date.ToIso() + ").",
                                    "date");
    }
  }
  store::ActionUpdate update{{}, id, day, TrimmedCopy(text), ctx.caller.user.name};
  ASSIGN_OR_RETURN(store::ActionUpdate appended, ctx.tx.actions().AppendActionUpdate(update));
  RETURN_IF_ERROR(Audit(ctx, "create", "action_update", appended.id.value, nullptr, ToJson(appended)));
  return appended;
}

}  // namespace boardroom::governance
