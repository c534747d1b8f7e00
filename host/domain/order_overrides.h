// order_overrides.h: what is decided for one order beside its channel data: the invoice plugin
// and template chosen for it, whether its shipments skip the upload to the channel, and its
// custom fields. Kept beside the order (not in it) because the channel never sends them.
#pragma once

#include <map>
#include <string>

#include "domain/ids.h"

namespace orderhub::domain {

struct OrderOverrides {
  OrderId order_id{};
  std::string invoice_plugin{};    // empty: the account's invoice.plugin
  std::string invoice_template{};  // empty: the account's invoice.template
  bool skip_fulfilment_upload = false;
  std::map<std::string, std::string> custom_fields{};

  friend bool operator==(const OrderOverrides&, const OrderOverrides&) = default;
};

}  // namespace orderhub::domain
