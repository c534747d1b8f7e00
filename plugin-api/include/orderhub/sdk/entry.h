// orderhub/sdk/entry.h: the macros that turn a plugin class into a plugin library's one exported
// symbol, orderhub_plugin_entry_v1. Use exactly one of them once per library, at namespace scope
// in one .cpp file:
//
//   ORDERHUB_CHANNEL_PLUGIN(HelloChannel, "org.example.hello", "Hello", "Example Vendor", "0.1.0",
//                           "Serves one fixed order.", "orders.download", "shipment.upload");
//
//   ORDERHUB_INVOICE_PLUGIN(PlainInvoice, "org.example.plain", "Plain", "Example Vendor", "0.1.0",
//                           "A one-page invoice.", "invoice.render", "template.check");
//
// Arguments: the class, then the descriptor's id (reverse-DNS, [a-z0-9._-]), name, vendor,
// version (semver) and description (one sentence, or nullptr), then every capability, each once.
// The descriptor, the capability list and the interface table are built at compile time; a
// channel interface function is non-NULL exactly when its capability is listed (see
// capabilities.h), and an invoice plugin must list "invoice.render". Mistakes fail the build.
#ifndef ORDERHUB_SDK_ENTRY_H
#define ORDERHUB_SDK_ENTRY_H

#include <string_view>
#include <type_traits>

#include "../abi/plugin.h"
#include "channel_plugin.h"
#include "detail/descriptor.h"
#include "host.h"
#include "invoice_plugin.h"

// The checks and the capability list both kinds share. Not for direct use.
#define ORDERHUB_SDK_DETAIL_COMMON(BaseClass, PluginClass, id, name, vendor, version, ...)      \
  static_assert(std::is_base_of<BaseClass, PluginClass>::value,                                 \
                #PluginClass " must derive from " #BaseClass);                                  \
  static_assert(                                                                                \
      std::is_constructible<PluginClass, ::orderhub::sdk::Host, std::string_view>::value,       \
      #PluginClass " needs a constructor (orderhub::sdk::Host, std::string_view config_json)"); \
  static_assert(::orderhub::sdk::detail::is_valid_name(id),                                     \
                "the plugin id must be non-empty reverse-DNS of [a-z0-9._-]");                  \
  static_assert(::orderhub::sdk::detail::is_non_empty(name), "the plugin name is empty");       \
  static_assert(::orderhub::sdk::detail::is_non_empty(vendor), "the plugin vendor is empty");   \
  static_assert(::orderhub::sdk::detail::is_non_empty(version), "the plugin version is empty"); \
  constexpr const char* const orderhub_sdk_capabilities[] = {__VA_ARGS__, nullptr};             \
  static_assert(::orderhub::sdk::detail::are_valid_capabilities(orderhub_sdk_capabilities),     \
                "capabilities must be listed, each once, as names of [a-z0-9._-]")

// The exported entry. extern "C" on a definition gives it external linkage and the plain name.
#define ORDERHUB_SDK_DETAIL_ENTRY                                                              \
  extern "C" ORDERHUB_PLUGIN_EXPORT const ::orderhub_plugin_entry orderhub_plugin_entry_v1 = { \
      sizeof(::orderhub_plugin_entry), ORDERHUB_ABI_MAJOR, ORDERHUB_ABI_MINOR,                 \
      &orderhub_sdk_descriptor}

#define ORDERHUB_CHANNEL_PLUGIN(PluginClass, id, name, vendor, version, description, ...)   \
  namespace {                                                                               \
  ORDERHUB_SDK_DETAIL_COMMON(::orderhub::sdk::ChannelPlugin, PluginClass, id, name, vendor, \
                             version, __VA_ARGS__);                                         \
  constexpr ::orderhub_channel_interface orderhub_sdk_channel_interface =                   \
      ::orderhub::sdk::detail::channel_interface<PluginClass>(orderhub_sdk_capabilities);   \
  constexpr ::orderhub_plugin_descriptor orderhub_sdk_descriptor =                          \
      ::orderhub::sdk::detail::descriptor<PluginClass>(                                     \
          ORDERHUB_PLUGIN_KIND_CHANNEL, {id, name, vendor, version, description},           \
          orderhub_sdk_capabilities, &orderhub_sdk_channel_interface, nullptr);             \
  }                                                                                         \
  ORDERHUB_SDK_DETAIL_ENTRY

#define ORDERHUB_INVOICE_PLUGIN(PluginClass, id, name, vendor, version, description, ...)       \
  namespace {                                                                                   \
  ORDERHUB_SDK_DETAIL_COMMON(::orderhub::sdk::InvoicePlugin, PluginClass, id, name, vendor,     \
                             version, __VA_ARGS__);                                             \
  static_assert(::orderhub::sdk::detail::declares(orderhub_sdk_capabilities,                    \
                                                  ::orderhub::sdk::capability::invoice_render), \
                "an invoice plugin must list \"invoice.render\"");                              \
  constexpr ::orderhub_invoice_interface orderhub_sdk_invoice_interface =                       \
      ::orderhub::sdk::detail::invoice_interface<PluginClass>(orderhub_sdk_capabilities);       \
  constexpr ::orderhub_plugin_descriptor orderhub_sdk_descriptor =                              \
      ::orderhub::sdk::detail::descriptor<PluginClass>(                                         \
          ORDERHUB_PLUGIN_KIND_INVOICE, {id, name, vendor, version, description},               \
          orderhub_sdk_capabilities, nullptr, &orderhub_sdk_invoice_interface);                 \
  }                                                                                             \
  ORDERHUB_SDK_DETAIL_ENTRY

#endif  // ORDERHUB_SDK_ENTRY_H
