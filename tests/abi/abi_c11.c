/*
 * abi_c11.c: the ABI headers compiled as strict C11 with every warning an error, plus the layout
 * assertions of abi_layout.h. Running it also makes one call through a writer, the way a plugin
 * written in C would.
 */
#include "abi_layout.h"

static orderhub_status count_bytes(void* context, const char* data, size_t size) {
  (void)data;
  *(size_t*)context += size;
  return ORDERHUB_STATUS_OK;
}

int main(void) {
  size_t written = 0;
  orderhub_writer writer = {sizeof(orderhub_writer), &written, count_bytes};
  orderhub_status status = writer.write(writer.context, "{}", 2);
  return status == ORDERHUB_STATUS_OK && written == 2 ? 0 : 1;
}
