// One invoice drawn as one PDF document: seller and logo, invoice and order numbers with the
// layout's extra blocks, bill-to and ship-to, the lines table (its header repeated on every
// page), the totals, the notes and a "Page i of N" footer on every page.
#ifndef ORDERHUB_INVOICES_INVOICE_DRAWING_H
#define ORDERHUB_INVOICES_INVOICE_DRAWING_H

#include <string>
#include <vector>

#include "font_set.h"
#include "invoice_request.h"
#include "layout.h"

namespace orderhub::invoices {

struct DrawnInvoice {
  std::string pdf;
  std::size_t pages = 0;
  // What was left out and why, for the plugin's log ("logo /x/logo.png skipped: bad CRC ...").
  std::vector<std::string> warnings;
};

DrawnInvoice draw_invoice(const InvoiceRequest& request, const Layout& layout,
                          const FontManifest& fonts);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_INVOICE_DRAWING_H
