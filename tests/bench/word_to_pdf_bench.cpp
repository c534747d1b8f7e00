// orderhub-bench-word-to-pdf: how long the Word to PDF plugin takes per invoice, called across
// the C ABI like `orderhub invoice` calls it. The first render starts LibreOffice in the process
// (cold); every later one reuses it (warm): the template is read and filled, the .docx written,
// converted by the warm office and the PDF read back.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"

namespace {

namespace po = boost::program_options;
using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of the whole process (every LibreOffice thread included): on a busy machine the wall
// clock also counts the time other processes held the CPU, this does not.
double process_cpu_milliseconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto milliseconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) * 1000.0 + static_cast<double>(time.tv_usec) / 1000.0;
  };
  return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime);
}

// Time this process's threads spent runnable but waiting for a CPU (/proc/self/task/*/schedstat,
// second field): on a shared machine, what other processes cost the wall clock.
double process_runqueue_wait_milliseconds() {
  double total = 0;
  std::error_code error;
  for (const auto& task : std::filesystem::directory_iterator("/proc/self/task", error)) {
    std::ifstream stat(task.path() / "schedstat");
    double running_ns = 0;
    double waiting_ns = 0;
    if (stat >> running_ns >> waiting_ns) {
      total += waiting_ns / 1e6;
    }
  }
  return total;
}

nlohmann::json money(long long minor) {
  return {{"minor", minor}, {"currency", "EUR"}};
}

// An order of `lines` lines, numbered like a day of invoices.
std::string render_request(int number, int lines, const std::string& template_path) {
  nlohmann::json order_lines = nlohmann::json::array();
  for (int line = 1; line <= lines; ++line) {
    order_lines.push_back({{"line_id", std::to_string(line)},
                           {"sku", "SKU-" + std::to_string(line)},
                           {"title", "Item number " + std::to_string(line)},
                           {"quantity", line},
                           {"unit_price", money(1999 * line)}});
  }
  const nlohmann::json address = {{"name", "Zoe Quartermaine"},
                                  {"line1", "1 Rue de Rivoli"},
                                  {"city", "Paris"},
                                  {"postal_code", "75001"},
                                  {"country", "FR"}};
  nlohmann::json request = {
      {"schema", "orderhub.render_request/1"},
      {"order",
       {{"channel_order_id", "BENCH-" + std::to_string(number)},
        {"created_at", "2026-11-20T09:15:00Z"},
        {"updated_at", "2026-11-20T09:15:00Z"},
        {"currency", "EUR"},
        {"payment_status", "charged"},
        {"shipping_status", "unshipped"},
        {"buyer", {{"name", "Zoe Quartermaine"}, {"email", "zoe@example.com"}}},
        {"ship_to", address},
        {"bill_to", address},
        {"lines", order_lines},
        {"totals",
         {{"items", money(10000)},
          {"shipping", money(500)},
          {"tax", money(2000)},
          {"discount", money(0)},
          {"total", money(12500)}}}}},
      {"invoice", {{"number", "INV-" + std::to_string(number)}, {"date", "2026-11-23"}}},
      {"seller", {{"name", "Maison Lumiere SARL"}, {"address", address}}},
      {"options", {{"paper", "A4"}}},
      {"template", nullptr}};
  if (!template_path.empty()) {
    request["template"] = template_path;
  }
  return request.dump();
}

}  // namespace

