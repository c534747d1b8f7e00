/*
 * invoice.h: the interface of an invoice plugin (kind ORDERHUB_PLUGIN_KIND_INVOICE).
 *
 * Compatibility: later minor versions append function pointers; never reorder.
 */
#ifndef ORDERHUB_ABI_INVOICE_H
#define ORDERHUB_ABI_INVOICE_H

#include "instance.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct orderhub_invoice_interface {
  uint32_t struct_size;
  /*
   * "invoice.render": orderhub.render_request/1 -> the PDF bytes, written to pdf. One complete PDF
   * document per call. Must not crash or hang on hostile text (invalid UTF-8, huge strings).
   */
  orderhub_status (*render_pdf)(orderhub_instance* instance, const char* request,
                                size_t request_size, orderhub_writer* pdf, orderhub_error* error);
  /*
   * "template.check" (optional, NULL otherwise): orderhub.template_check/1 ->
   * orderhub.template_report/1, listing every problem of a template before it is used.
   */
  orderhub_document_call check_template;
} orderhub_invoice_interface;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_INVOICE_H */
