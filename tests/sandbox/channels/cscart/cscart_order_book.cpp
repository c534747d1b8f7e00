// The CS-Cart emulator's state and its rules; see cscart_order_book.h.
#include "channels/cscart/cscart_order_book.h"

#include <algorithm>

namespace orderhub::sandbox::cscart {

void touch(Order& order, std::int64_t now) {
  order.updated_at = std::max(order.updated_at, now);
}

void OrderBook::reset(GeneratedOrders generated) {
  orders_.clear();
  for (auto& order : generated.orders) {
    const std::int64_t order_id = order.order_id;
    orders_.emplace(order_id, std::move(order));
  }
  shipments_ = std::move(generated.shipments);
}

ListPage OrderBook::list(const ListQuery& query) const {
  std::vector<const Order*> matching;
  for (const auto& [order_id, order] : orders_) {
    if (order.status == OrderStatus::Incomplete) {
      continue;
    }
    if (query.updated_from && order.updated_at < *query.updated_from) {
      continue;
    }
    if (query.updated_to && order.updated_at >= *query.updated_to) {
      continue;
    }
    matching.push_back(&order);
  }
  std::stable_sort(matching.begin(), matching.end(),
                   [&query](const Order* left, const Order* right) {
                     const auto left_key = std::pair{left->timestamp, left->order_id};
                     const auto right_key = std::pair{right->timestamp, right->order_id};
                     return query.sort_order == SortOrder::Ascending ? left_key < right_key
                                                                     : right_key < left_key;
                   });

  ListPage page;
  page.total_items = static_cast<std::int64_t>(matching.size());
  const std::int64_t first = (query.page - 1) * query.items_per_page;
  for (std::int64_t index = first; index < first + query.items_per_page && index < page.total_items;
       ++index) {
    page.orders.push_back(matching[static_cast<std::size_t>(index)]);
  }
  return page;
}

const Order* OrderBook::find(std::int64_t order_id) const {
  const auto found = orders_.find(order_id);
  return found == orders_.end() ? nullptr : &found->second;
}

std::int64_t OrderBook::next_order_id() const {
  return orders_.empty() ? first_generated_order_id : orders_.rbegin()->first + 1;
}

std::vector<const Order*> OrderBook::all_orders() const {
  std::vector<const Order*> all;
  for (const auto& [order_id, order] : orders_) {
    all.push_back(&order);
  }
  return all;
}

std::vector<const Shipment*> OrderBook::shipments(std::optional<std::int64_t> order_id) const {
  std::vector<const Shipment*> matching;
  for (const auto& shipment : shipments_) {
    if (!order_id || shipment.order_id == *order_id) {
      matching.push_back(&shipment);
    }
  }
  return matching;
}

std::variant<const Shipment*, ApiError> OrderBook::ship(const ShipmentRequest& request,
                                                        std::int64_t now) {
  const auto found = orders_.find(request.order_id);
  if (found == orders_.end()) {
    return ApiError{404, "order " + std::to_string(request.order_id) + " not found"};
  }
  Order& order = found->second;

  // Validate every line before changing anything, so a refused shipment leaves no trace.
  std::map<std::string, std::int64_t> requested;
  for (const auto& [item_id, quantity] : request.products) {
    requested[item_id] += quantity;
  }
  for (const auto& [item_id, quantity] : requested) {
    const auto item = std::find_if(order.products.begin(), order.products.end(),
                                   [&](const CartItem& line) { return line.item_id == item_id; });
    if (item == order.products.end()) {
      return ApiError{400, "products." + item_id + ": item " + item_id + " is not in order " +
                               std::to_string(order.order_id)};
    }
    const std::int64_t remaining = item->amount - item->shipped_amount;
    if (quantity > remaining) {
      return ApiError{400, "products." + item_id + ": quantity " + std::to_string(quantity) +
                               " exceeds the " + std::to_string(remaining) +
                               " not yet shipped of item " + item_id};
    }
  }

  for (auto& item : order.products) {
    if (const auto line = requested.find(item.item_id); line != requested.end()) {
      item.shipped_amount += line->second;
    }
  }
  if (request.order_status) {
    order.status = *request.order_status;
  }
  touch(order, now);

  Shipment shipment;
  shipment.shipment_id = shipments_.empty() ? 1 : shipments_.back().shipment_id + 1;
  shipment.order_id = order.order_id;
  shipment.timestamp = now;
  shipment.shipping_id = request.shipping_id;
  shipment.shipping = request.shipping;
  shipment.carrier = request.carrier;
  shipment.tracking_number = request.tracking_number;
  shipment.comments = request.comments;
  shipment.products = request.products;
  shipments_.push_back(std::move(shipment));
  return &shipments_.back();
}

std::optional<ApiError> OrderBook::update(std::int64_t order_id, const OrderUpdateRequest& update,
                                          std::int64_t now) {
  const auto found = orders_.find(order_id);
  if (found == orders_.end()) {
    return ApiError{404, "order " + std::to_string(order_id) + " not found"};
  }
  Order& order = found->second;
  if (update.status) {
    order.status = *update.status;
  }
  if (update.details) {
    order.details += (order.details.empty() ? "" : "\n") + *update.details;
  }
  touch(order, now);
  return std::nullopt;
}

void OrderBook::put(Order order) {
  const std::int64_t order_id = order.order_id;
  orders_.insert_or_assign(order_id, std::move(order));
}

}  // namespace orderhub::sandbox::cscart
