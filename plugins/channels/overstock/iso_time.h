// ISO 8601 times as Supplier Oasis writes them ("2013-06-19T16:54:34.000-06:00": fractions and
// offsets) and as orderhub wants them (UTC, "2013-06-19T22:54:34Z"), through Unix milliseconds.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_ISO_TIME_H
#define ORDERHUB_PLUGINS_OVERSTOCK_ISO_TIME_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::overstock {

// "YYYY-MM-DDTHH:MM:SS[.fff...](Z|+HH:MM|-HH:MM)" -> Unix milliseconds (fractions beyond
// milliseconds are dropped). nullopt for anything else, including impossible dates (2026-02-30).
std::optional<std::int64_t> unix_milliseconds_from_iso(std::string_view text);

// Unix milliseconds -> "2026-11-23T16:00:00Z" (milliseconds dropped: orderhub times are seconds).
std::string iso_from_unix_milliseconds(std::int64_t milliseconds);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_ISO_TIME_H
