// The pages of one invoice and a cursor moving down them: text is drawn in runs of one font
// each (font_set.h), lines that do not fit start a new page, and the "Page i of N" footers are
// drawn once every page exists, when N is known.
#ifndef ORDERHUB_INVOICES_PAGE_CANVAS_H
#define ORDERHUB_INVOICES_PAGE_CANVAS_H

#include <hpdf.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "font_set.h"
#include "invoice_request.h"
#include "pdf_document.h"

namespace orderhub::invoices {

// One wrapped line with its style.
struct StyledLine {
  std::u32string text;
  Weight weight = Weight::regular;
  double size = 9;
};

class PageCanvas {
 public:
  PageCanvas(PdfDocument& document, FontSet& fonts, Paper paper);

  double left() const { return kMargin; }
  double right() const { return page_width_ - kMargin; }
  double content_width() const { return right() - left(); }
  double y() const { return y_; }
  void move_down(double distance) { y_ -= distance; }
  bool fits(double height) const { return y_ - height >= kBottom; }

  HPDF_Page page() const { return pages_.back(); }
  std::size_t page_count() const { return pages_.size(); }
  void new_page();
  // Called after every new_page() but the first (the table repeats its header here).
  void set_on_new_page(std::function<void()> on_new_page) { on_new_page_ = std::move(on_new_page); }

  // text on one line, its baseline at baseline.
  void draw_text(double x, double baseline, std::u32string_view text, Weight weight, double size);
  void draw_text_right(double right_x, double baseline, std::u32string_view text, Weight weight,
                       double size);
  void draw_rule(double x1, double x2, double at_y, double gray);
  void fill_band(double x1, double x2, double top, double height, double gray);

  // Lines one under the other at x, moving the cursor, starting a new page whenever one does
  // not fit.
  void draw_flow(double x, const std::vector<StyledLine>& lines);

  // pattern with {page} and {pages} replaced, centred at the foot of every page.
  void draw_footers(const std::string& pattern);

  static double line_height(double size) { return size * 1.3; }

 private:
  static constexpr double kMargin = 40;
  static constexpr double kBottom = 50;

  PdfDocument& document_;
  FontSet& fonts_;
  HPDF_PageSizes size_;
  double page_width_ = 0;
  double page_height_ = 0;
  double y_ = 0;
  std::vector<HPDF_Page> pages_;
  std::function<void()> on_new_page_;
};

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_PAGE_CANVAS_H
