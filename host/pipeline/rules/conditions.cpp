// conditions.cpp: reading and evaluating rule conditions.
#include "pipeline/rules/conditions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <utility>

#include "domain/statuses.h"
#include "pipeline/rules/json_reading.h"

namespace orderhub::pipeline::order_rules {
namespace {

using domain::Error;
using domain::Result;
using nlohmann::json;

struct KeyKind {
  std::string_view key;
  ConditionKind kind;
};

constexpr std::array<KeyKind, 22> kKeys{{
    {"all", ConditionKind::all},
    {"any", ConditionKind::any},
    {"not", ConditionKind::negation},
    {"account", ConditionKind::account},
    {"channel", ConditionKind::channel},
    {"ship_to_country", ConditionKind::ship_to_country},
    {"ship_to_state", ConditionKind::ship_to_state},
    {"ship_to_postal_prefix", ConditionKind::ship_to_postal_prefix},
    {"order_total", ConditionKind::order_total},
    {"line_count", ConditionKind::line_count},
    {"sku_equals", ConditionKind::sku_equals},
    {"sku_starts_with", ConditionKind::sku_starts_with},
    {"title_contains", ConditionKind::title_contains},
    {"shipping_method", ConditionKind::shipping_method},
    {"carrier", ConditionKind::carrier},
    {"service", ConditionKind::service},
    {"rush", ConditionKind::rush},
    {"payment_status", ConditionKind::payment_status},
    {"shipping_status", ConditionKind::shipping_status},
    {"buyer_email_domain", ConditionKind::buyer_email_domain},
    {"order_date", ConditionKind::order_date},
    {"custom_field", ConditionKind::custom_field},
}};

std::string known_keys() {
  std::string keys;
  for (const KeyKind& entry : kKeys) {
    keys += (keys.empty() ? "" : ", ") + std::string(entry.key);
  }
  return keys;
}

std::string lowered(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(), [](unsigned char character) {
    return static_cast<char>(std::tolower(character));
  });
  return result;
}

bool same_text(std::string_view left, std::string_view right) {
  return lowered(left) == lowered(right);
}

Result<Condition> parse_group(Condition condition, const json& value, const std::string& path) {
  if (!value.is_array()) {
    return error_at(path, "expected an array of conditions");
  }
  if (value.empty()) {
    return error_at(path, "must hold at least one condition");
  }
  for (std::size_t index = 0; index < value.size(); ++index) {
    auto child = parse_condition(value[index], element_path(path, index));
    if (!child) {
      return child.error();
    }
    condition.children.push_back(std::move(child).value());
  }
  return condition;
}

// "YYYY-MM-DD" (the start of that day, or of the next day for an end) or RFC 3339.
enum class DayEdge { start, end };
Result<domain::Timestamp> read_moment(const json& value, const std::string& path, DayEdge edge) {
  auto text = read_text(value, path);
  if (!text) {
    return text.error();
  }
  if (auto date = domain::parse_date(*text)) {
    const std::chrono::sys_days day{*date};
    return domain::Timestamp{edge == DayEdge::start ? day : day + std::chrono::days{1}};
  }
  auto timestamp = domain::parse_timestamp(*text);
  if (!timestamp) {
    return error_at(path, domain::quoted(*text) +
                              " is not a date (2026-11-23) or a time (2026-11-23T16:00:00Z)");
  }
  return edge == DayEdge::start ? *timestamp : *timestamp + std::chrono::seconds{1};
}

Result<Condition> parse_order_total(Condition condition, const json& value,
                                    const std::string& path) {
  if (auto checked = check_object(value, path, {"currency", "min", "max"}); !checked) {
    return checked.error();
  }
  if (!value.contains("currency")) {
    return error_at(member_path(path, "currency"), "is required (amounts are in one currency)");
  }
  auto code = read_text(value["currency"], member_path(path, "currency"));
  if (!code) {
    return code.error();
  }
  auto currency = domain::Currency::parse(*code);
  if (!currency) {
    return error_at(member_path(path, "currency"), currency.error().message);
  }
  condition.currency = *currency;
  for (auto [key, bound] :
       {std::pair{"min", &Condition::minimum}, std::pair{"max", &Condition::maximum}}) {
    if (!value.contains(key)) {
      continue;
    }
    const std::string at = member_path(path, key);
    auto text = read_text(value[key], at);
    if (!text) {
      return error_at(at, "expected a decimal string such as \"25.00\"");
    }
    auto amount = domain::parse_money(*text, *currency);
    if (!amount) {
      return error_at(at, amount.error().message);
    }
    condition.*bound = amount->minor;
  }
  if (!condition.minimum && !condition.maximum) {
    return error_at(path, "needs \"min\", \"max\" or both");
  }
  if (condition.minimum && condition.maximum && *condition.minimum > *condition.maximum) {
    return error_at(path, "\"min\" is above \"max\"");
  }
  return condition;
}

Result<Condition> parse_line_count(Condition condition, const json& value,
                                   const std::string& path) {
  if (auto checked = check_object(value, path, {"min", "max"}); !checked) {
    return checked.error();
  }
  for (auto [key, bound] :
       {std::pair{"min", &Condition::minimum}, std::pair{"max", &Condition::maximum}}) {
    if (value.contains(key)) {
      auto count = read_count(value[key], member_path(path, key));
      if (!count) {
        return count.error();
      }
      condition.*bound = *count;
    }
  }
  if (!condition.minimum && !condition.maximum) {
    return error_at(path, "needs \"min\", \"max\" or both");
  }
  if (condition.minimum && condition.maximum && *condition.minimum > *condition.maximum) {
    return error_at(path, "\"min\" is above \"max\"");
  }
  return condition;
}

Result<Condition> parse_order_date(Condition condition, const json& value,
                                   const std::string& path) {
  if (auto checked = check_object(value, path, {"from", "to"}); !checked) {
    return checked.error();
  }
  if (value.contains("from")) {
    auto from = read_moment(value["from"], member_path(path, "from"), DayEdge::start);
    if (!from) {
      return from.error();
    }
    condition.from = *from;
  }
  if (value.contains("to")) {
    auto until = read_moment(value["to"], member_path(path, "to"), DayEdge::end);
    if (!until) {
      return until.error();
    }
    condition.until = *until;
  }
  if (!condition.from && !condition.until) {
    return error_at(path, "needs \"from\", \"to\" or both");
  }
  if (condition.from && condition.until && *condition.from >= *condition.until) {
    return error_at(path, "\"from\" is after \"to\"");
  }
  return condition;
}

Result<Condition> parse_custom_field(Condition condition, const json& value,
                                     const std::string& path) {
  if (auto checked = check_object(value, path, {"name", "equals"}); !checked) {
    return checked.error();
  }
  for (const char* key : {"name", "equals"}) {
    if (!value.contains(key)) {
      return error_at(member_path(path, key), "is required");
    }
  }
  auto name = read_text(value["name"], member_path(path, "name"));
  if (!name) {
    return name.error();
  }
  auto expected = read_text(value["equals"], member_path(path, "equals"), EmptyText::allowed);
  if (!expected) {
    return expected.error();
  }
  condition.field_name = *name;
  condition.text = *expected;
  return condition;
}

Result<Condition> parse_leaf(Condition condition, const json& value, const std::string& path) {
  switch (condition.kind) {
    case ConditionKind::order_total:
      return parse_order_total(std::move(condition), value, path);
    case ConditionKind::line_count:
      return parse_line_count(std::move(condition), value, path);
    case ConditionKind::order_date:
      return parse_order_date(std::move(condition), value, path);
    case ConditionKind::custom_field:
      return parse_custom_field(std::move(condition), value, path);
    case ConditionKind::rush: {
      auto flag = read_flag(value, path);
      if (!flag) {
        return flag.error();
      }
      condition.flag = *flag;
      return condition;
    }
    default:
      break;
  }
  auto text = read_text(value, path);
  if (!text) {
    return text.error();
  }
  condition.text = *text;
  if (condition.kind == ConditionKind::ship_to_country) {
    const bool letters = text->size() == 2 &&
                         std::isupper(static_cast<unsigned char>((*text)[0])) &&
                         std::isupper(static_cast<unsigned char>((*text)[1]));
    if (!letters) {
      return error_at(path, domain::quoted(*text) +
                                " is not a two-letter country code in capitals (ISO 3166-1)");
    }
  }
  if (condition.kind == ConditionKind::payment_status) {
    if (auto status = domain::parse_payment_status(*text); !status) {
      return error_at(path, status.error().message);
    }
  }
  if (condition.kind == ConditionKind::shipping_status) {
    if (auto status = domain::parse_shipping_status(*text); !status) {
      return error_at(path, status.error().message);
    }
  }
  if (condition.kind == ConditionKind::buyer_email_domain &&
      (text->find('@') != std::string::npos || text->find(' ') != std::string::npos)) {
    return error_at(path, domain::quoted(*text) + " is not a domain like example.com");
  }
  return condition;
}

std::string describe(const Condition& condition) {
  switch (condition.kind) {
    case ConditionKind::order_total:
      return "order_total in " + std::string(condition.currency.code()) + " [" +
             (condition.minimum ? domain::format_money({*condition.minimum, condition.currency})
                                : "") +
             ", " +
             (condition.maximum ? domain::format_money({*condition.maximum, condition.currency})
                                : "") +
             "]";
    case ConditionKind::line_count:
      return "line_count [" + (condition.minimum ? std::to_string(*condition.minimum) : "") + ", " +
             (condition.maximum ? std::to_string(*condition.maximum) : "") + "]";
    case ConditionKind::order_date:
      return "order_date [" +
             (condition.from ? domain::format_timestamp(*condition.from) : std::string()) + ", " +
             (condition.until ? domain::format_timestamp(*condition.until) : std::string()) + ")";
    case ConditionKind::custom_field:
      return "custom_field " + domain::quoted(condition.field_name) + " = " +
             domain::quoted(condition.text);
    case ConditionKind::rush:
      return std::string("rush = ") + (condition.flag ? "true" : "false");
    case ConditionKind::all:
    case ConditionKind::any:
    case ConditionKind::negation: {
      std::string inside;
      for (const Condition& child : condition.children) {
        inside += (inside.empty() ? "" : ", ") + describe(child);
      }
      return condition.key + "(" + inside + ")";
    }
    default:
      return condition.key + " " + domain::quoted(condition.text);
  }
}

bool any_line(const domain::Order& order, const auto& test) {
  return std::any_of(order.lines.begin(), order.lines.end(), test);
}

bool within(std::int64_t value, const Condition& condition) {
  return (!condition.minimum || value >= *condition.minimum) &&
         (!condition.maximum || value <= *condition.maximum);
}

bool leaf_holds(const Condition& condition, const OrderFacts& facts) {
  const domain::Order& order = facts.order;
  switch (condition.kind) {
    case ConditionKind::account:
      return order.account.str() == condition.text;
    case ConditionKind::channel:
      return facts.account.plugin_id == condition.text;
    case ConditionKind::ship_to_country:
      return order.ship_to.country == condition.text;
    case ConditionKind::ship_to_state:
      return same_text(order.ship_to.state, condition.text);
    case ConditionKind::ship_to_postal_prefix:
      return lowered(order.ship_to.postal_code).starts_with(lowered(condition.text));
    case ConditionKind::order_total:
      return order.currency == condition.currency && within(order.totals.total.minor, condition);
    case ConditionKind::line_count:
      return within(static_cast<std::int64_t>(order.lines.size()), condition);
    case ConditionKind::sku_equals:
      return any_line(order,
                      [&](const domain::OrderLine& line) { return line.sku == condition.text; });
    case ConditionKind::sku_starts_with:
      return any_line(order, [&](const domain::OrderLine& line) {
        return line.sku.starts_with(condition.text);
      });
    case ConditionKind::title_contains:
      return any_line(order, [&](const domain::OrderLine& line) {
        return lowered(line.title).find(lowered(condition.text)) != std::string::npos;
      });
    case ConditionKind::shipping_method:
      return same_text(order.shipping.channel_method, condition.text);
    case ConditionKind::carrier:
      return same_text(order.shipping.carrier, condition.text);
    case ConditionKind::service:
      return same_text(order.shipping.service, condition.text);
    case ConditionKind::rush:
      return order.shipping.rush == condition.flag;
    case ConditionKind::payment_status:
      return domain::to_string(order.payment_status) == condition.text;
    case ConditionKind::shipping_status:
      return domain::to_string(order.shipping_status) == condition.text;
    case ConditionKind::buyer_email_domain: {
      const std::size_t at = order.buyer.email.rfind('@');
      return at != std::string::npos &&
             same_text(std::string_view(order.buyer.email).substr(at + 1), condition.text);
    }
    case ConditionKind::order_date:
      return (!condition.from || order.created_at >= *condition.from) &&
             (!condition.until || order.created_at < *condition.until);
    case ConditionKind::custom_field: {
      const auto found = facts.overrides.custom_fields.find(condition.field_name);
      return found != facts.overrides.custom_fields.end() && found->second == condition.text;
    }
    default:
      return false;
  }
}

}  // namespace

