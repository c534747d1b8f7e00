// CS-Cart's order status letters and what each means for orderhub: whether the order is paid,
// cancelled, or not an order yet. Stores can rename the default statuses but not remove them;
// letters a store added itself are unknown here and the order is refused with the letter named.
#ifndef ORDERHUB_PLUGINS_CSCART_ORDER_STATUS_H
#define ORDERHUB_PLUGINS_CSCART_ORDER_STATUS_H

#include <optional>
#include <string_view>

namespace orderhub::cscart {

enum class OrderStatus {
  open,           // O
  processed,      // P: paid
  complete,       // C: paid and fulfilled
  failed,         // F: payment failed
  declined,       // D: payment declined
  backordered,    // B: paid, waiting for stock
  cancelled,      // I
  awaiting_call,  // Y
  incomplete,     // N: checkout never finished; not an order, never downloaded
};

std::optional<OrderStatus> order_status_from_letter(std::string_view letter);
std::string_view letter_of(OrderStatus status);

// orderhub's payment_status: "charged" for P, C, B; "payment_error" for F, D; "no_payment" for
// O, Y and I (a cancelled order's payment is not known to be kept).
std::string_view payment_status_of(OrderStatus status);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_ORDER_STATUS_H
