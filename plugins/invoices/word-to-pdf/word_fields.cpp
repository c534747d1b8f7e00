#include "word_fields.h"

#include <cstddef>
#include <cstring>
#include <utility>
#include <vector>

namespace orderhub::word_to_pdf {
namespace {

bool named(pugi::xml_node node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string trimmed(const std::string& text) {
  std::size_t first = 0;
  std::size_t last = text.size();
  while (first < last && is_space(text[first])) {
    ++first;
  }
  while (last > first && is_space(text[last - 1])) {
    --last;
  }
  return text.substr(first, last - first);
}

bool is_name_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == ':' || c == '-';
}

// One "{{ name }}" in a text: where it starts and ends, and the name inside.
struct Placeholder {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string name;
};

std::vector<Placeholder> find_placeholders(const std::string& text) {
  std::vector<Placeholder> found;
  std::size_t position = 0;
  while ((position = text.find("{{", position)) != std::string::npos) {
    const std::size_t close = text.find("}}", position + 2);
    if (close == std::string::npos) {
      break;
    }
    const std::string inner = trimmed(text.substr(position + 2, close - position - 2));
    bool valid = !inner.empty();
    for (char c : inner) {
      valid = valid && is_name_character(c);
    }
    if (valid) {
      found.push_back(Placeholder{position, close + 2, inner});
      position = close + 2;
    } else {
      position += 2;
    }
  }
  return found;
}

// The name of a MERGEFIELD instruction (" MERGEFIELD  name \* MERGEFORMAT "), or "" when the
// instruction is another field (PAGE, DATE, IF...).
std::string merge_field_name(const std::string& instruction) {
  const std::string text = trimmed(instruction);
  constexpr std::string_view keyword = "MERGEFIELD";
  if (text.size() <= keyword.size()) {
    return "";
  }
  for (std::size_t index = 0; index < keyword.size(); ++index) {
    if (std::toupper(static_cast<unsigned char>(text[index])) != keyword[index]) {
      return "";
    }
  }
  if (!is_space(text[keyword.size()])) {
    return "";
  }
  std::size_t position = keyword.size();
  while (position < text.size() && is_space(text[position])) {
    ++position;
  }
  if (position < text.size() && text[position] == '"') {
    const std::size_t close = text.find('"', position + 1);
    return close == std::string::npos ? ""
                                      : trimmed(text.substr(position + 1, close - position - 1));
  }
  std::size_t end = position;
  while (end < text.size() && !is_space(text[end])) {
    ++end;
  }
  return text.substr(position, end - position);
}

// A run holding only formatting and text, which a placeholder may be spread over.
bool is_plain_text_run(pugi::xml_node run) {
  for (pugi::xml_node child : run.children()) {
    if (!named(child, "w:rPr") && !named(child, "w:t")) {
      return false;
    }
  }
  return true;
}

std::string run_text(pugi::xml_node run) {
  std::string text;
  for (pugi::xml_node child : run.children("w:t")) {
    text += child.text().get();
  }
  return text;
}

void set_run_text(pugi::xml_node run, const std::string& text) {
  while (pugi::xml_node old = run.child("w:t")) {
    run.remove_child(old);
  }
  pugi::xml_node element = run.append_child("w:t");
  element.append_attribute("xml:space") = "preserve";
  element.text().set(text.c_str());
}

// Merges runs[first..last] into runs[first].
void merge_runs(const std::vector<pugi::xml_node>& runs, std::size_t first, std::size_t last) {
  std::string text;
  for (std::size_t index = first; index <= last; ++index) {
    text += run_text(runs[index]);
  }
  set_run_text(runs[first], text);
  for (std::size_t index = first + 1; index <= last; ++index) {
    runs[index].parent().remove_child(runs[index]);
  }
}

// One stretch of consecutive plain text runs: merges the runs each placeholder spans.
void normalise_group(const std::vector<pugi::xml_node>& runs) {
  if (runs.size() < 2) {
    return;
  }
  std::string text;
  std::vector<std::size_t> run_of_byte;
  for (std::size_t index = 0; index < runs.size(); ++index) {
    const std::string piece = run_text(runs[index]);
    text += piece;
    run_of_byte.insert(run_of_byte.end(), piece.size(), index);
  }
  // The run ranges to merge, joined where they touch, from the last so indexes stay valid.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (const Placeholder& placeholder : find_placeholders(text)) {
    const std::size_t first = run_of_byte[placeholder.begin];
    const std::size_t last = run_of_byte[placeholder.end - 1];
    if (!ranges.empty() && first <= ranges.back().second) {
      ranges.back().second = std::max(ranges.back().second, last);
    } else {
      ranges.emplace_back(first, last);
    }
  }
  for (auto range = ranges.rbegin(); range != ranges.rend(); ++range) {
    if (range->first != range->second) {
      merge_runs(runs, range->first, range->second);
    }
  }
}

bool is_inert_between_runs(pugi::xml_node node) {
  return named(node, "w:proofErr") || named(node, "w:bookmarkStart") ||
         named(node, "w:bookmarkEnd") || named(node, "w:pPr") || named(node, "w:rPr") ||
         node.type() != pugi::node_element;
}

// Word nests a handful of levels (body, table, row, cell, paragraph, hyperlink); deeper nesting
// is no real template and is left alone rather than risking the stack.
constexpr int kMaximumDepth = 64;

void normalise_container(pugi::xml_node container, int depth) {
  std::vector<pugi::xml_node> group;
  for (pugi::xml_node child : container.children()) {
    if (named(child, "w:r") && is_plain_text_run(child)) {
      group.push_back(child);
    } else if (!is_inert_between_runs(child)) {
      normalise_group(group);
      group.clear();
      if (!named(child, "w:r") && depth < kMaximumDepth) {
        normalise_container(child, depth + 1);
      }
    }
  }
  normalise_group(group);
}

// A plain run with the text, formatted like model (a run, or an empty node).
pugi::xml_node insert_text_run(pugi::xml_node before, pugi::xml_node model,
                               const std::string& text) {
  pugi::xml_node run = before.parent().insert_child_before("w:r", before);
  if (pugi::xml_node properties = model.child("w:rPr")) {
    run.append_copy(properties);
  }
  set_run_text(run, text);
  return run;
}

struct ComplexField {
  std::size_t begin = 0;  // Indexes into the runs of the scope.
  std::size_t end = 0;
  std::size_t first_result = 0;  // The first run after "separate", or begin when there is none.
  std::string instruction;
};

std::vector<ComplexField> find_complex_fields(const std::vector<pugi::xml_node>& runs) {
  std::vector<ComplexField> fields;
  std::vector<ComplexField> open;
  std::vector<bool> separated;
  for (std::size_t index = 0; index < runs.size(); ++index) {
    for (pugi::xml_node child : runs[index].children()) {
      if (named(child, "w:fldChar")) {
        const std::string type = child.attribute("w:fldCharType").value();
        if (type == "begin") {
          open.push_back(ComplexField{index, index, index, ""});
          separated.push_back(false);
        } else if (type == "separate" && !open.empty()) {
          separated.back() = true;
          open.back().first_result = index + 1;
        } else if (type == "end" && !open.empty()) {
          ComplexField field = open.back();
          open.pop_back();
          separated.pop_back();
          field.end = index;
          if (open.empty()) {
            fields.push_back(field);
          }
        }
      } else if (named(child, "w:instrText") && open.size() == 1 && !separated.back()) {
        open.back().instruction += child.text().get();
      }
    }
  }
  return fields;
}

void visit_complex_fields(pugi::xml_node scope, const FieldVisitor& visitor) {
  std::vector<pugi::xml_node> runs;
  for (pugi::xpath_node found : scope.select_nodes(".//w:r")) {
    runs.push_back(found.node());
  }
  for (const ComplexField& field : find_complex_fields(runs)) {
    const std::string name = merge_field_name(field.instruction);
    if (name.empty()) {
      continue;
    }
    const std::optional<std::string> value = visitor(name);
    if (!value) {
      continue;
    }
    const bool has_result = field.first_result > field.begin && field.first_result < field.end;
    const pugi::xml_node model = has_result ? runs[field.first_result] : runs[field.begin];
    insert_text_run(runs[field.begin], model, *value);
    for (std::size_t index = field.begin; index <= field.end; ++index) {
      runs[index].parent().remove_child(runs[index]);
    }
  }
}

bool inside_simple_field(pugi::xml_node node) {
  for (pugi::xml_node parent = node.parent(); parent; parent = parent.parent()) {
    if (named(parent, "w:fldSimple")) {
      return true;
    }
  }
  return false;
}

void visit_simple_fields(pugi::xml_node scope, const FieldVisitor& visitor) {
  std::vector<pugi::xml_node> fields;
  for (pugi::xpath_node found : scope.select_nodes(".//w:fldSimple")) {
    if (!inside_simple_field(found.node())) {
      fields.push_back(found.node());
    }
  }
  for (pugi::xml_node field : fields) {
    const std::string name = merge_field_name(field.attribute("w:instr").value());
    if (name.empty()) {
      continue;
    }
    const std::optional<std::string> value = visitor(name);
    if (!value) {
      continue;
    }
    pugi::xml_node first_run = field.select_node(".//w:r").node();
    insert_text_run(field, first_run, *value);
    field.parent().remove_child(field);
  }
}

void visit_placeholders(pugi::xml_node scope, const FieldVisitor& visitor) {
  std::vector<pugi::xml_node> texts;
  for (pugi::xpath_node found : scope.select_nodes(".//w:t")) {
    texts.push_back(found.node());
  }
  for (pugi::xml_node element : texts) {
    const std::string text = element.text().get();
    const std::vector<Placeholder> placeholders = find_placeholders(text);
    if (placeholders.empty()) {
      continue;
    }
    std::string result;
    std::size_t copied = 0;
    bool changed = false;
    for (const Placeholder& placeholder : placeholders) {
      const std::optional<std::string> value = visitor(placeholder.name);
      if (!value) {
        continue;
      }
      result.append(text, copied, placeholder.begin - copied);
      result += *value;
      copied = placeholder.end;
      changed = true;
    }
    if (changed) {
      result.append(text, copied, std::string::npos);
      if (!element.attribute("xml:space")) {
        element.append_attribute("xml:space") = "preserve";
      }
      element.text().set(result.c_str());
    }
  }
}

}  // namespace

void normalise_placeholder_runs(pugi::xml_node root) {
  normalise_container(root, 0);
}

void visit_fields(pugi::xml_node scope, const FieldVisitor& visitor) {
  visit_complex_fields(scope, visitor);
  visit_simple_fields(scope, visitor);
  visit_placeholders(scope, visitor);
}

}  // namespace orderhub::word_to_pdf
