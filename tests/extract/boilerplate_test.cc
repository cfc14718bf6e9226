#include "extract/boilerplate.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/lexicon_error.h"

using namespace ag::extract;

namespace {

std::string read_sample(const std::string& name) {
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Whether the line holding `needle` lies inside a boilerplate span.
bool marked(const std::string& text, const std::vector<Span>& spans, const std::string& needle) {
  const std::size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  for (const Span& s : spans)
    if (s.begin <= at && at + needle.size() <= s.end) return true;
  return false;
}

bool is_marked(const std::string& line) { return BoilerplateRules::bundled().matches(line); }

}  // namespace

TEST_CASE("the bundled boilerplate lexicon loads", "[extract][boilerplate]") {
  CHECK_NOTHROW(BoilerplateRules::bundled());
}

TEST_CASE("widget lines are boilerplate", "[extract][boilerplate]") {
  for (const char* line :
       {"Partager", "Partagez", "PARTAGEZ:", "Partagez cet article:", "Partager sur Facebook", "Publicité",
        "Lire aussi : Bakou et Erevan reprennent les pourparlers", "A lire également:", "À lire également",
        "NEWSLETTER", "Inscrivez-vous pour suivre toute notre actualité.", "Suivez-nous sur Twitter",
        "Suivez nous sur", "Poster un Commentaire", "Soyez le premier à commenter !", "Me notifier des",
        "Tags:", "Tags: Azerbaïdjan, Arménie", "Crédit Photo : Ilham Aliyev / X", "Fil d'info", "Fil d’info",
        "Tendance", "RÉSEAUX SOCIAUX", "Reseaux sociaux", "Que pensez-vous de cet article ?", "#Antony Blinken",
        "# Azerbaïdjan", "#COP 29", "wpDiscuz", "avatar", "  Publicité  ", "Accueil"}) {
    INFO(line);
    CHECK(is_marked(line));
  }
}

TEST_CASE("article text is never boilerplate", "[extract][boilerplate]") {
  for (const char* line :
       {"Le président Ilham Aliyev a reçu un coup de fil du secrétaire d'État américain Antony Blinken.",
        // Starts like a widget but is a real sentence: long and ending with a period.
        "Partager les ressources en eau de la région est une priorité, a déclaré le ministre des Affaires "
        "étrangères.",
        "Lire aussi les déclarations du Kremlin demande du temps, a estimé le porte-parole du ministère russe.",
        "Tags et slogans ont recouvert les murs de l'ambassade pendant la nuit, selon la police locale.",
        // Prefix rules need a whole word: "Tagsxyz" is not "Tags".
        "Tagsxyz", "Partageons", "Publicitaire", "Des relations tendues", "Le chef de l'OTAN salue le soutien"}) {
    INFO(line);
    CHECK_FALSE(is_marked(line));
  }
}

TEST_CASE("a rule applies only up to its length limit", "[extract][boilerplate]") {
  // "Crédit photo" is limited to 150 characters.
  std::string line = "Crédit photo : " + std::string(200, 'x');
  CHECK_FALSE(is_marked(line));
}

TEST_CASE("spans cover the marked lines and merge across blank lines", "[extract][boilerplate]") {
  const std::string text = "Titre\n\nPublicité\n\nNEWSLETTER\nTexte de l'article.\n  Partager  \n";
  const auto spans = find_boilerplate(text);
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[0].begin, spans[0].size()) == "Publicité\n\nNEWSLETTER");
  CHECK(text.substr(spans[1].begin, spans[1].size()) == "Partager");
}

