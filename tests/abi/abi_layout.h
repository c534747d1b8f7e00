/*
 * abi_layout.h: the v1 ABI's memory layout on LP64, written down as static assertions. Included
 * from a C11, a C++17 and a C++20 file, so that every language a plugin may be written in agrees on
 * every size and offset. A failure here means a change broke binary compatibility with plugins
 * that are already built.
 */
#ifndef ORDERHUB_TESTS_ABI_LAYOUT_H
#define ORDERHUB_TESTS_ABI_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include <orderhub/abi.h>

#ifdef __cplusplus
#define ORDERHUB_LAYOUT(condition) static_assert(condition, #condition)
#else
#define ORDERHUB_LAYOUT(condition) _Static_assert(condition, #condition)
#endif

#define ORDERHUB_OFFSET(type, field, offset) ORDERHUB_LAYOUT(offsetof(type, field) == (offset))

/* The numbers below are those of LP64 (64-bit pointers and size_t), the platforms v1 ships on. */
#if UINTPTR_MAX == UINT64_MAX && SIZE_MAX == UINT64_MAX

ORDERHUB_LAYOUT(sizeof(orderhub_status) == 4);
ORDERHUB_LAYOUT(ORDERHUB_ERROR_MESSAGE_CAPACITY == 1024);

ORDERHUB_LAYOUT(sizeof(orderhub_error) == 1032);
ORDERHUB_OFFSET(orderhub_error, struct_size, 0);
ORDERHUB_OFFSET(orderhub_error, retry_after_ms, 4);
ORDERHUB_OFFSET(orderhub_error, message, 8);

ORDERHUB_LAYOUT(sizeof(orderhub_writer) == 24);
ORDERHUB_OFFSET(orderhub_writer, struct_size, 0);
ORDERHUB_OFFSET(orderhub_writer, context, 8);
ORDERHUB_OFFSET(orderhub_writer, write, 16);

ORDERHUB_LAYOUT(sizeof(orderhub_host) == 32);
ORDERHUB_OFFSET(orderhub_host, struct_size, 0);
ORDERHUB_OFFSET(orderhub_host, abi_major, 4);
ORDERHUB_OFFSET(orderhub_host, abi_minor, 6);
ORDERHUB_OFFSET(orderhub_host, host_version, 8);
ORDERHUB_OFFSET(orderhub_host, host_data, 16);
ORDERHUB_OFFSET(orderhub_host, get_service, 24);

ORDERHUB_LAYOUT(sizeof(orderhub_channel_interface) == 64);
ORDERHUB_OFFSET(orderhub_channel_interface, struct_size, 0);
ORDERHUB_OFFSET(orderhub_channel_interface, download_orders_page, 8);
ORDERHUB_OFFSET(orderhub_channel_interface, acknowledge_orders, 16);
ORDERHUB_OFFSET(orderhub_channel_interface, upload_shipment, 24);
ORDERHUB_OFFSET(orderhub_channel_interface, cancel_order, 32);
ORDERHUB_OFFSET(orderhub_channel_interface, refund_order, 40);
ORDERHUB_OFFSET(orderhub_channel_interface, upload_invoice, 48);
ORDERHUB_OFFSET(orderhub_channel_interface, push_inventory, 56);

ORDERHUB_LAYOUT(sizeof(orderhub_invoice_interface) == 24);
ORDERHUB_OFFSET(orderhub_invoice_interface, struct_size, 0);
ORDERHUB_OFFSET(orderhub_invoice_interface, render_pdf, 8);
ORDERHUB_OFFSET(orderhub_invoice_interface, check_template, 16);

ORDERHUB_LAYOUT(sizeof(orderhub_plugin_descriptor) == 88);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, struct_size, 0);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, kind, 4);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, id, 8);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, name, 16);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, vendor, 24);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, version, 32);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, description, 40);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, capabilities, 48);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, create, 56);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, destroy, 64);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, channel, 72);
ORDERHUB_OFFSET(orderhub_plugin_descriptor, invoice, 80);

ORDERHUB_LAYOUT(sizeof(orderhub_plugin_entry) == 16);
ORDERHUB_OFFSET(orderhub_plugin_entry, struct_size, 0);
ORDERHUB_OFFSET(orderhub_plugin_entry, abi_major, 4);
ORDERHUB_OFFSET(orderhub_plugin_entry, abi_minor, 6);
ORDERHUB_OFFSET(orderhub_plugin_entry, descriptor, 8);

