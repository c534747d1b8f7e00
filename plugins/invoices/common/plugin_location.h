// Where the plugin's own library file lies: its fonts and layouts sit beside it, wherever the
// plugin folder was copied or installed.
#ifndef ORDERHUB_INVOICES_PLUGIN_LOCATION_H
#define ORDERHUB_INVOICES_PLUGIN_LOCATION_H

#include <filesystem>

namespace orderhub::invoices {

// The folder holding the shared library this code is linked into; throws
// sdk::Error(FAILED_PRECONDITION) when the dynamic linker cannot tell.
std::filesystem::path plugin_directory();

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_PLUGIN_LOCATION_H
