/*
 * plugin.h: the entry point and descriptor of an orderhub plugin, ABI major version 1.
 *
 * A plugin is a shared library that exports exactly one symbol per ABI major version it speaks:
 * for v1 the data symbol orderhub_plugin_entry_v1 (an orderhub_plugin_entry). Everything else in
 * the library is hidden. The host reads the entry, checks abi_major, then reads the descriptor.
 *
 * Versioning: abi_major changes only when an existing field or function changes meaning; then the
 * entry symbol's name changes too (orderhub_plugin_entry_v2). abi_minor grows when fields are
 * appended to a struct. Every struct starts with struct_size, set to sizeof() by whoever fills it;
 * a reader copies min(struct_size, sizeof(its struct)) into a zeroed local, so older and newer
 * minors interoperate. A struct smaller than its v1.0 size is refused.
 *
 * Lifetime: the entry, the descriptor and every string and table they point to are static: they
 * live as long as the library stays loaded, and v1 hosts never unload a plugin.
 */
#ifndef ORDERHUB_ABI_PLUGIN_H
#define ORDERHUB_ABI_PLUGIN_H

#include "channel.h"
#include "host.h"
#include "invoice.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ORDERHUB_ABI_MAJOR 1
#define ORDERHUB_ABI_MINOR 0
#define ORDERHUB_PLUGIN_ENTRY_V1_SYMBOL "orderhub_plugin_entry_v1"

typedef enum orderhub_plugin_kind {
  ORDERHUB_PLUGIN_KIND_CHANNEL = 1,
  ORDERHUB_PLUGIN_KIND_INVOICE = 2
} orderhub_plugin_kind;

typedef struct orderhub_plugin_descriptor {
  uint32_t struct_size;
  /* An orderhub_plugin_kind. */
  int32_t kind;
  /* Reverse-DNS, unique, stable across versions: "org.orderhub.channel.cscart". [a-z0-9._-]. */
  const char* id;
  /* Human name, e.g. "CS-Cart". */
  const char* name;
  const char* vendor;
  /* Semantic version of the plugin, e.g. "1.2.0". */
  const char* version;
  /* One sentence; may be NULL. */
  const char* description;
  /* NULL-terminated list of capability names (see channel.h and invoice.h). */
  const char* const* capabilities;
  /*
   * Creates an instance for one configuration (a channel account's config, an invoice plugin's
   * settings): config is a UTF-8 JSON object, borrowed for the call. On OK stores the instance in
   * *instance. A config the plugin cannot use is INVALID_ARGUMENT with a message naming the key.
   * Must not perform network I/O. Any thread.
   */
  orderhub_status (*create)(const orderhub_host* host, const char* config, size_t config_size,
                            orderhub_instance** instance, orderhub_error* error);
  /* Destroys an instance created by create(). No call on it is in flight or follows. */
  void (*destroy)(orderhub_instance* instance);
  /* Kind CHANNEL: the channel interface (static); NULL otherwise. */
  const orderhub_channel_interface* channel;
  /* Kind INVOICE: the invoice interface (static); NULL otherwise. */
  const orderhub_invoice_interface* invoice;
} orderhub_plugin_descriptor;

typedef struct orderhub_plugin_entry {
  uint32_t struct_size;
  /* The ABI version the plugin was built against. */
  uint16_t abi_major;
  uint16_t abi_minor;
  const orderhub_plugin_descriptor* descriptor;
} orderhub_plugin_entry;

/* Marks the one symbol a plugin exports. */
#if defined(_WIN32)
#define ORDERHUB_PLUGIN_EXPORT __declspec(dllexport)
#else
#define ORDERHUB_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_PLUGIN_H */
