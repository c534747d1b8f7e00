#include "docx_package.h"

#include <orderhub/sdk/error.h>
#include <zip.h>

#include <cstdint>
#include <memory>

namespace orderhub::word_to_pdf {
namespace {

// Far beyond any invoice template, yet small enough that a zip bomb cannot exhaust memory.
constexpr std::uint64_t kMaximumPartBytes = std::uint64_t{64} * 1024 * 1024;
constexpr std::uint64_t kMaximumPackageBytes = std::uint64_t{256} * 1024 * 1024;
constexpr zip_int64_t kMaximumParts = 10'000;

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& reason) {
  throw sdk::Error(
      sdk::Status::INVALID_ARGUMENT,
      "template " + path.string() + " is not a usable Word document (.docx): " + reason);
}

std::string libzip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string read_part(zip_t* archive, zip_int64_t index, const std::string& name,
                      std::uint64_t size, const std::filesystem::path& path) {
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, index, 0));
  if (!file) {
    refuse(path, name + ": " + zip_strerror(archive));
  }
  std::string bytes(size, '\0');
  std::uint64_t done = 0;
  while (done < size) {
    const zip_int64_t count = zip_fread(file.get(), bytes.data() + done, size - done);
    if (count < 0) {
      refuse(path, name + ": " + zip_file_strerror(file.get()));
    }
    if (count == 0) {
      refuse(path, name + ": the part ends early");
    }
    done += static_cast<std::uint64_t>(count);
  }
  // zip_fread checks the CRC only once the end is read: read on to reach it.
  char extra = 0;
  if (zip_fread(file.get(), &extra, 1) != 0) {
    refuse(path, name + ": " + zip_file_strerror(file.get()));
  }
  return bytes;
}

}  // namespace

bool is_text_part(const std::string& part_name) {
  const auto starts = [&](const char* prefix) { return part_name.rfind(prefix, 0) == 0; };
  const bool xml = part_name.size() > 4 && part_name.compare(part_name.size() - 4, 4, ".xml") == 0;
  return part_name == "word/document.xml" ||
         (xml && (starts("word/header") || starts("word/footer")) &&
          part_name.find('/', 5) == std::string::npos);
}

DocxPackage DocxPackage::read_file(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    refuse(path, "no such file");
  }
  int code = 0;
  std::unique_ptr<zip_t, ArchiveCloser> archive(
      zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
  if (!archive) {
    refuse(path, libzip_message(code));
  }
  const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  if (count < 0 || count > kMaximumParts) {
    refuse(path, "too many parts");
  }
  DocxPackage package;
  std::uint64_t total = 0;
  bool has_document = false;
  for (zip_int64_t index = 0; index < count; ++index) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        (stat.valid & (ZIP_STAT_NAME | ZIP_STAT_SIZE)) != (ZIP_STAT_NAME | ZIP_STAT_SIZE)) {
      refuse(path, "part " + std::to_string(index) + ": " + zip_strerror(archive.get()));
    }
    const std::string name = stat.name;
    if (stat.size > kMaximumPartBytes || total + stat.size > kMaximumPackageBytes) {
      refuse(path, name + " is too large");
    }
    total += stat.size;
    if (!name.empty() && name.back() == '/') {
      continue;  // A folder entry: the parts carry their folders in their names.
    }
    has_document = has_document || name == "word/document.xml";
    package.parts_.push_back(
        DocxPart{name, read_part(archive.get(), index, name, stat.size, path)});
  }
  if (!has_document) {
    refuse(path, "it holds no word/document.xml");
  }
  return package;
}

void DocxPackage::write_file(const std::filesystem::path& path) const {
  const auto fail = [&](const std::string& reason) {
    throw sdk::Error(sdk::Status::INTERNAL, "cannot write " + path.string() + ": " + reason);
  };
  int code = 0;
  std::unique_ptr<zip_t, ArchiveCloser> archive(
      zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
  if (!archive) {
    fail(libzip_message(code));
  }
  for (const DocxPart& part : parts_) {
    // The buffers stay alive until zip_close below, which is when libzip reads them.
    zip_source_t* source =
        zip_source_buffer(archive.get(), part.bytes.data(), part.bytes.size(), 0);
    if (source == nullptr) {
      fail(zip_strerror(archive.get()));
    }
    if (zip_file_add(archive.get(), part.name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      fail(part.name + ": " + zip_strerror(archive.get()));
    }
  }
  if (zip_close(archive.get()) != 0) {
    fail(zip_strerror(archive.get()));
  }
  archive.release();  // zip_close freed it.
}

}  // namespace orderhub::word_to_pdf
