// api_bench.cpp: the admin API under load. Fills a database with --orders orders (100k by
// default), starts the real `orderhub serve` on it with an account whose first download from the
// sandbox (--download-orders orders) runs during the measurement, then sends requests at --rate per
// second for --seconds each to the orders list (paged with after=, then with offset=) and to order
// detail, and prints requests/s and p50/p99 latency for each. Goal: p99 under 50 ms at 500
// requests/s.
//
//   orderhub-bench-api [--orders 100000] [--rate 500] [--seconds 10] [--threads 8] [--json]
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <random>
#include <regex>
#include <sstream>
#include <thread>
#include <vector>

#include <httplib.h>
#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "store/store.h"
#include "support/sandbox_process.h"

extern char** environ;

namespace {

using namespace orderhub;
using Clock = std::chrono::steady_clock;

const std::string kToken = "bench-token-0123456789abcdef";

domain::Order generated_order(const domain::AccountId& account, int number) {
  const domain::Currency usd = domain::Currency::parse("USD").value();
  domain::Order order;
  order.account = account;
  order.channel_order_id = domain::ChannelOrderId::parse("B" + std::to_string(number)).value();
  order.created_at = domain::Timestamp(std::chrono::seconds(1'700'000'000 + number * 60));
  order.updated_at = order.created_at;
  order.imported_at = order.created_at;
  order.currency = usd;
  order.payment_status = domain::PaymentStatus::charged;
  order.buyer.name = "Buyer " + std::to_string(number % 5000);
  order.buyer.email = "buyer" + std::to_string(number % 5000) + "@example.com";
  order.ship_to.name = order.buyer.name;
  order.ship_to.country = "US";
  order.shipping.channel_method = "Ground";
  for (int line = 1; line <= 2; ++line) {
    domain::OrderLine order_line;
    order_line.line_id = std::to_string(line);
    order_line.sku = "SKU-" + std::to_string((number * 7 + line) % 20000);
    order_line.title = "Item " + order_line.sku;
    order_line.quantity = line;
    order_line.unit_price = domain::Money{1'000 + number % 900, usd};
    order_line.tax = domain::Money{0, usd};
    order_line.shipping = domain::Money{0, usd};
    order_line.discount = domain::Money{0, usd};
    order.lines.push_back(order_line);
  }
  const std::int64_t items = order.lines[0].unit_price.minor + 2 * order.lines[1].unit_price.minor;
  order.totals = {domain::Money{items, usd}, domain::Money{500, usd}, domain::Money{0, usd},
                  domain::Money{0, usd}, domain::Money{items + 500, usd}};
  order.paid = order.totals.total;
  order.refunded = domain::Money{0, usd};
  order.discount_added = domain::Money{0, usd};
  return order;
}

void fill(store::Store& store, const domain::AccountId& account, int count) {
  constexpr int kBatch = 5000;
  for (int start = 0; start < count; start += kBatch) {
    store::in_write_transaction(store, [&](store::Transaction& transaction) {
      for (int number = start; number < std::min(count, start + kBatch); ++number) {
        transaction.orders().upsert_imported(generated_order(account, number));
      }
    });
  }
}

struct Service {
  pid_t pid = -1;
  int port = 0;
};

Service start_service(const std::string& directory, const std::string& database) {
  const std::string config_path = directory + "/service.json";
  std::ofstream(config_path) << nlohmann::json{
      {"listen", "127.0.0.1:0"},
      {"token", kToken},
      {"db", database},
      {"plugins", ORDERHUB_PLUGIN_DIRECTORY},
      {"log_level", "warn"}}.dump();
  const std::string out_path = directory + "/service.out";
  std::vector<std::string> command = {ORDERHUB_EXECUTABLE, "serve", "--config", config_path};
  std::vector<char*> argv;
  for (std::string& argument : command) {
    argv.push_back(argument.data());
  }
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  Service service;
  if (posix_spawn(&service.pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    throw std::runtime_error("cannot start orderhub serve");
  }
  posix_spawn_file_actions_destroy(&actions);
  static const std::regex listening(R"(listening on [^\s:]+:(\d+))");
  for (int attempt = 0; attempt < 2000 && service.port == 0; ++attempt) {
    std::ifstream file(out_path);
    std::stringstream text;
    text << file.rdbuf();
    std::smatch match;
    const std::string out = text.str();
    if (std::regex_search(out, match, listening)) {
      service.port = std::stoi(match[1].str());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (service.port == 0) {
    throw std::runtime_error("orderhub serve did not start");
  }
  return service;
}

struct Figures {
  double requests_per_second = 0;
  double p50_ms = 0;
  double p99_ms = 0;
  int errors = 0;
  std::size_t requests = 0;
};

// Sends requests at rate per second for seconds, spread over threads, each on its own keep-alive
// connection; path(random) chooses each request's path.
Figures load(int port, int rate, int seconds, int threads,
             const std::function<std::string(std::mt19937&)>& path) {
  std::mutex mutex;
  std::vector<double> latencies;
  std::atomic<int> errors{0};
  const auto start = Clock::now() + std::chrono::milliseconds(100);
  const auto end = start + std::chrono::seconds(seconds);
  const auto interval = std::chrono::duration<double>(static_cast<double>(threads) / rate);
  std::vector<std::thread> workers;
  for (int worker = 0; worker < threads; ++worker) {
    workers.emplace_back([&, worker] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_default_headers({{"Authorization", "Bearer " + kToken}});
      std::mt19937 random(worker + 1);
      std::vector<double> mine;
      auto next = start + std::chrono::duration_cast<Clock::duration>(interval * worker / threads);
      while (next < end) {
        std::this_thread::sleep_until(next);
        const auto sent = Clock::now();
        const auto reply = client.Get(path(random).c_str());
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
        if (!reply || reply->status != 200) {
          ++errors;
        }
        next += std::chrono::duration_cast<Clock::duration>(interval);
      }
      const std::lock_guard lock(mutex);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  }
  for (std::thread& worker : workers) {
    worker.join();
  }
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  std::sort(latencies.begin(), latencies.end());
  Figures figures;
  figures.requests = latencies.size();
  figures.errors = errors;
  figures.requests_per_second = static_cast<double>(latencies.size()) / elapsed;
  if (!latencies.empty()) {
    figures.p50_ms = latencies[latencies.size() / 2];
    figures.p99_ms = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
  }
  return figures;
}

nlohmann::json figures_json(const Figures& figures) {
  return {{"requests", figures.requests},
          {"requests_per_second", figures.requests_per_second},
          {"p50_ms", figures.p50_ms},
          {"p99_ms", figures.p99_ms},
          {"errors", figures.errors}};
}

}  // namespace

int main(int argc, char** argv) {
  namespace po = boost::program_options;
  po::options_description options("orderhub-bench-api options");
  options.add_options()("help", "print this help")(
      "orders", po::value<int>()->default_value(100'000), "orders in the database")(
      "download-orders", po::value<int>()->default_value(3000),
      "orders the sandbox serves to the download that runs during the measurement")(
      "rate", po::value<int>()->default_value(500), "requests per second")(
      "seconds", po::value<int>()->default_value(10), "seconds per endpoint")(
      "threads", po::value<int>()->default_value(8), "client connections")("json", "print JSON");
  po::variables_map values;
  try {
    po::store(po::parse_command_line(argc, argv, options), values);
    po::notify(values);
  } catch (const po::error& error) {
    std::cerr << "orderhub-bench-api: " << error.what() << "\n";
    return 2;
  }
  if (values.count("help") != 0) {
    std::cout << options;
    return 0;
  }
  const int orders = values["orders"].as<int>();
  const int rate = values["rate"].as<int>();
  const int seconds = values["seconds"].as<int>();
  const int threads = std::max(1, values["threads"].as<int>());
  if (orders < 1 || rate < 1 || seconds < 1) {
    std::cerr << "orderhub-bench-api: --orders, --rate and --seconds must be positive\n";
    return 2;
  }

  std::string pattern = (std::filesystem::temp_directory_path() / "orderhub-bench-api-XXXXXX");
  if (mkdtemp(pattern.data()) == nullptr) {
    std::cerr << "orderhub-bench-api: cannot create a temporary directory\n";
    return 1;
  }
  const std::string directory = pattern;
  const std::string database = directory + "/orderhub.db";
  orderhub::testing::SandboxProcess sandbox(
      {"--orders", std::to_string(values["download-orders"].as<int>()), "--channels", "cscart"});
  const auto fill_start = Clock::now();
  {
    const auto store = store::open_store(database);
    domain::Account account;
    account.id = domain::AccountId::parse("bench").value();
    account.plugin_id = "org.orderhub.channel.cscart";
    account.config_json = nlohmann::json{
        {"base_url", sandbox.channel_url("cscart")},
        {"email", "admin@example.com"},
        {"api_key",
         "sandbox-api-key"}}.dump();
    account.settings = {{"download.interval", "1s"}};
    account.created_at = domain::Timestamp(std::chrono::seconds(1'700'000'000));
    store::in_write_transaction(
        *store, [&](store::Transaction& writer) { writer.accounts().add(account); });
    fill(*store, account.id, orders);
  }
  const double fill_seconds = std::chrono::duration<double>(Clock::now() - fill_start).count();

  const Service service = start_service(directory, database);
  const Figures list = load(service.port, rate, seconds, threads, [&](std::mt19937& random) {
    const int after = std::uniform_int_distribution<int>(0, std::max(0, orders - 50))(random);
    return "/api/v1/orders?limit=50&after=" + std::to_string(after);
  });
  const Figures list_by_offset =
      load(service.port, rate, seconds, threads, [&](std::mt19937& random) {
        const int offset = std::uniform_int_distribution<int>(0, std::max(0, orders - 50))(random);
        return "/api/v1/orders?limit=50&offset=" + std::to_string(offset);
      });
  const Figures detail = load(service.port, rate, seconds, threads, [&](std::mt19937& random) {
    return "/api/v1/orders/" +
           std::to_string(std::uniform_int_distribution<int>(1, orders)(random));
  });
  ::kill(service.pid, SIGTERM);
  int status = 0;
  waitpid(service.pid, &status, 0);
  std::error_code ignored;
  std::filesystem::remove_all(directory, ignored);

  const nlohmann::json report = {{"orders", orders},
                                 {"rate", rate},
                                 {"seconds", seconds},
                                 {"fill_seconds", fill_seconds},
                                 {"orders_list", figures_json(list)},
                                 {"orders_list_offset", figures_json(list_by_offset)},
                                 {"order_detail", figures_json(detail)},
                                 {"service_exit", WIFEXITED(status) ? WEXITSTATUS(status) : -1}};
  if (values.count("json") != 0) {
    std::cout << report.dump(2) << "\n";
  } else {
    std::cout << "orders in store: " << orders << " (filled in " << fill_seconds << " s)\n"
              << "target rate: " << rate << " requests/s for " << seconds << " s each\n"
              << "orders list (after):  " << list.requests_per_second << " requests/s, p50 "
              << list.p50_ms << " ms, p99 " << list.p99_ms << " ms, errors " << list.errors << "\n"
              << "orders list (offset): " << list_by_offset.requests_per_second
              << " requests/s, p50 " << list_by_offset.p50_ms << " ms, p99 "
              << list_by_offset.p99_ms << " ms, errors " << list_by_offset.errors << "\n"
              << "order detail:         " << detail.requests_per_second << " requests/s, p50 "
              << detail.p50_ms << " ms, p99 " << detail.p99_ms << " ms, errors " << detail.errors
              << "\n";
  }
  return list.errors == 0 && list_by_offset.errors == 0 && detail.errors == 0 ? 0 : 1;
}
