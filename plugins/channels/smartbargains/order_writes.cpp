// Posting acknowledgements, shipments and invoices, and reading replays and refusals.
#include "order_writes.h"

#include <orderhub/sdk/error.h>

#include "currency.h"
#include "decimal_money.h"
#include "wire_fields.h"

namespace orderhub::smartbargains {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

std::string orders_path(const std::string& po_number, const char* action) {
  return "/v1/orders/" + path_segment(po_number) + "/" + action;
}

// A 409 the caller does not expect: the order's state at Smart Bargains forbids the write.
[[noreturn]] void refused(const char* what, const std::string& po_number,
                          const ChannelRefusal& refusal) {
  throw Error(Status::FAILED_PRECONDITION,
              std::string(what) + " of PO " + po_number + " refused by Smart Bargains (HTTP 409" +
                  (refusal.code.empty() ? "" : " " + refusal.code) + "): " + refusal.message);
}

std::string text_of(const json& body, const char* key) {
  const json* value = member(body, key);
  if (value == nullptr) {
    return std::string();
  }
  return value->is_string() ? value->get<std::string>() : value->dump();
}

std::string decimal(const Money& money) {
  const Currency currency = is_currency_code(money.currency) ? currency_for(money.currency)
                                                             : Currency{money.currency, 2};
  return format_minor_units(money.minor, currency.minor_digits);
}

}  // namespace

json shipment_body(const ShipmentRequest& request) {
  json lines = json::array();
  for (const LineQuantity& line : request.lines) {
    const auto line_number = parse_digits(line.line_id);
    if (!line_number || *line_number < 1) {
      throw Error(Status::INVALID_ARGUMENT, "shipment.lines: line_id \"" + line.line_id +
                                                "\" is not a Smart Bargains line_number");
    }
    lines.push_back({{"line_number", *line_number}, {"qty", line.quantity}});
  }
  return json{{"lines", std::move(lines)},
              {"carrier", request.carrier},
              {"service", request.service},
              {"tracking_number", request.tracking_number},
              {"ship_date", request.ship_date}};
}

json invoice_body(const InvoiceRequest& request) {
  const InvoiceTotals& totals = request.totals;
  for (const Money* money : {&totals.items, &totals.shipping, &totals.tax, &totals.discount}) {
    if (money->currency != totals.total.currency) {
      throw Error(Status::INVALID_ARGUMENT, "totals: amounts in " + money->currency + " and " +
                                                totals.total.currency +
                                                " cannot go on one invoice");
    }
  }
  return json{{"invoice_number", request.invoice_number},
              {"invoice_date", request.invoice_date},
              {"currency", totals.total.currency},
              {"totals",
               {{"items", decimal(totals.items)},
                {"shipping", decimal(totals.shipping)},
                {"tax", decimal(totals.tax)},
                {"discount", decimal(totals.discount)},
                {"total", decimal(totals.total)}}},
              {"pdf_base64", request.pdf_base64}};
}

std::string acknowledge_orders(const SmartBargainsClient& client,
                               const AcknowledgementRequest& request) {
  if (request.po_numbers.empty()) {
    return delivery_result("", false, "no orders to acknowledge");
  }
  bool all_already = true;
  std::string notes;
  for (const std::string& po_number : request.po_numbers) {
    const std::string key = request.po_numbers.size() == 1
                                ? request.idempotency_key
                                : request.idempotency_key + "/" + po_number;
    ChannelRefusal refusal;
    const JsonReply reply =
        client.post(orders_path(po_number, "acknowledge"), json::object(), key, refusal);
    if (reply.status_code == 409) {
      if (refusal.code != "ORDER_CANCELLED") {
        refused("acknowledgement", po_number, refusal);
      }
      // Nothing to confirm on an order the buyer or Smart Bargains already cancelled; the
      // order's cancellation arrives with the next download.
      all_already = false;
      notes += "PO " + po_number + " is cancelled at Smart Bargains; not acknowledged. ";
      continue;
    }
    const json* acknowledged_before = member(reply.body, "already_acknowledged");
    const bool before = reply.replayed ||
                        (acknowledged_before != nullptr && *acknowledged_before == true);
    all_already = all_already && before;
  }
  const std::string reference = request.po_numbers.size() == 1
                                    ? "PO " + request.po_numbers.front()
                                    : std::to_string(request.po_numbers.size()) + " POs";
  return delivery_result(reference, all_already,
                         notes.empty() ? "acknowledged " + reference : notes);
}

std::string upload_shipment(const SmartBargainsClient& client, const ShipmentRequest& request) {
  const json body = shipment_body(request);
  ChannelRefusal refusal;
  const JsonReply reply = client.post(orders_path(request.po_number, "shipments"), body,
                                      request.idempotency_key, refusal);
  if (reply.status_code == 409) {
    refused("shipment", request.po_number, refusal);
  }
  const std::string shipment_id = text_of(reply.body, "shipment_id");
  const std::string reference = shipment_id.empty() ? "" : "shipment " + shipment_id;
  return delivery_result(reference, reply.replayed,
                         reply.replayed ? "PO " + request.po_number +
                                              ": this shipment was already recorded"
                                        : "PO " + request.po_number + ": shipment recorded");
}

std::string upload_invoice(const SmartBargainsClient& client, const InvoiceRequest& request) {
  const json body = invoice_body(request);
  ChannelRefusal refusal;
  const JsonReply reply = client.post(orders_path(request.po_number, "invoices"), body,
                                      request.idempotency_key, refusal);
  if (reply.status_code == 409) {
    refused("invoice upload", request.po_number, refusal);
  }
  const std::string invoice_id = text_of(reply.body, "invoice_id");
  const std::string reference = invoice_id.empty() ? "" : "invoice " + invoice_id;
  return delivery_result(reference, reply.replayed,
                         "PO " + request.po_number + ": invoice " + request.invoice_number +
                             (reply.replayed ? " was already uploaded" : " uploaded"));
}

}  // namespace orderhub::smartbargains
