/*
 * services/kv.h: "orderhub.kv/1", durable key-value state private to one plugin instance (one
 * channel account): access tokens, channel-side bookkeeping. Download cursors do NOT belong here:
 * the host commits them with the orders they cover (see channel.h).
 */
#ifndef ORDERHUB_ABI_SERVICES_KV_H
#define ORDERHUB_ABI_SERVICES_KV_H

#include "../host.h"
#include "../writer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ORDERHUB_SERVICE_KV "orderhub.kv/1"

typedef struct orderhub_kv_service {
  uint32_t struct_size;
  /* Writes the value of key (NUL-terminated UTF-8) to value; NOT_FOUND when absent. */
  orderhub_status (*get)(const orderhub_host* host, const char* key, orderhub_writer* value,
                         orderhub_error* error);
  /* Stores value (value_size bytes, borrowed) under key, durably, replacing any earlier value. */
  orderhub_status (*put)(const orderhub_host* host, const char* key, const char* value,
                         size_t value_size, orderhub_error* error);
  /* Removes key; OK also when it was absent. */
  orderhub_status (*remove)(const orderhub_host* host, const char* key, orderhub_error* error);
} orderhub_kv_service;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_SERVICES_KV_H */
