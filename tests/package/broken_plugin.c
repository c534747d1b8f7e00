/*
 * broken_plugin.c: plugin libraries that break the v1 contract in one way each, chosen by a
 * BROKEN_* definition at compile time, for checking that orderhub-plugin-manifest refuses them
 * with a message saying what is wrong. Written in C, as a third party might.
 */
#include <orderhub/abi.h>

static orderhub_status create(const orderhub_host* host, const char* config, size_t config_size,
                              orderhub_instance** instance, orderhub_error* error) {
  (void)host;
  (void)config;
  (void)config_size;
  (void)error;
  *instance = NULL;
  return ORDERHUB_STATUS_OK;
}

static void destroy(orderhub_instance* instance) {
  (void)instance;
}

static orderhub_status download(orderhub_instance* instance, const char* request,
                                size_t request_size, orderhub_writer* response,
                                orderhub_error* error) {
  (void)instance;
  (void)request;
  (void)request_size;
  (void)error;
  return response->write(response->context, "{}", 2);
}

#if defined(BROKEN_BAD_ID)
#define PLUGIN_ID "Org.Example.Broken"
#else
#define PLUGIN_ID "org.example.broken"
#endif

static const char* const capabilities[] = {"orders.download", "shipment.upload", NULL};

/* shipment.upload is declared; only BROKEN_TABLE_MISMATCH leaves its function out. */
static const orderhub_channel_interface channel = {
    .struct_size = sizeof(orderhub_channel_interface),
    .download_orders_page = download,
#if !defined(BROKEN_TABLE_MISMATCH)
    .upload_shipment = download,
#endif
};

static const orderhub_plugin_descriptor descriptor = {
#if defined(BROKEN_SMALL_DESCRIPTOR)
    .struct_size = 8,
#else
    .struct_size = sizeof(orderhub_plugin_descriptor),
#endif
    .kind = ORDERHUB_PLUGIN_KIND_CHANNEL,
    .id = PLUGIN_ID,
    .name = "Broken",
    .vendor = "orderhub tests",
    .version = "0.0.1",
    .capabilities = capabilities,
    .create = create,
    .destroy = destroy,
    .channel = &channel,
};

#if defined(BROKEN_NO_ENTRY)
ORDERHUB_PLUGIN_EXPORT const orderhub_plugin_entry some_other_symbol = {
    .struct_size = sizeof(orderhub_plugin_entry),
    .abi_major = ORDERHUB_ABI_MAJOR,
    .abi_minor = ORDERHUB_ABI_MINOR,
    .descriptor = &descriptor,
};
#else
ORDERHUB_PLUGIN_EXPORT const orderhub_plugin_entry orderhub_plugin_entry_v1 = {
    .struct_size = sizeof(orderhub_plugin_entry),
#if defined(BROKEN_WRONG_MAJOR)
    .abi_major = 2,
#else
    .abi_major = ORDERHUB_ABI_MAJOR,
#endif
    .abi_minor = ORDERHUB_ABI_MINOR,
    .descriptor = &descriptor,
};
#endif
