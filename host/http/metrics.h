// metrics.h: the service's counters, gauges and latency histograms, rendered in the Prometheus
// text exposition format for GET /metrics. Label values are fixed sets chosen by the code (route
// patterns, status codes, results), never raw request paths, so the number of series stays small.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace orderhub::http {

// Label name -> value, in the order they are written.
using Labels = std::vector<std::pair<std::string, std::string>>;

class Metrics {
 public:
  // Adds amount to a counter (created at zero on first use).
  void count(const std::string& name, const Labels& labels, double amount = 1);
  // Records one observation, in seconds, in a histogram with the standard latency buckets.
  void observe(const std::string& name, const Labels& labels, double seconds);

  // Gauges are read when /metrics is rendered, so they are always current (e.g. the outbox depth
  // read from the store). The reader appends (labels, value) pairs.
  using GaugeReader = std::function<void(std::vector<std::pair<Labels, double>>& values)>;
  void add_gauge(const std::string& name, const std::string& help, GaugeReader reader);

  // Sets the help text written for a counter or histogram.
  void describe(const std::string& name, const std::string& help);

  // The whole exposition, "# HELP", "# TYPE" and sample lines.
  std::string render() const;

  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1,    2.5,   10};

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  struct Gauge {
    std::string help;
    GaugeReader reader;
  };

  mutable std::mutex mutex_;
  std::map<std::string, std::string> help_;
  std::map<std::string, std::map<Labels, double>> counters_;
  std::map<std::string, std::map<Labels, Histogram>> histograms_;
  std::map<std::string, Gauge> gauges_;
};

// Seconds elapsed since start, for observe().
double seconds_since(std::chrono::steady_clock::time_point start);

}  // namespace orderhub::http
