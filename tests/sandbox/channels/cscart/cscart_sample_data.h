// The small word lists generated CS-Cart orders are drawn from. Some names, cities and titles are
// non-ASCII (é, ü, ł, ó...) so that every client exercises UTF-8 end to end.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace orderhub::sandbox::cscart {

struct SamplePerson {
  std::string_view firstname;
  std::string_view lastname;
  std::string_view email_name;  // ASCII, for the e-mail address
};

struct SamplePlace {
  std::string_view address;
  std::string_view city;
  std::string_view county;
  std::string_view state;
  std::string_view country;
  std::string_view zipcode;
};

struct SampleProduct {
  std::int64_t product_id;
  std::string_view product_code;
  std::string_view title;
  std::int64_t price_cents;
};

struct SampleShippingMethod {
  std::string_view shipping_id;
  std::string_view name;
  std::string_view carrier;
  std::int64_t cost_cents;
};

struct SamplePaymentMethod {
  std::string_view payment_id;
  std::string_view name;
};

std::span<const SamplePerson> sample_people();
std::span<const SamplePlace> sample_places();
std::span<const std::string_view> sample_second_address_lines();
std::span<const SampleProduct> sample_products();
std::span<const SampleShippingMethod> sample_shipping_methods();
std::span<const SamplePaymentMethod> sample_payment_methods();

}  // namespace orderhub::sandbox::cscart
