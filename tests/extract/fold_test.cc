#include "extract/fold.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace ag::extract;

namespace {

FoldedText folded(const std::string& s) {
  FoldedText f;
  fold_text(s, f);
  return f;
}

// The original text behind folded bytes [b, e): what offsets reported on folded text point to.
std::string back_to_original(const std::string& original, const FoldedText& f, std::size_t b, std::size_t e) {
  return original.substr(f.origin[b], f.origin[e] - f.origin[b]);
}

}  // namespace

TEST_CASE("fold: lowercase and accents stripped", "[extract][fold]") {
  CHECK(folded("Le Président Ilham Aliyev").text == "le president ilham aliyev");
  CHECK(folded("Élysée").text == "elysee");
  CHECK(folded("Azerbaïdjan").text == "azerbaidjan");
  CHECK(folded("Erdoğan").text == "erdogan");
  CHECK(folded("Mevlüt Çavuşoğlu").text == "mevlut cavusoglu");
  CHECK(folded("ÇAVUŞOĞLU").text == "cavusoglu");
  CHECK(folded("Pachinian").text == folded("PACHINIAN").text);
  // Azerbaijani schwa, in both cases.
  CHECK(folded("Əliyev").text == "eliyev");
  CHECK(folded("ə").text == "e");
  // Turkish dotted capital I and dotless i.
  CHECK(folded("İstanbul").text == "istanbul");
  CHECK(folded("Kılıçdaroğlu").text == "kilicdaroglu");
}

TEST_CASE("fold: ligatures and special letters", "[extract][fold]") {
  CHECK(folded("cœur").text == "coeur");
  CHECK(folded("Œuvre").text == "oeuvre");
  CHECK(folded("Æ").text == "ae");
  CHECK(folded("Straße").text == "strasse");
  CHECK(folded("Søren").text == "soren");
  CHECK(folded("Łódź").text == "lodz");
  CHECK(folded("Đukanović").text == "dukanovic");
}

TEST_CASE("fold: typographic punctuation unified", "[extract][fold]") {
  CHECK(folded("l’Arménie").text == "l'armenie");
  CHECK(folded("l‘Arménie").text == "l'armenie");
  CHECK(folded("«\u00A0paix\u00A0»").text == "\" paix \"");
  CHECK(folded("“paix”").text == "\"paix\"");
  CHECK(folded("Bakou–Erevan").text == "bakou-erevan");    // en dash
  CHECK(folded("Bakou—Erevan").text == "bakou-erevan");    // em dash
  CHECK(folded("Bakou‑Erevan").text == "bakou-erevan");    // non-breaking hyphen
  CHECK(folded("a\u202Fb").text == "a b");                  // narrow no-break space
  CHECK(folded("a\tb").text == "a b");
  CHECK(folded("attendez…").text == "attendez...");
}

TEST_CASE("fold: invisible characters vanish", "[extract][fold]") {
  CHECK(folded("Pa\u00ADchi\u00ADnian").text == "pachinian");  // soft hyphens
  CHECK(folded("Ba\u200Bkou").text == "bakou");                // zero width space
  CHECK(folded("Ba\u200Dkou").text == "bakou");                // zero width joiner
}

// fold.h promises no-break spaces unified and invisible characters dropped; the byte order
// mark (U+FEFF, often left at the start of a file) and the ideographic space (U+3000) are
// listed in fold.cc's table builder too, but lie above the table's range.
TEST_CASE("fold: byte order mark and ideographic space above U+24FF", "[extract][fold]") {
  CHECK(folded("\uFEFFBakou").text == "bakou");
  CHECK(folded("Ba\uFEFFkou").text == "bakou");
  CHECK(folded("Bakou\u3000Erevan").text == "bakou erevan");
  CHECK(fold_key("\uFEFFIlham\u3000Aliyev") == "ilham aliyev");
}

TEST_CASE("fold: decomposed accents fold like composed ones", "[extract][fold]") {
  // "é" written as e + U+0301.
  CHECK(folded("Re\xCC\x81publique").text == folded("République").text);
  CHECK(folded("Re\xCC\x81publique").text == "republique");
}

TEST_CASE("fold: code points beyond the table are lowercased", "[extract][fold]") {
  CHECK(folded("Путин").text == "путин");
  CHECK(folded("ΕΛΛΑΔΑ").text == "ελλαδα");
  CHECK(folded("漢字").text == "漢字");
}

