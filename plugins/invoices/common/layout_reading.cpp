// The layout file format (documented in plugins/invoices/channel-specific/README.md):
//   { "schema": "orderhub.invoice_layout/1", "locale": "fr-FR", "labels": {<key>: <text>},
//     "columns": [{"field", "label", "width", "align"}], "blocks": [{"label", "field"}] }
#include "layout_reading.h"

#include <orderhub/sdk/error.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "locale_format.h"

namespace orderhub::invoices {
namespace {

using nlohmann::json;

constexpr const char* kLayoutSchema = "orderhub.invoice_layout/1";

class Reader {
 public:
  explicit Reader(std::vector<LayoutProblem>& problems) : problems_(problems) {}

  void problem(const std::string& where, const std::string& message) {
    problems_.push_back({where, message});
  }

  // Reports every key of object not in known.
  void only_keys(const json& object, const std::string& where,
                 std::initializer_list<const char*> known) {
    for (const auto& item : object.items()) {
      bool found = false;
      for (const char* key : known) {
        found = found || item.key() == key;
      }
      if (!found) {
        problem(where.empty() ? item.key() : where + "." + item.key(),
                "unknown key (known: " + joined(known) + ")");
      }
    }
  }

  // The string at object[key], or nullopt (with a problem when present with another type).
  std::optional<std::string> text(const json& object, const char* key, const std::string& where,
                                  bool required) {
    const std::string path = where.empty() ? key : where + "." + key;
    const auto found = object.find(key);
    if (found == object.end()) {
      if (required) {
        problem(path, "missing");
      }
      return std::nullopt;
    }
    if (!found->is_string()) {
      problem(path, "expected a string, found " + std::string(found->type_name()));
      return std::nullopt;
    }
    return found->get<std::string>();
  }

 private:
  static std::string joined(std::initializer_list<const char*> keys) {
    std::string text;
    for (const char* key : keys) {
      text += (text.empty() ? "" : ", ") + std::string(key);
    }
    return text;
  }

  std::vector<LayoutProblem>& problems_;
};

void read_labels(Reader& reader, const json& labels, Layout& layout) {
  if (!labels.is_object()) {
    reader.problem("labels", "expected an object, found " + std::string(labels.type_name()));
    return;
  }
  for (const auto& item : labels.items()) {
    std::string* label = label_named(layout.labels, item.key());
    const std::string where = "labels." + item.key();
    if (label == nullptr) {
      reader.problem(where, "unknown label (known: " + label_names() + ")");
    } else if (!item.value().is_string()) {
      reader.problem(where, "expected a string, found " + std::string(item.value().type_name()));
    } else {
      *label = item.value().get<std::string>();
    }
  }
}

void read_column(Reader& reader, const json& value, const std::string& where, Layout& layout) {
  if (!value.is_object()) {
    reader.problem(where, "expected an object, found " + std::string(value.type_name()));
    return;
  }
  reader.only_keys(value, where, {"field", "label", "width", "align"});
  LayoutColumn column;
  const auto field = reader.text(value, "field", where, true);
  if (field) {
    if (const auto known = column_field_named(*field)) {
      column.field = *known;
    } else {
      reader.problem(where + ".field",
                     "unknown field \"" + *field + "\" (known: " + column_field_names() + ")");
    }
  }
  column.label = reader.text(value, "label", where, true).value_or("");
  const auto width = value.find("width");
  if (width != value.end()) {
    if (!width->is_number() || width->get<double>() <= 0 || width->get<double>() > 100) {
      reader.problem(where + ".width", "expected a number above 0 and at most 100");
    } else {
      column.width = width->get<double>();
    }
  }
  if (const auto align = reader.text(value, "align", where, false)) {
    if (*align == "right") {
      column.align = Align::right;
    } else if (*align != "left") {
      reader.problem(where + ".align", "\"" + *align + "\" is neither left nor right");
    }
  }
  layout.columns.push_back(column);
}

void read_block(Reader& reader, const json& value, const std::string& where, Layout& layout) {
  if (!value.is_object()) {
    reader.problem(where, "expected an object, found " + std::string(value.type_name()));
    return;
  }
  reader.only_keys(value, where, {"label", "field"});
  LayoutBlock block;
  block.label = reader.text(value, "label", where, true).value_or("");
  if (const auto field = reader.text(value, "field", where, true)) {
    if (is_block_field(*field)) {
      block.field = *field;
    } else {
      reader.problem(where + ".field",
                     "unknown field \"" + *field + "\" (known: " + block_field_names() + ")");
    }
  }
  layout.blocks.push_back(block);
}

template <class ReadItem>
void read_list(Reader& reader, const json& document, const char* key, Layout& layout,
               ReadItem read_item) {
  const auto found = document.find(key);
  if (found == document.end()) {
    return;
  }
  if (!found->is_array()) {
    reader.problem(key, "expected an array, found " + std::string(found->type_name()));
    return;
  }
  for (std::size_t index = 0; index < found->size(); ++index) {
    read_item(reader, (*found)[index], std::string(key) + "[" + std::to_string(index) + "]",
              layout);
  }
}

}  // namespace

LayoutReading read_layout(std::string_view text) {
  LayoutReading reading;
  Reader reader(reading.problems);
  json document;
  try {
    document = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& error) {
    reader.problem("", std::string("not JSON: ") + error.what());
    return reading;
  }
  if (!document.is_object()) {
    reader.problem("", "expected a JSON object, found " + std::string(document.type_name()));
    return reading;
  }
  reader.only_keys(document, "", {"schema", "locale", "labels", "columns", "blocks"});
  if (const auto schema = reader.text(document, "schema", "", false)) {
    if (*schema != kLayoutSchema) {
      reader.problem("schema", "\"" + *schema + "\" is not " + kLayoutSchema);
    }
  }
  if (const auto locale = reader.text(document, "locale", "", false)) {
    if (find_locale(*locale)) {
      reading.layout.locale = *locale;
    } else {
      reader.problem("locale",
                     "unknown locale \"" + *locale + "\" (known: " + known_locales() + ")");
    }
  }
  const auto labels = document.find("labels");
  if (labels != document.end()) {
    read_labels(reader, *labels, reading.layout);
  }
  read_list(reader, document, "columns", reading.layout, read_column);
  if (document.find("columns") == document.end()) {
    reading.layout.columns = standard_layout().columns;
  } else if (reading.layout.columns.empty() && document["columns"].is_array()) {
    reader.problem("columns", "lists no column");
  }
  read_list(reader, document, "blocks", reading.layout, read_block);
  return reading;
}

LayoutReading read_layout_file(const std::filesystem::path& file) {
  std::ifstream input(file, std::ios::binary);
  if (!input) {
    LayoutReading reading;
    reading.problems.push_back({"", "cannot read " + file.string()});
    return reading;
  }
  std::ostringstream text;
  text << input.rdbuf();
  return read_layout(text.str());
}

Layout load_layout(const std::filesystem::path& file) {
  LayoutReading reading = read_layout_file(file);
  if (!reading.problems.empty()) {
    const LayoutProblem& first = reading.problems.front();
    std::string message = "layout " + file.filename().string() + ": " +
                          (first.where.empty() ? "" : first.where + ": ") + first.message;
    if (reading.problems.size() > 1) {
      message += " (and " + std::to_string(reading.problems.size() - 1) + " more problems)";
    }
    throw sdk::Error(sdk::Status::INVALID_ARGUMENT, message);
  }
  return reading.layout;
}

}  // namespace orderhub::invoices
