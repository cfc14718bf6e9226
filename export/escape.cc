#include "export/escape.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "model/utf8.h"

namespace ag::exporters {

using namespace std::literals;
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The ASCII bytes a format treats specially: the C0 controls (to drop or escape) and its
// own characters (at most four), as a lookup table and as eight-byte patterns.
struct Table {
  std::array<bool, 128> special{};
  std::array<std::uint64_t, 4> patterns{};
  std::size_t count = 0;
  bool operator[](unsigned char c) const { return special[c]; }
};

Table make_table(std::string_view specials) {
  Table t;
  for (int c = 0; c < 0x20; ++c) t.special[c] = true;
  for (char c : specials) {
    t.special[static_cast<unsigned char>(c)] = true;
    t.patterns[t.count++] = 0x0101010101010101ull * static_cast<unsigned char>(c);
  }
  return t;
}

// Texts are scanned a window at a time: sixteen bytes with SSE2 (every x86-64 has it), else
// eight in a 64-bit word. plain_prefix gives the bytes in the window at `p` before the
// first one that is not plain ASCII (a special, a control or a non-ASCII byte); the window
// size when all are.
#if defined(__SSE2__)
constexpr std::size_t kWindow = 16;

inline std::size_t plain_prefix(const char* p, const Table& t) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i m = _mm_or_si128(x, _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x));  // high bit, or <= 0x1F
  for (std::size_t k = 0; k < t.count; ++k)
    m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(t.patterns[k] & 0xFF))));
  const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(m));
  return bits ? static_cast<std::size_t>(__builtin_ctz(bits)) : kWindow;
}
#else
constexpr std::size_t kWindow = 8;

// Of the flag bits below, the lowest one is exact (borrows only flag bytes above a true
// match), and only it is used.
inline std::size_t plain_prefix(const char* p, const Table& t) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  std::uint64_t m = (x & kHighs) | ((x - kOnes * 0x20) & ~x & kHighs);
  for (std::size_t k = 0; k < t.count; ++k) {
    const std::uint64_t y = x ^ t.patterns[k];
    m |= (y - kOnes) & ~y & kHighs;
  }
  return m ? static_cast<std::size_t>(__builtin_ctzll(m)) >> 3 : 8;  // little-endian
}
#endif

// Copies `s` to `out` cleaned (see escape.h), calling `special(c, out, next byte)` for each ASCII byte
// marked in `table` and `wide(cp, out)` (returning true when it wrote the code point) for
// each valid non-ASCII code point past U+07FF (shorter ones are copied as they are).
template <class Special, class Wide>
void escape(std::string& out, std::string_view s, const Table& table, Special special, Wide wide) {
  std::size_t run = 0;  // start of the pending run of bytes to copy as they are
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + kWindow <= s.size()) {
      const std::size_t k = plain_prefix(s.data() + i, table);
      i += k;
      if (k == kWindow) continue;
    } else {
      // The tail, or a short text (ids, dates, names: most of the values): padded with a
      // plain byte into a window of its own instead of tested one byte at a time. No table
      // has 'a' among its specials.
      char tail[kWindow];
      std::memset(tail, 'a', kWindow);
      std::memcpy(tail, s.data() + i, s.size() - i);
      i += std::min(plain_prefix(tail, table), s.size() - i);
      if (i == s.size()) break;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!table[c]) {
        ++i;
        continue;
      }
      out.append(s.data() + run, i - run);
      special(static_cast<char>(c), out, i + 1 < s.size() ? s[i + 1] : '\0');
      run = ++i;
      continue;
    }
    // A two-byte sequence (an accented letter: most of the non-ASCII of French text) is
    // valid and none of the code points handled below (U+0080..U+07FF): passed over here,
    // without a call to decode it.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    const std::size_t len = utf8_sequence(s, i);
    const char32_t cp = len ? utf8_decode(reinterpret_cast<const unsigned char*>(s.data()) + i, len) : 0;
    if (len == 0 || cp == 0xfffe || cp == 0xffff) {
      out.append(s.data() + run, i - run);
      out.append(kReplacement);
      run = i += (len ? len : 1);
      continue;
    }
    if (wide(cp, out, s.substr(run, i - run))) {
      run = i + len;
    }
    i += len;
  }
  out.append(s.data() + run, i - run);
}

// For formats with no special non-ASCII characters.
struct PlainWide {
  bool operator()(char32_t, std::string&, std::string_view) const { return false; }
};

const Table& xml_table() {
  static const Table t = make_table("&<>\"");
  return t;
}
const Table& json_table() {
  static const Table t = make_table("\"\\");
  return t;
}
const Table& dot_table() {
  static const Table t = make_table("\"\\&");
  return t;
}
const Table& csv_table() {
  static const Table t = make_table(",\"");
  return t;
}
const Table& clean_table() {
  static const Table t = make_table("");
  return t;
}

