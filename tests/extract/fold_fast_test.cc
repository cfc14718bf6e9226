// Folding: known forms, and the fast paths (eight ASCII bytes at a time, the packed table,
// fold_key without the origin map) against folding one code point at a time.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "extract/fold.h"

using namespace ag::extract;

namespace {

std::string folded(std::string_view s) {
  FoldedText f;
  fold_text(s, f);
  return f.text;
}

// The reference: each code point (or invalid byte) folded on its own, offsets added up.
FoldedText fold_each(std::string_view s) {
  FoldedText out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t at = i;
    next_code_point(s, i);
    FoldedText one;
    fold_text(s.substr(at, i - at), one);
    out.text += one.text;
    for (std::size_t k = 0; k < one.text.size(); ++k) out.origin.push_back(static_cast<uint32_t>(at + one.origin[k]));
  }
  out.origin.push_back(static_cast<uint32_t>(s.size()));
  return out;
}

}  // namespace

TEST_CASE("fold: known forms", "[fold]") {
  CHECK(folded("Élysée") == "elysee");
  CHECK(folded("ŒUVRE Æ ß") == "oeuvre ae ss");
  CHECK(folded("L’Azerbaïdjan « oui » — non…") == "l'azerbaidjan \" oui \" - non...");
  CHECK(folded("a\tb") == "a b");
  CHECK(folded("soft\xC2\xADhyphen") == "softhyphen");
  CHECK(folded("bad \xFF byte") == "bad ? byte");
  CHECK(folded("\xC8\xBA") == "\xE2\xB1\xA5");  // U+023A folds to U+2C65, one byte longer
  CHECK(fold_key("  L’Azerbaïdjan ") == "l'azerbaidjan");
  CHECK(fold_key("Jean-Yves\n\n  Le  Drian") == "jean-yves le drian");
  CHECK(fold_key("") == "");
}

TEST_CASE("fold: the origin map", "[fold]") {
  FoldedText f;
  fold_text("Œuvre à Paris, été 2024", f);
  REQUIRE(f.origin.size() == f.text.size() + 1);
  CHECK(f.origin.back() == std::string("Œuvre à Paris, été 2024").size());
  CHECK(f.text.substr(0, 2) == "oe");
  CHECK(f.origin[0] == 0);
  CHECK(f.origin[1] == 0);  // both bytes of "oe" come from Œ
  CHECK(f.origin[2] == 2);
}

TEST_CASE("fold: fast paths equal folding code point by code point", "[fold]") {
  const char32_t alphabet[] = {'a', 'Z', 'm', 'Q', '0', ' ', ' ', '\t', '\n', '-', '\'', '.', U'é', U'É', U'à', U'ç',
                               U'Œ', U'œ', U'ß', U'’', U'«', 0x00A0, 0x202F, 0x2026, 0x023A, 0x0130, 0x00AD, 0x200B,
                               0x0301, 0x65E5, 0x1F600, 0x10400, 0xFFFD};
  std::mt19937 rng(7);
  for (int it = 0; it < 20000; ++it) {
    std::string s;
    const int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) {
      const unsigned r = rng() % 100;
      if (r < 55) s += static_cast<char>('a' + rng() % 26 - (rng() % 3 == 0 ? 32 : 0));  // long ASCII runs
      else if (r < 58) s += static_cast<char>(0x80 + rng() % 0x80);                      // invalid bytes
      else append_utf8(s, alphabet[rng() % (sizeof alphabet / sizeof *alphabet)]);
    }
    FoldedText f;
    fold_text(s, f);
    const FoldedText ref = fold_each(s);
    INFO("text: " << s);
    REQUIRE(f.text == ref.text);
    REQUIRE(f.origin == ref.origin);
    // fold_key is the folded text with its spaces collapsed and trimmed.
    std::string key;
    for (char c : f.text) {
      if (c == ' ' || c == '\n' || c == '\r') {
        if (!key.empty() && key.back() != ' ') key += ' ';
      } else {
        key += c;
      }
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    REQUIRE(fold_key(s) == key);
    // Into a reused buffer (here one holding a longer, non-ASCII key), the same.
    std::string reused = "préalablement très long";
    fold_key(s, reused);
    REQUIRE(reused == key);
    // A folded offset is std::lower_bound over the origin map, whatever the guess.
    for (std::size_t original = 0; original <= s.size(); ++original) {
      const auto want = static_cast<uint32_t>(
          std::lower_bound(f.origin.begin(), f.origin.end(), static_cast<uint32_t>(original)) - f.origin.begin());
      // Far guesses on either side take the gallop's longer steps.
      for (std::size_t guess :
           {std::size_t(0), original, std::size_t(want), std::size_t(want) + 1, std::size_t(want ? want - 1 : 0),
            f.origin.size(), std::size_t(-1), std::size_t(want) + 5, std::size_t(want) + 37, std::size_t(want / 2),
            std::size_t(want > 9 ? want - 9 : 0), f.origin.size() - 1})
        REQUIRE(folded_offset(f, original, guess) == want);
    }
  }
}
