#include "extract/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    for (char32_t c = 0; c < kTableSize; ++c) forms[c] = compute(c, nfd);
  }
  static std::string compute(char32_t c, const icu::Normalizer2* nfd) {
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
    // Strip combining marks after canonical decomposition, then lowercase. The mapping is
    // NFD of the code point alone (a code point without one is its own NFD), read without
    // running the normalizer over a one-character string for each of the table's entries.
    icu::UnicodeString decomposed;
    if (!nfd->getDecomposition(static_cast<UChar32>(c), decomposed)) decomposed.setTo(static_cast<UChar32>(c));
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

// The forms packed for the hot loops: one 32-bit word per code point (offset into `pool`
// << 8 | length), so a lookup touches one small array instead of a std::string each.
struct PackedTable {
  std::vector<char> pool;
  std::array<uint32_t, kTableSize> form{};
  PackedTable() {
    const FoldTable t;
    for (char32_t c = 0; c < kTableSize; ++c) {
      const std::string& f = t.forms[c];
      form[c] = static_cast<uint32_t>(pool.size()) << 8 | static_cast<uint32_t>(f.size());
      pool.insert(pool.end(), f.begin(), f.end());
    }
    pool.resize(pool.size() + 2);  // any form may be read two bytes at a time
  }
};

const PackedTable& table() {
  static const PackedTable t;
  return t;
}

// Folds the code point at s[i] (not ASCII), advancing i. Its form goes to `buf` (room
// for 4 bytes) or is pointed into the table; returns its length.
inline std::size_t fold_code_point(const PackedTable& t, std::string_view s, std::size_t& i, const char*& form,
                                   char* buf) {
  const std::size_t at = i;
  const char32_t c = next_code_point(s, i);
  if (c == 0xFFFD && i == at + 1) {  // an invalid byte
    form = "?";
    return 1;
  }
  if (c < kTableSize) {
    const uint32_t f = t.form[c];
    form = t.pool.data() + (f >> 8);
    return f & 0xFF;
  }
  if (c == 0xFEFF) {  // a byte order mark inside text is nothing
    form = "";
    return 0;
  }
  if (c == 0x3000) {           // an ideographic space is a space
    form = " ";
    return 1;
  }
  std::string tmp;
  append_utf8(tmp, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  std::copy(tmp.begin(), tmp.end(), buf);
  form = buf;
  return tmp.size();
}

constexpr uint64_t kHigh = 0x8080808080808080ull;
constexpr uint64_t kOnes = 0x0101010101010101ull;

// The high bit of each tab byte of x; only the lowest flag is exact (a borrow may flag a
// byte after it), which is all fold_text needs.
inline uint64_t tab_flags(uint64_t x) {
  const uint64_t y = x ^ (kOnes * '\t');
  return (y - kOnes) & ~y & kHigh;
}

// ASCII A-Z to a-z in 8 bytes at once (x ASCII only): a byte's high bit is set by adding
// 0x80 - 'A' when it is >= 'A', by adding 0x80 - 'Z' - 1 when it is > 'Z'.
inline uint64_t lower8(uint64_t x) {
  const uint64_t ge_a = x + kOnes * (0x80 - 'A');
  const uint64_t gt_z = x + kOnes * (0x80 - 'Z' - 1);
  const uint64_t upper = ge_a & ~gt_z & kHigh;
  return x | (upper >> 2);
}

inline char lower1(unsigned char b) { return static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : (b == '\t' ? ' ' : b)); }

}  // namespace

