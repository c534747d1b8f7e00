// The sections of an invoice, top to bottom.
#include "invoice_drawing.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "locale_format.h"
#include "logo_image.h"
#include "page_canvas.h"
#include "pdf_document.h"
#include "text_lines.h"
#include "utf8_text.h"

namespace orderhub::invoices {
namespace {

constexpr double kBodySize = 9;
constexpr double kCellPadding = 3;
constexpr double kMinimumWrap = 24;

std::u32string text_of(const std::string& utf8) {
  return bounded(decode_utf8(utf8));
}

class InvoiceDrawing {
 public:
  InvoiceDrawing(const InvoiceRequest& request, const Layout& layout, PdfDocument& document,
                 FontLibrary& fonts)
      : request_(request),
        layout_(layout),
        document_(document),
        fonts_(document_, fonts),
        canvas_(document_, fonts_, request.options.paper),
        locale_(choose_locale()) {}

  DrawnInvoice draw() {
    HPDF_SetInfoAttr(document_.handle(), HPDF_INFO_CREATOR, "orderhub");
    if (request_.had_invalid_utf8) {
      warnings_.push_back("the request held invalid UTF-8; those bytes print as U+FFFD");
    }
    draw_header();
    draw_addresses();
    choose_columns();
    draw_table();
    if (request_.options.show_prices) {
      draw_totals();
    }
    if (request_.options.show_notes && !request_.notes.empty()) {
      draw_notes();
    }
    canvas_.draw_footers(layout_.labels.page);
    DrawnInvoice drawn;
    drawn.pages = canvas_.page_count();
    drawn.pdf = document_.save();
    drawn.warnings = std::move(warnings_);
    return drawn;
  }

 private:
  LocaleFormat choose_locale() {
    if (layout_.locale) {
      return *find_locale(*layout_.locale);
    }
    if (request_.options.locale) {
      if (const auto known = find_locale(*request_.options.locale)) {
        return *known;
      }
      warnings_.push_back("locale \"" + *request_.options.locale +
                          "\" is unknown (known: " + known_locales() + "); printing en-US");
    }
    return default_locale();
  }

  std::string money(const Money& amount) const {
    return format_money(amount.minor, amount.currency, locale_);
  }

  std::vector<StyledLine> wrapped(const std::string& utf8, Weight weight, double size,
                                  double width) {
    std::vector<StyledLine> lines;
    for (std::u32string& line : wrap_lines(fonts_, text_of(utf8), weight, size, width)) {
      lines.push_back(StyledLine{std::move(line), weight, size});
    }
    return lines;
  }

  static double height_of(const std::vector<StyledLine>& lines) {
    double height = 0;
    for (const StyledLine& line : lines) {
      height += PageCanvas::line_height(line.size);
    }
    return height;
  }

  // Two blocks side by side when both fit on this page, else one after the other.
  void draw_two_columns(const std::vector<std::pair<std::string, Weight>>& left_parts,
                        const std::vector<std::pair<std::string, Weight>>& right_parts,
                        double left_size, double right_size) {
    const double half = canvas_.content_width() / 2 - 10;
    const auto block = [&](const std::vector<std::pair<std::string, Weight>>& parts, double size,
                           double width) {
      std::vector<StyledLine> lines;
      for (const auto& [text, weight] : parts) {
        for (StyledLine& line :
             wrapped(text, weight, weight == Weight::bold ? size + 2 : size, width)) {
          lines.push_back(std::move(line));
        }
      }
      return lines;
    };
    const std::vector<StyledLine> left = block(left_parts, left_size, half);
    const std::vector<StyledLine> right = block(right_parts, right_size, half);
    const double height = std::max(height_of(left), height_of(right));
    if (canvas_.fits(height)) {
      const double top = canvas_.y();
      canvas_.draw_flow(canvas_.left(), left);
      canvas_.move_down(canvas_.y() - top);
      canvas_.draw_flow(canvas_.left() + half + 20, right);
      canvas_.move_down(canvas_.y() - (top - height));
      return;
    }
    canvas_.draw_flow(canvas_.left(), block(left_parts, left_size, canvas_.content_width()));
    canvas_.move_down(6);
    canvas_.draw_flow(canvas_.left(), block(right_parts, right_size, canvas_.content_width()));
  }

  void draw_logo() {
    if (!request_.options.logo_path || request_.options.logo_path->empty() ||
        !request_.options.show_images) {
      return;
    }
    const LogoLoad logo = load_logo(document_, *request_.options.logo_path);
    if (logo.image == nullptr) {
      warnings_.push_back("logo " + *request_.options.logo_path + " skipped: " + logo.problem);
      return;
    }
    const double width = HPDF_Image_GetWidth(logo.image);
    const double height = HPDF_Image_GetHeight(logo.image);
    const double scale = std::min({160.0 / width, 60.0 / height, 1.0});
    HPDF_Page_DrawImage(canvas_.page(), logo.image, static_cast<HPDF_REAL>(canvas_.left()),
                        static_cast<HPDF_REAL>(canvas_.y() - height * scale),
                        static_cast<HPDF_REAL>(width * scale),
                        static_cast<HPDF_REAL>(height * scale));
    document_.check("drawing the logo");
    canvas_.move_down(height * scale + 8);
  }

