// What the per-sentence stages share: the backward word walk and the bounded word
// collections give exactly the words for_each_word gives, and the phrase hits come in the
// order a stable sort would give them.
#include "extract/sentence_context.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "extract_test_support.h"

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
  const char alphabet[] = {'a',  'b',  'z', '0', '-', ' ', ' ',    '\n',  '\r',
                           '\t', '\'', ',', '.', '(', '"', '\xC3', '\xA9'};
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

TEST_CASE("sentence context: phrase hits by begin, longest first, in the automaton's order otherwise",
          "[sentence_context]") {
  // scan_phrases orders without sorting; the reference is the stable sort of the raw matches.
  const Lexicons& lex = ag::extract::test::lexicons();
  std::size_t shared_begins = 0;  // hits that start where the one before them does: the reordered case
  for (const std::string text :
       {"le president russe vladimir poutine s'est entretenu par telephone avec le president turc",
        "les ministres des affaires etrangeres de l'union europeenne, de la france et du royaume-uni",
        "sous l'egide de l'onu, les deux dirigeants ont eu un entretien a moscou sur l'ukraine"}) {
    std::vector<PhraseHit> want;
    lex.matcher().scan(text, [&](const PhraseMatcher::Match& m) {
      uint32_t k = 0;
      while (k < m.payload_count) {
        uint32_t j = k;
        while (j < m.payload_count && payload_kind(m.payloads[j]) == payload_kind(m.payloads[k])) ++j;
        want.push_back(PhraseHit{m.begin, m.end, payload_kind(m.payloads[k]), m.payloads + k, j - k});
        k = j;
      }
    });
    std::stable_sort(want.begin(), want.end(), [](const PhraseHit& a, const PhraseHit& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    const auto got = scan_phrases(lex, text);
    INFO("text: " << text);
    REQUIRE(got.size() == want.size());
    REQUIRE(got.size() > 2);
    for (std::size_t k = 0; k < got.size(); ++k) {
      if (k > 0 && got[k].begin == got[k - 1].begin) ++shared_begins;
      CHECK(got[k].begin == want[k].begin);
      CHECK(got[k].end == want[k].end);
      CHECK(got[k].payloads == want[k].payloads);
    }
  }
  CHECK(shared_begins > 0);
}
