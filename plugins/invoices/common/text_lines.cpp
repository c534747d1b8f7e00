// Greedy line breaking, one pass over the code points.
#include "text_lines.h"

namespace orderhub::invoices {
namespace {

void wrap_paragraph(FontSet& fonts, std::u32string_view paragraph, Weight weight, double size,
                    double width, std::vector<std::u32string>& lines) {
  std::u32string line;
  double line_width = 0;
  std::size_t last_space = std::u32string::npos;  // in line
  for (const char32_t code_point : paragraph) {
    const double advance = fonts.width(std::u32string_view(&code_point, 1), weight, size);
    if (!line.empty() && line_width + advance > width) {
      if (code_point == ' ') {
        lines.push_back(line);
        line.clear();
        line_width = 0;
        last_space = std::u32string::npos;
        continue;
      }
      if (last_space != std::u32string::npos && last_space > 0) {
        std::u32string rest = line.substr(last_space + 1);
        line.resize(last_space);
        lines.push_back(line);
        line = std::move(rest);
        line_width = fonts.width(line, weight, size);
      } else {
        lines.push_back(line);
        line.clear();
        line_width = 0;
      }
      last_space = std::u32string::npos;
    }
    if (code_point == ' ') {
      last_space = line.size();
    }
    line.push_back(code_point);
    line_width += advance;
  }
  lines.push_back(line);
}

}  // namespace

std::u32string bounded(std::u32string text) {
  if (text.size() > kMaximumFieldLength) {
    text.resize(kMaximumFieldLength);
    text.push_back(U'\u2026');
  }
  return text;
}

std::vector<std::u32string> wrap_lines(FontSet& fonts, std::u32string_view text, Weight weight,
                                       double size, double width) {
  std::vector<std::u32string> lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find(U'\n', start);
    wrap_paragraph(fonts, text.substr(start, end == std::u32string_view::npos ? end : end - start),
                   weight, size, width, lines);
    if (end == std::u32string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return lines;
}

}  // namespace orderhub::invoices
