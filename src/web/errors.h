// How boardroom's errors reach a web client. HttpStatusFor is the ONE place that maps an ErrorCode to an HTTP
// status; JSON answers (here) and HTML error pages (pages.h) both go through it, so no handler picks its own
// status or error text. JSON errors have the shape {"error": {"code": "not_found", "message": "...", "field":
// "..."}}.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/result.h"
#include "web/http.h"

namespace boardroom::web {

// The HTTP status for `code`: invalid_argument 400, unauthenticated 401, permission_denied 403, not_found
// 404, conflict and already_exists 409, failed_precondition 422, unavailable 503, internal 500.
int HttpStatusFor(ErrorCode code);

// {"error": {"code", "message", "field"}} for `error`; "field" is null when the error names no field.
nlohmann::json ErrorJson(const Error& error);

// A JSON error answer for `error`, with the status from HttpStatusFor. An internal error's message is
// replaced by a generic sentence, since it may describe our insides.
Response JsonErrorResponse(const Error& error);

// The JSON answer to an error that is not an ErrorCode (405 "method_not_allowed", 413 "payload_too_large",
// ...).
Response JsonErrorResponse(int status, std::string code, std::string message);

// Serialises `value` compactly; invalid UTF-8 in strings is replaced by U+FFFD instead of throwing.
std::string DumpJson(const nlohmann::json& value);

// The usual shape of a JSON handler's answer: the value with `ok_status`, or the mapped error.
Response JsonResponse(const Result<nlohmann::json>& result, int ok_status = 200);

}  // namespace boardroom::web
