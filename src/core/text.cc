#include "core/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace boardroom {
namespace {

// One decoded code point: `cp` is set when the `length` bytes at the start of the input are well-formed
// UTF-8; otherwise `length` is the maximal ill-formed prefix (at least 1), which becomes one U+FFFD.
struct Decoded {
  std::optional<char32_t> cp;
  size_t length;
};

Decoded DecodeUtf8(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  const uint8_t b0 = byte(i);
  if (b0 < 0x80) return {b0, 1};
  size_t need;
  uint8_t lo = 0x80;
  uint8_t hi = 0xBF;
  char32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // no overlong forms
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return {std::nullopt, 1};
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= s.size()) return {std::nullopt, k};
    const uint8_t b = byte(i + k);
    if (b < lo || b > hi) return {std::nullopt, k};
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1};
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

icu::UnicodeString ToUnicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string FromUnicode(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Cyrillic and Greek letters that are drawn like a Latin letter, sorted by code point.
struct LookAlike {
  char32_t cp;
  char latin;
};
constexpr std::array<LookAlike, 50> kLookAlikes = {{
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'}, {0x039A, 'K'},
    {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'},
    {0x03BD, 'v'}, {0x03BF, 'o'}, {0x03F2, 'c'}, {0x03F3, 'j'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'},
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'},
    {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'},
    {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'},
    {0x04AE, 'Y'}, {0x04BB, 'h'}, {0x04C0, 'I'}, {0x04CF, 'l'}, {0x051A, 'Q'}, {0x051B, 'q'}, {0x051C, 'W'},
    {0x051D, 'w'},
}};

std::optional<char> LatinLookAlike(char32_t cp) {
  auto it = std::lower_bound(kLookAlikes.begin(), kLookAlikes.end(), cp,
                             [](const LookAlike& a, char32_t c) { return a.cp < c; });
  if (it == kLookAlikes.end() || it->cp != cp) return std::nullopt;
  return it->latin;
}

bool IsWordCodePoint(char32_t cp) {
  const UChar32 c = static_cast<UChar32>(cp);
  return u_isUAlphabetic(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// A run of letters (and combining marks) in the text, with what scripts it holds.
struct Word {
  size_t begin = 0;  // byte offsets
  size_t end = 0;
  bool has_latin = false;
  bool has_look_alike = false;
  bool has_other_letter = false;  // a letter that is neither Latin nor a look-alike (e.g. Cyrillic "ч")
  bool fold = false;
};

std::vector<Word> FindWords(std::string_view text) {
  std::vector<Word> words;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeUtf8(text, i);
    const bool word_cp = d.cp && IsWordCodePoint(*d.cp);
    if (word_cp) {
      if (!in_word) {
        words.push_back(Word{i, i});
        in_word = true;
      }
      Word& w = words.back();
      w.end = i + d.length;
      const UChar32 c = static_cast<UChar32>(*d.cp);
      if ((U_GET_GC_MASK(c) & U_GC_M_MASK) == 0) {
        UErrorCode status = U_ZERO_ERROR;
        if (LatinLookAlike(*d.cp)) {
          w.has_look_alike = true;
        } else if (uscript_getScript(c, &status) == USCRIPT_LATIN) {
          w.has_latin = true;
        } else {
          w.has_other_letter = true;
        }
      }
    } else {
      in_word = false;
    }
    i += d.length;
  }
  return words;
}

bool NewlineBetween(std::string_view text, size_t from, size_t to) {
  return text.substr(from, to - from).find('\n') != std::string_view::npos;
}

// The replacement for one code point of FoldPunctuation, or nullopt to keep it.
std::optional<std::string_view> PunctuationReplacement(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero-width space
    case 0xFEFF:  // zero-width no-break space (byte order mark)
      return "";
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:
    case 0xFB06:
      return "st";
    default:
      if (cp >= 0x2000 && cp <= 0x200A) return " ";
      return std::nullopt;
  }
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeUtf8(text, i);
    if (!d.cp) return false;
    i += d.length;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeUtf8(text, i);
    if (d.cp) {
      out.append(text.substr(i, d.length));
    } else {
      AppendUtf8(0xFFFD, out);
    }
    i += d.length;
  }
  return out;
}

Result<std::string> Nfkc(std::string_view text) {
  if (!IsValidUtf8(text)) return Error::InvalidArgument("The text is not valid UTF-8.", "text");
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return Error::Internal("The NFKC normaliser is not available.");
  const icu::UnicodeString normal = nfkc->normalize(ToUnicode(text), status);
  if (U_FAILURE(status)) return Error::Internal("NFKC normalisation failed.");
  return FromUnicode(normal);
}

std::string FoldConfusables(std::string_view text) {
  std::vector<Word> words = FindWords(text);
  for (size_t k = 0; k < words.size(); ++k) {
    Word& w = words[k];
    if (!w.has_look_alike) continue;
    if (w.has_latin) {
      w.fold = true;
      continue;
    }
    if (w.has_other_letter) continue;
    // A word made only of look-alikes: fold it when a neighbouring word on the same line is Latin and none is
    // written in another script ("То: Board members", but not "То, что ...").
    bool latin_neighbour = false;
    bool foreign_neighbour = false;
    auto consider = [&](const Word& n) {
      if (n.has_latin) latin_neighbour = true;
      if (n.has_other_letter && !n.has_latin) foreign_neighbour = true;
    };
    if (k > 0 && !NewlineBetween(text, words[k - 1].end, w.begin)) consider(words[k - 1]);
    if (k + 1 < words.size() && !NewlineBetween(text, w.end, words[k + 1].begin)) consider(words[k + 1]);
    w.fold = latin_neighbour && !foreign_neighbour;
  }

  std::string out;
  out.reserve(text.size());
  size_t next_word = 0;
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeUtf8(text, i);
    while (next_word < words.size() && words[next_word].end <= i) ++next_word;
    const bool folding = next_word < words.size() && words[next_word].begin <= i && words[next_word].fold;
    std::optional<char> latin = folding && d.cp ? LatinLookAlike(*d.cp) : std::nullopt;
    if (latin) {
      out.push_back(*latin);
    } else {
      out.append(text.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::string FoldPunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeUtf8(text, i);
    std::optional<std::string_view> replacement = d.cp ? PunctuationReplacement(*d.cp) : std::nullopt;
    if (replacement) {
      out.append(*replacement);
    } else {
      out.append(text.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::string CollapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string CaseFold(std::string_view text) {
  icu::UnicodeString u = ToUnicode(text);
  u.foldCase(U_FOLD_CASE_DEFAULT);
  return FromUnicode(u);
}

std::string FoldForCompare(std::string_view text) {
  // ASCII text is already NFKC, has no look-alike letters or punctuation to fold, and case-folds to lower
  // case: only case and spaces change, so ICU is not needed (names are compared this way for every body held
  // on every import).
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string lower(text);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return CollapseSpace(lower);
  }
  const std::string clean = SanitizeUtf8(text);
  Result<std::string> normal = Nfkc(clean);
  const std::string& base = normal.ok() ? *normal : clean;
  return CollapseSpace(CaseFold(FoldPunctuation(FoldConfusables(base))));
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == sep) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace boardroom
