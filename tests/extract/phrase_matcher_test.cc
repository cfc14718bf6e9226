#include "extract/phrase_matcher.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/fold.h"

using namespace ag::extract;

namespace {

struct Found {
  std::string text;  // the matched bytes of the scanned text
  std::vector<uint32_t> payloads;
  uint32_t begin;
  uint32_t end;
};

std::vector<Found> scan(const PhraseMatcher& m, const std::string& text) {
  std::vector<Found> out;
  m.scan(text, [&](const PhraseMatcher::Match& x) {
    out.push_back(Found{text.substr(x.begin, x.end - x.begin),
                        std::vector<uint32_t>(x.payloads, x.payloads + x.payload_count), x.begin, x.end});
  });
  return out;
}

std::vector<std::string> texts(const std::vector<Found>& f) {
  std::vector<std::string> out;
  for (const auto& x : f) out.push_back(x.text);
  return out;
}

PhraseMatcher built(std::initializer_list<std::pair<const char*, uint32_t>> phrases) {
  PhraseMatcher m;
  for (const auto& [p, payload] : phrases) m.add(fold_key(p), payload);
  m.build();
  return m;
}

}  // namespace

TEST_CASE("phrase matcher: finds a phrase with its payload and offsets", "[extract][phrase_matcher]") {
  const auto m = built({{"Ilham Aliyev", 7}});
  const auto f = scan(m, "le president ilham aliyev a recu");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "ilham aliyev");
  CHECK(f[0].begin == 13);
  CHECK(f[0].end == 25);
  CHECK(f[0].payloads == std::vector<uint32_t>{7});
}

TEST_CASE("phrase matcher: phrases start and end on word boundaries", "[extract][phrase_matcher]") {
  const auto m = built({{"paix", 1}, {"bakou", 2}});
  CHECK(scan(m, "la paix").size() == 1);
  CHECK(scan(m, "paix").size() == 1);
  CHECK(scan(m, "paix, enfin").size() == 1);
  CHECK(scan(m, "(paix)").size() == 1);
  CHECK(scan(m, "\"paix\"").size() == 1);
  CHECK(scan(m, "l'bakou.").size() == 1);  // after an elided article
  CHECK(scan(m, "paixx").empty());          // a longer word
  CHECK(scan(m, "apaix").empty());          // inside a word
  CHECK(scan(m, "paix2").empty());          // digits are word bytes
  CHECK(scan(m, "2paix").empty());
  // '-' is a word byte: "franco-russe" is one word.
  const auto fr = built({{"franco", 3}});
  CHECK(scan(fr, "franco-russe").empty());
  CHECK(scan(fr, "pro-franco").empty());
  CHECK(scan(fr, "franco russe").size() == 1);
  // UTF-8 bytes are word bytes: a phrase does not end before a non-ASCII letter.
  CHECK(scan(m, "paix\xC3\xA9").empty());
}

TEST_CASE("phrase matcher: any run of spaces in the text matches one space", "[extract][phrase_matcher]") {
  const auto m = built({{"sous l'egide de", 1}});
  CHECK(texts(scan(m, "sous l'egide de l'ue")) == std::vector<std::string>{"sous l'egide de"});
  CHECK(texts(scan(m, "sous   l'egide  de x")) == std::vector<std::string>{"sous   l'egide  de"});
  CHECK(texts(scan(m, "sous\nl'egide\r\nde x")) == std::vector<std::string>{"sous\nl'egide\r\nde"});
  CHECK(scan(m, "sousl'egide de").empty());  // no space is not a space
  CHECK(scan(m, "sous l' egide de").empty());
}

TEST_CASE("phrase matcher: overlapping matches, shortest first at each start", "[extract][phrase_matcher]") {
  const auto m = built({{"president", 1}, {"president du conseil", 2}, {"conseil", 3}, {"conseil europeen", 4}});
  const auto f = scan(m, "le president du conseil europeen");
  REQUIRE(f.size() == 4);
  CHECK(f[0].text == "president");
  CHECK(f[1].text == "president du conseil");
  CHECK(f[2].text == "conseil");
  CHECK(f[3].text == "conseil europeen");
  CHECK(f[0].begin == f[1].begin);
  CHECK(f[0].end < f[1].end);
}

TEST_CASE("phrase matcher: a phrase may carry several payloads, sorted and unique", "[extract][phrase_matcher]") {
  PhraseMatcher m;
  m.add("aliyev", 9);
  m.add("aliyev", 2);
  m.add("aliyev", 9);  // the same payload again
  m.add("bakou", 5);
  m.build();
  CHECK(m.phrase_count() == 2);
  const auto f = scan(m, "aliyev a bakou");
  REQUIRE(f.size() == 2);
  CHECK(f[0].payloads == std::vector<uint32_t>{2, 9});
  CHECK(f[1].payloads == std::vector<uint32_t>{5});
}

TEST_CASE("phrase matcher: every occurrence is reported", "[extract][phrase_matcher]") {
  const auto m = built({{"bakou", 1}});
  const auto f = scan(m, "bakou, bakou et bakou");
  REQUIRE(f.size() == 3);
  CHECK(f[0].begin == 0);
  CHECK(f[1].begin == 7);
  CHECK(f[2].begin == 16);
  CHECK(f[2].end == 21);
}

