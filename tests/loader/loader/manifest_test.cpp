// plugin.json validation: every problem names the key at fault.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "orderhub/loader/plugin_manifest.h"

namespace orderhub::loader {
namespace {

nlohmann::json valid_manifest() {
  return nlohmann::json::parse(R"({
    "id": "org.orderhub.channel.cscart",
    "name": "CS-Cart",
    "vendor": "orderhub",
    "version": "1.2.0",
    "description": "CS-Cart and Multi-Vendor stores.",
    "kind": "channel",
    "abi": {"major": 1, "minor": 0},
    "capabilities": ["orders.download", "shipment.upload"],
    "library": "libcscart.so"
  })");
}

std::string error_for(const nlohmann::json& manifest) {
  try {
    parse_manifest(manifest.dump());
  } catch (const ManifestError& error) {
    return error.what();
  }
  return "(accepted)";
}

TEST(ManifestTest, ValidManifestParsesEveryField) {
  const PluginManifest manifest = parse_manifest(valid_manifest().dump());
  EXPECT_EQ(manifest.id, "org.orderhub.channel.cscart");
  EXPECT_EQ(manifest.name, "CS-Cart");
  EXPECT_EQ(manifest.vendor, "orderhub");
  EXPECT_EQ(manifest.version, "1.2.0");
  EXPECT_EQ(manifest.description, "CS-Cart and Multi-Vendor stores.");
  EXPECT_EQ(manifest.kind, PluginKind::channel);
  EXPECT_EQ(manifest.abi, (AbiVersion{1, 0}));
  EXPECT_EQ(manifest.capabilities,
            (std::vector<std::string>{"orders.download", "shipment.upload"}));
  EXPECT_EQ(manifest.library, "libcscart.so");
}

TEST(ManifestTest, DescriptionMayBeLeftOut) {
  nlohmann::json manifest = valid_manifest();
  manifest.erase("description");
  EXPECT_EQ(parse_manifest(manifest.dump()).description, "");
}

TEST(ManifestTest, EachMissingRequiredKeyIsNamed) {
  for (const char* key :
       {"id", "name", "vendor", "version", "kind", "abi", "capabilities", "library"}) {
    nlohmann::json manifest = valid_manifest();
    manifest.erase(key);
    EXPECT_EQ(error_for(manifest), std::string("missing key \"") + key + "\"");
  }
  nlohmann::json without_minor = valid_manifest();
  without_minor["abi"].erase("minor");
  EXPECT_EQ(error_for(without_minor), "missing key \"abi.minor\"");
}

TEST(ManifestTest, WrongTypesAreNamedWithTheTypeFound) {
  nlohmann::json manifest = valid_manifest();
  manifest["version"] = 1.2;
  EXPECT_EQ(error_for(manifest), "key \"version\" must be a string, not number");

  manifest = valid_manifest();
  manifest["abi"] = "1.0";
  EXPECT_EQ(error_for(manifest),
            "key \"abi\" must be an object {\"major\", \"minor\"}, not string");

  manifest = valid_manifest();
  manifest["abi"]["major"] = "1";
  EXPECT_EQ(error_for(manifest), "key \"abi.major\" must be an integer, not string");

  manifest = valid_manifest();
  manifest["abi"]["minor"] = 70000;
  EXPECT_EQ(error_for(manifest), "key \"abi.minor\" is 70000; it must be from 0 to 65535");

  manifest = valid_manifest();
  manifest["capabilities"] = "orders.download";
  EXPECT_EQ(error_for(manifest), "key \"capabilities\" must be an array of strings, not string");

  manifest = valid_manifest();
  manifest["capabilities"] = nlohmann::json::array({"orders.download", 7});
  EXPECT_EQ(error_for(manifest), "key \"capabilities[1]\" must be a non-empty string");
}

TEST(ManifestTest, UnknownKindIsRefused) {
  nlohmann::json manifest = valid_manifest();
  manifest["kind"] = "shipping";
  EXPECT_EQ(error_for(manifest),
            "key \"kind\" is \"shipping\"; it must be \"channel\" or \"invoice\"");
}

TEST(ManifestTest, IdOutsideTheAllowedAlphabetIsRefused) {
  nlohmann::json manifest = valid_manifest();
  manifest["id"] = "Org.OrderHub/CsCart";
  EXPECT_EQ(error_for(manifest),
            "key \"id\" is \"Org.OrderHub/CsCart\"; ids use only a-z, 0-9, '.', '_' and '-'");
}

TEST(ManifestTest, LibraryMustBeAFileNameNotAPath) {
  nlohmann::json manifest = valid_manifest();
  manifest["library"] = "../other/libcscart.so";
  EXPECT_EQ(error_for(manifest),
            "key \"library\" is \"../other/libcscart.so\"; it must be a file "
            "name beside plugin.json, not a path");
}

TEST(ManifestTest, EmptyStringIsRefused) {
  nlohmann::json manifest = valid_manifest();
  manifest["name"] = "";
  EXPECT_EQ(error_for(manifest), "key \"name\" is empty");
}

TEST(ManifestTest, TextThatIsNotAJsonObjectIsRefused) {
  EXPECT_THROW(parse_manifest("{\"id\": "), ManifestError);
  try {
    parse_manifest("[1, 2]");
    FAIL();
  } catch (const ManifestError& error) {
    EXPECT_STREQ(error.what(), "must be a JSON object, not array");
  }
}

}  // namespace
}  // namespace orderhub::loader
