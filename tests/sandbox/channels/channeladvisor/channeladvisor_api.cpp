// The ChannelAdvisor read routes and auth: POST /oauth2/token, GET /v1/Orders (exported,
// $filter, $expand, $select, $top, $skip, @odata.nextLink), GET /v1/Orders(<id>).
#include "channels/channeladvisor/channeladvisor_emulator.h"

#include "core/basic_auth.h"
#include "core/decimal_text.h"

#include <variant>

namespace orderhub::sandbox::channeladvisor {
namespace {

using nlohmann::json;

constexpr std::int64_t largest_page = 100;

Reply odata_error(int status, const std::string& message) {
  return Reply::json(status, json{{"error", {{"code", ""}, {"message", message}}}});
}

// One "Field op value" clause of the supported $filter subset: UpdatedDateUtc or CreatedDateUtc
// with ge/gt/le/lt and a UTC time, or ID eq <number>, joined by " and ".
struct Clause {
  std::string field;
  std::string op;
  std::int64_t value = 0;
};

std::variant<std::vector<Clause>, std::string> parse_filter(const std::string& filter) {
  std::vector<Clause> clauses;
  std::size_t start = 0;
  while (start <= filter.size()) {
    std::size_t end = filter.find(" and ", start);
    const std::string part =
        filter.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const std::size_t first_space = part.find(' ');
    const std::size_t second_space =
        first_space == std::string::npos ? std::string::npos : part.find(' ', first_space + 1);
    if (second_space == std::string::npos) {
      return "cannot read $filter clause \"" + part + "\"";
    }
    Clause clause{part.substr(0, first_space),
                  part.substr(first_space + 1, second_space - first_space - 1), 0};
    const std::string value = part.substr(second_space + 1);
    if (clause.field == "ID" && clause.op == "eq") {
      const auto number = parse_integer(value);
      if (!number) {
        return "ID must be compared with a number, got \"" + value + "\"";
      }
      clause.value = *number;
    } else if ((clause.field == "UpdatedDateUtc" || clause.field == "CreatedDateUtc") &&
               (clause.op == "ge" || clause.op == "gt" || clause.op == "le" || clause.op == "lt")) {
      const auto milliseconds = unix_milliseconds_of(value);
      if (!milliseconds) {
        return "\"" + value + "\" is not a UTC time";
      }
      clause.value = *milliseconds;
    } else {
      return "the sandbox supports only UpdatedDateUtc/CreatedDateUtc ge|gt|le|lt and ID eq, "
             "got \"" +
             part + "\"";
    }
    clauses.push_back(std::move(clause));
    if (end == std::string::npos) {
      break;
    }
    start = end + 5;
  }
  return clauses;
}

bool matches(const json& order, const std::vector<Clause>& clauses) {
  for (const Clause& clause : clauses) {
    std::int64_t actual = 0;
    if (clause.field == "ID") {
      actual = order["ID"].get<std::int64_t>();
    } else {
      actual = unix_milliseconds_of(order.value(clause.field, "")).value_or(0);
    }
    const bool kept = clause.op == "eq"   ? actual == clause.value
                      : clause.op == "ge" ? actual >= clause.value
                      : clause.op == "gt" ? actual > clause.value
                      : clause.op == "le" ? actual <= clause.value
                                          : actual < clause.value;
    if (!kept) {
      return false;
    }
  }
  return true;
}

// The order as the API shows it: collections only when expanded, fields only when selected.
json shaped(const json& order, const std::string& expand, const std::string& select) {
  json result = order;
  for (const char* collection : {"Items", "Fulfillments", "Adjustments"}) {
    if (expand.find(collection) == std::string::npos) {
      result.erase(collection);
    }
  }
  if (!select.empty()) {
    json chosen = json::object();
    std::size_t start = 0;
    while (start <= select.size()) {
      const std::size_t end = select.find(',', start);
      const std::string field = select.substr(start, end == std::string::npos ? end : end - start);
      if (result.contains(field)) {
        chosen[field] = result[field];
      }
      if (end == std::string::npos) {
        break;
      }
      start = end + 1;
    }
    for (const char* collection : {"Items", "Fulfillments", "Adjustments"}) {
      if (result.contains(collection)) {
        chosen[collection] = result[collection];
      }
    }
    result = std::move(chosen);
  }
  return result;
}

std::string encode_query_value(const std::string& value) {
  std::string encoded;
  for (const char letter : value) {
    if (letter == ' ') {
      encoded += "%20";
    } else if (letter == ':') {
      encoded += "%3A";
    } else if (letter == '\'') {
      encoded += "%27";
    } else {
      encoded += letter;
    }
  }
  return encoded;
}

}  // namespace

std::optional<Reply> ChannelAdvisorEmulator::check_token(const httplib::Request& request) const {
  std::string token;
  const std::string header = request.get_header_value("Authorization");
  if (header.rfind("Bearer ", 0) == 0) {
    token = header.substr(7);
  } else if (request.has_param("access_token")) {
    token = request.get_param_value("access_token");
  }
  if (token.empty()) {
    return odata_error(401, "Authorization has been denied for this request.");
  }
  if (token != sandbox_access_token && issued_tokens_.count(token) == 0) {
    // Never echo the token.
    return odata_error(401, "Authorization has been denied for this request (unknown token).");
  }
  return std::nullopt;
}

Reply ChannelAdvisorEmulator::issue_token(const httplib::Request& request) {
  const auto credentials = parse_basic_authorization(request.get_header_value("Authorization"));
  if (!credentials || credentials->user != sandbox_application_id ||
      credentials->password != sandbox_shared_secret) {
    return Reply::json(401, json{{"error", "invalid_client"}});
  }
  if (request.get_param_value("grant_type") != "refresh_token" ||
      request.get_param_value("refresh_token") != sandbox_refresh_token) {
    return Reply::json(400, json{{"error", "invalid_grant"}});
  }
  const std::string token = "sandbox-issued-" + std::to_string(issued_tokens_.size() + 1);
  issued_tokens_.insert(token);
  return Reply::json(200, json{{"access_token", token},
                               {"token_type", "bearer"},
                               {"expires_in", 3600}});
}

Reply ChannelAdvisorEmulator::list_orders(const httplib::Request& request) const {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  std::vector<Clause> clauses;
  const std::string filter = request.has_param("$filter") ? request.get_param_value("$filter") : "";
  if (!filter.empty()) {
    auto parsed = parse_filter(filter);
    if (auto* problem = std::get_if<std::string>(&parsed)) {
      return odata_error(400, *problem);
    }
    clauses = std::get<std::vector<Clause>>(std::move(parsed));
  }
  std::optional<bool> exported;
  if (request.has_param("exported")) {
    const std::string text = request.get_param_value("exported");
    if (text != "true" && text != "false") {
      return odata_error(400, "exported must be true or false, got \"" + text + "\"");
    }
    exported = text == "true";
  }
  std::int64_t top = largest_page;
  std::int64_t skip = 0;
  for (auto [name, target, minimum] : {std::tuple{"$top", &top, std::int64_t{1}},
                                       std::tuple{"$skip", &skip, std::int64_t{0}}}) {
    if (request.has_param(name)) {
      const auto value = parse_integer(request.get_param_value(name));
      if (!value || *value < minimum) {
        return odata_error(400, std::string(name) + " must be a whole number of at least " +
                                    std::to_string(minimum));
      }
      *target = *value;
    }
  }
  top = std::min(top, largest_page);
  const std::string expand = request.has_param("$expand") ? request.get_param_value("$expand") : "";
  const std::string select = request.has_param("$select") ? request.get_param_value("$select") : "";

  json value = json::array();
  std::int64_t position = 0;
  bool more = false;
  for (const auto& [id, order] : orders_) {
    if (exported && (exported_.count(id) > 0) != *exported) {
      continue;
    }
    if (!matches(order, clauses)) {
      continue;
    }
    if (position >= skip + top) {
      more = true;
      break;
    }
    if (position >= skip) {
      value.push_back(shaped(order, expand, select));
    }
    ++position;
  }
  const std::string base = "http://" + request.get_header_value("Host") + "/channeladvisor";
  json page = {{"@odata.context", base + "/v1/$metadata#Orders"}, {"value", std::move(value)}};
  if (more) {
    std::string link = base + "/v1/Orders?";
    if (exported) {
      link += std::string("exported=") + (*exported ? "true" : "false") + "&";
    }
    if (!expand.empty()) {
      link += "$expand=" + expand + "&";
    }
    if (!filter.empty()) {
      link += "$filter=" + encode_query_value(filter) + "&";
    }
    if (!select.empty()) {
      link += "$select=" + select + "&";
    }
    link += "$top=" + std::to_string(top) + "&$skip=" + std::to_string(skip + top);
    page["@odata.nextLink"] = link;
  }
  return Reply::json(200, page);
}

Reply ChannelAdvisorEmulator::get_order(const httplib::Request& request) const {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  const auto id = parse_integer(request.matches[1].str());
  const auto found = id ? orders_.find(*id) : orders_.end();
  if (found == orders_.end()) {
    return odata_error(404, "order " + request.matches[1].str() + " not found");
  }
  const std::string expand = request.has_param("$expand") ? request.get_param_value("$expand") : "";
  const std::string select = request.has_param("$select") ? request.get_param_value("$select") : "";
  return Reply::json(200, shaped(found->second, expand, select));
}

void ChannelAdvisorEmulator::register_routes(ChannelRouter& router) {
  const auto route = [&](HttpMethod method, const char* pattern, const char* name,
                         Reply (ChannelAdvisorEmulator::*handler)(const httplib::Request&)) {
    router.add({method, pattern, name,
                [this, handler](const httplib::Request& request) {
                  return (this->*handler)(request);
                },
                {}});
  };
  router.add({HttpMethod::Post, "/oauth2/token", "/oauth2/token",
              [this](const httplib::Request& request) { return issue_token(request); },
              // A token call changes nothing the hub cares about: faults treat it as a read.
              [](const httplib::Request&) { return RequestEffect::Read; }});
  router.add({HttpMethod::Get, "/v1/Orders", "/v1/Orders",
              [this](const httplib::Request& request) { return list_orders(request); }, {}});
  router.add({HttpMethod::Get, R"(/v1/Orders\((\d+)\))", "/v1/Orders(<id>)",
              [this](const httplib::Request& request) { return get_order(request); }, {}});
  route(HttpMethod::Post, R"(/v1/Orders\((\d+)\)/Export)", "/v1/Orders(<id>)/Export",
        &ChannelAdvisorEmulator::export_order);
  route(HttpMethod::Post, R"(/v1/Orders\((\d+)\)/Ship)", "/v1/Orders(<id>)/Ship",
        &ChannelAdvisorEmulator::ship_order);
  route(HttpMethod::Post, R"(/v1/Orders\((\d+)\)/Adjust)", "/v1/Orders(<id>)/Adjust",
        &ChannelAdvisorEmulator::adjust_order);
  route(HttpMethod::Post, R"(/v1/OrderItems\((\d+)\)/Adjust)", "/v1/OrderItems(<id>)/Adjust",
        &ChannelAdvisorEmulator::adjust_item);
}

}  // namespace orderhub::sandbox::channeladvisor