TEST_CASE("fold: invalid UTF-8 bytes become '?'", "[extract][fold]") {
  CHECK(folded("a\xFF" "b").text == "a?b");
  CHECK(folded("\xC3").text == "?");             // truncated sequence at the end
  CHECK(folded("\xC3(").text == "?(");           // bad continuation byte
  CHECK(folded("x\x80y").text == "x?y");         // lone continuation byte
}

TEST_CASE("fold: origin has one entry per folded byte plus the end", "[extract][fold]") {
  for (const std::string s : {"", "abc", "Élysée", "cœur", "l’Arménie", "a\xFF" "b", "Pa\u00ADchinian", "Путин"}) {
    const FoldedText f = folded(s);
    INFO(s);
    REQUIRE(f.origin.size() == f.text.size() + 1);
    CHECK(f.origin.back() == s.size());
    for (std::size_t i = 1; i < f.origin.size(); ++i) CHECK(f.origin[i - 1] <= f.origin[i]);
  }
}

TEST_CASE("fold: origin points at the start of each source code point", "[extract][fold]") {
  const std::string s = "Élysée";  // É (2 bytes) l y s é (2 bytes) e
  const FoldedText f = folded(s);
  REQUIRE(f.text == "elysee");
  CHECK(f.origin == std::vector<uint32_t>{0, 2, 3, 4, 5, 7, 8});

  const FoldedText oe = folded("cœur");  // œ is 2 bytes at offset 1 and folds to 2 bytes
  REQUIRE(oe.text == "coeur");
  CHECK(oe.origin == std::vector<uint32_t>{0, 1, 1, 3, 4, 5});

  const FoldedText apostrophe = folded("l’A");  // ’ is 3 bytes
  REQUIRE(apostrophe.text == "l'a");
  CHECK(apostrophe.origin == std::vector<uint32_t>{0, 1, 4, 5});
}

TEST_CASE("fold: folded offsets map back to the original text", "[extract][fold]") {
  const std::string s = "Le président turc Recep Tayyip Erdoğan a reçu à l’Élysée Mevlüt Çavuşoğlu.";
  const FoldedText f = folded(s);
  for (const std::string word : {"erdogan", "recu", "l'elysee", "mevlut cavusoglu", "president turc"}) {
    const auto at = f.text.find(word);
    INFO(word);
    REQUIRE(at != std::string::npos);
    const std::string back = back_to_original(s, f, at, at + word.size());
    if (word == "erdogan") CHECK(back == "Erdoğan");
    if (word == "recu") CHECK(back == "reçu");
    if (word == "l'elysee") CHECK(back == "l’Élysée");
    if (word == "mevlut cavusoglu") CHECK(back == "Mevlüt Çavuşoğlu");
    if (word == "president turc") CHECK(back == "président turc");
  }
  // A range ending at the end of the text maps to the original's end.
  CHECK(back_to_original(s, f, f.text.size() - 10, f.text.size()) == "Çavuşoğlu.");
}

TEST_CASE("fold: reuses the output buffers", "[extract][fold]") {
  FoldedText f;
  fold_text("Une longue phrase d'abord.", f);
  fold_text("Bakou", f);
  CHECK(f.text == "bakou");
  CHECK(f.origin.size() == 6);
  fold_text("", f);
  CHECK(f.text.empty());
  CHECK(f.origin == std::vector<uint32_t>{0});
}

TEST_CASE("fold_key: folded, spaces collapsed, trimmed", "[extract][fold]") {
  CHECK(fold_key("  L’Azerbaïdjan ") == "l'azerbaidjan");
  CHECK(fold_key("Ministre   des\tAffaires\n étrangères") == "ministre des affaires etrangeres");
  CHECK(fold_key("Chef de l\u2019\u00C9tat") == "chef de l'etat");
  CHECK(fold_key("Maison\u00A0Blanche") == "maison blanche");
  CHECK(fold_key("\r\n  ") == "");
  CHECK(fold_key("") == "");
  CHECK(fold_key("Erdoğan") == fold_key("ERDOGAN"));
  CHECK(fold_key("Pachinian") == fold_key("pachinian"));
}

