// The libharu handle, its documents and its error record.
#include "pdf_document.h"

#include <orderhub/sdk/error.h>

#include <cstdio>

namespace orderhub::invoices {
namespace {

// Page content (text and drawing) and images are deflated, and so are the embedded fonts and
// their CID-to-glyph maps ("metadata" to libharu): left raw, a Latin invoice's PDF would be
// about 300 KiB instead of 35 KiB (each font's map is 128 KiB, mostly zeros) for about 40% less
// drawing time.
constexpr HPDF_UINT kCompression = HPDF_COMP_ALL;

}  // namespace

PdfDocument::PdfDocument() {
  document_ = HPDF_New(&PdfDocument::record_error, this);
  if (document_ == nullptr) {
    throw sdk::Error(sdk::Status::INTERNAL, "libharu could not create a PDF document");
  }
  // The UTF encoders are registered once per handle: registering them again is an error.
  HPDF_UseUTFEncodings(document_);
  check("registering the UTF-8 encoder");
  start();
}

PdfDocument::~PdfDocument() {
  HPDF_Free(document_);
}

void PdfDocument::start() {
  error_ = HPDF_OK;
  HPDF_ResetError(document_);
  // HPDF_NewDoc frees the previous document (HPDF_FreeDoc) and keeps the loaded fonts.
  HPDF_NewDoc(document_);
  check("starting a document");
  HPDF_SetCompressionMode(document_, kCompression);
  HPDF_SetCurrentEncoder(document_, "UTF-8");
  check("setting up the UTF-8 encoder");
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
    // Some of libharu's failures (a font's unusable character map, a glyph past the end of
    // its file) record the error without calling the handler; every later call then fails.
    const HPDF_STATUS silent = HPDF_GetError(document_);
    if (silent == HPDF_OK) {
      return;
    }
    error_ = silent;
    detail_ = HPDF_GetErrorDetail(document_);
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
  const HPDF_STATUS saved = HPDF_SaveToStream(document_);
  if (saved != HPDF_OK && error_ == HPDF_OK) {
    // e.g. a font file that can no longer be read: libharu returns the failure unrecorded
    error_ = saved;
  }
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
  // An idle instance holds its fonts only, not the last invoice's pages and streams.
  HPDF_FreeDoc(document_);
  return bytes;
}

}  // namespace orderhub::invoices
