// The benchmark's invoice as an HTML page, for the renderers that print HTML (wkhtmltopdf,
// WeasyPrint): the same data and the same lines table as the plugins print.
#pragma once

#include <string>

#include "bench_invoice.h"

namespace orderhub::bench {

std::string invoice_html(const BenchInvoice& invoice);

}  // namespace orderhub::bench
