#include "web/errors.h"

#include <utility>

namespace boardroom::web {
namespace {

constexpr char kInternalMessage[] = "Something went wrong on our side. Please try again later.";

}  // namespace

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kPermissionDenied:
      return 403;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
    case ErrorCode::kAlreadyExists:
      return 409;
    case ErrorCode::kFailedPrecondition:
      return 422;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

nlohmann::json ErrorJson(const Error& error) {
  nlohmann::json inner = {
      {"code", std::string(ErrorCodeName(error.code))},
      {"message", error.code == ErrorCode::kInternal ? std::string(kInternalMessage) : error.message},
      {"field", error.field.empty() ? nlohmann::json(nullptr) : nlohmann::json(error.field)},
  };
  return {{"error", std::move(inner)}};
}

std::string DumpJson(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response JsonErrorResponse(const Error& error) {
  Response response = Response::Json(HttpStatusFor(error.code), DumpJson(ErrorJson(error)));
  if (error.code == ErrorCode::kUnavailable) response.SetHeader("Retry-After", "5");
  return response;
}

Response JsonErrorResponse(int status, std::string code, std::string message) {
  nlohmann::json body = {
      {"error", {{"code", std::move(code)}, {"message", std::move(message)}, {"field", nullptr}}}};
  return Response::Json(status, DumpJson(body));
}

Response JsonResponse(const Result<nlohmann::json>& result, int ok_status) {
  if (!result.ok()) return JsonErrorResponse(result.error());
  return Response::Json(ok_status, DumpJson(result.value()));
}

}  // namespace boardroom::web
