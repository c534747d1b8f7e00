// The figures of one orderhub-bench-invoices run, printed as a table or as one JSON object, with
// the ratios against wkhtmltopdf (measured in the same run) and the two goals.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "throughput.h"

namespace orderhub::bench {

enum class RunsAs { plugin_in_process, process_per_invoice };

struct RendererFigures {
  std::string name;  // "Standard", "wkhtmltopdf"
  RunsAs runs_as = RunsAs::plugin_in_process;
  std::vector<Throughput> runs;  // at 1 thread first, then at more
  std::optional<double> cold_first_ms;
  std::uintmax_t pdf_bytes = 0;  // size of one invoice's PDF
};

struct BenchFigures {
  std::string date;     // "2026-12-05T07:40:00Z"
  std::string machine;  // "2 CPUs, load average 1.20 1.10 0.90"
  int lines = 0;
  int checked_outputs = 0;
  std::vector<RendererFigures> renderers;
};

inline constexpr const char* kBaselineName = "wkhtmltopdf";
inline constexpr const char* kStandardName = "Standard";
inline constexpr const char* kWordToPdfName = "Word to PDF";
inline constexpr double kStandardSpeedupGoal = 100;  // x wkhtmltopdf, per invoice
inline constexpr double kWordToPdfWarmGoalMs = 100;  // per warm invoice

void print_table(const BenchFigures& figures, std::ostream& out);
void print_json(const BenchFigures& figures, std::ostream& out);

}  // namespace orderhub::bench
