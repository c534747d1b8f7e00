// values.cpp: column readers for validated domain types, and write-side checks.
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {

domain::Currency read_currency(const Statement& statement, int column) {
  return parsed_column(statement, column, domain::Currency::parse(statement.text(column)));
}

domain::AccountId read_account_id(const Statement& statement, int column) {
  return parsed_column(statement, column, domain::AccountId::parse(statement.text(column)));
}

domain::ChannelOrderId read_channel_order_id(const Statement& statement, int column) {
  return parsed_column(statement, column, domain::ChannelOrderId::parse(statement.text(column)));
}

void require_account_id(const domain::AccountId& account, std::string_view doing) {
  if (account.empty()) {
    throw StoreError(StoreError::Kind::invalid_value,
                     std::string(doing) + ": the account id is empty");
  }
}

// The database would refuse a missing reference too, but its message does not say which one.
void require_known_account(Connection& connection, const domain::AccountId& account,
                           std::string_view doing) {
  require_account_id(account, doing);
  Statement query = connection.prepare("SELECT 1 FROM accounts WHERE id = ?");
  query.bind(account.str());
  if (!query.step()) {
    throw StoreError(StoreError::Kind::not_found,
                     std::string(doing) + ": there is no account " + domain::quoted(account.str()));
  }
}

void require_known_order(Connection& connection, domain::OrderId order_id, std::string_view doing) {
  Statement query = connection.prepare("SELECT 1 FROM orders WHERE id = ?");
  query.bind(order_id.value);
  if (!query.step()) {
    throw StoreError(StoreError::Kind::not_found,
                     std::string(doing) + ": there is no order " + std::to_string(order_id.value));
  }
}

void require_currency(const domain::Money& money, domain::Currency currency, std::string_view field,
                      std::string_view doing) {
  if (!currency.is_set()) {
    throw StoreError(StoreError::Kind::invalid_value,
                     std::string(doing) + ": " + std::string(field) + " has no currency");
  }
  if (money.currency != currency) {
    const std::string found =
        money.currency.is_set() ? std::string(money.currency.code()) : std::string("no currency");
    throw StoreError(StoreError::Kind::invalid_value,
                     std::string(doing) + ": " + std::string(field) + " is in " + found +
                         " but the record is in " + std::string(currency.code()));
  }
}

}  // namespace orderhub::store::sqlite
