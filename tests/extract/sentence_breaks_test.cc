// sentence_breaks must give exactly ICU's boundaries: ICU is the reference, the scan is
// only faster. Checked on real articles and on random strings over every Sentence_Break
// class, terminators and separators much more frequent than in prose.
#include "extract/sentence_breaks.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/fold.h"

using namespace ag::extract;
namespace fs = std::filesystem;

namespace {

std::vector<uint32_t> fast(const std::string& s) {
  std::vector<uint32_t> b;
  sentence_breaks(s, b);
  return b;
}

std::vector<uint32_t> icu(const std::string& s) {
  std::vector<uint32_t> b;
  icu_sentence_breaks(s, b);
  return b;
}

}  // namespace

TEST_CASE("sentence_breaks: the UAX #29 rules on small cases", "[sentence_breaks]") {
  CHECK(fast("Il est venu. Il est parti.") == std::vector<uint32_t>{13, 26});
  CHECK(fast("Le taux est de 3.5 pour cent.") == icu("Le taux est de 3.5 pour cent."));       // SB6
  CHECK(fast("Les U.S.A. sont loin.") == icu("Les U.S.A. sont loin."));                         // SB7
  CHECK(fast("etc. (voir plus bas) et la suite.") == std::vector<uint32_t>{33});               // SB8
  CHECK(fast("Quoi ?! Vraiment.") == icu("Quoi ?! Vraiment."));                                 // SB8a
  CHECK(fast("« Pourquoi ? » a-t-il dit.") == icu("« Pourquoi ? » a-t-il dit."));              // Close, Sp
  CHECK(fast("Titre\nPremier paragraphe.\r\nSecond.") == icu("Titre\nPremier paragraphe.\r\nSecond."));  // SB3, SB4
  CHECK(fast("Fin.\n") == std::vector<uint32_t>{5});
  CHECK(fast("").empty());
  // Extend and Format characters go to ICU.
  CHECK(fast("Cafe\xCC\x81. Suite\xE2\x80\x8B. Fin") == icu("Cafe\xCC\x81. Suite\xE2\x80\x8B. Fin"));
}

TEST_CASE("sentence_breaks: equal to ICU on real articles", "[sentence_breaks]") {
  std::size_t texts = 0;
  for (const char* dir : {"samples", "tests/devset/articles"}) {
    const fs::path root = fs::path(AG_SOURCE_DIR) / dir;
    if (!fs::is_directory(root)) continue;
    for (const auto& e : fs::directory_iterator(root)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string text = ss.str();
      INFO(e.path().string());
      CHECK(fast(text) == icu(text));
      ++texts;
    }
  }
  CHECK(texts > 0);
}

TEST_CASE("sentence_breaks: equal to ICU on random strings over every class", "[sentence_breaks]") {
  // One or more code points of each Sentence_Break class, punctuation over-represented.
  const char32_t common[] = {
      'a', 'z', U'é', 'A', 'M', U'É', 0x0627 /* OLetter */, 0x65E5, '0', '7',            // letters, digits
      '.', '.', '.', 0x2024, 0xFF0E,                                                     // ATerm
      '!', '?', 0x203C, 0x3002, 0x2026,                                                  // STerm, and … (Other)
      ',', ';', ':', '-', 0x3001,                                                        // SContinue
      '"', '\'', '(', ')', U'«', U'»', U'“', U'”', U'’',                                 // Close
      ' ', ' ', ' ', '\t', 0x00A0, 0x202F,                                               // Sp
      '\n', '\r', 0x2029, 0x0085,                                                        // separators
      0x1F600, 0x10400, 0x10428, '#', '/'};                                              // outside the BMP, Other
  const char32_t rare[] = {0x0301, 0x200B, 0x00AD, 0x200D, 0xFE0F};                     // Extend, Format
  std::mt19937 rng(20240611);
  int mismatches = 0;
  for (int it = 0; it < 60000; ++it) {
    std::string s;
    const int len = static_cast<int>(rng() % (it % 2 ? 48 : 10));
    for (int k = 0; k < len; ++k) {
      if (rng() % 200 == 0) append_utf8(s, rare[rng() % (sizeof rare / sizeof *rare)]);
      else append_utf8(s, common[rng() % (sizeof common / sizeof *common)]);
    }
    if (fast(s) != icu(s) && ++mismatches <= 5) {
      INFO("text: " << s);
      CHECK(fast(s) == icu(s));
    }
  }
  CHECK(mismatches == 0);
}
