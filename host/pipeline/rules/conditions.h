// conditions.h: the conditions of a rule, nestable in all / any / not groups, read from the rule
// document and evaluated against an order. Every key is described in docs/rules.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/account.h"
#include "domain/money.h"
#include "domain/order.h"
#include "domain/order_overrides.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::pipeline::order_rules {

enum class ConditionKind {
  all,
  any,
  negation,  // "not"
  account,
  channel,
  ship_to_country,
  ship_to_state,
  ship_to_postal_prefix,
  order_total,
  line_count,
  sku_equals,
  sku_starts_with,
  title_contains,
  shipping_method,
  carrier,
  service,
  rush,
  payment_status,
  shipping_status,
  buyer_email_domain,
  order_date,
  custom_field,
};

struct Condition {
  ConditionKind kind = ConditionKind::all;
  std::string key{};   // the document's key, for descriptions
  std::string text{};  // the operand of the text conditions; the custom field's expected value
  std::string field_name{};  // custom_field
  bool flag = false;         // rush
  domain::Currency currency{};
  std::optional<std::int64_t> minimum{};  // order_total (minor units), line_count
  std::optional<std::int64_t> maximum{};
  std::optional<domain::Timestamp> from{};   // order_date, inclusive
  std::optional<domain::Timestamp> until{};  // order_date, exclusive
  std::vector<Condition> children{};         // all, any, not (one child)
};

// What the conditions look at.
struct OrderFacts {
  const domain::Order& order;
  const domain::Account& account;
  const domain::OrderOverrides& overrides;
};

// The condition at path (e.g. "$.conditions"), or an error naming the path of the first problem.
domain::Result<Condition> parse_condition(const nlohmann::json& value, const std::string& path);

// Whether the order meets the condition. matched receives a description of each leaf condition
// that held on the way to the answer (for the rule log), e.g. `ship_to_state = "TX"`.
bool matches(const Condition& condition, const OrderFacts& facts,
             std::vector<std::string>& matched);

}  // namespace orderhub::pipeline::order_rules