void hex4(std::string& out, unsigned v) {
  static const char* kHex = "0123456789abcdef";
  out += kHex[(v >> 12) & 0xf];
  out += kHex[(v >> 8) & 0xf];
  out += kHex[(v >> 4) & 0xf];
  out += kHex[v & 0xf];
}

// Clean text with nothing escaped (controls other than tab, LF and CR dropped).
void append_clean(std::string& out, std::string_view s) {
  escape(
      out, s, clean_table(),
      [](char c, std::string& o, char) {
        if (c == '\t' || c == '\n' || c == '\r') o += c;
      },
      PlainWide{});
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

void append_xml(std::string& out, std::string_view s) {
  escape(
      out, s, xml_table(),
      [](char c, std::string& o, char) {
        switch (c) {
          case '&': o += "&amp;"sv; break;
          case '<': o += "&lt;"sv; break;
          case '>': o += "&gt;"sv; break;
          case '"': o += "&quot;"sv; break;
          case '\t': o += "&#9;"sv; break;
          case '\n': o += "&#10;"sv; break;
          case '\r': o += "&#13;"sv; break;
          default: break;  // other C0 controls: not allowed in XML 1.0
        }
      },
      PlainWide{});
}

void append_json(std::string& out, std::string_view s) {
  escape(
      out, s, json_table(),
      [](char c, std::string& o, char) {
        switch (c) {
          case '"': o += "\\\""sv; break;
          case '\\': o += "\\\\"sv; break;
          case '\n': o += "\\n"sv; break;
          case '\r': o += "\\r"sv; break;
          case '\t': o += "\\t"sv; break;
          default: break;  // other C0 controls: dropped, as in every format
        }
      },
      [](char32_t cp, std::string& o, std::string_view pending) {
        if (cp != 0x2028 && cp != 0x2029) return false;
        o.append(pending);
        o += "\\u"sv;
        hex4(o, static_cast<unsigned>(cp));
        return true;
      });
}

void append_dot(std::string& out, std::string_view s) {
  escape(
      out, s, dot_table(),
      [](char c, std::string& o, char next) {
        switch (c) {
          case '"': o += "\\\""sv; break;
          case '\\': o += "\\\\"sv; break;
          case '&': o += "&amp;"sv; break;
          case '\t': o += ' '; break;
          case '\n': o += "\\n"sv; break;
          case '\r':  // CR LF is one break (the LF writes it); a lone CR is a break too
            if (next != '\n') o += "\\n"sv;
            break;
          default: break;
        }
      },
      PlainWide{});
}

void append_dot_limited(std::string& out, std::string_view s, std::size_t max_code_points) {
  // No more code points than bytes: a short text needs no count.
  if (s.size() <= max_code_points) {
    append_dot(out, s);
    return;
  }
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) continue;  // continuation byte
    if (count++ == max_code_points) {
      append_dot(out, s.substr(0, i));
      out += "\xE2\x80\xA6"sv;  // …
      return;
    }
  }
  append_dot(out, s);
}

void append_csv(std::string& out, std::string_view s) {
  // Cleaned and quoted in one pass: the bytes that call for quotes are the table's specials
  // (and line breaks), each '"' doubled on the way, as it can only appear in a quoted field.
  // The opening quote goes in afterwards, when the field turns out to need it (rarely).
  const std::size_t at = out.size();
  bool quote = false;
  escape(
      out, s, csv_table(),
      [&quote](char c, std::string& o, char) {
        switch (c) {
          case '"':
            o += "\"\""sv;
            quote = true;
            break;
          case ',':
          case '\n':
          case '\r':
            o += c;
            quote = true;
            break;
          case '\t':
            o += c;
            break;
          default:
            break;  // other C0 controls: dropped, as in every format
        }
      },
      PlainWide{});
  if (out.size() > at && (is_space(out[at]) || is_space(out.back()))) quote = true;
  if (!quote) return;
  out.insert(at, 1, '"');
  out += '"';
}

std::string display_text(std::string_view s) {
  std::string clean;
  append_clean(clean, s);
  std::string out;
  out.reserve(clean.size());
  bool space = false;
  for (char c : clean) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string label_text(std::string_view name, std::string_view fallback) {
  std::string s = display_text(name);
  if (s.empty()) s = display_text(fallback);
  if (s.empty()) s = "?";
  return s;
}

void append_uint(std::string& out, unsigned long long v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_fixed2(std::string& out, double v) {
  if (!(v > 0)) v = 0;  // also NaN
  if (v > 1e15) v = 1e15;
  const auto cents = static_cast<unsigned long long>(std::llround(v * 100));
  append_uint(out, cents / 100);
  out += '.';
  out += static_cast<char>('0' + cents % 100 / 10);
  out += static_cast<char>('0' + cents % 10);
}

}  // namespace ag::exporters
