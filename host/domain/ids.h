// ids.h: the identifiers of orders and channel accounts, as distinct types so that a hub order id,
// a channel's order id and an account id can never be passed for one another.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.h"

namespace orderhub::domain {

// The hub's own order number, assigned by the store; 0 means "not stored yet".
struct OrderId {
  std::int64_t value = 0;

  friend auto operator<=>(const OrderId&, const OrderId&) = default;
};

// A channel account (one configured plugin instance), chosen by the user: [a-z0-9][a-z0-9_-]{0,63}.
// Default-constructed it is empty, which no stored record has.
class AccountId {
 public:
  AccountId() = default;
  static Result<AccountId> parse(std::string_view text);

  [[nodiscard]] const std::string& str() const { return value_; }
  [[nodiscard]] bool empty() const { return value_.empty(); }

  friend auto operator<=>(const AccountId&, const AccountId&) = default;

 private:
  explicit AccountId(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

// The order's id on its channel, verbatim: 1 to 255 bytes, no control characters. Unique per
// account, not across accounts.
class ChannelOrderId {
 public:
  ChannelOrderId() = default;
  static Result<ChannelOrderId> parse(std::string_view text);

  [[nodiscard]] const std::string& str() const { return value_; }
  [[nodiscard]] bool empty() const { return value_.empty(); }

  friend auto operator<=>(const ChannelOrderId&, const ChannelOrderId&) = default;

 private:
  explicit ChannelOrderId(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

}  // namespace orderhub::domain
