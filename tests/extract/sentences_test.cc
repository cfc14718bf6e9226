#include "extract/sentences.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/boilerplate.h"
#include "extract/lexicon_error.h"

using namespace ag::extract;

namespace {

Document doc_of(std::string text, bool with_boilerplate = false) {
  Document d;
  d.name = "test";
  d.text = std::move(text);
  if (with_boilerplate) d.boilerplate = find_boilerplate(d.text);
  return d;
}

std::vector<std::string> texts(const Document& d) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(d)) out.push_back(d.text.substr(s.span.begin, s.span.size()));
  return out;
}

std::vector<std::string> split(const std::string& text) { return texts(doc_of(text)); }

Document sample(const std::string& name) {
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return doc_of(ss.str(), true);
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  for (const auto& x : v)
    if (x == s) return true;
  return false;
}

bool any_contains(const std::vector<std::string>& v, const std::string& part) {
  for (const auto& x : v)
    if (x.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("sentences are split and trimmed", "[extract][sentences]") {
  const auto s = split("  Aliyev a reçu Blinken. Ils ont parlé de paix !  Et ensuite ?\n");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Aliyev a reçu Blinken.");
  CHECK(s[1] == "Ils ont parlé de paix !");
  CHECK(s[2] == "Et ensuite ?");
}

TEST_CASE("titles and abbreviations do not end a sentence", "[extract][sentences]") {
  CHECK(split("M. Macron a rencontré Mme Merkel. Ils ont dîné.") ==
        std::vector<std::string>{"M. Macron a rencontré Mme Merkel.", "Ils ont dîné."});
  CHECK(split("Le Dr. Dupont et Mme. Durand sont là.").size() == 1);
  CHECK(split("MM. Aliyev et Pashinyan se sont rencontrés.").size() == 1);
  CHECK(split("Selon l'art. 5 du traité, les parties s'engagent.").size() == 1);
  CHECK(split("Voir cf. Le Monde du jour.").size() == 1);
  CHECK(split("Il est né en 50 av. J.-C. à Rome.").size() == 1);
  CHECK(split("S.E. Ilham Aliyev a reçu l'ambassadeur.").size() == 1);
  CHECK(split("Le gén. Dupont et le col. Martin ont signé.").size() == 1);
  CHECK(split("Art. 5 : les parties s'engagent.").size() == 1);
}

TEST_CASE("words in -aux end sentences (ICU's French suppressions would merge them)", "[extract][sentences]") {
  CHECK(split("Ils ont évoqué les échanges commerciaux. Les observateurs estiment que la paix est proche.") ==
        std::vector<std::string>{"Ils ont évoqué les échanges commerciaux.",
                                 "Les observateurs estiment que la paix est proche."});
  CHECK(split("Les liens sont bilatéraux. Le dialogue continue.").size() == 2);
}

TEST_CASE("initials do not end a sentence", "[extract][sentences]") {
  CHECK(split("Selon J. Biden, la paix est proche.").size() == 1);
  CHECK(split("Jean-Yves Le Drian, dit J.-Y. Le Drian, a parlé.").size() == 1);
}

TEST_CASE("number-only abbreviations end a sentence before a capital", "[extract][sentences]") {
  CHECK(split("La réunion du 3 sept. 2024 a eu lieu à Bakou.").size() == 1);
  CHECK(split("Ils étaient sept. Le lendemain, ils sont partis.").size() == 2);
  CHECK(split("Des fruits, des légumes, etc. Le marché ferme à midi.") ==
        std::vector<std::string>{"Des fruits, des légumes, etc.", "Le marché ferme à midi."});
}

TEST_CASE("a word longer than every abbreviation is looked at whole", "[extract][sentences]") {
  // "départ" ends like "art" but is no abbreviation; the bundled ones are shorter than it.
  CHECK(split("Il a annoncé son départ. Puis il est parti.").size() == 2);
  CHECK(split("Il a rappelé l'art. Puis il est parti.").size() == 1);
  // A lexicon whose longest entry is the word itself, lowercase to its end.
  const Abbreviations long_one = Abbreviations::parse("conventions.\talways\n", "abbr.txt");
  const Document d = doc_of("Selon les conventions. Elles disent tout. Et les mentions. Rien.");
  std::vector<std::string> got;
  for (const Sentence& s : split_sentences(d, long_one)) got.push_back(d.text.substr(s.span.begin, s.span.size()));
  CHECK(got == std::vector<std::string>{"Selon les conventions. Elles disent tout.", "Et les mentions.", "Rien."});
  // A longer word that ends with an entry is not the entry.
  const Abbreviations short_one = Abbreviations::parse("art.\talways\n", "abbr.txt");
  CHECK(split_sentences(doc_of("Son départ. Puis rien."), short_one).size() == 2);
  CHECK(split_sentences(doc_of("Un rempart. Puis rien."), short_one).size() == 2);
  CHECK(split_sentences(doc_of("Un art. Puis rien."), short_one).size() == 1);
}

TEST_CASE("French closing guillemets stay with their sentence", "[extract][sentences]") {
  CHECK(split("« Pourquoi ? » a-t-il demandé.") == std::vector<std::string>{"« Pourquoi ? » a-t-il demandé."});
  CHECK(split("« Non ! » Il est parti.") == std::vector<std::string>{"« Non ! »", "Il est parti."});
  CHECK(split("Quoi ? dit-il.").size() == 1);
}

TEST_CASE("a single line break inside a sentence does not end it", "[extract][sentences]") {
  SECTION("next line starts with a lowercase letter") {
    CHECK(split("Le président a reçu\nle ministre.") == std::vector<std::string>{"Le président a reçu\nle ministre."});
  }
  SECTION("next line starts with a comma, semicolon, or closing mark") {
    CHECK(split("\"Il faut la paix\"\n, a déclaré Aliyev.").size() == 1);
    CHECK(split("Il a parlé (longuement\n) avec lui.").size() == 1);
    CHECK(split("« La paix est proche\n» selon lui.").size() == 1);
  }
  SECTION("previous line ends with a comma or an opening quote") {
    CHECK(split("Selon lui,\nLa Haye est prête.").size() == 1);
    CHECK(split("Il a dit «\nNous venons.").size() == 1);
  }
  SECTION("a word without punctuation, then a quote") {
    CHECK(split("Blinken a qualifié de\n\"pas positif\"\nles succès obtenus.").size() == 1);
  }
  SECTION("otherwise a line break ends the sentence") {
    CHECK(split("Des relations tendues\nLes relations sont tendues.") ==
          std::vector<std::string>{"Des relations tendues", "Les relations sont tendues."});
    CHECK(split("Fin de phrase.\n\"Une citation\" suit.").size() == 2);
  }
}

TEST_CASE("blank lines end sentences and start paragraphs", "[extract][sentences]") {
  const Document d = doc_of("Titre\n\nPremière phrase. Deuxième phrase.\nLigne seule\n\n\n\nDernier paragraphe,\n\nsuite.");
  const auto s = split_sentences(d);
  REQUIRE(s.size() == 6);
  CHECK(s[0].paragraph == 0);
  CHECK(s[1].paragraph == 1);
  CHECK(s[2].paragraph == 1);
  CHECK(s[3].paragraph == 1);
  CHECK(s[4].paragraph == 2);
  CHECK(s[5].paragraph == 3);  // a blank line always ends a sentence, even before lowercase
  CHECK(d.text.substr(s[4].span.begin, s[4].span.size()) == "Dernier paragraphe,");
}

TEST_CASE("offsets point into the original text, CR LF included", "[extract][sentences]") {
  const Document d = doc_of("Bonjour à tous.\r\nLe président\r\nest arrivé.\r\n");
  const auto s = split_sentences(d);
  REQUIRE(s.size() == 2);
  CHECK(d.text.substr(s[0].span.begin, s[0].span.size()) == "Bonjour à tous.");
  CHECK(d.text.substr(s[1].span.begin, s[1].span.size()) == "Le président\r\nest arrivé.");
}

TEST_CASE("sentences inside boilerplate are left out", "[extract][sentences]") {
  const auto s = texts(doc_of("Aliyev a reçu Blinken.\n\nPublicité\n\nPartagez cet article:\n\nIls ont parlé.\n", true));
  CHECK(s == std::vector<std::string>{"Aliyev a reçu Blinken.", "Ils ont parlé."});
}

TEST_CASE("empty and blank documents have no sentences", "[extract][sentences]") {
  CHECK(split("").empty());
  CHECK(split(" \n\n\t ").empty());
}

TEST_CASE("sentences of sample 000", "[extract][sentences]") {
  const Document d = sample("000_7d683000d0d43ddb.txt");
  const auto s = texts(d);
  CHECK(contains(s,
                 "Blinken a qualifié de\n\"pas positif\"\nles succès obtenus dans le processus de démarcation de la "
                 "frontière entre l'Azerbaïdjan et l'Arménie et la signature, le 30 août, des règlements sur les "
                 "activités conjointes des commissions de démarcation de la frontière."));
  CHECK(any_contains(s, "en ce sens\"\n, a déclaré la présidence azerbaïdjanaise dans un communiqué."));
  CHECK(any_contains(s, "dans notre région\",\najoute le communiqué."));
  CHECK(any_contains(s, "à la suite d'une\n\"opération antiterroriste\"\nau cours de laquelle les forces"));
  CHECK(contains(s, "Des relations tendues"));
  CHECK(contains(s, "Aliyev et Blinken discutent des négociations de paix et de la COP 29"));
  // Boilerplate is not read.
  CHECK_FALSE(any_contains(s, "Crédit Photo"));
  CHECK_FALSE(any_contains(s, "A lire également"));
  CHECK_FALSE(any_contains(s, "#"));
}

TEST_CASE("sentences of sample 001", "[extract][sentences]") {
  const Document d = sample("001_b2f00d48faade77c.txt");
  const auto sentences = split_sentences(d);
  const auto s = texts(d);
  const std::string lead =
      "Le président de la République d’Azerbaïdjan, Ilham Aliyev, a reçu le 3 avril un coup de fil du secrétaire "
      "d’État américain Antony Blinken.";
  REQUIRE(contains(s, lead));
  // Offsets are exact: the sentence starts at code point 193 of the document.
  for (const Sentence& x : sentences) {
    if (d.text.substr(x.span.begin, x.span.size()) != lead) continue;
    std::size_t cp = 0;
    for (std::size_t i = 0; i < x.span.begin; ++i) cp += (static_cast<unsigned char>(d.text[i]) & 0xC0) != 0x80;
    CHECK(cp == 193);
  }
  CHECK(contains(s, "Le secrétaire d'État a souligné que l'essentiel de la réunion mentionnée serait le "
                    "développement économique de l'Arménie."));
  CHECK_FALSE(any_contains(s, "Tags:"));
  CHECK_FALSE(any_contains(s, "Fil d'info"));
}

TEST_CASE("sentences of samples 003 and 004 skip their widgets", "[extract][sentences]") {
  const auto s3 = texts(sample("003_5fb18bea82014bce.txt"));
  CHECK_FALSE(any_contains(s3, "PARTAGEZ"));
  CHECK_FALSE(any_contains(s3, "Publicité"));
  CHECK_FALSE(any_contains(s3, "Partagez cet article"));
  CHECK(any_contains(s3, "Stoltenberg a accueilli le président Aliyev"));
  const auto s4 = texts(sample("004_a1c3856fd1dc1f34.txt"));
  CHECK_FALSE(any_contains(s4, "NEWSLETTER"));
  CHECK_FALSE(any_contains(s4, "Poster un Commentaire"));
  CHECK(contains(s4, "Le ministre russe des Affaires étrangères, Sergueï Lavrov, serait le médiateur des "
                     "pourparlers de paix, selon le Kremlin."));
}

TEST_CASE("splitting is thread-safe and gives the same result on every thread", "[extract][sentences]") {
  const Document d = sample("000_7d683000d0d43ddb.txt");
  const auto expected = texts(d);
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 20; ++k) results[i] = texts(d);
    });
  for (auto& t : threads) t.join();
  for (const auto& r : results) CHECK(r == expected);
}

