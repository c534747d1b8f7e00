// Generating, checking and rendering the Cdiscount emulator's orders.
#include "channels/cdiscount/cdiscount_orders.h"

#include "core/decimal_text.h"
#include "core/deterministic_random.h"

#include <array>
#include <cstdio>
#include <span>

namespace orderhub::sandbox::cdiscount {
namespace {

using nlohmann::json;

constexpr std::int64_t seconds_per_day = 86400;
constexpr std::int64_t generation_window = 30 * seconds_per_day;
constexpr std::uint64_t channel_salt = 0xCD15C0;

struct Person {
  const char* first_name;
  const char* last_name;
};
constexpr std::array<Person, 8> people{{{"Éloïse", "Dubois"},
                                        {"François", "Lefèvre"},
                                        {"Zoë", "Müller"},
                                        {"Aurélie", "Côté"},
                                        {"Jérôme", "Giraud"},
                                        {"Maëlle", "Besançon"},
                                        {"Noël", "Pérez"},
                                        {"Inès", "Benoît"}}};

struct Place {
  const char* street;
  const char* zip;
  const char* city;
};
constexpr std::array<Place, 6> places{{{"12 rue de la Paix", "75002", "Paris"},
                                       {"3 place du Martroi", "45000", "Orléans"},
                                       {"8 allée des Tilleuls", "25000", "Besançon"},
                                       {"41 boulevard Gambetta", "30000", "Nîmes"},
                                       {"5 rue Élisée Reclus", "42000", "Saint-Étienne"},
                                       {"27 quai Saint-Clair", "69001", "Lyon"}}};

struct Product {
  const char* seller_product_id;
  const char* ean;
  const char* name;
  std::int64_t unit_cents;
};
constexpr std::array<Product, 6> products{
    {{"MUG-CERAM-01", "3760123450011", "Mug céramique 35 cl", 1290},
     {"THE-VERT-100", "3760123450028", "Thé vert bio 100 g", 749},
     {"LAMPE-LED-07", "3760123450035", "Lampe LED à pince", 2499},
     {"SAC-TOILE-02", "3760123450042", "Sac en toile écrue", 999},
     {"CAHIER-A5-10", "3760123450059", "Cahier A5 à spirale", 350},
     {"BOUGIE-SOJA", "3760123450066", "Bougie parfumée soja", 1575}}};

constexpr std::array<const char*, 4> shipping_codes{"STD", "TRK", "REC", "RCO"};

// The states and how often each is drawn (out of 100).
struct WeightedState {
  const char* state;
  int weight;
};
constexpr std::array<WeightedState, 9> state_mix{{{"WaitingForShipmentAcceptation", 55},
                                                  {"Shipped", 10},
                                                  {"PaymentInProgress", 8},
                                                  {"WaitingForSellerAcceptation", 8},
                                                  {"AcceptedBySeller", 5},
                                                  {"CancelledByCustomer", 6},
                                                  {"RefusedBySeller", 3},
                                                  {"AutomaticCancellation", 3},
                                                  {"PaymentRefused", 2}}};

const char* draw_state(DeterministicRandom& random) {
  auto roll = static_cast<int>(random.below(100));
  for (const WeightedState& entry : state_mix) {
    if (roll < entry.weight) {
      return entry.state;
    }
    roll -= entry.weight;
  }
  return state_mix[0].state;
}

std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

std::string order_number(DeterministicRandom& random, std::int64_t created_at) {
  // Cdiscount numbers read like 1904291413BT4WY: yyMMddHHmm and five letters or digits.
  std::string number = wire_time(created_at);
  number = number.substr(2, 2) + number.substr(5, 2) + number.substr(8, 2) + number.substr(11, 2) +
           number.substr(14, 2);
  static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  for (int index = 0; index < 5; ++index) {
    number += alphabet[random.below(sizeof(alphabet) - 1)];
  }
  return number;
}

json address_of(const Person& person, const Place& place) {
  return json{{"FirstName", person.first_name},
              {"LastName", person.last_name},
              {"CompanyName", ""},
              {"Street", place.street},
              {"Address1", ""},
              {"Address2", ""},
              {"ZipCode", place.zip},
              {"City", place.city},
              {"Country", "FR"}};
}

json make_order(DeterministicRandom& random, std::int64_t created_at, std::int64_t latest,
                const char* state) {
  const Person& buyer = random.pick(std::span<const Person>(people));
  const Person& recipient =
      random.chance(0.8) ? buyer : random.pick(std::span<const Person>(people));
  const Place& place = random.pick(std::span<const Place>(places));
  const std::int64_t modified_at =
      std::min(created_at + random.between(0, 2 * seconds_per_day), std::max(latest, created_at));

  json lines = json::array();
  std::int64_t shipping_cents = 0;
  const std::int64_t line_count = random.between(1, 3);
  std::array<bool, products.size()> used{};
  for (std::int64_t index = 0; index < line_count; ++index) {
    auto choice = static_cast<std::size_t>(random.below(products.size()));
    while (used[choice]) {
      choice = (choice + 1) % products.size();
    }
    used[choice] = true;
    const Product& product = products[choice];
    const std::int64_t quantity = random.between(1, 3);
    const std::int64_t unit_shipping = random.chance(0.5) ? 0 : 199 + 100 * random.between(0, 3);
    shipping_cents += unit_shipping * quantity;
    const bool shipped = std::string_view(state) == "Shipped";
    lines.push_back({{"SellerProductId", product.seller_product_id},
                     {"Sku", std::string("SKU") + product.ean},
                     {"ProductEan", product.ean},
                     {"Name", product.name},
                     {"Quantity", quantity},
                     {"PurchasePrice", format_minor_units(product.unit_cents * quantity)},
                     {"UnitShippingCharges", format_minor_units(unit_shipping)},
                     {"ProductCondition", "New"},
                     {"AcceptationState", shipped ? "ShippedBySeller" : "None"}});
  }
  json order = {
      {"OrderNumber", order_number(random, created_at)},
      {"OrderState", state},
      {"CreationDate", wire_time(created_at)},
      {"ModifiedDate", wire_time(modified_at)},
      {"Customer",
       {{"FirstName", buyer.first_name},
        {"LastName", buyer.last_name},
        {"EncryptedEmail", "c." + std::to_string(random.below(1000000000)) + "@clemarche.com"},
        {"Phone", ""},
        {"MobilePhone", "06" + std::to_string(10000000 + random.below(89999999))}}},
      {"BillingAddress", address_of(buyer, place)},
      {"ShippingAddress", address_of(recipient, place)},
      {"ShippingCode", random.pick(std::span<const char* const>(shipping_codes))},
      {"InitialTotalShippingChargesAmount", format_minor_units(shipping_cents)},
      {"OrderLineList", std::move(lines)},
      {"ParcelList", json::array()}};
  order["InitialTotalAmount"] = format_minor_units(computed_total_cents(order));
  if (std::string_view(state) == "Shipped") {
    order["ParcelList"].push_back(
        {{"ExternalCarrierName", "Colissimo"},
         {"ParcelNumber", "6A" + std::to_string(100000000 + random.below(899999999))},
         {"TrackingUrl", ""}});
  }
  return order;
}

std::uint64_t epoch_of(std::uint64_t seed) {
  // 2020-09-13 plus up to 1000 days: reproducible, and always before today.
  return 1'600'000'000 + seed % 1000 * seconds_per_day;
}

void append_xml(std::string& xml, const std::string& name, const json& value);

std::string item_name(const std::string& list_name) {
  if (list_name == "OrderLineList") {
    return "OrderLine";
  }
  if (list_name == "ParcelList") {
    return "Parcel";
  }
  return "Item";
}

std::string escaped(std::string_view text) {
  std::string out;
  for (const char letter : text) {
    switch (letter) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += letter;
    }
  }
  return out;
}

void append_xml(std::string& xml, const std::string& name, const json& value) {
  if (value.is_null()) {
    xml += "<" + name + " i:nil=\"true\"/>";
    return;
  }
  xml += "<" + name + ">";
  if (value.is_object()) {
    for (const auto& item : value.items()) {
      append_xml(xml, item.key(), item.value());
    }
  } else if (value.is_array()) {
    for (const json& item : value) {
      append_xml(xml, item_name(name), item);
    }
  } else if (value.is_string()) {
    xml += escaped(value.get<std::string>());
  } else {
    xml += value.dump();
  }
  xml += "</" + name + ">";
}

}  // namespace

