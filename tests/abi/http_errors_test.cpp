// http_errors_test.cpp: a channel's non-2xx answer becomes an Error whose status says what the host
// should do next, and whose message helps the operator without leaking a secret.
#include <gtest/gtest.h>

#include <string>

#include <orderhub/sdk.h>

namespace {

using orderhub::sdk::Error;
using orderhub::sdk::HttpRequest;
using orderhub::sdk::HttpResponse;
using orderhub::sdk::Status;
using orderhub::sdk::status_for_http;

HttpResponse response_with(int status_code, std::string body = "", std::uint32_t retry = 0) {
  HttpResponse response;
  response.status_code = status_code;
  response.body = std::move(body);
  response.retry_after_ms = retry;
  return response;
}

TEST(HttpErrors, StatusCodesMapToWhatTheHostShouldDoNext) {
  EXPECT_EQ(status_for_http(429), Status::RESOURCE_EXHAUSTED);
  EXPECT_EQ(status_for_http(500), Status::UNAVAILABLE);
  EXPECT_EQ(status_for_http(503), Status::UNAVAILABLE);
  EXPECT_EQ(status_for_http(408), Status::UNAVAILABLE);
  EXPECT_EQ(status_for_http(401), Status::UNAUTHENTICATED);
  EXPECT_EQ(status_for_http(403), Status::PERMISSION_DENIED);
  EXPECT_EQ(status_for_http(404), Status::NOT_FOUND);
  EXPECT_EQ(status_for_http(409), Status::FAILED_PRECONDITION);
  EXPECT_EQ(status_for_http(412), Status::FAILED_PRECONDITION);
  EXPECT_EQ(status_for_http(400), Status::INVALID_ARGUMENT);
  EXPECT_EQ(status_for_http(422), Status::INVALID_ARGUMENT);
  EXPECT_EQ(status_for_http(204), Status::OK);
  EXPECT_EQ(status_for_http(302), Status::UNKNOWN);
}

TEST(HttpErrors, TooManyRequestsIsRetryableWithTheServersHint) {
  const Error error = orderhub::sdk::http_error("GET", "https://shop.example/api/orders",
                                                response_with(429, "slow down", 30000));
  EXPECT_EQ(error.status(), Status::RESOURCE_EXHAUSTED);
  EXPECT_EQ(error.retry_after_ms(), 30000u);
  EXPECT_EQ(error.message(), "GET /api/orders answered HTTP 429: slow down");
}

TEST(HttpErrors, ServerErrorIsUnavailableWithTheServersHint) {
  const Error error = orderhub::sdk::http_error("PUT", "https://shop.example/api/orders/7",
                                                response_with(503, "", 2000));
  EXPECT_EQ(error.status(), Status::UNAVAILABLE);
  EXPECT_EQ(error.retry_after_ms(), 2000u);
  EXPECT_EQ(error.message(), "PUT /api/orders/7 answered HTTP 503");
}

TEST(HttpErrors, PermanentFailureCarriesNoRetryHint) {
  const Error error = orderhub::sdk::http_error("POST", "https://shop.example/api/shipments",
                                                response_with(422, "bad carrier", 5000));
  EXPECT_EQ(error.status(), Status::INVALID_ARGUMENT);
  EXPECT_EQ(error.retry_after_ms(), 0u);
}

TEST(HttpErrors, MessageNamesThePathButNeverTheQueryOrCredentials) {
  const Error error = orderhub::sdk::http_error(
      "GET", "https://user:pass@shop.example/api/orders?api_key=k-123#top",
      response_with(401, "denied"));
  EXPECT_EQ(error.status(), Status::UNAUTHENTICATED);
  EXPECT_EQ(error.message(), "GET /api/orders answered HTTP 401: denied");
}

TEST(HttpErrors, BodyIsQuotedUpToTwoHundredBytes) {
  const Error error = orderhub::sdk::http_error("GET", "https://shop.example",
                                                response_with(400, std::string(500, 'b')));
  EXPECT_EQ(error.message(), "GET / answered HTTP 400: " + std::string(200, 'b') + "...");
}

TEST(HttpErrors, QuotedBodyNeverEndsInsideAUtf8Sequence) {
  // 199 bytes, then a two-byte letter that does not fit in the 200.
  const Error error = orderhub::sdk::http_error(
      "GET", "https://shop.example/x", response_with(400, std::string(199, 'b') + "\xC3\xA9"));
  EXPECT_EQ(error.message(), "GET /x answered HTTP 400: " + std::string(199, 'b') + "...");
}

TEST(HttpErrors, SecretsEchoedInTheBodyAreMasked) {
  HttpRequest request;
  request.method = "POST";
  request.url = "https://shop.example/api/login";
  request.secrets = {"hunter2"};
  const auto response = response_with(403, "{\"error\":\"key hunter2 is revoked\"}\n");
  try {
    orderhub::sdk::ensure_success(request, response);
    FAIL() << "ensure_success accepted HTTP 403";
  } catch (const Error& error) {
    EXPECT_EQ(error.status(), Status::PERMISSION_DENIED);
    EXPECT_EQ(error.message(),
              "POST /api/login answered HTTP 403: {\"error\":\"key *** is revoked\"} ");
  }
}

TEST(HttpErrors, SuccessPassesEnsureSuccess) {
  HttpRequest request;
  request.url = "https://shop.example/";
  EXPECT_NO_THROW(orderhub::sdk::ensure_success(request, response_with(201)));
}

}  // namespace