Result<Condition> parse_condition(const json& value, const std::string& path) {
  auto key = single_key(value, path, "a condition");
  if (!key) {
    return key.error();
  }
  const auto found = std::find_if(kKeys.begin(), kKeys.end(),
                                  [&](const KeyKind& entry) { return entry.key == *key; });
  const std::string at = member_path(path, *key);
  if (found == kKeys.end()) {
    return error_at(at, "unknown condition (known: " + known_keys() + ")");
  }
  Condition condition;
  condition.kind = found->kind;
  condition.key = *key;
  const json& operand = value.begin().value();
  if (found->kind == ConditionKind::all || found->kind == ConditionKind::any) {
    return parse_group(std::move(condition), operand, at);
  }
  if (found->kind == ConditionKind::negation) {
    auto child = parse_condition(operand, at);
    if (!child) {
      return child.error();
    }
    condition.children.push_back(std::move(child).value());
    return condition;
  }
  return parse_leaf(std::move(condition), operand, at);
}

bool matches(const Condition& condition, const OrderFacts& facts,
             std::vector<std::string>& matched) {
  switch (condition.kind) {
    case ConditionKind::all: {
      std::vector<std::string> inner;
      for (const Condition& child : condition.children) {
        if (!matches(child, facts, inner)) {
          return false;
        }
      }
      matched.insert(matched.end(), inner.begin(), inner.end());
      return true;
    }
    case ConditionKind::any:
      for (const Condition& child : condition.children) {
        std::vector<std::string> inner;
        if (matches(child, facts, inner)) {
          matched.insert(matched.end(), inner.begin(), inner.end());
          return true;
        }
      }
      return false;
    case ConditionKind::negation: {
      std::vector<std::string> ignored;
      if (matches(condition.children.front(), facts, ignored)) {
        return false;
      }
      matched.push_back(describe(condition));
      return true;
    }
    default:
      if (!leaf_holds(condition, facts)) {
        return false;
      }
      matched.push_back(describe(condition));
      return true;
  }
}

}  // namespace orderhub::pipeline::order_rules