TEST_CASE("boilerplate of the samples", "[extract][boilerplate]") {
  SECTION("000: credit, 'A lire également', hashtag lines") {
    const std::string t = read_sample("000_7d683000d0d43ddb.txt");
    const auto s = find_boilerplate(t);
    CHECK(marked(t, s, "Crédit Photo : Ilham Aliyev / X"));
    CHECK(marked(t, s, "A lire également:"));
    CHECK(marked(t, s, "#Conférence des Nations Unies sur le changement climatique"));
    CHECK(marked(t, s, "#OSCE"));
    CHECK(marked(t, s, "# Azerbaïdjan"));
    CHECK_FALSE(marked(t, s, "Blinken a qualifié de"));
    CHECK_FALSE(marked(t, s, "Aliyev et Blinken ont également discuté de la COP 29"));
    CHECK_FALSE(marked(t, s, "Des relations tendues"));
  }
  SECTION("001: Tags, Fil d'info") {
    const std::string t = read_sample("001_b2f00d48faade77c.txt");
    const auto s = find_boilerplate(t);
    CHECK(marked(t, s, "Tags:"));
    CHECK(marked(t, s, "Fil d'info"));
    CHECK_FALSE(marked(t, s, "Le président de la République d’Azerbaïdjan, Ilham Aliyev, a reçu le 3 avril"));
  }
  SECTION("003: share, ads, social links") {
    const std::string t = read_sample("003_5fb18bea82014bce.txt");
    const auto s = find_boilerplate(t);
    CHECK(marked(t, s, "Suivez nous sur"));
    CHECK(marked(t, s, "PARTAGEZ:"));
    CHECK_FALSE(marked(t, s, "Publicité\n\nAprès le dîner"));
    CHECK(marked(t, s, "Partagez cet article:"));
    CHECK(marked(t, s, "Tendance"));
    CHECK_FALSE(marked(t, s, "Le chef de l'OTAN salue le soutien"));
    CHECK_FALSE(marked(t, s, "Stoltenberg a accueilli le président Aliyev"));
    // Every "Publicité" line is marked.
    std::size_t at = 0, count = 0;
    while ((at = t.find("Publicité", at)) != std::string::npos) {
      bool in = false;
      for (const Span& sp : s) in |= sp.begin <= at && at + 10 <= sp.end;
      CHECK(in);
      ++count;
      ++at;
    }
    CHECK(count == 4);
  }
  SECTION("004: comments widget, newsletter, social") {
    const std::string t = read_sample("004_a1c3856fd1dc1f34.txt");
    const auto s = find_boilerplate(t);
    for (const char* line : {"FLASH INFO :", "Que pensez-vous de cet article ?", "NEWSLETTER",
                             "Inscrivez-vous pour suivre toute notre actualité.", "RÉAGISSEZ",
                             "Poster un Commentaire", "Soyez le premier à commenter !", "Me notifier des",
                             "avatar", "wpDiscuz", "RÉSEAUX SOCIAUX"}) {
      INFO(line);
      CHECK(marked(t, s, line));
    }
    CHECK_FALSE(marked(t, s, "Le ministre russe des Affaires étrangères, Sergueï Lavrov"));
  }
  SECTION("spans are sorted and do not overlap") {
    for (const char* name : {"000_7d683000d0d43ddb.txt", "001_b2f00d48faade77c.txt", "002_76e9bc5c19146d79.txt",
                             "003_5fb18bea82014bce.txt", "004_a1c3856fd1dc1f34.txt"}) {
      const auto s = find_boilerplate(read_sample(name));
      for (std::size_t i = 0; i < s.size(); ++i) {
        CHECK(s[i].begin < s[i].end);
        if (i > 0) CHECK(s[i - 1].end < s[i].begin);
      }
    }
  }
}

TEST_CASE("invalid boilerplate lexicons are refused with FILE:LINE", "[extract][boilerplate]") {
  auto error_of = [](const std::string& content) -> std::string {
    try {
      BoilerplateRules::parse(content, "my/boilerplate.txt");
    } catch (const LexiconError& e) {
      return e.what();
    }
    return "";
  };
  CHECK(error_of("# comment\nexact\tPublicité\t30\n").empty());
  CHECK(error_of("# comment\n\nexact\tPublicité\n").rfind("my/boilerplate.txt:3: expected 3", 0) == 0);
  CHECK(error_of("regex\tfoo\t10\n").rfind("my/boilerplate.txt:1: unknown rule kind", 0) == 0);
  CHECK(error_of("exact\tfoo\tten\n").rfind("my/boilerplate.txt:1: max chars", 0) == 0);
  CHECK(error_of("exact\tfoo\t0\n").rfind("my/boilerplate.txt:1: max chars", 0) == 0);
  CHECK(error_of("exact\tPublicité\t30\nexact\tPUBLICITE\t20\n").rfind("my/boilerplate.txt:2: duplicate", 0) == 0);
  CHECK(error_of("exact\t\t30\n").rfind("my/boilerplate.txt:1:", 0) == 0);
  CHECK(error_of("exact\t\xFF\t30\n").rfind("my/boilerplate.txt:1:", 0) == 0);

  LexiconError e("f.txt", 7, "bad");
  CHECK(std::string(e.what()) == "f.txt:7: bad");
  CHECK(e.line() == 7);
}

