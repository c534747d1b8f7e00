/*
 * writer.h: how a callee hands variable-sized output (JSON documents, PDF bytes, HTTP bodies) back
 * to its caller without either side freeing the other's memory.
 *
 * The CALLER owns the writer and everything behind it. The callee calls write() zero or more times
 * during the call, and never after it returns; each call appends bytes. The bytes passed to write()
 * are borrowed only for the duration of that write() call: the caller copies what it keeps.
 */
#ifndef ORDERHUB_ABI_WRITER_H
#define ORDERHUB_ABI_WRITER_H

#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct orderhub_writer {
  uint32_t struct_size;
  /* Opaque to the callee; passed back to write() unchanged. */
  void* context;
  /*
   * Appends size bytes. Returns ORDERHUB_STATUS_OK, or RESOURCE_EXHAUSTED when the caller refuses
   * more output (its size limit is reached); the callee must then stop and return that status.
   * Thread: the thread the enclosing call was made on.
   */
  orderhub_status (*write)(void* context, const char* data, size_t size);
} orderhub_writer;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_WRITER_H */
