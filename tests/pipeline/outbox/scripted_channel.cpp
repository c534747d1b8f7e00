// scripted_channel.cpp: the fake channel of the outbox tests.
#include "scripted_channel.h"

#include <nlohmann/json.hpp>

namespace orderhub::pipeline::testing {

loader::CallResult ScriptedChannel::deliver(domain::OutboxKind kind, std::string_view document) {
  std::size_t number = 0;
  {
    std::lock_guard lock(mutex_);
    sent_.push_back({kind, std::string(document)});
    number = sent_.size();
  }
  if (during_call) {
    during_call();
  }
  std::lock_guard lock(mutex_);
  if (!script_.empty()) {
    loader::CallResult result = script_.front();
    script_.pop_front();
    return result;
  }
  loader::CallResult accepted;
  accepted.output = nlohmann::json{{"schema", "orderhub.delivery_result/1"},
                                   {"channel_reference", "ref-" + std::to_string(number)}}
                        .dump();
  return accepted;
}

void ScriptedChannel::then(loader::StatusCode status, std::string message,
                           std::chrono::milliseconds retry_after) {
  loader::CallResult result;
  result.status = status;
  result.message = std::move(message);
  result.retry_after = retry_after;
  if (status == loader::StatusCode::ok) {
    result.output = R"({"schema":"orderhub.delivery_result/1","already_applied":true})";
  }
  std::lock_guard lock(mutex_);
  script_.push_back(std::move(result));
}

std::vector<SentDocument> ScriptedChannel::sent() const {
  std::lock_guard lock(mutex_);
  return sent_;
}

}  // namespace orderhub::pipeline::testing
