/*
 * instance.h: the opaque handle of a created plugin instance, and the one shape shared by every
 * document-in / document-out call.
 */
#ifndef ORDERHUB_ABI_INSTANCE_H
#define ORDERHUB_ABI_INSTANCE_H

#include "writer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Plugin-owned state behind create()/destroy(). The host never looks inside. */
typedef struct orderhub_instance orderhub_instance;

/*
 * A call that takes one UTF-8 JSON document and answers with one.
 *
 * request / request_size: the input document, borrowed for the call (not NUL-terminated).
 * response: the caller's writer; the callee writes exactly one JSON document into it on OK.
 * error: the caller's error struct; filled on any status other than OK.
 * Thread: the host never calls one instance from two threads at once.
 */
typedef orderhub_status (*orderhub_document_call)(orderhub_instance* instance, const char* request,
                                                  size_t request_size, orderhub_writer* response,
                                                  orderhub_error* error);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_INSTANCE_H */
