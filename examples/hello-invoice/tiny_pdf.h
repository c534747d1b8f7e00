// tiny_pdf.h: a one-page PDF of plain text lines in Helvetica, written by hand with no library:
// the objects, then a cross-reference table whose byte offsets are counted while writing. Enough
// for a readable invoice; a real invoice plugin would use a PDF library for layout and fonts.
#ifndef HELLO_INVOICE_TINY_PDF_H
#define HELLO_INVOICE_TINY_PDF_H

#include <cstdio>
#include <string>
#include <vector>

namespace tiny_pdf {

// text as a PDF literal string: printable ASCII kept, ( ) \ escaped, everything else (control
// characters, bytes of multi-byte UTF-8) shown as '?', so hostile text cannot break the file.
inline std::string literal(const std::string& text) {
  std::string out = "(";
  for (const char character : text) {
    const auto byte = static_cast<unsigned char>(character);
    if (character == '(' || character == ')' || character == '\\') {
      out += '\\';
      out += character;
    } else if (byte >= 0x20 && byte < 0x7f) {
      out += character;
    } else {
      out += '?';
    }
  }
  return out + ")";
}

// An A4 page (595 x 842 points) with the lines from the top left, the first one larger.
inline std::string one_page(const std::vector<std::string>& lines) {
  std::string content = "BT\n/F1 16 Tf\n50 790 Td\n20 TL\n";
  for (std::size_t index = 0; index < lines.size(); ++index) {
    if (index == 1) {
      content += "/F1 11 Tf\n14 TL\n";
    }
    content += literal(lines[index].substr(0, 200)) + " Tj T*\n";
  }
  content += "ET\n";

  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> "
      ">> /Contents 4 0 R >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"};

  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t index = 0; index < objects.size(); ++index) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(index + 1) + " 0 obj\n" + objects[index] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[21];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace tiny_pdf

#endif  // HELLO_INVOICE_TINY_PDF_H
