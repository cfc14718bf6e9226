// The phrase automaton against a naive search: every phrase tried at every word start.
#include "extract/phrase_matcher.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace ag::extract;

namespace {

using Hit = std::tuple<uint32_t, uint32_t, std::vector<uint32_t>>;  // begin, end, payloads

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r'; }

// Whether `phrase` matches text at `start`, runs of spaces in the text matching one space;
// the end offset in `end`.
bool naive_match(const std::string& text, std::size_t start, const std::string& phrase, std::size_t& end) {
  std::size_t i = start;
  for (char c : phrase) {
    if (i >= text.size()) return false;
    if (c == ' ') {
      if (!is_space(text[i])) return false;
      while (i + 1 < text.size() && is_space(text[i + 1])) ++i;
      ++i;
    } else {
      if (text[i] != c) return false;
      ++i;
    }
  }
  end = i;
  return i >= text.size() || !PhraseMatcher::is_word_byte(static_cast<unsigned char>(text[i]));
}

}  // namespace

TEST_CASE("PhraseMatcher: every occurrence at word boundaries, like a naive search", "[phrase_matcher]") {
  std::mt19937 rng(11);
  const std::string letters = "abcde -'";
  auto word = [&](std::size_t max) {
    std::string w;
    const std::size_t n = 1 + rng() % max;
    for (std::size_t k = 0; k < n; ++k) w += letters[rng() % 5];
    return w;
  };
  for (int round = 0; round < 30; ++round) {
    // Phrases of one to three words, some sharing prefixes, some with payloads in common.
    std::vector<std::pair<std::string, uint32_t>> phrases;
    for (int k = 0; k < 60; ++k) {
      std::string p = word(4);
      for (int w = static_cast<int>(rng() % 3); w > 0; --w) p += " " + word(4);
      phrases.emplace_back(p, static_cast<uint32_t>(rng() % 40));
    }
    PhraseMatcher m;
    for (const auto& [p, payload] : phrases) m.add(p, payload);
    m.build();
    for (int t = 0; t < 20; ++t) {
      std::string text;
      for (int k = 0; k < 40; ++k) {
        text += word(4);
        const unsigned sep = rng() % 10;
        text += sep < 6 ? " " : sep < 7 ? "  \n " : sep < 8 ? ", " : sep < 9 ? "-" : "\xC3\xA9 ";
      }
      std::vector<Hit> got;
      m.scan(text, [&](const PhraseMatcher::Match& h) {
        got.emplace_back(h.begin, h.end, std::vector<uint32_t>(h.payloads, h.payloads + h.payload_count));
      });
      std::vector<Hit> want;
      for (std::size_t s = 0; s < text.size(); ++s) {
        if (!PhraseMatcher::is_word_byte(static_cast<unsigned char>(text[s])) ||
            (s > 0 && PhraseMatcher::is_word_byte(static_cast<unsigned char>(text[s - 1]))))
          continue;
        std::vector<std::pair<std::size_t, std::set<uint32_t>>> at;  // end -> payloads
        for (const auto& [p, payload] : phrases) {
          std::size_t e = 0;
          if (!naive_match(text, s, p, e)) continue;
          auto it = std::find_if(at.begin(), at.end(), [&](const auto& x) { return x.first == e; });
          if (it == at.end()) at.push_back({e, {payload}});
          else it->second.insert(payload);
        }
        std::sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [e, ps] : at)
          want.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(e), std::vector<uint32_t>(ps.begin(), ps.end()));
      }
      INFO("text: " << text);
      REQUIRE(got == want);
    }
  }
}

TEST_CASE("PhraseMatcher: an automaton with nothing added finds nothing", "[phrase_matcher]") {
  PhraseMatcher m;
  m.build();
  int n = 0;
  m.scan("le president", [&](const PhraseMatcher::Match&) { ++n; });
  CHECK(n == 0);
  PhraseMatcher unbuilt;
  unbuilt.scan("le president", [&](const PhraseMatcher::Match&) { ++n; });
  CHECK(n == 0);
}
