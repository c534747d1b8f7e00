// One created plugin instance (one channel account, one invoice configuration): create() with a
// host struct and a JSON config, then document calls, then destroy() when the object goes away.
// Calls on one instance are serialised: the ABI promises a plugin it is never called from two
// threads at once.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string_view>

#include <orderhub/abi/plugin.h>

#include "orderhub/loader/call_result.h"
#include "orderhub/loader/loaded_plugin.h"
#include "orderhub/services/instance_host.h"
#include "orderhub/services/string_writer.h"

namespace orderhub::loader {

struct CallLimits {
  // Beyond this many bytes of output the writer refuses with RESOURCE_EXHAUSTED.
  std::size_t maximum_output_bytes = services::kDefaultOutputLimit;
};

class PluginInstance;

struct CreateResult {
  // Set exactly when result.ok().
  std::unique_ptr<PluginInstance> instance;
  // Status and message of create(); output is always empty.
  CallResult result;
};

class PluginInstance {
 public:
  // Calls the plugin's create() with host->abi() and config_json (which must be a JSON object;
  // its secret-named values are registered with the log masker first).
  static CreateResult create(std::shared_ptr<const LoadedPlugin> plugin,
                             std::unique_ptr<services::InstanceHost> host,
                             std::string_view config_json, CallLimits limits = {});

  // Calls destroy(), waiting for a call in flight to finish.
  ~PluginInstance();
  PluginInstance(const PluginInstance&) = delete;
  PluginInstance& operator=(const PluginInstance&) = delete;

  // Channel calls: a JSON document in, a JSON document out. UNIMPLEMENTED when the plugin does
  // not declare the capability (its function pointer is NULL).
  CallResult download_orders_page(std::string_view request);
  CallResult acknowledge_orders(std::string_view request);
  CallResult upload_shipment(std::string_view request);
  CallResult cancel_order(std::string_view request);
  CallResult refund_order(std::string_view request);
  CallResult upload_invoice(std::string_view request);
  CallResult push_inventory(std::string_view request);

  // Invoice calls. render_pdf's output is the PDF bytes.
  CallResult render_pdf(std::string_view request);
  CallResult check_template(std::string_view request);

  const LoadedPlugin& plugin() const { return *plugin_; }
  const services::InstanceHost& host() const { return *host_; }
  // How many calls on this instance broke the contract so far.
  std::size_t contract_violation_count() const;

 private:
  enum class OutputKind { json, bytes };
  PluginInstance(std::shared_ptr<const LoadedPlugin> plugin,
                 std::unique_ptr<services::InstanceHost> host, orderhub_instance* handle,
                 CallLimits limits);

  CallResult call(std::string_view function_name, std::string_view capability,
                  orderhub_document_call function, std::string_view request,
                  OutputKind output_kind);

  std::shared_ptr<const LoadedPlugin> plugin_;
  // Declared before handle_ and destroyed after it: the host struct outlives destroy().
  std::unique_ptr<services::InstanceHost> host_;
  orderhub_instance* handle_;
  CallLimits limits_;
  mutable std::mutex call_mutex_;
  std::size_t contract_violations_ = 0;
};

}  // namespace orderhub::loader
