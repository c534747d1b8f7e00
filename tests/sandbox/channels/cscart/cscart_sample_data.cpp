// Word lists for generated CS-Cart orders; see cscart_sample_data.h.
#include "channels/cscart/cscart_sample_data.h"

#include <array>

namespace orderhub::sandbox::cscart {
namespace {

constexpr std::array people{
    SamplePerson{"Renée", "Lefèvre", "renee.lefevre"},
    SamplePerson{"Jürgen", "Müller", "juergen.mueller"},
    SamplePerson{"Łukasz", "Wałęsa", "lukasz.walesa"},
    SamplePerson{"Zoë", "García", "zoe.garcia"},
    SamplePerson{"Mark", "Johnson", "mark.johnson"},
    SamplePerson{"Sarah", "O'Brien", "sarah.obrien"},
    SamplePerson{"Priya", "Natarajan", "priya.natarajan"},
    SamplePerson{"David", "Smith", "david.smith"},
    SamplePerson{"Anna", "Nowak", "anna.nowak"},
    SamplePerson{"Chen", "Wei", "chen.wei"},
    SamplePerson{"Emily", "Brown", "emily.brown"},
    SamplePerson{"Søren", "Kierkegård", "soren.kierkegard"},
};

constexpr std::array places{
    SamplePlace{"1200 Congress Ave", "Austin", "Travis", "TX", "US", "78701"},
    SamplePlace{"455 NW 10th Ave", "Portland", "Multnomah", "OR", "US", "97209"},
    SamplePlace{"88 Elm Street", "Springfield", "Sangamon", "IL", "US", "62701"},
    SamplePlace{"301 Atlantic Ave", "Brooklyn", "Kings", "NY", "US", "11201"},
    SamplePlace{"742 Evergreen Terrace", "Columbus", "Franklin", "OH", "US", "43004"},
    SamplePlace{"1600 Pike Pl", "Seattle", "King", "WA", "US", "98101"},
    SamplePlace{"Königstraße 7", "München", "", "BY", "DE", "80331"},
    SamplePlace{"ul. Długa 15", "Łódź", "", "LD", "PL", "90-001"},
    SamplePlace{"450 Rue Saint-Denis", "Montréal", "", "QC", "CA", "H2X 1Y4"},
    SamplePlace{"Bahnhofstrasse 21", "Zürich", "", "ZH", "CH", "8001"},
};

constexpr std::array<std::string_view, 5> second_address_lines{"", "", "Apt 4B", "Suite 200",
                                                               "c/o Mößner"};

constexpr std::array products{
    SampleProduct{101, "MUG-CAFE-01", "Café Mug", 1299},
    SampleProduct{102, "TSHIRT-BLK-M", "Black T-Shirt (M)", 1999},
    SampleProduct{103, "BOWL-MUESLI", "Müsli Bowl", 1550},
    SampleProduct{104, "POSTER-LODZ", "Łódź Skyline Poster", 2499},
    SampleProduct{105, "USBC-CABLE-2M", "USB-C Cable 2 m", 899},
    SampleProduct{106, "HEADPHONES-X1", "Wireless Headphones X1", 8999},
    SampleProduct{107, "NOTEBOOK-A5", "A5 Dotted Notebook", 675},
    SampleProduct{108, "CANDLE-VANILLA", "Vanilla Candle", 1150},
    SampleProduct{109, "BACKPACK-20L", "Trail Backpack 20 L", 5400},
    SampleProduct{110, "SOCKS-WOOL-3", "Wool Socks, 3 pairs", 1795},
};

constexpr std::array shipping_methods{
    SampleShippingMethod{"1", "UPS Ground", "ups", 799},
    SampleShippingMethod{"2", "USPS Priority", "usps", 950},
    SampleShippingMethod{"3", "FedEx 2Day", "fedex", 1425},
    SampleShippingMethod{"4", "Express Overnight", "dhl", 2900},
};

constexpr std::array payment_methods{
    SamplePaymentMethod{"1", "Credit card"},
    SamplePaymentMethod{"2", "PayPal"},
    SamplePaymentMethod{"3", "Check"},
    SamplePaymentMethod{"4", "Phone ordering"},
};

}  // namespace

std::span<const SamplePerson> sample_people() {
  return people;
}
std::span<const SamplePlace> sample_places() {
  return places;
}
std::span<const std::string_view> sample_second_address_lines() {
  return second_address_lines;
}
std::span<const SampleProduct> sample_products() {
  return products;
}
std::span<const SampleShippingMethod> sample_shipping_methods() {
  return shipping_methods;
}
std::span<const SamplePaymentMethod> sample_payment_methods() {
  return payment_methods;
}

}  // namespace orderhub::sandbox::cscart
