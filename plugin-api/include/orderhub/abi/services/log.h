/*
 * services/log.h: "orderhub.log/1", the host's log. Plugins log through it so that every line
 * lands in the operator's log with the plugin and account attached.
 */
#ifndef ORDERHUB_ABI_SERVICES_LOG_H
#define ORDERHUB_ABI_SERVICES_LOG_H

#include "../host.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ORDERHUB_SERVICE_LOG "orderhub.log/1"

typedef enum orderhub_log_level {
  ORDERHUB_LOG_TRACE = 0,
  ORDERHUB_LOG_DEBUG = 1,
  ORDERHUB_LOG_INFO = 2,
  ORDERHUB_LOG_WARN = 3,
  ORDERHUB_LOG_ERROR = 4
} orderhub_log_level;

typedef struct orderhub_log_service {
  uint32_t struct_size;
  /*
   * Logs message (UTF-8, message_size bytes, borrowed for the call) at level. The plugin must not
   * pass secrets; the host also masks the instance's known secrets. Any thread.
   */
  void (*log)(const orderhub_host* host, int32_t level, const char* message, size_t message_size);
} orderhub_log_service;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_SERVICES_LOG_H */
