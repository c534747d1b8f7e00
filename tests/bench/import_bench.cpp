// orderhub-bench-import: how fast the download pipeline stores orders, against a baseline that
// stores the very same pages with no plugin in the way.
//
//   pipeline: a real channel plugin (generated_channel, serving pages from memory) loaded through
//             the plugin registry, called across the C ABI by run_download(): JSON out of the
//             plugin, the batch checked against its schema, each order upserted with its history
//             and the cursor, one SQLite transaction per page.
//   baseline: the same pages, parsed outside the timed section, stored by import_page() and the
//             cursor in the same per-page transactions: the cost of the store alone.
//
// Each mode runs in a child process on a fresh database, so its peak memory is its own. Figures
// depend on the machine and its disk (synchronous=FULL syncs every commit): compare the ratio.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "generated_pages.h"
#include "orderhub/loader/plugin_registry.h"
#include "orderhub/services/clock.h"
#include "pipeline/accounts/account_settings.h"
#include "pipeline/accounts/accounts.h"
#include "pipeline/channels/channel_session.h"
#include "pipeline/download/download_run.h"
#include "pipeline/download/order_batch.h"
#include "pipeline/download/page_import.h"
#include "store/store.h"

namespace {

namespace po = boost::program_options;
using Clock = std::chrono::steady_clock;

struct Settings {
  std::int64_t orders = 100000;
  std::int64_t page_size = 100;
  std::filesystem::path directory;
  std::filesystem::path plugins = ORDERHUB_BENCH_PLUGIN_DIRECTORY;
};

double peak_mebibytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::unique_ptr<orderhub::store::Store> fresh_store(const std::filesystem::path& path) {
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return orderhub::store::open_store(path.string());
}

orderhub::domain::Account add_bench_account(orderhub::store::Store& store,
                                            const orderhub::loader::PluginRegistry& registry,
                                            const Settings& settings) {
  const nlohmann::json config = {{"orders", settings.orders}, {"seed", 1}};
  auto account =
      orderhub::pipeline::add_account(store, registry, "bench", "org.orderhub.bench.generated",
                                      config.dump(), orderhub::domain::Timestamp{});
  if (!account) {
    throw std::runtime_error(account.error().message);
  }
  return *account;
}

// Stores every page through the plugin; returns the seconds the download took.
double run_pipeline(const Settings& settings) {
  const auto registry = orderhub::loader::PluginRegistry::scan(settings.plugins);
  const auto store = fresh_store(settings.directory / "pipeline.db");
  const orderhub::domain::Account account = add_bench_account(*store, registry, settings);
  auto session = orderhub::pipeline::ChannelSession::open(*store, registry, account);
  if (!session) {
    throw std::runtime_error(session.error().message);
  }
  const orderhub::services::SystemClock clock;
  orderhub::pipeline::DownloadOptions options;
  options.page_size = static_cast<int>(settings.page_size);
  const auto start = Clock::now();
  const auto outcome = orderhub::pipeline::run_download(*store, **session, clock, options);
  const std::chrono::duration<double> elapsed = Clock::now() - start;
  if (!outcome.ok() || outcome.summary.inserted != settings.orders) {
    throw std::runtime_error("the pipeline stored " + std::to_string(outcome.summary.inserted) +
                             " orders: " + outcome.error.value_or("no error"));
  }
  return elapsed.count();
}

// Stores the same pages without the plugin; returns the seconds spent storing.
double run_baseline(const Settings& settings) {
  const auto registry = orderhub::loader::PluginRegistry::scan(settings.plugins);
  const auto store = fresh_store(settings.directory / "baseline.db");
  const orderhub::domain::Account account = add_bench_account(*store, registry, settings);
  auto account_settings = orderhub::pipeline::parse_account_settings(account.settings);
  if (!account_settings) {
    throw std::runtime_error(account_settings.error().message);
  }
  const orderhub::pipeline::PageImport page{account, *account_settings,
                                            orderhub::pipeline::Acknowledge::no,
                                            std::chrono::time_point_cast<std::chrono::seconds>(
                                                std::chrono::system_clock::now())};
  const orderhub::bench::PageShape shape{settings.orders, settings.page_size, 1};
  std::chrono::duration<double> storing{0};
  std::int64_t stored = 0;
  for (std::int64_t number = 0; number < orderhub::bench::page_count(shape); ++number) {
    auto batch = orderhub::pipeline::read_order_batch(orderhub::bench::generated_page(shape, number),
                                                      account.id);
    if (!batch) {
      throw std::runtime_error(batch.error().message);
    }
    const auto start = Clock::now();
    orderhub::store::in_write_transaction(*store, [&](orderhub::store::Transaction& transaction) {
      stored += orderhub::pipeline::import_page(transaction, page, *batch).inserted;
      orderhub::domain::DownloadCursor cursor =
          transaction.cursors().find(account.id).value_or(orderhub::domain::DownloadCursor{account.id});
      cursor.page_token = batch->next_page_token;
      transaction.cursors().save(cursor);
    });
    storing += Clock::now() - start;
  }
  if (stored != settings.orders) {
    throw std::runtime_error("the baseline stored " + std::to_string(stored) + " orders");
  }
  return storing.count();
}

// Runs one mode in this process and prints {"seconds": s, "peak_mib": m}.
int run_mode(const std::string& mode, const Settings& settings) {
  const double seconds = mode == "pipeline" ? run_pipeline(settings) : run_baseline(settings);
  std::cout << nlohmann::json{{"seconds", seconds}, {"peak_mib", peak_mebibytes()}}.dump() << "\n";
  return 0;
}

// Runs one mode in a child process (this executable again) and reads its figures.
nlohmann::json run_child(const std::string& mode, const Settings& settings) {
  const std::string command = "'" + std::filesystem::canonical("/proc/self/exe").string() +
                              "' --mode " + mode + " --orders " + std::to_string(settings.orders) +
                              " --page-size " + std::to_string(settings.page_size) + " --dir '" +
                              settings.directory.string() + "' --plugins '" +
                              settings.plugins.string() + "'";
  FILE* child = popen(command.c_str(), "r");
  if (child == nullptr) {
    throw std::runtime_error("cannot start " + command);
  }
  std::string output;
  char buffer[4096];
  while (std::fgets(buffer, sizeof(buffer), child) != nullptr) {
    output += buffer;
  }
  if (pclose(child) != 0) {
    throw std::runtime_error("the " + mode + " run failed");
  }
  return nlohmann::json::parse(output);
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  std::string mode;
  po::options_description options(
      "orderhub-bench-import [--orders N] [--page-size N] [--dir DIR] [--json]\n"
      "Measures orders stored per second by the download pipeline through a channel plugin,\n"
      "against the same pages stored with no plugin, and each one's peak memory");
  options.add_options()("help", "show this help")(
      "orders", po::value(&settings.orders)->default_value(100000), "orders to import")(
      "page-size", po::value(&settings.page_size)->default_value(100), "orders per page")(
      "dir", po::value<std::string>(), "where the databases go (default: a new temporary folder)")(
      "plugins", po::value<std::string>(), "the benchmark plugin's folder")(
      "json", "print the figures as JSON")("mode", po::value(&mode), "internal: run one mode");
  po::variables_map values;
  try {
    po::store(po::parse_command_line(argc, argv, options), values);
    po::notify(values);
  } catch (const po::error& error) {
    std::cerr << "orderhub-bench-import: " << error.what() << "\n";
    return 2;
  }
  if (values.count("help") != 0) {
    std::cout << options << "\n";
    return 0;
  }
  if (settings.orders < 1 || settings.page_size < 1) {
    std::cerr << "orderhub-bench-import: --orders and --page-size must be at least 1\n";
    return 2;
  }
  if (values.count("plugins") != 0) {
    settings.plugins = values["plugins"].as<std::string>();
  }
  bool own_directory = false;
  if (values.count("dir") != 0) {
    settings.directory = values["dir"].as<std::string>();
  } else {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "orderhub-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      std::cerr << "orderhub-bench-import: cannot create a temporary folder\n";
      return 1;
    }
    settings.directory = pattern;
    own_directory = true;
  }

