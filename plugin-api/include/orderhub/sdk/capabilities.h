// orderhub/sdk/capabilities.h: the capability names of ABI v1, and which interface function each
// one switches on. A plugin lists its capabilities once, in ORDERHUB_CHANNEL_PLUGIN or
// ORDERHUB_INVOICE_PLUGIN; other names are allowed and simply listed in the descriptor.
#ifndef ORDERHUB_SDK_CAPABILITIES_H
#define ORDERHUB_SDK_CAPABILITIES_H

namespace orderhub::sdk::capability {

// Channel capabilities, each with the channel_interface function it requires.
inline constexpr const char* orders_download = "orders.download";          // download_orders_page
inline constexpr const char* orders_acknowledge = "orders.acknowledge";    // acknowledge_orders
inline constexpr const char* shipment_upload = "shipment.upload";          // upload_shipment
inline constexpr const char* cancel_channel = "cancel.channel";            // cancel_order
inline constexpr const char* refund_channel = "refund.channel";            // refund_order
inline constexpr const char* invoice_upload = "invoice.upload";            // upload_invoice
inline constexpr const char* inventory_backorder = "inventory.backorder";  // push_inventory

// Invoice capabilities: every invoice plugin renders; checking templates is optional.
inline constexpr const char* invoice_render = "invoice.render";  // render_pdf
inline constexpr const char* template_check = "template.check";  // check_template

}  // namespace orderhub::sdk::capability

#endif  // ORDERHUB_SDK_CAPABILITIES_H
