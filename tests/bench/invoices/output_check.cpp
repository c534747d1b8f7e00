#include "output_check.h"

#include <atomic>
#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>

#include "child_process.h"

namespace orderhub::bench {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// The problem with one output, or "" when it passes.
std::string problem_of(const OutputToCheck& output) {
  const std::string where = output.renderer + ": " + output.pdf.string() + ": ";
  std::error_code error;
  if (std::filesystem::file_size(output.pdf, error) == 0 || error) {
    return where + "no PDF was written";
  }
  const std::filesystem::path qpdf_report = output.pdf.string() + ".qpdf.txt";
  const int qpdf = run_to_completion({{"qpdf", "--check", output.pdf.string()}, {}, qpdf_report});
  if (qpdf != 0) {
    return where + "qpdf --check exits " + std::to_string(qpdf) + ": " + file_tail(qpdf_report);
  }
  const std::filesystem::path text_file = output.pdf.string() + ".txt";
  const std::filesystem::path pdftotext_report = output.pdf.string() + ".pdftotext.txt";
  const int pdftotext =
      run_to_completion({{"pdftotext", "-enc", "UTF-8", output.pdf.string(), text_file.string()},
                         {},
                         pdftotext_report});
  if (pdftotext != 0) {
    return where + "pdftotext exits " + std::to_string(pdftotext) + ": " +
           file_tail(pdftotext_report);
  }
  const std::string text = read_file(text_file);
  for (const std::string& expected : output.expected_texts) {
    if (text.find(expected) == std::string::npos) {
      return where + "pdftotext finds no \"" + expected + "\" in the invoice";
    }
  }
  return "";
}

}  // namespace

std::vector<std::string> check_outputs(const std::vector<OutputToCheck>& outputs, int workers) {
  std::vector<std::string> failures;
  std::mutex failures_mutex;
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t index = next++; index < outputs.size(); index = next++) {
      std::string problem;
      try {
        problem = problem_of(outputs[index]);
      } catch (const std::exception& error) {
        problem =
            outputs[index].renderer + ": " + outputs[index].pdf.string() + ": " + error.what();
      }
      if (!problem.empty()) {
        const std::lock_guard lock(failures_mutex);
        failures.push_back(std::move(problem));
      }
    }
  };
  std::vector<std::jthread> threads;
  for (int worker = 0; worker < workers; ++worker) {
    threads.emplace_back(work);
  }
  threads.clear();  // joins
  return failures;
}

}  // namespace orderhub::bench
