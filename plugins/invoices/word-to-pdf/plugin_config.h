// The configuration of a Word to PDF instance. Every key is optional:
//   "libreoffice_program_directory": LibreOffice's program/ folder
//                                    (default /usr/lib/libreoffice/program)
//   "work_directory": where the office's user profile and the files being converted live
//                     (default <temporary directory>/orderhub-word-to-pdf-<process id>)
//   "default_template": the .docx used when a render request names none
//                       (default <plugin directory>/templates/invoice.docx)
#ifndef ORDERHUB_WORD_TO_PDF_PLUGIN_CONFIG_H
#define ORDERHUB_WORD_TO_PDF_PLUGIN_CONFIG_H

#include <filesystem>
#include <string_view>

namespace orderhub::word_to_pdf {

struct PluginConfig {
  std::filesystem::path libreoffice_program_directory;
  std::filesystem::path work_directory;
  std::filesystem::path default_template;
};

// Throws sdk::Error(INVALID_ARGUMENT) naming the key that is not a non-empty absolute path, or
// an unknown key.
PluginConfig parse_config(std::string_view config_json);

// The folder this plugin's library was loaded from.
std::filesystem::path plugin_directory();

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_PLUGIN_CONFIG_H
