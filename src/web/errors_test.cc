#include "web/errors.h"

#include <gtest/gtest.h>

namespace boardroom::web {
namespace {

TEST(HttpStatusForTest, MapsEveryCode) {
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kPermissionDenied), 403);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kAlreadyExists), 409);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kFailedPrecondition), 422);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInternal), 500);
}

TEST(ErrorJsonTest, HasCodeMessageAndField) {
  nlohmann::json j = ErrorJson(Error::InvalidArgument("The date is not a date.", "date"));
  EXPECT_EQ(j["error"]["code"], "invalid_argument");
  EXPECT_EQ(j["error"]["message"], "The date is not a date.");
  EXPECT_EQ(j["error"]["field"], "date");
}

TEST(ErrorJsonTest, FieldIsNullWhenAbsent) {
  nlohmann::json j = ErrorJson(Error::NotFound("No such meeting."));
  EXPECT_TRUE(j["error"]["field"].is_null());
}

TEST(ErrorJsonTest, InternalMessageIsNotShown) {
  nlohmann::json j = ErrorJson(Error::Internal("sqlite3_step returned 11 in /srv/db"));
  EXPECT_EQ(j["error"]["code"], "internal");
  EXPECT_EQ(j["error"]["message"].get<std::string>().find("sqlite"), std::string::npos);
}

TEST(JsonErrorResponseTest, UsesMappedStatusAndJsonType) {
  Response r = JsonErrorResponse(Error::FailedPrecondition("Not cleared yet."));
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.Header("content-type").value_or(""), "application/json");
  EXPECT_EQ(nlohmann::json::parse(r.body)["error"]["code"], "failed_precondition");
}

TEST(JsonErrorResponseTest, UnavailableSuggestsRetry) {
  Response r = JsonErrorResponse(Error::Unavailable("Busy."));
  EXPECT_EQ(r.status, 503);
  EXPECT_TRUE(r.Header("Retry-After").has_value());
}

TEST(JsonResponseTest, OkValueAndError) {
  Response ok = JsonResponse(Result<nlohmann::json>(nlohmann::json{{"a", 1}}), 201);
  EXPECT_EQ(ok.status, 201);
  EXPECT_EQ(ok.body, R"({"a":1})");
  Response bad = JsonResponse(Result<nlohmann::json>(Error::Conflict("Changed by someone else.")));
  EXPECT_EQ(bad.status, 409);
}

TEST(DumpJsonTest, InvalidUtf8IsReplacedNotThrown) {
  nlohmann::json j = {{"title", std::string("bad \xff byte")}};
  std::string out;
  ASSERT_NO_THROW(out = DumpJson(j));
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace boardroom::web
