// Acceptance: hostile input never crashes or hangs a plugin: invalid UTF-8, emoji, 10,000-
// character names and corrupt logos still give a valid PDF (the logo left out with a warning
// naming the file); broken layout files are refused naming the key (layout_file_test.cpp).
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>

#include "invoice_test_support.h"
#include "loader/log_capture.h"

namespace orderhub::invoices::testing {
namespace {

void append_chunk(std::string& png, const std::string& type, const std::string& data) {
  const auto length = static_cast<std::uint32_t>(data.size());
  for (int shift = 24; shift >= 0; shift -= 8) {
    png.push_back(static_cast<char>((length >> shift) & 0xFF));
  }
  const std::string typed = type + data;
  png += typed;
  const auto crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size())));
  for (int shift = 24; shift >= 0; shift -= 8) {
    png.push_back(static_cast<char>((crc >> shift) & 0xFF));
  }
}

// A valid 40x20 RGB PNG, dark blue.
std::string small_png() {
  const std::uint32_t width = 40, height = 20;
  std::string header;
  for (const std::uint32_t value : {width, height}) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      header.push_back(static_cast<char>((value >> shift) & 0xFF));
    }
  }
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, no interlace
  std::string raw;
  for (std::uint32_t row = 0; row < height; ++row) {
    raw.push_back('\0');  // filter: none
    for (std::uint32_t column = 0; column < width; ++column) {
      raw += std::string("\x10\x20\x80", 3);
    }
  }
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string compressed(size, '\0');
  compress(reinterpret_cast<Bytef*>(compressed.data()), &size,
           reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()));
  compressed.resize(size);
  std::string png("\x89PNG\r\n\x1a\n", 8);
  append_chunk(png, "IHDR", header);
  append_chunk(png, "IDAT", compressed);
  append_chunk(png, "IEND", "");
  return png;
}

int image_count(const std::filesystem::path& pdf) {
  const std::string listing = run_command("pdfimages -list " + quoted(pdf) + " 2>/dev/null").output;
  int lines = 0;
  for (const char character : listing) {
    lines += character == '\n';
  }
  return lines - 2;  // the header and the dashes
}

class HostileInput : public ::testing::Test {
 protected:
  void SetUp() override {
    instance_ = plugin_instance(kStandardPlugin);
    ASSERT_NE(instance_, nullptr);
  }

  // Renders request, which must succeed with a valid PDF, within seconds.
  std::filesystem::path render_valid(const json& request, const std::string& name) {
    const auto started = std::chrono::steady_clock::now();
    const auto pdf = render_to_file(*instance_, request, folder_.path(), name);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(15));
    const CommandOutput check = run_command("qpdf --check " + quoted(pdf));
    EXPECT_EQ(check.exit_code, 0) << check.output;
    return pdf;
  }

  ScratchFolder folder_;
  std::unique_ptr<PluginInstance> instance_;
};

TEST_F(HostileInput, InvalidUtf8PrintsAsAVisibleReplacement) {
  json request = example_request();
  request["order"]["lines"][0]["title"] = "Tea PLACEHOLDER";
  std::string text = request.dump();
  // Raw broken bytes inside the JSON string: a lone continuation byte, a truncated sequence,
  // an overlong encoding and a byte that never occurs in UTF-8.
  text.replace(text.find("PLACEHOLDER"), 11,
               "A\x80"
               "B\xC3"
               "C\xC0\xAF"
               "D\xFF"
               "E");
  const CallResult result = instance_->render_pdf(text);
  ASSERT_TRUE(result.ok()) << result.message;
  const auto pdf = folder_.path() / "invalid.pdf";
  write_file(pdf, result.output);
  EXPECT_EQ(run_command("qpdf --check " + quoted(pdf)).exit_code, 0);
  EXPECT_NE(pdf_text(pdf).find("Tea A\uFFFDB\uFFFDC\uFFFD\uFFFDD\uFFFDE"), std::string::npos)
      << pdf_text(pdf);
}

