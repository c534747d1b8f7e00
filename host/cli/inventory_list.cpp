// "orderhub inventory list [--json]": the hub's stock, one SKU per row.
#include <ostream>

#include "hub_access.h"
#include "inventory_commands.h"
#include "inventory_values.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

using nlohmann::ordered_json;

ordered_json optional_date_json(const std::optional<domain::Date>& date) {
  return date ? ordered_json(domain::format_date(*date)) : ordered_json(nullptr);
}

ordered_json item_json(const domain::InventoryItem& item) {
  ordered_json json = ordered_json::object();
  json["sku"] = item.sku;
  json["on_hand"] = item.on_hand;
  json["on_order"] = item.on_order;
  json["expected_date"] = optional_date_json(item.expected_date);
  json["container_on_order"] = item.container_on_order;
  json["container_eta"] = optional_date_json(item.container_eta);
  json["unit_cost"] = item.unit_cost
                          ? ordered_json{{"minor", item.unit_cost->minor},
                                         {"currency", std::string(item.unit_cost->currency.code())}}
                          : ordered_json(nullptr);
  return json;
}

void print_items(std::ostream& out, const std::vector<domain::InventoryItem>& items) {
  if (items.empty()) {
    out << "no inventory; `orderhub inventory set SKU --on-hand N` records some\n";
    return;
  }
  std::vector<std::vector<std::string>> rows = {{"SKU", "ON_HAND", "ON_ORDER", "EXPECTED",
                                                 "CONTAINER_ON_ORDER", "CONTAINER_ETA",
                                                 "UNIT_COST"}};
  for (const domain::InventoryItem& item : items) {
    rows.push_back({item.sku, std::to_string(item.on_hand), std::to_string(item.on_order),
                    date_text(item.expected_date), std::to_string(item.container_on_order),
                    date_text(item.container_eta),
                    item.unit_cost ? domain::to_string(*item.unit_cost) : "-"});
  }
  print_table(out, rows);
}

int list_inventory(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("[--json]",
                         "Lists the hub's stock by SKU: on hand, on purchase orders "
                         "and in shipping containers, with their dates.");
  options.add()("json", "print JSON");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  const std::vector<domain::InventoryItem> items = store->begin_read()->inventory().list();
  if (values->count("json") != 0) {
    ordered_json list = ordered_json::array();
    for (const domain::InventoryItem& item : items) {
      list.push_back(item_json(item));
    }
    print_json(context.out, list);
  } else {
    print_items(context.out, items);
  }
  return kExitSuccess;
}

}  // namespace

Command inventory_list_command() {
  return Command{"list", "list the hub's stock by SKU", &list_inventory};
}

}  // namespace orderhub::cli