TEST_CASE("fold_key: keys of any length, and forms longer than their code point", "[extract][fold]") {
  // Short keys are folded in a buffer on the stack, long ones in the result: both sides of
  // its size, with accents and collapsed spaces, and with U+023A, whose folded form (U+2C65)
  // is a byte longer, so that the buffer must grow (in both places).
  auto repeat = [](const std::string& s, int n) {
    std::string r;
    for (int k = 0; k < n; ++k) r += s;
    return r;
  };
  for (int n : {1, 30, 63, 64, 65, 200}) {
    INFO(n);
    CHECK(fold_key(repeat("\u00C9t\u00E9  ", n)) == repeat("ete ", n - 1) + "ete");
    CHECK(fold_key(repeat("\u023A", n)) == repeat(fold_key("\u023A"), n));
    CHECK(fold_key("a " + repeat("\u023A", n)) == "a " + repeat(fold_key("\u023A"), n));
  }
  CHECK(fold_key("\u023A") == "\u2C65");
}

TEST_CASE("next_code_point: decodes and advances", "[extract][fold]") {
  const std::string s = "aé€😀";
  std::size_t i = 0;
  CHECK(next_code_point(s, i) == U'a');
  CHECK(i == 1);
  CHECK(next_code_point(s, i) == U'é');
  CHECK(i == 3);
  CHECK(next_code_point(s, i) == U'€');
  CHECK(i == 6);
  CHECK(next_code_point(s, i) == U'😀');
  CHECK(i == 10);
}

TEST_CASE("next_code_point: invalid bytes give U+FFFD and advance one byte", "[extract][fold]") {
  std::string bad = "\xE2\x82";  // truncated euro sign
  std::size_t i = 0;
  CHECK(next_code_point(bad, i) == 0xFFFD);
  CHECK(i == 1);
  std::string cont = "\x80z";
  i = 0;
  CHECK(next_code_point(cont, i) == 0xFFFD);
  CHECK(i == 1);
  CHECK(next_code_point(cont, i) == U'z');
  std::string broken = "\xC3z";  // lead byte followed by ASCII
  i = 0;
  CHECK(next_code_point(broken, i) == 0xFFFD);
  CHECK(i == 1);
}

TEST_CASE("code_point_count: counts code points, not bytes", "[extract][fold]") {
  CHECK(code_point_count("") == 0);
  CHECK(code_point_count("Bakou") == 5);
  CHECK(code_point_count("Erdoğan") == 7);
  CHECK(code_point_count("l’Élysée") == 8);
  CHECK(code_point_count("😀") == 1);
  // Every length and alignment around the eight-byte steps, with multi-byte characters
  // (and stray continuation bytes) straddling them: the count of non-continuation bytes.
  const std::string mix =
      "aé€😀b\x80\xBF"
      "cÉlysée ğ—«»\xC3";
  for (std::size_t b = 0; b < mix.size(); ++b)
    for (std::size_t e = b; e <= mix.size(); ++e) {
      std::size_t want = 0;
      for (std::size_t k = b; k < e; ++k) want += (static_cast<unsigned char>(mix[k]) & 0xC0) != 0x80;
      REQUIRE(code_point_count(std::string_view(mix).substr(b, e - b)) == want);
    }
}

TEST_CASE("append_utf8 writes what next_code_point reads back", "[extract][fold]") {
  for (char32_t c : {U'a', U'\u00E9', U'\u2019', U'\u4E2D', U'\U0001F600', U'\U0010FFFF'}) {
    std::string s;
    append_utf8(s, c);
    std::size_t i = 0;
    CHECK(next_code_point(s, i) == c);
    CHECK(i == s.size());
  }
  std::string e;
  append_utf8(e, U'\u00E9');
  CHECK(e == "\xC3\xA9");
}

// fold_text folds runs of ASCII sixteen and eight bytes at a time: at every alignment of
// capitals, tabs and accents against those windows, the text and origins are those of
// folding each code point on its own.
TEST_CASE("fold: the ASCII windows fold like one code point at a time", "[extract][fold]") {
  const std::string body = "Le Président\tA ÉTÉ reçu À PARIS, où l’Élysée ZZ@[`{ ~ 2024.\n";
  for (std::size_t pad = 0; pad < 20; ++pad) {
    const std::string s = std::string(pad, 'Q') + body + body + std::string(pad, 'z');
    std::string want_text;
    std::vector<uint32_t> want_origin;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t e = i + 1;
      while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
      const FoldedText one = folded(s.substr(i, e - i));
      want_text += one.text;
      for (std::size_t k = 0; k < one.text.size(); ++k) want_origin.push_back(static_cast<uint32_t>(i) + one.origin[k]);
      i = e;
    }
    want_origin.push_back(static_cast<uint32_t>(s.size()));
    const FoldedText f = folded(s);
    INFO("pad " << pad);
    CHECK(f.text == want_text);
    CHECK(f.origin == want_origin);
  }
}
