// invoice_upload.cpp: queueing invoice uploads at ship time and attaching the PDF at delivery.
#include "pipeline/invoices/invoice_upload.h"

#include <charconv>

#include "pipeline/actions/action_steps.h"
#include "pipeline/actions/write_documents.h"
#include "pipeline/documents/document_values.h"

namespace orderhub::pipeline {
namespace {

constexpr std::string_view kKeyPrefix = "invoice:";

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string text;
  text.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t index = 0;
  for (; index + 2 < bytes.size(); index += 3) {
    const auto chunk = (std::uint32_t{static_cast<unsigned char>(bytes[index])} << 16) |
                       (std::uint32_t{static_cast<unsigned char>(bytes[index + 1])} << 8) |
                       std::uint32_t{static_cast<unsigned char>(bytes[index + 2])};
    for (int shift = 18; shift >= 0; shift -= 6) {
      text.push_back(kAlphabet[(chunk >> shift) & 63]);
    }
  }
  const std::size_t rest = bytes.size() - index;
  if (rest > 0) {
    std::uint32_t chunk = std::uint32_t{static_cast<unsigned char>(bytes[index])} << 16;
    if (rest == 2) {
      chunk |= std::uint32_t{static_cast<unsigned char>(bytes[index + 1])} << 8;
    }
    text.push_back(kAlphabet[(chunk >> 18) & 63]);
    text.push_back(kAlphabet[(chunk >> 12) & 63]);
    text.push_back(rest == 2 ? kAlphabet[(chunk >> 6) & 63] : '=');
    text.push_back('=');
  }
  return text;
}

loader::CallResult refused(std::string message) {
  loader::CallResult result;
  result.status = loader::StatusCode::failed_precondition;
  result.message = std::move(message);
  return result;
}

}  // namespace

std::string invoice_upload_key(domain::OrderId order_id, const std::string& invoice_number) {
  return std::string(kKeyPrefix) + std::to_string(order_id.value) + ":" + invoice_number;
}

std::optional<domain::OrderId> order_of_invoice_upload_key(std::string_view key) {
  if (!key.starts_with(kKeyPrefix)) {
    return std::nullopt;
  }
  key.remove_prefix(kKeyPrefix.size());
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), value);
  if (error != std::errc{} || end == key.data() + key.size() || *end != ':' || value <= 0) {
    return std::nullopt;
  }
  return domain::OrderId{value};
}

bool invoice_upload_due(const domain::Order& before, const domain::Order& after,
                        const ChannelFacts& channel) {
  return channel.settings.invoice_upload && channel.capabilities.has("invoice.upload") &&
         !after.third_party_managed &&
         before.shipping_status != domain::ShippingStatus::fully_shipped &&
         after.shipping_status == domain::ShippingStatus::fully_shipped;
}

domain::OutboxRow queue_invoice_upload(store::Transaction& transaction, const domain::Order& order,
                                       const ActionContext& context) {
  const store::InvoiceNumber number =
      transaction.invoices().assign_number(order.id, domain::date_of(context.now));
  const nlohmann::json document = {{"schema", "orderhub.invoice_upload/1"},
                                   {"idempotency_key", invoice_upload_key(order.id, number.number)},
                                   {"order", order_for_channel(order)},
                                   {"invoice_number", number.number},
                                   {"invoice_date", domain::format_date(number.date)},
                                   {"totals",
                                    {{"items", money_to_json(order.totals.items)},
                                     {"shipping", money_to_json(order.totals.shipping)},
                                     {"tax", money_to_json(order.totals.tax)},
                                     {"discount", money_to_json(order.totals.discount)},
                                     {"total", money_to_json(order.totals.total)}}}};
  return steps::enqueue(transaction, order, domain::OutboxKind::invoice, document, context.now,
                        context);
}

loader::CallResult InvoiceAttachingChannel::deliver(domain::OutboxKind kind,
                                                    std::string_view document) {
  if (kind != domain::OutboxKind::invoice) {
    return channel_.deliver(kind, document);
  }
  nlohmann::json upload = nlohmann::json::parse(document, nullptr, false);
  if (!upload.is_object() || !upload.contains("idempotency_key") ||
      !upload["idempotency_key"].is_string()) {
    return refused("the invoice upload row holds no idempotency_key");
  }
  const auto order_id = order_of_invoice_upload_key(upload["idempotency_key"].get<std::string>());
  if (!order_id) {
    return refused("the invoice upload row's key " + upload["idempotency_key"].dump() +
                   " names no order");
  }
  auto printed = printer_.print_for_upload(*order_id);
  if (!printed) {
    return refused("the invoice of order " + std::to_string(order_id->value) +
                   " cannot be rendered: " + printed.error().message);
  }
  upload["pdf_base64"] = base64(printed->pdf);
  return channel_.deliver(kind, upload.dump());
}

}  // namespace orderhub::pipeline
