// orderhub/sdk/detail/trampolines.h: the C functions the descriptor points at. Each one forwards to
// the plugin class and is the exception firewall: nothing thrown inside a plugin ever crosses the
// ABI. sdk::Error becomes its own status, message and retry hint; std::exception becomes INTERNAL
// "internal error: <what>"; anything else INTERNAL "unknown exception".
#ifndef ORDERHUB_SDK_DETAIL_TRAMPOLINES_H
#define ORDERHUB_SDK_DETAIL_TRAMPOLINES_H

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

#include "../../abi/instance.h"
#include "../error.h"
#include "../host.h"
#include "error_struct.h"
#include "writers.h"

namespace orderhub::sdk::detail {

inline orderhub_status report(orderhub_error* error, Status status, std::string_view prefix,
                              std::string_view message, std::uint32_t retry_after_ms) noexcept {
  if (status == Status::OK) {
    // An error thrown with status OK would make a failed call look successful.
    fill_error(error, "error thrown with status OK: ", message, 0);
    return ORDERHUB_STATUS_INTERNAL;
  }
  fill_error(error, prefix, message, retry_after_ms);
  return to_abi(status);
}

// Runs body() and returns its status, or the status of what it threw, with error filled.
template <class Body>
orderhub_status guarded(orderhub_error* error, Body&& body) noexcept {
  try {
    return body();
  } catch (const Error& failure) {
    return report(error, failure.status(), "", failure.what(), failure.retry_after_ms());
  } catch (const std::exception& failure) {
    return report(error, Status::INTERNAL, "internal error: ", failure.what(), 0);
  } catch (...) {
    return report(error, Status::INTERNAL, "", "unknown exception", 0);
  }
}

inline std::string_view borrowed_text(const char* data, std::size_t size, const char* what) {
  if (data == nullptr && size != 0) {
    throw Error(Status::INVALID_ARGUMENT,
                std::string(what) + " is NULL with size " + std::to_string(size));
  }
  return data == nullptr ? std::string_view() : std::string_view(data, size);
}

// descriptor.create: constructs Plugin(Host(host), config) on the heap.
template <class Plugin>
orderhub_status create_instance(const orderhub_host* host, const char* config,
                                std::size_t config_size, orderhub_instance** instance,
                                orderhub_error* error) noexcept {
  return guarded(error, [&]() -> orderhub_status {
    if (instance == nullptr) {
      throw Error(Status::INVALID_ARGUMENT, "create: the instance out-parameter is NULL");
    }
    *instance = nullptr;
    const std::string_view config_json = borrowed_text(config, config_size, "create: config");
    Plugin* plugin = new Plugin(Host(host), config_json);
    *instance = reinterpret_cast<orderhub_instance*>(plugin);
    return ORDERHUB_STATUS_OK;
  });
}

// descriptor.destroy. A destructor that throws has nobody to report to; the exception stops here.
template <class Plugin>
void destroy_instance(orderhub_instance* instance) noexcept {
  try {
    delete reinterpret_cast<Plugin*>(instance);
  } catch (...) {
  }
}

// One interface function: calls (plugin.*Call)(request) and writes the answer to response.
// Base is the class that declares Call (ChannelPlugin or InvoicePlugin); the call is virtual.
template <class Plugin, class Base, std::string (Base::*Call)(std::string_view)>
orderhub_status call_document(orderhub_instance* instance, const char* request,
                              std::size_t request_size, orderhub_writer* response,
                              orderhub_error* error) noexcept {
  return guarded(error, [&]() -> orderhub_status {
    if (instance == nullptr) {
      throw Error(Status::INVALID_ARGUMENT, "the instance is NULL");
    }
    const std::string_view document = borrowed_text(request, request_size, "the request");
    Base& plugin = *reinterpret_cast<Plugin*>(instance);
    const std::string answer = (plugin.*Call)(document);
    write_output(response, answer);
    return ORDERHUB_STATUS_OK;
  });
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_TRAMPOLINES_H
