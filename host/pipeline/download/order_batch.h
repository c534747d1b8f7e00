// order_batch.h: reading one orderhub.order_batch/1 returned by a channel plugin. The envelope must
// be valid (else the whole page is refused); each order is checked on its own against the order
// schema and then read with from_document(), so a malformed order becomes a quarantine entry that
// names the order and the field while the rest of the page imports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/order.h"
#include "domain/result.h"
#include "pipeline/documents/field_result.h"

namespace orderhub::pipeline {

// An order of the page that cannot be imported, or a payload the plugin itself rejected.
struct RefusedOrder {
  std::optional<std::string> channel_order_id{};
  FieldError error{};  // field relative to the order ("lines/0/quantity"), as the plugin named it
  std::string raw{};   // the channel's payload when known, else the order document
};

struct OrderBatch {
  std::vector<domain::Order> orders{};
  std::vector<RefusedOrder> refused{};
  std::optional<std::string> next_page_token{};  // unset on the last page
};

// Errors (the page is refused whole): output that is not JSON, and an envelope that fails the
// schema, e.g. `the order batch is invalid: next_page_token: ...`.
domain::Result<OrderBatch> read_order_batch(std::string_view output,
                                            const domain::AccountId& account);

}  // namespace orderhub::pipeline