void append_utf8(std::string& out, char32_t c) {
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

void fold_text(std::string_view utf8, FoldedText& out) {
  const PackedTable& t = table();
  const char* s = utf8.data();
  const std::size_t n = utf8.size();
  // Written through pointers into buffers sized up front. Invariant at the top of the loop:
  // cap >= w + (n - i) + kSlack, as ASCII writes one byte per byte read; the rare form
  // longer than its code point (U+023A -> U+2C65) grows the buffers first.
  constexpr std::size_t kSlack = 16;
  std::size_t cap = n + kSlack;
  out.text.resize(cap);
  out.origin.resize(cap + 1);
  char* o = &out.text[0];
  uint32_t* g = out.origin.data();
  std::size_t i = 0, w = 0;
  while (i < n) {
    // The hot path: sixteen, then eight ASCII bytes at a time. A window with a byte that
    // needs more (a non-ASCII byte or a tab) still gives the ASCII bytes before it: the whole
    // window is written (the buffers have room), and only those before it are kept.
    bool stopped = false;  // at a byte that needs more
#if defined(__SSE2__)
    // French text has an accent every thirty bytes or so: the sixteen-byte window halves
    // the windows of the runs between them.
    // The origins of a window's first four bytes, moved on sixteen a window.
    __m128i origins = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(i)), _mm_setr_epi32(0, 1, 2, 3));
    while (i + 16 <= n) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const auto special =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(x, _mm_cmpeq_epi8(x, _mm_set1_epi8('\t')))));
      // A-Z get 0x20: only they, moved by 0x80 - 'A', land on 0x80..0x99, the signed bytes
      // below -102 (one add and one compare).
      const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 'A'))),
                                           _mm_set1_epi8(static_cast<char>(0x80 + 26)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o + w), _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(g + w), origins);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(g + w + 4), _mm_add_epi32(origins, _mm_set1_epi32(4)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(g + w + 8), _mm_add_epi32(origins, _mm_set1_epi32(8)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(g + w + 12), _mm_add_epi32(origins, _mm_set1_epi32(12)));
      origins = _mm_add_epi32(origins, _mm_set1_epi32(16));
      if (special) {
        const auto plain = static_cast<std::size_t>(__builtin_ctz(special));
        i += plain;
        w += plain;
        stopped = true;
        break;
      }
      i += 16;
      w += 16;
    }
#endif
    while (!stopped && i + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, s + i, 8);
      const uint64_t special = (x & kHigh) | tab_flags(x);
      // Carries in lower8 from a non-ASCII byte only reach the bytes after it.
      const uint64_t lowered = lower8(x);
      std::memcpy(o + w, &lowered, 8);
      const auto base = static_cast<uint32_t>(i);
#if defined(__SSE2__)
      // The eight origins in two stores (the scalar loop was a quarter of the folding).
      const __m128i b4 = _mm_set1_epi32(static_cast<int>(base));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(g + w), _mm_add_epi32(b4, _mm_setr_epi32(0, 1, 2, 3)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(g + w + 4), _mm_add_epi32(b4, _mm_setr_epi32(4, 5, 6, 7)));
#else
      for (uint32_t k = 0; k < 8; ++k) g[w + k] = base + k;
#endif
      if (special) {
        const std::size_t plain = static_cast<std::size_t>(__builtin_ctzll(special)) >> 3;  // little-endian
        i += plain;
        w += plain;
        break;
      }
      i += 8;
      w += 8;
    }
    if (i >= n) break;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      o[w] = lower1(b);
      g[w] = static_cast<uint32_t>(i);
      ++w;
      ++i;
      continue;
    }
    const auto at = static_cast<uint32_t>(i);
    const char* form;
    char buf[4];
    std::size_t len;
    const auto b1 = i + 1 < n ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (b >= 0xC2 && b <= 0xDF && (b1 & 0xC0) == 0x80) {
      // A two-byte sequence (the accented letters: most of French text's non-ASCII),
      // decoded here and looked up in the table (U+0080..U+07FF are all in it), without
      // fold_code_point's general decoding.
      const uint32_t f = t.form[(b & 0x1F) << 6 | (b1 & 0x3F)];
      form = t.pool.data() + (f >> 8);
      len = f & 0xFF;
      i += 2;
      if (len <= 2) {
        // No longer than its sequence (nearly every form): the invariant's room holds, and
        // two bytes and two origins are written whatever the length, without a loop (a byte
        // past the form is overwritten next or cut off at the end).
        std::memcpy(o + w, form, 2);
        g[w] = g[w + 1] = at;
        w += len;
        continue;
      }
    } else {
      len = fold_code_point(t, utf8, i, form, buf);
    }
    if (w + len + (n - i) + kSlack > cap) {
      cap = 2 * (w + len + (n - i) + kSlack);
      out.text.resize(cap);
      out.origin.resize(cap + 1);
      o = &out.text[0];
      g = out.origin.data();
    }
    for (std::size_t k = 0; k < len; ++k) {
      o[w + k] = form[k];
      g[w + k] = at;
    }
    w += len;
  }
  g[w] = static_cast<uint32_t>(n);
  out.text.resize(w);
  out.origin.resize(w + 1);
}

std::string fold_key(std::string_view s) {
  // Folded directly, without the origin map: names and words are short, and a result
  // under 16 bytes stays in the string's own buffer, so most calls allocate nothing.
  std::string out;
  fold_key(s, out);
  return out;
}

