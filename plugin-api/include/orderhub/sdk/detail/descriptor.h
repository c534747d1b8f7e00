// orderhub/sdk/detail/descriptor.h: building a plugin's static descriptor and interface table at
// compile time from one list of capabilities, so that a function pointer is non-NULL exactly when
// its capability is declared, and mistakes in the list fail the build instead of the load.
#ifndef ORDERHUB_SDK_DETAIL_DESCRIPTOR_H
#define ORDERHUB_SDK_DETAIL_DESCRIPTOR_H

#include <cstddef>

#include "../../abi/plugin.h"
#include "../capabilities.h"
#include "../channel_plugin.h"
#include "../invoice_plugin.h"
#include "trampolines.h"

namespace orderhub::sdk::detail {

constexpr bool same_text(const char* left, const char* right) noexcept {
  while (*left != '\0' && *left == *right) {
    ++left;
    ++right;
  }
  return *left == *right;
}

// capabilities is a NULL-terminated list.
constexpr bool declares(const char* const* capabilities, const char* capability) noexcept {
  for (; *capabilities != nullptr; ++capabilities) {
    if (same_text(*capabilities, capability)) {
      return true;
    }
  }
  return false;
}

constexpr bool is_name_character(char letter) noexcept {
  return (letter >= 'a' && letter <= 'z') || (letter >= '0' && letter <= '9') || letter == '.' ||
         letter == '_' || letter == '-';
}

// A plugin id or capability name: non-empty, only [a-z0-9._-].
constexpr bool is_valid_name(const char* name) noexcept {
  if (name == nullptr || *name == '\0') {
    return false;
  }
  for (; *name != '\0'; ++name) {
    if (!is_name_character(*name)) {
      return false;
    }
  }
  return true;
}

constexpr bool is_non_empty(const char* text) noexcept {
  return text != nullptr && *text != '\0';
}

// Every entry before the terminating NULL is a valid name, and none appears twice.
constexpr bool are_valid_capabilities(const char* const* capabilities) noexcept {
  if (*capabilities == nullptr) {
    return false;
  }
  for (const char* const* entry = capabilities; *entry != nullptr; ++entry) {
    if (!is_valid_name(*entry)) {
      return false;
    }
    for (const char* const* later = entry + 1; *later != nullptr; ++later) {
      if (same_text(*entry, *later)) {
        return false;
      }
    }
  }
  return true;
}

template <class Plugin, std::string (ChannelPlugin::*Call)(std::string_view)>
constexpr orderhub_document_call channel_call(const char* const* capabilities,
                                              const char* capability) noexcept {
  return declares(capabilities, capability) ? &call_document<Plugin, ChannelPlugin, Call> : nullptr;
}

template <class Plugin>
constexpr orderhub_channel_interface channel_interface(const char* const* capabilities) noexcept {
  orderhub_channel_interface table{};
  table.struct_size = sizeof(table);
  table.download_orders_page = channel_call<Plugin, &ChannelPlugin::download_orders_page>(
      capabilities, capability::orders_download);
  table.acknowledge_orders = channel_call<Plugin, &ChannelPlugin::acknowledge_orders>(
      capabilities, capability::orders_acknowledge);
  table.upload_shipment = channel_call<Plugin, &ChannelPlugin::upload_shipment>(
      capabilities, capability::shipment_upload);
  table.cancel_order =
      channel_call<Plugin, &ChannelPlugin::cancel_order>(capabilities, capability::cancel_channel);
  table.refund_order =
      channel_call<Plugin, &ChannelPlugin::refund_order>(capabilities, capability::refund_channel);
  table.upload_invoice = channel_call<Plugin, &ChannelPlugin::upload_invoice>(
      capabilities, capability::invoice_upload);
  table.push_inventory = channel_call<Plugin, &ChannelPlugin::push_inventory>(
      capabilities, capability::inventory_backorder);
  return table;
}

template <class Plugin>
constexpr orderhub_invoice_interface invoice_interface(const char* const* capabilities) noexcept {
  orderhub_invoice_interface table{};
  table.struct_size = sizeof(table);
  table.render_pdf = &call_document<Plugin, InvoicePlugin, &InvoicePlugin::render_pdf>;
  if (declares(capabilities, capability::template_check)) {
    table.check_template = &call_document<Plugin, InvoicePlugin, &InvoicePlugin::check_template>;
  }
  return table;
}

struct PluginIdentity {
  const char* id;
  const char* name;
  const char* vendor;
  const char* version;
  const char* description;
};

template <class Plugin>
constexpr orderhub_plugin_descriptor descriptor(
    orderhub_plugin_kind kind, const PluginIdentity& identity, const char* const* capabilities,
    const orderhub_channel_interface* channel, const orderhub_invoice_interface* invoice) noexcept {
  orderhub_plugin_descriptor result{};
  result.struct_size = sizeof(result);
  result.kind = kind;
  result.id = identity.id;
  result.name = identity.name;
  result.vendor = identity.vendor;
  result.version = identity.version;
  result.description = identity.description;
  result.capabilities = capabilities;
  result.create = &create_instance<Plugin>;
  result.destroy = &destroy_instance<Plugin>;
  result.channel = channel;
  result.invoice = invoice;
  return result;
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_DESCRIPTOR_H
