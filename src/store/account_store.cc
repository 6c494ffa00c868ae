#include "store/account_store.h"

#include <array>
#include <string>
#include <utility>

namespace boardroom::store {
namespace {

constexpr std::array<std::pair<AccountRole, std::string_view>, 4> kAccountRoles = {{
    {AccountRole::kMember, "member"},
    {AccountRole::kAuthor, "author"},
    {AccountRole::kClerk, "clerk"},
    {AccountRole::kAdmin, "admin"},
}};

}  // namespace

std::string_view Name(AccountRole role) {
  for (const auto& [value, name] : kAccountRoles) {
    if (value == role) return name;
  }
  return "member";
}

Result<AccountRole> ParseAccountRole(std::string_view name) {
  for (const auto& [value, known] : kAccountRoles) {
    if (known == name) return value;
  }
  return Error::InvalidArgument(
      "A role is one of member, author, clerk or admin, not '" + std::string(name) + "'.", "role");
}

}  // namespace boardroom::store
