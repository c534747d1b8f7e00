// Cdiscount's OrderState values and what each means to the hub: payment, shipping, cancellation.
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_ORDER_STATE_H
#define ORDERHUB_PLUGINS_CDISCOUNT_ORDER_STATE_H

#include <optional>
#include <string_view>
#include <vector>

namespace orderhub::cdiscount {

struct StateMeaning {
  std::string_view payment_status;   // orderhub's payment_status
  std::string_view shipping_status;  // orderhub's shipping_status
  bool cancelled = false;
  bool paid = false;  // the buyer's payment was taken: paid is the order's total
};

// nullopt for a value this plugin does not know (the order is then rejected, not guessed).
std::optional<StateMeaning> meaning_of_state(std::string_view order_state);

// The states GetOrderList is asked for; without the unpaid ones unless allow_unpaid.
std::vector<std::string_view> states_to_download(bool allow_unpaid);

// True for the states in which Cdiscount still waits for the buyer's payment.
bool is_unpaid_state(std::string_view order_state);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_ORDER_STATE_H
