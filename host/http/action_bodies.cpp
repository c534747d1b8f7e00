// action_bodies.cpp: reading the action routes' bodies.
#include "http/action_bodies.h"

#include <regex>

namespace orderhub::http {
namespace {

using domain::Error;

// "2026-11-23" (midnight UTC) or an RFC 3339 time.
domain::Result<domain::Timestamp> read_time(const std::string& field, const std::string& text) {
  if (text.size() == 10) {
    auto date = domain::parse_date(text);
    if (!date) {
      return date.error().within("\"" + field + "\"");
    }
    return domain::Timestamp(std::chrono::sys_days(*date));
  }
  auto time = domain::parse_timestamp(text);
  if (!time) {
    return time.error().within("\"" + field + "\"");
  }
  return *time;
}

// A decimal amount ("12.34", "5"); the rules check it against the order's currency.
domain::Result<std::optional<std::string>> read_amount(BodyFields& fields,
                                                       const std::string& field) {
  auto text = fields.optional_string(field);
  if (!text || !text->has_value()) {
    return text;
  }
  static const std::regex decimal(R"(\d{1,15}(\.\d{1,4})?)");
  if (!std::regex_match(**text, decimal)) {
    return Error{"\"" + field + "\": " + domain::quoted(**text) +
                 " is not a decimal amount like 12.50"};
  }
  return text;
}

}  // namespace

domain::Result<pipeline::ShipRequest> read_ship_request(BodyFields& fields) {
  pipeline::ShipRequest request;
  auto tracking = fields.required_string("tracking_number");
  if (!tracking) {
    return tracking.error();
  }
  if (tracking->empty()) {
    return Error{"\"tracking_number\": must not be empty"};
  }
  request.tracking_number = *tracking;
  auto carrier = fields.optional_string("carrier");
  if (!carrier) {
    return carrier.error();
  }
  request.carrier = carrier->value_or("");
  auto service = fields.optional_string("service");
  if (!service) {
    return service.error();
  }
  request.service = service->value_or("");
  auto ship_date = fields.optional_string("ship_date");
  if (!ship_date) {
    return ship_date.error();
  }
  if (ship_date->has_value()) {
    auto time = read_time("ship_date", **ship_date);
    if (!time) {
      return time.error();
    }
    request.ship_date = *time;
  }
  auto lines = fields.lines("lines");
  if (!lines) {
    return lines.error();
  }
  request.lines = *lines;
  return request;
}

domain::Result<pipeline::CancelRequest> read_cancel_request(BodyFields& fields) {
  pipeline::CancelRequest request;
  auto internal = fields.optional_bool("internal", false);
  if (!internal) {
    return internal.error();
  }
  request.form =
      *internal ? domain::CancellationForm::internal : domain::CancellationForm::on_channel;
  auto reason = fields.optional_string("reason");
  if (!reason) {
    return reason.error();
  }
  request.reason = reason->value_or("");
  auto lines = fields.lines("lines");
  if (!lines) {
    return lines.error();
  }
  request.lines = *lines;
  auto restock = fields.optional_bool("restock", false);
  if (!restock) {
    return restock.error();
  }
  request.restock = *restock;
  return request;
}

domain::Result<pipeline::CancelRequest> read_void_request(BodyFields& fields) {
  pipeline::CancelRequest request;
  request.form = domain::CancellationForm::void_order;
  auto reason = fields.optional_string("reason");
  if (!reason) {
    return reason.error();
  }
  request.reason = reason->value_or("");
  return request;
}

domain::Result<pipeline::RefundRequest> read_refund_request(BodyFields& fields) {
  pipeline::RefundRequest request;
  for (const auto& [field, target] :
       {std::pair<const char*, std::optional<std::string>*>{"amount", &request.amount},
        {"shipping", &request.shipping},
        {"tax", &request.tax}}) {
    auto amount = read_amount(fields, field);
    if (!amount) {
      return amount.error();
    }
    *target = *amount;
  }
  auto lines = fields.lines("lines");
  if (!lines) {
    return lines.error();
  }
  request.lines = *lines;
  if (request.amount && !request.lines.empty()) {
    return Error{"\"amount\": give either an amount or lines, not both"};
  }
  for (const auto& [field, target] : {std::pair<const char*, bool*>{"local", &request.local},
                                      {"as_discount", &request.as_discount},
                                      {"restock", &request.restock}}) {
    auto flag = fields.optional_bool(field, false);
    if (!flag) {
      return flag.error();
    }
    *target = *flag;
  }
  if (request.local && request.as_discount) {
    return Error{"\"as_discount\": cannot be combined with \"local\""};
  }
  for (const auto& [field, target] :
       {std::pair<const char*, std::string*>{"reason", &request.reason},
        {"notes", &request.notes},
        {"method", &request.method},
        {"reference", &request.reference},
        {"operation_type", &request.operation_type}}) {
    auto text = fields.optional_string(field);
    if (!text) {
      return text.error();
    }
    *target = text->value_or("");
  }
  auto refund_date = fields.optional_string("refund_date");
  if (!refund_date) {
    return refund_date.error();
  }
  if (refund_date->has_value()) {
    auto date = domain::parse_date(**refund_date);
    if (!date) {
      return date.error().within("\"refund_date\"");
    }
    request.refund_date = *date;
  }
  return request;
}

domain::Result<pipeline::RmaRequest> read_rma_request(BodyFields& fields) {
  pipeline::RmaRequest request;
  auto lines = fields.lines("lines");
  if (!lines) {
    return lines.error();
  }
  if (lines->empty()) {
    return Error{"\"lines\": is required: the lines and quantities coming back"};
  }
  request.lines = *lines;
  auto reason = fields.optional_string("reason");
  if (!reason) {
    return reason.error();
  }
  request.reason = reason->value_or("");
  return request;
}

domain::Result<pipeline::RmaReceiptRequest> read_rma_receipt(BodyFields& fields) {
  pipeline::RmaReceiptRequest request;
  for (const auto& [field, target] : {std::pair<const char*, bool*>{"restock", &request.restock},
                                      {"refund", &request.refund},
                                      {"local", &request.local}}) {
    auto flag = fields.optional_bool(field, false);
    if (!flag) {
      return flag.error();
    }
    *target = *flag;
  }
  return request;
}

}  // namespace orderhub::http
