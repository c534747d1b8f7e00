/*
 * host.h: what the host gives a plugin instance.
 *
 * The host passes one orderhub_host to each create() call. It is owned by the host and stays valid
 * until destroy() of that instance has returned. Its identity tells the host's services which
 * instance is calling (the key-value store is per instance), so a plugin passes back the same
 * pointer it was given.
 *
 * Services are fetched by id (see services/): a NULL result means the host does not offer that
 * service or version, and the plugin must cope or fail create() with FAILED_PRECONDITION.
 *
 * Compatibility: later minor versions append fields; plugins read min(struct_size, sizeof).
 */
#ifndef ORDERHUB_ABI_HOST_H
#define ORDERHUB_ABI_HOST_H

#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct orderhub_host {
  uint32_t struct_size;
  /* The ABI version the host implements. */
  uint16_t abi_major;
  uint16_t abi_minor;
  /* The host's own version, semver, NUL-terminated. */
  const char* host_version;
  /* Private to the host. Plugins must not read or write it. */
  void* host_data;
  /*
   * Returns the service table for service_id (e.g. ORDERHUB_SERVICE_HTTP), or NULL. The table lives
   * as long as the host struct. Any thread.
   */
  const void* (*get_service)(const struct orderhub_host* host, const char* service_id);
} orderhub_host;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_HOST_H */