  void draw_header() {
    draw_logo();
    std::vector<std::pair<std::string, Weight>> seller;
    if (!request_.seller_name.empty()) {
      seller.emplace_back(request_.seller_name, Weight::bold);
    }
    for (const std::string& line : request_.seller_address.lines()) {
      seller.emplace_back(line, Weight::regular);
    }
    const Labels& labels = layout_.labels;
    for (const auto& [label, value] : {std::pair{labels.seller_vat_id, request_.seller_vat_id},
                                       std::pair{std::string(), request_.seller_email},
                                       std::pair{std::string(), request_.seller_phone}}) {
      if (!value.empty()) {
        seller.emplace_back(label.empty() ? value : label + ": " + value, Weight::regular);
      }
    }
    std::vector<std::pair<std::string, Weight>> invoice;
    invoice.emplace_back(labels.title, Weight::bold);
    invoice.emplace_back(labels.invoice_number + ": " + request_.invoice_number, Weight::regular);
    invoice.emplace_back(labels.invoice_date + ": " + format_date(request_.invoice_date, locale_),
                         Weight::regular);
    invoice.emplace_back(labels.order_number + ": " + request_.channel_order_id, Weight::regular);
    if (!request_.created_at.empty()) {
      invoice.emplace_back(labels.order_date + ": " + format_date(request_.created_at, locale_),
                           Weight::regular);
    }
    for (const LayoutBlock& block : layout_.blocks) {
      auto value = field_text(request_.document, block.field);
      if (value && !value->empty()) {
        if (block.field == "order.created_at") {
          value = format_date(*value, locale_);
        }
        invoice.emplace_back(block.label + ": " + *value, Weight::regular);
      }
    }
    draw_two_columns(seller, invoice, kBodySize, kBodySize + 1);
    canvas_.move_down(14);
  }

  static std::vector<std::pair<std::string, Weight>> address_block(
      const std::string& label, const std::optional<Address>& address) {
    std::vector<std::pair<std::string, Weight>> parts{{label, Weight::bold}};
    if (address) {
      for (const std::string& line : address->lines()) {
        parts.emplace_back(line, Weight::regular);
      }
    }
    return parts;
  }

  void draw_addresses() {
    std::optional<Address> bill_to = request_.bill_to ? request_.bill_to : request_.ship_to;
    if (bill_to && bill_to->name.empty()) {
      bill_to->name = request_.buyer_name;
    }
    auto bill = address_block(layout_.labels.bill_to, bill_to);
    if (!request_.buyer_email.empty()) {
      bill.emplace_back(request_.buyer_email, Weight::regular);
    }
    draw_two_columns(bill, address_block(layout_.labels.ship_to, request_.ship_to), kBodySize,
                     kBodySize);
    canvas_.move_down(14);
  }

  // The layout's columns less those the options hide, with their x positions.
  void choose_columns() {
    double total = 0;
    for (const LayoutColumn& column : layout_.columns) {
      const bool price =
          column.field == ColumnField::unit_price || column.field == ColumnField::line_total;
      if ((price && !request_.options.show_prices) ||
          (column.field == ColumnField::sku && !request_.options.show_sku)) {
        continue;
      }
      columns_.push_back(column);
      total += column.width;
    }
    double x = canvas_.left();
    for (const LayoutColumn& column : columns_) {
      const double width = canvas_.content_width() * column.width / total;
      column_x_.push_back(x);
      column_width_.push_back(width);
      x += width;
    }
  }

  std::string cell(const InvoiceLine& line, ColumnField field) const {
    switch (field) {
      case ColumnField::line_id:
        return line.line_id;
      case ColumnField::sku:
        return line.sku;
      case ColumnField::title:
        return line.title;
      case ColumnField::quantity:
        return std::to_string(line.quantity);
      case ColumnField::unit_price:
        return money(line.unit_price);
      case ColumnField::line_total:
        return money(line.line_total);
    }
    return {};
  }

