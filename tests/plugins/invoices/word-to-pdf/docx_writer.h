// Test helpers: Word templates assembled from WordprocessingML snippets (written with libzip like
// any .docx), and the broken files a template upload might be.
#ifndef ORDERHUB_TESTS_WORD_TO_PDF_DOCX_WRITER_H
#define ORDERHUB_TESTS_WORD_TO_PDF_DOCX_WRITER_H

#include <zip.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace orderhub::word_to_pdf::testing {

inline const std::string kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

inline std::string run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

inline std::string paragraph(const std::string& content) {
  return "<w:p>" + content + "</w:p>";
}

inline std::string simple_field(const std::string& name) {
  return "<w:fldSimple w:instr=\" MERGEFIELD " + name + " \"><w:r><w:t>«" + name +
         "»</w:t></w:r></w:fldSimple>";
}

// A complex field whose code is split over two instrText runs at split_at.
inline std::string complex_field(const std::string& name, std::size_t split_at = 4) {
  const std::string code = " MERGEFIELD  " + name + " \\* MERGEFORMAT ";
  return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
         "<w:r><w:instrText xml:space=\"preserve\">" +
         code.substr(0, split_at) +
         "</w:instrText></w:r>"
         "<w:r><w:rPr><w:b/></w:rPr><w:instrText xml:space=\"preserve\">" +
         code.substr(split_at) +
         "</w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
         "<w:r><w:rPr><w:i/></w:rPr><w:t>«" +
         name +
         "»</w:t></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

// "{{name}}" over three runs, with a spelling mark between two of them.
inline std::string split_placeholder(const std::string& name) {
  const std::size_t middle = name.size() / 2;
  return run("{") + "<w:proofErr w:type=\"spellStart\"/>" + run("{" + name.substr(0, middle)) +
         "<w:proofErr w:type=\"spellEnd\"/>" + run(name.substr(middle) + "}}");
}

inline std::string row(const std::vector<std::string>& cells) {
  std::string text = "<w:tr>";
  for (const std::string& cell : cells) {
    text +=
        "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + paragraph(cell) + "</w:tc>";
  }
  return text + "</w:tr>";
}

inline std::string table(const std::string& caption, const std::vector<std::string>& rows) {
  std::string text = "<w:tbl><w:tblPr><w:tblW w:w=\"8000\" w:type=\"dxa\"/>";
  if (!caption.empty()) {
    text += "<w:tblCaption w:val=\"" + caption + "\"/>";
  }
  text += "</w:tblPr><w:tblGrid>";
  for (int column = 0; column < 4; ++column) {
    text += "<w:gridCol w:w=\"2000\"/>";
  }
  text += "</w:tblGrid>";
  for (const std::string& one_row : rows) {
    text += one_row;
  }
  return text + "</w:tbl>";
}

using Parts = std::vector<std::pair<std::string, std::string>>;

inline void write_zip(const std::filesystem::path& path, const Parts& parts) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    throw std::runtime_error("cannot create " + path.string());
  }
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_discard(archive);
      throw std::runtime_error("cannot add " + name + " to " + path.string());
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    throw std::runtime_error("cannot write " + path.string());
  }
}

// A complete .docx: body is the content of w:body; header and footer the content of w:hdr and
// w:ftr (none when empty).
inline void write_docx(const std::filesystem::path& path, const std::string& body,
                       const std::string& header = "", const std::string& footer = "") {
  const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  std::string content_types =
      xml +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";
  std::string relationships =
      xml +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::string section = "<w:sectPr>";
  Parts parts;
  if (!header.empty()) {
    content_types +=
        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
    relationships +=
        "<Relationship Id=\"rIdHeader\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
        "Target=\"header1.xml\"/>";
    section += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>";
    parts.emplace_back("word/header1.xml",
                       xml + "<w:hdr " + kWordNamespaces + ">" + header + "</w:hdr>");
  }
  if (!footer.empty()) {
    content_types +=
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>";
    relationships +=
        "<Relationship Id=\"rIdFooter\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
        "Target=\"footer1.xml\"/>";
    section += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>";
    parts.emplace_back("word/footer1.xml",
                       xml + "<w:ftr " + kWordNamespaces + ">" + footer + "</w:ftr>");
  }
  section += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>";
  parts.emplace_back("word/_rels/document.xml.rels", relationships + "</Relationships>");
  parts.emplace_back("word/document.xml", xml + "<w:document " + kWordNamespaces + "><w:body>" +
                                              body + section + "</w:body></w:document>");
  parts.insert(parts.begin(),
               {{"[Content_Types].xml", content_types + "</Types>"},
                {"_rels/.rels",
                 xml + "<Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" "
                       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                       "officeDocument\" Target=\"word/document.xml\"/></Relationships>"}});
  write_zip(path, parts);
}

inline void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream output(path, std::ios::binary | std::ios::trunc);
  output.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream input(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>());
}

}  // namespace orderhub::word_to_pdf::testing

#endif  // ORDERHUB_TESTS_WORD_TO_PDF_DOCX_WRITER_H
