// Which new orders an account's settings keep out of the hub.
#include <gtest/gtest.h>

#include "pipeline/download/download_filters.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

using testing::at;
using testing::sample_order;

TEST(DownloadFiltersTest, APaidUnshippedOrderIsImportedByDefault) {
  EXPECT_EQ(skip_reason(sample_order("shop", "1"), AccountSettings{}), std::nullopt);
}

TEST(DownloadFiltersTest, UnpaidOrdersAreSkippedUnlessAllowed) {
  for (const auto payment : {domain::PaymentStatus::no_payment, domain::PaymentStatus::authorized,
                             domain::PaymentStatus::payment_error}) {
    domain::Order order = sample_order("shop", "1");
    order.payment_status = payment;
    EXPECT_EQ(skip_reason(order, AccountSettings{}), SkipReason::unpaid);
    AccountSettings allowing;
    allowing.allow_unpaid = true;
    EXPECT_EQ(skip_reason(order, allowing), std::nullopt);
  }
  domain::Order partly_paid = sample_order("shop", "1");
  partly_paid.payment_status = domain::PaymentStatus::partial_payment;
  EXPECT_EQ(skip_reason(partly_paid, AccountSettings{}), std::nullopt);
}

TEST(DownloadFiltersTest, FullyShippedOrdersAreSkippedUnlessAllowed) {
  domain::Order order = sample_order("shop", "1");
  order.shipping_status = domain::ShippingStatus::fully_shipped;
  EXPECT_EQ(skip_reason(order, AccountSettings{}), SkipReason::shipped);
  AccountSettings allowing;
  allowing.allow_shipped = true;
  EXPECT_EQ(skip_reason(order, allowing), std::nullopt);

  order.shipping_status = domain::ShippingStatus::partially_shipped;
  EXPECT_EQ(skip_reason(order, AccountSettings{}), std::nullopt);
}

TEST(DownloadFiltersTest, OrdersCreatedBeforeTheLimitDateAreSkipped) {
  AccountSettings settings;
  settings.limit_date = domain::parse_date("2026-11-20").value();
  domain::Order order = sample_order("shop", "1");
  order.created_at = at("2026-11-19T23:59:59Z");
  EXPECT_EQ(skip_reason(order, settings), SkipReason::before_limit_date);
  order.created_at = at("2026-11-20T00:00:00Z");
  EXPECT_EQ(skip_reason(order, settings), std::nullopt);
}

}  // namespace
}  // namespace orderhub::pipeline
