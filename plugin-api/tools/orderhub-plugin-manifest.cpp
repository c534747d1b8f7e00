// orderhub-plugin-manifest: writes the plugin.json that sits beside a plugin library, so that the
// host can list plugins without running their code. It loads the library once, at build time,
// reads orderhub_plugin_entry_v1, checks the descriptor against ABI v1, and writes
//   {"id", "name", "vendor", "version", "description", "kind": "channel"|"invoice",
//    "abi": {"major", "minor"}, "capabilities": [...], "library": "<file name>"}.
// Usage: orderhub-plugin-manifest LIBRARY OUTPUT_JSON. Exits 1 with a message on any problem.
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <orderhub/abi.h>
#include <orderhub/sdk/capabilities.h>
#include <orderhub/sdk/detail/descriptor.h>
#include <orderhub/sdk/detail/versioned_struct.h>

namespace {

namespace capability = orderhub::sdk::capability;
using orderhub::sdk::detail::read_versioned;

// A capability list longer than this is taken for a list missing its terminating NULL.
constexpr std::size_t maximum_capabilities = 256;

struct Problem : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string file_name(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A descriptor string as JSON; refuses NULL (unless optional) and text that is not UTF-8.
nlohmann::ordered_json text_field(const char* text, const char* field, bool optional = false) {
  if (text == nullptr) {
    if (optional) {
      return "";
    }
    throw Problem(std::string("the descriptor's ") + field + " is NULL");
  }
  nlohmann::ordered_json value = text;
  try {
    (void)value.dump();
  } catch (const nlohmann::ordered_json::exception&) {
    throw Problem(std::string("the descriptor's ") + field + " is not valid UTF-8");
  }
  if (!optional && value.get_ref<const std::string&>().empty()) {
    throw Problem(std::string("the descriptor's ") + field + " is empty");
  }
  return value;
}

std::vector<std::string> read_capabilities(const char* const* list) {
  if (list == nullptr) {
    throw Problem("the descriptor's capability list is NULL");
  }
  std::vector<std::string> capabilities;
  for (; *list != nullptr; ++list) {
    if (capabilities.size() == maximum_capabilities) {
      throw Problem("the capability list has no terminating NULL within " +
                    std::to_string(maximum_capabilities) + " entries");
    }
    if (!orderhub::sdk::detail::is_valid_name(*list)) {
      throw Problem(std::string("capability \"") + *list + "\" is not a name of [a-z0-9._-]");
    }
    for (const std::string& earlier : capabilities) {
      if (earlier == *list) {
        throw Problem("capability \"" + earlier + "\" is listed twice");
      }
    }
    capabilities.emplace_back(*list);
  }
  return capabilities;
}

bool declared(const std::vector<std::string>& capabilities, std::string_view name) {
  for (const std::string& capability : capabilities) {
    if (capability == name) {
      return true;
    }
  }
  return false;
}

// A function pointer must be present exactly when its capability is declared.
void check_function(const void* function, const char* function_name,
                    const std::vector<std::string>& capabilities, const char* capability_name) {
  const bool is_declared = declared(capabilities, capability_name);
  if (is_declared && function == nullptr) {
    throw Problem(std::string("capability \"") + capability_name + "\" is declared but " +
                  function_name + " is NULL");
  }
  if (!is_declared && function != nullptr) {
    throw Problem(std::string(function_name) + " is set but capability \"" + capability_name +
                  "\" is not declared");
  }
}

template <class Function>
const void* address(Function function) {
  return function == nullptr ? nullptr : reinterpret_cast<const void*>(function);
}

void check_channel(const orderhub_plugin_descriptor& descriptor,
                   const std::vector<std::string>& capabilities) {
  if (descriptor.invoice != nullptr) {
    throw Problem("a channel plugin's descriptor has an invoice interface");
  }
  const auto channel = read_versioned<orderhub_channel_interface>(descriptor.channel);
  if (!channel) {
    throw Problem("the channel interface is NULL or smaller than ABI v1.0");
  }
  check_function(address(channel->download_orders_page), "download_orders_page", capabilities,
                 capability::orders_download);
  check_function(address(channel->acknowledge_orders), "acknowledge_orders", capabilities,
                 capability::orders_acknowledge);
  check_function(address(channel->upload_shipment), "upload_shipment", capabilities,
                 capability::shipment_upload);
  check_function(address(channel->cancel_order), "cancel_order", capabilities,
                 capability::cancel_channel);
  check_function(address(channel->refund_order), "refund_order", capabilities,
                 capability::refund_channel);
  check_function(address(channel->upload_invoice), "upload_invoice", capabilities,
                 capability::invoice_upload);
  check_function(address(channel->push_inventory), "push_inventory", capabilities,
                 capability::inventory_backorder);
}

void check_invoice(const orderhub_plugin_descriptor& descriptor,
                   const std::vector<std::string>& capabilities) {
  if (descriptor.channel != nullptr) {
    throw Problem("an invoice plugin's descriptor has a channel interface");
  }
  const auto invoice = read_versioned<orderhub_invoice_interface>(descriptor.invoice);
  if (!invoice) {
    throw Problem("the invoice interface is NULL or smaller than ABI v1.0");
  }
  check_function(address(invoice->render_pdf), "render_pdf", capabilities,
                 capability::invoice_render);
  check_function(address(invoice->check_template), "check_template", capabilities,
                 capability::template_check);
}

nlohmann::ordered_json manifest_of(const std::string& library_path) {
  // Without a slash dlopen would search the library path instead of opening this file.
  const std::string path =
      library_path.find('/') == std::string::npos ? "./" + library_path : library_path;
  // Never closed: v1 plugins are never unloaded, and this process ends right after.
  void* library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* reason = dlerror();
    throw Problem("cannot load: " + std::string(reason == nullptr ? "unknown reason" : reason));
  }
  const void* symbol = dlsym(library, ORDERHUB_PLUGIN_ENTRY_V1_SYMBOL);
  if (symbol == nullptr) {
    throw Problem("does not export " ORDERHUB_PLUGIN_ENTRY_V1_SYMBOL
                  " (not an orderhub plugin, or built for another ABI major version)");
  }
  const auto entry = read_versioned<orderhub_plugin_entry>(symbol);
  if (!entry) {
    throw Problem("the plugin entry is smaller than ABI v1.0");
  }
  if (entry->abi_major != ORDERHUB_ABI_MAJOR) {
    throw Problem("the entry declares ABI major " + std::to_string(entry->abi_major) +
                  " under the v1 symbol");
  }
  const auto descriptor = read_versioned<orderhub_plugin_descriptor>(entry->descriptor);
  if (!descriptor) {
    throw Problem("the descriptor is NULL or smaller than ABI v1.0");
  }
  if (descriptor->create == nullptr || descriptor->destroy == nullptr) {
    throw Problem("the descriptor's create or destroy is NULL");
  }

  nlohmann::ordered_json manifest;
  manifest["id"] = text_field(descriptor->id, "id");
  if (!orderhub::sdk::detail::is_valid_name(descriptor->id)) {
    throw Problem(std::string("the id \"") + descriptor->id +
                  "\" is not reverse-DNS of [a-z0-9._-]");
  }
  manifest["name"] = text_field(descriptor->name, "name");
  manifest["vendor"] = text_field(descriptor->vendor, "vendor");
  manifest["version"] = text_field(descriptor->version, "version");
  manifest["description"] = text_field(descriptor->description, "description", true);

  const std::vector<std::string> capabilities = read_capabilities(descriptor->capabilities);
  if (descriptor->kind == ORDERHUB_PLUGIN_KIND_CHANNEL) {
    check_channel(*descriptor, capabilities);
    manifest["kind"] = "channel";
  } else if (descriptor->kind == ORDERHUB_PLUGIN_KIND_INVOICE) {
    check_invoice(*descriptor, capabilities);
    manifest["kind"] = "invoice";
  } else {
    throw Problem("the descriptor's kind " + std::to_string(descriptor->kind) +
                  " is neither channel (1) nor invoice (2)");
  }
  manifest["abi"] = {{"major", entry->abi_major}, {"minor", entry->abi_minor}};
  manifest["capabilities"] = capabilities;
  manifest["library"] = file_name(library_path);
  return manifest;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream output(path, std::ios::binary | std::ios::trunc);
  output << text;
  output.close();
  if (!output) {
    throw Problem("cannot write " + path);
  }
}

}  // namespace

int main(int argument_count, char** arguments) {
  if (argument_count != 3) {
    std::cerr << "usage: orderhub-plugin-manifest LIBRARY OUTPUT_JSON\n";
    return 1;
  }
  const std::string library = arguments[1];
  const std::string output = arguments[2];
  try {
    write_file(output, manifest_of(library).dump(2) + "\n");
  } catch (const std::exception& problem) {
    std::cerr << "orderhub-plugin-manifest: " << library << ": " << problem.what() << "\n";
    std::remove(output.c_str());
    return 1;
  }
  return 0;
}
