// download_summary.h: what one download run did, counted per order.
#pragma once

#include <nlohmann/json.hpp>

namespace orderhub::pipeline {

struct DownloadSummary {
  int pages = 0;                 // pages committed
  int inserted = 0;              // new orders stored
  int updated = 0;               // stored orders the channel changed, updated in place
  int unchanged = 0;             // stored orders downloaded again without a change
  int skipped_unpaid = 0;        // new orders not imported: not paid (download.allow_unpaid)
  int skipped_shipped = 0;       // ... already shipped (download.allow_shipped)
  int skipped_before_limit = 0;  // ... created before download.limit_date
  int quarantined = 0;           // orders that could not be imported, kept with the reason

  DownloadSummary& operator+=(const DownloadSummary& other);
  friend bool operator==(const DownloadSummary&, const DownloadSummary&) = default;
};

// {"pages", "inserted", "updated", "unchanged", "skipped_unpaid", "skipped_shipped",
//  "skipped_before_limit", "quarantined"}
nlohmann::ordered_json summary_to_json(const DownloadSummary& summary);

}  // namespace orderhub::pipeline
