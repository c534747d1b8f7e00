// The HTML-to-PDF programs the invoice plugins are compared with, run the way they are used: one
// process per invoice (wkhtmltopdf, the weasyprint command), up to `processes` at once. Their
// figures therefore include starting the program, which the in-process plugins never pay.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "throughput.h"

namespace orderhub::bench {

struct PeerRenderer {
  std::string name;  // "wkhtmltopdf"
  // The command for one invoice: {html} and {pdf} in an argument are replaced by the paths.
  std::vector<std::string> command;
  std::vector<std::string> extra_environment;
};

// wkhtmltopdf: Debian's build (0.12.6 on stock Qt 5 WebKit) needs no X server: it picks Qt's
// "offscreen" platform itself unless QT_QPA_PLATFORM names another (xcb then fails without a
// display). The benchmark sets QT_QPA_PLATFORM=offscreen so that the caller's environment changes
// nothing, and XDG_RUNTIME_DIR, which Qt otherwise warns about (`runtime_directory` must exist
// with mode 0700). By default wkhtmltopdf waits 200 ms after loading a page for its scripts; the
// invoice has none, so the wait is turned off (--javascript-delay 0), which more than halves its
// time per invoice.
PeerRenderer wkhtmltopdf_renderer(const std::filesystem::path& runtime_directory);
PeerRenderer weasyprint_renderer();

// Renders html_files[i] to `output_directory`/invoice-<i>.pdf with up to `processes` processes at
// once. Throws std::runtime_error naming the program, the file and the program's last output when
// a process fails.
Throughput render_with_peer(const PeerRenderer& peer,
                            const std::vector<std::filesystem::path>& html_files, int processes,
                            const std::filesystem::path& output_directory);

// One untimed render, so that the measured ones find the program's files in the page cache.
void warm_up_peer(const PeerRenderer& peer, const std::filesystem::path& html_file,
                  const std::filesystem::path& pdf);

}  // namespace orderhub::bench