  // One row: each cell wrapped to its column, drawn line by line so that a row taller than a
  // page continues on the next one under a repeated header. The header row keeps at most two
  // lines per cell and has a shaded band.
  enum class RowKind { header, line };
  void draw_row(const std::vector<std::string>& cells, RowKind kind) {
    const Weight weight = kind == RowKind::header ? Weight::bold : Weight::regular;
    std::vector<std::vector<std::u32string>> wrapped_cells;
    std::size_t row_lines = 1;
    for (std::size_t index = 0; index < columns_.size(); ++index) {
      // A layout may give a column a sliver of the page; wrapping to less than a few
      // characters would turn one long value into thousands of lines.
      const double wrap_width = std::max(column_width_[index] - 2 * kCellPadding, kMinimumWrap);
      wrapped_cells.push_back(
          wrap_lines(fonts_, text_of(cells[index]), weight, kBodySize, wrap_width));
      if (kind == RowKind::header && wrapped_cells.back().size() > 2) {
        wrapped_cells.back().resize(2);
      }
      row_lines = std::max(row_lines, wrapped_cells.back().size());
    }
    const double height = PageCanvas::line_height(kBodySize);
    if (!canvas_.fits(height * static_cast<double>(std::min<std::size_t>(row_lines, 3)) + 4)) {
      canvas_.new_page();
    }
    if (kind == RowKind::header) {
      canvas_.fill_band(canvas_.left(), canvas_.right(), canvas_.y(),
                        height * static_cast<double>(row_lines) + 4, 0.88);
    }
    canvas_.move_down(2);
    for (std::size_t line = 0; line < row_lines; ++line) {
      if (!canvas_.fits(height)) {
        canvas_.new_page();
      }
      const double baseline = canvas_.y() - kBodySize;
      for (std::size_t index = 0; index < columns_.size(); ++index) {
        if (line >= wrapped_cells[index].size()) {
          continue;
        }
        const std::u32string& text = wrapped_cells[index][line];
        if (columns_[index].align == Align::right) {
          canvas_.draw_text_right(column_x_[index] + column_width_[index] - kCellPadding, baseline,
                                  text, weight, kBodySize);
        } else {
          canvas_.draw_text(column_x_[index] + kCellPadding, baseline, text, weight, kBodySize);
        }
      }
      canvas_.move_down(height);
    }
    canvas_.move_down(2);
  }

  void draw_table_header() {
    std::vector<std::string> labels;
    for (const LayoutColumn& column : columns_) {
      labels.push_back(column.label);
    }
    draw_row(labels, RowKind::header);
  }

  void draw_table() {
    if (!canvas_.fits(PageCanvas::line_height(kBodySize) * 3)) {
      canvas_.new_page();
    }
    draw_table_header();
    canvas_.set_on_new_page([this] { draw_table_header(); });
    for (const InvoiceLine& line : request_.lines) {
      std::vector<std::string> cells;
      for (const LayoutColumn& column : columns_) {
        cells.push_back(cell(line, column.field));
      }
      draw_row(cells, RowKind::line);
      canvas_.draw_rule(canvas_.left(), canvas_.right(), canvas_.y(), 0.8);
    }
    canvas_.set_on_new_page(nullptr);
    canvas_.move_down(10);
  }

  void draw_totals() {
    const Labels& labels = layout_.labels;
    const Totals& totals = request_.totals;
    const std::vector<std::pair<std::string, const Money*>> rows = {
        {labels.items, &totals.items},
        {labels.shipping, &totals.shipping},
        {labels.tax, &totals.tax},
        {labels.discount, &totals.discount},
        {labels.total, &totals.total}};
    const double height = PageCanvas::line_height(kBodySize + 1);
    if (!canvas_.fits(height * static_cast<double>(rows.size()))) {
      canvas_.new_page();
    }
    const double label_right = canvas_.right() - 110;
    for (std::size_t index = 0; index < rows.size(); ++index) {
      const Weight weight = index + 1 == rows.size() ? Weight::bold : Weight::regular;
      const double baseline = canvas_.y() - (kBodySize + 1);
      std::u32string label = text_of(rows[index].first);
      if (label.size() > 60) {
        label.resize(60);  // a label is a word or two; a longer one must not run over the value
      }
      canvas_.draw_text_right(label_right, baseline, label, weight, kBodySize + 1);
      canvas_.draw_text_right(canvas_.right(), baseline, text_of(money(*rows[index].second)),
                              weight, kBodySize + 1);
      canvas_.move_down(height);
    }
    canvas_.move_down(12);
  }

  void draw_notes() {
    std::vector<StyledLine> lines =
        wrapped(layout_.labels.notes, Weight::bold, kBodySize + 1, canvas_.content_width());
    for (StyledLine& line :
         wrapped(request_.notes, Weight::regular, kBodySize, canvas_.content_width())) {
      lines.push_back(std::move(line));
    }
    canvas_.draw_flow(canvas_.left(), lines);
  }

  const InvoiceRequest& request_;
  const Layout& layout_;
  PdfDocument& document_;
  FontSet fonts_;
  PageCanvas canvas_;
  std::vector<std::string> warnings_;
  LocaleFormat locale_;
  std::vector<LayoutColumn> columns_;
  std::vector<double> column_x_;
  std::vector<double> column_width_;
};

}  // namespace

InvoiceRenderer::InvoiceRenderer(const FontManifest& fonts) : fonts_(document_, fonts) {}

DrawnInvoice InvoiceRenderer::draw(const InvoiceRequest& request, const Layout& layout) {
  document_.start();
  return InvoiceDrawing(request, layout, document_, fonts_).draw();
}

}  // namespace orderhub::invoices
