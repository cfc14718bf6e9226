#include "extract/mentions.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract_test_support.h"

using namespace ag;
using namespace ag::extract;
using namespace ag::extract::test;

namespace {

using Strings = std::vector<std::string>;

// What the mention whose surface contains `surface` resolved to ("" when none).
std::string id_of(const std::vector<ActorMention>& ms, const std::string& surface) {
  const ActorMention* m = mention(ms, surface);
  return m ? m->actor.id : "";
}

// The actor a lone role phrase resolves to in a statement published on `published`.
std::string role_alone(const std::string& text, const std::string& published, const std::string& role_surface) {
  const auto ms = mentions_of(text, published);
  INFO(text << " @ " << published << "\n" << describe(ms));
  return id_of(ms, role_surface);
}

// Mentions of one sentence through find_mentions, for the fields the extractor's audit
// does not show (place, pronoun, offsets).
struct SentenceMentions {
  ScannedText scanned;
  DocActors actors{lexicons()};
  std::vector<Mention> mentions;
  SentenceMentions(const std::string& text, const std::string& reference) : scanned(text) {
    const SentenceContext ctx = scanned.context(date(reference));
    mentions = find_mentions(ctx, actors);
  }
  // The mention whose original text is exactly `surface`.
  const Mention* find(const std::string& surface) const {
    for (const auto& m : mentions)
      if (scanned.original(m.begin, m.end) == surface) return &m;
    return nullptr;
  }
  std::string id(const Mention& m) const { return actors[m.actor].actor.id; }
  std::string dump() const {
    std::string out;
    for (const auto& m : mentions)
      out += "\n  '" + scanned.original(m.begin, m.end) + "' -> " + id(m) + (m.place ? " (place)" : "") +
             (m.pronoun ? " (pronoun)" : "");
    return out;
  }
};

}  // namespace

// ---------- name variants ----------

TEST_CASE("mentions: name variants are case- and diacritic-insensitive", "[extract][mentions]") {
  const std::string text =
      "Ilham Aliev a salué la décision. ILHAM ALIYEV l'a répété. "
      "Recep Tayyip Erdogan a approuvé. Recep Tayyip Erdoğan a insisté. RECEP TAYYIP ERDOĞAN a conclu. "
      "Nikol Pachinian a protesté. Nikol Pashinyan a répondu. Nikol Pachinyan a signé. "
      "Vladimir Poutine a réagi. Vladimir Putin a menacé.";
  const auto ms = mentions_of(text, "2024-02-10");
  INFO(describe(ms));
  CHECK(resolved(ms, "Ilham Aliev") == Strings{"ilham-aliyev"});
  CHECK(resolved(ms, "ILHAM ALIYEV") == Strings{"ilham-aliyev"});
  CHECK(resolved(ms, "Recep Tayyip Erdogan") == Strings{"recep-tayyip-erdogan"});
  CHECK(resolved(ms, "Recep Tayyip Erdoğan") == Strings{"recep-tayyip-erdogan"});
  CHECK(resolved(ms, "RECEP TAYYIP ERDOĞAN") == Strings{"recep-tayyip-erdogan"});
  CHECK(resolved(ms, "Nikol Pachinian") == Strings{"nikol-pashinyan"});
  CHECK(resolved(ms, "Nikol Pashinyan") == Strings{"nikol-pashinyan"});
  CHECK(resolved(ms, "Nikol Pachinyan") == Strings{"nikol-pashinyan"});
  CHECK(resolved(ms, "Vladimir Poutine") == Strings{"vladimir-putin"});
  CHECK(resolved(ms, "Vladimir Putin") == Strings{"vladimir-putin"});
}

TEST_CASE("mentions: every variant gives the canonical id and display name", "[extract][mentions]") {
  const auto ms = mentions_of("Ilham Aliyev a reçu Nikol Pashinyan.", "2024-02-10");
  INFO(describe(ms));
  const ActorMention* a = mention(ms, "Ilham Aliyev");
  const ActorMention* p = mention(ms, "Nikol Pashinyan");
  REQUIRE(a);
  REQUIRE(p);
  CHECK(a->actor.name == "Ilham Aliev");
  CHECK(a->actor.kind == ActorKind::person);
  CHECK(a->actor.country == "AZE");
  CHECK(p->actor.name == "Nikol Pachinian");
  CHECK(p->actor.country == "ARM");
}

TEST_CASE("mentions: surname variants alone resolve to the office holder", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Aliev a salué le geste. Aliyev l'avait promis. Erdoğan s'est félicité. Erdogan a insisté. "
      "Pachinian a répondu. Pashinyan a nuancé. Poutine n'a rien dit.",
      "2024-02-10");
  INFO(describe(ms));
  CHECK(id_of(ms, "Aliev") == "ilham-aliyev");
  CHECK(id_of(ms, "Aliyev") == "ilham-aliyev");
  CHECK(id_of(ms, "Erdoğan") == "recep-tayyip-erdogan");
  CHECK(id_of(ms, "Erdogan") == "recep-tayyip-erdogan");
  CHECK(id_of(ms, "Pachinian") == "nikol-pashinyan");
  CHECK(id_of(ms, "Pashinyan") == "nikol-pashinyan");
  CHECK(id_of(ms, "Poutine") == "vladimir-putin");
}

// ---------- surnames ----------

TEST_CASE("mentions: a surname after another given name is not the namesake named before", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Ilham Aliyev a reçu Charles Michel mardi. Mercredi, Boris Aliyev a accueilli Charles Michel.", "2023-05-04");
  INFO(describe(ms));
  CHECK(resolved(ms, "Ilham Aliyev") == Strings{"ilham-aliyev"});
  // "Boris" is a given name of the data (Boris Johnson), not one of Ilham Aliyev's.
  for (const auto& m : ms)
    if (m.surface.find("Boris") != std::string::npos || m.surface == "Aliyev") CHECK(m.actor.id != "ilham-aliyev");
}

TEST_CASE("mentions: a bare surname names the holder in office at the date", "[extract][mentions]") {
  // Two Alievs led Azerbaijan: Heydar until October 2003, then his son Ilham.
  CHECK(role_alone("Le président Aliev a promulgué la loi.", "1998-05-04", "Aliev") == "heydar-aliyev");
  CHECK(role_alone("Le président Aliev a promulgué la loi.", "2015-05-04", "Aliev") == "ilham-aliyev");
}

TEST_CASE("mentions: a surname after a full mention names that person", "[extract][mentions]") {
  SECTION("the father named in full, though the son holds office") {
    const auto ms = mentions_of(
        "Heydar Aliev a dirigé l'Azerbaïdjan pendant dix ans. Aliev reste une figure du pays.", "2015-05-04");
    INFO(describe(ms));
    CHECK(resolved(ms, "Aliev") == Strings{"heydar-aliyev", "heydar-aliyev"});
  }
  SECTION("the full form with diacritics, the surname without") {
    const auto ms = mentions_of(
        "Recep Tayyip Erdoğan a reçu des journalistes. Erdogan a démenti toute rencontre. ERDOGAN s'est tu.",
        "2024-02-10");
    INFO(describe(ms));
    CHECK(resolved(ms, "Recep Tayyip Erdoğan") == Strings{"recep-tayyip-erdogan"});
    CHECK(resolved(ms, "Erdogan") == Strings{"recep-tayyip-erdogan"});
    CHECK(resolved(ms, "ERDOGAN") == Strings{"recep-tayyip-erdogan"});
  }
  SECTION("a surname with a particle") {
    const auto ms = mentions_of(
        "Ursula von der Leyen a rencontré des industriels. Von der Leyen a promis des fonds.", "2024-02-10");
    INFO(describe(ms));
    CHECK(id_of(ms, "Von der Leyen") == "ursula-von-der-leyen");
  }
}

// ---------- roles ----------

TEST_CASE("mentions: 'le président américain' alone at different dates", "[extract][mentions]") {
  const std::string text = "Le président américain a appelé à la retenue.";
  CHECK(role_alone(text, "2010-06-15", "président américain") == "barack-obama");
  CHECK(role_alone(text, "2018-06-15", "président américain") == "donald-trump");
  CHECK(role_alone(text, "2022-06-15", "président américain") == "joe-biden");
  CHECK(role_alone(text, "2025-06-15", "président américain") == "donald-trump");
}

TEST_CASE("mentions: 'le ministre turc des Affaires étrangères' alone in 2016 and 2024", "[extract][mentions]") {
  const std::string text = "Le ministre turc des Affaires étrangères a démenti ces informations.";
  CHECK(role_alone(text, "2016-03-01", "ministre turc") == "mevlut-cavusoglu");
  CHECK(role_alone(text, "2024-03-01", "ministre turc") == "hakan-fidan");
}

TEST_CASE("mentions: a role records the office and country it names", "[extract][mentions]") {
  const auto ms = mentions_of("Le ministre turc des Affaires étrangères a démenti.", "2024-03-01");
  INFO(describe(ms));
  const ActorMention* m = mention(ms, "ministre turc");
  REQUIRE(m);
  CHECK(m->actor.id == "hakan-fidan");
  CHECK(m->actor.role == "foreign_minister:TUR");
  CHECK(m->actor.country == "TUR");
}

TEST_CASE("mentions: roles bound by 'de' and by the lexicon's place", "[extract][mentions]") {
  CHECK(role_alone("Le secrétaire général de l'OTAN a plaidé pour l'unité.", "2019-06-15", "secrétaire général") ==
        "jens-stoltenberg");
  CHECK(role_alone("Le secrétaire général de l'OTAN a plaidé pour l'unité.", "2025-06-15", "secrétaire général") ==
        "mark-rutte");
  CHECK(role_alone("Le locataire de l'Élysée a tranché.", "2014-06-15", "locataire") == "francois-hollande");
  CHECK(role_alone("Le maître du Kremlin a tranché.", "2024-06-15", "maître du Kremlin") == "vladimir-putin");
  CHECK(role_alone("La présidente de la Commission européenne a tranché.", "2024-06-15", "présidente") ==
        "ursula-von-der-leyen");
}

TEST_CASE("mentions: the seat's chief names the head of state, not the last official of that country",
          "[extract][mentions]") {
  // The chief of the White House after the Secretary of State: "chef de la" alone bound
  // nothing, so an American official of the sentence before was taken.
  const auto ms = mentions_of(
      "Le secrétaire d'État américain a vu son homologue indien. Mardi, le chef de la Maison Blanche a dîné "
      "avec le Premier ministre Narendra Modi.",
      "2023-06-20");
  INFO(describe(ms));
  CHECK(resolved(ms, "chef de la Maison Blanche") == Strings{"joe-biden"});
  CHECK(role_alone("Le maître de la Maison-Blanche a signé le décret.", "2018-03-01", "maître") == "donald-trump");
  CHECK(role_alone("Le chef du Kremlin a répondu par écrit.", "2019-03-01", "chef du Kremlin") == "vladimir-putin");
  CHECK(role_alone("Le locataire du Kremlin a répondu.", "2010-03-01", "locataire") == "dmitry-medvedev");
  CHECK(role_alone("Le maître de l'Élysée a répondu.", "2010-03-01", "maître") == "nicolas-sarkozy");
}

TEST_CASE("mentions: a role with a name in apposition is that person", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le chef de la diplomatie russe Sergueï Lavrov a rencontré le président Aliyev.", "2020-11-20");
  INFO(describe(ms));
  CHECK(id_of(ms, "Lavrov") == "sergey-lavrov");
  CHECK(id_of(ms, "Aliyev") == "ilham-aliyev");
  CHECK(ms.size() == 2);  // the role and its name are one mention
}

// ---------- le chef de l'Etat ----------

TEST_CASE("mentions: 'le chef de l'Etat' is the head of state the article is about", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Ilham Aliyev a inauguré lundi une usine à Soumgaït. Aliyev a ensuite reçu le président français "
      "Emmanuel Macron. Le chef de l'Etat a insisté sur la paix.",
      "2024-11-20");
  INFO(describe(ms));
  CHECK(id_of(ms, "chef de l'Etat") == "ilham-aliyev");
}

TEST_CASE("mentions: before any head of state is named, 'le président de la République' is the dateline's",
          "[extract][mentions]") {
  const auto ms =
      mentions_of("ALGER, 12 mars (APS) - Le président de la République a reçu jeudi Olaf Scholz.", "2024-03-15");
  INFO(describe(ms));
  CHECK(id_of(ms, "président") == "abdelmadjid-tebboune");
  const auto ms2 =
      mentions_of("Paris (AFP) - Le chef de l'État s'est entretenu mardi avec Pedro Sánchez.", "2024-03-15");
  INFO(describe(ms2));
  CHECK(id_of(ms2, "chef de l'État") == "emmanuel-macron");
  // A person named first leaves no dateline to go by.
  const auto ms3 = mentions_of("Olaf Scholz est arrivé à Paris. Le chef de l'État l'a reçu.", "2024-03-15");
  INFO(describe(ms3));
  CHECK(id_of(ms3, "chef de l'État").empty());
}

TEST_CASE("mentions: 'le chef de l'État' is the head of the state the sentence cites as its source",
          "[extract][mentions]") {
  // Trump is the head of state the text names most, but the Élysée speaks for France's.
  const auto ms = mentions_of(
      "Donald Trump a reçu Volodymyr Zelensky. Trump a promis des armes. Le chef de l'Etat s'est entretenu "
      "dimanche avec le président ukrainien, a indiqué l'Elysée.",
      "2025-03-15");
  INFO(describe(ms));
  CHECK(id_of(ms, "chef de l'Etat") == "emmanuel-macron");
  const auto ms2 = mentions_of(
      "Emmanuel Macron a appelé Recep Tayyip Erdogan. Macron a insisté. Le chef de l'État a reçu mardi le "
      "Premier ministre indien, selon le Kremlin.",
      "2024-03-15");
  INFO(describe(ms2));
  CHECK(id_of(ms2, "chef de l'État") == "vladimir-putin");
}

TEST_CASE("mentions: a new name after a role may begin with a known first name or a courtesy title",
          "[extract][mentions]") {
  // "Ahmed", "Mohamed" are first names the data knows; "Traoré" a surname it knows: the role
  // introduces one new person of its country, not the country and a stranger.
  const auto ms = mentions_of("Hakan Fidan s'est entretenu avec son homologue mauritanien, Ahmed Kane.", "2024-03-15");
  INFO(describe(ms));
  CHECK(id_of(ms, "Ahmed Kane") == "ahmed-kane");
  const ActorMention* kane = mention(ms, "Ahmed Kane");
  REQUIRE(kane);
  CHECK(kane->actor.country == "MRT");
  CHECK(id_of(ms, "homologue mauritanien") == "ahmed-kane");
  const auto ms2 = mentions_of("Hakan Fidan a reçu le ministre malien des Affaires étrangères, Mohamed Lamine Traoré.",
                               "2024-03-15");
  INFO(describe(ms2));
  CHECK(id_of(ms2, "Traoré") == "mohamed-lamine-traore");
  const auto ms3 = mentions_of("Hakan Fidan a reçu son homologue gabonais, Son Excellence Monsieur Paul Obiang Ndong.",
                               "2024-03-15");
  INFO(describe(ms3));
  CHECK(id_of(ms3, "Obiang") == "paul-obiang-ndong");
}

TEST_CASE("mentions: 'le chef de l'État' skips people who are not heads of state", "[extract][mentions]") {
  // Pachinian is head of government: the head of state is Aliyev even though Pachinian is
  // named last.
  const auto ms = mentions_of(
      "Le président Ilham Aliyev a accueilli à Bakou le Premier ministre Nikol Pachinian. "
      "Le chef de l'État a salué une étape historique.",
      "2024-03-12");
  INFO(describe(ms));
  CHECK(id_of(ms, "chef de l'État") == "ilham-aliyev");
}

