#include "extract/sentence_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <array>
#include <memory>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>

#include "extract/bmp_blocks.h"
#include "extract/fold.h"

namespace ag::extract {
namespace {

// ---- ICU ----------------------------------------------------------------------------------

// Plain French rules, not "fr@ss=standard": ICU 72's suppression filter for French matches
// entries as word suffixes and so never breaks after words in -aux ("les échanges
// commerciaux. Les observateurs..." stays one sentence), which is common in news text; it
// also costs about a third of the throughput. The abbreviations lexicon does its job in
// split_sentences, applied to whole words.
std::unique_ptr<icu::BreakIterator> make_prototype() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale("fr"), status));
  if (U_FAILURE(status) || !bi)
    throw std::runtime_error(std::string("ICU sentence rules unavailable: ") + u_errorName(status));
  return bi;
}

// One iterator per thread: creating one loads and compiles rules, cloning is cheap, and an
// iterator is not thread-safe.
icu::BreakIterator& thread_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = make_prototype();
  thread_local std::unique_ptr<icu::BreakIterator> it(prototype->clone());
  return *it;
}

// ---- Sentence_Break classes ---------------------------------------------------------------

constexpr uint8_t kNone = 0xFF;  // before the start of the text

// The Sentence_Break property from ICU's data, copied into a table for the Basic
// Multilingual Plane a block of 256 code points at a time, when a text first uses the block:
// the whole plane was 65,536 ICU look-ups (3.7M instructions, a short run's largest table),
// while French text touches three or four blocks. ICU answers above the plane, which news
// text hardly uses.
struct Classes {
  // Bytes the scan stops at: ASCII terminators and line ends, and every UTF-8 lead byte
  // (a non-ASCII code point may be a terminator, a separator, Extend or Format).
  bool stop[256] = {};

  Classes() {
    of(0);  // fills ASCII and Latin-1: read directly by ascii(), and by the checks below
    for (int b = 0; b < 0x80; ++b) stop[b] = stops(bmp_[b]);
    for (int b = 0xC0; b < 0x100; ++b) stop[b] = true;
    usual_stops = true;
    for (int b = 0; b < 0x80; ++b)
      if (stop[b] != (b == '.' || b == '!' || b == '?' || b == '\n' || b == '\r')) usual_stops = false;
    latin1_letters_plain = true;
    for (char32_t c = 0xC0; c < 0x100; ++c)
      if (stops(bmp_[c])) latin1_letters_plain = false;
  }
  static bool stops(uint8_t k) {
    return k == U_SB_ATERM || k == U_SB_STERM || k == U_SB_CR || k == U_SB_LF || k == U_SB_SEP || k == U_SB_EXTEND ||
           k == U_SB_FORMAT;
  }
  // Whether the ASCII stop bytes are exactly . ! ? LF CR, which run() skips sixteen bytes
  // at a time; other data (a different ICU) gets the byte-at-a-time loop alone.
  bool usual_stops = false;
  // Whether no code point of U+00C0..U+00FF (lead byte 0xC3: the accented letters of French)
  // stops the scan, so that the sixteen-byte skip passes them too.
  bool latin1_letters_plain = false;

  // The class of an ASCII byte (its block is filled from the start).
  uint8_t ascii(unsigned char b) const { return bmp_[b]; }

  uint8_t of(char32_t c) const {
    if (c >= 0x10000) return static_cast<uint8_t>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
    blocks_.ensure(c, [this](char32_t first) { fill(first); });
    return bmp_[c];
  }

 private:
  void fill(char32_t first) const {
    for (auto c = static_cast<UChar32>(first); c < static_cast<UChar32>(first) + 256; ++c)
      bmp_[c] = static_cast<uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  }

  mutable uint8_t bmp_[0x10000] = {};
  BmpBlocks blocks_;
};

const Classes& classes() {
  static const Classes c;
  return c;
}

bool is_para_sep(uint8_t k) { return k == U_SB_SEP || k == U_SB_CR || k == U_SB_LF; }
bool is_sa_term(uint8_t k) { return k == U_SB_ATERM || k == U_SB_STERM; }

// The scan over one text. Rule numbers are UAX #29's (SB1 ... SB998).
class Scanner {
 public:
  Scanner(const Classes& k, std::string_view s, std::vector<uint32_t>& out)
      : k_(k), s_(s), p_(reinterpret_cast<const unsigned char*>(s.data())), n_(s.size()), out_(out),
        mark_(out.size()) {}

  // False when the text has Extend or Format characters (SB5), left to ICU.
  bool run() {
    std::size_t i = 0;
    while (i < n_) {
      i = skip_plain(i);
      while (i < n_ && !k_.stop[p_[i]]) ++i;  // one table look-up per byte
      if (i >= n_) break;
      std::size_t next;
      const uint8_t c = at(i, next);
      if (is_sa_term(c)) i = terminator(i, next, c);
      else if (is_para_sep(c)) i = para_sep(c, next);  // SB4: break after it
      else i = next;
      if (complex_) return false;
    }
    emit(n_);  // SB2
    return true;
  }

 private:
  const Classes& k_;
  std::string_view s_;
  const unsigned char* p_;
  std::size_t n_;
  std::vector<uint32_t>& out_;
  std::size_t mark_;  // where this text's boundaries start in out_
  bool complex_ = false;

