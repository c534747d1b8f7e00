// refund.h: money given back on an order, and the form it took.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::domain {

enum class RefundForm {
  on_channel,  // "channel": sent to the channel
  local,       // "local": recorded in the hub only
  discount,    // "discount": reduces what is owed while the order still ships
};

std::string_view to_string(RefundForm form);
Result<RefundForm> parse_refund_form(std::string_view text);

struct RefundLine {
  std::string line_id{};
  std::int64_t quantity = 0;
  Money amount{};  // refunded for this line

  friend bool operator==(const RefundLine&, const RefundLine&) = default;
};

struct Refund {
  std::int64_t id = 0;  // assigned by the store
  OrderId order_id{};
  RefundForm form = RefundForm::local;
  Money amount{};                   // the total refunded, shipping and tax included
  Money shipping{};                 // of which shipping
  Money tax{};                      // of which tax
  std::vector<RefundLine> lines{};  // empty for an amount-only refund
  std::string reason{};
  std::string notes{};
  std::string operation_type{};  // how the money went back (payment method), for local refunds
  std::string method{};          // refund method
  std::string reference{};       // reference number
  Date refund_date{};
  Timestamp created_at{};

  friend bool operator==(const Refund&, const Refund&) = default;
};

}  // namespace orderhub::domain
