// What the signed-in pages' form handlers share: reading ids, dates and versions out of a path or a form,
// running one governance command in its own transaction, and marking a refused form's fields for the GOV.UK
// error summary. The pieces are small and exact so that every page refuses bad input the same way. What does
// not belong here: a page's own model or template, domain rules (governance), SQL (store).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "accounts/accounts.h"
#include "core/date.h"
#include "core/result.h"
#include "governance/commands.h"
#include "web/auth.h"
#include "web/governance_pages.h"
#include "web/http.h"
#include "web/pages.h"

namespace boardroom::web::forms {

using Problems = std::vector<FieldProblem>;

// A 303 answer to `location`.
Response Redirect(std::string location);
// The public asking for a signed-in page: sent to sign in and brought back.
Response SignInFirst(const Request& request);
// The public posting a form: 401 with the site's error page.
Response SignedOutPost(const Site& site, const Request& request);

// A positive decimal integer, or nullopt for anything else.
std::optional<int64_t> ParsePositive(std::string_view text);
// The {id} of the path; kNotFound for anything but a positive integer.
Result<int64_t> PathId(const Request& request);
// The form's "version" field; kInvalidArgument when missing or not a positive integer.
Result<int64_t> VersionField(const Fields& form);
// An optional positive id field; kInvalidArgument naming `field` for anything but "" or an id.
Result<std::optional<int64_t>> OptionalId(const Fields& form, std::string_view name, std::string field);
// An optional ISO date field; kInvalidArgument naming `field` for anything else.
Result<std::optional<Date>> OptionalDate(const Fields& form, std::string_view name, std::string field,
                                         std::string_view what);

std::string Csrf(const Request& request);
// REQUIRES: someone is signed in.
governance::Caller CallerOf(const Request& request);
store::Viewer ViewerOf(const Request& request);

// Errors a person can put right in the form they sent (invalid argument, already exists, failed
// precondition, conflict); anything else is an error page.
bool IsFormError(const Error& error);
// `error` as a problem of the form: its field when `known` lists it (with `prefix`), else `fallback`.
FieldProblem ProblemOf(const Error& error, const std::vector<std::string>& known, const std::string& fallback,
                       const std::string& prefix = "");

// Each field's own message: section <FIELD>_ERROR of `d` (upper case, '-' read as '_') with MESSAGE.
void MarkFields(ctemplate::TemplateDictionary& d, const Problems& problems);
// A <select>'s options in `section` (VALUE, LABEL, SELECTED for the one equal to `chosen`).
void FillOptions(ctemplate::TemplateDictionary& d, const std::string& section,
                 const std::vector<std::pair<std::string, std::string>>& options, const std::string& chosen);

// Runs `command` (a function of a governance::CommandContext returning a Result) in its own read-write
// transaction as the signed-in caller, and commits only when it succeeds. REQUIRES: someone is signed in.
template <typename F>
auto RunCommand(const GovernanceContext& context, const Request& request, F&& command)
    -> std::invoke_result_t<F, const governance::CommandContext&> {
  Result<std::unique_ptr<store::Transaction>> tx = context.store->Begin();
  if (!tx.ok()) return tx.error();
  const governance::Caller caller = CallerOf(request);
  governance::CommandContext ctx{**tx, caller, *context.clock};
  auto result = command(ctx);
  if (!result.ok()) return result;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed.error();
  return result;
}

}  // namespace boardroom::web::forms
