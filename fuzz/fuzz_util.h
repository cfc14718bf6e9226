#pragma once
// Checks shared by the fuzz targets: a broken invariant prints what and aborts, which
// libFuzzer records as a crash with the input that caused it.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <rapidjson/document.h>

namespace ag::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz invariant broken: %s: %.*s\n", what, static_cast<int>(detail.size() > 400 ? 400 : detail.size()),
               detail.data());
  std::abort();
}

#define AG_FUZZ_CHECK(cond, detail) \
  do {                              \
    if (!(cond)) ::ag::fuzz::fail(#cond, (detail)); \
  } while (0)

// Well-formed UTF-8 (RFC 3629: no overlongs, surrogates or code points above U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b < 0x80) n = 1;
    else if (b >= 0xC2 && b <= 0xDF) n = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
      n = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      n = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return false;
    }
    i += n;
  }
  return true;
}

// Number of code points of valid UTF-8.
inline std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Whether `line` is one complete JSON document in valid UTF-8, as a strict reader (Python's
// json, jq) would need it.
inline bool strict_json(std::string_view line) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  return !d.HasParseError();
}

}  // namespace ag::fuzz
