// The table of Cdiscount order states.
#include "order_state.h"

#include <array>
#include <utility>

namespace orderhub::cdiscount {
namespace {

struct KnownState {
  std::string_view name;
  StateMeaning meaning;
};

// WaitingForSellerAcceptation -> AcceptedBySeller -> PaymentInProgress -> (paid)
// WaitingForShipmentAcceptation -> Shipped; the rest are terminal cancellations.
constexpr std::array<KnownState, 11> known_states{{
    {"WaitingForSellerAcceptation", {"no_payment", "unshipped", false, false}},
    {"AcceptedBySeller", {"no_payment", "unshipped", false, false}},
    {"PaymentInProgress", {"no_payment", "unshipped", false, false}},
    {"WaitingForShipmentAcceptation", {"charged", "unshipped", false, true}},
    {"Shipped", {"charged", "fully_shipped", false, true}},
    {"CancelledByCustomer", {"no_payment", "unshipped", true, false}},
    {"RefusedBySeller", {"no_payment", "unshipped", true, false}},
    {"AutomaticCancellation", {"no_payment", "unshipped", true, false}},
    {"PaymentRefused", {"payment_error", "unshipped", true, false}},
    {"ShipmentRefusedBySeller", {"no_payment", "unshipped", true, false}},
    {"RefusedNoShipment", {"no_payment", "unshipped", true, false}},
}};

}  // namespace

std::optional<StateMeaning> meaning_of_state(std::string_view order_state) {
  for (const KnownState& known : known_states) {
    if (known.name == order_state) {
      return known.meaning;
    }
  }
  return std::nullopt;
}

bool is_unpaid_state(std::string_view order_state) {
  return order_state == "WaitingForSellerAcceptation" || order_state == "AcceptedBySeller" ||
         order_state == "PaymentInProgress";
}

std::vector<std::string_view> states_to_download(bool allow_unpaid) {
  std::vector<std::string_view> states;
  for (const KnownState& known : known_states) {
    if (allow_unpaid || !is_unpaid_state(known.name)) {
      states.push_back(known.name);
    }
  }
  return states;
}

}  // namespace orderhub::cdiscount
