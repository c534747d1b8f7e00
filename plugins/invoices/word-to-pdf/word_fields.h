// The fields of a WordprocessingML part: MERGEFIELDs in their simple form (w:fldSimple) and
// complex form (w:fldChar begin/separate/end around instrText runs), and {{placeholders}} in
// the text. One traversal serves both checking (the visitor only looks) and filling (the visitor
// answers a value, and the field is replaced by a plain run with that text).
#ifndef ORDERHUB_WORD_TO_PDF_WORD_FIELDS_H
#define ORDERHUB_WORD_TO_PDF_WORD_FIELDS_H

#include <functional>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace orderhub::word_to_pdf {

// Given a field's name as the template writes it, the text to put in its place, or nullopt to
// leave the field as it is.
using FieldVisitor = std::function<std::optional<std::string>(const std::string& name)>;

// Word splits typed text over several runs (after an edit, a spelling mark, a format change), so
// "{{buyer.name}}" may arrive as "{{bu" + "yer." + "name}}". This merges the text of the runs
// that carry one placeholder into the first of them (keeping its formatting), so that every
// placeholder lies whole inside one w:t.
void normalise_placeholder_runs(pugi::xml_node root);

// Calls visitor for every MERGEFIELD and {{placeholder}} under scope, in document order
// (complex fields first, then simple fields, then placeholders). Fields nested inside another
// field are left alone.
void visit_fields(pugi::xml_node scope, const FieldVisitor& visitor);

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_WORD_FIELDS_H
