// Entry -> descriptor -> interface, each read by the ABI's struct_size rules, then compared with
// the manifest. A function pointer must be set exactly when its capability is declared.
#include "entry_check.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "orderhub/services/abi_structs.h"

namespace orderhub::loader {
namespace {

constexpr std::size_t kEntryV1Size = ORDERHUB_V1_SIZE(orderhub_plugin_entry, descriptor);
constexpr std::size_t kDescriptorV1Size = ORDERHUB_V1_SIZE(orderhub_plugin_descriptor, invoice);
constexpr std::size_t kChannelV1Size = ORDERHUB_V1_SIZE(orderhub_channel_interface, push_inventory);
constexpr std::size_t kInvoiceV1Size = ORDERHUB_V1_SIZE(orderhub_invoice_interface, check_template);
// A plugin declares a handful of capabilities; the bound catches a missing NULL terminator.
constexpr std::size_t kMaximumCapabilities = 256;

std::string in_quotes(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

std::string joined(std::vector<std::string> items) {
  std::sort(items.begin(), items.end());
  std::string text = "[";
  for (std::size_t index = 0; index < items.size(); ++index) {
    text += (index == 0 ? "" : ", ") + items[index];
  }
  return text + "]";
}

std::string size_problem(std::string_view what, std::uint32_t declared, std::size_t minimum) {
  return std::string(what) + " struct_size " + std::to_string(declared) +
         " is smaller than the v1 size " + std::to_string(minimum);
}

// A required descriptor string; records a problem when it is NULL.
std::string descriptor_string(const char* value, std::string_view field,
                              std::vector<std::string>& problems) {
  if (value == nullptr) {
    problems.push_back("descriptor " + std::string(field) + " is NULL");
    return {};
  }
  return value;
}

struct CapabilityFunction {
  std::string_view capability;
  std::string_view function;
  bool present;
};

void check_capability_functions(const std::vector<CapabilityFunction>& functions,
                                const LoadedPlugin& plugin, std::vector<std::string>& problems) {
  for (const CapabilityFunction& entry : functions) {
    const bool declared = plugin.has_capability(entry.capability);
    if (declared && !entry.present) {
      problems.push_back("capability " + in_quotes(entry.capability) + " is declared but " +
                         std::string(entry.function) + " is NULL");
    } else if (!declared && entry.present) {
      problems.push_back(std::string(entry.function) + " is set but capability " +
                         in_quotes(entry.capability) + " is not declared");
    }
  }
}

void check_channel_interface(const orderhub_plugin_descriptor& descriptor, LoadedPlugin& plugin,
                             std::vector<std::string>& problems) {
  std::uint32_t declared_size = 0;
  if (descriptor.channel == nullptr) {
    problems.push_back("kind is channel but the descriptor's channel interface is NULL");
    return;
  }
  if (!services::copy_versioned_struct(descriptor.channel, kChannelV1Size, plugin.channel,
                                       &declared_size)) {
    problems.push_back(size_problem("channel interface", declared_size, kChannelV1Size));
    return;
  }
  const orderhub_channel_interface& channel = plugin.channel;
  check_capability_functions(
      {{"orders.download", "download_orders_page", channel.download_orders_page != nullptr},
       {"orders.acknowledge", "acknowledge_orders", channel.acknowledge_orders != nullptr},
       {"shipment.upload", "upload_shipment", channel.upload_shipment != nullptr},
       {"cancel.channel", "cancel_order", channel.cancel_order != nullptr},
       {"refund.channel", "refund_order", channel.refund_order != nullptr},
       {"invoice.upload", "upload_invoice", channel.upload_invoice != nullptr},
       {"inventory.backorder", "push_inventory", channel.push_inventory != nullptr}},
      plugin, problems);
}

void check_invoice_interface(const orderhub_plugin_descriptor& descriptor, LoadedPlugin& plugin,
                             std::vector<std::string>& problems) {
  std::uint32_t declared_size = 0;
  if (descriptor.invoice == nullptr) {
    problems.push_back("kind is invoice but the descriptor's invoice interface is NULL");
    return;
  }
  if (!services::copy_versioned_struct(descriptor.invoice, kInvoiceV1Size, plugin.invoice,
                                       &declared_size)) {
    problems.push_back(size_problem("invoice interface", declared_size, kInvoiceV1Size));
    return;
  }
  if (plugin.invoice.render_pdf == nullptr) {
    problems.push_back("invoice interface render_pdf is NULL");
  }
  check_capability_functions(
      {{"template.check", "check_template", plugin.invoice.check_template != nullptr}}, plugin,
      problems);
}

void check_descriptor(const orderhub_plugin_descriptor& descriptor, const PluginManifest& manifest,
                      LoadedPlugin& plugin, std::vector<std::string>& problems) {
  if (descriptor.kind != ORDERHUB_PLUGIN_KIND_CHANNEL &&
      descriptor.kind != ORDERHUB_PLUGIN_KIND_INVOICE) {
    problems.push_back("descriptor kind " + std::to_string(descriptor.kind) +
                       " is neither channel (1) nor invoice (2)");
  } else {
    plugin.kind =
        descriptor.kind == ORDERHUB_PLUGIN_KIND_CHANNEL ? PluginKind::channel : PluginKind::invoice;
    if (plugin.kind != manifest.kind) {
      problems.push_back("descriptor kind is " + std::string(kind_name(plugin.kind)) +
                         " but plugin.json says " + std::string(kind_name(manifest.kind)));
    }
  }

  plugin.id = descriptor_string(descriptor.id, "id", problems);
  if (descriptor.id != nullptr) {
    if (!is_valid_plugin_id(plugin.id)) {
      problems.push_back("descriptor id " + in_quotes(plugin.id) +
                         " is not made of a-z, 0-9, '.', '_' and '-' only");
    } else if (plugin.id != manifest.id) {
      problems.push_back("descriptor id " + in_quotes(plugin.id) + " differs from plugin.json id " +
                         in_quotes(manifest.id));
    }
  }
  plugin.name = descriptor_string(descriptor.name, "name", problems);
  plugin.vendor = descriptor_string(descriptor.vendor, "vendor", problems);
  plugin.version = descriptor_string(descriptor.version, "version", problems);
  if (descriptor.version != nullptr && plugin.version != manifest.version) {
    problems.push_back("descriptor version " + in_quotes(plugin.version) +
                       " differs from plugin.json version " + in_quotes(manifest.version));
  }
  plugin.description = descriptor.description != nullptr ? descriptor.description : "";

  if (descriptor.capabilities != nullptr) {
    for (std::size_t index = 0; descriptor.capabilities[index] != nullptr; ++index) {
      if (index == kMaximumCapabilities) {
        problems.push_back(
            "descriptor capabilities has more than 256 entries (no NULL at the end?)");
        break;
      }
      plugin.capabilities.emplace_back(descriptor.capabilities[index]);
    }
  }
  std::vector<std::string> declared = plugin.capabilities;
  std::vector<std::string> listed = manifest.capabilities;
  std::sort(declared.begin(), declared.end());
  std::sort(listed.begin(), listed.end());
  if (declared != listed) {
    problems.push_back("descriptor capabilities " + joined(declared) +
                       " differ from plugin.json capabilities " + joined(listed));
  }

  if (descriptor.create == nullptr) {
    problems.push_back("descriptor create is NULL");
  }
  if (descriptor.destroy == nullptr) {
    problems.push_back("descriptor destroy is NULL");
  }
  if (descriptor.kind == ORDERHUB_PLUGIN_KIND_CHANNEL) {
    check_channel_interface(descriptor, plugin, problems);
  } else if (descriptor.kind == ORDERHUB_PLUGIN_KIND_INVOICE) {
    check_invoice_interface(descriptor, plugin, problems);
  }
}

}  // namespace

std::vector<std::string> check_entry(const orderhub_plugin_entry* entry,
                                     const PluginManifest& manifest, LoadedPlugin& plugin) {
  std::vector<std::string> problems;
  orderhub_plugin_entry entry_fields;
  std::uint32_t declared_size = 0;
  if (!services::copy_versioned_struct(entry, kEntryV1Size, entry_fields, &declared_size)) {
    problems.push_back(size_problem("entry", declared_size, kEntryV1Size));
    return problems;
  }
  plugin.abi = AbiVersion{entry_fields.abi_major, entry_fields.abi_minor};
  if (entry_fields.abi_major != ORDERHUB_ABI_MAJOR) {
    problems.push_back("built for ABI " + plugin.abi.to_string() + "; this host speaks ABI " +
                       std::to_string(ORDERHUB_ABI_MAJOR) + ".x");
    return problems;
  }
  if (plugin.abi != manifest.abi) {
    problems.push_back("built for ABI " + plugin.abi.to_string() + " but plugin.json says " +
                       manifest.abi.to_string());
  }
  if (entry_fields.descriptor == nullptr) {
    problems.push_back("entry descriptor is NULL");
    return problems;
  }
  if (!services::copy_versioned_struct(entry_fields.descriptor, kDescriptorV1Size,
                                       plugin.descriptor, &declared_size)) {
    problems.push_back(size_problem("descriptor", declared_size, kDescriptorV1Size));
    return problems;
  }
  check_descriptor(plugin.descriptor, manifest, plugin, problems);
  return problems;
}

}  // namespace orderhub::loader