TEST_F(HostileInput, EmojiAndCharactersNoFontHasPrintAsAVisibleReplacement) {
  json request = example_request();
  request["order"]["lines"][0]["title"] = "Gift \U0001F381 box \u0378 end";
  const auto pdf = render_valid(request, "emoji");
  EXPECT_NE(pdf_text(pdf).find("Gift \uFFFD box \uFFFD end"), std::string::npos) << pdf_text(pdf);
}

TEST_F(HostileInput, TenThousandCharacterNamesWrapOverPages) {
  json request = example_request();
  std::string long_word(10000, 'W');
  std::string long_words;
  while (long_words.size() < 10000) {
    long_words += "name ";
  }
  request["order"]["lines"][0]["title"] = long_word;
  request["order"]["lines"][1]["title"] = long_words;
  request["order"]["buyer"]["name"] = long_words;
  request["order"]["ship_to"]["name"] = long_word;
  request["seller"]["name"] = long_word;
  request["order"]["notes"] = long_words;
  const auto pdf = render_valid(request, "long-names");
  EXPECT_GT(pdf_page_count(pdf), 1);
  std::string text = pdf_text(pdf);
  std::size_t printed = 0;
  for (const char character : text) {
    printed += character == 'W';
  }
  EXPECT_GE(printed, 3u * 10000) << "every W of the title, ship-to and seller names";
  EXPECT_NE(text.find("Page 1 of"), std::string::npos);
}

TEST_F(HostileInput, AValidLogoIsDrawn) {
  const auto logo = folder_.path() / "logo.png";
  write_file(logo, small_png());
  json request = example_request();
  request["options"]["logo_path"] = logo.string();
  EXPECT_EQ(image_count(render_valid(request, "logo")), 1);
}

struct CorruptLogo {
  const char* name;
  std::string (*bytes)();
  const char* problem;
};

void PrintTo(const CorruptLogo& logo, std::ostream* output) {
  *output << logo.name;
}

const CorruptLogo kCorruptLogos[] = {
    {"TruncatedPng",
     [] {
       const std::string png = small_png();
       return png.substr(0, png.size() / 2);
     },
     "truncated"},
    {"PngWithBadCrc",
     [] {
       std::string png = small_png();
       png[png.find("IDAT") + 10] ^= 0x5A;  // a byte of the compressed data
       return png;
     },
     "bad CRC in chunk IDAT"},
    {"TextFileNamedPng", [] { return std::string("this is not an image\n"); },
     "neither a PNG nor a JPEG"},
    {"TruncatedJpeg", [] { return std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10); }, "truncated"},
};

class CorruptLogos : public HostileInput, public ::testing::WithParamInterface<CorruptLogo> {};

TEST_P(CorruptLogos, AreLeftOutWithAWarningNamingTheFile) {
  orderhub::testing::LogCapture log;
  instance_ = plugin_instance(kStandardPlugin);  // its logger created while the log is captured
  const auto logo = folder_.path() / (std::string(GetParam().name) + ".png");
  write_file(logo, GetParam().bytes());
  json request = example_request();
  request["options"]["logo_path"] = logo.string();
  const auto pdf = render_valid(request, GetParam().name);
  EXPECT_EQ(image_count(pdf), 0);
  EXPECT_NE(pdf_text(pdf).find("Thé vert Sencha"), std::string::npos);
  const std::string logged = log.text();
  EXPECT_NE(logged.find("logo " + logo.string() + " skipped"), std::string::npos) << logged;
  EXPECT_NE(logged.find(GetParam().problem), std::string::npos) << logged;
}

INSTANTIATE_TEST_SUITE_P(EveryKind, CorruptLogos, ::testing::ValuesIn(kCorruptLogos),
                         [](const auto& info) { return std::string(info.param.name); });

TEST_F(HostileInput, AWrongTypeInTheRequestIsRefusedNamingTheField) {
  json request = example_request();
  request["order"]["lines"][1]["quantity"] = "two";
  const CallResult result = instance_->render_pdf(request.dump());
  EXPECT_EQ(result.status, services::StatusCode::invalid_argument);
  EXPECT_EQ(result.message, "render request: order.lines[1].quantity: expected an integer");
}

}  // namespace
}  // namespace orderhub::invoices::testing
