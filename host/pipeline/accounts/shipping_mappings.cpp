// shipping_mappings.cpp: mapping channel shipping methods to carriers and services.
#include "pipeline/accounts/shipping_mappings.h"

#include <map>

#include <nlohmann/json.hpp>

namespace orderhub::pipeline {
namespace {

nlohmann::json shipping_json(const domain::ShippingChoice& shipping) {
  return {{"carrier", shipping.carrier},
          {"service", shipping.service},
          {"code_to_send", shipping.code_to_send},
          {"service_code", shipping.service_code},
          {"rush", shipping.rush},
          {"unmapped", shipping.unmapped}};
}

bool still_to_ship(const domain::Order& order) {
  return order.shipping_status != domain::ShippingStatus::fully_shipped &&
         order.status != domain::OrderStatus::cancelled &&
         order.status != domain::OrderStatus::voided &&
         order.status != domain::OrderStatus::completed;
}

}  // namespace

void apply_mapping(domain::Order& order, const std::optional<domain::ShippingMapping>& mapping) {
  const std::string method = order.shipping.channel_method;
  order.shipping = domain::ShippingChoice{};
  order.shipping.channel_method = method;
  if (!mapping) {
    order.shipping.unmapped = true;
    return;
  }
  order.shipping.carrier = mapping->carrier;
  order.shipping.service = mapping->service;
  order.shipping.code_to_send = mapping->code_to_send;
  order.shipping.service_code = mapping->service_code;
  order.shipping.rush = mapping->rush;
}

domain::Result<int> set_mapping(store::Store& store, const domain::ShippingMapping& mapping,
                                domain::Timestamp now) {
  if (mapping.channel_method.empty()) {
    return domain::Error{"the channel method is empty"};
  }
  if (mapping.carrier.empty()) {
    return domain::Error{"the carrier is empty"};
  }
  if (mapping.service.empty()) {
    return domain::Error{"the service is empty"};
  }
  return store::in_write_transaction(
      store, [&](store::Transaction& transaction) -> domain::Result<int> {
        if (!transaction.accounts().find(mapping.account)) {
          return domain::Error{"unknown account " + domain::quoted(mapping.account.str())};
        }
        transaction.mappings().put(mapping);
        store::OrderFilter filter;
        filter.account = mapping.account;
        filter.limit = -1;
        int applied = 0;
        for (domain::Order& order : transaction.orders().list(filter)) {
          if (!order.shipping.unmapped || order.shipping.channel_method != mapping.channel_method ||
              !still_to_ship(order)) {
            continue;
          }
          const nlohmann::json before = shipping_json(order.shipping);
          apply_mapping(order, mapping);
          transaction.orders().update(order);
          domain::HistoryEvent event;
          event.order_id = order.id;
          event.at = now;
          event.actor = "mapping";
          event.kind = "mapping_applied";
          event.summary = "shipping method " + domain::quoted(mapping.channel_method) +
                          " mapped to " + mapping.carrier + " " + mapping.service;
          event.before_json = before.dump();
          event.after_json = shipping_json(order.shipping).dump();
          transaction.history().append(event);
          ++applied;
        }
        return applied;
      });
}

std::vector<UnmappedMethod> unmapped_methods(store::Transaction& transaction,
                                             const domain::AccountId& account) {
  std::map<std::string, bool> mapped;
  for (const domain::ShippingMapping& mapping : transaction.mappings().list(account)) {
    mapped[mapping.channel_method] = true;
  }
  store::OrderFilter filter;
  filter.account = account;
  filter.limit = -1;
  std::map<std::string, std::int64_t> counts;
  for (const domain::Order& order : transaction.orders().list(filter)) {
    if (!mapped.contains(order.shipping.channel_method)) {
      ++counts[order.shipping.channel_method];
    }
  }
  std::vector<UnmappedMethod> methods;
  for (const auto& [method, count] : counts) {
    methods.push_back(UnmappedMethod{method, count});
  }
  return methods;
}

}  // namespace orderhub::pipeline
