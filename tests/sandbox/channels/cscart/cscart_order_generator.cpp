// Deterministic CS-Cart order generation; see cscart_order_generator.h.
#include "channels/cscart/cscart_order_generator.h"

#include "channels/cscart/cscart_sample_data.h"
#include "core/deterministic_random.h"

#include <algorithm>
#include <array>

namespace orderhub::sandbox::cscart {
namespace {

constexpr std::uint64_t channel_salt =
    0x6373636172740001ULL;  // keeps other channels' streams apart
constexpr std::int64_t seconds_per_day = 86400;
constexpr std::int64_t generation_window = 30 * seconds_per_day;
// Tax is 8.25 %, in basis points so the arithmetic stays in integers.
constexpr std::int64_t tax_basis_points = 825;

struct StatusWeight {
  OrderStatus status;
  int weight;
};

// Mostly paid orders waiting to ship, some unpaid, some already shipped, a few of the rest.
constexpr std::array status_weights{
    StatusWeight{OrderStatus::Processed, 50},  StatusWeight{OrderStatus::Open, 14},
    StatusWeight{OrderStatus::Complete, 16},   StatusWeight{OrderStatus::Cancelled, 7},
    StatusWeight{OrderStatus::Backordered, 4}, StatusWeight{OrderStatus::Failed, 3},
    StatusWeight{OrderStatus::Declined, 2},    StatusWeight{OrderStatus::AwaitingCall, 2},
    StatusWeight{OrderStatus::Incomplete, 2},
};

OrderStatus draw_status(DeterministicRandom& random) {
  int total = 0;
  for (const auto& entry : status_weights) {
    total += entry.weight;
  }
  auto roll = static_cast<int>(random.below(static_cast<std::uint64_t>(total)));
  for (const auto& entry : status_weights) {
    if (roll < entry.weight) {
      return entry.status;
    }
    roll -= entry.weight;
  }
  return OrderStatus::Processed;
}

std::string digits(DeterministicRandom& random, int count) {
  std::string text;
  for (int index = 0; index < count; ++index) {
    text.push_back(static_cast<char>('0' + random.below(10)));
  }
  return text;
}

Address make_address(DeterministicRandom& random, const SamplePerson& person) {
  const SamplePlace& place = random.pick(sample_places());
  return Address{
      std::string(person.firstname), std::string(person.lastname),
      std::string(place.address),    std::string(random.pick(sample_second_address_lines())),
      std::string(place.city),       std::string(place.county),
      std::string(place.state),      std::string(place.country),
      std::string(place.zipcode),    "+1 555-01" + digits(random, 2)};
}

std::vector<CartItem> make_products(DeterministicRandom& random) {
  const auto catalog = sample_products();
  const auto line_count = static_cast<std::size_t>(random.between(1, 4));
  std::vector<std::size_t> chosen;
  while (chosen.size() < line_count) {
    const auto index = static_cast<std::size_t>(random.below(catalog.size()));
    if (std::find(chosen.begin(), chosen.end(), index) == chosen.end()) {
      chosen.push_back(index);
    }
  }
  std::vector<CartItem> items;
  for (const std::size_t index : chosen) {
    const SampleProduct& product = catalog[index];
    CartItem item;
    // CS-Cart item ids are 32-bit hashes of the cart line; distinct within an order.
    do {
      item.item_id = std::to_string(random.between(100000000, 4294967295LL));
    } while (std::any_of(items.begin(), items.end(),
                         [&item](const CartItem& other) { return other.item_id == item.item_id; }));
    item.product_id = product.product_id;
    item.product_code = std::string(product.product_code);
    item.product = std::string(product.title);
    item.price_cents = product.price_cents;
    item.amount = random.chance(0.7) ? 1 : random.between(2, 3);
    items.push_back(std::move(item));
  }
  return items;
}

// Shared by generated and admin-added orders; statuses other than P are finished by the caller.
Order make_order(DeterministicRandom& random, std::int64_t order_id, std::int64_t placed_at,
                 OrderStatus status) {
  Order order;
  order.order_id = order_id;
  order.timestamp = placed_at;
  order.updated_at = placed_at;
  order.status = status;

  const SamplePerson& buyer = random.pick(sample_people());
  order.billing = make_address(random, buyer);
  // One order in five is a gift, shipped to someone else.
  order.shipping_address =
      random.chance(0.2) ? make_address(random, random.pick(sample_people())) : order.billing;
  order.email = std::string(buyer.email_name) + std::to_string(order_id % 97) + "@example.com";
  order.phone = order.billing.phone;

  const SampleShippingMethod& method = random.pick(sample_shipping_methods());
  order.shipping = {ShippingMethod{std::string(method.shipping_id), std::string(method.name)}};
  order.shipping_cost_cents = method.cost_cents;

  // Unpaid orders use offline payment methods; paid ones the online ones.
  const auto payments = sample_payment_methods();
  const SamplePaymentMethod& payment =
      is_unpaid(status) ? payments[2 + random.below(2)] : payments[random.below(2)];
  order.payment_method = PaymentMethod{std::string(payment.payment_id), std::string(payment.name)};

  order.products = make_products(random);
  order.subtotal_cents = products_subtotal_cents(order);
  order.discount_cents = random.chance(0.2) ? order.subtotal_cents / 10 : 0;
  order.tax_subtotal_cents =
      ((order.subtotal_cents - order.discount_cents) * tax_basis_points + 5000) / 10000;
  order.total_cents = computed_total_cents(order);
  if (random.chance(0.15)) {
    order.notes = "Please leave the parcel at the back door — merci!";
  }
  return order;
}

std::string tracking_number(DeterministicRandom& random, std::string_view carrier) {
  if (carrier == "ups")
    return "1Z999AA1" + digits(random, 10);
  if (carrier == "usps")
    return "9400" + digits(random, 18);
  if (carrier == "fedex")
    return digits(random, 12);
  return "JD" + digits(random, 18);
}

std::string_view carrier_of(const Order& order) {
  for (const auto& method : sample_shipping_methods()) {
    if (!order.shipping.empty() && method.shipping_id == order.shipping.front().shipping_id) {
      return method.carrier;
    }
  }
  return "ups";
}

}  // namespace

std::int64_t generation_epoch(std::uint64_t seed) {
  // 2020-09-13 plus up to 1000 days: reproducible, and always before today.
  return 1'600'000'000 + static_cast<std::int64_t>(seed % 1000) * seconds_per_day;
}

GeneratedOrders generate_orders(std::uint64_t seed, std::int64_t count) {
  DeterministicRandom random(derive_seed(seed, channel_salt));
  const std::int64_t epoch = generation_epoch(seed);

  std::vector<std::int64_t> placed_times;
  for (std::int64_t index = 0; index < count; ++index) {
    placed_times.push_back(epoch - random.between(1, generation_window));
  }
  std::sort(placed_times.begin(), placed_times.end());

  GeneratedOrders generated;
  for (std::int64_t index = 0; index < count; ++index) {
    const std::int64_t placed_at = placed_times[static_cast<std::size_t>(index)];
    const OrderStatus status = draw_status(random);
    Order order = make_order(random, first_generated_order_id + index, placed_at, status);
    switch (status) {
      case OrderStatus::Processed:
        order.updated_at = placed_at + random.between(60, 7200);
        break;
      case OrderStatus::Cancelled:
        order.updated_at = placed_at + random.between(3600, 2 * seconds_per_day);
        break;
      case OrderStatus::Backordered:
        order.updated_at = placed_at + random.between(600, seconds_per_day);
        break;
      case OrderStatus::Complete: {
        order.updated_at = placed_at + random.between(seconds_per_day, 4 * seconds_per_day);
        order.updated_at = std::min(order.updated_at, epoch);
        Shipment shipment;
        shipment.shipment_id = static_cast<std::int64_t>(generated.shipments.size()) + 1;
        shipment.order_id = order.order_id;
        shipment.timestamp = order.updated_at;
        shipment.shipping_id = order.shipping.front().shipping_id;
        shipment.shipping = order.shipping.front().shipping;
        shipment.carrier = std::string(carrier_of(order));
        shipment.tracking_number = tracking_number(random, shipment.carrier);
        for (auto& item : order.products) {
          item.shipped_amount = item.amount;
          shipment.products.emplace_back(item.item_id, item.amount);
        }
        generated.shipments.push_back(std::move(shipment));
        break;
      }
      default:
        break;
    }
    order.updated_at = std::clamp(order.updated_at, placed_at, epoch);
    generated.orders.push_back(std::move(order));
  }
  return generated;
}

Order generate_new_order(std::uint64_t seed, std::int64_t order_id, std::int64_t placed_at) {
  DeterministicRandom random(
      derive_seed(seed, channel_salt ^ static_cast<std::uint64_t>(order_id)));
  return make_order(random, order_id, placed_at, OrderStatus::Processed);
}

}  // namespace orderhub::sandbox::cscart
