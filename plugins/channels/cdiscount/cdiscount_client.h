// The Cdiscount Marketplace API client, built on the host's HTTP, key-value and clock services.
// A token is issued by `GET <token_url>/users/httpIssue.svc/?realm=<service URL>` with HTTP Basic
// (login, password); it is cached in the instance's key-value store with its expiry, and renewed
// when it expires or a call answers HTTP 401. Each call POSTs one SOAP 1.1 envelope to
// <base_url>/MarketplaceAPIService.svc with SOAPAction "http://www.cdiscount.com/
// IMarketplaceAPIService/<Op>". The password and the token travel in HttpRequest::secrets and
// never appear in a message.
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_CDISCOUNT_CLIENT_H
#define ORDERHUB_PLUGINS_CDISCOUNT_CDISCOUNT_CLIENT_H

#include <orderhub/sdk/clock.h>
#include <orderhub/sdk/http.h>
#include <orderhub/sdk/kv.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "config.h"

namespace orderhub::cdiscount {

// Tokens are valid for 48 hours; renewing an hour early keeps a long run from crossing expiry.
inline constexpr std::int64_t token_lifetime_ms = 47LL * 60 * 60 * 1000;

struct SoapReply {
  std::unique_ptr<pugi::xml_document> document;
  pugi::xml_node result;  // the <Op>Result element, OperationSuccess already checked
};

class CdiscountClient {
 public:
  CdiscountClient(sdk::Http http, sdk::KeyValue kv, sdk::Clock clock,
                  const CdiscountConfig& config);

  // Calls operation with inner_xml after headerMessage. Throws sdk::Error: the HTTP status's
  // meaning for non-2xx answers (after one token renewal on 401), INVALID_ARGUMENT for a SOAP
  // Client fault, UNAVAILABLE for a body that is not a SOAP envelope (cut off) or a Server fault,
  // FAILED_PRECONDITION when OperationSuccess is false (quoting ErrorMessage).
  SoapReply call(std::string_view operation, const std::string& inner_xml) const;

 private:
  std::string token(bool renew) const;
  std::string issue_token() const;

  sdk::Http http_;
  sdk::KeyValue kv_;
  sdk::Clock clock_;
  CdiscountConfig config_;
  std::string basic_credentials_;  // base64(login:password): as secret as the password
};

// Reads one SOAP answer to operation, as call() does: the errors it throws are call()'s.
SoapReply read_soap_reply(std::string_view operation, const sdk::HttpResponse& response,
                          const std::vector<std::string>& secrets);

// RFC 4648 base64 with padding.
std::string base64_encode(std::string_view bytes);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_CDISCOUNT_CLIENT_H
