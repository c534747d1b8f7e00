/*
 * services/clock.h: "orderhub.clock/1", the host's notion of now. Plugins ask the host instead of
 * the system so that tests can move time (token expiry, "one month ahead" dates).
 */
#ifndef ORDERHUB_ABI_SERVICES_CLOCK_H
#define ORDERHUB_ABI_SERVICES_CLOCK_H

#include "../host.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ORDERHUB_SERVICE_CLOCK "orderhub.clock/1"

typedef struct orderhub_clock_service {
  uint32_t struct_size;
  /* Milliseconds since 1970-01-01T00:00:00Z. Any thread. */
  int64_t (*now_unix_ms)(const orderhub_host* host);
} orderhub_clock_service;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_SERVICES_CLOCK_H */
