// document_values.h: the small values every orderhub document shares (money, addresses, buyers),
// to and from JSON. Readers throw FieldRefused naming the field by its JSON path, so a document
// reader can stop at the first problem and report it as a FieldError.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/money.h"
#include "domain/order.h"
#include "domain/time.h"
#include "pipeline/documents/field_result.h"

namespace orderhub::pipeline {

// Thrown by the readers below; caught where a document is read, turned into a FieldError.
struct FieldRefused {
  FieldError error;
};

// "lines/0" + "quantity" -> "lines/0/quantity"; an empty parent gives the key alone.
std::string field_path(std::string_view parent, std::string_view key);

// {"minor": 1234, "currency": "USD"}
nlohmann::json money_to_json(const domain::Money& money);
// Only the parts that are set; {} for an empty address.
nlohmann::json address_to_json(const domain::Address& address);
nlohmann::json buyer_to_json(const domain::Buyer& buyer);

// Readers of one member of a JSON object; path is the object's own path. A missing member is
// refused when required, else gives the fallback.
enum class Presence { required, optional };

const nlohmann::json* member(const nlohmann::json& object, std::string_view path,
                             std::string_view key, Presence presence);
std::string read_text(const nlohmann::json& object, std::string_view path, std::string_view key,
                      Presence presence);
bool read_flag(const nlohmann::json& object, std::string_view path, std::string_view key,
               bool fallback);
// An integer >= 0.
std::int64_t read_quantity(const nlohmann::json& object, std::string_view path,
                           std::string_view key, Presence presence);
domain::Timestamp read_timestamp(const nlohmann::json& object, std::string_view path,
                                 std::string_view key);
// Money in exactly `currency`, never negative, the minor units read as a JSON integer (a float or
// a string is refused, not converted). Missing and optional: zero of currency.
domain::Money read_money(const nlohmann::json& object, std::string_view path, std::string_view key,
                         domain::Currency currency, Presence presence);
domain::Address read_address(const nlohmann::json& object, std::string_view path,
                             std::string_view key);
domain::Buyer read_buyer(const nlohmann::json& object, std::string_view path, std::string_view key);

}  // namespace orderhub::pipeline
