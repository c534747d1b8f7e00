// The seller's logo, checked whole before libharu sees it: libharu 2.3.0 aborts or jumps out of
// the process on a corrupt PNG. A PNG must have its signature, an IHDR first, every chunk's CRC
// right, IDAT data and an IEND, and must then decode completely with libpng; the decoded pixels
// are what libharu gets. A JPEG must have its start marker, a baseline or progressive frame
// header with sane dimensions and its end marker.
#ifndef ORDERHUB_INVOICES_LOGO_IMAGE_H
#define ORDERHUB_INVOICES_LOGO_IMAGE_H

#include <hpdf.h>

#include <string>

#include "pdf_document.h"

namespace orderhub::invoices {

struct LogoLoad {
  HPDF_Image image = nullptr;  // set when the logo can be drawn
  std::string problem;         // why not, otherwise ("truncated in chunk IDAT")
};

LogoLoad load_logo(PdfDocument& document, const std::string& path);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_LOGO_IMAGE_H
