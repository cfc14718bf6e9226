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
// (std::lower_bound over `origin`), trying `guess` first. Most text folds byte for byte, so
// a guess made from a nearby pair of offsets is usually exact: two comparisons instead of a
// search whose branches no predictor can guess, at every sentence and name.
inline uint32_t folded_offset(const FoldedText& ft, std::size_t original, std::size_t guess) {
  const auto x = static_cast<uint32_t>(original);
  const std::vector<uint32_t>& o = ft.origin;
  if (guess < o.size() && o[guess] >= x && (guess == 0 || o[guess - 1] < x)) return static_cast<uint32_t>(guess);
  return static_cast<uint32_t>(std::lower_bound(o.begin(), o.end(), x) - o.begin());
}

// Folds `utf8` into `out` (reusing its buffers). Invalid UTF-8 bytes become '?'.
void fold_text(std::string_view utf8, FoldedText& out);

// The folded form of a name or phrase for lookups: folded, runs of spaces collapsed to one,
// trimmed. "  L’Azerbaïdjan " -> "l'azerbaidjan".
std::string fold_key(std::string_view s);
// The same into `out`, reusing its buffer (for loops over many words).
void fold_key(std::string_view s, std::string& out);

// Decodes one code point at `i` (advancing it); U+FFFD for an invalid byte.
char32_t next_code_point(std::string_view s, std::size_t& i);

// Number of code points in `s` (the unit of the contract's offsets).
std::size_t code_point_count(std::string_view s);

}  // namespace ag::extract
