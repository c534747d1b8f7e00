// statuses.cpp: the names of the order, shipping and payment statuses.
#include "domain/statuses.h"

#include "domain/enum_names.h"

namespace orderhub::domain {
namespace {

using detail::EnumName;

constexpr EnumName<OrderStatus> kOrderStatuses[] = {
    {OrderStatus::in_process, "in_process"}, {OrderStatus::on_hold, "on_hold"},
    {OrderStatus::completed, "completed"},   {OrderStatus::cancelled, "cancelled"},
    {OrderStatus::problem, "problem"},       {OrderStatus::voided, "void"},
};

constexpr EnumName<ShippingStatus> kShippingStatuses[] = {
    {ShippingStatus::unshipped, "unshipped"},
    {ShippingStatus::partially_shipped, "partially_shipped"},
    {ShippingStatus::fully_shipped, "fully_shipped"},
};

constexpr EnumName<PaymentStatus> kPaymentStatuses[] = {
    {PaymentStatus::no_payment, "no_payment"},
    {PaymentStatus::authorized, "authorized"},
    {PaymentStatus::charged, "charged"},
    {PaymentStatus::partial_payment, "partial_payment"},
    {PaymentStatus::partial_refund, "partial_refund"},
    {PaymentStatus::full_refund, "full_refund"},
    {PaymentStatus::payment_error, "payment_error"},
};

}  // namespace

std::string_view to_string(OrderStatus status) {
  return detail::name_of<OrderStatus>(kOrderStatuses, status);
}
std::string_view to_string(ShippingStatus status) {
  return detail::name_of<ShippingStatus>(kShippingStatuses, status);
}
std::string_view to_string(PaymentStatus status) {
  return detail::name_of<PaymentStatus>(kPaymentStatuses, status);
}

Result<OrderStatus> parse_order_status(std::string_view text) {
  return detail::parse_name<OrderStatus>(kOrderStatuses, text, "order status");
}
Result<ShippingStatus> parse_shipping_status(std::string_view text) {
  return detail::parse_name<ShippingStatus>(kShippingStatuses, text, "shipping status");
}
Result<PaymentStatus> parse_payment_status(std::string_view text) {
  return detail::parse_name<PaymentStatus>(kPaymentStatuses, text, "payment status");
}

}  // namespace orderhub::domain
