#include "extract/decode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/bmp_blocks.h"
#include "extract/fold.h"
#include "model/utf8.h"

namespace ag::extract {
namespace {

// What one pass over the bytes learned: enough to pick a decoding and to tell text from
// binary without a second look at the data.
struct ByteStats {
  bool valid_utf8 = true;
  bool nfc_inert = true;      // valid UTF-8 whose every code point is NFC whatever surrounds it
  bool has_cr = false;        // line ends to unify
  std::size_t nul = 0;
  std::size_t controls = 0;   // C0 controls other than tab, line ends and form feeds; DEL
  std::size_t high = 0;       // bytes >= 0x80
};

bool is_text_control(unsigned char b) { return b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'; }

// Code points of the Basic Multilingual Plane that can never make a text non-NFC, wherever
// they stand: NFC_Quick_Check = Yes and canonical combining class 0 (by ICU's quick-check
// algorithm, a text of only such code points is NFC). Latin letters with their accents,
// typographic quotes and dashes all are; combining marks and compatibility singletons are
// not. Read from ICU's properties a block of 256 code points at a time, when a text first
// uses the block: the whole plane cost two ICU look-ups per code point (14M instructions,
// most of a short run's start-up), while a French corpus touches three or four blocks.
class NfcInert {
 public:
  NfcInert() {
    for (char32_t c = 0xC0; c < 0x100; ++c)
      if (!(*this)(c)) latin1_letters_ = false;
  }

  // Whether every code point of U+00C0..U+00FF (lead byte 0xC3: the accented letters of
  // French) is inert, so that scan() passes them without a look-up each.
  bool latin1_letters() const { return latin1_letters_; }

  bool operator()(char32_t c) const {
    if (c >= 0x10000) return false;
    blocks_.ensure(c, [this](char32_t first) { fill(first); });
    return bits_[c >> 6] >> (c & 63) & 1;
  }

 private:
  void fill(char32_t first) const {
    for (auto c = static_cast<UChar32>(first); c < static_cast<UChar32>(first) + 256; ++c)
      if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0)
        bits_[static_cast<std::size_t>(c) >> 6] |= uint64_t(1) << (c & 63);
  }

  bool latin1_letters_ = true;
  mutable std::array<uint64_t, 0x10000 / 64> bits_{};
  BmpBlocks blocks_;
};

const NfcInert& nfc_inert() {
  static const NfcInert t;
  return t;
}

constexpr uint64_t kHigh = 0x8080808080808080ull;
constexpr uint64_t kOnes = 0x0101010101010101ull;

// For 8 bytes: the high bit of each byte that is not printable ASCII (>= 0x80, below 0x20,
// or DEL). Only the lowest flag is exact (a borrow may flag bytes after it), which is all
// the scan needs: where the first such byte is.
uint64_t special8(uint64_t x) {
  const uint64_t below = (x - kOnes * 0x20) & ~x & kHigh;
  const uint64_t y = x ^ (kOnes * 0x7F);
  const uint64_t del = (y - kOnes) & ~y & kHigh;
  return (x & kHigh) | below | del;
}

ByteStats scan(std::string_view s) {
  ByteStats st;
  const NfcInert& inert = nfc_inert();
  const bool latin1_inert = inert.latin1_letters();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Most text is runs of printable ASCII: sixteen bytes at a time (a signed compare with
    // 0x20 flags controls and every byte >= 0x80), then eight, then straight to the first
    // byte that is not (little-endian: the lowest flag is the first byte).
    bool stopped = false;  // at a byte that is not printable ASCII
#if defined(__SSE2__)
    while (i + 16 <= n) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i special =
          _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
      if (const auto m = static_cast<unsigned>(_mm_movemask_epi8(special))) {
        i += static_cast<std::size_t>(__builtin_ctz(m));
        stopped = true;
        break;
      }
      i += 16;
    }
#endif
    while (!stopped && i + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      if (const uint64_t m = special8(x)) {
        i += static_cast<std::size_t>(__builtin_ctzll(m)) >> 3;
        break;
      }
      i += 8;
    }
    if (i >= n) break;
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (b < 0x20 && !is_text_control(b)) {
        if (b == 0) ++st.nul;
        else ++st.controls;
      } else if (b == '\r') {
        st.has_cr = true;
      } else if (b == 0x7F) {
        ++st.controls;
      }
      ++i;
      continue;
    }
    // Two-byte sequences (U+0080..U+07FF: the accented letters, most of a French text's
    // non-ASCII) inline: utf8_sequence and utf8_decode were calls for every one. Lead byte
    // 0xC3 (é, è, à, ç ...) first, with no look-up when the data says all of them are inert.
    if (b == 0xC3 && latin1_inert && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      st.high += 2;
      i += 2;
      continue;
    }
    if (st.valid_utf8 && b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      if (st.nfc_inert && !inert(static_cast<char32_t>((b & 0x1F) << 6 | (p[i + 1] & 0x3F)))) st.nfc_inert = false;
      st.high += 2;
      i += 2;
      continue;
    }
    const std::size_t len = st.valid_utf8 ? utf8_sequence(s, i) : 0;
    if (len == 0) {
      st.valid_utf8 = false;
      st.nfc_inert = false;
      ++st.high;
      ++i;
    } else {
      if (st.nfc_inert && !inert(utf8_decode(p + i, len))) st.nfc_inert = false;
      st.high += len;
      i += len;
    }
  }
  return st;
}

