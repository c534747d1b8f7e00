// outbox_test_support.cpp: the outbox tests' fixture.
#include "outbox_test_support.h"

#include <nlohmann/json.hpp>

namespace orderhub::pipeline::testing {

OutboxTest::OutboxTest() = default;

OutboxDelivery OutboxTest::delivery(DeliveryOptions options) {
  return OutboxDelivery(*store_, clock_, jitter_, std::move(options));
}

domain::OutboxRow OutboxTest::enqueue(const std::string& key, domain::OutboxKind kind,
                                      std::optional<domain::OrderId> order,
                                      std::optional<domain::Timestamp> not_before) {
  domain::OutboxRequest request;
  request.account = shop_;
  request.order_id = order.value_or(order_id_);
  request.kind = kind;
  request.idempotency_key = key;
  request.payload_json = nlohmann::json{{"idempotency_key", key}}.dump();
  request.not_before = not_before.value_or(now_);
  request.created_at = now_;
  return store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    return transaction.outbox().enqueue(request).row;
  });
}

domain::OutboxRow OutboxTest::row(std::int64_t id) {
  return *store_->begin_read()->outbox().find(id);
}

std::vector<domain::OutboxRow> OutboxTest::rows_in(domain::OutboxState state) {
  store::OutboxFilter filter;
  filter.state = state;
  filter.limit = -1;
  return store_->begin_read()->outbox().list(filter);
}

std::vector<std::string> OutboxTest::keys_sent(const ScriptedChannel& channel) {
  std::vector<std::string> keys;
  for (const SentDocument& sent : channel.sent()) {
    keys.push_back(nlohmann::json::parse(sent.document).at("idempotency_key").get<std::string>());
  }
  return keys;
}

}  // namespace orderhub::pipeline::testing
