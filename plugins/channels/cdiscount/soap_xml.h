// SOAP 1.1 as the Cdiscount Marketplace API speaks it: building a request envelope (the operation
// element in namespace http://www.cdiscount.com, led by headerMessage), and reading answers by
// local element names, since the service prefixes its namespaces freely (s:, a:, i:).
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_SOAP_XML_H
#define ORDERHUB_PLUGINS_CDISCOUNT_SOAP_XML_H

#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace orderhub::cdiscount {

inline constexpr std::string_view cdiscount_namespace = "http://www.cdiscount.com";
inline constexpr std::string_view soap_action_prefix =
    "http://www.cdiscount.com/IMarketplaceAPIService/";

// Text escaped for an XML element or attribute value.
std::string xml_escape(std::string_view text);

// The whole envelope: <s:Envelope><s:Body><operation xmlns=cdiscount><headerMessage>...token and
// login...</headerMessage>inner_xml</operation></s:Body></s:Envelope>.
std::string soap_envelope(std::string_view operation, std::string_view token,
                          std::string_view login, std::string_view inner_xml);

// "s:Body" -> "Body".
std::string_view local_name(const pugi::xml_node& node);

// The first child element whose local name is name; an empty node when there is none.
pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name);

// The text of the child element called name; nullopt when the child is absent or i:nil="true".
std::optional<std::string> child_text(const pugi::xml_node& parent, std::string_view name);

// True when the element carries i:nil="true" (any prefix).
bool is_nil(const pugi::xml_node& node);

// The first element child of the envelope's Body, or an empty node.
pugi::xml_node body_content(const pugi::xml_document& document);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_SOAP_XML_H
