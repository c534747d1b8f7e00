// Fills a Word template with one invoice's values: every text part (body, headers, footers) is
// parsed, its split placeholders joined, its item rows repeated per order line and every field
// replaced. Checking a template is filling it with sample values and keeping the problems.
#ifndef ORDERHUB_WORD_TO_PDF_TEMPLATE_FILLER_H
#define ORDERHUB_WORD_TO_PDF_TEMPLATE_FILLER_H

#include <string>
#include <vector>

#include "docx_package.h"
#include "invoice_values.h"

namespace orderhub::word_to_pdf {

struct TemplateProblem {
  std::string where;  // The part, e.g. "word/document.xml".
  std::string message;
};

// Fills package in place. Returns every problem found (unknown fields, item fields outside an
// item row, unmatched markers, unreadable XML), each once, in the order met; when there is any,
// the package must not be used.
std::vector<TemplateProblem> fill_package(DocxPackage& package, const InvoiceValues& values);

// Values for every documented field and one order line, to check a template with.
InvoiceValues sample_values();

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_TEMPLATE_FILLER_H
