// Counters behind `GET /admin/stats`: channel requests per route and injected faults per kind.
#pragma once

#include "core/fault_injector.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace orderhub::sandbox {

class RequestStats {
 public:
  // `route` is the method and path template, e.g. "GET /api/orders/<id>".
  void count_request(const std::string& channel, const std::string& route);
  void count_fault(const std::string& channel, FaultKind kind);

  // {"requests": {channel: {route: n}}, "requests_total": n, "faults": {kind: n},
  //  "faults_by_channel": {channel: {kind: n}}} merged into the stats document.
  void write_json(nlohmann::json& stats) const;

  void clear();

 private:
  std::map<std::string, std::map<std::string, std::int64_t>> requests_;
  std::int64_t requests_total_ = 0;
  std::map<std::string, std::map<std::string, std::int64_t>> faults_by_channel_;
};

}  // namespace orderhub::sandbox