TEST_CASE("mentions: 'le chef de l'Etat' with a demonym names that country's head", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Vladimir Poutine a reçu Recep Tayyip Erdogan. Le chef de l'Etat turc a plaidé pour un cessez-le-feu.",
      "2024-03-12");
  INFO(describe(ms));
  CHECK(id_of(ms, "chef de l'Etat turc") == "recep-tayyip-erdogan");
}

// ---------- homologue ----------

TEST_CASE("mentions: 'son homologue turc' is the same office in Turkey at the date", "[extract][mentions]") {
  const std::string text = "Le ministre arménien des Affaires étrangères Ararat Mirzoyan a reçu mardi son homologue turc.";
  CHECK(role_alone(text, "2022-09-20", "homologue turc") == "mevlut-cavusoglu");
  CHECK(role_alone(text, "2023-09-20", "homologue turc") == "hakan-fidan");
}

TEST_CASE("mentions: 'son homologue' in a clause opening the sentence is the main clause subject's counterpart",
          "[extract][mentions]") {
  const std::string text =
      "Après avoir rencontré son homologue polonais, Emmanuel Macron a plaidé pour une défense européenne.";
  const auto ms = mentions_of(text, "2025-03-13");
  INFO(describe(ms));
  CHECK(id_of(ms, "homologue polonais") == "andrzej-duda");
  CHECK(id_of(ms, "Emmanuel Macron") == "emmanuel-macron");
  // An apposition closed by a comma, or a compatriot, is still the role's name.
  CHECK(role_alone("Emmanuel Macron a reçu son homologue polonais, Andrzej Duda, à l'Élysée.", "2025-03-13",
                   "homologue polonais") == "andrzej-duda");
}

TEST_CASE("mentions: 'le dirigeant philippin' is the country's leader, not the country", "[extract][mentions]") {
  CHECK(role_alone("Le dirigeant philippin a rencontré Nguyen Phu Trong.", "2024-01-30", "dirigeant philippin") ==
        "ferdinand-marcos-jr");
  CHECK(role_alone("Le dirigeant nord-coréen a reçu Vladimir Poutine.", "2024-06-19", "dirigeant nord-coréen") ==
        "kim-jong-un");
  // Unnamed in a parliamentary state: who governs, not the monarch.
  CHECK(role_alone("Le dirigeant britannique a reçu Emmanuel Macron.", "2023-03-10", "dirigeant britannique") ==
        "rishi-sunak");
}

TEST_CASE("mentions: 'le dirigeant indien' is who leads the state: the Prime Minister of a parliamentary one",
          "[extract][mentions]") {
  // Both heads named, the President last: the office that leads India (countries.tsv `leader`).
  const auto ms = mentions_of(
      "Narendra Modi a accueilli Anthony Albanese à New Delhi. La présidente Droupadi Murmu leur a offert un "
      "dîner. Le dirigeant indien a ensuite emmené son invité à Ahmedabad.",
      "2023-03-09");
  INFO(describe(ms));
  CHECK(resolved(ms, "dirigeant indien") == Strings{"narendra-modi"});
  // A presidential state whose Prime Minister the data knows: unnamed, its president.
  CHECK(role_alone("Le dirigeant russe a reçu Xi Jinping.", "2023-03-21", "dirigeant russe") == "vladimir-putin");
  // Someone the text itself called that country's leader stays meant.
  const auto own = mentions_of(
      "Le dirigeant chypriote turc Ersin Tatar a refusé. Le président Nikos Christodoulides a regretté ce refus. "
      "Le dirigeant chypriote turc a maintenu sa position.",
      "2024-10-15");
  INFO(describe(own));
  CHECK(resolved(own, "dirigeant chypriote turc") == Strings{"ersin-tatar", "ersin-tatar"});
}

TEST_CASE("mentions: 'le dirigeant australien' is a leader, not a minister of that country named since",
          "[extract][mentions]") {
  // The leader came with a minister the text introduces: the minister, named last, led nothing.
  const auto ms = mentions_of(
      "Anthony Albanese est arrivé à Tokyo avec le ministre australien de l'Agriculture, Kevin Moorhouse. Le "
      "lendemain, le dirigeant australien a été reçu par l'empereur.",
      "2023-10-10");
  INFO(describe(ms));
  CHECK(resolved(ms, "dirigeant australien") == Strings{"anthony-albanese"});
  // A minister the data knows, named after the head: the same.
  const auto known = mentions_of(
      "Le Premier ministre Anthony Albanese et la ministre australienne des Affaires étrangères Penny Wong sont à "
      "Pékin. Le dirigeant australien doit y voir Xi Jinping.",
      "2023-11-05");
  INFO(describe(known));
  CHECK(resolved(known, "dirigeant australien") == Strings{"anthony-albanese"});
  // No leader named: who governs, as before, not the minister.
  const auto unnamed = mentions_of(
      "La ministre australienne des Affaires étrangères Penny Wong est à Pékin. Le dirigeant australien y est "
      "attendu en novembre.",
      "2023-09-05");
  INFO(describe(unnamed));
  CHECK(resolved(unnamed, "dirigeant australien") == Strings{"anthony-albanese"});
}

TEST_CASE("mentions: 'son homologue brésilien' is no counterpart of a Brazilian named last", "[extract][mentions]") {
  // The possessor went unresolved ("le mandataire"), so the person named last was the Brazilian
  // himself, and the counterpart fell back on the state.
  const auto ms = mentions_of(
      "Les présidents Gustavo Petro et Lula se sont parlé jeudi. Le mandataire colombien et son homologue "
      "brésilien ont promis de se revoir.",
      "2023-07-06");
  INFO(describe(ms));
  CHECK(resolved(ms, "homologue brésilien") == Strings{"lula"});
}

TEST_CASE("mentions: 'son homologue' of a head of state is a head of state", "[extract][mentions]") {
  const auto ms = mentions_of("Ilham Aliyev a reçu un appel de son homologue russe.", "2024-05-04");
  INFO(describe(ms));
  CHECK(id_of(ms, "homologue russe") == "vladimir-putin");
  const auto pm = mentions_of("Nikol Pachinian s'est entretenu avec son homologue géorgien.", "2019-05-04");
  INFO(describe(pm));
  // Pachinian is head of government: his Georgian counterpart is the prime minister, not the president.
  const ActorMention* g = mention(pm, "homologue géorgien");
  REQUIRE(g);
  CHECK(g->actor.country == "GEO");
  CHECK(ag::extract::test::lexicons().kb().holds(
      static_cast<uint32_t>(ag::extract::test::lexicons().kb().find(g->actor.id)), "head_of_government",
      date("2019-05-04")));
}

// ---------- appositions introducing unknown people ----------

TEST_CASE("mentions: a role then a name the data does not know introduces a person", "[extract][mentions]") {
  const auto ms = mentions_of(
      "La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a dénoncé la décision. "
      "Zakharova a ajouté que la Russie répondrait.",
      "2024-11-20");
  INFO(describe(ms));
  const ActorMention* z = mention(ms, "Maria Zakharova");
  REQUIRE(z);
  CHECK(z->actor.id == "maria-zakharova");
  CHECK(z->actor.name == "Maria Zakharova");
  CHECK(z->actor.kind == ActorKind::person);
  CHECK(z->actor.country == "RUS");
  CHECK(z->actor.role == "spokesperson:RUS");
  // Her surname alone later names her.
  CHECK(resolved(ms, "Zakharova") == Strings{"maria-zakharova", "maria-zakharova"});
}

TEST_CASE("mentions: a title introduces a person the data does not know", "[extract][mentions]") {
  const auto ms = mentions_of("L'ambassadeur de France, M. Jean Testard, a rencontré Ilham Aliyev. Testard a salué la paix.",
                              "2024-11-20");
  INFO(describe(ms));
  CHECK(id_of(ms, "Jean Testard") == "jean-testard");
  CHECK(resolved(ms, "Testard") == Strings{"jean-testard", "jean-testard"});
}

// "l'ambassadeur de France, M. Jean Testard": the title between the role and the name must
// not stop the role from giving the new person's country.
TEST_CASE("mentions: a role, a title, then an unknown name gives the person's country",
          "[extract][mentions]") {
  const auto ms = mentions_of("L'ambassadeur de France, M. Jean Testard, a rencontré Ilham Aliyev.", "2024-11-20");
  INFO(describe(ms));
  const ActorMention* t = mention(ms, "Jean Testard");
  REQUIRE(t);
  CHECK(t->actor.id == "jean-testard");
  CHECK(t->actor.country == "FRA");
}

// (A made-up name: real spokespersons such as Maria Zakharova are in the knowledge base.)
TEST_CASE("mentions: a name then a role in apposition gives the unknown person's country",
          "[extract][mentions]") {
  const auto ms = mentions_of("Maria Volkova, porte-parole de la diplomatie russe, a dénoncé la décision.", "2024-11-20");
  INFO(describe(ms));
  const ActorMention* z = mention(ms, "Maria Volkova");
  REQUIRE(z);
  CHECK(z->actor.id == "maria-volkova");
  CHECK(z->actor.country == "RUS");
  CHECK(z->actor.role == "spokesperson:RUS");
}

// (Made-up names whose first words are no first name the knowledge base knows: only the
// apposed role says they are people.)
TEST_CASE("mentions: an unknown name with a role in apposition is a person", "[extract][mentions]") {
  const std::string pub = "2024-11-20";
  for (const std::string text :
       {"Zarbali Nuriyev, conseiller du président azerbaïdjanais, a rencontré Emmanuel Macron.",
        "Emmanuel Macron a reçu Zarbali Nuriyev, ministre de l'Économie.",
        "Emmanuel Macron a reçu jeudi Zarbali Nuriyev, le chef de la délégation."}) {
    const SentenceMentions s(text, pub);
    INFO(text << s.dump());
    const Mention* m = s.find("Zarbali Nuriyev");
    REQUIRE(m);
    CHECK(s.id(*m) == "zarbali-nuriyev");
  }
}

TEST_CASE("mentions: a minister's remit between the role and an unknown name", "[extract][mentions]") {
  for (const std::string text : {"Emmanuel Macron a reçu le ministre de l'Intérieur Zarbali Nuriyev.",
                                 "Emmanuel Macron a reçu le ministre azerbaïdjanais de l'Énergie Zarbali Nuriyev.",
                                 "Emmanuel Macron a reçu le ministre des Finances Zarbali Nuriyev."}) {
    const SentenceMentions s(text, "2024-11-20");
    INFO(text << s.dump());
    bool named = false;
    for (const auto& m : s.mentions) named = named || s.id(m) == "zarbali-nuriyev";
    CHECK(named);
  }
  // An organization, not a remit: the capitalized words after it are still its name.
  const SentenceMentions cia("Emmanuel Macron a reçu le directeur de la Banque Mondiale Africaine.", "2024-11-20");
  INFO(cia.dump());
  CHECK_FALSE(cia.find("Mondiale Africaine"));
}

TEST_CASE("mentions: an undated office of a named country, with no name, is the state", "[extract][mentions]") {
  CHECK(role_alone("Le conseiller américain à la sécurité nationale a rencontré Wang Yi.", "2024-11-20",
                   "conseiller américain à la sécurité nationale") == "usa");
  CHECK(role_alone("Le vice-président américain a reçu le Premier ministre indien.", "2024-11-20",
                   "vice-président américain") == "usa");
  // A title a state gives to many, unnamed: nobody, not even the state.
  CHECK(role_alone("L'ambassadeur de France a remis ses lettres de créance à Ilham Aliyev.", "2024-11-20",
                   "ambassadeur de France") == "");
  // No country in the text: nobody.
  CHECK(role_alone("Le conseiller à la sécurité nationale a rencontré Wang Yi.", "2024-11-20",
                   "conseiller à la sécurité nationale") == "");
}

TEST_CASE("mentions: an unknown name after a comma-set chunk that opens on a role is a person", "[extract][mentions]") {
  const SentenceMentions s(
      "L'assistant du président, chef du Département de la politique étrangère de l'Administration, Zarbali "
      "Nuriyev, a rencontré Emmanuel Macron.",
      "2024-11-20");
  INFO(s.dump());
  REQUIRE(s.find("Zarbali Nuriyev"));
  CHECK(s.id(*s.find("Zarbali Nuriyev")) == "zarbali-nuriyev");
  // A chunk that opens on no role says nothing of the name.
  const SentenceMentions t("Dans la soirée, sous une pluie battante, Zarbali Nuriyev est arrivé.", "2024-11-20");
  INFO(t.dump());
  CHECK_FALSE(t.find("Zarbali Nuriyev"));
}

TEST_CASE("mentions: a capitalized complement coordinated with a person is no person", "[extract][mentions]") {
  const SentenceMentions s("Lors du Forum Economique Mondial, Emmanuel Macron a rencontré Olaf Scholz.", "2024-11-20");
  INFO(s.dump());
  for (const auto& m : s.mentions) CHECK(s.id(m) != "forum-economique-mondial");
  for (const auto& m : s.mentions) CHECK(s.scanned.original(m.begin, m.end).find("Forum") == std::string::npos);
}

TEST_CASE("mentions: capitalized things before an apposed role are no persons", "[extract][mentions]") {
  for (const std::string text :
       {"Au Forum Economique Mondial, le président ukrainien a rencontré Emmanuel Macron.",
        "Lors du Forum Economique Mondial, le président ukrainien a rencontré Emmanuel Macron.",
        "Sur la Place Rouge, le président chinois a rencontré Vladimir Poutine.",
        "Le Parti Républicain, le président américain et le Congrès ont reçu Emmanuel Macron."}) {
    const SentenceMentions s(text, "2024-11-20");
    INFO(text << s.dump());
    for (const auto& m : s.mentions) CHECK(s.scanned.original(m.begin, m.end).find_first_of("FPR") != 0);
  }
}

TEST_CASE("mentions: the places of a dateline run into the sentence take no part", "[extract][mentions]") {
  const SentenceMentions s(
      "BAKOU, 13 mars 2025 (AFP) - Zarbali Nuriyev, conseiller du président azerbaïdjanais, a rencontré Emmanuel "
      "Macron.",
      "2025-03-13");
  INFO(s.dump());
  const Mention* city = s.find("BAKOU");
  REQUIRE(city);
  CHECK(city->place);
  const SentenceMentions body("Bakou, Erevan et Moscou ont salué la décision.", "2025-03-13");
  INFO(body.dump());
  REQUIRE(body.find("Bakou"));
  CHECK_FALSE(body.find("Bakou")->place);
}

// ---------- role modifiers: "par intérim", "sortant", "ancien", "déchu" ----------

// (Made-up names: the knowledge base knows neither.)
TEST_CASE("mentions: a qualifier between a role and a name keeps them together", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le Premier ministre népalais par intérim Hari Bahadur Thapa a reçu les négociateurs. "
      "Lundi, Hari Bahadur Thapa a téléphoné au président indien.",
      "2025-03-04");
  INFO(describe(ms));
  const ActorMention* m = mention(ms, "Premier ministre népalais par intérim Hari Bahadur Thapa");
  REQUIRE(m);
  CHECK(m->actor.id == "hari-bahadur-thapa");
  CHECK(m->actor.country == "NPL");
  CHECK(m->actor.role == "head_of_government:NPL");
  // Named again in full, with no title and no known first name: the same person.
  CHECK(resolved(ms, "Hari Bahadur Thapa") == Strings{"hari-bahadur-thapa", "hari-bahadur-thapa"});
}

