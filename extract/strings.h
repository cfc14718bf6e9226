#pragma once
// Comparing the strings the lexicons give (event types, offices) with literal names, and
// short tests on folded text.
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace ag::extract {

// Whether `s` is `name`. A view's compare tests the length first, inline, where std::string's
// against a literal calls strlen and memcmp: types and offices are tested at every step of
// reading a sentence and for every pair of a document's events.
inline bool is(std::string_view s, std::string_view name) {
  return s == name;
}

// Whether word `w` is the literal `lit`: the length, then a compare of that known length, which
// the compiler inlines as a load or two; `w == "lit"` calls string_view::compare and memcmp out
// of line whenever the lengths agree, at every word of the gap walks.
template <std::size_t N>
inline bool is_word(std::string_view w, const char (&lit)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

// Whether `s` holds one of the bytes of `set` (a few punctuation marks): one pass over `s`,
// where find_first_of calls memchr over `set` for each byte of `s`.
inline bool has_any_of(std::string_view s, std::string_view set) {
  for (const char c : s)
    for (const char x : set)
      if (c == x) return true;
  return false;
}

}  // namespace ag::extract
