// orderhub-bench-invoices: how fast each invoice format prints the same order, against the
// HTML-to-PDF programs a shop would otherwise use, measured in one run on one machine.
//
//   plugins: Standard, Channel Specific (the CS-Cart layout) and Word to PDF, loaded by the host's
//            loader and called across the C ABI with the render request the host sends; one
//            instance per thread (the ABI never lets two threads call one instance).
//   peers:   wkhtmltopdf and WeasyPrint printing the same invoice as HTML (same data, same lines
//            table), one process per invoice as they are used.
//
// Every PDF is checked afterwards (qpdf --check, pdftotext finds the order number and the grand
// total): a fast wrong render fails the run. Figures depend on the machine and its load; the
// ratios against wkhtmltopdf, measured in the same run, are what to compare.
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "bench_invoice.h"
#include "bench_report.h"
#include "invoice_html.h"
#include "output_check.h"
#include "peer_renderers.h"
#include "plugin_renderers.h"

namespace {

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace orderhub::bench;

struct BenchOptions {
  int invoices = 200;      // Standard and Channel Specific
  int slow_invoices = 20;  // Word to PDF, wkhtmltopdf, WeasyPrint
  int lines = 3;
  int threads = 2;
  bool skip_peers = false;
  bool json = false;
  bool keep = false;
};

// Whether the plugin's first render in the process is reported apart: Word to PDF starts
// LibreOffice there.
enum class ColdStart { not_reported, reported };

struct PluginUnderTest {
  std::string name;
  fs::path directory;
  int invoices = 0;
  // create() config of each instance ("{}" for those not listed).
  std::vector<std::string> configs;
  // How the plugin prints the grand total: "$1,234.56" (en-US) or "1,234.56 USD" (Word).
  std::function<std::string(std::int64_t)> money_text;
  // In the render request: which channel's layout Channel Specific picks.
  std::string channel_plugin_id = "org.orderhub.channel.cscart";
  // A text only this plugin prints (the CS-Cart layout's label), or "".
  std::string renderer_text;
  ColdStart cold_start = ColdStart::not_reported;
};

struct Bench {
  BenchOptions options;
  fs::path directory;
  BenchFigures figures;
  std::vector<OutputToCheck> outputs;

  std::vector<int> thread_counts() const {
    return options.threads > 1 ? std::vector<int>{1, options.threads} : std::vector<int>{1};
  }

  void progress(const std::string& what) const {
    std::cerr << "orderhub-bench-invoices: " << what << "\n";
  }

  // What makes a PDF this invoice: its order number, its grand total as the renderer prints
  // money, the buyer's accented name (the text survived), and what only this renderer prints.
  void expect(const std::string& renderer, const fs::path& pdf, const BenchInvoice& invoice,
              const std::string& total_text, const std::string& renderer_text = "") {
    OutputToCheck output{renderer, pdf, {invoice.order_number, total_text, kBuyerName}};
    if (!renderer_text.empty()) {
      output.expected_texts.push_back(renderer_text);
    }
    outputs.push_back(std::move(output));
  }

  void measure_plugin(const PluginUnderTest& plugin) {
    const std::string& name = plugin.name;
    std::vector<BenchInvoice> data;
    std::vector<std::string> requests;
    for (int number = 1; number <= plugin.invoices; ++number) {
      data.push_back(make_bench_invoice(number, options.lines));
      requests.push_back(render_request(data.back(), plugin.channel_plugin_id));
    }
    PluginRenderer renderer(plugin.directory, options.threads, plugin.configs);
    RendererFigures renderer_figures{name, RunsAs::plugin_in_process, {}, {}};
    // Every instance renders once before the clock starts; the first of them is the process's
    // first render of this plugin.
    for (int instance = 0; instance < options.threads; ++instance) {
      const BenchInvoice warm_up = make_bench_invoice(9000 + instance, options.lines);
      const fs::path pdf =
          directory / (slug(name) + "-warm-up-" + std::to_string(instance) + ".pdf");
      const double milliseconds =
          renderer.render_once_ms(instance, render_request(warm_up, plugin.channel_plugin_id), pdf);
      if (instance == 0 && plugin.cold_start == ColdStart::reported) {
        renderer_figures.cold_first_ms = milliseconds;
      }
      expect(name + ", warm-up", pdf, warm_up, plugin.money_text(warm_up.total_minor),
             plugin.renderer_text);
    }
    for (const int threads : thread_counts()) {
      progress(name + ": " + std::to_string(plugin.invoices) + " invoices, " +
               std::to_string(threads) + " thread(s)");
      const fs::path run_directory = directory / (slug(name) + "-" + std::to_string(threads));
      renderer_figures.runs.push_back(renderer.render_all(requests, threads, run_directory));
      for (std::size_t index = 0; index < data.size(); ++index) {
        expect(name + ", " + std::to_string(threads) + " thread(s)",
               run_directory / ("invoice-" + std::to_string(index) + ".pdf"), data[index],
               plugin.money_text(data[index].total_minor), plugin.renderer_text);
      }
    }
    renderer_figures.pdf_bytes = fs::file_size(directory / (slug(name) + "-1") / "invoice-0.pdf");
    figures.renderers.push_back(std::move(renderer_figures));
  }

