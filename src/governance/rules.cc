#include "governance/rules.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <functional>
#include <map>
#include <utility>

namespace boardroom::governance {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

std::string Plural(int64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

std::string WeekdayDate(Date date) {
  return std::string(kWeekdays[static_cast<size_t>(date.weekday() - 1)]) + " " + date.ToLong();
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines.

Date PublicationDeadline(Date meeting_date) {
  Date deadline = LatestDateWithClearWorkingDays(meeting_date, kAgendaClearWorkingDays);
  while (!IsWorkingDay(deadline)) deadline = deadline.AddDays(-1);
  return deadline;
}

Date KeyDecisionNoticeDeadline(Date decision_date) {
  return LatestDateWithClearDays(decision_date, kKeyDecisionClearDays);
}

std::string_view Name(DeadlineState state) {
  switch (state) {
    case DeadlineState::kOnTrack:
      return "on_track";
    case DeadlineState::kDueSoon:
      return "due_soon";
    case DeadlineState::kMissed:
      return "missed";
    case DeadlineState::kPublished:
      return "published";
  }
  return "";
}

PublicationStatus PublicationStatusOn(Date meeting_date, Date today, int due_soon_working_days) {
  assert(due_soon_working_days >= 0);
  PublicationStatus status;
  status.deadline = PublicationDeadline(meeting_date);
  const std::string when = WeekdayDate(status.deadline);
  if (today > status.deadline) {
    status.state = DeadlineState::kMissed;
    status.message = "Publication deadline missed: " + when;
    return status;
  }
  if (today == status.deadline) {
    status.state = DeadlineState::kDueSoon;
    status.message = "Publish today, " + when + " \u2014 the last day";
    return status;
  }
  status.working_days_left = ClearWorkingDaysBetween(today, status.deadline.AddDays(1));
  status.state =
      status.working_days_left <= due_soon_working_days ? DeadlineState::kDueSoon : DeadlineState::kOnTrack;
  status.message = "Publish by " + when + " \u2014 " +
                   Plural(status.working_days_left, "working day left", "working days left");
  return status;
}

PublicationStatus PublicationStatusOf(const store::Meeting& meeting, Date today, int due_soon_working_days) {
  if (meeting.status != store::MeetingStatus::kPlanned) {
    PublicationStatus status;
    status.deadline = PublicationDeadline(meeting.date);
    status.state = DeadlineState::kPublished;
    status.message = "Agenda published";
    return status;
  }
  return PublicationStatusOn(meeting.date, today, due_soon_working_days);
}

// ---------------------------------------------------------------------------------------------------------------
// Actions.

std::string_view Name(ActionDueState state) {
  switch (state) {
    case ActionDueState::kNone:
      return "none";
    case ActionDueState::kDueSoon:
      return "due_soon";
    case ActionDueState::kOverdue:
      return "overdue";
  }
  return "";
}

bool IsLiveActionStatus(store::ActionStatus status) {
  return status == store::ActionStatus::kOpen || status == store::ActionStatus::kOngoing;
}

ActionDueState ActionDueStateOn(store::ActionStatus status, std::optional<Date> target_date, Date today) {
  if (!IsLiveActionStatus(status) || !target_date) return ActionDueState::kNone;
  if (*target_date < today) return ActionDueState::kOverdue;
  if (target_date->days() - today.days() <= kActionDueSoonDays) return ActionDueState::kDueSoon;
  return ActionDueState::kNone;
}

ActionDueState ActionDueStateOf(const store::Action& action, Date today) {
  return ActionDueStateOn(action.status, action.target_date, today);
}

std::string DescribeActionDue(const store::Action& action, Date today) {
  switch (ActionDueStateOf(action, today)) {
    case ActionDueState::kNone:
      return "";
    case ActionDueState::kOverdue:
      return "Overdue by " + Plural(today.days() - action.target_date->days(), "day", "days");
    case ActionDueState::kDueSoon: {
      const int64_t days = action.target_date->days() - today.days();
      if (days == 0) return "Due today";
      return "Due in " + Plural(days, "day", "days");
    }
  }
  return "";
}

// ---------------------------------------------------------------------------------------------------------------
// Agenda numbers.

AgendaNumber::AgendaNumber(std::vector<int> parts) : parts_(std::move(parts)) {
  assert(!parts_.empty());
}

Result<AgendaNumber> AgendaNumber::Parse(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  const std::string shown = "\"" + std::string(text) + "\"";
  if (text.empty()) return Error::InvalidArgument("An agenda item number is required.", "number");
  std::vector<int> parts;
  size_t start = 0;
  while (true) {
    const size_t dot = text.find('.', start);
    const std::string_view part = text.substr(start, dot == std::string_view::npos ? text.npos : dot - start);
    if (part.empty()) {
      return Error::InvalidArgument(shown +
                                        " is not an agenda item number: each part between full stops needs "
                                        "digits (e.g. \"5\" or \"5.1\").",
                                    "number");
    }
    int value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') {
        return Error::InvalidArgument(shown +
                                          " is not an agenda item number: use digits and full stops only "
                                          "(e.g. \"5\" or \"5.1\").",
                                      "number");
      }
      value = value * 10 + (c - '0');
      if (value > kMaxPart) {
        return Error::InvalidArgument(shown + " is not an agenda item number: each part must be at most " +
                                          std::to_string(kMaxPart) + ".",
                                      "number");
      }
    }
    parts.push_back(value);
    if (static_cast<int>(parts.size()) > kMaxDepth) {
      return Error::InvalidArgument(shown + " is not an agenda item number: at most " +
                                        std::to_string(kMaxDepth) + " levels are allowed.",
                                    "number");
    }
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return AgendaNumber(std::move(parts));
}

std::optional<AgendaNumber> AgendaNumber::Parent() const {
  if (parts_.size() <= 1) return std::nullopt;
  return AgendaNumber(std::vector<int>(parts_.begin(), parts_.end() - 1));
}

std::string AgendaNumber::ToString() const {
  std::string out;
  for (size_t i = 0; i < parts_.size(); ++i) {
    if (i > 0) out += '.';
    out += std::to_string(parts_[i]);
  }
  return out;
}

Result<std::string> ValidateAgendaNumber(std::string_view number) {
  ASSIGN_OR_RETURN(AgendaNumber parsed, AgendaNumber::Parse(number));
  return parsed.ToString();
}

Result<std::string> NextTopLevelNumber(const std::vector<std::string>& existing) {
  int highest = 0;
  for (const auto& text : existing) {
    ASSIGN_OR_RETURN(AgendaNumber number, AgendaNumber::Parse(text));
    highest = std::max(highest, number.parts()[0]);
  }
  if (highest >= AgendaNumber::kMaxPart) {
    return Error::InvalidArgument("The agenda has no free top-level number left.", "number");
  }
  return std::to_string(highest + 1);
}

Result<std::string> NextSubItemNumber(const std::vector<std::string>& existing, std::string_view parent) {
  ASSIGN_OR_RETURN(AgendaNumber parent_number, AgendaNumber::Parse(parent));
  if (parent_number.depth() >= AgendaNumber::kMaxDepth) {
    return Error::InvalidArgument(
        "Item " + parent_number.ToString() + " is already at the deepest level allowed.", "parent");
  }
  bool parent_found = false;
  int highest = 0;  // sub-items start at 1 when there are none
  for (const auto& text : existing) {
    ASSIGN_OR_RETURN(AgendaNumber number, AgendaNumber::Parse(text));
    if (number == parent_number) parent_found = true;
    if (number.Parent() == parent_number) highest = std::max(highest, number.parts().back());
  }
  if (!parent_found)
    return Error::NotFound("There is no item " + parent_number.ToString() + " on this agenda.");
  if (highest >= AgendaNumber::kMaxPart) {
    return Error::InvalidArgument("Item " + parent_number.ToString() + " has no free sub-item number left.",
                                  "parent");
  }
  std::vector<int> parts = parent_number.parts();
  parts.push_back(highest + 1);
  return AgendaNumber(std::move(parts)).ToString();
}

namespace {

// The agenda as a tree of numbers: node 0 is the root (the agenda itself); a node is "real" when its number
// is on the agenda and virtual when only its sub-items are.
struct AgendaTree {
  struct Node {
    std::string given;  // the number as given; empty for the root and virtual nodes
    bool real = false;
    int parent = -1;
    int last_part = 0;
    std::vector<int> children;
  };
  std::vector<Node> nodes = {Node{}};
  std::map<AgendaNumber, int> index;

  // The node for `number`, created (virtual, after its parent's other children) when missing.
  int Ensure(const AgendaNumber& number) {
    if (auto it = index.find(number); it != index.end()) return it->second;
    const std::optional<AgendaNumber> parent_number = number.Parent();
    const int parent = parent_number ? Ensure(*parent_number) : 0;
    nodes.push_back(Node{{}, false, parent, number.parts().back(), {}});
    const int id = static_cast<int>(nodes.size()) - 1;
    nodes[static_cast<size_t>(parent)].children.push_back(id);
    index.emplace(number, id);
    return id;
  }

  Node& at(int id) { return nodes[static_cast<size_t>(id)]; }

  bool HasReal(int id) {
    if (at(id).real) return true;
    for (int child : at(id).children) {
      if (HasReal(child)) return true;
    }
    return false;
  }

  // Levels below and including `id`: 1 for a leaf.
  int Height(int id) {
    int height = 0;
    for (int child : at(id).children) height = std::max(height, Height(child));
    return height + 1;
  }

  bool IsWithin(int id, int ancestor) {
    for (int n = id; n >= 0; n = at(n).parent) {
      if (n == ancestor) return true;
    }
    return false;
  }
};

Result<AgendaTree> BuildTree(const std::vector<std::string>& numbers) {
  AgendaTree tree;
  for (const auto& text : numbers) {
    ASSIGN_OR_RETURN(AgendaNumber number, AgendaNumber::Parse(text));
    const int id = tree.Ensure(number);
    if (tree.at(id).real) {
      return Error::InvalidArgument("Item number " + number.ToString() + " appears twice on the agenda.",
                                    "number");
    }
    tree.at(id).real = true;
    tree.at(id).given = text;
  }
  return tree;
}

// Which groups (by parent node) counted from 0 before any move.
std::vector<bool> ZeroBasedGroups(AgendaTree& tree) {
  std::vector<bool> zero(tree.nodes.size(), false);
  for (size_t id = 0; id < tree.nodes.size(); ++id) {
    for (int child : tree.nodes[id].children) {
      if (tree.at(child).last_part == 0) zero[id] = true;
    }
  }
  return zero;
}

std::vector<RenumberedItem> Number(AgendaTree& tree, const std::vector<bool>& zero_based) {
  std::vector<RenumberedItem> out;
  std::function<void(int, const std::vector<int>&)> visit = [&](int id, const std::vector<int>& prefix) {
    int next = zero_based[static_cast<size_t>(id)] ? 0 : 1;
    for (int child : tree.at(id).children) {
      if (!tree.HasReal(child)) continue;  // an emptied virtual group takes no number
      std::vector<int> parts = prefix;
      parts.push_back(next++);
      if (tree.at(child).real) {
        const AgendaNumber number(parts);
        out.push_back({tree.at(child).given, number.ToString(),
                       prefix.empty() ? "" : AgendaNumber(prefix).ToString(),
                       static_cast<int>(parts.size())});
      }
      visit(child, parts);
    }
  };
  visit(0, {});
  return out;
}

}  // namespace

Result<std::vector<RenumberedItem>> RenumberAgenda(const std::vector<std::string>& numbers_in_order) {
  ASSIGN_OR_RETURN(AgendaTree tree, BuildTree(numbers_in_order));
  return Number(tree, ZeroBasedGroups(tree));
}

Result<std::vector<RenumberedItem>> MoveAgendaItem(const std::vector<std::string>& numbers,
                                                   std::string_view moving, std::string_view new_parent,
                                                   size_t index) {
  ASSIGN_OR_RETURN(AgendaTree tree, BuildTree(numbers));
  const std::vector<bool> zero_based = ZeroBasedGroups(tree);

  ASSIGN_OR_RETURN(AgendaNumber moving_number, AgendaNumber::Parse(moving));
  auto moving_it = tree.index.find(moving_number);
  if (moving_it == tree.index.end() || !tree.at(moving_it->second).real) {
    return Error::NotFound("There is no item " + moving_number.ToString() + " on this agenda.");
  }
  const int node = moving_it->second;

  int parent = 0;
  int parent_depth = 0;
  if (!new_parent.empty()) {
    ASSIGN_OR_RETURN(AgendaNumber parent_number, AgendaNumber::Parse(new_parent));
    auto parent_it = tree.index.find(parent_number);
    if (parent_it == tree.index.end()) {
      return Error::NotFound("There is no item " + parent_number.ToString() + " on this agenda.");
    }
    parent = parent_it->second;
    parent_depth = parent_number.depth();
    if (tree.IsWithin(parent, node)) {
      return Error::InvalidArgument(
          "Item " + moving_number.ToString() + " cannot be moved under itself or one of its own sub-items.",
          "new_parent");
    }
  }
  if (parent_depth + tree.Height(node) > AgendaNumber::kMaxDepth) {
    return Error::InvalidArgument("Moving item " + moving_number.ToString() +
                                      " there would nest it deeper than " +
                                      std::to_string(AgendaNumber::kMaxDepth) + " levels.",
                                  "new_parent");
  }

  auto& old_siblings = tree.at(tree.at(node).parent).children;
  old_siblings.erase(std::find(old_siblings.begin(), old_siblings.end(), node));
  auto& siblings = tree.at(parent).children;
  if (index > siblings.size()) {
    return Error::InvalidArgument("Position " + std::to_string(index) + " is beyond the end of the list (" +
                                      std::to_string(siblings.size()) + " other items).",
                                  "index");
  }
  siblings.insert(siblings.begin() + static_cast<std::ptrdiff_t>(index), node);
  tree.at(node).parent = parent;
  return Number(tree, zero_based);
}

// ---------------------------------------------------------------------------------------------------------------
// Report-back links.

namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

int MonthOf(const std::string& word) {
  static const std::map<std::string, int> kMonths = {
      {"jan", 1},  {"january", 1},  {"feb", 2},    {"february", 2},  {"mar", 3},  {"march", 3},
      {"apr", 4},  {"april", 4},    {"may", 5},    {"jun", 6},       {"june", 6}, {"jul", 7},
      {"july", 7}, {"aug", 8},      {"august", 8}, {"sep", 9},       {"sept", 9}, {"september", 9},
      {"oct", 10}, {"october", 10}, {"nov", 11},   {"november", 11}, {"dec", 12}, {"december", 12}};
  auto it = kMonths.find(word);
  return it == kMonths.end() ? 0 : it->second;
}

int YearOf(const std::string& word) {
  if (word.size() != 4 ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  const int year = std::stoi(word);
  return year >= 1900 && year <= 2200 ? year : 0;
}

// "18", "18th", "1st", "2nd", "3rd".
bool IsDayOfMonth(const std::string& word) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string suffix = word.substr(digits);
  return suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

bool IsOneOf(const std::string& word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool IsBodyWord(const std::string& word) {
  return IsOneOf(word,
                 {"board", "boards", "meeting", "meetings", "committee", "panel", "group", "partnership"});
}

bool IsReportWord(const std::string& word) {
  return IsOneOf(word, {"report", "reports", "reported", "reporting", "back", "update", "updates", "updated",
                        "return", "returns", "brought", "bring", "present", "presented", "presentation"});
}

}  // namespace

std::optional<MonthYear> ExtractReportBackMonth(std::string_view text, std::optional<Date> raised_on) {
  const std::vector<std::string> words = Words(text);
  for (size_t i = 0; i < words.size(); ++i) {
    const int month = MonthOf(words[i]);
    if (month == 0) continue;
    const int year = i + 1 < words.size() ? YearOf(words[i + 1]) : 0;
    const size_t after = year ? i + 2 : i + 1;
    const bool body_after = after < words.size() && IsBodyWord(words[after]);

    // Walk back over an optional day and "the" to the preposition.
    size_t k = i;
    if (k > 0 && IsDayOfMonth(words[k - 1])) --k;
    if (k > 0 && words[k - 1] == "the") --k;
    if (k == 0 || !IsOneOf(words[k - 1], {"to", "at", "in"})) continue;
    const size_t preposition = k - 1;
    // "in July 2019" alone is any date ("published in July 2019"); it names a meeting only after a body word
    // ("to the Board in July 2019") or before one ("in the July 2019 meeting").
    if (words[preposition] == "in" && !body_after &&
        (preposition == 0 || !IsBodyWord(words[preposition - 1]))) {
      continue;
    }
    const bool report_before =
        std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(preposition), IsReportWord);

    if (year != 0) {
      if (report_before || body_after) return MonthYear{year, month};
      continue;
    }
    if (body_after && raised_on) {
      const int first_year = month >= raised_on->month() ? raised_on->year() : raised_on->year() + 1;
      return MonthYear{first_year, month};
    }
  }
  return std::nullopt;
}

std::optional<store::Meeting> PickReportBackMeeting(MonthYear month, store::BodyId body_id,
                                                    const std::vector<store::Meeting>& meetings) {
  std::optional<store::Meeting> best;
  for (const auto& meeting : meetings) {
    if (meeting.body_id != body_id || meeting.date.year() != month.year ||
        meeting.date.month() != month.month) {
      continue;
    }
    if (!best || meeting.date < best->date || (meeting.date == best->date && meeting.id < best->id))
      best = meeting;
  }
  return best;
}

}  // namespace boardroom::governance
