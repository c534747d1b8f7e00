// rule_catalog.h: keeping the rules: adding a checked document, replacing it (a new version),
// enabling, disabling, removing and setting the running order. A document that does not read is
// refused with its JSON path and nothing is stored.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "domain/result.h"
#include "domain/rule.h"
#include "domain/time.h"
#include "store/store.h"

namespace orderhub::pipeline::order_rules {

// Stores the rule (version 1) at the end of the running order; enabled now when the document
// says "enabled": true (the default).
domain::Result<domain::StoredRule> add_rule(store::Store& store, std::string_view document_json,
                                            domain::Timestamp now);

// Replaces the rule's document: the version rises by one; enabled state and position stay.
domain::Result<domain::StoredRule> update_rule(store::Store& store, std::int64_t rule_id,
                                               std::string_view document_json,
                                               domain::Timestamp now);

// Enabling records now as enabled_at (the rule applies to orders imported from now on); enabling
// an enabled rule or disabling a disabled one changes nothing.
domain::Result<domain::StoredRule> set_rule_enabled(store::Store& store, std::int64_t rule_id,
                                                    bool enabled, domain::Timestamp now);

domain::Result<bool> remove_rule(store::Store& store, std::int64_t rule_id);

// The named rules run first, in the order given; the others keep their relative order after them.
domain::Result<std::vector<domain::StoredRule>> set_rule_order(store::Store& store,
                                                               const std::vector<std::int64_t>& ids,
                                                               domain::Timestamp now);

}  // namespace orderhub::pipeline::order_rules