  void measure_peer(const PeerRenderer& peer) {
    const fs::path html_directory = directory / "html";
    fs::create_directories(html_directory);
    std::vector<BenchInvoice> data;
    std::vector<fs::path> html_files;
    for (int number = 1; number <= options.slow_invoices; ++number) {
      data.push_back(make_bench_invoice(number, options.lines));
      html_files.push_back(html_directory / ("invoice-" + std::to_string(number) + ".html"));
      std::ofstream(html_files.back()) << invoice_html(data.back());
    }
    const auto dollars = [](std::int64_t minor) { return "$" + amount_text(minor); };
    const fs::path warm_up_pdf = directory / (slug(peer.name) + "-warm-up.pdf");
    warm_up_peer(peer, html_files.front(), warm_up_pdf);
    expect(peer.name + ", warm-up", warm_up_pdf, data.front(), dollars(data.front().total_minor));
    RendererFigures renderer_figures{peer.name, RunsAs::process_per_invoice, {}, {}};
    for (const int processes : thread_counts()) {
      progress(peer.name + ": " + std::to_string(data.size()) + " invoices, " +
               std::to_string(processes) + " process(es) at once");
      const fs::path run_directory =
          directory / (slug(peer.name) + "-" + std::to_string(processes));
      renderer_figures.runs.push_back(render_with_peer(peer, html_files, processes, run_directory));
      for (std::size_t index = 0; index < data.size(); ++index) {
        expect(peer.name + ", " + std::to_string(processes) + " process(es)",
               run_directory / ("invoice-" + std::to_string(index) + ".pdf"), data[index],
               dollars(data[index].total_minor));
      }
    }
    renderer_figures.pdf_bytes =
        fs::file_size(directory / (slug(peer.name) + "-1") / "invoice-0.pdf");
    figures.renderers.push_back(std::move(renderer_figures));
  }

  static std::string slug(const std::string& name) {
    std::string result;
    for (const char character : name) {
      result += character == ' '
                    ? '-'
                    : static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
    }
    return result;
  }
};

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string machine_description() {
  std::ifstream loadavg("/proc/loadavg");
  std::string one, five, fifteen;
  loadavg >> one >> five >> fifteen;
  return std::to_string(std::thread::hardware_concurrency()) + " CPUs, load average " + one + " " +
         five + " " + fifteen;
}

}  // namespace

