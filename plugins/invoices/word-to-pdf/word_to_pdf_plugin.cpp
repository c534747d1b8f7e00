// The Word to PDF invoice plugin: fills an admin's .docx template with one order's values and
// converts it to PDF with LibreOffice, kept warm in this process (see libreoffice_converter.h).
#include <orderhub/sdk.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <system_error>

#include "docx_package.h"
#include "invoice_values.h"
#include "libreoffice_converter.h"
#include "plugin_config.h"
#include "template_filler.h"
#include "xml_text.h"

namespace orderhub::word_to_pdf {
namespace {

// Removes a file when it goes out of scope, whatever happened.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {}
  ~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::filesystem::path template_path(const std::string& requested) {
  const std::filesystem::path path(requested);
  if (!path.is_absolute()) {
    throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                     "template " + xml_safe_text(requested) + " is not an absolute path");
  }
  return path;
}

std::string problems_text(const std::vector<TemplateProblem>& problems) {
  std::string text;
  for (const TemplateProblem& problem : problems) {
    text += (text.empty() ? "" : "; ") + problem.where + ": " + problem.message;
  }
  return text;
}

class WordToPdf : public sdk::InvoicePlugin {
 public:
  WordToPdf(sdk::Host host, std::string_view config_json)
      : config_(parse_config(config_json)),
        log_(host.log()),
        converter_(config_.libreoffice_program_directory, config_.work_directory) {}

  std::string render_pdf(std::string_view request) override {
    const InvoiceValues values = read_render_request(request);
    const std::filesystem::path path = values.template_path.empty()
                                           ? config_.default_template
                                           : template_path(values.template_path);
    DocxPackage package = DocxPackage::read_file(path);
    const std::vector<TemplateProblem> problems = fill_package(package, values);
    if (!problems.empty()) {
      throw sdk::Error(
          sdk::Status::INVALID_ARGUMENT,
          "template " + path.string() + " cannot be filled: " + problems_text(problems));
    }
    converter_.prepare_work_directory();
    static std::atomic<unsigned long> next_file{0};
    const TemporaryFile filled(converter_.work_directory() /
                               ("invoice-" + std::to_string(++next_file) + ".docx"));
    package.write_file(filled.path());
    return converter_.convert_to_pdf(filled.path());
  }

  std::string check_template(std::string_view request) override {
    const nlohmann::json document = nlohmann::json::parse(request, nullptr, false);
    if (document.is_discarded() || !document.is_object() ||
        document.value("schema", nlohmann::json()) != "orderhub.template_check/1") {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       "template check: not an orderhub.template_check/1 document");
    }
    const nlohmann::json& requested = document.value("template", nlohmann::json());
    if (!requested.is_string() || requested.get<std::string>().empty()) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT, "template check: template is not a path");
    }
    LibreOfficeConverter::require_installed(config_.libreoffice_program_directory);
    const std::filesystem::path path = template_path(requested.get<std::string>());
    DocxPackage package = DocxPackage::read_file(path);
    const std::vector<TemplateProblem> problems = fill_package(package, sample_values());
    nlohmann::json report = {{"schema", "orderhub.template_report/1"},
                             {"ok", problems.empty()},
                             {"problems", nlohmann::json::array()}};
    for (const TemplateProblem& problem : problems) {
      report["problems"].push_back(
          {{"where", problem.where}, {"message", problem.where + ": " + problem.message}});
    }
    log_.info("checked template " + path.string() + ": " + std::to_string(problems.size()) +
              " problem(s)");
    return report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }

 private:
  PluginConfig config_;
  sdk::Logger log_;
  LibreOfficeConverter converter_;
};

}  // namespace
}  // namespace orderhub::word_to_pdf

ORDERHUB_INVOICE_PLUGIN(orderhub::word_to_pdf::WordToPdf, "org.orderhub.invoice.word-to-pdf",
                        "Word to PDF", "orderhub", "1.0.0",
                        "Fills an admin's Word (.docx) template with the order and converts it to "
                        "PDF with LibreOffice.",
                        "invoice.render", "template.check");
