// download_filters.cpp: the import filters of an account's settings.
#include "pipeline/download/download_filters.h"

namespace orderhub::pipeline {

std::string_view to_string(SkipReason reason) {
  switch (reason) {
    case SkipReason::unpaid:
      return "unpaid";
    case SkipReason::shipped:
      return "shipped";
    case SkipReason::before_limit_date:
      return "before_limit_date";
  }
  return "?";
}

std::optional<SkipReason> skip_reason(const domain::Order& order, const AccountSettings& settings) {
  if (settings.limit_date && domain::date_of(order.created_at) < *settings.limit_date) {
    return SkipReason::before_limit_date;
  }
  if (!settings.allow_shipped && order.shipping_status == domain::ShippingStatus::fully_shipped) {
    return SkipReason::shipped;
  }
  const bool unpaid = order.payment_status == domain::PaymentStatus::no_payment ||
                      order.payment_status == domain::PaymentStatus::authorized ||
                      order.payment_status == domain::PaymentStatus::payment_error;
  if (!settings.allow_unpaid && unpaid) {
    return SkipReason::unpaid;
  }
  return std::nullopt;
}

}  // namespace orderhub::pipeline
