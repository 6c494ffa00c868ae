#include "papers/normalize.h"

#include <cstdint>

namespace boardroom::papers {
namespace {

// Decodes one UTF-8 code point at `i`; returns its length (1 for a stray byte, decoded as itself).
size_t Decode(std::string_view s, size_t i, uint32_t* cp) {
  const auto c = static_cast<uint8_t>(s[i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) {
    *cp = c;
    return 1;
  }
  uint32_t v = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<uint8_t>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

// The Latin letter a Cyrillic or Greek letter imitates, or 0.
char LatinTwin(uint32_t cp) {
  switch (cp) {
    case 0x0410:
    case 0x0391:
      return 'A';
    case 0x0412:
    case 0x0392:
      return 'B';
    case 0x0415:
    case 0x0395:
      return 'E';
    case 0x041A:
    case 0x039A:
      return 'K';
    case 0x041C:
    case 0x039C:
      return 'M';
    case 0x041D:
    case 0x0397:
      return 'H';
    case 0x041E:
    case 0x039F:
      return 'O';
    case 0x0420:
    case 0x03A1:
      return 'P';
    case 0x0421:
      return 'C';
    case 0x0422:
    case 0x03A4:
      return 'T';
    case 0x0425:
    case 0x03A7:
      return 'X';
    case 0x0423:
    case 0x03A5:
      return 'Y';
    case 0x0405:
      return 'S';
    case 0x0406:
    case 0x0399:
      return 'I';
    case 0x0408:
      return 'J';
    case 0x0430:
    case 0x03B1:
      return 'a';
    case 0x0435:
      return 'e';
    case 0x043E:
    case 0x03BF:
      return 'o';
    case 0x0440:
    case 0x03C1:
      return 'p';
    case 0x0441:
      return 'c';
    case 0x0443:
      return 'y';
    case 0x0445:
    case 0x03C7:
      return 'x';
    case 0x0455:
      return 's';
    case 0x0456:
      return 'i';
    case 0x0458:
      return 'j';
    default:
      return 0;
  }
}

// True when every byte of `text` is ASCII.
bool IsAscii(std::string_view text) {
  unsigned char any = 0;
  for (const char c : text) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

bool IsCyrillicOrGreek(uint32_t cp) {
  return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x0400 && cp <= 0x04FF);
}

}  // namespace

std::string_view TrimLine(std::string_view text) {
  auto space_at_front = [&](std::string_view t) -> size_t {
    if (t.empty()) return 0;
    const char c = t.front();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (t.size() >= 2 && t[0] == '\xC2' && t[1] == '\xA0') return 2;
    return 0;
  };
  while (size_t n = space_at_front(text)) text.remove_prefix(n);
  for (;;) {
    if (text.empty()) break;
    const char c = text.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      text.remove_suffix(1);
    } else if (text.size() >= 2 && text[text.size() - 2] == '\xC2' && c == '\xA0') {
      text.remove_suffix(2);
    } else {
      break;
    }
  }
  return text;
}

std::string FoldLookalikes(std::string_view text) {
  // Only Cyrillic, Greek and U+00A0 change, and all of them are multi-byte: ASCII text folds to itself.
  if (IsAscii(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    // One word: up to the next ASCII space or tab.
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
    const std::string_view word = text.substr(i, j - i);
    bool has_latin = false, has_other = false, all_twins = true;
    for (size_t k = 0; k < word.size();) {
      uint32_t cp;
      k += Decode(word, k, &cp);
      if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) has_latin = true;
      if (IsCyrillicOrGreek(cp)) {
        has_other = true;
        if (LatinTwin(cp) == 0) all_twins = false;
      }
    }
    // A word of look-alikes only ("То:") or a mixed word is folded; a real Cyrillic word is not.
    const bool fold = has_other && (has_latin || all_twins);
    for (size_t k = 0; k < word.size();) {
      uint32_t cp;
      const size_t len = Decode(word, k, &cp);
      const char twin = fold ? LatinTwin(cp) : 0;
      if (twin != 0) {
        out.push_back(twin);
      } else if (cp == 0xA0) {
        out.push_back(' ');
      } else {
        out.append(word.substr(k, len));
      }
      k += len;
    }
    if (j < text.size()) out.push_back(text[j]);
    i = j + 1;
  }
  return out;
}

std::string CompareKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  // Appends one piece of the key, with the single space a run of white space before it left.
  auto emit = [&](std::string_view piece) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(piece);
  };
  if (IsAscii(text)) {
    // ASCII folds to itself: lower-case and collapse white space, a byte at a time, into a buffer of the
    // input's size (the key is never longer: each run of spaces leaves at most one).
    out.resize(text.size());
    char* const begin = out.data();
    char* p = begin;
    for (const char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pending_space = true;
        continue;
      }
      if (pending_space && p != begin) *p++ = ' ';
      pending_space = false;
      *p++ = IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    }
    out.resize(static_cast<size_t>(p - begin));
    return out;
  }
  const std::string folded = FoldLookalikes(text);
  for (size_t i = 0; i < folded.size();) {
    uint32_t cp;
    const size_t len = Decode(folded, i, &cp);
    const std::string_view raw = std::string_view(folded).substr(i, len);
    i += len;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F) {
      pending_space = true;
    } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x2032) {
      emit("'");
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x2033) {
      emit("\"");
    } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
      emit("-");
    } else if (cp == 0xF0B7 || cp == 0x2022 || cp == 0x25AA || cp == 0x25E6) {
      pending_space = true;
    } else if (cp < 0x80) {
      const char c = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
      emit(std::string_view(&c, 1));
    } else {
      emit(raw);
    }
  }
  return out;
}

bool StripBullet(std::string_view text, std::string_view* rest) {
  text = TrimLine(text);
  static constexpr std::string_view kBullets[] = {
      "\xE2\x80\xA2", "\xEF\x82\xB7", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\x93", "-", "*",
      "\xEF\x82\xA7"};
  for (std::string_view b : kBullets) {
    if (text.substr(0, b.size()) == b) {
      std::string_view after = text.substr(b.size());
      if (!after.empty() && after.front() != ' ' && after.front() != '\t') continue;
      *rest = TrimLine(after);
      return true;
    }
  }
  return false;
}

bool ReadNumberToken(std::string_view line, NumberToken* token) {
  std::string_view t = TrimLine(line);
  std::string_view after_bullet;
  if (StripBullet(t, &after_bullet)) t = after_bullet;
  NumberToken out;
  size_t i = 0;
  for (;;) {
    size_t start = i;
    int value = 0;
    while (i < t.size() && IsDigit(t[i]) && i - start < 3) value = value * 10 + (t[i++] - '0');
    if (i == start) return false;
    if (i < t.size() && IsDigit(t[i])) return false;  // four digits or more: a year or an amount
    out.parts.push_back(value);
    if (i < t.size() && t[i] == '.' && i + 1 < t.size() && IsDigit(t[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (i < t.size() && t[i] == '.') {
    out.trailing_dot = true;
    ++i;
  }
  out.text = std::string(t.substr(0, out.trailing_dot ? i - 1 : i));
  if (i < t.size()) {
    const char c = t[i];
    if (c != ' ' && c != '\t' && !(out.trailing_dot && (IsUpper(c) || IsLower(c)))) return false;
  }
  out.rest = TrimLine(t.substr(i));
  if (out.parts.size() > 4) return false;
  *token = std::move(out);
  return true;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace boardroom::papers
