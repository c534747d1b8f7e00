// rule_document.h: an order rule as the user writes it (a JSON document), read strictly: an
// unknown key, a wrong type, an unknown condition or action or a bad pattern is refused with the
// JSON path of the problem, e.g. `$.conditions.all[1].sku_starts_with: expected a string`.
//
//   {
//     "name": "Hold Texas orders",            required
//     "description": "...",                   optional
//     "enabled": true,                        optional, default true
//     "scope": {"include_unpaid": false,      optional, both default false
//               "include_shipped": false},
//     "delay": "30m",                         optional duration (s, m, h, d), default none
//     "conditions": {...},                    required: one condition (see conditions.h)
//     "actions": [{...}, ...]                 required, at least one (see rule_actions.h)
//   }
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"
#include "pipeline/rules/conditions.h"
#include "pipeline/rules/rule_actions.h"

namespace orderhub::pipeline::order_rules {

// Which orders a rule may look at besides paid, unshipped ones.
struct RuleScope {
  bool include_unpaid = false;   // no_payment, authorized, payment_error
  bool include_shipped = false;  // partially or fully shipped
};

struct RuleDocument {
  std::string name{};
  std::string description{};
  bool enabled = true;
  RuleScope scope{};
  std::chrono::seconds delay{0};  // hold evaluation this long after import
  Condition conditions{};
  std::vector<RuleAction> actions{};
};

domain::Result<RuleDocument> parse_rule_document(std::string_view json_text);

}  // namespace orderhub::pipeline::order_rules
