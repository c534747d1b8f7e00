// Checking a rendered invoice: `qpdf --check` must pass and `pdftotext` must find the texts that
// make it this invoice (its order number, its grand total). A renderer that is fast because it
// printed something else fails here.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace orderhub::bench {

struct OutputToCheck {
  std::string renderer;  // "Standard, 2 threads", for the message
  std::filesystem::path pdf;
  std::vector<std::string> expected_texts;
};

// Checks every output, `workers` at a time; returns one sentence per failure, naming the
// renderer, the file and what is wrong ("... pdftotext finds no \"$1,234.56\"").
std::vector<std::string> check_outputs(const std::vector<OutputToCheck>& outputs, int workers);

}  // namespace orderhub::bench
