// Building and reading SOAP 1.1 envelopes.
#include "soap_xml.h"

namespace orderhub::cdiscount {

std::string xml_escape(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char letter : text) {
    switch (letter) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&apos;";
        break;
      default:
        escaped += letter;
    }
  }
  return escaped;
}

std::string soap_envelope(std::string_view operation, std::string_view token,
                          std::string_view login, std::string_view inner_xml) {
  std::string envelope =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
      "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><";
  envelope += operation;
  envelope += " xmlns=\"";
  envelope += cdiscount_namespace;
  envelope +=
      "\"><headerMessage xmlns:a=\"http://schemas.datacontract.org/2004/07/"
      "Cdiscount.Framework.Core.Communication.Messages\">"
      "<a:Context><a:CatalogID>1</a:CatalogID><a:SiteID>100</a:SiteID></a:Context>"
      "<a:Localization><a:Country>Fr</a:Country></a:Localization>"
      "<a:Security><a:TokenId>";
  envelope += xml_escape(token);
  envelope += "</a:TokenId><a:UserName>";
  envelope += xml_escape(login);
  envelope += "</a:UserName></a:Security><a:Version>1.0</a:Version></headerMessage>";
  envelope += inner_xml;
  envelope += "</";
  envelope += operation;
  envelope += "></s:Body></s:Envelope>";
  return envelope;
}

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
  for (const pugi::xml_node& child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) {
      return child;
    }
  }
  return {};
}

bool is_nil(const pugi::xml_node& node) {
  for (const pugi::xml_attribute& attribute : node.attributes()) {
    std::string_view name = attribute.name();
    const std::size_t colon = name.find(':');
    if (colon != std::string_view::npos) {
      name = name.substr(colon + 1);
    }
    if (name == "nil" && std::string_view(attribute.value()) == "true") {
      return true;
    }
  }
  return false;
}

std::optional<std::string> child_text(const pugi::xml_node& parent, std::string_view name) {
  const pugi::xml_node child = child_named(parent, name);
  if (!child || is_nil(child)) {
    return std::nullopt;
  }
  return std::string(child.text().get());
}

pugi::xml_node body_content(const pugi::xml_document& document) {
  const pugi::xml_node envelope = document.document_element();
  if (local_name(envelope) != "Envelope") {
    return {};
  }
  const pugi::xml_node body = child_named(envelope, "Body");
  for (const pugi::xml_node& child : body.children()) {
    if (child.type() == pugi::node_element) {
      return child;
    }
  }
  return {};
}

}  // namespace orderhub::cdiscount
