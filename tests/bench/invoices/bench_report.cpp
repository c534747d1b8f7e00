#include "bench_report.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace orderhub::bench {
namespace {

using Json = nlohmann::ordered_json;

const RendererFigures* find_renderer(const BenchFigures& figures, const std::string& name) {
  for (const RendererFigures& renderer : figures.renderers) {
    if (renderer.name == name) {
      return &renderer;
    }
  }
  return nullptr;
}

const Throughput* run_at(const RendererFigures* renderer, int threads) {
  if (renderer == nullptr) {
    return nullptr;
  }
  for (const Throughput& run : renderer->runs) {
    if (run.threads == threads) {
      return &run;
    }
  }
  return nullptr;
}

// How many times faster than wkhtmltopdf at the same number of threads or processes.
std::optional<double> speedup(const BenchFigures& figures, const Throughput& run) {
  const Throughput* baseline = run_at(find_renderer(figures, kBaselineName), run.threads);
  if (baseline == nullptr) {
    return std::nullopt;
  }
  return run.invoices_per_second() / baseline->invoices_per_second();
}

std::optional<double> standard_speedup(const BenchFigures& figures) {
  const Throughput* standard = run_at(find_renderer(figures, kStandardName), 1);
  return standard == nullptr ? std::nullopt : speedup(figures, *standard);
}

std::optional<double> word_warm_ms(const BenchFigures& figures) {
  const Throughput* word = run_at(find_renderer(figures, kWordToPdfName), 1);
  return word == nullptr ? std::nullopt : std::optional(word->wall_ms_per_invoice());
}

const char* runs_as_text(RunsAs runs_as) {
  return runs_as == RunsAs::plugin_in_process ? "plugin in process, C ABI"
                                              : "one process per invoice";
}

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string padded(const std::string& text, std::size_t width, bool right) {
  // Width in characters: "×" is two bytes in UTF-8 but one column.
  std::size_t columns = 0;
  for (const char byte : text) {
    columns += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
  }
  const std::string padding(columns < width ? width - columns : 0, ' ');
  return right ? padding + text : text + padding;
}

std::string goal_verdict(std::optional<bool> holds) {
  if (!holds) {
    return "not measured";
  }
  return *holds ? "holds" : "DOES NOT HOLD";
}

}  // namespace