TEST_CASE("mentions: 'le président sortant' is the holder at the date", "[extract][mentions]") {
  CHECK(role_alone("Le président américain sortant a reçu son successeur.", "2016-11-10", "président américain") ==
        "barack-obama");
}

TEST_CASE("mentions: a modifier between a role and its demonym keeps the demonym bound", "[extract][mentions]") {
  // Without it, "intérimaire" cut the role from "bangladais": the head of government the text
  // named last (here the Japanese host) was taken instead.
  const auto ms = mentions_of(
      "Fumio Kishida a accueilli mardi à Tokyo le chef du gouvernement intérimaire bangladais pour parler "
      "commerce.",
      "2024-09-10");
  INFO(describe(ms));
  CHECK(id_of(ms, "chef du gouvernement intérimaire bangladais") == "muhammad-yunus");
  CHECK(resolved(ms, "chef du gouvernement") == Strings{"muhammad-yunus"});
  CHECK(role_alone("Le président sortant américain a téléphoné dimanche à Volodymyr Zelensky.", "2024-12-01",
                   "président sortant américain") == "joe-biden");
  // A former office between them: the former holder the text named, and no one when it named none.
  const auto former = mentions_of(
      "Ibrahim Boubacar Keïta a quitté Bamako pour Abou Dhabi. Le président déchu malien y a été soigné.",
      "2020-09-10");
  INFO(describe(former));
  CHECK(id_of(former, "président déchu malien") == "ibrahim-boubacar-keita");
  CHECK(role_alone("Le président déchu malien a été reçu par Macky Sall.", "2020-09-10", "président déchu malien")
            .empty());
}

TEST_CASE("mentions: 'le président élu' is who takes the office months later, not its holder", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Joe Biden a reçu mercredi Donald Trump dans le Bureau ovale. Le président élu a promis une transition "
      "ordonnée.",
      "2024-11-13");
  INFO(describe(ms));
  CHECK(resolved(ms, "président") == Strings{"donald-trump"});
  // With a demonym after the title.
  const auto american = mentions_of(
      "Joe Biden a reçu mercredi Donald Trump dans le Bureau ovale. Le président américain élu a promis une "
      "transition ordonnée.",
      "2024-11-13");
  INFO(describe(american));
  CHECK(resolved(american, "président américain") == Strings{"donald-trump"});
  // Nobody named whose term begins within months: no one, not the holder.
  const auto early = mentions_of(
      "Joe Biden a reçu mercredi Donald Trump dans le Bureau ovale. Le président élu a promis une transition "
      "ordonnée.",
      "2024-03-13");
  INFO(describe(early));
  CHECK(resolved(early, "président").empty());
}

TEST_CASE("mentions: 'l'ancien président' names a former holder the text named, not today's", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Goodluck Jonathan est arrivé mardi à Bamako. L'ancien président nigérian a rencontré les militaires.",
      "2020-08-24");
  INFO(describe(ms));
  CHECK(id_of(ms, "président nigérian") == "goodluck-jonathan");
  // With no former holder named, it names no one (not the president in office).
  CHECK(role_alone("L'ancien président nigérian a rencontré les militaires.", "2020-08-24", "président nigérian")
            .empty());
}

TEST_CASE("mentions: 'le président déchu X' is X, with no current office recorded", "[extract][mentions]") {
  const auto ms = mentions_of("La junte a libéré le président déchu Ibrahim Boubacar Keïta.", "2020-08-27");
  INFO(describe(ms));
  const ActorMention* m = mention(ms, "président déchu Ibrahim Boubacar Keïta");
  REQUIRE(m);
  CHECK(m->actor.id == "ibrahim-boubacar-keita");
  CHECK(m->actor.role.empty());
}

// ---------- coordinated plural roles ----------

TEST_CASE("mentions: 'les chefs de la diplomatie russe et turc' are both foreign ministers", "[extract][mentions]") {
  const auto ms = mentions_of("Les chefs de la diplomatie russe et turc se sont parlé.", "2016-03-01");
  INFO(describe(ms));
  CHECK(resolved(ms, "chefs de la diplomatie") == Strings{"sergey-lavrov", "mevlut-cavusoglu"});
}

TEST_CASE("mentions: in a coordinated plural role, a country with no dated holder stands for its official",
          "[extract][mentions]") {
  // The data dates no Vanuatu foreign minister: the second side is the state itself.
  const auto ms = mentions_of("Les ministres des Affaires étrangères turc et vanuatais se sont parlé.", "2024-03-01");
  INFO(describe(ms));
  CHECK(resolved(ms, "ministres des Affaires étrangères") == Strings{"hakan-fidan", "vut"});
}

TEST_CASE("mentions: a plural role over a list of countries names each one's holder", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Les ministres des Affaires étrangères d'Iran, d'Arabie saoudite et de Chine se sont retrouvés à Pékin.",
      "2023-03-13");
  INFO(describe(ms));
  CHECK(resolved(ms, "ministres des Affaires étrangères") ==
        Strings{"hossein-amir-abdollahian", "faisal-bin-farhan", "qin-gang"});
  // Which office leads each country the data does not say: the states.
  const auto leaders = mentions_of(
      "Les dirigeants de la France, de l'Allemagne et du Royaume-Uni ont rencontré Volodymyr Zelensky.", "2023-03-13");
  INFO(describe(leaders));
  CHECK(resolved(leaders, "dirigeants") == Strings{"fra", "deu", "gbr"});
  // A single country is no list.
  const auto one = mentions_of("Les dirigeants de la France ont rencontré Volodymyr Zelensky.", "2023-03-13");
  INFO(describe(one));
  CHECK(resolved(one, "dirigeants").size() <= 1);
}

// ---------- undated titles ----------

// (A made-up envoy: an undated title has no holder in the data, only in the text.)
TEST_CASE("mentions: 'l'émissaire américain' is the American the text named with a title", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le médiateur américain Paul Dernford est arrivé à Beyrouth, où le président Michel Aoun l'a reçu. "
      "L'émissaire américain a ensuite vu le président du Parlement.",
      "2022-10-27");
  INFO(describe(ms));
  CHECK(id_of(ms, "médiateur américain") == "paul-dernford");
  // Not Michel Aoun, named after him: a head of state is not described by an envoy's title.
  CHECK(id_of(ms, "émissaire américain") == "paul-dernford");
  // With no titled American named before, no one: the United States has many envoys.
  CHECK(
      role_alone("L'émissaire américain a vu le président du Parlement.", "2022-10-27", "émissaire américain").empty());
}

// (Made-up envoys: the text introduces them by an organization's title, with no nationality.)
TEST_CASE("mentions: 'le diplomate espagnol' is the envoy just introduced without a nationality",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Pablo Ortega Lanza, l'émissaire de l'ONU pour le Sahel, est arrivé lundi à Niamey. Mardi, le diplomate "
      "espagnol a rencontré le ministre nigérien des Affaires étrangères.",
      "2024-05-14");
  INFO(describe(ms));
  CHECK(id_of(ms, "diplomate espagnol") == "pablo-ortega-lanza");
  // Another title, another gender: the same reading.
  const auto she = mentions_of(
      "Ana Ruiz Beltrán, l'émissaire de l'ONU pour le Sahel, est arrivée lundi à Niamey. Mardi, la négociatrice "
      "espagnole a rencontré le Premier ministre nigérien.",
      "2024-05-14");
  INFO(describe(she));
  CHECK(id_of(she, "négociatrice espagnole") == "ana-ruiz-beltran");
  // A Spaniard named before may be meant: no guess.
  const auto compatriot = mentions_of(
      "Pedro Sánchez a salué la nomination de Pablo Ortega Lanza, l'émissaire de l'ONU pour le Sahel. Mardi, le "
      "diplomate espagnol a rencontré le ministre nigérien des Affaires étrangères.",
      "2024-05-14");
  INFO(describe(compatriot));
  CHECK(id_of(compatriot, "diplomate espagnol").empty());
  // Someone else named after him, in the same sentence: he is not the last one named.
  const auto after = mentions_of(
      "Pablo Ortega Lanza, l'émissaire de l'ONU pour le Sahel, a rencontré Emmanuel Macron. Mardi, le diplomate "
      "espagnol s'est rendu à Niamey.",
      "2024-05-14");
  INFO(describe(after));
  CHECK(id_of(after, "diplomate espagnol").empty());
}

TEST_CASE("mentions: 'le président du Faso' is Burkina Faso's head of state", "[extract][mentions]") {
  const auto ms =
      mentions_of("Le président du Faso a reçu mardi à Ouagadougou le chef de la junte malienne.", "2024-07-10");
  INFO(describe(ms));
  CHECK(id_of(ms, "président du Faso") == "ibrahim-traore");
}

TEST_CASE("mentions: the press's titles for an agency's head name its leader", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le patron de l'AIEA a rencontré lundi le ministre iranien des Affaires étrangères. La cheffe de l'OMS était "
      "à Genève, le chef du CICR à Gaza.",
      "2024-11-15");
  INFO(describe(ms));
  CHECK(id_of(ms, "patron de l'AIEA") == "rafael-grossi");
  CHECK(id_of(ms, "cheffe de l'OMS") == "tedros-adhanom-ghebreyesus");
  CHECK(id_of(ms, "chef du CICR") == "mirjana-spoljaric-egger");
  // Another title of the agency names someone else: no leader.
  const auto envoy = mentions_of("Le conseiller de l'AIEA a rencontré lundi Abbas Araghchi.", "2024-11-15");
  INFO(describe(envoy));
  CHECK(id_of(envoy, "conseiller de l'AIEA") != "rafael-grossi");
}

TEST_CASE("mentions: a title of a country names the one compatriot named, who leads no state there",
          "[extract][mentions]") {
  // Filippo Grandi is Italian and led the UNHCR: "le diplomate italien" is him.
  const auto ms = mentions_of(
      "Filippo Grandi est arrivé lundi à Kiev. Mardi, le diplomate italien a été reçu par Volodymyr Zelensky.",
      "2024-05-14");
  INFO(describe(ms));
  CHECK(id_of(ms, "diplomate italien") == "filippo-grandi");
  const auto envoy = mentions_of(
      "Kristalina Georgieva a atterri à Kiev. L'émissaire bulgare doit rencontrer Volodymyr Zelensky.", "2024-05-14");
  INFO(describe(envoy));
  CHECK(id_of(envoy, "émissaire bulgare") == "kristalina-georgieva");
  // Two Italians named: no guess between them.
  const auto two = mentions_of(
      "Filippo Grandi et Giorgia Meloni sont arrivés lundi à Kiev. Mardi, le diplomate italien a été reçu par "
      "Volodymyr Zelensky.",
      "2024-05-14");
  INFO(describe(two));
  CHECK(id_of(two, "diplomate italien").empty());
  // The one Italian named leads the country: a diplomat is someone else.
  const auto head = mentions_of(
      "Giorgia Meloni est arrivée lundi à Kiev. Mardi, le diplomate italien a été reçu par Volodymyr Zelensky.",
      "2024-05-14");
  INFO(describe(head));
  CHECK(id_of(head, "diplomate italien").empty());
}

TEST_CASE("mentions: 'le ministre chinois' is the Chinese minister named before", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le ministre chinois des Affaires étrangères Wang Yi a vu Xi Jinping. "
      "Le ministre chinois a ensuite rencontré le conseiller indien à la sécurité nationale Ajit Doval.",
      "2025-08-19");
  INFO(describe(ms));
  CHECK(resolved(ms, "ministre chinois") == Strings{"wang-yi", "wang-yi"});
  // The demonym inside the title still lets the name after it through.
  const ActorMention* d = mention(ms, "Ajit Doval");
  REQUIRE(d);
  CHECK(d->actor.country == "IND");
}

TEST_CASE("mentions: 'le ministre turc' is a minister the data knows, named before without his title",
          "[extract][mentions]") {
  // Named by name alone, the minister carried no title the description could match: the state
  // stood for him.
  const auto ms =
      mentions_of("Hakan Fidan est attendu vendredi à Riyad. Le ministre turc doit y être reçu par le prince héritier.",
                  "2024-03-14");
  INFO(describe(ms));
  CHECK(resolved(ms, "ministre turc") == Strings{"hakan-fidan"});
  const auto defence = mentions_of(
      "Lloyd Austin a quitté Manille mardi. Le ministre américain s'est ensuite entretenu avec son homologue "
      "japonais à Tokyo.",
      "2023-02-01");
  INFO(describe(defence));
  CHECK(resolved(defence, "ministre américain") == Strings{"lloyd-austin"});
  // Out of office at the sentence's date: not the minister meant.
  const auto past = mentions_of("Lloyd Austin a quitté Manille. Le ministre américain a parlé.", "2025-06-01");
  INFO(describe(past));
  CHECK(resolved(past, "ministre américain") != Strings{"lloyd-austin"});
}

TEST_CASE("mentions: 'avec lui' is whom the subject deals with, never the subject", "[extract][mentions]") {
  // The last person named is the object: that one.
  const auto object =
      mentions_of("Emmanuel Macron a appelé Volodymyr Zelensky samedi et a évoqué avec lui les garanties de sécurité.",
                  "2024-03-02");
  INFO(describe(object));
  CHECK(resolved(object, "lui") == Strings{"volodymyr-zelensky"});
  // The last person named is the subject of the verb before ("s'est", "a"): the one before.
  const auto subject = mentions_of(
      "Reçue à la chancellerie par Olaf Scholz, Giorgia Meloni s'est longuement entretenue avec lui.", "2024-03-02");
  INFO(describe(subject));
  CHECK(resolved(subject, "lui") == Strings{"olaf-scholz"});
  const auto aux =
      mentions_of("Arrivé mardi chez le président Lula, Olaf Scholz a déjeuné avec lui au palais.", "2023-12-05");
  INFO(describe(aux));
  CHECK(resolved(aux, "lui") == Strings{"lula"});
  // No one else in the sentence: the person the sentence before opened on.
  const auto before = mentions_of(
      "Olaf Scholz est arrivé lundi à Paris. Emmanuel Macron s'est entretenu avec lui à l'Élysée.", "2024-03-02");
  INFO(describe(before));
  CHECK(resolved(before, "lui") == Strings{"olaf-scholz"});
  // "avec elle": a woman.
  const auto her = mentions_of("La présidente Maia Sandu est à Bucarest. Le président Klaus Iohannis a dîné avec elle.",
                               "2023-03-02");
  INFO(describe(her));
  CHECK(resolved(her, "elle") == Strings{"maia-sandu"});
  // Only the subject could be meant: no one.
  const auto alone = mentions_of("Emmanuel Macron s'est entretenu avec lui.", "2024-03-02");
  INFO(describe(alone));
  CHECK(resolved(alone, "lui").empty());
}

TEST_CASE("mentions: 'les ministres des Affaires étrangères des deux pays' are those of the two states just named",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le traité frontalier entre Astana et Tachkent a été signé mardi par les ministres des Affaires étrangères "
      "des deux pays.",
      "2024-05-14");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "ministres des Affaires étrangères")) == Strings{"bakhtiyor-saidov", "murat-nurtleu"});
  // States named only in sentences before: which two is not told.
  const auto earlier = mentions_of(
      "Le Kazakhstan et l'Ouzbékistan ont conclu un traité frontalier. Il a été signé par les ministres des "
      "Affaires étrangères des deux pays.",
      "2024-05-14");
  INFO(describe(earlier));
  CHECK(resolved(earlier, "ministres des Affaires étrangères").empty());
  // Named in apposition, the holders are those names, not the data's.
  const auto apposed = mentions_of(
      "Le traité entre Astana et Tachkent a été signé par les ministres des Affaires étrangères des deux pays, "
      "Aibek Tursunov et Rustam Karimov.",
      "2024-05-14");
  INFO(describe(apposed));
  for (const auto& m : apposed) CHECK((m.actor.id != "murat-nurtleu" && m.actor.id != "bakhtiyor-saidov"));
  CHECK(resolved(apposed, "Rustam Karimov") == Strings{"rustam-karimov"});
}

