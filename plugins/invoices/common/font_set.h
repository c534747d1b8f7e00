// Fonts by script. The prepared fonts folder holds fonts.txt, a manifest listing every font in
// fallback order with the code points it covers; a run of text is drawn with the first font of
// the wanted weight that has each character (bold falls back to the regular fonts, e.g. for CJK),
// so a line mixing Latin and CJK renders whole. A character no font has is drawn as U+FFFD.
#ifndef ORDERHUB_INVOICES_FONT_SET_H
#define ORDERHUB_INVOICES_FONT_SET_H

#include <hpdf.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pdf_document.h"

namespace orderhub::invoices {

enum class Weight { regular, bold };

struct ManifestFont {
  Weight weight = Weight::regular;
  std::filesystem::path file;
  std::vector<std::pair<char32_t, char32_t>> ranges;  // inclusive, sorted

  bool covers(char32_t code_point) const;
};

class FontManifest {
 public:
  // Reads <directory>/fonts.txt; throws sdk::Error(FAILED_PRECONDITION) naming the file and line
  // when it is missing or malformed, or when a listed font file is missing.
  static FontManifest read(const std::filesystem::path& directory);

  const std::vector<ManifestFont>& fonts() const { return fonts_; }
  // The index of the font that draws code_point in weight, or -1 when none has it.
  int font_for(char32_t code_point, Weight weight) const;

 private:
  std::vector<ManifestFont> fonts_;
};

// A piece of one line drawn with one font.
struct TextRun {
  int font = 0;
  std::string utf8;
  double width = 0;  // in points, at the size it was shaped for
};

// The manifest's fonts in one document, each loaded (and embedded) the first time it is used.
class FontSet {
 public:
  FontSet(PdfDocument& document, const FontManifest& manifest);

  HPDF_Font font(int index);
  // The advance of code_point in font index, in thousandths of the font size.
  double advance(int index, char32_t code_point);
  // The font that will draw code_point, after substitution; the code point drawn goes to drawn.
  int choose(char32_t code_point, Weight weight, char32_t& drawn) const;
  // Splits text into runs of one font each.
  std::vector<TextRun> shape(std::u32string_view text, Weight weight, double size);
  double width(std::u32string_view text, Weight weight, double size);

 private:
  PdfDocument& document_;
  const FontManifest& manifest_;
  std::vector<HPDF_Font> loaded_;
  std::unordered_map<std::uint64_t, double> advances_;
};

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_FONT_SET_H