void print_table(const BenchFigures& figures, std::ostream& out) {
  int most_threads = 1;
  for (const RendererFigures& renderer : figures.renderers) {
    for (const Throughput& run : renderer.runs) {
      most_threads = std::max(most_threads, run.threads);
    }
  }
  const std::string at_most = std::to_string(most_threads);
  out << "Invoices of " << figures.lines << " lines, " << figures.date << ", " << figures.machine
      << "\nEvery output checked (qpdf --check, pdftotext finds the order number and the grand "
         "total): "
      << figures.checked_outputs << " PDFs.\n\n";
  const std::vector<std::pair<std::string, std::size_t>> columns = {
      {"renderer", 16},   {"runs as", 25},         {"invoices", 8},
      {"inv/s 1", 9},     {"inv/s " + at_most, 9}, {"ms/inv", 8},
      {"CPU ms/inv", 10}, {"× wkhtml 1", 10},      {"× wkhtml " + at_most, 10},
      {"PDF KiB", 7}};
  for (std::size_t index = 0; index < columns.size(); ++index) {
    out << padded(columns[index].first, columns[index].second, index > 1) << "  ";
  }
  out << "\n";
  for (const RendererFigures& renderer : figures.renderers) {
    const Throughput* single = run_at(&renderer, 1);
    const Throughput* most = run_at(&renderer, most_threads);
    const auto ratio = [&](const Throughput* run) {
      const std::optional<double> value = run == nullptr ? std::nullopt : speedup(figures, *run);
      return value ? fixed(*value, 1) + "×" : std::string("-");
    };
    const std::vector<std::string> cells = {
        renderer.name,
        runs_as_text(renderer.runs_as),
        single == nullptr ? "-" : std::to_string(single->invoices),
        single == nullptr ? "-" : fixed(single->invoices_per_second(), 1),
        most == nullptr ? "-" : fixed(most->invoices_per_second(), 1),
        single == nullptr ? "-" : fixed(single->wall_ms_per_invoice(), 1),
        single == nullptr ? "-" : fixed(single->cpu_ms_per_invoice(), 1),
        ratio(single),
        ratio(most),
        std::to_string((renderer.pdf_bytes + 512) / 1024)};
    for (std::size_t index = 0; index < cells.size(); ++index) {
      out << padded(cells[index], columns[index].second, index > 1) << "  ";
    }
    out << "\n";
  }
  out << "\ninv/s N: invoices per second with N threads (plugins, one instance each) or N "
         "processes at once (peers).\nms/inv and CPU ms/inv: one thread; CPU counts every "
         "thread and child process, not the time others held the CPUs.\nwkhtmltopdf and "
         "WeasyPrint run as one process per invoice (how they are used), so their figures "
         "include starting the program.\nPDF KiB: the size of one "
         "invoice's PDF.\n";
  for (const RendererFigures& renderer : figures.renderers) {
    if (renderer.cold_first_ms) {
      out << renderer.name << " cold first render: " << fixed(*renderer.cold_first_ms, 0)
          << " ms (starts LibreOffice); the figures above are warm.\n";
    }
  }
  out << "\n";
  if (const Throughput* baseline = run_at(find_renderer(figures, kBaselineName), 1)) {
    for (const RendererFigures& renderer : figures.renderers) {
      const Throughput* single = run_at(&renderer, 1);
      if (renderer.name == kBaselineName || single == nullptr) {
        continue;
      }
      const double wall = baseline->wall_ms_per_invoice() / single->wall_ms_per_invoice();
      const double cpu = baseline->cpu_ms_per_invoice() / single->cpu_ms_per_invoice();
      if (wall >= 1) {
        out << renderer.name << " is " << fixed(wall, 1)
            << "× faster than wkhtmltopdf per invoice (CPU time: " << fixed(cpu, 1) << "×).\n";
      } else {
        out << renderer.name << " takes " << fixed(1 / wall, 1)
            << "× as long as wkhtmltopdf per invoice (CPU time: " << fixed(1 / cpu, 1) << "×).\n";
      }
    }
  }
  const std::optional<double> standard = standard_speedup(figures);
  const std::optional<double> word = word_warm_ms(figures);
  out << "Goal: Standard >= " << fixed(kStandardSpeedupGoal, 0) << "× wkhtmltopdf per invoice: "
      << goal_verdict(standard ? std::optional(*standard >= kStandardSpeedupGoal) : std::nullopt)
      << (standard ? " (" + fixed(*standard, 1) + "×)" : std::string()) << "\n"
      << "Goal: Word to PDF warm < " << fixed(kWordToPdfWarmGoalMs, 0) << " ms per invoice: "
      << goal_verdict(word ? std::optional(*word < kWordToPdfWarmGoalMs) : std::nullopt)
      << (word ? " (" + fixed(*word, 1) + " ms)" : std::string()) << "\n";
}

void print_json(const BenchFigures& figures, std::ostream& out) {
  Json renderers = Json::array();
  for (const RendererFigures& renderer : figures.renderers) {
    Json runs = Json::array();
    for (const Throughput& run : renderer.runs) {
      const std::optional<double> ratio = speedup(figures, run);
      runs.push_back({{"threads", run.threads},
                      {"invoices", run.invoices},
                      {"invoices_per_second", run.invoices_per_second()},
                      {"ms_per_invoice", run.wall_ms_per_invoice()},
                      {"cpu_ms_per_invoice", run.cpu_ms_per_invoice()},
                      {"speedup_vs_wkhtmltopdf", ratio ? Json(*ratio) : Json(nullptr)}});
    }
    renderers.push_back(
        {{"name", renderer.name},
         {"runs_as", runs_as_text(renderer.runs_as)},
         {"cold_first_ms", renderer.cold_first_ms ? Json(*renderer.cold_first_ms) : Json(nullptr)},
         {"pdf_bytes", renderer.pdf_bytes},
         {"runs", runs}});
  }
  const std::optional<double> standard = standard_speedup(figures);
  const std::optional<double> word = word_warm_ms(figures);
  const auto optional_number = [](std::optional<double> value) {
    return value ? Json(*value) : Json(nullptr);
  };
  const Json goals = {
      {"standard_speedup_vs_wkhtmltopdf",
       {{"at_least", kStandardSpeedupGoal},
        {"measured", optional_number(standard)},
        {"holds", standard ? Json(*standard >= kStandardSpeedupGoal) : Json(nullptr)}}},
      {"word_to_pdf_warm_ms_per_invoice",
       {{"below", kWordToPdfWarmGoalMs},
        {"measured", optional_number(word)},
        {"holds", word ? Json(*word < kWordToPdfWarmGoalMs) : Json(nullptr)}}}};
  out << Json{{"date", figures.date},
              {"machine", figures.machine},
              {"lines", figures.lines},
              {"baseline", kBaselineName},
              {"checked_outputs", figures.checked_outputs},
              {"renderers", renderers},
              {"goals", goals}}
             .dump()
      << "\n";
}

}  // namespace orderhub::bench
