// order_batch.cpp: the envelope validated whole, each order validated and read on its own.
#include "pipeline/download/order_batch.h"

#include <variant>

#include <nlohmann/json.hpp>

#include "pipeline/documents/order_document.h"
#include "pipeline/documents/schema_validator.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::json;

std::optional<std::string> channel_order_id_of(const json& order) {
  if (order.is_object() && order.contains("channel_order_id") &&
      order["channel_order_id"].is_string() &&
      !order["channel_order_id"].get_ref<const std::string&>().empty()) {
    return order["channel_order_id"].get<std::string>();
  }
  return std::nullopt;
}

std::string raw_of(const json& order) {
  if (order.is_object() && order.contains("raw") && order["raw"].is_string()) {
    return order["raw"].get<std::string>();
  }
  return order.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The order read, or why not: first the schema, then the reader's own checks (currencies,
// quantities, ...).
std::variant<domain::Order, RefusedOrder> read_one(const json& order,
                                                   const domain::AccountId& account) {
  const std::vector<SchemaError> errors =
      SchemaValidator::shared().validate_definition("order_batch", "order", order);
  if (!errors.empty()) {
    return RefusedOrder{channel_order_id_of(order),
                        FieldError{errors.front().path, errors.front().message}, raw_of(order)};
  }
  FieldResult<domain::Order> read = from_document(order, account);
  if (!read) {
    return RefusedOrder{channel_order_id_of(order), read.error(), raw_of(order)};
  }
  return std::move(read).value();
}

}  // namespace

domain::Result<OrderBatch> read_order_batch(std::string_view output,
                                            const domain::AccountId& account) {
  json batch = json::parse(output, nullptr, false);
  if (batch.is_discarded()) {
    return domain::Error{"the order batch is not valid JSON"};
  }
  // The envelope is checked with the orders left out: a bad order is quarantined, not fatal.
  json envelope = batch;
  if (envelope.is_object() && envelope.contains("orders") && envelope["orders"].is_array()) {
    envelope["orders"] = json::array();
  }
  const std::vector<SchemaError> errors =
      SchemaValidator::shared().validate("order_batch", envelope);
  if (!errors.empty()) {
    std::string message = "the order batch is invalid: " + errors.front().to_string();
    if (errors.size() > 1) {
      message += " (and " + std::to_string(errors.size() - 1) + " more)";
    }
    return domain::Error{message};
  }

  OrderBatch read;
  for (const json& order : batch["orders"]) {
    auto one = read_one(order, account);
    if (auto* refused = std::get_if<RefusedOrder>(&one)) {
      read.refused.push_back(std::move(*refused));
    } else {
      read.orders.push_back(std::get<domain::Order>(std::move(one)));
    }
  }
  if (batch.contains("rejected")) {
    for (const json& rejected : batch["rejected"]) {
      RefusedOrder refused;
      if (rejected.contains("channel_order_id") && rejected["channel_order_id"].is_string()) {
        refused.channel_order_id = rejected["channel_order_id"].get<std::string>();
      }
      refused.error.field = rejected.value("field", std::string());
      refused.error.message = rejected["message"].get<std::string>();
      refused.raw = rejected.value("raw", std::string());
      read.refused.push_back(std::move(refused));
    }
  }
  if (batch["next_page_token"].is_string()) {
    read.next_page_token = batch["next_page_token"].get<std::string>();
  }
  return read;
}

}  // namespace orderhub::pipeline
