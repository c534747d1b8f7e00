// The customer and the addresses of a Smart Bargains purchase order, in orderhub's shape.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_PARTIES_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_PARTIES_H

#include <string>

#include <nlohmann/json.hpp>

namespace orderhub::smartbargains {

// {"name", "email", "phone"} from the order's "customer" object (all optional).
nlohmann::json read_buyer(const nlohmann::json& order);

// An orderhub address from the order's object called name ("ship_to", "bill_to"):
// name, company, address1, address2, city, state, postal_code, country (alpha-2), phone.
// Throws FieldProblem for a country that is not two letters or a field that is not a string.
nlohmann::json read_address(const nlohmann::json& order, const std::string& name);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_PARTIES_H
