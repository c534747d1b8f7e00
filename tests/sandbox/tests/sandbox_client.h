// HTTP helpers for tests that talk to a running orderhub-sandbox.
#pragma once

#include "support/sandbox_process.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace orderhub::sandbox::testing {

inline constexpr const char* cscart_email = "admin@example.com";
inline constexpr const char* cscart_api_key = "sandbox-api-key";

// A client for the admin API (no credentials).
httplib::Client admin_client(const orderhub::testing::SandboxProcess& sandbox);

// A client for the CS-Cart routes, with the sandbox's Basic credentials. Paths start at /cscart.
httplib::Client cscart_client(const orderhub::testing::SandboxProcess& sandbox);

// The parsed body of a response that must have `expected_status`; throws (failing the test with
// the body in the message) when the request failed or the status differs.
nlohmann::json json_reply(const httplib::Result& result, int expected_status);

// "19.99" -> 1999, for checking totals in tests.
std::int64_t cents(const nlohmann::json& decimal_text);

// PUT /admin/faults with the given settings.
void set_faults(const orderhub::testing::SandboxProcess& sandbox, const nlohmann::json& settings);

}  // namespace orderhub::sandbox::testing