// ---------- descriptions of organizations ----------

TEST_CASE("mentions: 'le mouvement islamiste palestinien' is the Palestinian organization named before",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le Jihad islamique a revendiqué les tirs. L'ONU a appelé au calme. "
      "L'Egypte a reçu une délégation du mouvement islamiste palestinien.",
      "2023-05-10");
  INFO(describe(ms));
  // Not the United Nations, named last: the description's place decides.
  CHECK(id_of(ms, "mouvement islamiste palestinien") == "palestinian-islamic-jihad");
}

TEST_CASE("mentions: a described organization followed by its name is that name", "[extract][mentions]") {
  const auto ms = mentions_of("Le Hamas a revendiqué les tirs. Le mouvement chiite Hezbollah a démenti.", "2023-05-10");
  INFO(describe(ms));
  CHECK(resolved(ms, "mouvement chiite") == Strings{});
  CHECK(id_of(ms, "Hezbollah") == "hezbollah");
}

TEST_CASE("mentions: a described organization with none named before names no one", "[extract][mentions]") {
  const auto ms = mentions_of("Le groupe armé a revendiqué l'attaque.", "2023-05-10");
  INFO(describe(ms));
  CHECK(ms.empty());
}

// ---------- countries, capitals, metonyms, organizations ----------

TEST_CASE("mentions: capitals and metonyms stand for their state", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Bakou et Erevan ont salué l'accord. Le Kremlin a démenti. L'Élysée a réagi. La Maison Blanche s'est tue.",
      "2024-11-20");
  INFO(describe(ms));
  CHECK(id_of(ms, "Bakou") == "aze");
  CHECK(id_of(ms, "Erevan") == "arm");
  CHECK(id_of(ms, "Kremlin") == "rus");
  CHECK(id_of(ms, "Élysée") == "fra");
  CHECK(id_of(ms, "Maison Blanche") == "usa");
  const ActorMention* k = mention(ms, "Kremlin");
  REQUIRE(k);
  CHECK(k->actor.kind == ActorKind::country);
  CHECK(k->actor.country == "RUS");
  CHECK(k->actor.name == "Russie");
}

TEST_CASE("mentions: organizations by name and acronym", "[extract][mentions]") {
  const auto ms = mentions_of(
      "L'Union européenne a salué l'accord. L'UE a promis une aide. L'OTAN a pris acte.", "2024-11-20");
  INFO(describe(ms));
  CHECK(id_of(ms, "Union européenne") == "eu");
  CHECK(id_of(ms, "UE") == "eu");
  CHECK(id_of(ms, "OTAN") == "nato");
  const ActorMention* eu = mention(ms, "Union européenne");
  REQUIRE(eu);
  CHECK(eu->actor.kind == ActorKind::organization);
  CHECK(eu->actor.name == "Union européenne");
}

// French papers write acronyms read as words in title case ("l'Otan", "l'Onu").
TEST_CASE("mentions: 'l'Otan' in title case is NATO", "[extract][mentions]") {
  const auto ms = mentions_of("L'Otan a salué la paix.", "2024-11-20");
  INFO(describe(ms));
  CHECK(id_of(ms, "Otan") == "nato");
}

// ---------- places ----------

TEST_CASE("mentions: a country or city after a preposition is a place", "[extract][mentions]") {
  const SentenceMentions s("Recep Tayyip Erdogan s'est rendu à Moscou, puis en Azerbaïdjan.", "2024-03-01");
  INFO(s.dump());
  const Mention* moscou = s.find("Moscou");
  const Mention* aze = s.find("Azerbaïdjan");
  REQUIRE(moscou);
  REQUIRE(aze);
  CHECK(moscou->place);
  CHECK(aze->place);
  CHECK(s.id(*moscou) == "rus");
  CHECK(s.id(*aze) == "aze");
  const Mention* erdogan = s.find("Recep Tayyip Erdogan");
  REQUIRE(erdogan);
  CHECK_FALSE(erdogan->place);
}

TEST_CASE("mentions: a capital as subject is an actor, not a place", "[extract][mentions]") {
  const SentenceMentions s("Moscou a démenti, et Bakou a protesté.", "2024-03-01");
  INFO(s.dump());
  const Mention* moscou = s.find("Moscou");
  const Mention* bakou = s.find("Bakou");
  REQUIRE(moscou);
  REQUIRE(bakou);
  CHECK_FALSE(moscou->place);
  CHECK_FALSE(bakou->place);
}

TEST_CASE("mentions: a place is never a participant", "[extract][mentions]") {
  const auto events = events_of("Recep Tayyip Erdogan a rencontré Vladimir Poutine à Moscou mardi.", "2024-03-01");
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(ids(events[0]) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
  CHECK(events[0].place == "Moscou");
}

TEST_CASE("mentions: a person's name after a named place's noun is the place's", "[extract][mentions]") {
  SECTION("a known person") {
    const SentenceMentions s("Ilham Aliyev a accueilli Charles Michel à l'aéroport Heydar Aliev jeudi.", "2023-05-04");
    INFO(s.dump());
    CHECK_FALSE(s.find("Heydar Aliev"));
    REQUIRE(s.find("Charles Michel"));
  }
  SECTION("an unknown person after a title") {
    const SentenceMentions s("Le ministre a visité la fondation Cheikh Hamad Fares avec Ilham Aliyev.", "2023-05-04");
    INFO(s.dump());
    CHECK_FALSE(s.find("Hamad Fares"));
    CHECK_FALSE(s.find("Cheikh Hamad Fares"));
    REQUIRE(s.find("Ilham Aliyev"));
  }
  SECTION("a name after a first name, its words included") {
    const SentenceMentions s("Les deux hommes ont déposé des fleurs sur l'esplanade Recep Demir, puis Demir a parlé.",
                             "2023-05-04");
    INFO(s.dump());
    CHECK(s.mentions.empty());
  }
}

TEST_CASE("mentions: a country after a part of a territory and 'de' is a place", "[extract][mentions]") {
  const SentenceMentions s("Ilham Aliyev a reçu Charles Michel dans le nord-ouest de l'Arménie, à l'est de la Géorgie.",
                           "2023-05-04");
  INFO(s.dump());
  const Mention* arm = s.find("Arménie");
  const Mention* geo = s.find("Géorgie");
  REQUIRE(arm);
  REQUIRE(geo);
  CHECK(arm->place);
  CHECK(geo->place);
  const SentenceMentions actor("Le nord-ouest du pays a été visité par la délégation, et l'Arménie a protesté.",
                               "2023-05-04");
  INFO(actor.dump());
  REQUIRE(actor.find("Arménie"));
  CHECK_FALSE(actor.find("Arménie")->place);
}

// ---------- offsets, pronouns, anaphora ----------

TEST_CASE("mentions: spans cover the role with its apposed name", "[extract][mentions]") {
  const SentenceMentions s("Hier, le président turc Recep Tayyip Erdoğan a appelé Ilham Aliyev.", "2024-03-01");
  INFO(s.dump());
  REQUIRE(s.mentions.size() == 2);
  CHECK(s.scanned.original(s.mentions[0].begin, s.mentions[0].end) == "président turc Recep Tayyip Erdoğan");
  CHECK(s.id(s.mentions[0]) == "recep-tayyip-erdogan");
  CHECK(s.scanned.original(s.mentions[1].begin, s.mentions[1].end) == "Ilham Aliyev");
  CHECK(s.mentions[0].begin < s.mentions[1].begin);
}

TEST_CASE("mentions: 'il' at the start of a sentence is the previous sentence's subject", "[extract][mentions]") {
  const auto ms = mentions_of("Ilham Aliyev a reçu Vladimir Poutine à Bakou. Il a salué la coopération.", "2024-11-20");
  INFO(describe(ms));
  const ActorMention* il = mention(ms, "Il");
  REQUIRE(il);
  CHECK(il->actor.id == "ilham-aliyev");
}

TEST_CASE("mentions: 'elle' skips a man", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le président Ilham Aliyev a reçu la présidente de la Commission européenne. Elle a salué un partenaire fiable.",
      "2024-11-20");
  INFO(describe(ms));
  const ActorMention* elle = mention(ms, "Elle");
  REQUIRE(elle);
  CHECK(elle->actor.id == "ursula-von-der-leyen");
}

// Without "le président" before his name nothing marks Aliyev as a man, but "la présidente"
// marks the other person as a woman: "Elle" is her.
TEST_CASE("mentions: 'elle' prefers the person known to be a woman", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Ilham Aliyev a reçu la présidente de la Commission européenne. Elle a salué un partenaire fiable.",
      "2024-11-20");
  INFO(describe(ms));
  const ActorMention* elle = mention(ms, "Elle");
  REQUIRE(elle);
  CHECK(elle->actor.id == "ursula-von-der-leyen");
}

TEST_CASE("mentions: 'les deux homologues' names both parties of the last interaction", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Ilham Aliyev s'est entretenu par téléphone avec Recep Tayyip Erdogan. Les deux homologues ont évoqué le gaz.",
      "2024-11-20");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "deux homologues")) == Strings{"ilham-aliyev", "recep-tayyip-erdogan"});
}

// "les deux dirigeants", "les deux présidents", "les deux hommes" are both continuation
// and anaphora cues in cues.tsv.
TEST_CASE("mentions: 'les deux dirigeants' names both parties of the last interaction",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Ilham Aliyev s'est entretenu par téléphone avec Recep Tayyip Erdogan. Les deux dirigeants ont évoqué le gaz.",
      "2024-11-20");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "deux dirigeants")) == Strings{"ilham-aliyev", "recep-tayyip-erdogan"});
  const auto hommes = mentions_of(
      "Vladimir Poutine a reçu Recep Tayyip Erdogan. Les deux hommes ont parlé du gaz.", "2024-11-20");
  INFO(describe(hommes));
  CHECK(sorted(resolved(hommes, "deux hommes")) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
}

TEST_CASE("mentions: 'les deux dirigeants' after states that met are the leaders the text named of them",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Emmanuel Macron et Olaf Scholz sont arrivés lundi à Bruxelles. Mardi, Paris a négocié avec Berlin un accord "
      "sur le budget. Les deux dirigeants ont salué ce compromis.",
      "2024-03-13");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "deux dirigeants")) == Strings{"emmanuel-macron", "olaf-scholz"});
  // No leader of one of the states named: no one, rather than a state for a person.
  const auto unled = mentions_of(
      "Emmanuel Macron est arrivé lundi à Bruxelles. Mardi, Paris a négocié avec Berlin un accord sur le budget. "
      "Les deux dirigeants ont salué ce compromis.",
      "2024-03-13");
  INFO(describe(unled));
  CHECK(resolved(unled, "deux dirigeants").empty());
}

TEST_CASE("mentions: 'les deux dirigeants' are in office: a background report of former leaders is passed over",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le président français Emmanuel Macron a reçu mercredi le chancelier allemand Friedrich Merz à l'Élysée. En "
      "2012, François Hollande avait reçu Angela Merkel au même endroit. Les deux dirigeants sont convenus de se "
      "revoir en septembre.",
      "2025-06-04");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "deux dirigeants")) == Strings{"emmanuel-macron", "friedrich-merz"});
  // Told in the pluperfect, the sentence goes on with the background: its leaders.
  const auto past = mentions_of(
      "Le président français Emmanuel Macron a reçu mercredi le chancelier allemand Friedrich Merz à l'Élysée. En "
      "2012, François Hollande avait reçu Angela Merkel au même endroit. Les deux dirigeants avaient alors évoqué la "
      "crise grecque.",
      "2025-06-04");
  INFO(describe(past));
  CHECK(sorted(resolved(past, "deux dirigeants")) == Strings{"angela-merkel", "francois-hollande"});
  // "Les deux hommes" names no office: the parties last reported.
  const auto men = mentions_of(
      "Le président français Emmanuel Macron a reçu mercredi le chancelier allemand Friedrich Merz à l'Élysée. En "
      "2003, Jacques Chirac avait reçu Gerhard Schröder au même endroit. Les deux hommes sont convenus de se revoir.",
      "2025-06-04");
  INFO(describe(men));
  CHECK(sorted(resolved(men, "deux hommes")) == Strings{"gerhard-schroeder", "jacques-chirac"});
}

TEST_CASE("mentions: 'les deux hommes' after two people its own sentence named means them", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Antony Blinken a profité du sommet de Vilnius pour convaincre "
      "Recep Tayyip Erdogan : les deux hommes se sont retrouvés mardi.",
      "2023-07-12");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "deux hommes")) == Strings{"antony-blinken", "recep-tayyip-erdogan"});
  // With an office, when both hold it.
  const auto presidents = mentions_of(
      "Olaf Scholz a reçu Pedro Sánchez à Berlin. Joe Biden a mis à profit le sommet pour rassurer Volodymyr "
      "Zelensky ; les deux présidents ont déjeuné ensemble.",
      "2023-07-12");
  INFO(describe(presidents));
  CHECK(sorted(resolved(presidents, "deux présidents")) == Strings{"joe-biden", "volodymyr-zelensky"});
  // Three people named before it: the parties last reported, as before.
  const auto three = mentions_of(
      "Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Selon Antony Blinken, qui a vu Recep Tayyip Erdogan et Viktor "
      "Orbán, les deux hommes se sont bien entendus.",
      "2023-07-12");
  INFO(describe(three));
  CHECK(sorted(resolved(three, "deux hommes")) == Strings{"emmanuel-macron", "olaf-scholz"});
}

// "les deux présidents" names an office: a ministers' meeting told in between is not meant.
TEST_CASE("mentions: 'les deux présidents' names the latest parties who are presidents", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Recep Tayyip Erdogan a reçu Vladimir Poutine à Ankara le 1er mars. Le même jour, Hakan Fidan et Sergueï "
      "Lavrov se sont entretenus dans un hôtel. Les deux présidents se sont téléphoné le 5 mars.",
      "2024-03-10");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "deux présidents")) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
  // The ministers stay what "les deux chefs de la diplomatie" means.
  const auto ministers = mentions_of(
      "Olaf Scholz a reçu Pedro Sánchez le 4 mars. Le 6 mars, Annalena Baerbock a rencontré José Manuel Albares. "
      "Les deux chefs de la diplomatie se reverront en avril.",
      "2024-03-10");
  INFO(describe(ministers));
  CHECK(sorted(resolved(ministers, "deux chefs de la diplomatie")) ==
        Strings{"annalena-baerbock", "jose-manuel-albares"});
  // No report between presidents yet: the only two the text named.
  const auto named = mentions_of(
      "Emmanuel Macron est arrivé mardi à Washington avec Stéphane Séjourné. Joe Biden a salué « un ami ». Les deux "
      "présidents ont déjeuné ensemble.",
      "2024-03-10");
  INFO(describe(named));
  CHECK(sorted(resolved(named, "deux présidents")) == Strings{"emmanuel-macron", "joe-biden"});
}

