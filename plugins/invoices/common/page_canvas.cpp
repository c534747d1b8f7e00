// Pages, text runs and deferred footers.
#include "page_canvas.h"

#include "utf8_text.h"

namespace orderhub::invoices {
namespace {

std::string replaced(std::string text, const std::string& placeholder, const std::string& value) {
  for (std::size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
  return text;
}

}  // namespace

PageCanvas::PageCanvas(PdfDocument& document, FontSet& fonts, Paper paper)
    : document_(document),
      fonts_(fonts),
      size_(paper == Paper::letter ? HPDF_PAGE_SIZE_LETTER : HPDF_PAGE_SIZE_A4) {
  new_page();
}

void PageCanvas::new_page() {
  HPDF_Page page = HPDF_AddPage(document_.handle());
  document_.check("adding a page");
  HPDF_Page_SetSize(page, size_, HPDF_PAGE_PORTRAIT);
  document_.check("sizing a page");
  pages_.push_back(page);
  page_width_ = HPDF_Page_GetWidth(page);
  page_height_ = HPDF_Page_GetHeight(page);
  y_ = page_height_ - kMargin;
  if (pages_.size() > 1 && on_new_page_) {
    on_new_page_();
  }
}

void PageCanvas::draw_text(double x, double baseline, std::u32string_view text, Weight weight,
                           double size) {
  const std::vector<TextRun> runs = fonts_.shape(text, weight, size);
  if (runs.empty()) {
    return;
  }
  HPDF_Page target = page();
  HPDF_Page_BeginText(target);
  double at = x;
  for (const TextRun& run : runs) {
    HPDF_Page_SetFontAndSize(target, fonts_.font(run.font), static_cast<HPDF_REAL>(size));
    HPDF_Page_TextOut(target, static_cast<HPDF_REAL>(at), static_cast<HPDF_REAL>(baseline),
                      run.utf8.c_str());
    at += run.width;
  }
  HPDF_Page_EndText(target);
  document_.check("drawing text");
}

void PageCanvas::draw_text_right(double right_x, double baseline, std::u32string_view text,
                                 Weight weight, double size) {
  draw_text(right_x - fonts_.width(text, weight, size), baseline, text, weight, size);
}

void PageCanvas::draw_rule(double x1, double x2, double at_y, double gray) {
  HPDF_Page target = page();
  HPDF_Page_SetGrayStroke(target, static_cast<HPDF_REAL>(gray));
  HPDF_Page_SetLineWidth(target, 0.5);
  HPDF_Page_MoveTo(target, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(at_y));
  HPDF_Page_LineTo(target, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(at_y));
  HPDF_Page_Stroke(target);
  document_.check("drawing a rule");
}

void PageCanvas::fill_band(double x1, double x2, double top, double height, double gray) {
  HPDF_Page target = page();
  HPDF_Page_SetGrayFill(target, static_cast<HPDF_REAL>(gray));
  HPDF_Page_Rectangle(target, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(top - height),
                      static_cast<HPDF_REAL>(x2 - x1), static_cast<HPDF_REAL>(height));
  HPDF_Page_Fill(target);
  HPDF_Page_SetGrayFill(target, 0);
  document_.check("drawing a band");
}

void PageCanvas::draw_flow(double x, const std::vector<StyledLine>& lines) {
  for (const StyledLine& line : lines) {
    const double height = line_height(line.size);
    if (!fits(height)) {
      new_page();
    }
    draw_text(x, y_ - line.size, line.text, line.weight, line.size);
    y_ -= height;
  }
}

void PageCanvas::draw_footers(const std::string& pattern) {
  const std::string pages = std::to_string(pages_.size());
  for (std::size_t index = 0; index < pages_.size(); ++index) {
    const std::u32string footer = decode_utf8(
        replaced(replaced(pattern, "{page}", std::to_string(index + 1)), "{pages}", pages));
    const double width = fonts_.width(footer, Weight::regular, 8);
    HPDF_Page saved = pages_.back();
    pages_.back() = pages_[index];  // draw_text draws on page()
    draw_text((page_width_ - width) / 2, kBottom - 25, footer, Weight::regular, 8);
    pages_.back() = saved;
  }
}

}  // namespace orderhub::invoices
