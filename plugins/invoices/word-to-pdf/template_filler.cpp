#include "template_filler.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <sstream>

#include <pugixml.hpp>

#include "field_names.h"
#include "item_rows.h"
#include "utf8_text.h"
#include "word_fields.h"

namespace orderhub::word_to_pdf {
namespace {

class ProblemList {
 public:
  ProblemList(std::vector<TemplateProblem>& problems, std::string where)
      : problems_(problems), where_(std::move(where)) {}

  void add(const std::string& raw_message) {
    // A template's field names are its own bytes: keep the report valid UTF-8.
    const std::string message = invoices::repair_utf8(raw_message);
    const bool known = std::any_of(problems_.begin(), problems_.end(), [&](const auto& problem) {
      return problem.where == where_ && problem.message == message;
    });
    if (!known) {
      problems_.push_back(TemplateProblem{where_, message});
    }
  }

 private:
  std::vector<TemplateProblem>& problems_;
  std::string where_;
};

std::string quoted(const std::string& name) {
  return "\"" + name + "\"";
}

// The value of a field outside the item rows; every other field is a problem.
std::optional<std::string> document_value(const std::string& name, const FieldValues& fields,
                                          ProblemList& problems) {
  if (is_item_block_start(name) || is_item_block_end(name)) {
    problems.add(name + " is not in a table row of a TableStart:Items ... TableEnd:Items block");
    return std::string();
  }
  const std::optional<std::string> canonical = canonical_field_name(name);
  if (!canonical) {
    problems.add("unknown field " + quoted(name));
    return std::nullopt;
  }
  if (is_item_field(*canonical)) {
    problems.add("item field " + quoted(name) +
                 " is outside the item row (a row of the table \"orderitemstable\", or rows "
                 "between TableStart:Items and TableEnd:Items)");
    return std::nullopt;
  }
  const auto found = fields.find(*canonical);
  return found == fields.end() ? std::string() : found->second;
}

// The value of a field in one copy of the item rows: the line's own fields first.
std::optional<std::string> item_value(const std::string& name, const FieldValues& item,
                                      const FieldValues& fields, ProblemList& problems) {
  if (is_item_block_start(name) || is_item_block_end(name)) {
    return std::string();
  }
  const std::optional<std::string> canonical = canonical_field_name(name);
  if (canonical && is_item_field(*canonical)) {
    const auto found = item.find(*canonical);
    return found == item.end() ? std::string() : found->second;
  }
  return document_value(name, fields, problems);
}

bool prints_letters(pugi::xml_node paragraph) {
  for (pugi::xpath_node found : paragraph.select_nodes(".//w:t")) {
    for (const char* c = found.node().text().get(); *c != '\0'; ++c) {
      if (*c != ' ' && *c != '\t') {
        return true;
      }
    }
  }
  return false;
}

// A header, footer or body keeps at least one block: Word needs one.
bool has_other_block(pugi::xml_node paragraph) {
  for (pugi::xml_node sibling : paragraph.parent().children()) {
    if (sibling != paragraph &&
        (std::strcmp(sibling.name(), "w:p") == 0 || std::strcmp(sibling.name(), "w:tbl") == 0)) {
      return true;
    }
  }
  return false;
}

bool holds_more_than_text(pugi::xml_node paragraph) {
  return paragraph
      .select_node(
          ".//w:drawing | .//w:pict | .//w:object | .//w:br | .//w:tab | "
          ".//w:sectPr | .//w:fldChar | .//w:fldSimple")
      .node();
}

// The paragraphs outside tables that print some text now, before filling: those whose every
// field turns out empty are removed afterwards, like Word's mail merge drops the blank lines of
// an address block (an empty "company" or "line2").
std::vector<pugi::xml_node> paragraphs_with_text(pugi::xml_node root) {
  std::vector<pugi::xml_node> paragraphs;
  for (pugi::xpath_node found : root.select_nodes(".//w:p[not(ancestor::w:tc)]")) {
    if (prints_letters(found.node()) || holds_more_than_text(found.node())) {
      paragraphs.push_back(found.node());
    }
  }
  return paragraphs;
}

void remove_emptied_paragraphs(const std::vector<pugi::xml_node>& paragraphs) {
  for (pugi::xml_node paragraph : paragraphs) {
    if (!prints_letters(paragraph) && !holds_more_than_text(paragraph) &&
        has_other_block(paragraph)) {
      paragraph.parent().remove_child(paragraph);
    }
  }
}

void fill_part(DocxPart& part, const InvoiceValues& values, ProblemList& problems) {
  pugi::xml_document document;
  // parse_ws_pcdata_single keeps <w:t> </w:t>: a lone space is text in Word.
  const pugi::xml_parse_result parsed = document.load_buffer(
      part.bytes.data(), part.bytes.size(),
      pugi::parse_default | pugi::parse_declaration | pugi::parse_ws_pcdata_single,
      pugi::encoding_utf8);
  if (!parsed) {
    problems.add(std::string("not well-formed XML: ") + parsed.description() + " at byte " +
                 std::to_string(parsed.offset));
    return;
  }
  normalise_placeholder_runs(document);
  const std::vector<pugi::xml_node> printing_paragraphs = paragraphs_with_text(document);
  std::vector<std::string> region_problems;
  for (const ItemRegion& region : find_item_regions(document, region_problems)) {
    repeat_region(region, values.items.size(), [&](std::size_t index, pugi::xml_node row) {
      visit_fields(row, [&](const std::string& name) {
        return item_value(name, values.items[index], values.fields, problems);
      });
    });
  }
  for (const std::string& problem : region_problems) {
    problems.add(problem);
  }
  visit_fields(document, [&](const std::string& name) {
    return document_value(name, values.fields, problems);
  });
  remove_emptied_paragraphs(printing_paragraphs);
  std::ostringstream output;
  document.save(output, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  part.bytes = output.str();
}

}  // namespace

std::vector<TemplateProblem> fill_package(DocxPackage& package, const InvoiceValues& values) {
  std::vector<TemplateProblem> problems;
  for (DocxPart& part : package.parts()) {
    if (is_text_part(part.name)) {
      ProblemList part_problems(problems, part.name);
      fill_part(part, values, part_problems);
    }
  }
  return problems;
}

InvoiceValues sample_values() {
  InvoiceValues values;
  for (const std::string& name : documented_field_names()) {
    if (!is_item_field(name)) {
      values.fields[name] = name;
    }
  }
  FieldValues item;
  for (const std::string& name : documented_field_names()) {
    if (is_item_field(name)) {
      item[name] = name;
    }
  }
  values.items.push_back(item);
  return values;
}

}  // namespace orderhub::word_to_pdf
