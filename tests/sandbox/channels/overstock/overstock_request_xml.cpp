// Helpers the Overstock write routes share.
#include "channels/overstock/overstock_request_xml.h"

#include "channels/overstock/overstock_xml.h"
#include "core/decimal_text.h"

namespace orderhub::sandbox::overstock {

using nlohmann::json;

// A request body parsed as XML whose root has this local name; an error reply otherwise.
std::optional<Reply> parse_xml(const httplib::Request& request, std::string_view root,
                               pugi::xml_document& document) {
  const pugi::xml_parse_result parsed =
      document.load_buffer(request.body.data(), request.body.size());
  if (!parsed) {
    return xml_error(400, std::string("the body is not well-formed XML: ") + parsed.description());
  }
  if (local_name(document.document_element()) != root) {
    return xml_error(400, "the body's root element must be <" + std::string(root) + ">, got <" +
                              document.document_element().name() + ">");
  }
  return std::nullopt;
}

std::optional<std::int64_t> whole_number(const std::string& text) {
  const auto value = parse_integer(text);
  return value && *value >= 0 ? value : std::nullopt;
}

std::int64_t open_quantity(const json& line) {
  return line.value("quantity", std::int64_t{0}) - line.value("quantityShipped", std::int64_t{0}) -
         line.value("quantityCancelled", std::int64_t{0});
}

json* find_line(json& order, const std::string& line_id) {
  for (json& line : order["processedSalesOrderLine"]) {
    if (line.value("salesChannelLineId", std::string()) == line_id) {
      return &line;
    }
  }
  return nullptr;
}

}  // namespace orderhub::sandbox::overstock
