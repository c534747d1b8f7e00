// The Supplier Oasis REST client, built on the host's HTTP service: HTTP Basic with the account's
// username and password, XML in and out, and every non-2xx answer turned into an
// orderhub::sdk::Error whose status tells the host whether to retry (429, 5xx) or give up (4xx).
// The password and its encoded form travel in HttpRequest::secrets and never appear in a message.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_OVERSTOCK_CLIENT_H
#define ORDERHUB_PLUGINS_OVERSTOCK_OVERSTOCK_CLIENT_H

#include <orderhub/sdk/http.h>

#include <chrono>
#include <memory>
#include <string>

#include <pugixml.hpp>

#include "config.h"

namespace orderhub::overstock {

struct XmlReply {
  std::unique_ptr<pugi::xml_document> document;  // parsed body (empty document for an empty body)
  std::string text;                              // the body as received
};

class OverstockClient {
 public:
  OverstockClient(sdk::Http http, const OverstockConfig& config);

  // GET base_url + path_and_query. Throws sdk::Error for a non-2xx answer, and UNAVAILABLE for a
  // 2xx body that is not well-formed XML (a cut-off reply: worth retrying), naming the call.
  XmlReply get(const std::string& path_and_query) const;

  // POST an XML body. Throws sdk::Error for a non-2xx answer; a 2xx body that is not XML is
  // returned as an empty document (the write happened).
  XmlReply post(const std::string& path, const std::string& xml_body) const;

 private:
  sdk::HttpRequest request(const char* method, const std::string& path) const;

  sdk::Http http_;
  std::string base_url_;
  std::string password_;
  std::string encoded_credentials_;
  std::chrono::milliseconds timeout_;
};

// RFC 4648 base64 with padding, for the Basic credentials.
std::string base64_encode(std::string_view bytes);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_OVERSTOCK_CLIENT_H