  try {
    if (!mode.empty()) {
      if (mode != "pipeline" && mode != "baseline") {
        std::cerr << "orderhub-bench-import: --mode must be pipeline or baseline\n";
        return 2;
      }
      return run_mode(mode, settings);
    }
    const nlohmann::json baseline = run_child("baseline", settings);
    const nlohmann::json pipeline = run_child("pipeline", settings);
    if (own_directory) {
      std::filesystem::remove_all(settings.directory);
    }
    const double orders = static_cast<double>(settings.orders);
    const double baseline_rate = orders / baseline["seconds"].get<double>();
    const double pipeline_rate = orders / pipeline["seconds"].get<double>();
    const nlohmann::ordered_json figures = {
        {"orders", settings.orders},
        {"page_size", settings.page_size},
        {"orders_per_second", pipeline_rate},
        {"baseline_orders_per_second", baseline_rate},
        {"ratio", pipeline_rate / baseline_rate},
        {"peak_mib", pipeline["peak_mib"]},
        {"baseline_peak_mib", baseline["peak_mib"]}};
    if (values.count("json") != 0) {
      std::cout << figures.dump(2) << "\n";
      return 0;
    }
    std::printf("import of %lld orders, pages of %lld, SQLite with synchronous=FULL\n",
                static_cast<long long>(settings.orders),
                static_cast<long long>(settings.page_size));
    std::printf("  %-34s %12s %10s %10s\n", "", "orders/s", "seconds", "peak MiB");
    std::printf("  %-34s %12.0f %10.2f %10.1f\n", "baseline (no plugin, store only)",
                baseline_rate, baseline["seconds"].get<double>(),
                baseline["peak_mib"].get<double>());
    std::printf("  %-34s %12.0f %10.2f %10.1f\n", "pipeline (plugin over the C ABI)",
                pipeline_rate, pipeline["seconds"].get<double>(),
                pipeline["peak_mib"].get<double>());
    std::printf("  ratio pipeline / baseline: %.2f\n", pipeline_rate / baseline_rate);
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "orderhub-bench-import: " << error.what() << "\n";
    return 1;
  }
}
