// values.h: reading the domain's validated types back from columns, and refusing values the
// schema cannot hold. A stored value that no longer parses is reported as StoreError corrupt,
// naming the column and the value.
#pragma once

#include <string>
#include <string_view>

#include "domain/currency.h"
#include "domain/ids.h"
#include "domain/money.h"
#include "domain/result.h"
#include "store/sqlite/connection.h"

namespace orderhub::store::sqlite {

// The parsed value, or StoreError corrupt naming the column.
template <class Value>
Value parsed_column(const Statement& statement, int column, domain::Result<Value> parsed) {
  if (!parsed) {
    throw StoreError(StoreError::Kind::corrupt, "stored value " + statement.column_label(column) +
                                                    ": " + parsed.error().message);
  }
  return std::move(parsed).value();
}

domain::Currency read_currency(const Statement& statement, int column);
domain::AccountId read_account_id(const Statement& statement, int column);
domain::ChannelOrderId read_channel_order_id(const Statement& statement, int column);

// StoreError invalid_value unless the id is set, e.g. "adding an account: the account id is empty".
void require_account_id(const domain::AccountId& account, std::string_view doing);
// StoreError (invalid_value, not_found) unless the account id is set and the account exists.
void require_known_account(Connection& connection, const domain::AccountId& account,
                           std::string_view doing);
// StoreError not_found unless the order exists.
void require_known_order(Connection& connection, domain::OrderId order_id, std::string_view doing);
// StoreError invalid_value unless money is in currency (which must be set).
void require_currency(const domain::Money& money, domain::Currency currency, std::string_view field,
                      std::string_view doing);

}  // namespace orderhub::store::sqlite