int main(int argc, char** argv) {
  BenchOptions options;
  std::string output_directory;
  po::options_description description(
      "orderhub-bench-invoices: the invoice plugins (Standard, Channel Specific, Word to PDF) "
      "against wkhtmltopdf and WeasyPrint, printing the same order; every PDF is checked");
  description.add_options()("help", "show this help")(
      "invoices", po::value<int>(&options.invoices)->default_value(options.invoices),
      "invoices per run for Standard and Channel Specific")(
      "slow-invoices", po::value<int>(&options.slow_invoices)->default_value(options.slow_invoices),
      "invoices per run for Word to PDF, wkhtmltopdf and WeasyPrint")(
      "lines", po::value<int>(&options.lines)->default_value(options.lines),
      "order lines per invoice")(
      "threads", po::value<int>(&options.threads)->default_value(options.threads),
      "measure with 1 and with this many threads (plugins) or processes at once (peers)")(
      "skip-peers", "do not run wkhtmltopdf and WeasyPrint (no ratios then)")(
      "dir", po::value<std::string>(&output_directory),
      "where the HTML and PDF files go (default: a new folder in the temporary directory)")(
      "keep", "keep the HTML and PDF files (they are removed after a run that passed)")(
      "json", "print the figures as one JSON object");
  po::variables_map values;
  try {
    po::store(po::parse_command_line(argc, argv, description), values);
    po::notify(values);
  } catch (const po::error& error) {
    std::cerr << error.what() << "\n" << description;
    return 2;
  }
  if (values.count("help") != 0) {
    std::cout << description;
    return 0;
  }
  if (options.invoices < 1 || options.slow_invoices < 1 || options.lines < 1 ||
      options.threads < 1) {
    std::cerr << "--invoices, --slow-invoices, --lines and --threads must be at least 1\n";
    return 2;
  }
  options.skip_peers = values.count("skip-peers") != 0;
  options.json = values.count("json") != 0;
  options.keep = values.count("keep") != 0 || !output_directory.empty();

  Bench bench{options, {}, {}, {}};
  bench.directory =
      output_directory.empty()
          ? fs::temp_directory_path() / ("orderhub-bench-invoices-" + std::to_string(getpid()))
          : fs::path(output_directory);
  fs::create_directories(bench.directory);
  bench.figures.date = utc_now();
  bench.figures.machine = machine_description();
  bench.figures.lines = options.lines;

  const auto dollars = [](std::int64_t minor) { return "$" + amount_text(minor); };
  const auto word_money = [](std::int64_t minor) { return amount_text(minor) + " USD"; };
  try {
    const fs::path plugins = ORDERHUB_BENCH_PLUGINS_DIRECTORY;
    bench.measure_plugin({.name = kStandardName,
                          .directory = plugins / "invoice-standard",
                          .invoices = options.invoices,
                          .configs = {},
                          .money_text = dollars,
                          .channel_plugin_id = "org.orderhub.channel.cscart",
                          .renderer_text = "",
                          .cold_start = ColdStart::not_reported});
    bench.measure_plugin({.name = "Channel Specific",
                          .directory = plugins / "invoice-channel-specific",
                          .invoices = options.invoices,
                          .configs = {},
                          .money_text = dollars,
                          .channel_plugin_id = "org.orderhub.channel.cscart",
                          .renderer_text = "CS-Cart order #",
                          .cold_start = ColdStart::not_reported});
    if (!options.skip_peers) {
      const fs::path runtime_directory = bench.directory / "xdg-runtime";
      fs::create_directories(runtime_directory);
      fs::permissions(runtime_directory, fs::perms::owner_all);
      bench.measure_peer(wkhtmltopdf_renderer(runtime_directory));
      bench.measure_peer(weasyprint_renderer());
    }
    // Last: LibreOffice's threads stay in the process once started. It leaves empty lu*.tmp
    // folders in TMPDIR, so TMPDIR is pointed into the run's folder first (no thread runs now).
    const fs::path office_temporary = bench.directory / "office-tmp";
    fs::create_directories(office_temporary);
    setenv("TMPDIR", office_temporary.c_str(), 1);
    std::vector<std::string> word_configs;
    for (int instance = 0; instance < options.threads; ++instance) {
      word_configs.push_back(
          nlohmann::json{{"work_directory",
                          (bench.directory / ("word-work-" + std::to_string(instance))).string()}}
              .dump());
    }
    bench.measure_plugin({.name = kWordToPdfName,
                          .directory = plugins / "word-to-pdf",
                          .invoices = options.slow_invoices,
                          .configs = word_configs,
                          .money_text = word_money,
                          .channel_plugin_id = "org.orderhub.channel.cscart",
                          .renderer_text = "",
                          .cold_start = ColdStart::reported});
  } catch (const std::exception& error) {
    std::cerr << "orderhub-bench-invoices: " << error.what() << "\n(files kept in "
              << bench.directory.string() << ")\n";
    return 1;
  }

  bench.progress("checking " + std::to_string(bench.outputs.size()) + " PDFs");
  const std::vector<std::string> failures = check_outputs(bench.outputs, options.threads);
  if (!failures.empty()) {
    std::cerr << "orderhub-bench-invoices: " << failures.size() << " of " << bench.outputs.size()
              << " PDFs fail the check, the figures do not count:\n";
    for (std::size_t index = 0; index < failures.size() && index < 10; ++index) {
      std::cerr << "  " << failures[index] << "\n";
    }
    std::cerr << "(files kept in " << bench.directory.string() << ")\n";
    return 1;
  }
  bench.figures.checked_outputs = static_cast<int>(bench.outputs.size());
  if (options.json) {
    print_json(bench.figures, std::cout);
  } else {
    print_table(bench.figures, std::cout);
  }
  if (!options.keep) {
    fs::remove_all(bench.directory);
  }
  return 0;
}
