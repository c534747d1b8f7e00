// api_context.h: what every route of the admin API works with, and the small helpers for writing
// replies: JSON bodies, errors as {"error": {"code", "message"}}.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "http/metrics.h"
#include "http/service_control.h"
#include "orderhub/loader/plugin_registry.h"
#include "pipeline/invoices/invoice_printer.h"
#include "store/store.h"

namespace orderhub::http {

// Invoices printed through the API: one printer and one render at a time, since an invoice
// plugin's instance is not shared between threads.
struct ApiInvoices {
  pipeline::InvoicePrinter printer;
  std::mutex mutex{};
};

struct ApiContext {
  store::Store& store;
  const loader::PluginRegistry& plugins;
  ServiceControl& control;
  Metrics& metrics;
  ApiInvoices& invoices;
};

// Writes json with the status.
void reply_json(httplib::Response& response, int status, const nlohmann::ordered_json& json);

// {"error": {"code": "conflict", "message": "..."}} with the status; code is derived from status.
void reply_error(httplib::Response& response, int status, std::string_view message);

// The route pattern's first capture as a positive integer id, naming it `what` ("order") in the
// 404 written when it is not one.
std::optional<std::int64_t> path_id(const httplib::Request& request, httplib::Response& response,
                                    const std::string& what);

// The route pattern's first capture as text.
std::string path_text(const httplib::Request& request);

}  // namespace orderhub::http
