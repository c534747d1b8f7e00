// channeladvisor_fixture.cpp: the ChannelAdvisor account and the lookups its tests share.
#include "channeladvisor_fixture.h"

#include <ctime>
#include <stdexcept>

#include <httplib.h>

namespace orderhub::testing {

ChannelUnderTest channeladvisor_channel() {
  ChannelUnderTest channel;
  channel.sandbox_channel = "channeladvisor";
  channel.plugin = "channeladvisor";
  channel.wire_order_id_field = "ID";
  channel.config = [](const SandboxProcess& sandbox) {
    const std::string url = sandbox.channel_url("channeladvisor");
    return nlohmann::json{{"base_url", url},
                          {"token_url", url + "/oauth2/token"},
                          {"application_id", "sandbox-application"},
                          {"shared_secret", "sandbox-shared-secret"},
                          {"refresh_token", "sandbox-refresh-token"}};
  };
  return channel;
}

std::vector<domain::Order> ChannelAdvisorFixture::shippable(
    const std::vector<std::string>& included, const std::vector<std::string>& excluded) const {
  std::vector<domain::Order> orders;
  for (const domain::Order& order : shippable_orders()) {
    bool keep = !order.third_party_managed;
    for (const std::string& prefix : excluded) {
      keep = keep && order.marketplace.rfind(prefix, 0) != 0;
    }
    bool wanted = included.empty();
    for (const std::string& prefix : included) {
      wanted = wanted || order.marketplace.rfind(prefix, 0) == 0;
    }
    if (keep && wanted) {
      orders.push_back(order);
    }
  }
  return orders;
}

nlohmann::json ChannelAdvisorFixture::received_of(const std::string& kind,
                                                  const std::optional<std::string>& order_id) const {
  nlohmann::json entries = nlohmann::json::array();
  for (const nlohmann::json& entry : received()) {
    if (entry.at("kind") == kind && (!order_id || entry.at("order_id") == *order_id)) {
      entries.push_back(entry);
    }
  }
  return entries;
}

std::string ChannelAdvisorFixture::add_channel_order(const nlohmann::json& fields) const {
  // A download's window ends at the current whole second (exclusive); an order stamped in that
  // same second would only be seen by a later download, so it is dated a few seconds back (the
  // next download re-reads 10 minutes before its last window).
  const std::time_t earlier = std::time(nullptr) - 3;
  std::tm parts{};
  gmtime_r(&earlier, &parts);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &parts);
  nlohmann::json dated = {{"CreatedDateUtc", stamp}, {"UpdatedDateUtc", stamp}};
  dated.merge_patch(fields);
  httplib::Client client(const_cast<ChannelAdvisorFixture*>(this)->sandbox().base_url());
  const auto response =
      client.Post("/admin/channeladvisor/orders", dated.dump(), "application/json");
  if (!response || response->status != 201) {
    throw std::runtime_error("adding an order failed: " +
                             (response ? response->body : std::string("no answer")));
  }
  return nlohmann::json::parse(response->body).at("ID").dump();
}

std::int64_t ChannelAdvisorFixture::on_hand(const std::string& sku) const {
  const auto store = store::open_store(database_path());
  const auto item = store->begin_read()->inventory().find(sku);
  return item ? item->on_hand : 0;
}

domain::Order ChannelAdvisorFixture::stored_by_channel_id(const std::string& channel_order_id) const {
  for (const domain::Order& order : stored_orders()) {
    if (order.channel_order_id.str() == channel_order_id) {
      return order;
    }
  }
  throw std::runtime_error("the hub has no order " + channel_order_id);
}

}  // namespace orderhub::testing
