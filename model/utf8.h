#pragma once
// UTF-8 primitives shared by the readers (extract), the event writer (model) and the
// exporters: one definition of what a well-formed sequence is.
#include <cstddef>
#include <string_view>

namespace ag {

// Length (1..4) of the well-formed UTF-8 sequence at s[i], or 0 when the bytes there are
// not one (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated
// sequence at the end of `s`). Requires i < s.size().
std::size_t utf8_sequence(std::string_view s, std::size_t i);

// The code point of the well-formed sequence of `len` bytes (as utf8_sequence returned) at p.
char32_t utf8_decode(const unsigned char* p, std::size_t len);

}  // namespace ag
