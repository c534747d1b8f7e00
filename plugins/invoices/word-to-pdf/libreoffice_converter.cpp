#include "libreoffice_converter.h"

#include <orderhub/sdk/error.h>

#include <dlfcn.h>

#include <LibreOfficeKit/LibreOfficeKit.hxx>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <system_error>

namespace orderhub::word_to_pdf {
namespace {

constexpr const char* kLibreOfficePackage = "libreoffice-writer-nogui";

// The office of this process. LibreOfficeKit can be initialised once per process and never
// again after it is destroyed, so it is never destroyed: it ends with the process.
struct ProcessOffice {
  std::once_flag started;
  lok::Office* office = nullptr;
  std::filesystem::path profile_directory;
  std::string failure;  // Why the office could not start; empty when it runs.
  std::mutex conversions;
};

ProcessOffice& process_office() {
  // Leaked on purpose: the office must outlive every static destructor that could still run a
  // conversion, and LibreOffice shuts itself down at exit.
  static ProcessOffice* office = new ProcessOffice();
  return *office;
}

// Keeps this plugin library loaded for the rest of the process once the office runs: the host
// may unload the plugin, but the office's state (and this library's pointer to it) must stay.
void pin_this_library() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<const void*>(&pin_this_library), &info) != 0 &&
      info.dli_fname != nullptr) {
    dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
  }
}

std::string file_url(const std::filesystem::path& path) {
  // Only letters, digits and a few marks are safe in a file URL; everything else is %XX.
  static const char* hex = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : path.string()) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    if (safe) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += hex[c >> 4];
      url += hex[c & 0x0F];
    }
  }
  return url;
}

// At exit: the profile belongs to this process alone (a new one per process), so it goes with it.
// The office is idle by then and writes nothing more.
void remove_profile_at_exit() {
  std::error_code ignored;
  const std::filesystem::path& profile = process_office().profile_directory;
  std::filesystem::remove_all(profile, ignored);
  std::filesystem::remove(profile.parent_path(), ignored);  // Only when nothing else is left.
}

void start_office(ProcessOffice& state, const std::filesystem::path& program_directory,
                  const std::filesystem::path& profile_directory) {
  pin_this_library();
  state.profile_directory = profile_directory;
  std::atexit(&remove_profile_at_exit);
  const std::string profile_url = file_url(profile_directory);
  state.office = lok::lok_cpp_init(program_directory.c_str(), profile_url.c_str());
  if (state.office == nullptr) {
    state.failure = "LibreOffice in " + program_directory.string() +
                    " could not be started (user profile " + profile_directory.string() + ")";
  }
}

std::string office_error(lok::Office& office) {
  char* message = office.getError();
  std::string text = message != nullptr && message[0] != '\0' ? message : "no reason given";
  if (message != nullptr) {
    office.freeError(message);
  }
  return text;
}

std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream input(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << input.rdbuf();
  return bytes.str();
}

}  // namespace

LibreOfficeConverter::LibreOfficeConverter(std::filesystem::path program_directory,
                                           std::filesystem::path work_directory)
    : program_directory_(std::move(program_directory)), work_directory_(std::move(work_directory)) {
  require_installed(program_directory_);
}

void LibreOfficeConverter::prepare_work_directory() const {
  std::error_code error;
  std::filesystem::create_directories(work_directory_, error);
  if (error) {
    throw sdk::Error(
        sdk::Status::FAILED_PRECONDITION,
        "cannot create the work directory " + work_directory_.string() + ": " + error.message());
  }
}

void LibreOfficeConverter::require_installed(const std::filesystem::path& program_directory) {
  std::error_code error;
  const std::filesystem::path library = program_directory / "libmergedlo.so";
  if (!std::filesystem::is_regular_file(library, error)) {
    throw sdk::Error(sdk::Status::FAILED_PRECONDITION,
                     "LibreOffice is not installed: " + library.string() +
                         " is missing (install the Debian package " + kLibreOfficePackage +
                         ", or set \"libreoffice_program_directory\")");
  }
}

std::string LibreOfficeConverter::convert_to_pdf(const std::filesystem::path& docx_path) const {
  ProcessOffice& state = process_office();
  std::lock_guard<std::mutex> lock(state.conversions);
  std::call_once(state.started, [&] {
    start_office(state, program_directory_, work_directory_ / "libreoffice-profile");
  });
  if (state.office == nullptr) {
    throw sdk::Error(sdk::Status::FAILED_PRECONDITION, state.failure);
  }
  const std::unique_ptr<lok::Document> document(
      state.office->documentLoad(file_url(docx_path).c_str(), "Language=en-US"));
  if (!document) {
    throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                     "LibreOffice cannot read the filled template: " + office_error(*state.office));
  }
  std::filesystem::path pdf_path = docx_path;
  pdf_path.replace_extension(".pdf");
  if (!document->saveAs(file_url(pdf_path).c_str(), "pdf")) {
    throw sdk::Error(sdk::Status::INTERNAL,
                     "LibreOffice cannot write the PDF: " + office_error(*state.office));
  }
  std::string pdf = read_whole_file(pdf_path);
  std::error_code ignored;
  std::filesystem::remove(pdf_path, ignored);
  if (pdf.rfind("%PDF-", 0) != 0) {
    throw sdk::Error(sdk::Status::INTERNAL, "LibreOffice wrote no PDF to " + pdf_path.string());
  }
  return pdf;
}

}  // namespace orderhub::word_to_pdf
