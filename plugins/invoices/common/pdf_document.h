// One libharu handle, kept for the life of a plugin instance and reused for every invoice.
// libharu keeps the font definitions it loaded (the parsed TrueType files) across HPDF_NewDoc
// and HPDF_FreeDoc, clearing their per-document state (the used-glyph flags), so an instance
// parses its fonts once instead of once per invoice; each invoice is a new document in it.
//
// libharu reports errors through a C callback; ours only records the error (it never throws or
// jumps through libharu's C frames), and every call made through this class checks the record
// afterwards and throws sdk::Error, which the SDK's trampoline turns into the call's status. The
// process never aborts on a libharu error, and the next document starts clean.
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

  // Drops the document drawn so far, whatever state an error left it in, and starts an empty
  // one with the UTF-8 encoder current. The loaded fonts stay.
  void start();

  // Throws sdk::Error(INTERNAL) naming what (e.g. "loading font DejaVuSans.ttf") when libharu
  // recorded an error since the last check.
  void check(std::string_view what);

  // The complete PDF file; the document's objects are freed afterwards (the fonts stay).
  std::string save();

 private:
  static void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);

  HPDF_Doc document_ = nullptr;
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS detail_ = HPDF_OK;
};

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_PDF_DOCUMENT_H