TEST_CASE("abbreviation lexicons are validated with FILE:LINE", "[extract][sentences]") {
  auto error_of = [](const std::string& content) -> std::string {
    try {
      Abbreviations::parse(content, "abbr.txt");
    } catch (const LexiconError& e) {
      return e.what();
    }
    return "";
  };
  CHECK(error_of("# c\nM.\talways\netc.\tnumber\n").empty());
  CHECK(error_of("M.\n").rfind("abbr.txt:1: expected 2", 0) == 0);
  CHECK(error_of("\nM.\tsometimes\n").rfind("abbr.txt:2: unknown value", 0) == 0);
  CHECK(error_of("M.\talways\nM\talways\n").rfind("abbr.txt:2: duplicate", 0) == 0);
  CHECK(error_of("a b\talways\n").rfind("abbr.txt:1:", 0) == 0);

  const Abbreviations a = Abbreviations::parse("art.\talways\nsept.\tnumber\n", "abbr.txt");
  CHECK(a.lookup("art") == Abbreviations::When::always);
  CHECK(a.lookup("Art") == Abbreviations::When::always);
  CHECK(a.lookup("sept") == Abbreviations::When::before_number);
  CHECK(a.lookup("M") == Abbreviations::When::never);
  // Same size and first letter as an entry, or the entry's size only: still none.
  CHECK(a.lookup("arx") == Abbreviations::When::never);
  CHECK(a.lookup("Arx") == Abbreviations::When::never);
  CHECK(a.lookup("bxt") == Abbreviations::When::never);
  CHECK(a.lookup("") == Abbreviations::When::never);
  CHECK(a.lookup("septembre") == Abbreviations::When::never);
}

TEST_CASE("the bundled abbreviations cover the usual French ones", "[extract][sentences]") {
  const Abbreviations& a = Abbreviations::bundled();
  for (const char* w : {"M", "Mme", "Mlle", "MM", "Dr", "Pr", "Me", "Mgr", "St", "art", "av", "apr", "J.-C", "cf",
                        "p", "n°", "vol", "éd", "Éd", "chap", "fig", "gén", "col", "cap", "lt", "sgt", "adj", "S.E",
                        "S.M"})
    CHECK(a.lookup(w) == Abbreviations::When::always);
  for (const char* w : {"etc", "env", "min", "max", "janv", "févr", "sept", "oct", "nov", "déc"})
    CHECK(a.lookup(w) == Abbreviations::When::before_number);
}
