// currency.h: an ISO 4217 currency the hub knows, with its minor-unit exponent (2 for USD, 0 for
// JPY, 3 for KWD). An unknown code is an error rather than a guess: a wrong exponent would scale
// every amount of an order by a power of ten.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "domain/result.h"

namespace orderhub::domain {

class Currency {
 public:
  // The "no currency yet" placeholder, so that records can be declared before they are filled.
  // The store refuses to write money whose currency is not set.
  Currency() = default;

  // Accepts an uppercase ISO 4217 code the hub knows ("USD"); anything else is an error that quotes
  // the input.
  static Result<Currency> parse(std::string_view code);

  // "USD"; empty when not set.
  [[nodiscard]] std::string_view code() const { return {code_.data(), is_set() ? 3u : 0u}; }
  // Digits after the decimal point: 10^minor_digits() minor units make one major unit.
  [[nodiscard]] int minor_digits() const { return minor_digits_; }
  [[nodiscard]] bool is_set() const { return code_[0] != '\0'; }

  friend bool operator==(const Currency&, const Currency&) = default;

 private:
  Currency(std::string_view code, int minor_digits);

  std::array<char, 3> code_{};
  std::int8_t minor_digits_ = 0;
};

}  // namespace orderhub::domain
