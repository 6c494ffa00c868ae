// Errors as values: a closed set of error codes, an Error (code, message, field), and Result<T>, which holds
// either a T or an Error. Every boundary of boardroom returns these; exceptions are for programming errors
// and out-of-memory only. Mapping an ErrorCode to an HTTP status or an exit code is done once, in web and
// cli, not here.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace boardroom {

enum class ErrorCode {
  kInvalidArgument,     // the caller's input is wrong; `field` names the part when there is one
  kNotFound,            // the record asked for does not exist (or the viewer may not know that it does)
  kAlreadyExists,       // a uniqueness rule would be broken
  kConflict,            // a stale version: someone else changed the record first
  kFailedPrecondition,  // the record is not in a state that allows this (e.g. publish before clearance)
  kPermissionDenied,    // signed in, but not allowed
  kUnauthenticated,     // not signed in, or the credentials are wrong
  kUnavailable,         // busy or out of reach for now; trying again may work
  kInternal,            // a bug or a broken invariant on our side
};

// The stable lower-case name of a code ("invalid_argument", "not_found", ...), as used in JSON errors.
std::string_view ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // a sentence for a person; never carries an exception's what()
  std::string field;    // the input field at fault, or empty

  static Error InvalidArgument(std::string message, std::string field = {}) {
    return {ErrorCode::kInvalidArgument, std::move(message), std::move(field)};
  }
  static Error NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message), {}}; }
  static Error AlreadyExists(std::string message, std::string field = {}) {
    return {ErrorCode::kAlreadyExists, std::move(message), std::move(field)};
  }
  static Error Conflict(std::string message) { return {ErrorCode::kConflict, std::move(message), {}}; }
  static Error FailedPrecondition(std::string message) {
    return {ErrorCode::kFailedPrecondition, std::move(message), {}};
  }
  static Error PermissionDenied(std::string message) {
    return {ErrorCode::kPermissionDenied, std::move(message), {}};
  }
  static Error Unauthenticated(std::string message) {
    return {ErrorCode::kUnauthenticated, std::move(message), {}};
  }
  static Error Unavailable(std::string message) { return {ErrorCode::kUnavailable, std::move(message), {}}; }
  static Error Internal(std::string message) { return {ErrorCode::kInternal, std::move(message), {}}; }
};

// Holds a T or an Error, like std::expected<T, Error>. There is deliberately no operator bool: say ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }

  // REQUIRES: ok()
  T& value() & {
    assert(ok());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // REQUIRES: !ok()
  const Error& error() const& {
    assert(!ok());
    return std::get<1>(v_);
  }
  Error&& error() && {
    assert(!ok());
    return std::get<1>(std::move(v_));
  }

  // The value, or `fallback` when this holds an error.
  T value_or(T fallback) const& { return ok() ? std::get<0>(v_) : std::move(fallback); }

 private:
  std::variant<T, Error> v_;
};

// Success with nothing to return, or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  bool ok() const { return ok_; }
  // REQUIRES: !ok()
  const Error& error() const& {
    assert(!ok_);
    return error_;
  }
  Error&& error() && {
    assert(!ok_);
    return std::move(error_);
  }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

inline Status OkStatus() {
  return {};
}

}  // namespace boardroom

#define BR_CONCAT_INNER_(a, b) a##b
#define BR_CONCAT_(a, b) BR_CONCAT_INNER_(a, b)

// Returns the error of `expr` (a Result or Status) from the enclosing function, which must return a Result or
// Status.
#define RETURN_IF_ERROR(expr)                                   \
  do {                                                          \
    auto br_status_ = (expr);                                   \
    if (!br_status_.ok()) return std::move(br_status_).error(); \
  } while (0)

// Evaluates `expr` (a Result<T>); on error returns it, otherwise moves the value into `lhs` (a declaration or
// a name).
#define ASSIGN_OR_RETURN(lhs, expr) ASSIGN_OR_RETURN_IMPL_(BR_CONCAT_(br_result_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr)  \
  auto tmp = (expr);                            \
  if (!tmp.ok()) return std::move(tmp).error(); \
  lhs = std::move(tmp).value()