namespace {

// What a key makes of each ASCII byte: A-Z lowered, and tab, LF and CR a space (lower1,
// then the spaces put() collapses), a table: a chain of compares per byte was most of the
// lexicons' start-up share of folding.
struct KeyBytes {
  char map[0x80] = {};
  constexpr KeyBytes() {
    for (int b = 0; b < 0x80; ++b) map[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    map[static_cast<unsigned char>('\t')] = map[static_cast<unsigned char>('\n')] =
        map[static_cast<unsigned char>('\r')] = ' ';
  }
};
constexpr KeyBytes kKeyBytes;

}  // namespace

void fold_key(std::string_view s, std::string& out) {
  constexpr std::size_t kSlack = 8;
  const std::size_t n = s.size();
  std::size_t cap = n + kSlack;
  char small[256];
  // Most keys are one plain ASCII word: lowered into the buffer while scanned, up to the
  // first space or non-ASCII byte. A key too long for the buffer is copied first, in case
  // `s` views `out`.
  std::size_t plain = 0;
  if (cap <= sizeof small) {
    while (plain < n) {
      const auto b = static_cast<unsigned char>(s[plain]);
      if (b >= 0x80 || kKeyBytes.map[b] == ' ') break;
      small[plain++] = kKeyBytes.map[b];
    }
    if (plain == n) {
      out.assign(small, n);
      return;
    }
  } else {
    while (plain < n) {
      const auto b = static_cast<unsigned char>(s[plain]);
      if (b >= 0x80 || kKeyBytes.map[b] == ' ') break;
      ++plain;
    }
    if (plain == n) {
      out.assign(s.data(), plain);
      for (char& c : out) c = lower1(static_cast<unsigned char>(c));
      return;
    }
  }
  const PackedTable& t = table();
  // Written through a pointer into a buffer sized up front, as fold_text does (a push_back
  // per byte was most of the cost of folding a phrase). The buffer is on the stack when the
  // key fits, nearly always, and copied into `out` once at the end: resizing `out` before
  // and after the loop cost more than folding a short phrase. Invariant at the top of the
  // loop: cap >= w + (n - i) + kSlack, as ASCII writes at most one byte per byte read; a
  // form longer than what is left of that room moves the key into `out`, grown.
  char* o = small;
  if (cap > sizeof small) {
    out.resize(cap);
    o = &out[0];
    for (std::size_t k = 0; k < plain; ++k) o[k] = lower1(static_cast<unsigned char>(s[k]));
  }
  std::size_t w = plain;
  // Spaces collapse to one, and none leads (the plain prefix holds none).
  auto put = [&](char c) {
    if (c == ' ' || c == '\n' || c == '\r') {
      if (w != 0 && o[w - 1] != ' ') o[w++] = ' ';
    } else {
      o[w++] = c;
    }
  };
  std::size_t i = plain;
  while (i < n) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      const char c = kKeyBytes.map[b];
      if (c != ' ')
        o[w++] = c;
      else if (w != 0 && o[w - 1] != ' ')
        o[w++] = ' ';
      ++i;
      continue;
    }
    const char* form;
    char buf[4];
    const std::size_t len = fold_code_point(t, s, i, form, buf);
    if (w + len + (n - i) + kSlack > cap) {
      cap = 2 * (w + len + (n - i) + kSlack);
      if (o == small) out.assign(small, w);
      out.resize(cap);
      o = &out[0];
    }
    for (std::size_t k = 0; k < len; ++k) put(form[k]);
  }
  if (w != 0 && o[w - 1] == ' ') --w;
  if (o == small) out.assign(small, w);
  else out.resize(w);
}

std::size_t code_point_count(std::string_view s) {
  // Every byte but a continuation byte (10xxxxxx) starts a code point: sixteen bytes at a
  // time with SSE2, else eight, the continuation bytes flagged in their high bits and
  // summed by one multiply (this runs over every sentence and name an event cites).
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t continuation = 0, i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time into per-byte counters (0x80..0xBF are the signed bytes below
  // -64), summed every 255 windows before they could wrap.
  while (i + 16 <= n) {
    const std::size_t windows = std::min<std::size_t>((n - i) / 16, 255);
    __m128i counts = _mm_setzero_si128();
    for (std::size_t k = 0; k < windows; ++k, i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      counts = _mm_sub_epi8(counts, _mm_cmplt_epi8(x, _mm_set1_epi8(-64)));
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    continuation +=
        static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    const uint64_t flags = x & ~(x << 1) & kHigh;  // bit 7 set, bit 6 clear
    continuation += static_cast<std::size_t>(((flags >> 7) * kOnes) >> 56);
  }
  for (; i < n; ++i) continuation += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
  return n - continuation;
}

}  // namespace ag::extract