TEST_CASE("phrase matcher: a prefix of a phrase is no match", "[extract][phrase_matcher]") {
  const auto m = built({{"coup de fil", 1}});
  CHECK(scan(m, "un coup de").empty());
  CHECK(scan(m, "un coup de pied").empty());
  CHECK(scan(m, "coup de filet").empty());
  CHECK(scan(m, "un coup de fil").size() == 1);
}

TEST_CASE("phrase matcher: empty phrases are ignored, an empty matcher finds nothing",
          "[extract][phrase_matcher]") {
  PhraseMatcher m;
  m.add("", 1);
  m.build();
  CHECK(m.phrase_count() == 0);
  CHECK(scan(m, "un texte quelconque").empty());
  CHECK(scan(m, "").empty());
}

TEST_CASE("phrase matcher: word bytes", "[extract][phrase_matcher]") {
  CHECK(PhraseMatcher::is_word_byte('a'));
  CHECK(PhraseMatcher::is_word_byte('Z'));
  CHECK(PhraseMatcher::is_word_byte('0'));
  CHECK(PhraseMatcher::is_word_byte('-'));
  CHECK(PhraseMatcher::is_word_byte(0xC3));
  CHECK_FALSE(PhraseMatcher::is_word_byte(' '));
  CHECK_FALSE(PhraseMatcher::is_word_byte('\''));
  CHECK_FALSE(PhraseMatcher::is_word_byte(','));
  CHECK_FALSE(PhraseMatcher::is_word_byte('.'));
}

// The lexicons hold many phrases that end in an elided article ("sous l'égide d'",
// "un coup de fil d'"): the apostrophe is already a boundary, so the phrase must match
// before the next word however it starts.
TEST_CASE("phrase matcher: a phrase ending in an apostrophe matches before a word", "[extract][phrase_matcher]") {
  const auto m = built({{"sous l'egide d'", 1}});
  CHECK(texts(scan(m, "sous l'egide d'antony blinken")) == std::vector<std::string>{"sous l'egide d'"});
  CHECK(texts(scan(m, "sous l'egide d' antony blinken")) == std::vector<std::string>{"sous l'egide d'"});
}

// The automaton is a double array: a node's children sit at its base plus their byte's code,
// and overlap other nodes' children. Wide nodes (every letter and digit after one prefix)
// beside long chains must still each find exactly their own phrases.
TEST_CASE("phrase matcher: wide and deep nodes side by side", "[extract][phrase_matcher]") {
  PhraseMatcher m;
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (std::size_t k = 0; k < alphabet.size(); ++k) {
    m.add(std::string("x") + alphabet[k], static_cast<uint32_t>(k));
    m.add(std::string(1, alphabet[k]) + " " + alphabet[k] + "long" + alphabet[k], static_cast<uint32_t>(100 + k));
  }
  m.build();
  CHECK(m.phrase_count() == 2 * alphabet.size());
  for (std::size_t k = 0; k < alphabet.size(); ++k) {
    const std::string c(1, alphabet[k]);
    const auto wide = scan(m, "x" + c);
    REQUIRE(wide.size() == 1);
    CHECK(wide[0].payloads == std::vector<uint32_t>{static_cast<uint32_t>(k)});
    const auto deep = scan(m, c + "  " + c + "long" + c + ".");
    REQUIRE(deep.size() == 1);
    CHECK(deep[0].payloads == std::vector<uint32_t>{static_cast<uint32_t>(100 + k)});
    CHECK(scan(m, c + " " + c + "lonG" + c).empty());
  }
  CHECK(scan(m, "xxx").empty());
  CHECK(scan(m, "x").empty());
}

// Word bytes no phrase holds (upper case, UTF-8) end a walk inside a word; bytes that are not
// word bytes end the word, and the text's terminating NUL ends the last one.
TEST_CASE("phrase matcher: bytes outside every phrase", "[extract][phrase_matcher]") {
  const auto m = built({{"paix", 1}, {"paix durable", 2}});
  CHECK(scan(m, "paiX").empty());
  CHECK(scan(m, "pai\xC3\xA9").empty());
  CHECK(texts(scan(m, "paix\tdurable")) == std::vector<std::string>{"paix"});  // a tab is no phrase space
  CHECK(texts(scan(m, std::string("paix\0durable", 12))) == std::vector<std::string>{"paix"});
  CHECK(texts(scan(m, "la paix durable")) == std::vector<std::string>{"paix", "paix durable"});
}

// The in-word walk stops at the first byte that is no word byte, whether phrases hold it ('.',
// '\'') or not (';'): there the word ends, a phrase may end, and the walk goes on across it.
TEST_CASE("phrase matcher: a byte that is no word byte ends the word's walk", "[extract][phrase_matcher]") {
  const auto m = built({{"u.e", 1}, {"u", 2}, {"l'ue", 3}});
  CHECK(texts(scan(m, "u.e")) == std::vector<std::string>{"u", "u.e"});
  CHECK(texts(scan(m, "u;e")) == std::vector<std::string>{"u"});
  CHECK(texts(scan(m, "u.ex")) == std::vector<std::string>{"u"});
  CHECK(texts(scan(m, "l'ue.")) == std::vector<std::string>{"l'ue"});
  CHECK(texts(scan(m, "l'uex")).empty());
}