ORDERHUB_LAYOUT(sizeof(orderhub_http_request) == 56);
ORDERHUB_OFFSET(orderhub_http_request, struct_size, 0);
ORDERHUB_OFFSET(orderhub_http_request, timeout_ms, 4);
ORDERHUB_OFFSET(orderhub_http_request, method, 8);
ORDERHUB_OFFSET(orderhub_http_request, url, 16);
ORDERHUB_OFFSET(orderhub_http_request, headers, 24);
ORDERHUB_OFFSET(orderhub_http_request, body, 32);
ORDERHUB_OFFSET(orderhub_http_request, body_size, 40);
ORDERHUB_OFFSET(orderhub_http_request, secrets, 48);

ORDERHUB_LAYOUT(sizeof(orderhub_http_response) == 32);
ORDERHUB_OFFSET(orderhub_http_response, struct_size, 0);
ORDERHUB_OFFSET(orderhub_http_response, status_code, 4);
ORDERHUB_OFFSET(orderhub_http_response, retry_after_ms, 8);
ORDERHUB_OFFSET(orderhub_http_response, reserved, 12);
ORDERHUB_OFFSET(orderhub_http_response, headers, 16);
ORDERHUB_OFFSET(orderhub_http_response, body, 24);

ORDERHUB_LAYOUT(sizeof(orderhub_http_service) == 16);
ORDERHUB_OFFSET(orderhub_http_service, struct_size, 0);
ORDERHUB_OFFSET(orderhub_http_service, send, 8);

ORDERHUB_LAYOUT(sizeof(orderhub_kv_service) == 32);
ORDERHUB_OFFSET(orderhub_kv_service, struct_size, 0);
ORDERHUB_OFFSET(orderhub_kv_service, get, 8);
ORDERHUB_OFFSET(orderhub_kv_service, put, 16);
ORDERHUB_OFFSET(orderhub_kv_service, remove, 24);

ORDERHUB_LAYOUT(sizeof(orderhub_log_service) == 16);
ORDERHUB_OFFSET(orderhub_log_service, struct_size, 0);
ORDERHUB_OFFSET(orderhub_log_service, log, 8);

ORDERHUB_LAYOUT(sizeof(orderhub_clock_service) == 16);
ORDERHUB_OFFSET(orderhub_clock_service, struct_size, 0);
ORDERHUB_OFFSET(orderhub_clock_service, now_unix_ms, 8);

#endif /* LP64 */

/* Numbers that are part of the ABI on every platform: codes are never renumbered. */
ORDERHUB_LAYOUT(ORDERHUB_ABI_MAJOR == 1);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_OK == 0);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_CANCELLED == 1);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_UNKNOWN == 2);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_INVALID_ARGUMENT == 3);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_DEADLINE_EXCEEDED == 4);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_NOT_FOUND == 5);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_ALREADY_EXISTS == 6);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_PERMISSION_DENIED == 7);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_RESOURCE_EXHAUSTED == 8);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_FAILED_PRECONDITION == 9);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_ABORTED == 10);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_OUT_OF_RANGE == 11);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_UNIMPLEMENTED == 12);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_INTERNAL == 13);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_UNAVAILABLE == 14);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_DATA_LOSS == 15);
ORDERHUB_LAYOUT(ORDERHUB_STATUS_UNAUTHENTICATED == 16);
ORDERHUB_LAYOUT(ORDERHUB_PLUGIN_KIND_CHANNEL == 1);
ORDERHUB_LAYOUT(ORDERHUB_PLUGIN_KIND_INVOICE == 2);
ORDERHUB_LAYOUT(ORDERHUB_LOG_TRACE == 0);
ORDERHUB_LAYOUT(ORDERHUB_LOG_DEBUG == 1);
ORDERHUB_LAYOUT(ORDERHUB_LOG_INFO == 2);
ORDERHUB_LAYOUT(ORDERHUB_LOG_WARN == 3);
ORDERHUB_LAYOUT(ORDERHUB_LOG_ERROR == 4);

#endif /* ORDERHUB_TESTS_ABI_LAYOUT_H */
