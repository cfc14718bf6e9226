#include "extract/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace ag::extract {
namespace {

// Folded forms of U+0000..U+24FF computed once; code points above that fold to their
// lowercase. Built from ICU's NFD so no accent table is typed by hand.
constexpr char32_t kTableSize = 0x2500;

struct FoldTable {
  std::array<std::string, kTableSize> forms;
  FoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (char32_t c = 0; c < kTableSize; ++c) forms[c] = compute(c, nfd, status);
  }
  static void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  static std::string compute(char32_t c, const icu::Normalizer2* nfd, UErrorCode& status) {
    switch (c) {
      case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
      case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000: case '\t':
        return " ";
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x00B4: case 0x2032: case 0x02B9:
        return "'";
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
        return "\"";
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return "-";
      case 0x2026: return "...";
      case 0x00C6: case 0x00E6: return "ae";
      case 0x0152: case 0x0153: return "oe";
      case 0x00DF: return "ss";
      case 0x00D8: case 0x00F8: return "o";
      case 0x0110: case 0x0111: return "d";
      case 0x0141: case 0x0142: return "l";
      case 0x0131: return "i";
      case 0x018F: case 0x0259: return "e";
      case 0x00DE: case 0x00FE: return "th";
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: return "";  // invisible
    }
    if (c < 0x80) return std::string(1, static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (c >= 0xD800 && c <= 0xDFFF) return "?";
    // Strip combining marks after canonical decomposition, then lowercase.
    icu::UnicodeString decomposed;
    nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), decomposed, status);
    std::string out;
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 d = decomposed.char32At(i);
      i += U16_LENGTH(d);
      if (u_getCombiningClass(d) != 0 || u_charType(d) == U_NON_SPACING_MARK) continue;
      append_utf8(out, static_cast<char32_t>(u_tolower(d)));
    }
    return out.empty() && u_charType(static_cast<UChar32>(c)) != U_NON_SPACING_MARK ? std::string() : out;
  }
};

const FoldTable& table() {
  static const FoldTable t;
  return t;
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = b0 >= 0xF0 && b0 < 0xF5 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  i += len;
  return c;
}

void fold_text(std::string_view utf8, FoldedText& out) {
  const FoldTable& t = table();
  out.text.clear();
  out.origin.clear();
  out.text.reserve(utf8.size());
  out.origin.reserve(utf8.size() + 1);
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // the hot path: ASCII
      out.text += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : (b == '\t' ? ' ' : b));
      out.origin.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    const std::size_t at = i;
    const char32_t c = next_code_point(utf8, i);
    if (c == 0xFFFD && i == at + 1) {
      out.text += '?';
      out.origin.push_back(static_cast<uint32_t>(at));
      continue;
    }
    if (c < kTableSize) {
      const std::string& f = t.forms[c];
      out.text += f;
      out.origin.insert(out.origin.end(), f.size(), static_cast<uint32_t>(at));
    } else {
      std::string f;
      FoldTable::append_utf8(f, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
      out.text += f;
      out.origin.insert(out.origin.end(), f.size(), static_cast<uint32_t>(at));
    }
  }
  out.origin.push_back(static_cast<uint32_t>(utf8.size()));
}

std::string fold_key(std::string_view s) {
  FoldedText f;
  fold_text(s, f);
  std::string out;
  out.reserve(f.text.size());
  for (char c : f.text) {
    if (c == ' ' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace ag::extract
