// cancellation.h: a cancellation of some or all of an order's lines, and the form it took.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/order.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::domain {

enum class CancellationForm {
  on_channel,  // "channel": sent to the channel
  internal,    // "internal": recorded in the hub only, never sent
  void_order,  // "void": the order is hidden (soft delete)
};

std::string_view to_string(CancellationForm form);
Result<CancellationForm> parse_cancellation_form(std::string_view text);

struct Cancellation {
  std::int64_t id = 0;  // assigned by the store
  OrderId order_id{};
  CancellationForm form = CancellationForm::internal;
  std::string reason{};
  std::vector<LineQuantity> lines{};
  bool restock = false;  // cancelled quantities went back to hub inventory
  Timestamp created_at{};

  friend bool operator==(const Cancellation&, const Cancellation&) = default;
};

}  // namespace orderhub::domain
