// inventory_repository.h: the hub's stock per SKU.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/inventory.h"

namespace orderhub::store {

class InventoryRepository {
 public:
  virtual ~InventoryRepository() = default;

  virtual std::optional<domain::InventoryItem> find(std::string_view sku) = 0;
  // Creates or replaces the item with item.sku.
  virtual void put(const domain::InventoryItem& item) = 0;
  // All items, by SKU.
  virtual std::vector<domain::InventoryItem> list() = 0;
  // Adds delta (negative to take stock out) to on_hand, creating the item with zero stock when
  // the SKU is new (a restock of a SKU never stocked before), and returns the new on_hand.
  virtual std::int64_t adjust_on_hand(std::string_view sku, std::int64_t delta) = 0;
};

}  // namespace orderhub::store
