// Word to PDF through LibreOfficeKit, LibreOffice's in-process API. Starting an office costs
// about a second, so it is started once per process, on the first conversion, and kept warm for
// every later one; LibreOfficeKit is single-threaded, so conversions take turns on one mutex.
#ifndef ORDERHUB_WORD_TO_PDF_LIBREOFFICE_CONVERTER_H
#define ORDERHUB_WORD_TO_PDF_LIBREOFFICE_CONVERTER_H

#include <filesystem>
#include <string>

namespace orderhub::word_to_pdf {

class LibreOfficeConverter {
 public:
  // program_directory: LibreOffice's program/ folder (holding libmergedlo.so). work_directory:
  // where the office's user profile and the files being converted live, created by
  // prepare_work_directory() (not here: an instance that never converts leaves nothing). Throws
  // sdk::Error(FAILED_PRECONDITION) when LibreOffice is not installed there.
  LibreOfficeConverter(std::filesystem::path program_directory,
                       std::filesystem::path work_directory);

  // Throws sdk::Error(FAILED_PRECONDITION) naming the missing file and the Debian package that
  // provides it, when LibreOffice is not installed in program_directory.
  static void require_installed(const std::filesystem::path& program_directory);

  // The PDF of the .docx at docx_path. Throws sdk::Error(FAILED_PRECONDITION) when the office
  // cannot start, INVALID_ARGUMENT when LibreOffice cannot read the document, INTERNAL when it
  // cannot write the PDF.
  std::string convert_to_pdf(const std::filesystem::path& docx_path) const;

  // Creates the work directory. Throws sdk::Error(FAILED_PRECONDITION) when it cannot.
  void prepare_work_directory() const;

  // The folder conversions put their files in.
  const std::filesystem::path& work_directory() const { return work_directory_; }

 private:
  std::filesystem::path program_directory_;
  std::filesystem::path work_directory_;
};

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_LIBREOFFICE_CONVERTER_H
