/*
 * services/http.h: "orderhub.http/1", the host's HTTP client. Plugins translate between a channel's
 * wire format and orderhub documents; the host owns sockets, TLS, timeouts and request logging
 * (with secrets masked), so that every channel behaves the same under faults.
 */
#ifndef ORDERHUB_ABI_SERVICES_HTTP_H
#define ORDERHUB_ABI_SERVICES_HTTP_H

#include "../host.h"
#include "../writer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ORDERHUB_SERVICE_HTTP "orderhub.http/1"

/* Owned by the plugin; borrowed by the host for the duration of send(). */
typedef struct orderhub_http_request {
  uint32_t struct_size;
  /* 0: the account's timeout_ms, else the host default. */
  uint32_t timeout_ms;
  /* "GET", "POST", "PUT", "PATCH" or "DELETE". */
  const char* method;
  /* Absolute http:// or https:// URL, NUL-terminated. */
  const char* url;
  /* Zero or more "Name: value\r\n" lines, NUL-terminated; may be NULL. */
  const char* headers;
  /* Request body, body_size bytes; may be NULL when body_size is 0. */
  const char* body;
  size_t body_size;
  /*
   * NULL-terminated list of strings that the host must mask wherever it logs this request (API keys,
   * tokens); may be NULL. The Authorization header is always masked.
   */
  const char* const* secrets;
} orderhub_http_request;

/* Owned by the plugin; the host fills status_code and retry_after_ms and streams into the writers. */
typedef struct orderhub_http_response {
  uint32_t struct_size;
  /* The HTTP status code of the response, e.g. 200. */
  int32_t status_code;
  /* Parsed from Retry-After (delta-seconds or HTTP-date), in ms from now; 0 when absent. */
  uint32_t retry_after_ms;
  uint32_t reserved;
  /* Optional (may be NULL): receives the headers as "name: value\r\n" lines, names lower-cased. */
  orderhub_writer* headers;
  /* Optional (may be NULL): receives the body. */
  orderhub_writer* body;
} orderhub_http_response;

typedef struct orderhub_http_service {
  uint32_t struct_size;
  /*
   * Sends one request and waits for the response. Returns OK when any HTTP response arrived (the
   * caller inspects status_code), UNAVAILABLE when the connection failed or was dropped,
   * DEADLINE_EXCEEDED on timeout, INVALID_ARGUMENT for a malformed request. The host never retries:
   * whether a write may be repeated is the caller's decision. Blocking; call it only from inside a
   * call the host made to the plugin, on that thread.
   */
  orderhub_status (*send)(const orderhub_host* host, const orderhub_http_request* request,
                          orderhub_http_response* response, orderhub_error* error);
} orderhub_http_service;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_SERVICES_HTTP_H */
