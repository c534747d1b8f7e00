// The people and places of a CS-Cart order: the buyer (firstname, lastname, email, phone) and the
// billing (b_*) and shipping (s_*) addresses, as orderhub buyer and address objects.
#ifndef ORDERHUB_PLUGINS_CSCART_ORDER_PARTIES_H
#define ORDERHUB_PLUGINS_CSCART_ORDER_PARTIES_H

#include <string_view>

#include <nlohmann/json.hpp>

namespace orderhub::cscart {

// {"name", "email", "phone"}, each only when CS-Cart gave it. The name is firstname + lastname,
// else the billing name; the phone is "phone", else "b_phone".
nlohmann::json read_buyer(const nlohmann::json& order);

// The address whose fields start with prefix ("b_" or "s_"): name = <p>firstname <p>lastname,
// company = "company", line1 = <p>address, line2 = <p>address_2, city, state, postal_code =
// <p>zipcode, country (upper-cased), phone. Empty fields are left out; <p>county has no place in
// an orderhub address and is dropped. Throws FieldProblem when <p>country is present but not two
// letters.
nlohmann::json read_address(const nlohmann::json& order, std::string_view prefix);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_ORDER_PARTIES_H
