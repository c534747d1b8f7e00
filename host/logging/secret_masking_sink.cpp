// Masks the payload of every log line; the wrapped sink formats and writes the masked copy.
#include "orderhub/logging/secret_masking_sink.h"

#include <spdlog/details/log_msg.h>

namespace orderhub::logging {

SecretMaskingSink::SecretMaskingSink(spdlog::sink_ptr destination, const SecretRegistry& registry)
    : destination_(std::move(destination)), registry_(registry) {}

void SecretMaskingSink::log(const spdlog::details::log_msg& message) {
  const std::string masked =
      registry_.mask(std::string_view(message.payload.data(), message.payload.size()));
  spdlog::details::log_msg masked_message = message;
  masked_message.payload = spdlog::string_view_t(masked.data(), masked.size());
  destination_->log(masked_message);
}

void SecretMaskingSink::flush() {
  destination_->flush();
}

void SecretMaskingSink::set_pattern(const std::string& pattern) {
  destination_->set_pattern(pattern);
}

void SecretMaskingSink::set_formatter(std::unique_ptr<spdlog::formatter> formatter) {
  destination_->set_formatter(std::move(formatter));
}

}  // namespace orderhub::logging
