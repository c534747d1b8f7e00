// Calling into a plugin instance and holding the plugin to the contract on the way back: status in
// range, a message on failure, output within the limit, JSON that parses.
#include "orderhub/loader/plugin_instance.h"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "orderhub/logging/logging_setup.h"
#include "orderhub/logging/secret_keys.h"
#include "orderhub/logging/secret_registry.h"
#include "orderhub/services/abi_structs.h"

namespace orderhub::loader {
namespace {

orderhub_error zeroed_error() {
  orderhub_error error{};
  error.struct_size = sizeof(orderhub_error);
  return error;
}

// Not logged here: the caller decides whether a violation is worth a log line, a report line or
// disabling the plugin, and logging here too would say it twice.
CallResult violation(StatusCode status, std::string message) {
  CallResult result;
  result.status = status;
  result.message = std::move(message);
  result.contract_violation = true;
  return result;
}

// The part of interpreting a call's outcome shared by create() and every document call: the raw
// status must be a known code, and a failure must say why.
CallResult interpret_status(const LoadedPlugin& plugin, std::string_view function_name,
                            orderhub_status raw_status, const orderhub_error& error) {
  const auto status = services::status_code_from_abi(raw_status);
  if (!status) {
    return violation(StatusCode::internal, "plugin " + plugin.id + " returned unknown status " +
                                               std::to_string(raw_status) + " from " +
                                               std::string(function_name));
  }
  CallResult result;
  result.status = *status;
  if (*status == StatusCode::ok) {
    return result;
  }
  result.message = orderhub::logging::mask_secrets(services::error_message(error));
  result.retry_after = std::chrono::milliseconds(error.retry_after_ms);
  if (result.message.empty()) {
    CallResult without_message =
        violation(*status, "plugin " + plugin.id + " returned " +
                               std::string(services::status_name(*status)) + " from " +
                               std::string(function_name) + " without a message");
    without_message.retry_after = result.retry_after;
    return without_message;
  }
  return result;
}

}  // namespace

CreateResult PluginInstance::create(std::shared_ptr<const LoadedPlugin> plugin,
                                    std::unique_ptr<services::InstanceHost> host,
                                    std::string_view config_json, CallLimits limits) {
  CreateResult created;
  nlohmann::json config;
  try {
    config = nlohmann::json::parse(config_json);
  } catch (const nlohmann::json::parse_error& error) {
    // nlohmann's message quotes the input, which may hold a secret: give the position only.
    created.result.status = StatusCode::invalid_argument;
    created.result.message = "config for plugin " + plugin->id +
                             " is not valid JSON (error at byte " + std::to_string(error.byte) +
                             ")";
    return created;
  }
  if (!config.is_object()) {
    created.result.status = StatusCode::invalid_argument;
    created.result.message =
        "config for plugin " + plugin->id + " must be a JSON object, not " + config.type_name();
    return created;
  }
  orderhub::logging::register_config_secrets(config);

  orderhub_error error = zeroed_error();
  orderhub_instance* handle = nullptr;
  orderhub_status raw_status = ORDERHUB_STATUS_INTERNAL;
  try {
    raw_status = plugin->descriptor.create(host->abi(), config_json.data(), config_json.size(),
                                           &handle, &error);
  } catch (...) {
    created.result = violation(StatusCode::internal,
                               "plugin " + plugin->id + " let a C++ exception escape from create");
    return created;
  }
  created.result = interpret_status(*plugin, "create", raw_status, error);
  if (created.result.ok() && handle == nullptr) {
    created.result =
        violation(StatusCode::internal,
                  "plugin " + plugin->id + " returned OK from create without an instance");
  }
  if (!created.result.ok()) {
    // A handle next to a failure is outside the contract too; without knowing whether it is
    // usable, leaking it is safer than destroying it.
    return created;
  }
  created.instance.reset(new PluginInstance(std::move(plugin), std::move(host), handle, limits));
  return created;
}

PluginInstance::PluginInstance(std::shared_ptr<const LoadedPlugin> plugin,
                               std::unique_ptr<services::InstanceHost> host,
                               orderhub_instance* handle, CallLimits limits)
    : plugin_(std::move(plugin)), host_(std::move(host)), handle_(handle), limits_(limits) {}

PluginInstance::~PluginInstance() {
  std::lock_guard lock(call_mutex_);
  try {
    plugin_->descriptor.destroy(handle_);
  } catch (...) {
    orderhub::logging::host_logger()->error(
        "plugin {} broke the contract: a C++ exception escaped from destroy", plugin_->id);
  }
}

std::size_t PluginInstance::contract_violation_count() const {
  std::lock_guard lock(call_mutex_);
  return contract_violations_;
}

CallResult PluginInstance::call(std::string_view function_name, std::string_view capability,
                                orderhub_document_call function, std::string_view request,
                                OutputKind output_kind) {
  if (function == nullptr) {
    CallResult result;
    result.status = StatusCode::unimplemented;
    result.message = "plugin " + plugin_->id + " does not offer " + std::string(function_name) +
                     " (capability \"" + std::string(capability) + "\" not declared)";
    return result;
  }

  std::lock_guard lock(call_mutex_);
  services::StringWriter writer(limits_.maximum_output_bytes);
  orderhub_error error = zeroed_error();
  const std::string name(function_name);
  CallResult result;
  try {
    const orderhub_status raw_status =
        function(handle_, request.data(), request.size(), writer.abi(), &error);
    result = interpret_status(*plugin_, name, raw_status, error);
  } catch (...) {
    result = violation(StatusCode::internal,
                       "plugin " + plugin_->id + " let a C++ exception escape from " + name);
  }

  const std::string limit_text = std::to_string(writer.limit()) + " bytes";
  if (writer.limit_reached() && !result.contract_violation) {
    if (result.ok()) {
      result = violation(StatusCode::resource_exhausted,
                         "plugin " + plugin_->id + " returned OK from " + name +
                             " after its output was refused at the limit of " + limit_text);
    } else {
      result.status = StatusCode::resource_exhausted;
      result.message = "output of plugin " + plugin_->id + " from " + name +
                       " exceeds the limit of " + limit_text;
    }
  }
  if (result.ok() && output_kind == OutputKind::json) {
    try {
      [[maybe_unused]] const nlohmann::json document = nlohmann::json::parse(writer.contents());
    } catch (const nlohmann::json::parse_error& parse_error) {
      result =
          violation(StatusCode::internal, "plugin " + plugin_->id + " returned invalid JSON from " +
                                              name + ": " + parse_error.what());
    }
  }
  if (result.contract_violation) {
    ++contract_violations_;
  }
  if (result.ok()) {
    result.output = writer.take_contents();
  }
  return result;
}

CallResult PluginInstance::download_orders_page(std::string_view request) {
  return call("download_orders_page", "orders.download", plugin_->channel.download_orders_page,
              request, OutputKind::json);
}

CallResult PluginInstance::acknowledge_orders(std::string_view request) {
  return call("acknowledge_orders", "orders.acknowledge", plugin_->channel.acknowledge_orders,
              request, OutputKind::json);
}

CallResult PluginInstance::upload_shipment(std::string_view request) {
  return call("upload_shipment", "shipment.upload", plugin_->channel.upload_shipment, request,
              OutputKind::json);
}

CallResult PluginInstance::cancel_order(std::string_view request) {
  return call("cancel_order", "cancel.channel", plugin_->channel.cancel_order, request,
              OutputKind::json);
}

CallResult PluginInstance::refund_order(std::string_view request) {
  return call("refund_order", "refund.channel", plugin_->channel.refund_order, request,
              OutputKind::json);
}

CallResult PluginInstance::upload_invoice(std::string_view request) {
  return call("upload_invoice", "invoice.upload", plugin_->channel.upload_invoice, request,
              OutputKind::json);
}

CallResult PluginInstance::push_inventory(std::string_view request) {
  return call("push_inventory", "inventory.backorder", plugin_->channel.push_inventory, request,
              OutputKind::json);
}

CallResult PluginInstance::render_pdf(std::string_view request) {
  return call("render_pdf", "invoice.render", plugin_->invoice.render_pdf, request,
              OutputKind::bytes);
}

CallResult PluginInstance::check_template(std::string_view request) {
  return call("check_template", "template.check", plugin_->invoice.check_template, request,
              OutputKind::json);
}

}  // namespace orderhub::loader