std::string wire_time(std::int64_t unix_seconds) {
  std::int64_t days = unix_seconds / seconds_per_day;
  std::int64_t second_of_day = unix_seconds % seconds_per_day;
  if (second_of_day < 0) {
    second_of_day += seconds_per_day;
    days -= 1;
  }
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const unsigned month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  const std::int64_t year =
      static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0);
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%04lld-%02u-%02uT%02d:%02d:%02d",
                static_cast<long long>(year), month, day, static_cast<int>(second_of_day / 3600),
                static_cast<int>(second_of_day / 60 % 60), static_cast<int>(second_of_day % 60));
  return buffer;
}

std::optional<std::int64_t> unix_seconds_from_wire(std::string_view text) {
  if (text.size() < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':') {
    return std::nullopt;
  }
  const auto number = [&](std::size_t at, std::size_t length) -> std::optional<std::int64_t> {
    return parse_integer(text.substr(at, length));
  };
  const auto year = number(0, 4);
  const auto month = number(5, 2);
  const auto day = number(8, 2);
  const auto hour = number(11, 2);
  const auto minute = number(14, 2);
  const auto second = number(17, 2);
  if (!year || !month || !day || !hour || !minute || !second || *month < 1 || *month > 12 ||
      *day < 1 || *day > 31 || *hour > 23 || *minute > 59 || *second > 59) {
    return std::nullopt;
  }
  const std::int64_t days =
      days_from_civil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
  return days * seconds_per_day + *hour * 3600 + *minute * 60 + *second;
}

