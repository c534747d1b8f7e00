// "orderhub inventory set SKU [--on-hand N] [--on-order N] [--expected-date YYYY-MM-DD]
// [--container-on-order N] [--container-eta YYYY-MM-DD] [--unit-cost MONEY]": records the hub's
// stock of one SKU. Options not given keep their stored value, so a purchase order's date can be
// updated without restating the stock.
#include <ostream>

#include "hub_access.h"
#include "inventory_commands.h"
#include "inventory_values.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

namespace po = boost::program_options;

// Every check before anything is written: one bad option changes nothing.
domain::Result<domain::InventoryItem> apply_options(domain::InventoryItem item,
                                                    const po::variables_map& values) {
  const auto given = [&](const char* name) -> std::optional<std::string> {
    if (values.count(name) == 0) {
      return std::nullopt;
    }
    return values[name].as<std::string>();
  };
  for (auto [name, field] :
       {std::pair{"on-hand", &domain::InventoryItem::on_hand},
        std::pair{"on-order", &domain::InventoryItem::on_order},
        std::pair{"container-on-order", &domain::InventoryItem::container_on_order}}) {
    if (const auto text = given(name)) {
      auto count = parse_count_option(std::string("--") + name, *text);
      if (!count) {
        return count.error();
      }
      item.*field = *count;
    }
  }
  for (auto [name, field] : {std::pair{"expected-date", &domain::InventoryItem::expected_date},
                             std::pair{"container-eta", &domain::InventoryItem::container_eta}}) {
    if (const auto text = given(name)) {
      auto date = parse_optional_date_option(std::string("--") + name, *text);
      if (!date) {
        return date.error();
      }
      item.*field = *date;
    }
  }
  if (given("unit-cost") && given("cost")) {
    return domain::Error{"--cost and --unit-cost are the same value: give one"};
  }
  for (const char* name : {"unit-cost", "cost"}) {
    const auto text = given(name);
    if (!text) {
      continue;
    }
    auto cost = parse_unit_cost_option(std::string("--") + name, *text);
    if (!cost) {
      return cost.error();
    }
    item.unit_cost = *cost;
  }
  return item;
}

domain::Result<std::string> checked_sku(const std::string& sku) {
  if (sku.empty()) {
    return domain::Error{"SKU: the SKU is empty"};
  }
  for (char character : sku) {
    if (static_cast<unsigned char>(character) < 0x20) {
      return domain::Error{"SKU: " + domain::quoted(sku) + " contains a control character"};
    }
  }
  return sku;
}

int set_inventory(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "SKU [--on-hand N] [--on-order N] [--expected-date YYYY-MM-DD] [--container-on-order N] "
      "[--container-eta YYYY-MM-DD] [--unit-cost MONEY | --cost MONEY]",
      "Records the hub's stock of one SKU, creating it when new. Options not given keep their\n"
      "stored value; a date given as \"\" is cleared. Counts are whole numbers, zero or more.");
  options.add_positional("SKU", 1, "the product's SKU");
  options.add()("on-hand", po::value<std::string>()->value_name("N"), "units in stock")(
      "on-order", po::value<std::string>()->value_name("N"), "units on purchase orders")(
      "expected-date", po::value<std::string>()->value_name("YYYY-MM-DD"),
      "when the purchase order is expected (\"\" clears it)")(
      "container-on-order", po::value<std::string>()->value_name("N"),
      "units in shipping containers")("container-eta",
                                      po::value<std::string>()->value_name("YYYY-MM-DD"),
                                      "the container's estimated arrival (\"\" clears it)")(
      "unit-cost", po::value<std::string>()->value_name("MONEY"),
      "cost of one unit, amount and currency: \"12.34 USD\" (\"\" clears it)")(
      "cost", po::value<std::string>()->value_name("MONEY"),
      "the same as --unit-cost: the item cost the P&L counts per unit sold");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("SKU") == 0) {
    return usage_error(context, "the SKU is missing");
  }
  auto sku = checked_sku((*values)["SKU"].as<std::vector<std::string>>().front());
  if (!sku) {
    return usage_error(context, sku.error().message);
  }
  // Check the options against an empty item first, so a bad value is a usage error that never
  // opens the database.
  if (auto checked = apply_options(domain::InventoryItem{}, *values); !checked) {
    return usage_error(context, checked.error().message);
  }

  const auto store = open_hub_store(context);
  const domain::InventoryItem item =
      store::in_write_transaction(*store, [&](store::Transaction& transaction) {
        domain::InventoryItem stored =
            transaction.inventory().find(*sku).value_or(domain::InventoryItem{*sku});
        domain::InventoryItem changed = apply_options(stored, *values).value();
        transaction.inventory().put(changed);
        return changed;
      });
  context.out << item.sku << ": on hand " << item.on_hand << ", on order " << item.on_order
              << " (expected " << date_text(item.expected_date) << "), in containers "
              << item.container_on_order << " (arriving " << date_text(item.container_eta) << ")"
              << (item.unit_cost ? ", unit cost " + domain::to_string(*item.unit_cost) : "")
              << "\n";
  return kExitSuccess;
}

}  // namespace

Command inventory_set_command() {
  return Command{"set", "record the stock of one SKU (on hand, on order, dates, unit cost)",
                 &set_inventory};
}

}  // namespace orderhub::cli
