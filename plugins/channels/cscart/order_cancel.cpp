// Cancelling a CS-Cart order, whole or in part, without doing it twice.
#include "order_cancel.h"

#include <nlohmann/json.hpp>

#include "wire_fields.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;

std::string text_or_empty(const json& object, const char* name) {
  const json* value = member(object, name);
  return value ? scalar_text(*value).value_or(std::string()) : std::string();
}

}  // namespace

std::string partial_cancellation_note(const CancellationRequest& request) {
  std::string note = "Cancelled: ";
  for (std::size_t index = 0; index < request.lines.size(); ++index) {
    const LineQuantity& line = request.lines[index];
    if (index > 0) {
      note += ", ";
    }
    note += std::to_string(line.quantity) + " x " + line_label(request.order, line.line_id);
  }
  note += ".";
  if (!request.reason.empty()) {
    note += " Reason: " + request.reason + ".";
  }
  note += " (orderhub " + request.idempotency_key + ")";
  return note;
}

std::string set_cancelled_status(const CscartClient& client, const std::string& order_id,
                                 const std::string& what_happened) {
  const JsonReply current = client.get("/api/orders/" + order_id);
  if (text_or_empty(current.body, "status") == "I") {
    return delivery_result(order_id, /*already_applied=*/true,
                           "CS-Cart order " + order_id + " is already cancelled (status I)");
  }
  client.send("PUT", "/api/orders/" + order_id, json{{"status", "I"}});
  return delivery_result(order_id, /*already_applied=*/false,
                         "CS-Cart order " + order_id + " " + what_happened + ": status set to I");
}

std::string add_note_once(const CscartClient& client, const std::string& order_id,
                          const std::string& note, const std::string& marker,
                          const std::string& what_happened) {
  const JsonReply current = client.get("/api/orders/" + order_id);
  if (text_or_empty(current.body, "details").find(marker) != std::string::npos) {
    return delivery_result(order_id, /*already_applied=*/true,
                           "CS-Cart order " + order_id + " already notes this " + what_happened);
  }
  client.send("PUT", "/api/orders/" + order_id, json{{"details", note}});
  return delivery_result(
      order_id, /*already_applied=*/false,
      "CS-Cart order " + order_id + ": " + what_happened + " recorded in the staff notes");
}

std::string cancel_order(const CscartClient& client, const CancellationRequest& request) {
  if (request.full) {
    return set_cancelled_status(client, request.order.order_id, "cancelled");
  }
  return add_note_once(client, request.order.order_id, partial_cancellation_note(request),
                       "(orderhub " + request.idempotency_key + ")", "partial cancellation");
}

}  // namespace orderhub::cscart
