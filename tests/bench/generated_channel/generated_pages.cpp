// generated_pages.cpp: see generated_pages.h. Built as C++17, like any plugin.
#include "generated_pages.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>

namespace orderhub::bench {
namespace {

// SplitMix64: a fixed, portable sequence, so every run and both modes see the same orders.
class Sequence {
 public:
  explicit Sequence(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t value = (state_ += 0x9E3779B97F4A7C15ULL);
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
  }
  std::int64_t below(std::int64_t bound) { return static_cast<std::int64_t>(next() % bound); }

 private:
  std::uint64_t state_;
};

nlohmann::json money(std::int64_t minor) {
  return {{"minor", minor}, {"currency", "EUR"}};
}

std::string timestamp_for(std::int64_t order_number) {
  // One order a minute from 2026-01-01, well inside any download window.
  const std::int64_t minutes = order_number;
  const std::int64_t day = minutes / 1440;
  char text[48];
  std::snprintf(text, sizeof(text), "2026-%02lld-%02lldT%02lld:%02lld:00Z",
                static_cast<long long>(1 + (day / 28) % 12), static_cast<long long>(1 + day % 28),
                static_cast<long long>((minutes / 60) % 24), static_cast<long long>(minutes % 60));
  return text;
}

nlohmann::json generated_order(std::uint64_t seed, std::int64_t order_number) {
  static const std::array<const char*, 6> names = {"Zoë Müller",   "Łukasz Nowak", "Ελένη Παππά",
                                                   "Иван Петров", "山田 太郎",     "Camille Dupré"};
  static const std::array<const char*, 4> countries = {"DE", "FR", "PL", "GR"};
  Sequence random(seed * 1000003ULL + static_cast<std::uint64_t>(order_number));
  const char* name = names[random.below(names.size())];
  nlohmann::json lines = nlohmann::json::array();
  std::int64_t items = 0;
  const std::int64_t line_count = 1 + random.below(4);
  for (std::int64_t line = 0; line < line_count; ++line) {
    const std::int64_t quantity = 1 + random.below(3);
    const std::int64_t unit_price = 199 + random.below(20000);
    items += quantity * unit_price;
    lines.push_back({{"line_id", std::to_string(line + 1)},
                     {"sku", "SKU-" + std::to_string(random.below(5000))},
                     {"title", "Article n°" + std::to_string(line + 1) + " – édition spéciale"},
                     {"quantity", quantity},
                     {"quantity_shipped", 0},
                     {"quantity_cancelled", 0},
                     {"unit_price", money(unit_price)}});
  }
  const std::int64_t shipping = 495;
  const std::int64_t tax = items / 5;
  const std::int64_t total = items + shipping + tax;
  const std::string when = timestamp_for(order_number);
  return {{"channel_order_id", "GEN-" + std::to_string(order_number)},
          {"created_at", when},
          {"updated_at", when},
          {"currency", "EUR"},
          {"channel_status", "paid"},
          {"payment_status", "charged"},
          {"shipping_status", "unshipped"},
          {"cancelled", false},
          {"third_party_managed", false},
          {"buyer", {{"name", name}, {"email", "buyer" + std::to_string(order_number) + "@example.com"}}},
          {"ship_to",
           {{"name", name},
            {"line1", std::to_string(1 + random.below(200)) + " Rue de la Paix"},
            {"city", "Paris"},
            {"postal_code", "75002"},
            {"country", countries[random.below(countries.size())]}}},
          {"shipping_method", random.below(2) == 0 ? "Standard" : "Express"},
          {"totals",
           {{"items", money(items)},
            {"shipping", money(shipping)},
            {"tax", money(tax)},
            {"discount", money(0)},
            {"total", money(total)}}},
          {"paid", money(total)},
          {"lines", std::move(lines)}};
}

}  // namespace

std::int64_t page_count(const PageShape& shape) {
  return (shape.total_orders + shape.page_size - 1) / shape.page_size;
}

std::string generated_page(const PageShape& shape, std::int64_t page) {
  nlohmann::json orders = nlohmann::json::array();
  const std::int64_t first = page * shape.page_size;
  for (std::int64_t number = first; number < first + shape.page_size && number < shape.total_orders;
       ++number) {
    orders.push_back(generated_order(shape.seed, number));
  }
  nlohmann::json next = nullptr;
  if (page + 1 < page_count(shape)) {
    next = std::to_string(page + 1);
  }
  return nlohmann::json{{"schema", "orderhub.order_batch/1"},
                        {"orders", std::move(orders)},
                        {"rejected", nlohmann::json::array()},
                        {"next_page_token", std::move(next)}}
      .dump();
}

}  // namespace orderhub::bench
