// sha256.h: SHA-256 (FIPS 180-4), for the content hash that versions an invoice template: an
// edited template gets a new version, so its invoices are rendered anew.
#pragma once

#include <string>
#include <string_view>

namespace orderhub::pipeline {

// The digest of bytes as 64 lowercase hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace orderhub::pipeline
