// The font manifest, lazy font loading and shaping into runs.
#include "font_set.h"

#include <orderhub/sdk/error.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "utf8_text.h"

namespace orderhub::invoices {
namespace {

[[noreturn]] void refuse(const std::filesystem::path& file, int line, const std::string& what) {
  throw sdk::Error(sdk::Status::FAILED_PRECONDITION, "font manifest " + file.string() + " line " +
                                                         std::to_string(line) + ": " + what);
}

std::vector<std::pair<char32_t, char32_t>> read_ranges(const std::string& text,
                                                       const std::filesystem::path& file,
                                                       int line) {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  std::istringstream input(text);
  std::string range;
  while (std::getline(input, range, ',')) {
    const std::size_t dash = range.find('-');
    try {
      const unsigned long first = std::stoul(range.substr(0, dash), nullptr, 16);
      const unsigned long last =
          dash == std::string::npos ? first : std::stoul(range.substr(dash + 1), nullptr, 16);
      if (last < first || last > 0x10FFFF) {
        refuse(file, line, "range \"" + range + "\" is out of order or past U+10FFFF");
      }
      ranges.emplace_back(static_cast<char32_t>(first), static_cast<char32_t>(last));
    } catch (const std::logic_error&) {
      refuse(file, line, "range \"" + range + "\" is not hexadecimal");
    }
  }
  std::sort(ranges.begin(), ranges.end());
  return ranges;
}

}  // namespace

bool ManifestFont::covers(char32_t code_point) const {
  auto after = std::upper_bound(ranges.begin(), ranges.end(),
                                std::make_pair(code_point, char32_t{0x10FFFF}));
  if (after == ranges.begin()) {
    return false;
  }
  --after;
  return code_point >= after->first && code_point <= after->second;
}

FontManifest FontManifest::read(const std::filesystem::path& directory) {
  const std::filesystem::path file = directory / "fonts.txt";
  std::ifstream input(file);
  if (!input) {
    throw sdk::Error(sdk::Status::FAILED_PRECONDITION,
                     "fonts folder " + directory.string() + " has no readable fonts.txt");
  }
  FontManifest manifest;
  std::string text;
  int line = 0;
  while (std::getline(input, text)) {
    ++line;
    if (text.empty() || text[0] == '#') {
      continue;
    }
    std::istringstream fields(text);
    std::string role, name, ranges;
    if (!(fields >> role >> name >> ranges)) {
      refuse(file, line, "expected \"<role> <file> <ranges>\"");
    }
    ManifestFont font;
    if (role == "bold") {
      font.weight = Weight::bold;
    } else if (role != "regular") {
      refuse(file, line, "role \"" + role + "\" is neither regular nor bold");
    }
    font.file = directory / name;
    if (!std::filesystem::is_regular_file(font.file)) {
      refuse(file, line, "font file " + font.file.string() + " is missing");
    }
    font.ranges = read_ranges(ranges, file, line);
    manifest.fonts_.push_back(std::move(font));
  }
  if (manifest.fonts_.empty()) {
    refuse(file, line, "lists no font");
  }
  return manifest;
}

int FontManifest::font_for(char32_t code_point, Weight weight) const {
  if (weight == Weight::bold) {
    for (std::size_t index = 0; index < fonts_.size(); ++index) {
      if (fonts_[index].weight == Weight::bold && fonts_[index].covers(code_point)) {
        return static_cast<int>(index);
      }
    }
  }
  for (std::size_t index = 0; index < fonts_.size(); ++index) {
    if (fonts_[index].weight == Weight::regular && fonts_[index].covers(code_point)) {
      return static_cast<int>(index);
    }
  }
  return -1;
}

FontLibrary::FontLibrary(PdfDocument& document, const FontManifest& manifest)
    : manifest_(manifest) {
  for (const ManifestFont& font : manifest.fonts()) {
    const std::string path = font.file.string();
    const char* name = HPDF_LoadTTFontFromFile(document.handle(), path.c_str(), HPDF_TRUE);
    document.check("loading font " + path);
    if (name == nullptr) {
      throw sdk::Error(sdk::Status::FAILED_PRECONDITION, "font " + path + " could not be loaded");
    }
    if (std::find(names_.begin(), names_.end(), name) != names_.end()) {
      throw sdk::Error(sdk::Status::FAILED_PRECONDITION,
                       "font " + path + " has the name of another font: " + name);
    }
    names_.emplace_back(name);
  }
}

namespace {

std::uint64_t advance_key(int index, char32_t code_point) {
  return (static_cast<std::uint64_t>(index) << 32) | code_point;
}

}  // namespace

double FontLibrary::known_advance(int index, char32_t code_point) const {
  const auto found = advances_.find(advance_key(index, code_point));
  return found == advances_.end() ? -1 : found->second;
}

void FontLibrary::remember_advance(int index, char32_t code_point, double advance) {
  advances_.emplace(advance_key(index, code_point), advance);
}

FontSet::FontSet(PdfDocument& document, FontLibrary& library)
    : document_(document),
      library_(library),
      manifest_(library.manifest()),
      in_document_(library.manifest().fonts().size(), nullptr) {}

HPDF_Font FontSet::font(int index) {
  HPDF_Font& font = in_document_.at(static_cast<std::size_t>(index));
  if (font == nullptr) {
    font = HPDF_GetFont(document_.handle(), library_.name(index).c_str(), "UTF-8");
    document_.check("selecting font " +
                    manifest_.fonts()[static_cast<std::size_t>(index)].file.string());
  }
  return font;
}

double FontSet::advance(int index, char32_t code_point) {
  const double known = library_.known_advance(index, code_point);
  if (known >= 0) {
    return known;
  }
  std::string bytes;
  append_utf8(bytes, code_point);
  const HPDF_TextWidth measured =
      HPDF_Font_TextWidth(font(index), reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                          static_cast<HPDF_UINT>(bytes.size()));
  document_.check("measuring text");
  const double advance = measured.width;
  library_.remember_advance(index, code_point, advance);
  return advance;
}

int FontSet::choose(char32_t code_point, Weight weight, char32_t& drawn) const {
  // libharu encodes UTF-8 to UTF-16 code units of the Basic Multilingual Plane only.
  int index = code_point <= 0xFFFF ? manifest_.font_for(code_point, weight) : -1;
  drawn = code_point;
  if (index < 0) {
    drawn = kReplacementCharacter;
    index = manifest_.font_for(drawn, weight);
  }
  if (index < 0) {
    drawn = '?';
    index = std::max(manifest_.font_for(drawn, weight), 0);
  }
  return index;
}

std::vector<TextRun> FontSet::shape(std::u32string_view text, Weight weight, double size) {
  std::vector<TextRun> runs;
  for (const char32_t code_point : text) {
    char32_t drawn = code_point;
    const int index = choose(code_point, weight, drawn);
    if (runs.empty() || runs.back().font != index) {
      runs.push_back(TextRun{index, {}, 0});
    }
    append_utf8(runs.back().utf8, drawn);
    runs.back().width += advance(index, drawn) * size / 1000.0;
  }
  return runs;
}

double FontSet::width(std::u32string_view text, Weight weight, double size) {
  double total = 0;
  for (const char32_t code_point : text) {
    char32_t drawn = code_point;
    const int index = choose(code_point, weight, drawn);
    total += advance(index, drawn) * size / 1000.0;
  }
  return total;
}

}  // namespace orderhub::invoices