// Transliterations differ: a spelling of the role holder's name the data lacks is the holder.
TEST_CASE("mentions: a role's holder named in a spelling the data lacks", "[extract][mentions]") {
  const auto ms = mentions_of("Le président russe Vladimir Poutin a reçu Emmanuel Macron.", "2024-04-12");
  INFO(describe(ms));
  CHECK(resolved(ms, "président russe Vladimir Poutin") == Strings{"vladimir-putin"});
  // The first word of the name is a form of the holder's on its own ("cheikh Mechaal").
  const auto emir =
      mentions_of("L'émir du Koweït Mechaal al-Ahmed al-Jaber al-Sabbah a reçu Emmanuel Macron.", "2024-04-12");
  INFO(describe(emir));
  CHECK(resolved(emir, "émir du Koweït Mechaal al-Ahmed al-Jaber al-Sabbah") == Strings{"mishal-al-ahmad-al-sabah"});
  CHECK(emir.size() == 2);  // no one new beside the emir and his guest
  // Another name after the role is someone else, whom the text introduces.
  const auto other = mentions_of("Le président russe Vladimir Jirinovski a reçu Emmanuel Macron.", "2024-04-12");
  INFO(describe(other));
  CHECK(resolved(other, "président russe Vladimir Jirinovski") == Strings{"vladimir-jirinovski"});
}

TEST_CASE("mentions: 'son invité', 'le visiteur' name who came to see the host", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le chancelier allemand Olaf Scholz est en visite en France. Emmanuel Macron recevra son invité mardi.",
      "2024-04-03");
  INFO(describe(ms));
  CHECK(resolved(ms, "son invité") == Strings{"olaf-scholz"});
  const auto visitor = mentions_of(
      "Olaf Scholz a entamé lundi une visite en Pologne. Le Premier ministre polonais Donald Tusk était venu saluer "
      "le visiteur à l'aéroport.",
      "2024-04-03");
  INFO(describe(visitor));
  CHECK(resolved(visitor, "le visiteur") == Strings{"olaf-scholz"});
  // No one of another country named before: no one.
  const auto alone = mentions_of("Emmanuel Macron a accueilli son invité à l'Élysée.", "2024-04-03");
  INFO(describe(alone));
  CHECK(resolved(alone, "son invité").empty());
}

TEST_CASE("mentions: a head's guest is the visiting head, not a minister of the delegation named after him",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le chancelier Olaf Scholz est arrivé à Brasília avec le ministre allemand de l'Économie, Robert Habeck. "
      "Lula a reçu son invité au palais du Planalto.",
      "2023-12-04");
  INFO(describe(ms));
  CHECK(resolved(ms, "son invité") == Strings{"olaf-scholz"});
  // A minister receiving: his guest is still the last person of another country, a minister too.
  const auto minister = mentions_of(
      "Olaf Scholz est venu à Paris avec Annalena Baerbock. Le ministre français des Affaires étrangères "
      "Stéphane Séjourné a reçu son invitée au Quai d'Orsay.",
      "2024-03-04");
  INFO(describe(minister));
  CHECK(resolved(minister, "son invitée") == Strings{"annalena-baerbock"});
}

TEST_CASE("mentions: 'le dirigeant travailliste' names the leader the text is about", "[extract][mentions]") {
  // A political epithet tells no country: the only leader named so far.
  const auto ms = mentions_of(
      "Le Premier ministre britannique Keir Starmer a atterri mardi à New Delhi. Le dirigeant travailliste a ensuite "
      "rencontré Narendra Modi.",
      "2025-10-08");
  INFO(describe(ms));
  CHECK(resolved(ms, "dirigeant") == Strings{"keir-starmer"});
  const auto she = mentions_of(
      "La présidente du Conseil italien Giorgia Meloni est arrivée à Tunis. La dirigeante conservatrice a été reçue "
      "par Kaïs Saïed.",
      "2024-04-17");
  INFO(describe(she));
  CHECK(resolved(she, "dirigeante") == Strings{"giorgia-meloni"});
  // The leader named most, twice as often as any other, even when another one was named last.
  const auto focus = mentions_of(
      "Le Premier ministre slovaque Robert Fico s'est rendu à Moscou. Robert Fico y a rencontré Vladimir Poutine. "
      "Avant lui, Viktor Orbán avait fait le voyage. Le dirigeant populiste a défendu sa visite.",
      "2024-12-23");
  INFO(describe(focus));
  CHECK(resolved(focus, "dirigeant") == Strings{"robert-fico"});
  // Two leaders named alike: either may be meant, no guess.
  const auto two = mentions_of(
      "Keir Starmer a reçu Emmanuel Macron à Londres. Le dirigeant travailliste a salué une amitié ancienne.",
      "2025-07-08");
  INFO(describe(two));
  CHECK(resolved(two, "dirigeant").empty());
  // No epithet, no reading: "le dirigeant rebelle" is someone else.
  const auto other = mentions_of(
      "Le Premier ministre britannique Keir Starmer a atterri mardi à New Delhi. Le dirigeant rebelle a démenti.",
      "2025-10-08");
  INFO(describe(other));
  CHECK(resolved(other, "dirigeant").empty());
}

TEST_CASE("mentions: 'le numéro un chinois' names the country's leader the text named", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Olaf Scholz est arrivé à Rome. Pour sa première rencontre avec la dirigeante italienne, le numéro un "
      "allemand a défendu le pacte.",
      "2024-05-08");
  INFO(describe(ms));
  CHECK(resolved(ms, "numéro un allemand") == Strings{"olaf-scholz"});
  // Without a country, no one.
  const auto sport = mentions_of("Le numéro un mondial du tennis a rencontré Emmanuel Macron.", "2024-05-08");
  INFO(describe(sport));
  CHECK(resolved(sport, "numéro un").empty());
}

TEST_CASE("mentions: a new name that starts with initials", "[extract][mentions]") {
  const auto ms = mentions_of("Le premier ministre de l'Ontario, D.J. Fordham, a reçu mardi Justin Trudeau à Toronto.",
                              "2022-08-27");
  INFO(describe(ms));
  CHECK(resolved(ms, "D.J. Fordham") == Strings{"d-j-fordham"});
  const auto one_initial =
      mentions_of("Le premier ministre de l'Alberta, G. Abbotson, a rencontré Justin Trudeau.", "2022-08-27");
  INFO(describe(one_initial));
  CHECK(resolved(one_initial, "G. Abbotson") == Strings{"g-abbotson"});
}

TEST_CASE("mentions: 'le chancelier' is Germany's or Austria's, not the head of government named most",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le Premier ministre norvégien, Jonas Gahr Støre, a reçu Olaf Scholz à Oslo. Jonas Gahr Støre a salué un "
      "allié. « Nous resterons unis », a déclaré le chancelier.",
      "2024-05-08");
  INFO(describe(ms));
  CHECK(resolved(ms, "chancelier") == Strings{"olaf-scholz"});
  // The Austrian one when the text named him.
  const auto vienna = mentions_of(
      "Karl Nehammer a reçu Emmanuel Macron à Vienne. Le chancelier a ensuite rencontré Pedro Sánchez.", "2024-05-08");
  INFO(describe(vienna));
  CHECK(resolved(vienna, "chancelier") == Strings{"karl-nehammer"});
}

TEST_CASE("mentions: a bare name followed by a word none of its names has is someone else", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Abiy Ahmed a reçu William Ruto. William Ruto a ensuite rencontré le ministre Ahmed Shidane.", "2024-05-08");
  INFO(describe(ms));
  CHECK(resolved(ms, "Ahmed Shidane") == Strings{"ahmed-shidane"});
  // Alone, the surname is still the person named before.
  const auto alone =
      mentions_of("Abiy Ahmed a reçu William Ruto. Ahmed a ensuite rencontré Emmanuel Macron.", "2024-05-08");
  INFO(describe(alone));
  CHECK(resolved(alone, "Ahmed") == Strings{"abiy-ahmed", "abiy-ahmed"});
}

TEST_CASE("mentions: a pronoun opening a sentence after one that opened on a thing means the thing",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "La rencontre a eu lieu un an après la visite de Joe Biden à Kiev. Elle survient aussi après un sommet.",
      "2024-05-08");
  INFO(describe(ms));
  CHECK(resolved(ms, "Elle").empty());
  // A sentence opening on a person's role: the pronoun is that person.
  const auto person = mentions_of(
      "La Première ministre italienne, Giorgia Meloni, a reçu Olaf Scholz. Elle a salué un allié.", "2024-05-08");
  INFO(describe(person));
  CHECK(resolved(person, "Elle") == Strings{"giorgia-meloni"});
  // A thing of the other gender: the pronoun still looks for a person.
  const auto other = mentions_of(
      "Giorgia Meloni a reçu Olaf Scholz. Le sommet a duré deux heures. Elle a salué un allié.", "2024-05-08");
  INFO(describe(other));
  CHECK(resolved(other, "Elle") == Strings{"giorgia-meloni"});
}

TEST_CASE("mentions: a pronoun sees the names of its sentence the knowledge base lacks", "[extract][mentions]") {
  // "Mme Ingrid Vostrá" is no one the data knows: the "elle" after her is still her, not the
  // person the sentence before opened on.
  const auto ms = mentions_of(
      "Olaf Scholz a reçu Emmanuel Macron. Mme Ingrid Vostrá doit se rendre à Prague, où elle doit rencontrer "
      "Petr Fiala.",
      "2024-05-08");
  INFO(describe(ms));
  REQUIRE(resolved(ms, "Ingrid Vostr").size() == 1);
  CHECK(resolved(ms, "elle") == resolved(ms, "Ingrid Vostr"));
  // The title's gender counts: "il" passes over her to the man named before.
  const auto il = mentions_of(
      "Olaf Scholz a reçu Emmanuel Macron. Mme Ingrid Vostrá l'attendait à Prague, où il doit rencontrer Petr Fiala.",
      "2024-05-08");
  INFO(describe(il));
  const auto vostra = resolved(il, "Ingrid Vostr");
  REQUIRE(vostra.size() == 1);
  for (const auto& m : il)
    if (m.surface == "il") CHECK(m.actor.id != vostra[0]);
}

TEST_CASE("mentions: the Commission alone is the European one, written with its capital", "[extract][mentions]") {
  CHECK(role_alone("La présidente de la Commission a reçu le Premier ministre belge.", "2024-03-04",
                   "présidente de la Commission") == "ursula-von-der-leyen");
  CHECK(role_alone("Le président de la Commission de l'UA a reçu le président kényan.", "2024-03-04",
                   "président de la Commission") == "moussa-faki");
  // A parliament's committee, in lowercase, is no Commission: its chair is not the EU's.
  const auto committee = mentions_of(
      "Emmanuel Macron a reçu la présidente de la commission des affaires étrangères du Sénat.", "2024-03-04");
  INFO(describe(committee));
  for (const auto& m : committee) CHECK(m.actor.id != "ursula-von-der-leyen");
}

TEST_CASE("mentions: a role introduces an unknown name after an article and a title", "[extract][mentions]") {
  // ", le général X": the general is the chief of staff, not a second actor beside the state.
  const auto ms = mentions_of(
      "Le chef d'état-major péruvien, le général Tomás Quispe, a reçu lundi une délégation chilienne.", "2024-05-08");
  INFO(describe(ms));
  REQUIRE(resolved(ms, "Tomás Quispe") == Strings{"tomas-quispe"});
  const ActorMention* quispe = mention(ms, "Tomás Quispe");
  CHECK(quispe->surface.find("chef d'état-major") != std::string::npos);
  CHECK(quispe->actor.country == "PER");
  CHECK(resolved(ms, "chef d'état-major") == Strings{"tomas-quispe"});
}

TEST_CASE("mentions: the counterpart of a person the text introduced holds the office it gave", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le ministre tongien des Affaires étrangères, Fekitamoeloa Utoikamanu, a téléphoné jeudi à son homologue indien.",
      "2024-05-09");
  INFO(describe(ms));
  CHECK(resolved(ms, "homologue indien") == Strings{"subrahmanyam-jaishankar"});
  // An office the data dates for no one ("conseiller") gives no counterpart to look up.
  const auto adviser = mentions_of(
      "Le conseiller tongien à la sécurité, Sione Fakatava, a téléphoné jeudi à son homologue indien.", "2024-05-09");
  INFO(describe(adviser));
  CHECK(resolved(adviser, "homologue indien") != Strings{"subrahmanyam-jaishankar"});
}

TEST_CASE("mentions: after 'avec', a name with a role in apposition is the person met", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Fidel Ramos a eu plusieurs entrevues avec Tsering Dolkar, présidente de la commission des affaires "
      "étrangères du Parlement népalais.",
      "2016-08-10");
  INFO(describe(ms));
  CHECK(resolved(ms, "Tsering Dolkar") == Strings{"tsering-dolkar"});
  // After a preposition of place, the capitalized words name no person, even with a role after.
  const auto place =
      mentions_of("Fidel Ramos a été reçu à Vila Velha, président de séance, pour une conférence.", "2016-08-10");
  INFO(describe(place));
  CHECK(resolved(place, "Vila Velha").empty());
}

TEST_CASE("mentions: 'l'homme fort de' a capital is who runs that country", "[extract][mentions]") {
  CHECK(role_alone("Le nouvel homme fort de Libreville a reçu lundi le président tchadien.", "2023-09-12",
                   "homme fort") == "brice-oligui-nguema");
}

TEST_CASE("mentions: a plural role bound to a place the data does not know names no one", "[extract][mentions]") {
  const std::string first = "Sergueï Lavrov et Wang Yi se sont parlé lundi. ";
  const auto known = mentions_of(first + "Les chefs de la diplomatie ont salué un accord.", "2024-05-08");
  INFO(describe(known));
  CHECK(resolved(known, "chefs de la diplomatie") == Strings{"sergey-lavrov", "wang-yi"});
  const auto region =
      mentions_of(first + "Les chefs de la diplomatie d'Asie centrale ont salué un accord.", "2024-05-08");
  INFO(describe(region));
  CHECK(resolved(region, "chefs de la diplomatie").empty());
}

TEST_CASE("mentions: a titled given name is the person the text named in full with it", "[extract][mentions]") {
  // The data displays him as "Fayçal ben Farhane"; the text wrote "Faisal", as it wrote
  // "Fayçal" for the other Fayçal it names.
  const auto ms = mentions_of(
      "Faisal bin Farhan a reçu lundi à Riyad Fayçal Mekdad. Le prince Faisal a ensuite appelé Antony Blinken.",
      "2023-04-12");
  INFO(describe(ms));
  std::vector<std::string> faisal;
  for (const auto& m : ms)
    if (m.surface == "Faisal") faisal.push_back(m.actor.id);
  CHECK(faisal == Strings{"faisal-bin-farhan"});
}

TEST_CASE("mentions: a pronoun takes a person of its own sentence before one named earlier", "[extract][mentions]") {
  // "M. Sall" is known to be a man, Ouattara is not; the "il" after Ouattara is still him.
  const auto ms = mentions_of(
      "M. Macky Sall a reçu Alpha Condé. Dans la soirée, Alassane Ouattara s'est envolé pour Accra, où il a "
      "rencontré Nana Akufo-Addo.",
      "2021-05-08");
  INFO(describe(ms));
  const auto ouattara = resolved(ms, "Alassane Ouattara");
  REQUIRE(ouattara.size() == 1);
  std::vector<std::string> il;
  for (const auto& m : ms)
    if (m.surface == "il") il.push_back(m.actor.id);
  CHECK(il == ouattara);
}

