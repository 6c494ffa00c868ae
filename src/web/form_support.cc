#include "web/form_support.h"

#include <algorithm>
#include <charconv>

#include "web/errors.h"

namespace boardroom::web::forms {

Response Redirect(std::string location) {
  Response response = Response::Text(303, "See " + location + "\n");
  response.SetHeader("Location", std::move(location));
  return response;
}

Response SignInFirst(const Request& request) {
  return Redirect("/sign-in?next=" + request.target);
}

Response SignedOutPost(const Site& site, const Request& request) {
  return HtmlErrorResponse(site, request, Error::Unauthenticated("Sign in to make changes."));
}

std::optional<int64_t> ParsePositive(std::string_view text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

Result<int64_t> PathId(const Request& request) {
  std::optional<int64_t> id = ParsePositive(request.Param("id"));
  if (!id) return Error::NotFound("There is no such record.");
  return *id;
}

Result<int64_t> VersionField(const Fields& form) {
  std::optional<int64_t> version = ParsePositive(FieldValue(form, "version"));
  if (!version) return Error::InvalidArgument("The form lacks the record's version: reload the page.");
  return *version;
}

Result<std::optional<int64_t>> OptionalId(const Fields& form, std::string_view name, std::string field) {
  std::string text = FieldValue(form, name);
  if (text.empty()) return std::optional<int64_t>();
  std::optional<int64_t> id = ParsePositive(text);
  if (!id) return Error::InvalidArgument("Choose one of the options offered.", std::move(field));
  return id;
}

Result<std::optional<Date>> OptionalDate(const Fields& form, std::string_view name, std::string field,
                                         std::string_view what) {
  std::string text = FieldValue(form, name);
  if (text.empty()) return std::optional<Date>();
  Result<Date> date = Date::ParseIso(text);
  if (!date.ok()) {
    return Error::InvalidArgument("Enter " + std::string(what) + " as a real date, like 2026-12-10.",
                                  std::move(field));
  }
  return std::optional<Date>(*date);
}

std::string Csrf(const Request& request) {
  return request.caller.session ? request.caller.session->csrf_token : "";
}

governance::Caller CallerOf(const Request& request) {
  return governance::Caller::Of(*request.caller.principal, request.client_address);
}

store::Viewer ViewerOf(const Request& request) {
  return accounts::ViewerFor(request.caller.principal);
}

bool IsFormError(const Error& error) {
  return error.code == ErrorCode::kInvalidArgument || error.code == ErrorCode::kAlreadyExists ||
         error.code == ErrorCode::kFailedPrecondition || error.code == ErrorCode::kConflict;
}

FieldProblem ProblemOf(const Error& error, const std::vector<std::string>& known, const std::string& fallback,
                       const std::string& prefix) {
  const bool listed = std::find(known.begin(), known.end(), error.field) != known.end();
  return {listed ? prefix + error.field : fallback, error.message};
}

void MarkFields(ctemplate::TemplateDictionary& d, const Problems& problems) {
  for (const FieldProblem& p : problems) {
    std::string name = p.field;
    for (char& c : name) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (c == '-') c = '_';
    }
    d.AddSectionDictionary(name + "_ERROR")->SetValue("MESSAGE", p.message);
  }
}

void FillOptions(ctemplate::TemplateDictionary& d, const std::string& section,
                 const std::vector<std::pair<std::string, std::string>>& options, const std::string& chosen) {
  for (const auto& [value, label] : options) {
    ctemplate::TemplateDictionary* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if (value == chosen) o->ShowSection("SELECTED");
  }
}

}  // namespace boardroom::web::forms