int main(int argc, char** argv) {
  int invoices = 50;
  int lines = 3;
  std::string template_path;
  std::string plugin_directory = ORDERHUB_BENCH_WORD_TO_PDF_DIRECTORY;
  po::options_description options(
      "orderhub-bench-word-to-pdf: cold and warm Word to PDF invoice renders through the ABI");
  options.add_options()("help", "show this help")(
      "invoices", po::value<int>(&invoices)->default_value(50), "warm invoices to render")(
      "lines", po::value<int>(&lines)->default_value(3), "order lines per invoice")(
      "template", po::value<std::string>(&template_path),
      "absolute path of a .docx template (default: the plugin's invoice.docx)")(
      "plugin", po::value<std::string>(&plugin_directory)->default_value(plugin_directory),
      "the plugin's directory")("json", "print the figures as one JSON object");
  po::variables_map values;
  try {
    po::store(po::parse_command_line(argc, argv, options), values);
    po::notify(values);
  } catch (const po::error& error) {
    std::cerr << error.what() << "\n" << options;
    return 2;
  }
  if (values.count("help") != 0) {
    std::cout << options;
    return 0;
  }
  if (invoices < 1 || lines < 1) {
    std::cerr << "--invoices and --lines must be at least 1\n";
    return 2;
  }

  auto loaded = orderhub::loader::load_plugin(plugin_directory);
  if (!loaded.ok()) {
    std::cerr << loaded.failure->message() << "\n";
    return 1;
  }
  auto host = std::make_unique<orderhub::services::InstanceHost>(
      orderhub::services::HostEnvironment{},
      orderhub::services::InstanceIdentity{loaded.plugin->id, "bench", {}});
  auto created = orderhub::loader::PluginInstance::create(loaded.plugin, std::move(host), "{}");
  if (!created.result.ok()) {
    std::cerr << created.result.message << "\n";
    return 1;
  }
  auto& instance = *created.instance;

  const auto render = [&](int number) {
    const auto result = instance.render_pdf(render_request(number, lines, template_path));
    if (!result.ok()) {
      throw std::runtime_error(result.message);
    }
    return result.output.size();
  };
  try {
    Clock::time_point start = Clock::now();
    const std::size_t first_size = render(0);
    const double cold = milliseconds_since(start);
    std::vector<double> warm;
    const Clock::time_point all_warm = Clock::now();
    const double cpu_before = process_cpu_milliseconds();
    const double wait_before = process_runqueue_wait_milliseconds();
    for (int number = 1; number <= invoices; ++number) {
      start = Clock::now();
      render(number);
      warm.push_back(milliseconds_since(start));
    }
    const double warm_total = milliseconds_since(all_warm);
    const double cpu_per_invoice = (process_cpu_milliseconds() - cpu_before) / invoices;
    const double wait_per_invoice = (process_runqueue_wait_milliseconds() - wait_before) / invoices;
    std::sort(warm.begin(), warm.end());
    const double median = warm.size() % 2 == 1
                              ? warm[warm.size() / 2]
                              : (warm[warm.size() / 2 - 1] + warm[warm.size() / 2]) / 2;
    const double per_second = 1000.0 * invoices / warm_total;
    if (values.count("json") != 0) {
      std::cout << nlohmann::json{{"cold_first_ms", cold},
                                  {"warm_median_ms", median},
                                  {"warm_min_ms", warm.front()},
                                  {"warm_max_ms", warm.back()},
                                  {"warm_cpu_ms_per_invoice", cpu_per_invoice},
                                  {"warm_runqueue_wait_ms_per_invoice", wait_per_invoice},
                                  {"invoices_per_second", per_second},
                                  {"invoices", invoices},
                                  {"pdf_bytes", first_size}}
                       .dump()
                << "\n";
    } else {
      std::cout << "cold first conversion:  " << cold << " ms (starts LibreOffice)\n"
                << "warm per invoice:       " << median << " ms median over " << invoices
                << " (min " << warm.front() << ", max " << warm.back() << ")\n"
                << "warm CPU per invoice:   " << cpu_per_invoice << " ms (all threads)\n"
                << "warm wait for a CPU:    " << wait_per_invoice
                << " ms per invoice (time other processes held the CPUs)\n"
                << "invoices per second:    " << per_second << "\n"
                << "PDF size:               " << first_size << " bytes\n";
    }
  } catch (const std::exception& error) {
    std::cerr << "render failed: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