TEST_CASE("mentions: the antecedent of ', qu'il' is the relative's object, not the pronoun", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Olaf Scholz veut jouer les médiateurs. Emmanuel Macron, qu'il avait reçu fin mai à Berlin, lui a donné son "
      "accord.",
      "2024-06-14");
  INFO(describe(ms));
  std::vector<std::string> il;
  for (const auto& m : ms)
    if (m.surface == "il") il.push_back(m.actor.id);
  CHECK(il == Strings{"olaf-scholz"});
  // "que" opening what someone said is no relative: the speaker may be the pronoun.
  const auto said = mentions_of("Olaf Scholz a annoncé qu'il recevrait Emmanuel Macron.", "2024-06-14");
  INFO(describe(said));
  std::vector<std::string> il2;
  for (const auto& m : said)
    if (m.surface == "il") il2.push_back(m.actor.id);
  CHECK(il2 == Strings{"olaf-scholz"});
}

TEST_CASE("mentions: the antecedent of 'avec qui il' is not the pronoun", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le Premier ministre belge Alexander De Croo est arrivé à Prague. Le dirigeant libéral a été accueilli par "
      "son homologue Petr Fiala, avec qui il a fait le point.",
      "2023-05-08");
  INFO(describe(ms));
  std::vector<std::string> il;
  for (const auto& m : ms)
    if (m.surface == "il") il.push_back(m.actor.id);
  CHECK(il == Strings{"alexander-de-croo"});
  // A relative whose antecedent is a thing leaves the person before it to the pronoun.
  const auto thing = mentions_of(
      "Petr Fiala a indiqué que, selon les informations dont il dispose, la rencontre aura lieu.", "2023-05-08");
  INFO(describe(thing));
  std::vector<std::string> il2;
  for (const auto& m : thing)
    if (m.surface == "il") il2.push_back(m.actor.id);
  CHECK(il2 == Strings{"petr-fiala"});
}

TEST_CASE("mentions: 'au cours desquelles il' does not mean the name right before", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Fin mars, Hakan Fidan avait tenu deux jours de consultations à Berlin avec Annalena Baerbock, au cours "
      "desquelles il avait aussi été reçu par Olaf Scholz.",
      "2024-03-08");
  INFO(describe(ms));
  std::vector<std::string> il;
  for (const auto& m : ms)
    if (m.surface == "il") il.push_back(m.actor.id);
  CHECK(il == Strings{"hakan-fidan"});
  const auto auxquelles = mentions_of(
      "Hakan Fidan a participé à des réunions avec Sergueï Lavrov, auxquelles il a ensuite convié Antony Blinken.",
      "2024-03-08");
  INFO(describe(auxquelles));
  std::vector<std::string> il2;
  for (const auto& m : auxquelles)
    if (m.surface == "il") il2.push_back(m.actor.id);
  CHECK(il2 == Strings{"hakan-fidan"});
}

TEST_CASE("mentions: a Korean family name alone is the person the text named", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Vladimir Poutine a reçu Kim Jong-un à Vladivostok. Kim s'était rendu en train dans l'Extrême-Orient russe.",
      "2023-09-14");
  INFO(describe(ms));
  CHECK(resolved(ms, "Kim") == Strings{"kim-jong-un", "kim-jong-un"});
}

TEST_CASE("mentions: a name the data lacks takes in its Portuguese particles", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Paul Kagame sera reçu dimanche à Maputo par le Premier ministre, Joaquim Agostinho do Vale, avant de rentrer.",
      "2021-09-24");
  INFO(describe(ms));
  CHECK(resolved(ms, "Joaquim Agostinho do Vale") == Strings{"joaquim-agostinho-do-vale"});
}

TEST_CASE("mentions: military and religious titles introduce a person the data lacks", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le capitaine Oumarou Sanda a reçu lundi l'ayatollah Hossein Mazaheri, puis le ministre afghan de la Défense, "
      "le mollah Abdul Rahim Sadiq.",
      "2024-05-08");
  INFO(describe(ms));
  CHECK(resolved(ms, "Oumarou Sanda") == Strings{"oumarou-sanda"});
  CHECK(resolved(ms, "Hossein Mazaheri") == Strings{"hossein-mazaheri"});
  // The title after the role's comma: the mollah is the minister, not a second actor.
  CHECK(resolved(ms, "ministre afghan") == Strings{"abdul-rahim-sadiq"});
  CHECK(resolved(ms, "Abdul Rahim Sadiq") == Strings{"abdul-rahim-sadiq"});
}

TEST_CASE("mentions: 'son homologue' with no demonym is the holder where the scene is", "[extract][mentions]") {
  const auto ms =
      mentions_of("Sergueï Lavrov a été accueilli mardi à Ankara par son homologue, avec qui il a évoqué la mer Noire.",
                  "2024-03-12");
  INFO(describe(ms));
  CHECK(resolved(ms, "homologue") == Strings{"hakan-fidan"});
  // At home, the scene says nothing of the counterpart's country: no one is guessed.
  const auto home =
      mentions_of("À Moscou, Sergueï Lavrov a reçu mercredi son homologue pour évoquer la mer Noire.", "2024-03-12");
  INFO(describe(home));
  CHECK(resolved(home, "homologue").empty());
}

TEST_CASE("mentions: a role apposed to a name keeps its person even when its default place is another's",
          "[extract][mentions]") {
  // "président du Conseil" is Italian by default; after a Taiwanese it describes him.
  const auto ms = mentions_of(
      "Wang Yi a reçu son homologue taïwanais, Peter Chou, président du Conseil des affaires continentales, à "
      "Canton.",
      "2015-10-14");
  INFO(describe(ms));
  CHECK(resolved(ms, "Peter Chou") == Strings{"peter-chou"});
  for (const auto& m : ms) CHECK(m.actor.country != "ITA");
}

TEST_CASE("mentions: a role and its complement inside a clause introduce the name after the comma",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "La visite avait été préparée par le directeur du Bureau des affaires économiques, Liang Wenhao, et par "
      "Andrew Hsia.",
      "2015-10-14");
  INFO(describe(ms));
  CHECK(resolved(ms, "Liang Wenhao") == Strings{"liang-wenhao"});
  // A clause that opens on no role and holds none: the capitalized words are no one.
  const auto none = mentions_of(
      "La visite avait été préparée dans les bureaux des affaires économiques, Liang Wenhao restant à Pékin.",
      "2015-10-14");
  INFO(describe(none));
  CHECK(resolved(none, "Liang Wenhao").empty());
}

TEST_CASE("mentions: each country of a list of demonyms takes its own reading of the role", "[extract][mentions]") {
  // Iran's "président" heads its government; its head of state is the Supreme Leader.
  const auto ms = mentions_of("Les présidents turc et iranien se sont entretenus samedi à Riyad.", "2023-11-11");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "présidents")) == Strings{"ebrahim-raisi", "recep-tayyip-erdogan"});
}

TEST_CASE("mentions: with no year, a role names the holder the text names most", "[extract][mentions]") {
  // No year anywhere: every Taiwanese president fits; Lai is the one the story is about.
  const auto ms = mentions_of(
      "Tsai Ing-wen avait reçu Santiago Peña l'été dernier. Lai Ching-te a prêté serment le 20 mai. "
      "Lai Ching-te a salué ses alliés. Le président taïwanais a reçu Santiago Peña le 21 mai.",
      "");
  INFO(describe(ms));
  CHECK(resolved(ms, "président taïwanais") == Strings{"lai-ching-te"});
}

TEST_CASE("mentions: words that are not actors give no mention", "[extract][mentions]") {
  const auto ms = mentions_of("La réunion a été reportée sine die faute d'accord sur le calendrier.", "2024-11-20");
  INFO(describe(ms));
  CHECK(ms.empty());
}

TEST_CASE("mentions: a role after a name that introduces the next name stays with that name",
          "[extract][mentions]") {
  SentenceMentions s("Reçu par Vladimir Poutine, le président turc Recep Tayyip Erdogan a parlé.", "2024-05-08");
  INFO(s.dump());
  const Mention* putin = s.find("Vladimir Poutine");
  REQUIRE(putin);
  CHECK(s.id(*putin) == "vladimir-putin");
  const Mention* erdogan = s.find("président turc Recep Tayyip Erdogan");
  REQUIRE(erdogan);
  CHECK(s.id(*erdogan) == "recep-tayyip-erdogan");
  // Without a following name, the apposition still describes the name before it.
  SentenceMentions t("Vladimir Poutine, le président russe, a parlé.", "2024-05-08");
  INFO(t.dump());
  CHECK(t.find("Vladimir Poutine, le président russe"));
}

TEST_CASE("mentions: a role with a compound demonym introduces the next name, not the one before",
          "[extract][mentions]") {
  // "chypriote turc", "chypriote grec": the second demonym qualifies the first; the role still
  // goes on to the name after it, whether the data knows that name or not.
  SentenceMentions s("Hakan Fidan, le négociateur chypriote turc Ergün Olgun et Stephen Doughty sont arrivés.",
                     "2024-06-05");
  INFO(s.dump());
  CHECK(s.find("Hakan Fidan"));
  CHECK_FALSE(s.find("Hakan Fidan, le négociateur chypriote"));
  const Mention* olgun = s.find("négociateur chypriote turc Ergün Olgun");
  REQUIRE(olgun);
  CHECK(s.id(*olgun) == "ergun-olgun");
  SentenceMentions t(
      "Recep Tayyip Erdogan a reçu Nikos Christodoulides, le dirigeant chypriote turc Ersin Tatar et "
      "António Guterres.",
      "2024-06-05");
  INFO(t.dump());
  const Mention* tatar = t.find("dirigeant chypriote turc Ersin Tatar");
  REQUIRE(tatar);
  CHECK(t.id(*tatar) == "ersin-tatar");
  CHECK(t.find("Nikos Christodoulides"));
}

TEST_CASE("mentions: a capitalized demonym used as a noun introduces an unknown name of that country",
          "[extract][mentions]") {
  const SentenceMentions s("Le Kényan Wafula Chebukati a rencontré jeudi l'Ougandais Byabazaire Kiconco.",
                           "2024-05-08");
  INFO(s.dump());
  const Mention* k = s.find("Wafula Chebukati");
  REQUIRE(k);
  CHECK(s.actors[k->actor].actor.country == "KEN");
  const Mention* u = s.find("Byabazaire Kiconco");
  REQUIRE(u);
  CHECK(s.actors[u->actor].actor.country == "UGA");
  // A lowercase demonym is an adjective ("le président kényan ..."), and no article, no noun.
  const SentenceMentions t("Des investisseurs kényans Wafula Chebukati et autres ont parlé.", "2024-05-08");
  INFO(t.dump());
  CHECK_FALSE(t.find("Wafula Chebukati"));
}

// ---------- offices at the sentence's own date ----------

TEST_CASE("mentions: a role is resolved at the date its sentence states, not at publication",
          "[extract][mentions]") {
  // Published under the next secretary of state; the talks it recalls were under the former.
  CHECK(role_alone("Les discussions tenues en octobre 2024 avec le secrétaire d'État américain ont échoué.",
                   "2025-06-02", "secrétaire d'État") == "antony-blinken");
  CHECK(role_alone("Le président américain a reçu le 12 mars 2022 le chef de l'État ukrainien à Washington.",
                   "2025-06-02", "président américain") == "joe-biden");
  // A relation ("depuis") is not the date of the sentence: today's holder.
  CHECK(role_alone("Le secrétaire d'État américain dénonce la crise qui dure depuis 2022.", "2025-06-02",
                   "secrétaire d'État") == "marco-rubio");
  // No date in the sentence: the publication date.
  CHECK(role_alone("Le secrétaire d'État américain a appelé au calme.", "2024-06-02", "secrétaire d'État") ==
        "antony-blinken");
}

TEST_CASE("mentions: a role after an indefinite article names no one", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Donald Trump a rencontré Ahmed al-Charaa, une première entre un président américain et un chef d'État syrien "
      "depuis 2000.",
      "2025-05-15");
  INFO(describe(ms));
  CHECK(mention(ms, "président américain") == nullptr);
  CHECK(mention(ms, "chef d'État syrien") == nullptr);
  CHECK(resolved(ms, "Donald Trump") == Strings{"donald-trump"});
}

// ---------- overlapping names ----------

TEST_CASE("mentions: of overlapping names the longest is the one written", "[extract][mentions]") {
  // "cheikh Nawaf" and "Nawaf al-Ahmad al-Sabah" are both his names; taking the first would
  // leave "Al-Sabah" to the minister of the same family named before.
  const auto ms = mentions_of(
      "Le ministre koweïtien des Affaires étrangères, cheikh Ahmad Nasser Al-Sabah, a salué l'accord. Lundi soir, "
      "cheikh Nawaf Al-Ahmad Al-Sabah s'est entretenu au téléphone avec le roi de Bahreïn.",
      "2021-01-06");
  INFO(describe(ms));
  const ActorMention* emir = mention(ms, "Nawaf");
  REQUIRE(emir);
  CHECK(emir->actor.id == "nawaf-al-ahmad-al-sabah");
  CHECK(emir->surface == "Nawaf Al-Ahmad Al-Sabah");
  CHECK(resolved(ms, "Al-Sabah") == Strings{"ahmad-nasser-al-sabah", "nawaf-al-ahmad-al-sabah"});
}

TEST_CASE("mentions: the rest of a name longer than the data's form names no second person",
          "[extract][mentions]") {
  // The data knows "cheikh Mechaal", not this long form ("Ahmed" for "Ahmad"): "Al-Sabah" at its end is
  // still his.
  const auto ms = mentions_of(
      "Le ministre koweïtien des Affaires étrangères, cheikh Ahmad Nasser Al-Sabah, a salué l'accord. Lundi, "
      "l'émir du Koweït, cheikh Mechaal Al-Ahmed Al-Jaber Al-Sabah, a reçu le président iranien.",
      "2024-03-05");
  INFO(describe(ms));
  CHECK(resolved(ms, "Al-Sabah") == Strings{"ahmad-nasser-al-sabah"});
  CHECK(resolved(ms, "Mechaal") == Strings{"mishal-al-ahmad-al-sabah"});
  // A surname after a comma is a new mention, not the end of the name before it.
  const auto again = mentions_of(
      "Cheikh Ahmad Nasser Al-Sabah, ministre koweïtien des Affaires étrangères, a salué l'accord. Lundi, "
      "l'émir du Koweït, cheikh Mechaal, Al-Sabah et le président iranien se sont réunis.",
      "2024-03-05");
  INFO(describe(again));
  CHECK(resolved(again, "Al-Sabah") == Strings{"ahmad-nasser-al-sabah", "ahmad-nasser-al-sabah"});
}

// ---------- a role of another office ----------

TEST_CASE("mentions: 'l'émissaire du président X' is the president's envoy, not the president",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "L'émissaire spécial du président américain Steve Witkoff a été reçu au Kremlin. "
      "L'assistante du Premier ministre indien, Meera Sharma, a rencontré le ministre chinois des Affaires "
      "étrangères.",
      "2025-12-03");
  INFO(describe(ms));
  const ActorMention* envoy = mention(ms, "Witkoff");
  REQUIRE(envoy);
  CHECK(envoy->actor.id == "steve-witkoff");
  CHECK(envoy->actor.role == "official:USA");
  CHECK(resolved(ms, "président") == Strings{"steve-witkoff"});  // the president is named by no one
  const ActorMention* aide = mention(ms, "Meera Sharma");
  REQUIRE(aide);
  CHECK(aide->actor.country == "IND");
  CHECK(aide->actor.role == "official:IND");
  CHECK(resolved(ms, "Premier ministre") == Strings{"meera-sharma"});
}

TEST_CASE("mentions: 'le conseiller du président X' names the president when X holds that office",
          "[extract][mentions]") {
  const auto ms = mentions_of("Le conseiller du président Emmanuel Macron a appelé Kiev.", "2024-05-02");
  INFO(describe(ms));
  CHECK(resolved(ms, "Emmanuel Macron") == Strings{"emmanuel-macron"});
  const ActorMention* m = mention(ms, "Emmanuel Macron");
  REQUIRE(m);
  CHECK(m->surface.find("conseiller") == std::string::npos);
}