  // The first offset from i that may hold a stop byte, sixteen bytes at a time: ASCII that
  // is none of . ! ? LF CR is skipped (a non-ASCII byte, a possible lead byte, stops it).
  std::size_t skip_plain(std::size_t i) const {
#if defined(__SSE2__)
    if (!k_.usual_stops) return i;
    const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?'),
                  lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    // Bytes >= 0x80 stop it, but for continuation bytes (signed, below -64: never a code
    // point's start) and, when the data allows, the lead byte 0xC3.
    const __m128i below = _mm_set1_epi8(-64), c3 = _mm_set1_epi8(static_cast<char>(0xC3));
    const __m128i plain_lead = k_.latin1_letters_plain ? _mm_set1_epi8(-1) : _mm_setzero_si128();
    while (i + 16 <= n_) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + i));
      const __m128i hit = _mm_or_si128(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, bang)), _mm_cmpeq_epi8(x, question)),
          _mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)));
      const __m128i passed = _mm_or_si128(_mm_cmplt_epi8(x, below), _mm_and_si128(_mm_cmpeq_epi8(x, c3), plain_lead));
      const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(hit, _mm_andnot_si128(passed, x))));
      if (m) return i + static_cast<std::size_t>(__builtin_ctz(m));
      i += 16;
    }
#endif
    return i;
  }

  // The class of the code point at i; `next` receives the offset after it.
  uint8_t at(std::size_t i, std::size_t& next) {
    if (p_[i] < 0x80) {
      next = i + 1;
      return k_.ascii(p_[i]);
    }
    next = i;
    const uint8_t c = k_.of(next_code_point(s_, next));
    if (c == U_SB_EXTEND || c == U_SB_FORMAT) complex_ = true;
    return c;
  }

  uint8_t before(std::size_t i) {
    if (i == 0) return kNone;
    std::size_t b = i - 1;
    while (b > 0 && i - b < 4 && (p_[b] & 0xC0) == 0x80) --b;
    std::size_t next;
    return at(b, next);
  }

  void emit(std::size_t b) {
    if (b > 0 && (out_.size() == mark_ || out_.back() < b)) out_.push_back(static_cast<uint32_t>(b));
  }

  // A separator ending at `next`: CR LF is one (SB3).
  std::size_t para_sep(uint8_t c, std::size_t next) {
    if (c == U_SB_CR && next < n_ && p_[next] == '\n') ++next;
    emit(next);
    return next;
  }

  // A terminator at t (class c, ending at `next`): SB6 to SB11 decide whether the text
  // breaks after "SATerm Close* Sp* ParaSep?". Returns where the scan goes on.
  std::size_t terminator(std::size_t t, std::size_t next, uint8_t c) {
    const bool aterm = c == U_SB_ATERM;
    std::size_t j = next, after;
    bool tail = false;  // some Close or Sp follows the terminator
    uint8_t d = 0;
    while (j < n_ && (d = at(j, after)) == U_SB_CLOSE) j = after, tail = true;  // SB9
    while (j < n_ && (d = at(j, after)) == U_SB_SP) j = after, tail = true;     // SB10
    if (complex_) return n_;
    if (j >= n_) return n_;  // SB2 gives the last boundary
    if (is_para_sep(d)) return para_sep(d, after);  // SB11 with its ParaSep
    if (aterm && !tail) {
      if (d == U_SB_NUMERIC) return j;  // SB6: "3.5"
      const uint8_t b = before(t);
      if ((b == U_SB_UPPER || b == U_SB_LOWER) && d == U_SB_UPPER) return j;  // SB7: "U.S."
    }
    if (aterm) {
      // SB8: no break when the next letter, past anything but letters, separators and
      // terminators, is lowercase ("etc. (voir)", "3 sept. 2024 à").
      std::size_t q = j;
      uint8_t e = 0;
      while (q < n_) {
        e = at(q, after);
        if (e == U_SB_OLETTER || e == U_SB_UPPER || e == U_SB_LOWER || is_para_sep(e) || is_sa_term(e)) break;
        q = after;
      }
      if (complex_) return n_;
      if (q < n_ && e == U_SB_LOWER) return j;
    }
    if (d == U_SB_SCONTINUE || is_sa_term(d)) return j;  // SB8a: "?!", "etc.,"
    emit(j);                                              // SB11
    return j;
  }
};

}  // namespace

void icu_sentence_breaks(std::string_view utf8, std::vector<uint32_t>& out) {
  icu::BreakIterator& bi = thread_iterator();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  bi.setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    throw std::runtime_error(std::string("ICU cannot segment the text: ") + u_errorName(status));
  }
  for (int32_t b = bi.next(); b != icu::BreakIterator::DONE; b = bi.next()) out.push_back(static_cast<uint32_t>(b));
  utext_close(&ut);
  // The iterator keeps a pointer into the text but never reads it before its next setText.
}

void sentence_breaks(std::string_view utf8, std::vector<uint32_t>& out) {
  const Classes& k = classes();
  const std::size_t mark = out.size();
  if (Scanner(k, utf8, out).run()) return;
  out.resize(mark);
  icu_sentence_breaks(utf8, out);
}

}  // namespace ag::extract
