// PNG chunk walking and full decoding, JPEG marker walking.
#include "logo_image.h"

#include <png.h>
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <vector>

namespace orderhub::invoices {
namespace {

constexpr std::size_t kMaximumFileBytes = 16 * 1024 * 1024;
constexpr std::uint32_t kMaximumSide = 6000;

std::uint32_t big_endian(const unsigned char* bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
         (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

// "" when the PNG's structure is sound, else what is wrong.
std::string png_structure_problem(const std::vector<unsigned char>& bytes) {
  std::size_t offset = 8;  // after the signature, checked by the caller
  bool seen_data = false;
  bool first = true;
  while (offset + 12 <= bytes.size()) {
    const std::uint32_t length = big_endian(&bytes[offset]);
    const std::string type(reinterpret_cast<const char*>(&bytes[offset + 4]), 4);
    if (length > bytes.size() - offset - 12) {
      return "truncated in chunk " + type;
    }
    const unsigned char* typed = &bytes[offset + 4];
    const std::uint32_t stored = big_endian(typed + 4 + length);
    const auto computed = static_cast<std::uint32_t>(crc32(0, typed, length + 4));
    if (stored != computed) {
      return "bad CRC in chunk " + type;
    }
    if (first && (type != "IHDR" || length != 13)) {
      return "the first chunk is not a 13-byte IHDR";
    }
    if (first) {
      const std::uint32_t width = big_endian(typed + 4);
      const std::uint32_t height = big_endian(typed + 8);
      if (width == 0 || height == 0 || width > kMaximumSide || height > kMaximumSide) {
        return "dimensions " + std::to_string(width) + "x" + std::to_string(height) +
               " are outside 1.." + std::to_string(kMaximumSide);
      }
    }
    first = false;
    seen_data = seen_data || type == "IDAT";
    offset += 12 + length;
    if (type == "IEND") {
      return seen_data ? "" : "no IDAT chunk";
    }
  }
  return "truncated: no IEND chunk";
}

LogoLoad load_png(PdfDocument& document, const std::vector<unsigned char>& bytes) {
  LogoLoad result;
  result.problem = png_structure_problem(bytes);
  if (!result.problem.empty()) {
    return result;
  }
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  if (png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) == 0) {
    result.problem = std::string("cannot be decoded: ") + image.message;
    return result;
  }
  image.format = PNG_FORMAT_RGB;
  std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
  png_color white{255, 255, 255};  // transparent parts are drawn on white paper
  if (png_image_finish_read(&image, &white, pixels.data(), 0, nullptr) == 0) {
    result.problem = std::string("cannot be decoded: ") + image.message;
    png_image_free(&image);
    return result;
  }
  result.image = HPDF_LoadRawImageFromMem(document.handle(), pixels.data(), image.width,
                                          image.height, HPDF_CS_DEVICE_RGB, 8);
  document.check("embedding the logo");
  return result;
}

LogoLoad load_jpeg(PdfDocument& document, const std::vector<unsigned char>& bytes) {
  LogoLoad result;
  if (bytes.size() < 4 || bytes[bytes.size() - 2] != 0xFF || bytes[bytes.size() - 1] != 0xD9) {
    result.problem = "truncated: no JPEG end marker";
    return result;
  }
  std::size_t offset = 2;
  while (offset + 4 <= bytes.size()) {
    if (bytes[offset] != 0xFF) {
      result.problem = "corrupt: expected a JPEG marker at byte " + std::to_string(offset);
      return result;
    }
    const unsigned char marker = bytes[offset + 1];
    const std::size_t length = (std::size_t{bytes[offset + 2]} << 8) | bytes[offset + 3];
    if (length < 2 || offset + 2 + length > bytes.size()) {
      result.problem = "truncated in a JPEG segment";
      return result;
    }
    const bool frame =
        marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      const unsigned char* header = &bytes[offset + 4];
      const unsigned height = (unsigned{header[1]} << 8) | header[2];
      const unsigned width = (unsigned{header[3]} << 8) | header[4];
      const unsigned components = header[5];
      if (length < 8 || header[0] != 8 || width == 0 || height == 0 || width > kMaximumSide ||
          height > kMaximumSide || (components != 1 && components != 3 && components != 4)) {
        result.problem = "unsupported JPEG frame (8-bit, 1, 3 or 4 components, sides up to " +
                         std::to_string(kMaximumSide) + ")";
        return result;
      }
      result.image = HPDF_LoadJpegImageFromMem(document.handle(), bytes.data(),
                                               static_cast<HPDF_UINT>(bytes.size()));
      document.check("embedding the logo");
      return result;
    }
    offset += 2 + length;
  }
  result.problem = "no JPEG frame header";
  return result;
}

}  // namespace

LogoLoad load_logo(PdfDocument& document, const std::string& path) {
  LogoLoad result;
  std::ifstream input(path, std::ios::binary);
  if (!input) {
    result.problem = "cannot be read";
    return result;
  }
  std::vector<unsigned char> bytes;
  char buffer[65536];
  while (input.read(buffer, sizeof buffer) || input.gcount() > 0) {
    bytes.insert(bytes.end(), buffer, buffer + input.gcount());
    if (bytes.size() > kMaximumFileBytes) {
      result.problem = "is larger than " + std::to_string(kMaximumFileBytes) + " bytes";
      return result;
    }
  }
  static const unsigned char png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (bytes.size() >= 8 && std::memcmp(bytes.data(), png_signature, 8) == 0) {
    return load_png(document, bytes);
  }
  if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) {
    return load_jpeg(document, bytes);
  }
  result.problem = "is neither a PNG nor a JPEG file";
  return result;
}

}  // namespace orderhub::invoices
