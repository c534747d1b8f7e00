// The libharu document and its error record.
#include "pdf_document.h"

#include <orderhub/sdk/error.h>

#include <cstdio>

namespace orderhub::invoices {

PdfDocument::PdfDocument() {
  document_ = HPDF_New(&PdfDocument::record_error, this);
  if (document_ == nullptr) {
    throw sdk::Error(sdk::Status::INTERNAL, "libharu could not create a PDF document");
  }
  HPDF_SetCompressionMode(document_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(document_);
  HPDF_SetCurrentEncoder(document_, "UTF-8");
  check("setting up the UTF-8 encoder");
}

PdfDocument::~PdfDocument() {
  HPDF_Free(document_);
}

void PdfDocument::record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* document = static_cast<PdfDocument*>(user_data);
  if (document->error_ == HPDF_OK) {  // the first error is the cause; later ones follow from it
    document->error_ = error;
    document->detail_ = detail;
  }
}

void PdfDocument::check(std::string_view what) {
  if (error_ == HPDF_OK) {
    return;
  }
  char code[16];
  std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(error_));
  const std::string message = "PDF drawing failed while " + std::string(what) + ": libharu error " +
                              code + " (detail " + std::to_string(detail_) + ")";
  error_ = HPDF_OK;
  HPDF_ResetError(document_);
  throw sdk::Error(sdk::Status::INTERNAL, message);
}

std::string PdfDocument::save() {
  HPDF_SaveToStream(document_);
  check("writing the PDF");
  HPDF_ResetStream(document_);
  std::string bytes;
  bytes.reserve(HPDF_GetStreamSize(document_));
  char buffer[65536];
  for (;;) {
    HPDF_UINT32 size = sizeof buffer;
    const HPDF_STATUS status =
        HPDF_ReadFromStream(document_, reinterpret_cast<HPDF_BYTE*>(buffer), &size);
    bytes.append(buffer, size);
    if (status == HPDF_STREAM_EOF) {
      break;
    }
    if (status != HPDF_OK) {
      check("reading the PDF back");
      break;
    }
  }
  // Reaching the end of the stream records HPDF_STREAM_EOF as an error; it is not one.
  error_ = HPDF_OK;
  HPDF_ResetError(document_);
  return bytes;
}

}  // namespace orderhub::invoices
