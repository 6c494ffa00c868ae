#include "papers/text_reader.h"

#include <openssl/evp.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace boardroom::papers {
namespace {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool WellFormedUtf8(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<uint8_t>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<uint8_t>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    i += len;
  }
  return true;
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Windows-1252's 0x80..0x9F; 0 where the code page leaves a hole.
constexpr uint16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Converts single-byte text to UTF-8. Sets `*cp1252` when any byte in 0x80..0x9F maps through Windows-1252.
std::string SingleByteToUtf8(std::string_view text, bool* cp1252) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  *cp1252 = false;
  for (char ch : text) {
    const auto c = static_cast<uint8_t>(ch);
    if (c >= 0x80 && c <= 0x9F) {
      const uint16_t mapped = kCp1252High[c - 0x80];
      if (mapped != 0) {
        *cp1252 = true;
        AppendUtf8(mapped, out);
      } else {
        AppendUtf8(c, out);  // Latin-1 C1 control: kept as is
      }
    } else {
      AppendUtf8(c, out);
    }
  }
  return out;
}

bool OnlyWhiteSpace(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace

// OpenSSL's SHA-256 uses the CPU's SHA instructions where it has them: several times libsodium's portable
// code, which cost an eighth of a text parse.
std::string Sha256Hex(std::string_view bytes) {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), hash, &length, EVP_sha256(), nullptr) != 1 || length != 32) {
    return std::string();  // cannot happen with the default provider; an empty hash never matches a real one
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    const unsigned char b = hash[i];
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xF]);
  }
  return out;
}

Result<Document> ReadText(std::string_view bytes, std::string source_name, const TextReaderOptions& options) {
  const std::string label = source_name.empty() ? std::string("the text") : source_name;
  if (bytes.size() > options.max_bytes) {
    return Error::InvalidArgument(label + " is " + std::to_string(bytes.size()) +
                                      " bytes, more than the limit of " + std::to_string(options.max_bytes) +
                                      " bytes",
                                  "file");
  }
  Document doc;
  doc.source_name = std::move(source_name);
  doc.sha256 = Sha256Hex(bytes);
  std::string_view body = bytes;
  if (body.size() >= 2 &&
      ((body[0] == '\xFF' && body[1] == '\xFE') || (body[0] == '\xFE' && body[1] == '\xFF'))) {
    return Error::InvalidArgument(label + " is UTF-16 text, which is not supported; save it as UTF-8",
                                  "file");
  }
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  if (OnlyWhiteSpace(body))
    return Error::InvalidArgument(label + " is empty: it has no text to import", "file");

  std::string converted;
  if (!WellFormedUtf8(body)) {
    bool cp1252 = false;
    converted = SingleByteToUtf8(body, &cp1252);
    body = converted;
    doc.warnings.push_back(std::string("The text is not UTF-8; it was read as ") +
                           (cp1252 ? "Windows-1252" : "Latin-1 (ISO 8859-1)") + " and converted.");
  }

  int page = 1;
  size_t start = 0;
  auto emit = [&](std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // A form feed inside the line starts a new page; text before it stays on the old one.
    size_t from = 0;
    for (;;) {
      const size_t ff = line.find('\f', from);
      if (ff == std::string_view::npos) break;
      if (ff > from)
        doc.lines.push_back(Line{std::string(line.substr(from, ff - from)), page, std::nullopt, false});
      ++page;
      from = ff + 1;
    }
    if (from < line.size() || from == 0) {
      doc.lines.push_back(Line{std::string(line.substr(from)), page, std::nullopt, false});
    }
  };
  while (start <= body.size()) {
    const size_t nl = body.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < body.size()) emit(body.substr(start));
      break;
    }
    emit(body.substr(start, nl - start));
    start = nl + 1;
  }
  doc.page_count = page;
  return doc;
}

Result<Document> ReadTextFile(const std::string& path, const TextReaderOptions& options) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Error::NotFound("cannot read " + path + ": " + ec.message());
  const std::string name = std::filesystem::path(path).filename().string();
  if (size > options.max_bytes) {
    return Error::InvalidArgument(name + " is " + std::to_string(size) + " bytes, more than the limit of " +
                                      std::to_string(options.max_bytes) + " bytes",
                                  "file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::NotFound("cannot open " + path);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ReadText(bytes, name, options);
}

}  // namespace boardroom::papers