// ASCII letters: with the share of high bytes, what tells legacy 8-bit text from binary.
std::size_t ascii_letters(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) {
    const auto b = static_cast<unsigned char>(ch);
    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++n;
  }
  return n;
}

// Share thresholds that separate text from binary data. Real text has no NUL and next to no
// control characters. A legacy 8-bit French text has a few percent of high bytes and many
// ASCII letters; random binary has about half high bytes and few letters.
bool too_many_controls(std::size_t controls, std::size_t size) { return controls > 0 && controls * 32 > size; }
bool looks_like_8bit_text(const ByteStats& st, std::string_view bytes) {
  return st.high * 3 <= bytes.size() || ascii_letters(bytes) * 4 >= bytes.size();
}

// Windows-1252 as the WHATWG Encoding Standard defines it (what browsers do with pages
// labelled Latin-1): 0x80..0x9F are typographic characters, the five unassigned bytes map to
// the C1 controls, and 0xA0..0xFF are Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string decode_cp1252(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) out += ch;
    else if (b < 0xA0) append_utf8(out, kCp1252High[b - 0x80]);
    else append_utf8(out, b);
  }
  return out;
}

// Text whose BOM says UTF-8 but with broken sequences: each bad byte becomes U+FFFD.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : utf8_sequence(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

// Converts UTF-16/32 bytes (BOM already removed) to UTF-8 with ICU; unpaired surrogates and
// truncated units become U+FFFD (ICU's default substitution).
std::optional<std::string> convert_with_icu(std::string_view bytes, const char* charset, std::string& reason) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) {
    reason = std::string("no converter for ") + charset;
    return std::nullopt;
  }
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) {
    reason = std::string("cannot decode as ") + charset + ": " + u_errorName(status);
    return std::nullopt;
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

// CR LF and lone CR become LF, so every later stage sees one kind of line end.
void unify_line_ends(std::string& s) {
  std::size_t w = 0;
  for (std::size_t r = 0; r < s.size(); ++r) {
    if (s[r] == '\r') {
      s[w++] = '\n';
      if (r + 1 < s.size() && s[r + 1] == '\n') ++r;
    } else {
      s[w++] = s[r];
    }
  }
  s.resize(w);
}

// NFC. Most input already is NFC, and the check is much cheaper than normalizing, so the
// text is copied only when it must change.
bool to_nfc(std::string& s, std::string& reason) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    reason = std::string("ICU normalizer unavailable: ") + u_errorName(status);
    return false;
  }
  if (nfc->isNormalizedUTF8(s, status) && U_SUCCESS(status)) return true;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(s.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, s, sink, nullptr, status);
  if (U_FAILURE(status)) {
    reason = std::string("cannot normalize to NFC: ") + u_errorName(status);
    return false;
  }
  s.swap(out);
  return true;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// UTF-16/32 with a BOM. The converted text gets the same binary check as 8-bit input.
