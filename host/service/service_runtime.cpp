// service_runtime.cpp: starting, running and stopping the service's parts.
#include "service/service_runtime.h"

#include <pthread.h>

#include <csignal>
#include <ostream>

#include "http/api_server.h"
#include "orderhub/logging/logging_setup.h"
#include "orderhub/logging/secret_registry.h"
#include "service/download_scheduler.h"
#include "service/outbox_gauges.h"
#include "service/outbox_worker.h"

namespace orderhub::service {
namespace {

// What the API asks of the running service.
class RunningService final : public http::ServiceControl {
 public:
  RunningService(DownloadScheduler& downloads, OutboxWorker& outbox)
      : downloads_(downloads), outbox_(outbox) {}

  domain::Result<http::DownloadRequestResult> download_now(const domain::AccountId& account,
                                                           bool wait) override {
    return downloads_.download_now(account, wait);
  }
  void outbox_changed(const domain::AccountId& account) override { outbox_.wake(account); }
  nlohmann::ordered_json health() override {
    return {{"accepting_work", accepting_work()}, {"accounts", downloads_.health()}};
  }
  bool accepting_work() const override { return accepting_; }
  void stop_accepting() { accepting_ = false; }

 private:
  DownloadScheduler& downloads_;
  OutboxWorker& outbox_;
  std::atomic<bool> accepting_{true};
};

// Blocks SIGTERM and SIGINT in this thread and every thread it starts afterwards, so that only
// wait_for_stop_signal() receives them.
sigset_t block_stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  // A client that goes away mid-reply must not end the service.
  std::signal(SIGPIPE, SIG_IGN);
  return signals;
}

int wait_for_stop_signal(const sigset_t& signals) {
  int received = 0;
  while (sigwait(&signals, &received) != 0) {
  }
  return received;
}

}  // namespace

int run_service(const ServiceConfig& config, const ServicePaths& paths, std::ostream& out,
                std::ostream& err) {
  const auto logger = logging::host_logger();
  logging::SecretRegistry::instance().add(config.token);
  const sigset_t signals = block_stop_signals();

  std::unique_ptr<store::Store> store;
  try {
    store = store::open_store(paths.database.string());
  } catch (const std::exception& error) {
    err << "orderhub serve: " << error.what() << "\n";
    logger->error("cannot open the database: {}", error.what());
    return 1;
  }
  const loader::PluginRegistry plugins = loader::PluginRegistry::scan(paths.plugins);
  logger->info("{} plugins loaded from {} ({} failed)", plugins.plugins().size(),
               paths.plugins.string(), plugins.failures().size());

  http::Metrics metrics;
  pipeline::DeliveryOptions delivery_options;
  delivery_options.lease = config.outbox_lease;
  delivery_options.retry.cap = config.outbox_retry_cap;
  delivery_options.actor = "service";
  DownloadScheduler downloads(*store, plugins, metrics);
  OutboxWorker outbox(*store, plugins, metrics, delivery_options);
  RunningService control(downloads, outbox);
  add_outbox_gauges(metrics, *store);

  http::ApiInvoices invoices{pipeline::InvoicePrinter(*store, plugins)};
  http::ApiServer api(http::ApiContext{*store, plugins, control, metrics, invoices}, config.token);
  auto port = api.start(config.listen.host, config.listen.port);
  if (!port) {
    err << "orderhub serve: " << port.error().message << "\n";
    logger->error("{}", port.error().message);
    return 1;
  }
  downloads.start();
  outbox.start();
  logger->info("listening on {}:{}", config.listen.host, *port);
  out << "listening on " << config.listen.host << ":" << *port << std::endl;

  const int received = wait_for_stop_signal(signals);
  logger->info("received {}: stopping", received == SIGTERM ? "SIGTERM" : "SIGINT");
  control.stop_accepting();
  api.stop();
  downloads.stop();
  outbox.stop();
  logger->info("stopped");
  out << "stopped" << std::endl;
  return 0;
}

}  // namespace orderhub::service