std::int64_t computed_total_cents(const json& order) {
  std::int64_t total =
      minor_units_from_json(order.value("InitialTotalShippingChargesAmount", json("0")))
          .value_or(0);
  for (const json& line : order.value("OrderLineList", json::array())) {
    total += minor_units_from_json(line.value("PurchasePrice", json("0"))).value_or(0);
  }
  return total;
}

json generate_order(std::uint64_t seed, std::int64_t index, std::int64_t now) {
  DeterministicRandom random(derive_seed(seed, channel_salt + static_cast<std::uint64_t>(index)));
  return make_order(random, now, now, "WaitingForShipmentAcceptation");
}

std::vector<json> generate_orders(std::uint64_t seed, std::int64_t count) {
  DeterministicRandom random(derive_seed(seed, channel_salt));
  const auto epoch = static_cast<std::int64_t>(epoch_of(seed));
  std::vector<std::int64_t> created;
  for (std::int64_t index = 0; index < count; ++index) {
    created.push_back(epoch - random.between(1, generation_window));
  }
  std::sort(created.begin(), created.end());
  std::vector<json> orders;
  for (const std::int64_t created_at : created) {
    orders.push_back(make_order(random, created_at, epoch, draw_state(random)));
  }
  return orders;
}

std::optional<std::string> order_problem(const json& order) {
  if (!order.is_object()) {
    return "the order must be a JSON object";
  }
  if (!order.contains("OrderNumber") || !order["OrderNumber"].is_string() ||
      order["OrderNumber"].get<std::string>().empty()) {
    return "OrderNumber must be a non-empty string";
  }
  for (const char* key : {"OrderState", "CreationDate", "ModifiedDate"}) {
    if (!order.contains(key) || !order[key].is_string()) {
      return std::string(key) + " must be a string";
    }
  }
  for (const char* key : {"CreationDate", "ModifiedDate"}) {
    if (!unix_seconds_from_wire(order[key].get<std::string>())) {
      return std::string(key) + " \"" + order[key].get<std::string>() +
             "\" is not a time such as 2020-09-13T12:26:40";
    }
  }
  if (!order.contains("OrderLineList") || !order["OrderLineList"].is_array()) {
    return "OrderLineList must be a list";
  }
  if (!order.contains("ParcelList") || !order["ParcelList"].is_array()) {
    return "ParcelList must be a list";
  }
  return std::nullopt;
}

std::string order_to_xml(const json& order, bool with_lines) {
  json shown = order;
  if (!with_lines) {
    shown.erase("OrderLineList");
  }
  std::string xml;
  append_xml(xml, "Order", shown);
  return xml;
}

}  // namespace orderhub::sandbox::cdiscount