std::optional<Decoded> decode_wide(std::string_view body, const char* charset, std::string& reason) {
  auto text = convert_with_icu(body, charset, reason);
  if (!text) return std::nullopt;
  const ByteStats st = scan(*text);
  if (st.nul > 0 || too_many_controls(st.controls, text->size())) {
    reason = std::string("binary data (control characters after decoding as ") + charset + ")";
    return std::nullopt;
  }
  Decoded d{std::move(*text), std::string("decoded as ") + charset};
  if (st.has_cr) unify_line_ends(d.text);
  if (!to_nfc(d.text, reason)) return std::nullopt;
  return d;
}

// UTF-16 without a byte order mark (iconv -t UTF-16LE, some exports): text in a Latin
// script has a zero byte in nearly every unit's high half and next to none in the low halves.
// Returns the charset, or nullptr when the bytes do not look like that.
const char* utf16_without_bom(std::string_view s) {
  const std::size_t units = s.size() / 2;
  if (units < 2) return nullptr;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
    zero_even += s[i] == '\0';
    zero_odd += s[i + 1] == '\0';
  }
  if (zero_odd * 10 >= units * 7 && zero_even * 100 <= units) return "UTF-16LE";
  if (zero_even * 10 >= units * 7 && zero_odd * 100 <= units) return "UTF-16BE";
  return nullptr;
}

// ICU and the normalizer index text with 32-bit signed lengths: larger input (which no
// article is) is refused rather than cut or overflowed. Decoding may triple the size.
constexpr std::size_t kMaxDecodeBytes = std::size_t(512) << 20;

}  // namespace

std::optional<Decoded> decode_text(std::string_view bytes, std::string& reason) {
  reason.clear();
  if (bytes.size() > kMaxDecodeBytes) {
    reason = "too large for one document (" + std::to_string(bytes.size() >> 20) + " MB; at most " +
             std::to_string(kMaxDecodeBytes >> 20) + " MB)";
    return std::nullopt;
  }
  // A BOM names the encoding outright; UTF-32 LE must be tested before UTF-16 LE (same start).
  if (starts_with(bytes, std::string_view("\xFF\xFE\x00\x00", 4))) return decode_wide(bytes.substr(4), "UTF-32LE", reason);
  if (starts_with(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) return decode_wide(bytes.substr(4), "UTF-32BE", reason);
  if (starts_with(bytes, "\xFF\xFE")) return decode_wide(bytes.substr(2), "UTF-16LE", reason);
  if (starts_with(bytes, "\xFE\xFF")) return decode_wide(bytes.substr(2), "UTF-16BE", reason);
  const bool bom = starts_with(bytes, "\xEF\xBB\xBF");
  if (bom) bytes.remove_prefix(3);

  const ByteStats st = scan(bytes);
  if (st.nul > 0) {
    if (const char* charset = bom ? nullptr : utf16_without_bom(bytes)) {
      std::string ignored;
      if (std::optional<Decoded> d = decode_wide(bytes, charset, ignored)) {
        d->warning += " (no byte order mark)";
        return d;
      }
    }
    reason = "binary data (NUL bytes and no UTF-16 byte order mark)";
    return std::nullopt;
  }
  if (too_many_controls(st.controls, bytes.size())) {
    reason = "binary data (control characters)";
    return std::nullopt;
  }
  Decoded d;
  if (st.valid_utf8) {
    d.text.assign(bytes.data(), bytes.size());
  } else if (bom) {
    d.text = repair_utf8(bytes);
    d.warning = "invalid UTF-8 sequences replaced with U+FFFD";
  } else if (!looks_like_8bit_text(st, bytes)) {
    reason = "binary data (not UTF-8 and too many non-ASCII bytes for 8-bit text)";
    return std::nullopt;
  } else {
    d.text = decode_cp1252(bytes);
    d.warning = "decoded as Windows-1252";
  }
  if (st.has_cr) unify_line_ends(d.text);
  // Text whose every code point is NFC-inert (pure ASCII, and most French) is NFC by
  // definition: the common case never calls the normalizer. Decoded or repaired text was
  // not what the scan saw, so it always goes through it.
  if (!(st.valid_utf8 && st.nfc_inert) && !to_nfc(d.text, reason)) return std::nullopt;
  return d;
}

}  // namespace ag::extract
