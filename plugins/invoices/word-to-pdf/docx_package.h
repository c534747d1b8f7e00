// A .docx file as the parts of its zip package, read whole into memory (a template is small) and
// written back in the same order with the filled parts.
#ifndef ORDERHUB_WORD_TO_PDF_DOCX_PACKAGE_H
#define ORDERHUB_WORD_TO_PDF_DOCX_PACKAGE_H

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace orderhub::word_to_pdf {

struct DocxPart {
  std::string name;
  std::string bytes;
};

class DocxPackage {
 public:
  // Throws sdk::Error(INVALID_ARGUMENT) naming path when the file cannot be read, is not a zip,
  // is corrupt (bad checksums, truncated), is too large, or holds no word/document.xml.
  static DocxPackage read_file(const std::filesystem::path& path);

  // Throws sdk::Error(INTERNAL) naming path when it cannot be written.
  void write_file(const std::filesystem::path& path) const;

  std::vector<DocxPart>& parts() { return parts_; }
  const std::vector<DocxPart>& parts() const { return parts_; }

 private:
  std::vector<DocxPart> parts_;
};

// True for the parts that hold a template's text: the body, the headers and the footers.
bool is_text_part(const std::string& part_name);

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_DOCX_PACKAGE_H