// ---------- monarchs ----------

TEST_CASE("mentions: 'le Souverain' and 'le roi' name the monarch the text named, not a president named more",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le roi Abdallah II a reçu à Amman le président américain Joe Biden. Joe Biden a salué le rôle de la "
      "Jordanie. Au cours de l'entretien, le Souverain a plaidé pour un cessez-le-feu. Le roi a ensuite appelé "
      "le président égyptien.",
      "2023-10-20");
  INFO(describe(ms));
  CHECK(resolved(ms, "Souverain") == Strings{"abdullah-ii"});
  CHECK(resolved(ms, "roi") == Strings{"abdullah-ii", "abdullah-ii"});
  // "l'émir" is a title of Gulf monarchs only: a king named before is not an emir.
  CHECK(role_alone("Le roi Abdallah II a reçu le président Biden. L'émir a appelé ensuite.", "2023-10-20",
                   "émir") == "");
}

// ---------- the host ----------

TEST_CASE("mentions: 'leur hôte' is the last person named of the country named last", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le président turc Recep Tayyip Erdoğan a reçu le Premier ministre éthiopien Abiy Ahmed. Après leurs "
      "entretiens à Ankara, Abiy Ahmed a remercié son hôte pour la médiation.",
      "2024-12-12");
  INFO(describe(ms));
  CHECK(resolved(ms, "son hôte") == Strings{"recep-tayyip-erdogan"});
  // No country named before: no host.
  CHECK(role_alone("Abiy Ahmed a remercié son hôte.", "2024-12-12", "hôte") == "");
}

// ---------- a second role apposed to a role and its name ----------

TEST_CASE("mentions: a second role apposed to a titled name describes the same person", "[extract][mentions]") {
  // Without the rule "président en exercice" was read as a bare role naming the last president.
  const SentenceMentions s(
      "Ruto et Museveni se sont rencontrés sous l'égide du Premier ministre belge Jan Verbeke, président en exercice "
      "de la Celac, et du président kényan.",
      "2024-03-01");
  INFO(s.dump());
  const Mention* m = s.find("Premier ministre belge Jan Verbeke, président en exercice de la Celac");
  REQUIRE(m);
  CHECK(s.id(*m) == "jan-verbeke");
  // A known organization completing the apposed role is part of the description.
  const SentenceMentions k(
      "le président angolais João Lourenço, président en exercice de l'Union africaine, a reçu William Ruto.",
      "2024-03-01");
  INFO(k.dump());
  REQUIRE(k.find("président angolais João Lourenço, président en exercice de l'Union africaine"));
  CHECK(k.mentions.size() == 2);
}

TEST_CASE("mentions: a role with an article after a titled name is no apposition to it", "[extract][mentions]") {
  // "le président russe, Dmitri Medvedev, le chef de l'Etat, ...": the incise interrupts the
  // subject, which the second role names.
  const SentenceMentions s("Reçu par le président russe, Dmitri Medvedev, le chef de l'Etat français a négocié.",
                           "2008-08-13");
  INFO(s.dump());
  CHECK(s.find("président russe, Dmitri Medvedev"));
  CHECK(s.mentions.size() == 2);
}

TEST_CASE("mentions: a name word with a joined Arabic article continues an unknown name", "[extract][mentions]") {
  // "al-Tayeb" starts lowercase: the name used to stop at "Ahmed", one word, and no one was named.
  const SentenceMentions s("Le pape a rencontré le grand imam d'Al-Azhar, Ahmed al-Tayeb, à la mosquée.", "2019-02-05");
  INFO(s.dump());
  // The role introduces him ("Ahmed" names no one known): one mention, role and name.
  const Mention* m = s.find("grand imam d'Al-Azhar, Ahmed al-Tayeb");
  REQUIRE(m);
  CHECK(s.id(*m) == "ahmed-al-tayeb");
  const SentenceMentions t("Le grand mufti Karim el-Habib a reçu l'archevêque Paolo Renzi.", "2019-02-05");
  INFO(t.dump());
  const Mention* k = t.find("grand mufti Karim el-Habib");
  REQUIRE(k);
  CHECK(t.id(*k) == "karim-el-habib");
}

TEST_CASE("mentions: a role's genitive complement with a capitalized name still reaches the apposed name",
          "[extract][mentions]") {
  const SentenceMentions s("Il doit rencontrer le secrétaire général du Parti communiste vietnamien, Nguyen Phu Trong.",
                           "2024-06-19");
  INFO(s.dump());
  const Mention* m = s.find("secrétaire général du Parti communiste vietnamien, Nguyen Phu Trong");
  REQUIRE(m);
  CHECK(s.id(*m) == "nguyen-phu-trong");
  const SentenceMentions t("Il a reçu le ministre du Commerce extérieur, Jan Verbeke.", "2024-06-19");
  INFO(t.dump());
  CHECK(t.find("ministre du Commerce extérieur, Jan Verbeke"));
}

TEST_CASE("mentions: 'le dirigeant' of a country names its head the text named without a title",
          "[extract][mentions]") {
  const auto ms =
      mentions_of("Kim Jong-un a tiré un missile. Le dirigeant nord-coréen a reçu Sergueï Lavrov.", "2024-06-19");
  INFO(describe(ms));
  CHECK(resolved(ms, "dirigeant nord-coréen") == Strings{"kim-jong-un"});
}

TEST_CASE("mentions: a role of another country after a name and a comma is someone else", "[extract][mentions]") {
  const SentenceMentions s("Avec Emmanuel Macron, le président turc a évoqué la Syrie.", "2024-06-19");
  INFO(s.dump());
  CHECK(s.find("Emmanuel Macron"));
  CHECK_FALSE(s.find("Emmanuel Macron, le président turc"));
}

TEST_CASE("mentions: an impersonal 'il' names no one", "[extract][mentions]") {
  // "il y a quatre ans" used to name the last person, who then joined the sentence's event.
  const SentenceMentions s("Emmanuel Macron est arrivé. Les négociations ouvertes il y a quatre ans ont abouti.",
                           "2024-06-19");
  INFO(s.dump());
  CHECK(s.mentions.size() == 1);
  const SentenceMentions t("Emmanuel Macron est arrivé. Il a salué l'accord.", "2024-06-19");
  INFO(t.dump());
  CHECK(t.mentions.size() == 2);
}

TEST_CASE("mentions: an acronym in parentheses after a role's organization is part of the role",
          "[extract][mentions]") {
  const SentenceMentions s("le chef des Forces armées révolutionnaires de Colombie (FARC), Rodrigo Londoño, a signé.",
                           "2016-06-24");
  INFO(s.dump());
  const Mention* m = s.find("chef des Forces armées révolutionnaires de Colombie (FARC), Rodrigo Londoño");
  REQUIRE(m);
  CHECK(s.id(*m) == "rodrigo-londono");
}

TEST_CASE("mentions: an unknown name after ', et' coordinated with a person is a person", "[extract][mentions]") {
  const SentenceMentions s(
      "Une délégation conduite par Jared Kushner, haut conseiller du président Donald Trump, et Meir Ben-Shabbat, "
      "conseiller israélien, est arrivée.",
      "2020-12-23");
  INFO(s.dump());
  const Mention* m = s.find("Meir Ben-Shabbat");
  REQUIRE(m);
  CHECK(s.id(*m) == "meir-ben-shabbat");
}

TEST_CASE("mentions: a role's remit after 'pour' still reaches the apposed name", "[extract][mentions]") {
  const SentenceMentions s(
      "Il a reçu le représentant spécial de l'UE pour le dialogue Belgrade-Pristina, Miroslav Lajcak.", "2023-03-19");
  INFO(s.dump());
  const Mention* m = s.find("représentant spécial de l'UE pour le dialogue Belgrade-Pristina, Miroslav Lajcak");
  REQUIRE(m);
  CHECK(s.id(*m) == "miroslav-lajcak");
}

TEST_CASE("mentions: a group the data writes in lowercase is named in lowercase text", "[extract][mentions]") {
  // "les houthistes", "les talibans": the press writes these groups without a capital.
  const SentenceMentions s("Le gouvernement yéménite et les houthistes ont conclu un accord avec les talibans.",
                           "2023-04-10");
  INFO(s.dump());
  const Mention* h = s.find("houthistes");
  REQUIRE(h);
  CHECK(s.id(*h) == "houthis");
  const Mention* t = s.find("talibans");
  REQUIRE(t);
  CHECK(s.id(*t) == "taliban");
}

TEST_CASE("mentions: a counterpart the data does not know is its country", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Sergueï Lavrov est arrivé. Le chef de la diplomatie russe a eu un entretien avec son homologue nord-coréenne.",
      "2024-06-20");
  INFO(describe(ms));
  CHECK(resolved(ms, "homologue nord-coréenne") == Strings{"prk"});
  // A counterpart the data knows is still the person.
  const auto ms2 = mentions_of("Emmanuel Macron a appelé son homologue russe.", "2024-06-20");
  INFO(describe(ms2));
  CHECK(resolved(ms2, "homologue russe") == Strings{"vladimir-putin"});
}

TEST_CASE("mentions: 'le Nigérien X' after a role's complement is the role's holder", "[extract][mentions]") {
  const SentenceMentions s("Il a reçu le président en exercice de l'organisation, le Nigérien Mahamadou Issoufou.",
                           "2020-08-25");
  INFO(s.dump());
  const Mention* m = s.find("président en exercice de l'organisation, le Nigérien Mahamadou Issoufou");
  REQUIRE(m);
  CHECK(s.id(*m) == "mahamadou-issoufou");
}

TEST_CASE("mentions: 'il a été annoncé' is impersonal, 'il a été reçu' is not", "[extract][mentions]") {
  const SentenceMentions s("Joe Biden est arrivé. Il a été annoncé au Caire lors d'une conférence de presse.",
                           "2012-11-22");
  INFO(s.dump());
  for (const auto& m : s.mentions) CHECK_FALSE(m.pronoun);
  const SentenceMentions t("Joe Biden est arrivé. Il a été reçu au Caire par Mohamed Morsi.", "2012-11-22");
  INFO(t.dump());
  const Mention* il = t.find("Il");
  REQUIRE(il);
  CHECK(il->pronoun);
  CHECK(t.id(*il) == "joe-biden");
}

TEST_CASE("mentions: members named by their organization are that organization", "[extract][mentions]") {
  // "rebelles", "paramilitaires" + "du/des" + organization: no complement, the party itself.
  const SentenceMentions s("Les rebelles du M23 et les paramilitaires des Forces de soutien rapide ont signé.",
                           "2024-03-01");
  INFO(s.dump());
  const Mention* m23 = s.find("rebelles du M23");
  REQUIRE(m23);
  CHECK(s.id(*m23) == "m23");
  const Mention* rsf = s.find("paramilitaires des Forces de soutien rapide");
  REQUIRE(rsf);
  CHECK(s.id(*rsf) == "rsf-sudan");
  // A described organization bound to an organization by "du" is that organization too.
  const SentenceMentions t("Le groupe armé du M23 a rencontré Paul Kagame.", "2024-03-01");
  INFO(t.dump());
  const Mention* g = t.find("groupe armé du M23");
  REQUIRE(g);
  CHECK(t.id(*g) == "m23");
}

TEST_CASE("mentions: members without their organization name no one", "[extract][mentions]") {
  // "les rebelles" alone is not the organization the text named last (here the UN).
  const auto ms = mentions_of("L'ONU a condamné l'attaque. Les rebelles ont rencontré le président Félix Tshisekedi.",
                              "2024-06-12");
  INFO(describe(ms));
  CHECK(resolved(ms, "rebelles").empty());
}

// ---------- plural roles ----------

TEST_CASE("mentions: a plural role names several people, not the office's holder; with a demonym, the country",
          "[extract][mentions]") {
  const auto ms = mentions_of("Emmanuel Macron a reçu les présidents des institutions européennes.", "2023-05-08");
  INFO(describe(ms));
  CHECK(id_of(ms, "présidents") == "");
  CHECK(role_alone("Les négociateurs américains doivent retrouver dimanche la délégation ukrainienne.", "2023-05-08",
                   "négociateurs américains") == "usa");
  // The singular still names the holder.
  CHECK(role_alone("Le président français a reçu Olaf Scholz.", "2023-05-08", "président français") ==
        "emmanuel-macron");
}

// ---------- counted plurals ----------

TEST_CASE("mentions: 'les trois ministres' names the last list of three people, 'les deux dirigeants chypriotes' "
          "the two Cypriots",
          "[extract][mentions][multiparty]") {
  const auto ms = mentions_of(
      "Les ministres des Affaires étrangères français, Stéphane Séjourné, allemande, Annalena Baerbock, et polonais, "
      "Radosław Sikorski, se sont réunis lundi à Weimar avec Donald Tusk. Dans la soirée, les trois ministres ont été "
      "reçus par le président Andrzej Duda.",
      "2024-02-13");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "les trois ministres")) ==
        Strings{"annalena-baerbock", "radoslaw-sikorski", "stephane-sejourne"});
  const auto cy = mentions_of(
      "Le secrétaire général de l'ONU, António Guterres, avait reçu Nikos Christodoulides puis Ersin Tatar. Il "
      "réunira en juillet les deux dirigeants chypriotes à New York.",
      "2025-03-18");
  INFO(describe(cy));
  CHECK(sorted(resolved(cy, "les deux dirigeants chypriotes")) == Strings{"ersin-tatar", "nikos-christodoulides"});
  // No list of three people before: no one, not even the holder of the role word inside.
  const auto none = mentions_of("Emmanuel Macron a reçu Olaf Scholz. Selon les trois ministres, rien n'a changé.",
                                "2024-02-13");
  INFO(describe(none));
  CHECK(resolved(none, "ministres").empty());
}

TEST_CASE("mentions: 'les quatre dirigeants' names the latest report of four people when no list of four came since",
          "[extract][mentions][multiparty]") {
  // The four were never one list (the host is the subject, his guests the object), and a
  // report of two others came between.
  const Strings four{"emmanuel-macron", "giorgia-meloni", "olaf-scholz", "pedro-sanchez"};
  const auto ms = mentions_of(
      "Emmanuel Macron a reçu lundi à l'Élysée Olaf Scholz, Giorgia Meloni et Pedro Sánchez. Le lendemain, Jens "
      "Stoltenberg s'est entretenu avec António Guterres. Dimanche, les quatre dirigeants s'étaient parlé au "
      "téléphone.",
      "2024-03-12");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "les quatre dirigeants")) == four);
  const auto heads = mentions_of(
      "Emmanuel Macron a reçu lundi à l'Élysée Olaf Scholz, Giorgia Meloni et Pedro Sánchez. Le lendemain, Jens "
      "Stoltenberg a accueilli António Guterres à Bruxelles. Les quatre chefs d'État et de gouvernement avaient eu "
      "une longue conversation téléphonique dimanche.",
      "2024-03-12");
  INFO(describe(heads));
  CHECK(sorted(resolved(heads, "Les quatre chefs")) == four);
  // No report of five people: no one.
  const auto five = mentions_of(
      "Emmanuel Macron a reçu lundi à l'Élysée Olaf Scholz, Giorgia Meloni et Pedro Sánchez. Dimanche, les cinq "
      "dirigeants s'étaient parlé au téléphone.",
      "2024-03-12");
  INFO(describe(five));
  CHECK(resolved(five, "dirigeants").empty());
}