TEST_CASE("custom rules are used by find_boilerplate", "[extract][boilerplate]") {
  const auto rules = BoilerplateRules::parse("exact\tVoir la vidéo\t30\nprefix\tSource\t40\n", "custom.txt");
  const std::string text = "Voir la VIDEO\nSource: AFP\nSources diplomatiques.\n";
  const auto spans = find_boilerplate(text, rules);
  REQUIRE(spans.size() == 1);
  CHECK(text.substr(spans[0].begin, spans[0].size()) == "Voir la VIDEO\nSource: AFP");
}

TEST_CASE("a teaser label marks its headline, however it reads", "[extract][boilerplate]") {
  // A headline can be ten words and end with a quote: after "Lire aussi :" it is a link.
  CHECK(is_marked("Lire aussi : Le ministre promet que les troupes resteront « quoi qu'il arrive en Europe »"));
  CHECK(is_marked("LIRE AUSSI > Les deux pays signent un accord de coopération pour les cinq prochaines années."));
  // Without a label mark the line is a sentence that starts with the words.
  CHECK_FALSE(is_marked("Lire aussi les déclarations du Kremlin demande du temps, a estimé le porte-parole."));
}

TEST_CASE("a bullet, arrow or pictograph before a widget's label does not hide it", "[extract][boilerplate]") {
  CHECK(is_marked("📌 Lire aussi : Sri Lanka, un an après la crise, le tourisme repart"));
  CHECK(is_marked("► Lire aussi : Bakou et Erevan reprennent les pourparlers"));
  CHECK(is_marked("• Partager"));
  // What follows the marks is still read as before: a sentence is text.
  CHECK_FALSE(is_marked("• Les deux ministres se sont parlé mardi"));
  CHECK_FALSE(is_marked("📌 Lire aussi les déclarations du Kremlin demande du temps, a estimé le porte-parole."));
}

TEST_CASE("a teaser label alone heads a list of headlines up to a blank line", "[extract][boilerplate]") {
  const std::string text =
      "Le texte de l'article.\n\nÀ lire aussi :\nPétrole : les cours remontent\nLa frontière rouverte demain\n\n"
      "Les deux ministres se sont quittés sans déclaration commune.\n";
  const auto spans = find_boilerplate(text);
  CHECK(marked(text, spans, "À lire aussi"));
  CHECK(marked(text, spans, "Pétrole : les cours remontent"));
  CHECK(marked(text, spans, "La frontière rouverte demain"));
  CHECK_FALSE(marked(text, spans, "Le texte de l'article."));
  CHECK_FALSE(marked(text, spans, "Les deux ministres"));
  // A line of prose right under the label is article text again.
  const std::string tight =
      "Lire aussi\nLes deux ministres se sont quittés sans la moindre déclaration commune sur le gaz.\n";
  CHECK_FALSE(marked(tight, find_boilerplate(tight), "Les deux ministres"));
}

TEST_CASE("a list label of related articles heads its headlines as a teaser label does", "[extract][boilerplate]") {
  for (const std::string label : {"Dans la même rubrique :", "Articles similaires", "Les plus lus", "Articles liés"}) {
    const std::string text = "Le texte de l'article.\n\n" + label +
                             "\nGaz : Bakou relève ses livraisons vers l'Europe\nLe port de Poti agrandi d'ici 2027\n\n"
                             "Les deux ministres se sont quittés sans déclaration commune.\n";
    INFO(label);
    const auto spans = find_boilerplate(text);
    CHECK(marked(text, spans, "Gaz : Bakou relève ses livraisons"));
    CHECK(marked(text, spans, "Le port de Poti agrandi"));
    CHECK_FALSE(marked(text, spans, "Les deux ministres"));
  }
}
