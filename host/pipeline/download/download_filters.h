// download_filters.h: which downloaded orders an account does not import, by its settings:
// unpaid orders (payment no_payment, authorized or payment_error) unless download.allow_unpaid,
// orders already fully shipped at download unless download.allow_shipped, and orders created
// before download.limit_date. Skipped orders are counted, not stored; an order already stored is
// always updated, whatever the filters say.
#pragma once

#include <optional>
#include <string_view>

#include "domain/order.h"
#include "pipeline/accounts/account_settings.h"

namespace orderhub::pipeline {

enum class SkipReason { unpaid, shipped, before_limit_date };

std::string_view to_string(SkipReason reason);

// Why a new order is not imported, or nullopt to import it. The limit date is checked first, then
// shipped, then unpaid.
std::optional<SkipReason> skip_reason(const domain::Order& order, const AccountSettings& settings);

}  // namespace orderhub::pipeline
