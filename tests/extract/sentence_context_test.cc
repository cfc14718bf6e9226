// The word helpers the per-sentence stages share: the backward walk and the bounded
// collections must give exactly the words for_each_word gives.
#include "extract/sentence_context.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using namespace ag::extract;

namespace {

std::vector<std::string_view> forward(std::string_view s) {
  std::vector<std::string_view> w;
  for_each_word(s, [&](std::string_view x) {
    w.push_back(x);
    return true;
  });
  return w;
}

}  // namespace

TEST_CASE("sentence context: words read backward are the words, last first", "[sentence_context]") {
  CHECK(forward("le president, m. aliev (bakou) l'a recu") ==
        std::vector<std::string_view>{"le", "president", ",", "m", ".", "aliev", "(", "bakou", ")", "l", "a", "recu"});
  const char alphabet[] = {'a', 'b', 'z', '0', '-', ' ', ' ', '\n', '\r', '\t', '\'', ',', '.', '(', '"', '\xC3', '\xA9'};
  std::mt19937 rng(11);
  for (int it = 0; it < 5000; ++it) {
    std::string s;
    const int len = static_cast<int>(rng() % 30);
    for (int k = 0; k < len; ++k) s += alphabet[rng() % sizeof alphabet];
    INFO("text: " << s);
    const auto words = forward(s);
    std::vector<std::string_view> back;
    for_each_word_backward(s, [&](std::string_view x) {
      back.push_back(x);
      return true;
    });
    REQUIRE(std::vector<std::string_view>(back.rbegin(), back.rend()) == words);
    // Stopping early stops at the word asked for.
    std::size_t seen = 0;
    for_each_word_backward(s, [&](std::string_view x) {
      REQUIRE(x.data() == words[words.size() - 1 - seen].data());
      return ++seen < 2;
    });
    REQUIRE(seen == std::min<std::size_t>(2, words.size()));

    const auto last = last_words<3>(s);
    REQUIRE(last.size() == std::min<std::size_t>(3, words.size()));
    REQUIRE(last.empty() == words.empty());
    for (std::size_t k = 0; k < last.size(); ++k) REQUIRE(last[k] == words[words.size() - last.size() + k]);
    if (!words.empty()) REQUIRE(last.back() == words.back());

    const auto first = first_words<2>(s);
    REQUIRE(first.count == std::min<std::size_t>(3, words.size()));
    for (std::size_t k = 0; k < std::min<std::size_t>(2, words.size()); ++k) REQUIRE(first.word[k] == words[k]);
  }
}
