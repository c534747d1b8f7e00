// substitution.cpp: checking and expanding ${now:FORMAT} and ${order.FIELD}.
#include "pipeline/rules/substitution.h"

#include <array>
#include <chrono>
#include <cstdio>

#include "pipeline/documents/document_values.h"

namespace orderhub::pipeline::order_rules {
namespace {

constexpr std::array<std::string_view, 19> kOrderFields{"id",
                                                        "channel_order_id",
                                                        "account",
                                                        "status",
                                                        "shipping_status",
                                                        "payment_status",
                                                        "currency",
                                                        "total",
                                                        "ship_to_name",
                                                        "ship_to_city",
                                                        "ship_to_state",
                                                        "ship_to_postal_code",
                                                        "ship_to_country",
                                                        "buyer_name",
                                                        "buyer_email",
                                                        "shipping_method",
                                                        "carrier",
                                                        "service",
                                                        "created_at"};

std::string order_field(const domain::Order& order, std::string_view field) {
  if (field == "id")
    return std::to_string(order.id.value);
  if (field == "channel_order_id")
    return order.channel_order_id.str();
  if (field == "account")
    return order.account.str();
  if (field == "status")
    return std::string(domain::to_string(order.status));
  if (field == "shipping_status")
    return std::string(domain::to_string(order.shipping_status));
  if (field == "payment_status")
    return std::string(domain::to_string(order.payment_status));
  if (field == "currency")
    return std::string(order.currency.code());
  if (field == "total")
    return domain::format_money(order.totals.total);
  if (field == "ship_to_name")
    return order.ship_to.name;
  if (field == "ship_to_city")
    return order.ship_to.city;
  if (field == "ship_to_state")
    return order.ship_to.state;
  if (field == "ship_to_postal_code")
    return order.ship_to.postal_code;
  if (field == "ship_to_country")
    return order.ship_to.country;
  if (field == "buyer_name")
    return order.buyer.name;
  if (field == "buyer_email")
    return order.buyer.email;
  if (field == "shipping_method")
    return order.shipping.channel_method;
  if (field == "carrier")
    return order.shipping.carrier;
  if (field == "service")
    return order.shipping.service;
  if (field == "created_at")
    return domain::format_timestamp(order.created_at);
  return {};
}

bool is_order_field(std::string_view name) {
  for (std::string_view field : kOrderFields) {
    if (field == name) {
      return true;
    }
  }
  return false;
}

std::optional<std::string> check_time_format(std::string_view format) {
  if (format.empty()) {
    return "the ${now:FORMAT} format is empty";
  }
  for (std::size_t index = 0; index < format.size(); ++index) {
    if (format[index] != '%') {
      continue;
    }
    if (index + 1 == format.size()) {
      return "the ${now:FORMAT} format " + domain::quoted(format) + " ends with a lone %";
    }
    const char conversion = format[++index];
    if (std::string_view("YmdHMS%").find(conversion) == std::string_view::npos) {
      return "the ${now:FORMAT} format " + domain::quoted(format) + " uses %" +
             std::string(1, conversion) + " (known: %Y %m %d %H %M %S %%)";
    }
  }
  return std::nullopt;
}

std::string two_digits(unsigned value) {
  char text[8];
  std::snprintf(text, sizeof text, "%02u", value % 100);
  return text;
}

std::string format_time(std::string_view format, domain::Timestamp now) {
  const auto day = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{now - day};
  std::string text;
  for (std::size_t index = 0; index < format.size(); ++index) {
    if (format[index] != '%') {
      text += format[index];
      continue;
    }
    switch (format[++index]) {
      case 'Y':
        text += std::to_string(static_cast<int>(date.year()));
        break;
      case 'm':
        text += two_digits(static_cast<unsigned>(date.month()));
        break;
      case 'd':
        text += two_digits(static_cast<unsigned>(date.day()));
        break;
      case 'H':
        text += two_digits(static_cast<unsigned>(time.hours().count()));
        break;
      case 'M':
        text += two_digits(static_cast<unsigned>(time.minutes().count()));
        break;
      case 'S':
        text += two_digits(static_cast<unsigned>(time.seconds().count()));
        break;
      default:
        text += '%';
        break;
    }
  }
  return text;
}

// Walks the placeholders of text, calling on_text for plain text and on_placeholder for the
// inside of each ${...}; stops at the first message either returns.
template <class OnText, class OnPlaceholder>
std::optional<std::string> walk(std::string_view text, OnText on_text,
                                OnPlaceholder on_placeholder) {
  std::size_t position = 0;
  while (position < text.size()) {
    const std::size_t start = text.find("${", position);
    if (start == std::string_view::npos) {
      on_text(text.substr(position));
      break;
    }
    on_text(text.substr(position, start - position));
    const std::size_t end = text.find('}', start + 2);
    if (end == std::string_view::npos) {
      return "the placeholder at character " + std::to_string(start + 1) + " is not closed by }";
    }
    if (auto message = on_placeholder(text.substr(start + 2, end - start - 2))) {
      return message;
    }
    position = end + 1;
  }
  return std::nullopt;
}

}  // namespace

std::span<const std::string_view> order_field_names() {
  return kOrderFields;
}

std::optional<std::string> check_template(std::string_view text) {
  return walk(
      text, [](std::string_view) {},
      [](std::string_view inside) -> std::optional<std::string> {
        if (inside.starts_with("now:")) {
          return check_time_format(inside.substr(4));
        }
        if (inside.starts_with("order.")) {
          if (is_order_field(inside.substr(6))) {
            return std::nullopt;
          }
          std::string known;
          for (std::string_view field : kOrderFields) {
            known += (known.empty() ? "" : ", ") + std::string(field);
          }
          return "unknown order field " + domain::quoted(inside.substr(6)) + " in ${" +
                 std::string(inside) + "} (known: " + known + ")";
        }
        return "unknown placeholder ${" + std::string(inside) +
               "} (known: ${now:FORMAT}, ${order.FIELD})";
      });
}

std::string substitute(std::string_view text, const domain::Order& order, domain::Timestamp now) {
  std::string result;
  (void)walk(
      text, [&](std::string_view plain) { result += plain; },
      [&](std::string_view inside) -> std::optional<std::string> {
        if (inside.starts_with("now:")) {
          result += format_time(inside.substr(4), now);
        } else if (inside.starts_with("order.")) {
          result += order_field(order, inside.substr(6));
        }
        return std::nullopt;
      });
  return result;
}

}  // namespace orderhub::pipeline::order_rules
