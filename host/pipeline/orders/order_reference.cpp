// order_reference.cpp: resolving "42" and "ACCOUNT:CHANNEL_ORDER_ID" to a stored order.
#include "pipeline/orders/order_reference.h"

#include <charconv>

namespace orderhub::pipeline {
namespace {

domain::Error not_a_reference(std::string_view reference) {
  return domain::Error{domain::quoted(reference) +
                       " is not an order reference: give the hub order id (e.g. 42) or "
                       "ACCOUNT:CHANNEL_ORDER_ID (e.g. shop:1001)"};
}

}  // namespace

domain::Result<domain::OrderId> resolve_order_reference(store::Transaction& transaction,
                                                        std::string_view reference) {
  // Account ids cannot contain ':', so the first one separates the account from the channel's id
  // (which may contain more).
  const std::size_t colon = reference.find(':');
  if (colon != std::string_view::npos) {
    auto account = domain::AccountId::parse(reference.substr(0, colon));
    if (!account) {
      return not_a_reference(reference);
    }
    auto channel_order_id = domain::ChannelOrderId::parse(reference.substr(colon + 1));
    if (!channel_order_id) {
      return not_a_reference(reference);
    }
    if (!transaction.accounts().find(*account)) {
      return domain::Error{"unknown account " + domain::quoted(account->str())};
    }
    const auto order = transaction.orders().find(*account, *channel_order_id);
    if (!order) {
      return domain::Error{"no order " + domain::quoted(channel_order_id->str()) + " in account " +
                           domain::quoted(account->str())};
    }
    return order->id;
  }

  std::int64_t value = 0;
  const char* begin = reference.data();
  const char* end = begin + reference.size();
  const auto [position, error] = std::from_chars(begin, end, value);
  if (reference.empty() || error != std::errc() || position != end || value <= 0 ||
      reference.front() == '+' || reference.front() == '-') {
    return not_a_reference(reference);
  }
  if (!transaction.orders().find(domain::OrderId{value})) {
    return domain::Error{"no order " + std::to_string(value)};
  }
  return domain::OrderId{value};
}

}  // namespace orderhub::pipeline
