// schema_test.cpp: the JSON Schemas in plugin-api/schema/ are loadable draft-07, carry their
// $id and schema name, accept the sample of each document, and refuse what docs/documents.md
// forbids (float money, negative quantities, missing required fields, loose times) with an error
// that names the field.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "schema_validation.h"

namespace {

using nlohmann::json;
using orderhub::testing::joined;
using orderhub::testing::LoadedSchema;
using orderhub::testing::read_json_file;

const std::vector<std::string> document_names = {
    "download_request", "order_batch",    "acknowledgement", "shipment",
    "cancellation",     "refund",         "invoice_upload",  "inventory_update",
    "delivery_result",  "render_request", "template_check",  "template_report"};

const LoadedSchema& schema(const std::string& name) {
  static std::map<std::string, std::unique_ptr<LoadedSchema>> loaded;
  auto& entry = loaded[name];
  if (!entry) {
    entry = std::make_unique<LoadedSchema>(
        read_json_file(std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/" + name + ".schema.json"));
  }
  return *entry;
}

json sample(const std::string& name) {
  return read_json_file(std::string(ORDERHUB_SCHEMA_SAMPLE_DIRECTORY) + "/" + name + ".json");
}

TEST(Schemas, EveryDocumentHasADraft07SchemaNamedAfterIt) {
  for (const std::string& name : document_names) {
    SCOPED_TRACE(name);
    const json& document = schema(name).document();
    EXPECT_EQ(document["$schema"], "http://json-schema.org/draft-07/schema#");
    EXPECT_EQ(document["$id"], "orderhub." + name + "/1");
    EXPECT_EQ(document["properties"]["schema"]["const"], "orderhub." + name + "/1");
    EXPECT_NE(std::find(document["required"].begin(), document["required"].end(), "schema"),
              document["required"].end());
  }
}

TEST(Schemas, SharedDefinitionsAreIdenticalInEverySchema) {
  // Each file is self-contained, so money, order and the rest are repeated; they must not drift.
  std::map<std::string, std::pair<std::string, json>> first_seen;
  for (const std::string& name : document_names) {
    const json& document = schema(name).document();
    if (!document.contains("definitions")) {
      continue;
    }
    for (const auto& [definition, body] : document["definitions"].items()) {
      const auto [found, inserted] = first_seen.try_emplace(definition, name, body);
      EXPECT_TRUE(inserted || found->second.second == body)
          << "definitions/" << definition << " differs between " << found->second.first << " and "
          << name;
    }
  }
  EXPECT_EQ(first_seen.count("money"), 1u);
  EXPECT_EQ(first_seen.count("order"), 1u);
}

TEST(Schemas, EverySampleDocumentIsValid) {
  for (const std::string& name : document_names) {
    const auto errors = schema(name).errors(sample(name));
    EXPECT_TRUE(errors.empty()) << name << ":\n" << joined(errors);
  }
}

// One way to break a sample, and the text an error must contain.
struct Breakage {
  std::string test_name;
  std::string document;
  json::json_pointer pointer;
  json value;  // null with remove == true: delete the key instead
  bool remove;
  std::string expected_error;
};

// Names the case in test listings instead of dumping its bytes.
void PrintTo(const Breakage& breakage, std::ostream* output) {
  *output << breakage.test_name;
}

class SchemaRefuses : public ::testing::TestWithParam<Breakage> {};

TEST_P(SchemaRefuses, NamingTheField) {
  const Breakage& breakage = GetParam();
  json document = sample(breakage.document);
  if (breakage.remove) {
    const json::json_pointer parent = breakage.pointer.parent_pointer();
    document[parent].erase(breakage.pointer.back());
  } else {
    document[breakage.pointer] = breakage.value;
  }
  const auto errors = schema(breakage.document).errors(document);
  ASSERT_FALSE(errors.empty()) << breakage.pointer.to_string() << " was accepted";
  bool named = false;
  for (const std::string& error : errors) {
    named = named || error.find(breakage.expected_error) != std::string::npos;
  }
  EXPECT_TRUE(named) << "no error contains \"" << breakage.expected_error << "\":\n"
                     << joined(errors);
}

Breakage set(std::string test_name, std::string document, const std::string& pointer, json value,
             std::string expected_error) {
  return {std::move(test_name),
          std::move(document),
          json::json_pointer(pointer),
          std::move(value),
          false,
          std::move(expected_error)};
}

Breakage drop(std::string test_name, std::string document, const std::string& pointer,
              std::string expected_error) {
  return {std::move(test_name),     std::move(document), json::json_pointer(pointer), nullptr, true,
          std::move(expected_error)};
}

INSTANTIATE_TEST_SUITE_P(
    BrokenDocuments, SchemaRefuses,
    ::testing::Values(
        set("FloatMoneyAmount", "order_batch", "/orders/0/totals/total/minor", 40.88,
            "/orders/0/totals/total/minor:"),
        set("MoneyAmountAsString", "order_batch", "/orders/0/paid/minor", "4088",
            "/orders/0/paid/minor:"),
        set("MoneyWithExtraKey", "order_batch", "/orders/0/paid/decimals", 2,
            "/orders/0/paid: Object contains a property that could not be validated"),
        set("LowercaseCurrency", "order_batch", "/orders/0/lines/0/unit_price/currency", "eur",
            "/orders/0/lines/0/unit_price/currency:"),
        set("NegativeQuantity", "order_batch", "/orders/0/lines/0/quantity", -1,
            "/orders/0/lines/0/quantity:"),
        set("FractionalQuantity", "order_batch", "/orders/0/lines/1/quantity", 1.5,
            "/orders/0/lines/1/quantity:"),
        drop("MissingChannelOrderId", "order_batch", "/orders/0/channel_order_id",
             "/orders/0: Missing required property 'channel_order_id'"),
        set("EmptyChannelOrderId", "order_batch", "/orders/0/channel_order_id", "",
            "/orders/0/channel_order_id:"),
        drop("MissingTotals", "order_batch", "/orders/0/totals",
             "/orders/0: Missing required property 'totals'"),
        drop("MissingPaymentStatus", "order_batch", "/orders/0/payment_status",
             "/orders/0: Missing required property 'payment_status'"),
        set("NoLines", "order_batch", "/orders/0/lines", json::array(), "/orders/0/lines:"),
        set("UnknownPaymentStatus", "order_batch", "/orders/0/payment_status", "paid",
            "/orders/0/payment_status:"),
        set("UnknownShippingStatus", "order_batch", "/orders/0/shipping_status", "shipped",
            "/orders/0/shipping_status:"),
        set("TimeWithoutZone", "order_batch", "/orders/0/created_at", "2026-11-20T08:15:00",
            "/orders/0/created_at:"),
        set("TimeWithOffset", "order_batch", "/orders/0/updated_at", "2026-11-20T08:15:00+01:00",
            "/orders/0/updated_at:"),
        set("TimeWithSpace", "order_batch", "/orders/0/created_at", "2026-11-20 08:15:00Z",
            "/orders/0/created_at:"),
        set("TimeAsObject", "order_batch", "/orders/0/created_at", json{{"seconds", 1}},
            "/orders/0/created_at:"),
        set("ThreeLetterCountry", "order_batch", "/orders/0/ship_to/country", "FRA",
            "/orders/0/ship_to/country:"),
        set("WrongSchemaVersion", "order_batch", "/schema", "orderhub.order_batch/2", "/schema:"),
        drop("MissingNextPageToken", "order_batch", "/next_page_token",
             "/: Missing required property 'next_page_token'"),
        set("ZeroPageSize", "download_request", "/page_size", 0, "/page_size:"),
        set("DateForShipDate", "shipment", "/shipment/ship_date", "2026-11-22",
            "/shipment/ship_date:"),
        drop("MissingIdempotencyKey", "shipment", "/idempotency_key",
             "/: Missing required property 'idempotency_key'"),
        set("NegativeShippedQuantity", "shipment", "/shipment/lines/0/quantity", -2,
            "/shipment/lines/0/quantity:"),
        set("FloatRefundAmount", "refund", "/amount/minor", 10.5, "/amount/minor:"),
        drop("MissingCancellationScope", "cancellation", "/full",
             "/: Missing required property 'full'"),
        set("ImpossibleInvoiceDate", "invoice_upload", "/invoice_date", "2026-13-01",
            "/invoice_date:"),
        set("NegativeStock", "inventory_update", "/items/0/quantity", -3, "/items/0/quantity:"),
        set("DeliveryDateAsTime", "inventory_update", "/items/0/expected_delivery_date",
            "2026-12-05T00:00:00Z", "/items/0/expected_delivery_date:"),
        set("AlreadyAppliedAsString", "delivery_result", "/already_applied", "no",
            "/already_applied:"),
        set("UnknownPaper", "render_request", "/options/paper", "A5", "/options/paper:"),
        set("EmptyTemplatePath", "template_check", "/template", "", "/template:"),
        drop("ReportWithoutVerdict", "template_report", "/ok",
             "/: Missing required property 'ok'")),
    [](const ::testing::TestParamInfo<Breakage>& info) { return info.param.test_name; });

}  // namespace
