// shipping_mapping.h: how one channel shipping method of an account maps to a hub carrier and
// service, and what the channel expects back with tracking.
#pragma once

#include <string>

#include "domain/ids.h"

namespace orderhub::domain {

struct ShippingMapping {
  AccountId account{};
  std::string channel_method{};  // "code to receive": the channel's method name or code, verbatim
  std::string carrier{};
  std::string service{};
  bool rush = false;
  std::string code_to_send{};  // carrier code sent with tracking uploads
  std::string service_code{};  // service level code sent with tracking uploads

  friend bool operator==(const ShippingMapping&, const ShippingMapping&) = default;
};

}  // namespace orderhub::domain
