// account_routes.cpp: channel accounts (settings, mappings, download state), downloads on demand,
// and the installed plugins.
//   GET  /api/v1/accounts
//   GET  /api/v1/accounts/{account}
//   POST /api/v1/accounts/{account}/download[?wait=true]
//   GET  /api/v1/plugins
#include "http/api_server.h"
#include "pipeline/accounts/accounts.h"
#include "pipeline/download/download_summary.h"

namespace orderhub::http {
namespace {

nlohmann::ordered_json mapping_to_json(const domain::ShippingMapping& mapping) {
  return {{"channel_method", mapping.channel_method},
          {"carrier", mapping.carrier},
          {"service", mapping.service},
          {"rush", mapping.rush},
          {"code_to_send", mapping.code_to_send},
          {"service_code", mapping.service_code}};
}

nlohmann::ordered_json account_json(store::Transaction& transaction,
                                    const domain::Account& account) {
  nlohmann::ordered_json json =
      pipeline::account_to_json(account, transaction.cursors().find(account.id));
  nlohmann::ordered_json mappings = nlohmann::ordered_json::array();
  for (const domain::ShippingMapping& mapping : transaction.mappings().list(account.id)) {
    mappings.push_back(mapping_to_json(mapping));
  }
  json["mappings"] = mappings;
  return json;
}

std::optional<domain::Account> account_in_path(ApiContext& context, store::Transaction& transaction,
                                               const httplib::Request& request,
                                               httplib::Response& response) {
  const std::string name = path_text(request);
  auto id = domain::AccountId::parse(name);
  std::optional<domain::Account> account =
      id ? transaction.accounts().find(*id) : std::optional<domain::Account>();
  if (!account) {
    reply_error(response, 404, "unknown account " + domain::quoted(name));
  }
  (void)context;
  return account;
}

void download_now(ApiContext& context, const httplib::Request& request,
                  httplib::Response& response) {
  std::optional<domain::Account> account;
  {
    const auto transaction = context.store.begin_read();
    account = account_in_path(context, *transaction, request, response);
  }
  if (!account) {
    return;
  }
  const std::string wait_text = request.get_param_value("wait");
  if (!wait_text.empty() && wait_text != "true" && wait_text != "false") {
    reply_error(response, 400, "wait: " + domain::quoted(wait_text) + " is not true or false");
    return;
  }
  const bool wait = wait_text == "true";
  auto result = context.control.download_now(account->id, wait);
  if (!result) {
    reply_error(response, 503, result.error().message);
    return;
  }
  nlohmann::ordered_json json = {{"account", account->id.str()}, {"started", result->started}};
  if (wait) {
    json["summary"] =
        result->summary ? pipeline::summary_to_json(*result->summary) : nlohmann::ordered_json();
    json["error"] = result->error ? nlohmann::ordered_json(*result->error) : nullptr;
  }
  reply_json(response, wait ? 200 : 202, json);
}

nlohmann::ordered_json plugins_json(const loader::PluginRegistry& registry) {
  nlohmann::ordered_json plugins = nlohmann::ordered_json::array();
  for (const auto& plugin : registry.plugins()) {
    plugins.push_back({{"id", plugin->id},
                       {"name", plugin->name},
                       {"vendor", plugin->vendor},
                       {"version", plugin->version},
                       {"kind", std::string(loader::kind_name(plugin->kind))},
                       {"capabilities", plugin->capabilities}});
  }
  nlohmann::ordered_json failures = nlohmann::ordered_json::array();
  for (const auto& failure : registry.failures()) {
    failures.push_back({{"path", failure.path.string()}, {"error", failure.message()}});
  }
  return {{"plugins", plugins}, {"failures", failures}};
}

}  // namespace

void add_account_routes(Router& router, ApiContext& context) {
  router.get("/api/v1/accounts", [&context](const httplib::Request&, httplib::Response& response) {
    const auto transaction = context.store.begin_read();
    nlohmann::ordered_json accounts = nlohmann::ordered_json::array();
    for (const domain::Account& account : transaction->accounts().list()) {
      accounts.push_back(account_json(*transaction, account));
    }
    reply_json(response, 200, {{"accounts", accounts}});
  });
  router.get(R"(/api/v1/accounts/([^/]+))",
             [&context](const httplib::Request& request, httplib::Response& response) {
               const auto transaction = context.store.begin_read();
               const auto account = account_in_path(context, *transaction, request, response);
               if (account) {
                 reply_json(response, 200, account_json(*transaction, *account));
               }
             });
  router.post(R"(/api/v1/accounts/([^/]+)/download)",
              [&context](const httplib::Request& request, httplib::Response& response) {
                download_now(context, request, response);
              });
  router.get("/api/v1/plugins", [&context](const httplib::Request&, httplib::Response& response) {
    reply_json(response, 200, plugins_json(context.plugins));
  });
}

}  // namespace orderhub::http
