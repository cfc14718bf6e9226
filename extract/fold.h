#pragma once
// Folding for matching: the text the automaton scans. Lowercase, accents stripped
// (é -> e, œ -> oe, ə -> e), typographic apostrophes, quotes, dashes and no-break spaces
// unified to their ASCII forms, while every folded byte still knows where it came from.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ag::extract {

struct FoldedText {
  std::string text;               // the folded text
  std::vector<uint32_t> origin;   // for each byte of `text`, the byte offset in the original text
                                  // where its code point starts; origin.size() == text.size() + 1
                                  // (the last entry is the original's length)
};

// The first folded offset whose origin is at or after byte `original` of the original text
// (std::lower_bound over `origin`), searched from `guess` outwards. Most text folds byte for
// byte, so a guess made from a nearby pair of offsets is usually exact or a few bytes off
// (one per accented letter since the pair): two comparisons, or a gallop over a few
// neighbouring entries, instead of a search over the whole document whose branches no
// predictor can guess and whose probes miss the cache, at every sentence and name.
inline uint32_t folded_offset(const FoldedText& ft, std::size_t original, std::size_t guess) {
  const auto x = static_cast<uint32_t>(original);
  const std::vector<uint32_t>& o = ft.origin;
  const std::size_t n = o.size();
  if (n == 0) return 0;
  if (guess >= n) guess = n - 1;
  if (o[guess] >= x && (guess == 0 || o[guess - 1] < x)) return static_cast<uint32_t>(guess);
  // A range [lo, hi) holding the answer, doubling the step away from the guess.
  std::size_t lo = 0, hi = n;
  if (o[guess] >= x) {  // the answer is before the guess
    hi = guess;
    for (std::size_t step = 1;; step *= 2) {
      if (hi <= step) break;  // lo stays 0
      const std::size_t probe = hi - step;
      if (o[probe] < x) {
        lo = probe + 1;
        break;
      }
      hi = probe;
    }
  } else {  // the answer is after the guess
    lo = guess + 1;
    for (std::size_t step = 1;; step *= 2) {
      const std::size_t probe = lo + step - 1;
      if (probe >= n) break;  // hi stays n
      if (o[probe] >= x) {
        hi = probe;
        break;
      }
      lo = probe + 1;
    }
  }
  // o[lo - 1] < x (or lo == 0) and o[hi] >= x (or hi == n): the answer is in [lo, hi].
  return static_cast<uint32_t>(std::lower_bound(o.begin() + lo, o.begin() + hi, x) - o.begin());
}

// Folds `utf8` into `out` (reusing its buffers). Invalid UTF-8 bytes become '?'.
void fold_text(std::string_view utf8, FoldedText& out);

// The folded form of a name or phrase for lookups: folded, runs of spaces collapsed to one,
// trimmed. "  L’Azerbaïdjan " -> "l'azerbaidjan".
std::string fold_key(std::string_view s);
// The same into `out`, reusing its buffer (for loops over many words).
void fold_key(std::string_view s, std::string& out);

// Decodes one code point at `i` (advancing it); U+FFFD for an invalid byte. Inline: the
// folding, sentence splitting and name loops call it for every non-ASCII letter.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
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

// Appends the UTF-8 bytes of `c` (any value up to 0x10FFFF) to `out`.
void append_utf8(std::string& out, char32_t c);

// Number of code points in `s` (the unit of the contract's offsets).
std::size_t code_point_count(std::string_view s);

}  // namespace ag::extract
