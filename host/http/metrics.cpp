// metrics.cpp: keeping the service's metrics and writing them as Prometheus text.
#include "http/metrics.h"

#include <fmt/format.h>

namespace orderhub::http {
namespace {

std::string escape_label(const std::string& value) {
  std::string escaped;
  for (char character : value) {
    if (character == '\\' || character == '"') {
      escaped += '\\';
      escaped += character;
    } else if (character == '\n') {
      escaped += "\\n";
    } else {
      escaped += character;
    }
  }
  return escaped;
}

std::string label_text(const Labels& labels, const std::string& extra_name = {},
                       const std::string& extra_value = {}) {
  std::string text;
  for (const auto& [name, value] : labels) {
    text += (text.empty() ? "" : ",") + name + "=\"" + escape_label(value) + "\"";
  }
  if (!extra_name.empty()) {
    text += (text.empty() ? "" : ",") + extra_name + "=\"" + extra_value + "\"";
  }
  return text.empty() ? std::string() : "{" + text + "}";
}

std::string number(double value) {
  return fmt::format("{}", value);
}

}  // namespace

void Metrics::count(const std::string& name, const Labels& labels, double amount) {
  const std::lock_guard lock(mutex_);
  counters_[name][labels] += amount;
}

void Metrics::observe(const std::string& name, const Labels& labels, double seconds) {
  const std::lock_guard lock(mutex_);
  Histogram& histogram = histograms_[name][labels];
  for (std::size_t index = 0; index < kBuckets.size(); ++index) {
    if (seconds <= kBuckets[index]) {
      ++histogram.buckets[index];
    }
  }
  ++histogram.count;
  histogram.sum += seconds;
}

void Metrics::add_gauge(const std::string& name, const std::string& help, GaugeReader reader) {
  const std::lock_guard lock(mutex_);
  gauges_[name] = Gauge{help, std::move(reader)};
}

void Metrics::describe(const std::string& name, const std::string& help) {
  const std::lock_guard lock(mutex_);
  help_[name] = help;
}

std::string Metrics::render() const {
  std::map<std::string, Gauge> gauges;
  std::string text;
  {
    const std::lock_guard lock(mutex_);
    gauges = gauges_;
    for (const auto& [name, series] : counters_) {
      const auto help = help_.find(name);
      text += "# HELP " + name + " " + (help != help_.end() ? help->second : name) + "\n";
      text += "# TYPE " + name + " counter\n";
      for (const auto& [labels, value] : series) {
        text += name + label_text(labels) + " " + number(value) + "\n";
      }
    }
    for (const auto& [name, series] : histograms_) {
      const auto help = help_.find(name);
      text += "# HELP " + name + " " + (help != help_.end() ? help->second : name) + "\n";
      text += "# TYPE " + name + " histogram\n";
      for (const auto& [labels, histogram] : series) {
        for (std::size_t index = 0; index < kBuckets.size(); ++index) {
          text += name + "_bucket" + label_text(labels, "le", number(kBuckets[index])) + " " +
                  std::to_string(histogram.buckets[index]) + "\n";
        }
        text += name + "_bucket" + label_text(labels, "le", "+Inf") + " " +
                std::to_string(histogram.count) + "\n";
        text += name + "_sum" + label_text(labels) + " " + number(histogram.sum) + "\n";
        text += name + "_count" + label_text(labels) + " " + std::to_string(histogram.count) + "\n";
      }
    }
  }
  // Gauges read the store: outside the lock, so a slow read never blocks request counting.
  for (const auto& [name, gauge] : gauges) {
    std::vector<std::pair<Labels, double>> values;
    gauge.reader(values);
    text += "# HELP " + name + " " + gauge.help + "\n";
    text += "# TYPE " + name + " gauge\n";
    for (const auto& [labels, value] : values) {
      text += name + label_text(labels) + " " + number(value) + "\n";
    }
  }
  return text;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace orderhub::http
