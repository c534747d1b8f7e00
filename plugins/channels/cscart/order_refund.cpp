// Refunds, recorded the only ways CS-Cart's REST API allows: a status or a note.
#include "order_refund.h"

#include "currency.h"
#include "decimal_money.h"
#include "order_cancel.h"

namespace orderhub::cscart {
namespace {

// "12.50 USD", with the decimals of the money's own currency.
std::string formatted(const Money& money) {
  const int digits =
      is_currency_code(money.currency) ? currency_for(money.currency).minor_digits : 2;
  return format_minor_units(money.minor, digits) + " " + money.currency;
}

}  // namespace

std::string refund_marker(const RefundRequest& request) {
  return "Refund " + request.idempotency_key + ":";
}

std::string partial_refund_note(const RefundRequest& request) {
  std::string note = refund_marker(request) + " " + formatted(request.amount) + ".";
  if (!request.lines.empty()) {
    note += " Lines:";
    for (std::size_t index = 0; index < request.lines.size(); ++index) {
      const RefundLine& line = request.lines[index];
      note += index > 0 ? ", " : " ";
      note += std::to_string(line.quantity) + " x " + line_label(request.order, line.line_id) +
              " (" + formatted(line.amount) + ")";
    }
    note += ".";
  }
  if (request.shipping && request.shipping->minor != 0) {
    note += " Shipping: " + formatted(*request.shipping) + ".";
  }
  if (request.tax && request.tax->minor != 0) {
    note += " Tax: " + formatted(*request.tax) + ".";
  }
  if (!request.reason.empty()) {
    note += " Reason: " + request.reason + ".";
  }
  if (!request.notes.empty()) {
    note += " Notes: " + request.notes;
  }
  return note;
}

std::string refund_order(const CscartClient& client, const RefundRequest& request) {
  if (request.full) {
    return set_cancelled_status(client, request.order.order_id, "refunded in full");
  }
  return add_note_once(client, request.order.order_id, partial_refund_note(request),
                       refund_marker(request), "refund of " + formatted(request.amount));
}

}  // namespace orderhub::cscart
