/*
 * channel.h: the interface of a channel plugin (kind ORDERHUB_PLUGIN_KIND_CHANNEL).
 *
 * Every call takes an orderhub document and answers with one; the JSON Schemas in plugin-api/schema/
 * describe both, and the host validates what it receives. A function pointer is NULL exactly when
 * the plugin does not declare the matching capability; the host then never offers that action for
 * the channel (e.g. a channel without "cancel.channel" can only be cancelled inside the hub).
 *
 * Idempotency: every write document carries "idempotency_key". The host may repeat a write whose
 * outcome it did not learn (timeout, dropped connection, crash); the plugin makes the repeat
 * harmless (check before re-sending, or pass the key to the channel) and answers OK with
 * "already_applied": true when the effect is already there.
 *
 * Compatibility: later minor versions append function pointers; never reorder.
 */
#ifndef ORDERHUB_ABI_CHANNEL_H
#define ORDERHUB_ABI_CHANNEL_H

#include "instance.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct orderhub_channel_interface {
  uint32_t struct_size;
  /* "orders.download": orderhub.download_request/1 -> orderhub.order_batch/1 (one page). */
  orderhub_document_call download_orders_page;
  /* "orders.acknowledge": orderhub.acknowledgement/1 -> orderhub.delivery_result/1. Called only
   * after the orders are durably stored. */
  orderhub_document_call acknowledge_orders;
  /* "shipment.upload": orderhub.shipment/1 -> orderhub.delivery_result/1. */
  orderhub_document_call upload_shipment;
  /* "cancel.channel": orderhub.cancellation/1 -> orderhub.delivery_result/1. */
  orderhub_document_call cancel_order;
  /* "refund.channel": orderhub.refund/1 -> orderhub.delivery_result/1. */
  orderhub_document_call refund_order;
  /* "invoice.upload": orderhub.invoice_upload/1 -> orderhub.delivery_result/1. */
  orderhub_document_call upload_invoice;
  /* "inventory.backorder": orderhub.inventory_update/1 -> orderhub.delivery_result/1. */
  orderhub_document_call push_inventory;
} orderhub_channel_interface;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_CHANNEL_H */
