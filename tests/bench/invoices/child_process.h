// Running a program to completion: how the benchmark drives wkhtmltopdf, WeasyPrint, qpdf and
// pdftotext, each as its own process, the way they are used.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace orderhub::bench {

struct ChildProcess {
  std::vector<std::string> arguments;  // arguments[0] is looked up on PATH
  // "NAME=value" entries added to (or replacing those of) this process's environment.
  std::vector<std::string> extra_environment;
  // Where the child's standard output and standard error go (both to /dev/null when empty).
  std::filesystem::path output_file;
};

// Runs the child and waits for it; returns its exit status (128 + signal when killed). Throws
// std::runtime_error when it cannot be started, naming the program ("wkhtmltopdf: not found on
// PATH").
int run_to_completion(const ChildProcess& child);

// The last `maximum_bytes` of a file, for an error message quoting a child's output.
std::string file_tail(const std::filesystem::path& path, std::size_t maximum_bytes = 600);

}  // namespace orderhub::bench
