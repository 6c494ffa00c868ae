// Strongly typed record ids: Id<MeetingTag> and Id<PaperTag> are different types, so one cannot be passed
// where the other is meant. An id is a plain 64-bit integer as stored; 0 means "no id yet" (not stored).
// Nothing about any particular record belongs here: each room declares its own tag and alias, e.g.
//   struct MeetingTag {};
//   using MeetingId = Id<MeetingTag>;
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

namespace boardroom {

template <typename Tag>
struct Id {
  int64_t value = 0;

  // True when the id names a stored record (value > 0).
  constexpr bool valid() const { return value > 0; }
  std::string ToString() const { return std::to_string(value); }

  friend constexpr auto operator<=>(const Id&, const Id&) = default;
  friend constexpr bool operator==(const Id&, const Id&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Id& id) { return os << id.value; }
};

}  // namespace boardroom

// Lets ids key std::unordered_map and std::unordered_set.
template <typename Tag>
struct std::hash<boardroom::Id<Tag>> {
  size_t operator()(const boardroom::Id<Tag>& id) const noexcept { return std::hash<int64_t>{}(id.value); }
};
