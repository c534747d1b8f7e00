// rule_actions.cpp: reading and applying rule actions. Holds and problems go through the order
// state machine (plan_hold), so a rule can do nothing to an order that a user could not.
#include "pipeline/rules/rule_actions.h"

#include <algorithm>
#include <array>

#include "orderhub/loader/plugin_kind.h"
#include "pipeline/actions/order_state_machine.h"
#include "pipeline/rules/json_reading.h"
#include "pipeline/rules/substitution.h"

namespace orderhub::pipeline::order_rules {
namespace {

using domain::Error;
using domain::Result;
using nlohmann::json;

struct KeyKind {
  std::string_view key;
  ActionKind kind;
};

constexpr std::array<KeyKind, 8> kKeys{{
    {"set_shipping", ActionKind::set_shipping},
    {"set_rush", ActionKind::set_rush},
    {"hold", ActionKind::hold},
    {"mark_problem", ActionKind::mark_problem},
    {"add_note", ActionKind::add_note},
    {"set_custom_field", ActionKind::set_custom_field},
    {"set_invoice", ActionKind::set_invoice},
    {"skip_fulfilment_upload", ActionKind::skip_fulfilment_upload},
}};

std::string known_keys() {
  std::string keys;
  for (const KeyKind& entry : kKeys) {
    keys += (keys.empty() ? "" : ", ") + std::string(entry.key);
  }
  return keys;
}

// A text that may hold placeholders: checked now, expanded when applied.
Result<std::string> read_template(const json& value, const std::string& path,
                                  EmptyText empty = EmptyText::refused) {
  auto text = read_text(value, path, empty);
  if (!text) {
    return text.error();
  }
  if (auto problem = check_template(*text)) {
    return error_at(path, *problem);
  }
  return text;
}

Result<std::string> required_text(const json& object, const std::string& path, const char* key,
                                  EmptyText empty = EmptyText::refused) {
  if (!object.contains(key)) {
    return error_at(member_path(path, key), "is required");
  }
  return read_text(object[key], member_path(path, key), empty);
}

Result<RuleAction> parse_operand(RuleAction action, const json& value, const std::string& path) {
  switch (action.kind) {
    case ActionKind::set_shipping: {
      if (auto checked = check_object(value, path, {"carrier", "service"}); !checked) {
        return checked.error();
      }
      auto carrier = required_text(value, path, "carrier");
      if (!carrier) {
        return carrier.error();
      }
      action.carrier = *carrier;
      if (value.contains("service")) {
        auto service = read_text(value["service"], member_path(path, "service"));
        if (!service) {
          return service.error();
        }
        action.service = *service;
      }
      return action;
    }
    case ActionKind::set_rush: {
      auto flag = read_flag(value, path);
      if (!flag) {
        return flag.error();
      }
      action.flag = *flag;
      return action;
    }
    case ActionKind::hold:
    case ActionKind::mark_problem: {
      if (auto checked = check_object(value, path, {"reason"}); !checked) {
        return checked.error();
      }
      if (!value.contains("reason")) {
        return error_at(member_path(path, "reason"), "is required");
      }
      auto reason = read_template(value["reason"], member_path(path, "reason"));
      if (!reason) {
        return reason.error();
      }
      action.text = *reason;
      return action;
    }
    case ActionKind::add_note: {
      auto note = read_template(value, path);
      if (!note) {
        return note.error();
      }
      action.text = *note;
      return action;
    }
    case ActionKind::set_custom_field: {
      if (auto checked = check_object(value, path, {"name", "value"}); !checked) {
        return checked.error();
      }
      auto name = required_text(value, path, "name");
      if (!name) {
        return name.error();
      }
      if (!value.contains("value")) {
        return error_at(member_path(path, "value"), "is required");
      }
      auto field_value =
          read_template(value["value"], member_path(path, "value"), EmptyText::allowed);
      if (!field_value) {
        return field_value.error();
      }
      action.name = *name;
      action.text = *field_value;
      return action;
    }
    case ActionKind::set_invoice: {
      if (auto checked = check_object(value, path, {"plugin", "template"}); !checked) {
        return checked.error();
      }
      if (!value.contains("plugin") && !value.contains("template")) {
        return error_at(path, "needs \"plugin\", \"template\" or both");
      }
      if (value.contains("plugin")) {
        auto plugin = read_text(value["plugin"], member_path(path, "plugin"));
        if (!plugin) {
          return plugin.error();
        }
        if (!loader::is_valid_plugin_id(*plugin)) {
          return error_at(
              member_path(path, "plugin"),
              domain::quoted(*plugin) + " is not a plugin id like org.orderhub.invoice.standard");
        }
        action.plugin = *plugin;
      }
      if (value.contains("template")) {
        auto path_text = read_text(value["template"], member_path(path, "template"));
        if (!path_text) {
          return path_text.error();
        }
        action.template_path = *path_text;
      }
      return action;
    }
    case ActionKind::skip_fulfilment_upload: {
      auto flag = read_flag(value, path);
      if (!flag) {
        return flag.error();
      }
      if (!*flag) {
        return error_at(path, "must be true (leave the action out to upload as usual)");
      }
      return action;
    }
  }
  return error_at(path, "unreachable");
}

std::string hold(OrderDraft& draft, HoldKind kind, const std::string& reason,
                 Result<domain::Order>& planned) {
  planned = plan_hold(draft.order, HoldRequest{kind, reason});
  if (planned) {
    draft.order = *planned;
  }
  return (kind == HoldKind::on_hold ? "put on hold: " : "marked as a problem: ") + reason;
}

}  // namespace

Result<RuleAction> parse_action(const json& value, const std::string& path) {
  auto key = single_key(value, path, "an action");
  if (!key) {
    return key.error();
  }
  const auto found = std::find_if(kKeys.begin(), kKeys.end(),
                                  [&](const KeyKind& entry) { return entry.key == *key; });
  const std::string at = member_path(path, *key);
  if (found == kKeys.end()) {
    return error_at(at, "unknown action (known: " + known_keys() + ")");
  }
  RuleAction action;
  action.kind = found->kind;
  return parse_operand(std::move(action), value.begin().value(), at);
}

Result<std::string> apply_action(const RuleAction& action, OrderDraft& draft,
                                 domain::Timestamp now) {
  domain::Order& order = draft.order;
  switch (action.kind) {
    case ActionKind::set_shipping:
      if (auto closed = refuse_if_closed(order)) {
        return *closed;
      }
      if (order.shipping_status == domain::ShippingStatus::fully_shipped) {
        return Error{order_name(order) + " is already shipped: its shipping method is final"};
      }
      order.shipping.carrier = action.carrier;
      order.shipping.service = action.service;
      order.shipping.unmapped = false;
      return "set shipping to " + action.carrier +
             (action.service.empty() ? "" : " " + action.service);
    case ActionKind::set_rush:
      order.shipping.rush = action.flag;
      return std::string("set rush to ") + (action.flag ? "true" : "false");
    case ActionKind::hold:
    case ActionKind::mark_problem: {
      Result<domain::Order> planned = Error{""};
      const std::string done =
          hold(draft, action.kind == ActionKind::hold ? HoldKind::on_hold : HoldKind::problem,
               substitute(action.text, order, now), planned);
      if (!planned) {
        return planned.error();
      }
      return done;
    }
    case ActionKind::add_note: {
      const std::string note = substitute(action.text, order, now);
      order.notes += (order.notes.empty() ? "" : "\n") + note;
      return "added note: " + note;
    }
    case ActionKind::set_custom_field: {
      const std::string value = substitute(action.text, order, now);
      draft.overrides.custom_fields[action.name] = value;
      return "set custom field " + action.name + " to " + domain::quoted(value);
    }
    case ActionKind::set_invoice: {
      std::string done = "set invoice";
      if (!action.plugin.empty()) {
        draft.overrides.invoice_plugin = action.plugin;
        done += " plugin " + action.plugin;
      }
      if (!action.template_path.empty()) {
        draft.overrides.invoice_template = action.template_path;
        done += " template " + action.template_path;
      }
      return done;
    }
    case ActionKind::skip_fulfilment_upload:
      if (auto closed = refuse_if_closed(order)) {
        return *closed;
      }
      draft.overrides.skip_fulfilment_upload = true;
      return std::string("skip fulfilment upload");
  }
  return Error{"unreachable"};
}

}  // namespace orderhub::pipeline::order_rules