TEST_CASE("mentions: two offices joined without an article are one person's, named by the second role",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le Premier ministre israélien Benyamin Nétanyahou a parlé. Le Premier ministre et ministre des Affaires "
      "étrangères qatari, cheikh Mohammed ben Abderrahmane Al Thani, a reçu Antony Blinken.",
      "2025-01-15");
  INFO(describe(ms));
  // Nétanyahou is named once, by his own name; the second sentence names only the Qatari.
  CHECK(resolved(ms, "Nétanyahou").size() == 1);
  std::size_t netanyahu = 0;
  for (const auto& m : ms) netanyahu += m.actor.id == "benjamin-netanyahu";
  CHECK(netanyahu == 1);
}

TEST_CASE("mentions: a plural team after a noun that is no role is its state; after a role, a description",
          "[extract][mentions]") {
  const auto ms = mentions_of("Vladimir Poutine a reçu Recep Tayyip Erdogan en présence des médiateurs qataris.",
                              "2024-05-08");
  INFO(describe(ms));
  CHECK(id_of(ms, "médiateurs qataris") == "qat");
  const auto chief = mentions_of("Le chef des négociateurs russes, Vladimir Medinski, a rencontré Roustem Oumerov.",
                                 "2025-05-16");
  INFO(describe(chief));
  CHECK(resolved(chief, "négociateurs russes").empty() == false);
  CHECK(id_of(chief, "négociateurs russes") == "vladimir-medinsky");
}

TEST_CASE("mentions: 'les chefs de la diplomatie' names the latest list of people who may all hold that office",
          "[extract][mentions][multiparty]") {
  const auto ms = mentions_of(
      "Sameh Choukri, Gedu Andargachew et Asma Mohamed Abdallah ont été réunis mercredi à Washington. Les chefs de la "
      "diplomatie se retrouveront le 9 décembre.",
      "2019-11-07");
  INFO(describe(ms));
  CHECK(sorted(resolved(ms, "chefs de la diplomatie")) ==
        Strings{"asma-mohamed-abdalla", "gedu-andargachew", "sameh-shoukry"});
  // Heads of state are not the foreign ministers.
  const auto heads = mentions_of(
      "Emmanuel Macron et Olaf Scholz ont déjeuné mercredi à Paris. Les chefs de la diplomatie se retrouveront lundi.",
      "2024-05-08");
  INFO(describe(heads));
  CHECK(resolved(heads, "chefs de la diplomatie").empty());
}

TEST_CASE("mentions: 'la présidente de la Commission, X' is X's role, not the last president's",
          "[extract][mentions][multiparty]") {
  const auto ms = mentions_of(
      "La présidente moldave Maia Sandu a accueilli vendredi le président du Conseil européen, António Costa, et la "
      "présidente de la Commission, Ursula von der Leyen.",
      "2025-07-04");
  INFO(describe(ms));
  std::size_t sandu = 0;
  for (const auto& m : ms) sandu += m.actor.id == "maia-sandu";
  CHECK(sandu == 1);
  CHECK(id_of(ms, "présidente de la Commission") == "ursula-von-der-leyen");
}

TEST_CASE("mentions: 'cheikh Mohammed' alone is the one person named in full with that first name",
          "[extract][mentions][multiparty]") {
  const auto ms = mentions_of(
      "Le Premier ministre qatari, cheikh Mohammed ben Abderrahmane Al Thani, a reçu lundi Antony Blinken. Mardi, "
      "cheikh Mohammed a rencontré Benyamin Nétanyahou.",
      "2024-05-08");
  INFO(describe(ms));
  std::size_t him = 0;
  for (const auto& m : ms) him += m.actor.id == "mohammed-bin-abdulrahman-al-thani";
  CHECK(him == 2);
  // Two people with that first name: no guess.
  const auto two = mentions_of(
      "Le roi Mohammed VI a reçu le prince héritier Mohammed ben Salmane. Cheikh Mohammed a ensuite parlé.",
      "2024-05-08");
  INFO(describe(two));
  for (const auto& m : two)
    if (m.surface == "Mohammed") CHECK(m.actor.id != "mohammed-vi");
}

TEST_CASE("mentions: 'le ministre britannique chargé de l'Europe, X' introduces X with the demonym's country",
          "[extract][mentions][multiparty]") {
  SentenceMentions s("La réunion a réuni Nikos Christodoulides et le ministre britannique chargé de l'Europe, Stephen "
                     "Doughty.",
                     "2025-03-18");
  INFO(s.dump());
  bool gb = false;
  for (const auto& m : s.mentions) gb = gb || (s.id(m) == "stephen-doughty" && s.actors[m.actor].actor.country == "GBR");
  CHECK(gb);
}

// ---------- actors the knowledge base lacks, introduced by the text ----------

// The country of the mention whose surface contains `surface` ("?" when none).
static std::string country_of(const std::vector<ActorMention>& ms, const std::string& surface) {
  const ActorMention* m = mention(ms, surface);
  return m ? (m->actor.country.empty() ? "-" : m->actor.country) : "?";
}

TEST_CASE("mentions: 'le vice-ministre indien des Finances X Y' introduces X Y with the demonym's country",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le vice-ministre indien des Finances Rakesh Okavanga a rencontré mardi son homologue kényan à Nairobi.",
      "2024-02-06");
  INFO(describe(ms));
  CHECK(id_of(ms, "Rakesh Okavanga") == "rakesh-okavanga");
  CHECK(country_of(ms, "Rakesh Okavanga") == "IND");
  // The plural title before two names introduces the first one too.
  const auto two =
      mentions_of("Les vice-ministres Rakesh Okavanga et Yolanda Petrushevska ont signé l'accord.", "2024-02-06");
  INFO(describe(two));
  CHECK(id_of(two, "Rakesh Okavanga") == "rakesh-okavanga");
  CHECK(id_of(two, "Yolanda Petrushevska") == "yolanda-petrushevska");
}

TEST_CASE("mentions: 'le secrétaire philippin à la Défense, X' is the Philippine minister, not an American",
          "[extract][mentions]") {
  const auto ms =
      mentions_of("Le président a reçu le secrétaire philippin à la Défense, Rodolfo Quimbo, à Manille.", "2024-02-06");
  INFO(describe(ms));
  CHECK(id_of(ms, "Rodolfo Quimbo") == "rodolfo-quimbo");
  CHECK(country_of(ms, "Rodolfo Quimbo") == "PHL");
  const auto fm =
      mentions_of("La secrétaire philippine aux Affaires étrangères, Maria Lourdes Bantug, est arrivée.", "2024-02-06");
  INFO(describe(fm));
  CHECK(country_of(fm, "Maria Lourdes Bantug") == "PHL");
  // The American title alone gives no country to a name the data lacks: it is a default.
  const auto us = mentions_of("Le président a reçu le secrétaire à la Défense, Rodolfo Quimbo.", "2024-02-06");
  INFO(describe(us));
  CHECK(country_of(us, "Rodolfo Quimbo") == "-");
}

TEST_CASE("mentions: a Greenlandic demonym gives the person it introduces Greenland's code", "[extract][mentions]") {
  const auto ms =
      mentions_of("La Première ministre groenlandaise Aaja Kleist a reçu mardi la ministre danoise.", "2024-02-06");
  INFO(describe(ms));
  CHECK(id_of(ms, "Aaja Kleist") == "aaja-kleist");
  CHECK(country_of(ms, "Aaja Kleist") == "GRL");
}

TEST_CASE("mentions: an unknown given name between a role and a known surname is someone else of that name",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Ilham Aliyev a reçu mardi le ministre turc de la Défense. Le vice-ministre azerbaïdjanais Elnur Aliyev a "
      "assisté à l'entretien.",
      "2023-03-03");
  INFO(describe(ms));
  CHECK(resolved(ms, "Elnur Aliyev") == Strings{"elnur-aliyev"});
  // A title or a complement before the surname is no given name: still the president.
  const auto same = mentions_of(
      "Ilham Aliyev a reçu mardi le ministre turc. Le Président Aliyev a ensuite rencontré le Premier ministre du "
      "Nakhitchevan Aliyev.",
      "2023-03-03");
  INFO(describe(same));
  for (const auto& m : same)
    if (m.surface.find("Aliyev") != std::string::npos) CHECK(m.actor.id == "ilham-aliyev");
}

TEST_CASE("mentions: a role's complement with its acronym in parentheses still introduces the name after the comma",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "La dirigeante du Parti social-libéral lituanien (PSLL), Ieva Margaryte, a été reçue lundi par le président.",
      "2024-02-06");
  INFO(describe(ms));
  CHECK(id_of(ms, "Ieva Margaryte") == "ieva-margaryte");
  const auto plain =
      mentions_of("Le chef du Front uni des paysans, Olek Dravinski, a été reçu lundi par le président.", "2024-02-06");
  INFO(describe(plain));
  CHECK(id_of(plain, "Olek Dravinski") == "olek-dravinski");
}

TEST_CASE("mentions: a deputy minister's remit is part of the title; the name right after it is the deputy",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Il a reçu le vice-ministre des Affaires étrangères Abdel-Rahim Kouyaté et son conseiller.", "2024-02-06");
  INFO(describe(ms));
  CHECK(id_of(ms, "Abdel-Rahim Kouyaté") == "abdel-rahim-kouyate");
  const auto defence =
      mentions_of("Il a reçu le vice-ministre de la Défense Abdel-Karim Orbelian et son conseiller.", "2024-02-06");
  INFO(describe(defence));
  CHECK(id_of(defence, "Abdel-Karim Orbelian") == "abdel-karim-orbelian");
}

TEST_CASE("mentions: 'X, à la tête du parti Y' is a person the knowledge base lacks", "[extract][mentions]") {
  const auto ms =
      mentions_of("Le président a reçu mardi Ossian Wennergren, à la tête du parti Avenir, au palais.", "2024-02-06");
  INFO(describe(ms));
  CHECK(id_of(ms, "Ossian Wennergren") == "ossian-wennergren");
}

TEST_CASE("mentions: an organization's acronym in parentheses after its name is the same mention",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Étaient présents Mark Rutte, de l'Organisation du traité de l'Atlantique nord (OTAN), et le ministre "
      "polonais.",
      "2025-02-06");
  INFO(describe(ms));
  CHECK(resolved(ms, "Atlantique nord") == Strings{"nato"});
  CHECK(resolved(ms, "(OTAN)") == Strings{"nato"});  // one mention, the acronym included
  std::size_t nato = 0;
  for (const auto& m : ms) nato += m.actor.id == "nato";
  CHECK(nato == 1);
  // So the organization stays the person's affiliation, out of the event.
  const auto evs = events_of(
      "Autour du président Zelensky avaient pris place plusieurs dirigeants, dont Mark Rutte, de l'Organisation du "
      "traité de l'Atlantique nord (OTAN), et António Costa, du Conseil européen.",
      "2025-02-06");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(ids(evs[0]) == sorted({"volodymyr-zelensky", "mark-rutte", "antonio-costa"}));
}

TEST_CASE("mentions: Central African armed groups are organizations by name and acronym", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Les délégués du FDPC et ceux du Mouvement des libérateurs centrafricains pour la justice ont été reçus à "
      "Bangui.",
      "2019-03-02");
  INFO(describe(ms));
  CHECK(id_of(ms, "FDPC") == "fdpc");
  CHECK(id_of(ms, "Mouvement des libérateurs") == "mlcj");
}

TEST_CASE("mentions: a one-word name right after a role is the one namesake who holds that office",
          "[extract][mentions]") {
  // "Hussein" is a first name and Fuad Hussein's surname: the crown prince is the one namesake
  // who holds the office the role names.
  const auto ms = mentions_of(
      "Le Premier ministre irakien a rencontré jeudi à Amman le prince héritier Hussein, qui représentait son père.",
      "2023-05-04");
  INFO(describe(ms));
  CHECK(resolved(ms, "Hussein") == Strings{"hussein-bin-abdullah"});
  // No role before it: the bare first name still names nobody.
  const auto bare = mentions_of("Le Premier ministre irakien a rencontré jeudi Hussein à Amman.", "2023-05-04");
  INFO(describe(bare));
  CHECK(resolved(bare, "Hussein").empty());
}

TEST_CASE("mentions: 'M. X' after a person the text introduced as 'Y X' is that person", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le Premier ministre a reçu lundi le conseiller israélien à la sécurité nationale, Tzachi Ben-Harush. Le "
      "texte a été signé mardi par M. Ben-Harush.",
      "2023-05-04");
  INFO(describe(ms));
  CHECK(resolved(ms, "Ben-Harush") == Strings{"tzachi-ben-harush", "tzachi-ben-harush"});
}

TEST_CASE("mentions: a name the data lacks after an elided 'd'' or 'l'' is introduced", "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le ministre a salué mardi l'arrivée à Dakar d'Ibrahima Sorokodou, l'envoyé de la Cédéao pour le Sahel.",
      "2023-05-04");
  INFO(describe(ms));
  CHECK(id_of(ms, "Ibrahima Sorokodou") == "ibrahima-sorokodou");
  const auto curly = mentions_of("Le ministre a salué mardi l’arrivée à Dakar d’Ibrahima Sorokodou.", "2023-05-04");
  INFO(describe(curly));
  CHECK(id_of(curly, "Ibrahima Sorokodou") == "ibrahima-sorokodou");
  // A capitalized noun after the elision is no name, even with a role apposed after it.
  const auto noun = mentions_of(
      "Reçu par le président Xi Jinping au palais d'Etat de Zhongnanhai, le chef du gouvernement japonais a parlé.",
      "2023-05-04");
  INFO(describe(noun));
  for (const auto& m : noun) CHECK(m.surface.find("Etat") == std::string::npos);
}

TEST_CASE("mentions: an Indonesian or Thai leader named in full is then named by the given name alone",
          "[extract][mentions]") {
  const auto ms = mentions_of(
      "Le président indonésien Prabowo Subianto a reçu jeudi le Premier ministre malaisien. Prabowo a ensuite "
      "appelé le président philippin.",
      "2025-03-06");
  INFO(describe(ms));
  CHECK(resolved(ms, "Prabowo") == Strings{"prabowo-subianto", "prabowo-subianto"});
  const auto thai = mentions_of(
      "Le Premier ministre thaïlandais Srettha Thavisin a rencontré mardi Anwar Ibrahim. Selon Srettha, la "
      "visite a été utile.",
      "2024-01-16");
  INFO(describe(thai));
  CHECK(resolved(thai, "Srettha") == Strings{"srettha-thavisin", "srettha-thavisin"});
}

TEST_CASE("mentions: 'le Belge' alone is the last person of that nationality the text named", "[extract][mentions]") {
  const auto ms =
      mentions_of("Alexander De Croo est arrivé lundi à Varsovie. Dans la soirée, le Belge a été reçu par Donald Tusk.",
                  "2024-03-04");
  INFO(describe(ms));
  CHECK(resolved(ms, "Belge") == Strings{"alexander-de-croo"});
  const auto evs =
      events_of("Alexander De Croo est arrivé lundi à Varsovie. Dans la soirée, le Belge a été reçu par Donald Tusk.",
                "2024-03-04");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(ids(evs[0]) == sorted({"alexander-de-croo", "donald-tusk"}));
  // Followed by a name, the demonym is that name's; plural, it is no one.
  const auto named = mentions_of(
      "Alexander De Croo est arrivé lundi. La Belge Hadja Lahbib et les Polonais ont ensuite parlé.", "2024-03-04");
  INFO(describe(named));
  CHECK(resolved(named, "Belge").empty());
  CHECK(resolved(named, "Polonais").empty());
}
