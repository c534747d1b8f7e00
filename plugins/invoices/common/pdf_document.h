// One libharu document, owned. libharu reports errors through a C callback; ours only records the
// error (it never throws or jumps through libharu's C frames), and every call made through this
// class checks the record afterwards and throws sdk::Error, which the SDK's trampoline turns into
// the call's status. The process never aborts on a libharu error.
#ifndef ORDERHUB_INVOICES_PDF_DOCUMENT_H
#define ORDERHUB_INVOICES_PDF_DOCUMENT_H

#include <hpdf.h>

#include <string>
#include <string_view>

namespace orderhub::invoices {

class PdfDocument {
 public:
  PdfDocument();
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  HPDF_Doc handle() const { return document_; }

  // Throws sdk::Error(INTERNAL) naming what (e.g. "loading font DejaVuSans.ttf") when libharu
  // recorded an error since the last check.
  void check(std::string_view what);

  // The complete PDF file.
  std::string save();

 private:
  static void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);

  HPDF_Doc document_ = nullptr;
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS detail_ = HPDF_OK;
};

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_PDF_DOCUMENT_H
