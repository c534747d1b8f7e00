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

// Every font of the manifest loaded into a plugin instance's libharu handle, once, at create():
// a font libharu cannot use fails create() naming its file, and every font keeps one subset tag
// ("HPDFAA+") in all the documents of the handle (libharu counts tags from AA again in every
// document, so a font loaded later would get a tag depending on the invoices before it).
// libharu finds a loaded font by its name alone, so the names must differ: prepare_fonts.py
// names every piece, and a manifest with two fonts of one name is refused.
// The advances measured are kept too: they do not change from one invoice to the next.
class FontLibrary {
 public:
  // Throws sdk::Error naming the font file when libharu cannot load it.
  FontLibrary(PdfDocument& document, const FontManifest& manifest);

  const FontManifest& manifest() const { return manifest_; }
  const std::string& name(int index) const { return names_.at(static_cast<std::size_t>(index)); }

  // The advance of code_point in font index in thousandths of the font size, or a negative
  // value when it was not measured yet.
  double known_advance(int index, char32_t code_point) const;
  void remember_advance(int index, char32_t code_point, double advance);

 private:
  const FontManifest& manifest_;
  std::vector<std::string> names_;
  std::unordered_map<std::uint64_t, double> advances_;
};

// A piece of one line drawn with one font.
struct TextRun {
  int font = 0;
  std::string utf8;
  double width = 0;  // in points, at the size it was shaped for
};

// The library's fonts in the current document, each added to it (and embedded) the first time
// it draws: an invoice in Latin script embeds the two DejaVu pieces it needs, not the CJK ones.
class FontSet {
 public:
  FontSet(PdfDocument& document, FontLibrary& library);

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
  FontLibrary& library_;
  const FontManifest& manifest_;
  std::vector<HPDF_Font> in_document_;
};

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_FONT_SET_H
