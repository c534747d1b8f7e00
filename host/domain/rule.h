// rule.h: an order rule as the hub stores it (its JSON document, version, place in the running
// order, whether and since when it is enabled) and one entry of the rule log.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/ids.h"
#include "domain/time.h"

namespace orderhub::domain {

struct StoredRule {
  std::int64_t id = 0;  // assigned by the store
  std::string name{};
  std::int64_t version = 1;   // raised each time the document changes
  std::int64_t position = 0;  // rules run by ascending position
  bool enabled = false;
  // When the rule was last enabled: it only applies to orders imported at or after this time.
  std::optional<Timestamp> enabled_at{};
  std::string document_json{};  // the rule document as the user wrote it, validated
  Timestamp created_at{};
  Timestamp updated_at{};

  friend bool operator==(const StoredRule&, const StoredRule&) = default;
};

// What happened when a rule's conditions matched an order.
enum class RuleOutcome {
  applied,  // every action was applied, in one transaction
  skipped,  // an action was refused: nothing was applied
};

struct RuleLogEntry {
  std::int64_t id = 0;  // assigned by the store
  std::int64_t rule_id = 0;
  std::int64_t rule_version = 0;
  std::string rule_name{};
  OrderId order_id{};
  Timestamp at{};
  std::string trigger{};  // "import", "delayed", "manual"
  RuleOutcome outcome = RuleOutcome::applied;
  std::string conditions_json{};  // the conditions that matched, as a JSON array of text
  std::string actions_json{};     // the actions applied (or planned, when skipped), JSON array
  std::string reason{};           // why it was skipped; empty when applied

  friend bool operator==(const RuleLogEntry&, const RuleLogEntry&) = default;
};

}  // namespace orderhub::domain
