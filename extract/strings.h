#pragma once
// Comparing the strings the lexicons give (event types, offices) with literal names.
#include <string>
#include <string_view>

namespace ag::extract {

// Whether `s` is `name`. A view's compare tests the length first, inline, where std::string's
// against a literal calls strlen and memcmp: types and offices are tested at every step of
// reading a sentence and for every pair of a document's events.
inline bool is(const std::string& s, std::string_view name) {
  return std::string_view(s) == name;
}

}  // namespace ag::extract
