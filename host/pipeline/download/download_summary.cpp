// download_summary.cpp: adding up and showing download counts.
#include "pipeline/download/download_summary.h"

namespace orderhub::pipeline {

DownloadSummary& DownloadSummary::operator+=(const DownloadSummary& other) {
  pages += other.pages;
  inserted += other.inserted;
  updated += other.updated;
  unchanged += other.unchanged;
  skipped_unpaid += other.skipped_unpaid;
  skipped_shipped += other.skipped_shipped;
  skipped_before_limit += other.skipped_before_limit;
  quarantined += other.quarantined;
  return *this;
}

nlohmann::ordered_json summary_to_json(const DownloadSummary& summary) {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();
  json["pages"] = summary.pages;
  json["inserted"] = summary.inserted;
  json["updated"] = summary.updated;
  json["unchanged"] = summary.unchanged;
  json["skipped_unpaid"] = summary.skipped_unpaid;
  json["skipped_shipped"] = summary.skipped_shipped;
  json["skipped_before_limit"] = summary.skipped_before_limit;
  json["quarantined"] = summary.quarantined;
  return json;
}

}  // namespace orderhub::pipeline
