#include "extract/extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "extract/fold.h"
#include "extract/lexicon_error.h"
#include "extract_test_support.h"
#include "model/event_json.h"

using namespace ag;
using namespace ag::extract;
using namespace ag::extract::test;

namespace {

using Strings = std::vector<std::string>;

Event one(const std::string& text, const std::string& published) {
  const auto evs = events_of(text, published);
  INFO(text << " @ " << (published.empty() ? "(no date)" : published) << "\n" << describe(evs));
  REQUIRE(evs.size() == 1);
  return evs[0];
}

std::string date_of(const std::string& text, const std::string& published) { return one(text, published).date; }

std::string jsonl(const std::vector<Event>& evs) {
  std::string out;
  for (const auto& e : evs) out += to_json_line(e) + "\n";
  return out;
}

// A short article with several interactions, used for the determinism checks.
const char* const kArticle =
    "Bakou, 8 mai. Le président azerbaïdjanais Ilham Aliyev a reçu lundi à Bakou le président turc Recep Tayyip "
    "Erdoğan. Les deux chefs d'État ont évoqué le gazoduc transanatolien et la délimitation des frontières. "
    "Mardi, Ilham Aliyev s'est entretenu par téléphone avec Vladimir Poutine. "
    "La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a ensuite rencontré "
    "l'ambassadeur Jean Testard. Ilham Aliyev et Nikol Pachinian doivent se rencontrer le 20 mai à Bruxelles "
    "sous l'égide de Charles Michel. Ilham Aliyev n'a pas rencontré Emmanuel Macron.";

}  // namespace

// ---------- dates ----------

TEST_CASE("extractor: relative dates resolve against the publication date", "[extract][extractor]") {
  // 2024-04-08 is a Monday.
  const std::string pub = "2024-04-08";
  CHECK(date_of("Vladimir Poutine s'est entretenu lundi par téléphone avec Recep Tayyip Erdogan.", pub) == "2024-04-08");
  CHECK(date_of("Vladimir Poutine s'est entretenu hier par téléphone avec Recep Tayyip Erdogan.", pub) == "2024-04-07");
  CHECK(date_of("Vladimir Poutine s'est entretenu le 3 avril par téléphone avec Recep Tayyip Erdogan.", pub) ==
        "2024-04-03");
  CHECK(date_of("Vladimir Poutine a appelé jeudi dernier Recep Tayyip Erdogan.", pub) == "2024-04-04");
  CHECK(date_of("Emmanuel Macron a rencontré Olaf Scholz samedi.", pub) == "2024-04-06");
  CHECK(date_of("Il y a trois jours, Emmanuel Macron a reçu Olaf Scholz à l'Élysée.", pub) == "2024-04-05");
  CHECK(date_of("Emmanuel Macron avait rencontré Olaf Scholz il y a deux mois à Berlin.", pub) == "2024-02");
  // The same words in an article of another day.
  CHECK(date_of("Vladimir Poutine s'est entretenu lundi par téléphone avec Recep Tayyip Erdogan.", "2024-04-10") ==
        "2024-04-08");
  CHECK(date_of("Vladimir Poutine s'est entretenu hier par téléphone avec Recep Tayyip Erdogan.", "2024-03-01") ==
        "2024-02-29");
}

TEST_CASE("extractor: a dateline run into the lead sentence dates it only when nothing else does",
          "[extract][extractor][dates]") {
  // 2025-03-13 is a Thursday: "vendredi" is the 7th.
  const std::string pub = "2025-03-13";
  CHECK(date_of("ROME, 13 mars 2025 (AFP) - Reçu au palais Chigi vendredi, Kaïs Saïed s'est entretenu avec Giorgia "
                "Meloni.",
                pub) == "2025-03-07");
  CHECK(date_of("DAKAR, 13 mars 2025 (AFP) -- Accueilli au palais présidentiel de Dakar mardi par Bassirou Diomaye "
                "Faye, le président "
                "mauritanien a évoqué la pêche.",
                pub) == "2025-03-11");
  CHECK(date_of("ROME, 13 mars 2025 (AFP) - Giorgia Meloni a reçu Kaïs Saïed au palais Chigi.", pub) == "2025-03-13");
}

// A report described over several paragraphs is still the one a later attendee joins.
TEST_CASE("extractor: who attended joins a report its description carried to that paragraph", "[extract][extractor]") {
  const Event e =
      one("Xi Jinping a eu mercredi des entretiens avec Emmanuel Macron à Pékin.\n\n"
          "Les deux présidents ont évoqué le commerce et les droits de douane.\n\n"
          "Ils ont aussi abordé la guerre en Ukraine et le nucléaire iranien.\n\n"
          "Le ministre chinois des Affaires étrangères, Wang Yi, était présent lors des entretiens.",
          "2024-05-08");
  CHECK(ids(e) == Strings{"emmanuel-macron", "wang-yi", "xi-jinping"});
}

TEST_CASE("extractor: a day of late December in a January article is last year's", "[extract][extractor]") {
  CHECK(date_of("Vladimir Poutine a rencontré Recep Tayyip Erdogan le 28 décembre.", "2025-01-05") == "2024-12-28");
}

TEST_CASE("extractor: two dates joined by 'puis' are two interactions of the same parties", "[extract][extractor]") {
  for (const char* text : {"Emmanuel Macron s'est entretenu avec Volodymyr Zelensky en janvier puis en mars.",
                           "Olaf Scholz a rencontré Xi Jinping le 3 janvier, puis de nouveau le 12 mars.",
                           "Olaf Scholz a rencontré Xi Jinping le 3 janvier puis à nouveau le 12 mars."}) {
    const auto evs = events_of(text, "2024-05-08");
    INFO(text << "\n" << describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(evs[0].date.substr(0, 7) == "2024-01");
    CHECK(evs[1].date.substr(0, 7) == "2024-03");
    CHECK(ids(evs[0]) == ids(evs[1]));
    CHECK(evs[0].id != evs[1].id);
  }
  // "les 3 et 4 février" is one meeting over two days; a later trip is no second meeting.
  CHECK(events_of("Pedro Sánchez a reçu Giorgia Meloni les 3 et 4 février.", "2024-05-08").size() == 1);
  CHECK(
      events_of("Olaf Scholz a rencontré Xi Jinping le 3 janvier puis s'est rendu à Tokyo le 5 janvier.", "2024-05-08")
          .size() == 1);
}

TEST_CASE("extractor: a date in a relative clause closed before the trigger dates that clause",
          "[extract][extractor]") {
  const auto evs =
      events_of("Olaf Scholz, qui avait rencontré Xi Jinping en 2019, a appelé Joe Biden mardi.", "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].date == "2019");
  CHECK(ids(evs[1]) == Strings{"joe-biden", "olaf-scholz"});
  CHECK(evs[1].date == "2024-05-07");
}

TEST_CASE("extractor: a date in a participle clause closed before the trigger tells another event",
          "[extract][extractor]") {
  // "investi en janvier": when he took office, not when he met B; the narrative's day dates it.
  const auto evs = events_of(
      "Le président est arrivé dimanche à Maputo.\n\nDaniel Chapo, investi en janvier après un scrutin contesté, y "
      "a accueilli Venâncio Mondlane.",
      "2025-03-24");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].date == "2025-03-23");
  // Alone in its text, the interaction has no date.
  CHECK(date_of("Emmanuel Macron, élu en mai 2017, s'est entretenu par téléphone avec Olaf Scholz.", "2024-03-14")
            .empty());
}

TEST_CASE("extractor: any date expression may stand between the verb and its complement", "[extract][extractor]") {
  // "début", "mi-", "l'an", "week-end", "automne" are no filler words: the date reader knows them.
  CHECK(date_of("Emmanuel Macron s'est entretenu début mars par téléphone avec Olaf Scholz.", "2024-03-14") ==
        "2024-03");
  CHECK(date_of("Emmanuel Macron s'est entretenu l'an dernier avec Olaf Scholz.", "2024-03-14") == "2023");
  CHECK(date_of("Emmanuel Macron doit s'entretenir le week-end prochain avec Olaf Scholz.", "2024-03-14") == "2024-03");
}

TEST_CASE("extractor: a planned meeting early next year", "[extract][extractor]") {
  const Event e = one("Ilham Aliyev et Nikol Pachinian doivent se rencontrer le 3 janvier.", "2024-12-20");
  CHECK(e.date == "2025-01-03");
  CHECK(e.status == "planned");
}

TEST_CASE("extractor: a date apposed to the noun after 'depuis' dates that noun", "[extract][extractor]") {
  CHECK(date_of("Hakan Fidan et Sergueï Lavrov ne se sont rencontrés qu'une fois depuis la prise de la ville par les "
                "rebelles, en février : c'était à Genève, en avril.",
                "2024-05-08") == "2024-04");
  // Without "depuis", the apposed date is the meeting's.
  CHECK(date_of("Hakan Fidan a rencontré Sergueï Lavrov à Genève, en février.", "2024-05-08") == "2024-02");
}

TEST_CASE("extractor: dates without a publication date", "[extract][extractor]") {
  CHECK(date_of("Vladimir Poutine a rencontré Recep Tayyip Erdogan le 3 avril 2023.", "") == "2023-04-03");
  CHECK(date_of("Vladimir Poutine a rencontré Recep Tayyip Erdogan le 3 avril.", "") == "XXXX-04-03");
  CHECK(date_of("Vladimir Poutine a rencontré Recep Tayyip Erdogan lundi.", "") == "");
  CHECK(date_of("Vladimir Poutine a rencontré Recep Tayyip Erdogan.", "2024-04-08") == "");
}

TEST_CASE("extractor: a header date without a year dates 'hier' without a year", "[extract][extractor]") {
  const std::string header = "Sommet\n\nVendredi 7 novembre\n\n";
  CHECK(date_of(header + "Vladimir Poutine a rencontré hier Recep Tayyip Erdogan.", "") == "XXXX-11-06");
  // Without such a line, nothing to count from.
  CHECK(date_of("Sommet\n\nVladimir Poutine a rencontré hier Recep Tayyip Erdogan.", "") == "");
}

TEST_CASE("extractor: an interaction dated after the publication is planned", "[extract][extractor]") {
  const Event e = one("Une rencontre entre Ilham Aliyev et Nikol Pachinian est prévue le 5 avril à Prague.", "2024-04-04");
  CHECK(e.status == "planned");
  CHECK(e.date == "2024-04-05");
  CHECK(e.cameo == "036");
  const Event past = one("Vladimir Poutine s'est entretenu le 3 avril par téléphone avec Recep Tayyip Erdogan.", "2024-04-08");
  CHECK(past.status == "occurred");
}

TEST_CASE("extractor: a report that names no date takes the narrative's date", "[extract][extractor]") {
  // 2024-04-10 is a Wednesday.
  const std::string pub = "2024-04-10";
  SECTION("the latest dated interaction of its paragraph") {
    const auto evs = events_of(
        "Emmanuel Macron a rencontré Olaf Scholz lundi à Berlin. Il s'est ensuite rendu à Varsovie, où il a été "
        "reçu par Donald Tusk.",
        pub);
    INFO(describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(evs[1].date == "2024-04-08");
  }
  SECTION("alone in its paragraph: the day the lead reports, not the dateline") {
    const auto evs = events_of(
        "Publié le 10 avril 2024 à 09h12\n\nLes négociations ont repris mardi à Genève, a annoncé l'ONU.\n\n"
        "Dans la soirée, Ilham Aliyev s'est entretenu par téléphone avec Charles Michel.",
        pub);
    INFO(describe(evs));
    REQUIRE(evs.size() == 1);
    CHECK(evs[0].date == "2024-04-09");
  }
  SECTION("a sentence with only a relation to another time") {
    const auto evs = events_of(
        "Emmanuel Macron a rencontré Olaf Scholz lundi à Berlin. Recep Tayyip Erdogan a reçu Vladimir Poutine, "
        "pour la première fois depuis 2020.",
        pub);
    INFO(describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(evs[1].date == "2024-04-08");
  }
  SECTION("not a planned one, nor one in a document that dates nothing") {
    const auto evs = events_of(
        "Emmanuel Macron a rencontré Olaf Scholz lundi à Berlin. Ilham Aliyev et Nikol Pachinian doivent se "
        "rencontrer à Prague.",
        pub);
    INFO(describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(evs[1].date == "");
    CHECK(date_of("Recep Tayyip Erdogan a reçu Vladimir Poutine à Sotchi.", pub) == "");
  }
}

TEST_CASE("extractor: a bare weekday of a planned interaction is the coming one", "[extract][extractor]") {
  // 2024-04-10 is a Wednesday: "lundi" alone reports last Monday, but a planned meeting is next Monday's.
  CHECK(date_of("Emmanuel Macron a rencontré Olaf Scholz lundi à Berlin.", "2024-04-10") == "2024-04-08");
  const Event e =
      one("Emmanuel Macron doit rencontrer Olaf Scholz à Berlin, avant de se rendre lundi à Varsovie.", "2024-04-10");
  CHECK(e.status == "planned");
  CHECK(e.date == "2024-04-15");
}

// ---------- actors in events ----------

TEST_CASE("extractor: a country whose own people take part is no party of its own", "[extract][extractor]") {
  CHECK(ids(one("Hakan Fidan et la Turquie ont rencontré mardi Sergueï Lavrov.", "2024-05-08")) ==
        Strings{"hakan-fidan", "sergey-lavrov"});
  CHECK(ids(one("Le Japon et l'Inde ont tenu mardi un sommet avec Narendra Modi.", "2024-05-08")) ==
        Strings{"jpn", "narendra-modi"});
  // A country with no one of its own in the event stays.
  CHECK(ids(one("La Turquie a rencontré mardi Sergueï Lavrov.", "2024-05-08")) == Strings{"sergey-lavrov", "tur"});
}

TEST_CASE("extractor: roles alone resolve at the article's date in events", "[extract][extractor]") {
  const std::string call = "Le ministre turc des Affaires étrangères a téléphoné à son homologue allemand.";
  const Event e2016 = one(call, "2016-05-10");
  CHECK(e2016.type == "phone_call");
  CHECK(ids(e2016) == Strings{"frank-walter-steinmeier", "mevlut-cavusoglu"});
  CHECK(e2016.initiator == "mevlut-cavusoglu");
  const Event e2024 = one(call, "2024-05-10");
  CHECK(ids(e2024) == Strings{"annalena-baerbock", "hakan-fidan"});
  CHECK(e2024.initiator == "hakan-fidan");

  const std::string visit = "Le président américain a reçu mardi à Washington le président russe.";
  const Event v2010 = one(visit, "2010-06-02");
  CHECK(ids(v2010) == Strings{"barack-obama", "dmitry-medvedev"});
  CHECK(v2010.initiator == "barack-obama");
  CHECK(v2010.date == "2010-06-01");
  const Event v2025 = one(visit, "2025-06-02");
  CHECK(ids(v2025) == Strings{"donald-trump", "vladimir-putin"});
  CHECK(v2025.date == "2025-05-27");
}

TEST_CASE("extractor: surnames after full names take part in events", "[extract][extractor]") {
  const auto evs = events_of("Recep Tayyip Erdoğan a appelé Vladimir Putin mardi. Erdogan a ensuite reçu Poutine à Ankara.",
                             "2024-03-12");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].type == "phone_call");
  CHECK(evs[0].initiator == "recep-tayyip-erdogan");
  CHECK(evs[0].date == "2024-03-12");
  CHECK(evs[1].type == "meeting");
  CHECK(ids(evs[1]) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
  CHECK(evs[1].initiator == "recep-tayyip-erdogan");
  CHECK(evs[1].place == "Ankara");
}

// ---------- one event per interaction ----------

TEST_CASE("extractor: sentences that go on describing an interaction add topics, not events", "[extract][extractor]") {
  SECTION("anaphora and 'également'") {
    const Event e = one(
        "Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Ils ont évoqué le gazoduc. Ils ont aussi parlé du "
        "cessez-le-feu. La COP29 a également été abordée.",
        "2024-05-08");
    CHECK(e.type == "meeting");
    CHECK(e.initiator == "ilham-aliyev");
    CHECK(e.date == "2024-05-06");
    CHECK(e.topics == Strings{"peace_process", "climate", "energy"});  // the taxonomy's order
    CHECK(e.subjects == Strings{"COP29"});
  }
  SECTION("a second report of the same meeting with its own trigger") {
    const Event e = one(
        "Vladimir Poutine a reçu mardi Recep Tayyip Erdogan au Kremlin. La rencontre entre les deux présidents a "
        "duré trois heures. Erdogan et Poutine ont notamment discuté du gazoduc TurkStream. Lors de cet entretien, "
        "ils ont abordé le cessez-le-feu.",
        "2024-05-08");
    CHECK(e.type == "meeting");
    CHECK(ids(e) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
    CHECK(e.initiator == "vladimir-putin");
    CHECK(e.date == "2024-05-07");
    CHECK(e.topics == Strings{"peace_process", "energy"});
  }
  SECTION("the participants named again in full") {
    const Event e = one(
        "Ilham Aliyev a rencontré Charles Michel lundi à Bakou. Lors de la rencontre, Ilham Aliyev et Charles Michel "
        "ont discuté de l'énergie. Ils ont également discuté de la délimitation des frontières.",
        "2024-05-08");
    CHECK(e.type == "meeting");
    CHECK(e.date == "2024-05-06");
    CHECK(e.topics == Strings{"borders", "energy"});
  }
  SECTION("a call described further") {
    const Event e = one(
        "Ilham Aliyev a reçu un appel téléphonique de Vladimir Poutine jeudi. Lors de cet entretien téléphonique, "
        "les deux présidents ont évoqué la situation humanitaire.",
        "2024-05-08");
    CHECK(e.type == "phone_call");
    CHECK(e.initiator == "vladimir-putin");
    CHECK(e.date == "2024-05-02");
    CHECK(e.topics == Strings{"humanitarian"});
  }
}

TEST_CASE("extractor: a group phrase goes on describing the meeting of three or more, past a call told since",
          "[extract][extractor]") {
  const auto topics_by_type = [](const std::string& text) {
    const auto evs = events_of(text, "2024-05-08");
    INFO(text << "\n" << describe(evs));
    REQUIRE(evs.size() == 2);
    std::vector<Strings> out(2);
    for (const auto& e : evs) out[e.type == "phone_call" ? 1 : 0] = e.topics;
    return out;
  };
  const std::string meeting =
      "Emmanuel Macron a réuni lundi à Paris Olaf Scholz, Giorgia Meloni et Pedro Sánchez. Dimanche, Emmanuel Macron "
      "s'était entretenu par téléphone avec Volodymyr Zelensky. ";
  SECTION("the participants, then 'ils'") {
    const auto t = topics_by_type(meeting +
                                  "Les participants ont passé en revue le gazoduc et les livraisons d'armes. Dans leur "
                                  "texte commun, ils appellent à un cessez-le-feu.");
    CHECK(t[0] == Strings{"peace_process", "security_military", "energy"});
    CHECK(t[1].empty());
  }
  SECTION("a count of leaders") {
    const auto t = topics_by_type(meeting + "Les quatre dirigeants ont aussi parlé du changement climatique.");
    CHECK(t[0] == Strings{"climate"});
    CHECK(t[1].empty());
  }
  SECTION("a pair goes on describing the latest report") {
    const auto t = topics_by_type(meeting + "Les deux dirigeants ont aussi parlé du changement climatique.");
    CHECK(t[0].empty());
    CHECK(t[1] == Strings{"climate"});
  }
}

TEST_CASE("extractor: the headline's topics go to the news, not to an old meeting told first", "[extract][extractor]") {
  const auto evs = events_of(
      "Gazoduc : Ilham Aliyev veut accélérer\n\nEn mars 2021, Ilham Aliyev et Recep Tayyip Erdogan s'étaient "
      "rencontrés à Bakou. Mardi, Ilham Aliyev a reçu Vladimir Poutine.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  for (const auto& e : evs) CHECK(e.topics == (e.date == "2024-05-07" ? Strings{"energy"} : Strings{}));
}

TEST_CASE("extractor: clean energy is the climate's and energy's", "[extract][extractor]") {
  CHECK(one("Pedro Sánchez a reçu jeudi Olaf Scholz pour parler des énergies propres.", "2024-05-08").topics ==
        Strings{"climate", "energy"});
  CHECK(one("Pedro Sánchez a reçu jeudi Olaf Scholz pour parler des technologies propres.", "2024-05-08").topics ==
        Strings{"climate"});
}

TEST_CASE("extractor: overcapacity and dumping are trade", "[extract][extractor]") {
  CHECK(one("Pedro Sánchez a reçu jeudi Olaf Scholz pour évoquer les surcapacités de l'acier.", "2024-05-08").topics ==
        Strings{"economy_trade"});
  CHECK(one("Pedro Sánchez a reçu jeudi Olaf Scholz pour évoquer le dumping des aciéristes.", "2024-05-08").topics ==
        Strings{"economy_trade"});
}

TEST_CASE("extractor: an autonomy plan is a territorial question", "[extract][extractor]") {
  CHECK(one("Pedro Sánchez a reçu jeudi Olaf Scholz pour évoquer le plan d'autonomie de la province.", "2024-05-08")
            .topics == Strings{"territorial_conflict"});
}

TEST_CASE("extractor: the rights of a named minority are human rights", "[extract][extractor]") {
  CHECK(one("Pedro Sánchez a reçu jeudi Olaf Scholz pour évoquer les droits de la minorité allemande.", "2024-05-08")
            .topics == Strings{"human_rights"});
}

TEST_CASE("extractor: a sentence opening on a third party adds nothing to the interaction", "[extract][extractor]") {
  // A spokesman's accusation is his, not what the two leaders discussed.
  CHECK(one("Pedro Sánchez a reçu lundi Olaf Scholz à Madrid. Le porte-parole du Kremlin, Dmitri Peskov, a accusé "
            "l'Allemagne de saboter le cessez-le-feu.",
            "2024-05-08")
            .topics.empty());
  // A country named as a complement first does not hide the participant who speaks.
  CHECK(one("Pedro Sánchez a reçu lundi Olaf Scholz à Madrid. Sur l'Ukraine, Pedro Sánchez a insisté sur le "
            "cessez-le-feu.",
            "2024-05-08")
            .topics == Strings{"peace_process"});
}

TEST_CASE("extractor: a sentence that opens on the interaction goes on describing it, whoever it names next",
          "[extract][extractor]") {
  CHECK(one("Pedro Sánchez a reçu lundi Olaf Scholz à Madrid. Au cours de la rencontre, l'Iran a été critiqué pour "
            "ses livraisons de missiles.",
            "2024-05-08")
            .topics == Strings{"security_military"});
  CHECK(one("Emmanuel Macron a reçu lundi Olaf Scholz à Paris. Les entretiens ont porté sur la Crimée annexée par la "
            "Russie.",
            "2024-05-08")
            .topics == Strings{"territorial_conflict"});
}

TEST_CASE("extractor: 'au menu', 'au cœur des discussions' go on describing the interaction, whoever they name",
          "[extract][extractor]") {
  CHECK(one("Pedro Sánchez a reçu lundi Olaf Scholz à Madrid. Au menu : les otages retenus par le Hamas et les "
            "exportations de gaz.",
            "2024-05-08")
            .topics == Strings{"energy", "economy_trade", "humanitarian"});
  CHECK(one("Pedro Sánchez a reçu lundi Olaf Scholz à Madrid. Au cœur de leurs entretiens, l'Iran et ses livraisons "
            "de missiles.",
            "2024-05-08")
            .topics == Strings{"security_military"});
}

TEST_CASE("extractor: what the actors discussed, not how they met", "[extract][extractor]") {
  // Restoring relations is a peace step and the relations themselves.
  CHECK(one("Recep Tayyip Erdogan a reçu mardi Ilham Aliyev pour discuter du rétablissement de leurs relations.",
            "2024-05-08")
            .topics == Strings{"peace_process", "bilateral_relations"});
  // A summit is the meeting itself, not a multilateral topic.
  CHECK(one("Emmanuel Macron et Olaf Scholz se sont rencontrés mardi lors d'un sommet de trois heures à Berlin.",
            "2024-05-08")
            .topics.empty());
  CHECK(one("Emmanuel Macron a reçu mardi Olaf Scholz. Ils ont évoqué la dénucléarisation et la cessation des "
            "hostilités.",
            "2024-05-08")
            .topics == Strings{"peace_process", "security_military"});
}

TEST_CASE("extractor: the setting of a meeting and an office's name are not topics", "[extract][extractor]") {
  // "en marge du sommet du G20": where they met; what follows the clause break still counts.
  CHECK(one("Emmanuel Macron a rencontré mardi Olaf Scholz en marge du sommet du G20, pour parler du cessez-le-feu.",
            "2024-05-08")
            .topics == Strings{"peace_process"});
  // "pour" ends the setting as the comma does.
  CHECK(one("Emmanuel Macron a rencontré mardi Olaf Scholz en marge du sommet du G20 pour parler du cessez-le-feu.",
            "2024-05-08")
            .topics == Strings{"peace_process"});
  CHECK(one("Emmanuel Macron a rencontré mardi Olaf Scholz pour parler du G20.", "2024-05-08").topics ==
        Strings{"multilateral_diplomacy"});
  CHECK(one("Emmanuel Macron a rencontré mardi Olaf Scholz au sommet de l'OTAN.", "2024-05-08").topics.empty());
  // A name the setting holds is all of the setting, its "et" or "pour" and an acronym in
  // parentheses after it too; what follows it still counts.
  CHECK(one("Emmanuel Macron a rencontré mardi Olaf Scholz en marge du Forum de la Ceinture et la Route.", "2024-05-08")
            .topics.empty());
  CHECK(one("Emmanuel Macron a rencontré mardi Olaf Scholz en marge du sommet de la Coopération économique pour "
            "l'Asie-Pacifique (APEC).",
            "2024-05-08")
            .topics.empty());
  CHECK(one("Emmanuel Macron a rencontré mardi Olaf Scholz en marge du sommet de l'APEC (Pérou), pour parler du gaz.",
            "2024-05-08")
            .topics == Strings{"energy"});
  // The defence minister is who met, not what was discussed.
  CHECK(one("Emmanuel Macron a reçu mardi à Paris le ministre ukrainien de la Défense.", "2024-05-08").topics.empty());
  CHECK(one("Emmanuel Macron a reçu mardi à Paris Olaf Scholz, en présence du commissaire européen au Commerce.",
            "2024-05-08")
            .topics.empty());
}

TEST_CASE("extractor: the longest topic phrase decides", "[extract][extractor]") {
  // Peacekeeping is a military mission, not a peace process.
  CHECK(one("Emmanuel Macron a reçu mardi Olaf Scholz. Ils ont évoqué le maintien de la paix.", "2024-05-08").topics ==
        Strings{"security_military"});
}

TEST_CASE("extractor: a sentence dated at another time than the interaction is background", "[extract][extractor]") {
  // What the conflict did since 1991 is not what the two leaders discussed on Monday...
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Depuis 1991, le conflit a fait des milliers de "
            "réfugiés.",
            "2024-05-08")
            .topics.empty());
  // ...unless the sentence names them as the parties again.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Les deux dirigeants ont évoqué les réfugiés de 1991.",
            "2024-05-08")
            .topics == Strings{"humanitarian"});
  // What one of them said on another day is not what they discussed.
  CHECK(
      one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Mardi, Ilham Aliyev a salué le cessez-le-feu.", "2024-05-08")
          .topics.empty());
  // Nor is what one of them will do next, after talks that took place.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Le président turc inaugurera le 15 mai un gazoduc.",
            "2024-05-08")
            .topics.empty());
  // A sentence of the same day still describes it.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Lundi, la question des réfugiés a été abordée.",
            "2024-05-08")
            .topics == Strings{"humanitarian"});
}

TEST_CASE("extractor: a section's title announces what follows, it adds no topics", "[extract][extractor]") {
  const std::string met = "Ilham Aliyev a reçu Recep Tayyip Erdogan lundi à Bakou.";
  CHECK(one(met + "\n\nTrois mois de dégel\n\nLes deux dirigeants ont évoqué le gaz.", "2024-05-08").topics ==
        Strings{"energy"});
  CHECK(one(met + "\n\nUn corridor à 17 milliards\n", "2024-05-08").topics.empty());
  // A line that names the parties as such is no title, its period lost or not.
  CHECK(one(met + "\n\nLes deux dirigeants ont évoqué le gaz\n", "2024-05-08").topics == Strings{"energy"});
  // A short sentence that punctuation ends still describes the talks.
  CHECK(one(met + "\n\nLe dégel a été évoqué.", "2024-05-08").topics == Strings{"bilateral_relations"});
  CHECK(one(met + "\n\nLes deux dirigeants ont évoqué le « dégel »", "2024-05-08").topics ==
        Strings{"bilateral_relations"});
}

TEST_CASE("extractor: an outsider's view or a statement to the press adds no topics", "[extract][extractor]") {
  // An unnamed commentator sums up; an official answers an agency; a group denounces.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. « Ce n'est pas encore la paix », résume un diplomate.",
            "2024-05-08")
            .topics.empty());
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Interrogé par une agence, un responsable a évoqué le gaz.",
            "2024-05-08")
            .topics.empty());
  // Analysts, researchers and observers give their reading of the talks, not their topics.
  CHECK(
      one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Pour les analystes, le gaz reste la priorité.", "2024-05-08")
          .topics.empty());
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Le cessez-le-feu reste fragile, estiment les "
            "observateurs.",
            "2024-05-08")
            .topics.empty());
  CHECK(
      one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Selon un chercheur, la paix est encore loin.", "2024-05-08")
          .topics.empty());
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Ankara pourrait livrer des armes si la trêve tient, "
            "estiment des diplomates.",
            "2024-05-08")
            .topics.empty());
  // One party speaking to the country is not the two discussing.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. « Ce n'est pas un traité de paix », a insisté le chef "
            "de l'Etat dans une allocution télévisée.",
            "2024-05-08")
            .topics.empty());
  // The parties named as such again: what they discussed.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Les deux dirigeants ont évoqué le gaz, estime un "
            "diplomate.",
            "2024-05-08")
            .topics == Strings{"energy"});
  // An interview given afterwards is a statement to the press too.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Le soir, Ilham Aliyev a accordé une interview à une "
            "radio, où il a défendu le gazoduc.",
            "2024-05-08")
            .topics.empty());
  // Without the commentary, the same sentence describes the meeting.
  CHECK(one("Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Un responsable a évoqué le gaz.", "2024-05-08").topics ==
        Strings{"energy"});
}

// One sentence of our own per topic, in the words its definition (shared/spec/topics.md)
// covers, and words that look like a topic but are not one.
TEST_CASE("extractor: each topic's vocabulary, and its look-alikes", "[extract][extractor]") {
  const std::vector<std::pair<std::string, Strings>> cases = {
      {"Les deux dirigeants ont discuté d'une solution négociée et d'un arrêt des combats.", {"peace_process"}},
      {"Ils ont appelé à la retenue afin d'éviter toute escalade.", {"peace_process"}},
      {"Ils ont évoqué le tracé de la frontière et les travaux du comité frontalier.", {"borders"}},
      {"La réunion a porté sur la ligne de démarcation et les postes-frontières.", {"borders"}},
      {"Ils ont évoqué les régions occupées et les revendications indépendantistes.", {"territorial_conflict"}},
      {"Les deux ministres ont discuté des livraisons de missiles et de la défense antimissile.",
       {"security_military"}},
      {"Ils ont abordé la lutte contre le narcotrafic et le crime organisé.", {"security_military"}},
      {"Ils ont renforcé la coopération policière dans une zone dénucléarisée.", {"security_military"}},
      {"Ils ont évoqué la présence militaire étrangère.", {"security_military"}},
      {"Le dîner a réuni les délégations militaires et civiles dans le district militaire.", {}},
      {"Le dîner a suivi de récents affrontements armés.", {}},
      {"C'était leur première rencontre depuis la fin de la guerre.", {}},
      {"Les deux dirigeants ont plaidé pour un dialogue inclusif.", {"peace_process"}},
      {"Ils ont parlé de l'accord entre l'UE et le Mercosur.", {"economy_trade"}},
      {"Les questions de sécurité régionale ont été au centre des discussions.", {"security_military"}},
      {"Ils ont parlé des énergies renouvelables et de la lutte contre la déforestation.", {"climate", "energy"}},
      {"Les discussions ont porté sur les livraisons de pétrole et la construction de raffineries.", {"energy"}},
      {"Les deux pays ont discuté des droits de douane et des terres rares.", {"economy_trade"}},
      {"Ils ont évoqué la reconstruction du pays et les échanges commerciaux.", {"economy_trade"}},
      {"Ils ont évoqué les infrastructures portuaires et les câbles sous-marins.", {"connectivity"}},
      {"Ils ont discuté de l'aide alimentaire et de l'évacuation des civils.", {"humanitarian"}},
      {"Ils ont abordé la gestion des flux migratoires et le sort des migrants.", {"humanitarian"}},
      {"Ils ont évoqué la reprise des vols et le trafic sur le canal de Suez.", {"connectivity"}},
      {"Le président a soulevé la question des prisonniers d'opinion et de la liberté religieuse.", {"human_rights"}},
      {"Ils ont évoqué le retour à l'ordre constitutionnel.", {"human_rights"}},
      {"Ils ont salué le dégel entre les deux pays et la réouverture des ambassades.", {"bilateral_relations"}},
      {"Ils sont convenus de garder ouverts les canaux de dialogue et d'apaiser leurs relations.",
       {"bilateral_relations"}},
      {"Ils ont évoqué l'avenir de l'archipel des Chagos.", {"territorial_conflict"}},
      {"Ils ont discuté du prochain sommet du G7 et du format quadripartite.", {"multilateral_diplomacy"}},
      {"Ils ont préparé le sommet de l'Union africaine et une mission de bons offices.", {"multilateral_diplomacy"}},
      // Names and senses that hold a topic word.
      {"La rencontre s'est tenue sous haute sécurité au siège du ministère de la Défense.", {}},
      {"Le lauréat du prix Nobel de la paix a assisté à la rencontre.", {}},
      {"Il a occupé le poste de ministre pendant dix ans.", {}},
      {"La police a utilisé du gaz lacrymogène contre les manifestants.", {}},
      // A border as a place is not where it runs; guarding it is security.
      {"Ils ont parlé d'un pont routier à construire sur la frontière commune.", {"connectivity"}},
      {"Ils ont évoqué la sécurité le long de la frontière et le rôle des garde-frontières.", {"security_military"}},
      // "Bilatéral" naming the meeting's own format, and appeals to the world at large.
      {"Ce premier entretien bilatéral a duré une heure.", {}},
      {"Les deux dirigeants ont appelé la communauté internationale à agir.", {}},
      // Where something is, and whom they met: no topic.
      {"Ils se sont retrouvés dans une ville portuaire, sur la base militaire voisine.", {}},
      {"Ils ont ensuite rencontré des représentants de la société civile.", {}},
      {"Ils ont évoqué la sécurité alimentaire.", {}},
      {"Ils ont célébré l'anniversaire du traité de paix et d'amitié.", {"bilateral_relations"}},
  };
  for (const auto& [sentence, topics] : cases)
    CHECK(one("Emmanuel Macron a reçu lundi à Paris le chancelier allemand Olaf Scholz. " + sentence, "2024-05-08")
              .topics == topics);
}

// Our own sentences, several per topic id, each in other words of its definition
// (shared/spec/topics.md) than the sentences above.
TEST_CASE("extractor: each topic in several wordings of its definition", "[extract][extractor]") {
  const std::vector<std::pair<std::string, Strings>> cases = {
      {"Ils ont évoqué les négociations en vue d'un accord de paix global.", {"peace_process"}},
      {"Ils ont évoqué l'apaisement des tensions entre les deux pays.", {"peace_process"}},
      {"Ils ont plaidé pour un règlement négocié du conflit.", {"peace_process"}},
      {"Ils ont évoqué la mise en œuvre des accords de Minsk.", {"peace_process"}},
      {"Ils ont discuté des travaux de la commission de délimitation.", {"borders"}},
      {"Ils ont discuté du tracé de leur frontière maritime.", {"borders"}},
      {"Ils ont évoqué les revendications territoriales.", {"territorial_conflict"}},
      {"Ils ont évoqué l'annexion de la Crimée.", {"territorial_conflict"}},
      {"Ils ont évoqué des manœuvres militaires conjointes.", {"security_military"}},
      {"Ils ont parlé de la coopération antiterroriste.", {"security_military"}},
      {"Ils ont discuté des garanties de sécurité.", {"security_military"}},
      {"Ils ont évoqué la réduction des émissions de gaz à effet de serre.", {"climate"}},
      {"Ils ont évoqué la protection de la biodiversité.", {"climate"}},
      {"Ils ont discuté de l'approvisionnement énergétique.", {"energy"}},
      {"Ils ont évoqué la coopération dans le nucléaire civil.", {"energy"}},
      {"Ils ont évoqué les interconnexions électriques.", {"energy"}},
      {"Ils ont évoqué un accord de libre-échange.", {"economy_trade"}},
      {"Ils ont évoqué le déficit commercial.", {"economy_trade"}},
      {"Ils ont évoqué la réouverture des voies de communication.", {"connectivity"}},
      {"Ils ont évoqué les liaisons aériennes.", {"connectivity"}},
      {"Ils ont discuté du port en eau profonde.", {"connectivity"}},
      {"Ils ont discuté du déminage.", {"humanitarian"}},
      {"Ils ont évoqué l'acheminement de l'aide.", {"humanitarian"}},
      {"Ils ont évoqué l'échange de prisonniers de guerre.", {"humanitarian"}},
      {"Ils ont évoqué la libération des prisonniers politiques.", {"human_rights"}},
      {"Ils ont évoqué l'indépendance de la justice.", {"human_rights"}},
      {"Ils ont évoqué la liberté d'expression.", {"human_rights"}},
      {"Ils ont évoqué le partenariat stratégique.", {"bilateral_relations"}},
      {"Ils ont évoqué les échanges culturels.", {"bilateral_relations"}},
      {"Ils ont évoqué le rôle de l'OSCE.", {"multilateral_diplomacy"}},
      {"Ils ont évoqué le prochain sommet des BRICS.", {"multilateral_diplomacy"}},
      {"Ils ont évoqué l'élargissement de l'Union européenne.", {"multilateral_diplomacy"}},
  };
  for (const auto& [sentence, topics] : cases)
    CHECK(one("Emmanuel Macron a reçu lundi à Paris le chancelier allemand Olaf Scholz. " + sentence, "2024-05-08")
              .topics == topics);
}

// Who took part, where and how they met, each beside the same words as what was discussed:
// an office, an institution or a ceremony holds a topic word but names no topic.
TEST_CASE("extractor: an office, an institution or a ceremony is no topic; the same words discussed are",
          "[extract][extractor]") {
  const std::vector<std::pair<std::string, Strings>> cases = {
      {"Le ministre de la Défense et le chef des renseignements étaient présents.", {}},
      {"Ils ont évoqué le partage de renseignements.", {"security_military"}},
      {"La délégation comprenait le ministre du Développement économique.", {}},
      {"Ils ont évoqué le développement économique de la région.", {"economy_trade"}},
      {"L'envoyé spécial pour le climat a participé à la réunion.", {}},
      {"Ils ont discuté du changement climatique.", {"climate"}},
      {"Le Haut-Commissaire aux réfugiés a participé à la réunion.", {}},
      {"Ils ont évoqué le retour des réfugiés.", {"humanitarian"}},
      {"La rencontre s'est tenue à la Chambre de commerce.", {}},
      {"Ils ont évoqué les échanges commerciaux.", {"economy_trade"}},
      {"Le chancelier a été accueilli avec les honneurs militaires.", {}},
      {"Ils ont évoqué les livraisons d'armes à l'Ukraine.", {"security_military"}},
      {"Le Conseil de sécurité de l'ONU se réunira demain.", {}},
      {"Ils ont évoqué la prochaine réunion du Conseil de sécurité de l'ONU.", {"multilateral_diplomacy"}},
      {"La visite s'est déroulée sous haute sécurité.", {}},
      {"Ils ont évoqué la sécurité de l'Europe.", {"security_military"}},
      {"Les deux dirigeants ont répondu aux questions de la presse.", {}},
      {"Ils ont évoqué la liberté de la presse.", {"human_rights"}},
      {"Les discussions se sont déroulées dans un climat de confiance.", {}},
      {"Ils se sont vus en marge du Forum économique mondial de Davos.", {}},
      {"Ils ont préparé le sommet du G20.", {"multilateral_diplomacy"}},
      {"Ils ont tenu un entretien bilatéral.", {}},
      {"Ils ont évoqué les relations bilatérales.", {"bilateral_relations"}},
  };
  for (const auto& [sentence, topics] : cases)
    CHECK(one("Emmanuel Macron a reçu lundi à Paris le chancelier allemand Olaf Scholz. " + sentence, "2024-05-08")
              .topics == topics);
}

TEST_CASE("extractor: topics named before the first interaction belong to it", "[extract][extractor]") {
  const Event e = one(
      "L'Azerbaïdjan et la Turquie veulent renforcer leur coopération énergétique. Ilham Aliyev a reçu Recep Tayyip "
      "Erdogan lundi.",
      "2024-05-08");
  CHECK(e.topics == Strings{"energy"});
  // A subject the headline and the event's sentence both name is listed once.
  const Event cop = one(
      "Bakou prépare la COP29. Ilham Aliyev a reçu Recep Tayyip Erdogan lundi pour parler de la COP29.", "2024-05-08");
  CHECK(cop.subjects == Strings{"COP29"});
}

TEST_CASE("extractor: the same people on two days are two events", "[extract][extractor]") {
  const auto evs = events_of(
      "Le président azerbaïdjanais Ilham Aliyev a reçu Recep Tayyip Erdogan lundi. Le chef de l'Etat azerbaïdjanais "
      "a aussi rencontré le président turc mardi.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].date == "2024-05-06");
  CHECK(evs[0].initiator == "ilham-aliyev");
  CHECK(evs[1].date == "2024-05-07");
  CHECK(ids(evs[1]) == Strings{"ilham-aliyev", "recep-tayyip-erdogan"});
}

TEST_CASE("extractor: a second call reported with 'les deux hommes' is a second event",
          "[extract][extractor]") {
  const auto evs = events_of(
      "Vladimir Poutine a téléphoné à Recep Tayyip Erdogan le 2 mai. Les deux hommes se sont de nouveau entretenus "
      "par téléphone le 6 mai.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].type == "phone_call");
  CHECK(evs[0].date == "2024-05-02");
  CHECK(evs[1].type == "phone_call");
  CHECK(evs[1].date == "2024-05-06");
  CHECK(ids(evs[1]) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
}

// "de nouveau", and another city: a second meeting, not a second report of the first.
TEST_CASE("extractor: meetings in two different cities are two events", "[extract][extractor]") {
  const auto evs = events_of(
      "Ilham Aliyev a rencontré Nikol Pachinian à Moscou en janvier. Ilham Aliyev a de nouveau rencontré Nikol "
      "Pachinian à Washington.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].place == "Moscou");
  CHECK(evs[0].date == "2024-01");
  CHECK(evs[1].place == "Washington");
  CHECK(ids(evs[1]) == Strings{"ilham-aliyev", "nikol-pashinyan"});
}

TEST_CASE("extractor: events come in order of first mention", "[extract][extractor]") {
  const auto evs = events_of(kArticle, "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 4);
  CHECK(ids(evs[0]) == Strings{"ilham-aliyev", "recep-tayyip-erdogan"});
  CHECK(evs[0].type == "meeting");
  CHECK(evs[0].initiator == "ilham-aliyev");
  CHECK(evs[0].date == "2024-05-06");
  CHECK(evs[0].topics == Strings{"borders", "energy"});
  CHECK(ids(evs[1]) == Strings{"ilham-aliyev", "vladimir-putin"});
  CHECK(evs[1].type == "phone_call");
  CHECK(evs[1].date == "2024-05-07");
  CHECK(ids(evs[2]) == Strings{"jean-testard", "maria-zakharova"});
  CHECK(evs[3].type == "mediation");
  CHECK(ids(evs[3]) == Strings{"charles-michel", "ilham-aliyev", "nikol-pashinyan"});
  CHECK(evs[3].mediator == "charles-michel");
  CHECK(evs[3].status == "planned");
  CHECK(evs[3].date == "2024-05-20");
  for (const auto& e : evs) CHECK_FALSE(e.participant("emmanuel-macron"));  // "n'a pas rencontré"
}

// ---------- the event record ----------

TEST_CASE("extractor: participants carry canonical id, name, kind, country", "[extract][extractor]") {
  const Event e = one("Le président turc Recep Tayyip Erdoğan a reçu à Ankara la porte-parole du ministère russe des "
                      "Affaires étrangères, Maria Zakharova.",
                      "2024-05-08");
  const Actor* erdogan = e.participant("recep-tayyip-erdogan");
  const Actor* zakharova = e.participant("maria-zakharova");
  REQUIRE(erdogan);
  REQUIRE(zakharova);
  CHECK(erdogan->name == "Recep Tayyip Erdogan");
  CHECK(erdogan->kind == ActorKind::person);
  CHECK(erdogan->country == "TUR");
  CHECK(erdogan->role == "head_of_state:TUR");
  CHECK(zakharova->name == "Maria Zakharova");
  CHECK(zakharova->country == "RUS");
  CHECK(e.initiator == "recep-tayyip-erdogan");
  CHECK(e.place == "Ankara");
}

TEST_CASE("extractor: the source cites the document, its date and the sentence", "[extract][extractor]") {
  Document doc = document(
      "Déclaration à l’Élysée. Vladimir Poutine s'est entretenu hier par téléphone avec Recep Tayyip Erdoğan. "
      "Fin.",
      "2024-04-08", "corpus.jsonl#42");
  const auto evs = extractor().extract(doc);
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  REQUIRE(evs[0].sources.size() == 1);
  const Source& s = evs[0].sources[0];
  const std::string sentence = "Vladimir Poutine s'est entretenu hier par téléphone avec Recep Tayyip Erdoğan.";
  CHECK(s.document == "corpus.jsonl#42");
  CHECK(s.published == "2024-04-08");
  CHECK(s.sentence == sentence);
  // Offsets count code points of the document text: "Déclaration à l’Élysée. " is 24 of them.
  CHECK(s.start == 24);
  CHECK(s.end == 24 + code_point_count(sentence));
  const std::size_t byte = doc.text.find(sentence);
  REQUIRE(byte != std::string::npos);
  CHECK(s.start == code_point_count(doc.text.substr(0, byte)));
}

TEST_CASE("extractor: ids are stable and differ between events", "[extract][extractor]") {
  const auto a = events_of(kArticle, "2024-05-08");
  const auto b = events_of(kArticle, "2024-05-08");
  REQUIRE(a.size() == b.size());
  REQUIRE(a.size() >= 2);
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].id == b[i].id);
    CHECK_THAT(a[i].id, Catch::Matches("ev-[0-9a-f]{16}"));
    for (std::size_t j = 0; j < i; ++j) CHECK(a[i].id != a[j].id);
  }
  // The id depends on the document it comes from.
  Document other = document(kArticle, "2024-05-08", "other.txt");
  const auto c = extractor().extract(other);
  REQUIRE(c.size() == a.size());
  CHECK(c[0].id != a[0].id);
}

TEST_CASE("extractor: the same input gives byte-identical output", "[extract][extractor]") {
  const std::string first = jsonl(events_of(kArticle, "2024-05-08"));
  CHECK_FALSE(first.empty());
  // Other documents in between must not leave state behind.
  events_of("Vladimir Poutine a reçu Recep Tayyip Erdogan. Les deux présidents ont évoqué la Syrie.", "2019-01-01");
  CHECK(jsonl(events_of(kArticle, "2024-05-08")) == first);
  // A second Extractor loads the same data and gives the same bytes.
  const Extractor fresh;
  CHECK(jsonl(fresh.extract(document(kArticle, "2024-05-08"))) == first);
}

TEST_CASE("extractor: one Extractor serves several threads at once", "[extract][extractor]") {
  const std::string expected = jsonl(events_of(kArticle, "2024-05-08"));
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      std::string all;
      for (int round = 0; round < 10; ++round) {
        // Interleave another document so that per-thread state is exercised.
        extractor().extract(document("Vladimir Poutine a reçu Recep Tayyip Erdogan lundi.", "2019-01-01"));
        all = jsonl(extractor().extract(document(kArticle, "2024-05-08")));
        if (all != expected) break;
      }
      got[t] = all;
    });
  for (auto& th : threads) th.join();
  for (const auto& g : got) CHECK(g == expected);
}

TEST_CASE("extractor: confidence and CAMEO codes", "[extract][extractor]") {
  const auto evs = events_of(kArticle, "2024-05-08");
  for (const auto& e : evs) {
    CHECK(e.confidence > 0.0);
    CHECK(e.confidence <= 1.0);
    CHECK(e.cameo == cameo_code(e.type, e.status,
                                e.initiator.empty() ? InitiatorRole::none
                                : e.type == "phone_call" ? InitiatorRole::caller
                                                         : InitiatorRole::host));
  }
}

// ---------- mentions, stats, boilerplate, options ----------

TEST_CASE("extractor: mentions() lists every resolved mention in text order", "[extract][extractor]") {
  const auto ms = mentions_of("Ilham Aliyev a reçu Vladimir Poutine à Bakou. Aliyev a salué l'Union européenne.",
                              "2024-05-08");
  INFO(describe(ms));
  REQUIRE(ms.size() == 5);
  CHECK(ms[0].surface == "Ilham Aliyev");
  CHECK(ms[1].surface == "Vladimir Poutine");
  CHECK(ms[2].surface == "Bakou");
  CHECK(ms[3].surface == "Aliyev");
  CHECK(ms[4].surface == "Union européenne");
  CHECK(ms[3].actor.id == "ilham-aliyev");
  CHECK(ms[4].actor.id == "eu");
}

TEST_CASE("extractor: stats count sentences and events", "[extract][extractor]") {
  ExtractStats stats;
  const auto evs = extractor().extract(
      document("Ilham Aliyev a reçu Vladimir Poutine. Il pleuvait. Emmanuel Macron a appelé Olaf Scholz.", "2024-05-08"),
      &stats);
  CHECK(evs.size() == 2);
  CHECK(stats.sentences == 3);
  CHECK(stats.events == 2);
  // Stats accumulate over documents.
  extractor().extract(document("Ilham Aliyev a reçu Vladimir Poutine.", "2024-05-08"), &stats);
  CHECK(stats.sentences == 4);
  CHECK(stats.events == 3);
}

TEST_CASE("extractor: empty and actor-free documents give no events", "[extract][extractor]") {
  CHECK(events_of("", "2024-05-08").empty());
  CHECK(events_of("   \n\n ", "").empty());
  CHECK(events_of("Il a plu toute la journée sur la capitale. Les marchés ont reculé.", "2024-05-08").empty());
  CHECK(extractor().mentions(document("", "")).empty());
}

TEST_CASE("extractor: text in boilerplate spans is ignored", "[extract][extractor]") {
  const std::string ad = "Partager : Emmanuel Macron a rencontré Olaf Scholz.";
  const std::string body = "Vladimir Poutine a reçu Recep Tayyip Erdogan lundi.";
  Document doc = document(ad + "\n\n" + body, "2024-05-08");
  doc.boilerplate.push_back(Span{0, ad.size()});
  const auto evs = extractor().extract(doc);
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(ids(evs[0]) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
  CHECK(evs[0].sources[0].sentence == body);
}

TEST_CASE("extractor: invalid UTF-8 in a document does not break extraction", "[extract][extractor]") {
  const Event e = one("Note \xFF\xFE. Ilham Aliyev a reçu Vladimir Poutine lundi.", "2024-05-08");
  CHECK(ids(e) == Strings{"ilham-aliyev", "vladimir-putin"});
}

TEST_CASE("extractor: a user actors file adds actors to resolve", "[extract][extractor]") {
  TempDir dir;
  ExtractorOptions options;
  options.actors_file = dir.file("actors.tsv",
                                 "person\tarmen-testyan\tArmen Testyan\tARM\tArmen Testian\n"
                                 "office\tarmen-testyan\tforeign_minister\tARM\t2030-01-01\t-\n");
  const Extractor ex(options);
  const auto evs = ex.extract(document("Ilham Aliyev a reçu Armen Testian lundi.", "2024-05-08"));
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(ids(evs[0]) == Strings{"armen-testyan", "ilham-aliyev"});
  const Actor* a = evs[0].participant("armen-testyan");
  REQUIRE(a);
  CHECK(a->name == "Armen Testyan");
  CHECK(a->country == "ARM");
  // From 2030 he holds the office a role names.
  const auto later = ex.mentions(document("Le ministre arménien des Affaires étrangères a démenti.", "2031-01-01"));
  INFO(describe(later));
  REQUIRE(later.size() == 1);
  CHECK(later[0].actor.id == "armen-testyan");
}

TEST_CASE("extractor: invalid user data fails at construction with FILE:LINE", "[extract][extractor]") {
  TempDir dir;
  ExtractorOptions options;
  options.actors_file = dir.file("actors.tsv",
                                 "# mine\n"
                                 "person\tarmen-testyan\tArmen Testyan\tARM\t-\n"
                                 "office\tarmen-testyan\tforeign_minister\tARM\tsoon\t-\n");
  try {
    Extractor ex(options);
    FAIL("no LexiconError");
  } catch (const LexiconError& e) {
    CHECK(std::string(e.what()) == options.actors_file + ":3: 'soon' is not a date YYYY-MM-DD");
    CHECK(e.line() == 3);
  }

  ExtractorOptions lex;
  lex.lexicons_dir = dir.str();
  const std::string roles = dir.file("fr/roles.tsv", "président\thead_of_state\t-\npatron\n");
  try {
    Extractor ex(lex);
    FAIL("no LexiconError");
  } catch (const LexiconError& e) {
    CHECK(std::string(e.what()) == roles + ":2: expected 3 TAB-separated fields, found 1");
  }
}

TEST_CASE("extractor: a relative clause on the trigger noun dates the interaction", "[extract][extractor][dates]") {
  const auto evs = events_of(
      "Olaf Scholz est revenu sur les entretiens qu'il a menés en mars avec Giorgia Meloni au sujet des migrations.",
      "2024-05-10");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].date == "2024-03");
}

TEST_CASE("extractor: 'la veille', 'le lendemain' count from the day the text narrated", "[extract][extractor]") {
  const auto evs = events_of(
      "Le 3 mai, le président chilien Gabriel Boric a rencontré le président argentin Javier Milei. "
      "Le lendemain, Gabriel Boric a reçu la présidente péruvienne Dina Boluarte. "
      "La veille, il s'était entretenu par téléphone avec Luiz Inácio Lula da Silva.",
      "2024-05-20");
  INFO(describe(evs));
  REQUIRE(evs.size() == 3);
  CHECK(evs[1].date == "2024-05-04");
  CHECK(evs[1].status == "occurred");
  CHECK(evs[2].date == "2024-05-03");
  // "de cette rencontre", "de leur entretien": the event just told.
  const auto back = events_of(
      "Le 3 mai, le président chilien Gabriel Boric a rencontré le président argentin Javier Milei. "
      "Le lendemain de cette rencontre, Javier Milei a appelé Luiz Inácio Lula da Silva.",
      "2024-05-20");
  INFO(describe(back));
  REQUIRE(back.size() == 2);
  CHECK(back[1].date == "2024-05-04");
  // Nothing narrated yet: the publication date is all there is.
  CHECK(date_of("La veille, Gabriel Boric avait reçu Javier Milei.", "2024-05-20") == "2024-05-19");
}

TEST_CASE("extractor: a report dated with the publication day written out dates what follows it",
          "[extract][extractor]") {
  // A communiqué: the publication date is the day of the audience, not just a dateline.
  const auto evs = events_of(
      "Le président ivoirien Alassane Ouattara a reçu en audience, ce mardi 18 juin 2024, Kristalina Georgieva.\n\n"
      "Dans l'après-midi, le chef de l'État s'est entretenu au téléphone avec son homologue ghanéen.",
      "2024-06-18");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[1].date == "2024-06-18");
}

TEST_CASE("extractor: with no date line, a dated report is the narrative's day", "[extract][extractor]") {
  const auto evs = events_of(
      "Emmanuel Macron a rencontré Olaf Scholz le 5 mars 2023. Le lendemain, il a appelé Joe Biden.", "");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[1].date == "2023-03-06");
}

TEST_CASE("extractor: with no date line, later dates without a year resolve against the first full day",
          "[extract][extractor][dates]") {
  const auto evs = events_of(
      "Un gazoduc a été inauguré le jeudi 6 juin 2024 dans le nord du Chili.\n\n"
      "En mars, le président chilien Gabriel Boric avait reçu le président argentin Javier Milei. "
      "Le 28 décembre, Javier Milei avait appelé Luiz Inácio Lula da Silva. "
      "Lundi, Gabriel Boric s'est entretenu au téléphone avec Dina Boluarte.",
      "");
  INFO(describe(evs));
  REQUIRE(evs.size() == 3);
  CHECK(evs[0].date == "2024-03");
  CHECK(evs[1].date == "2023-12-28");  // the December before, not one after the article
  CHECK(evs[2].date == "2024-06-03");
  // A day the text names without its year is no such anchor.
  CHECK(date_of("Le 6 juin, un accord a été signé.\n\nEn mars, Gabriel Boric avait reçu Javier Milei.", "") == "");
}

TEST_CASE("extractor: a dispatch's yearless dateline and its lead's weekday date the other weekdays",
          "[extract][extractor][dates]") {
  const auto evs = events_of(
      "BRASILIA, 6 mars (Reuters) - Le président brésilien Luiz Inácio Lula da Silva a reçu jeudi le président "
      "argentin Javier Milei.\n\n"
      "Lundi, Javier Milei s'était entretenu au téléphone avec Gabriel Boric.\n\n"
      "Javier Milei doit rencontrer samedi la présidente péruvienne Dina Boluarte.",
      "");
  INFO(describe(evs));
  REQUIRE(evs.size() == 3);
  CHECK(evs[0].date == "XXXX-03-06");
  CHECK(evs[1].date == "XXXX-03-03");
  CHECK(evs[2].date == "XXXX-03-08");
  // Without the dash that closes a dateline, the day is a sentence's, not the dispatch's.
  const auto told = events_of(
      "Le 6 mars, Luiz Inácio Lula da Silva a reçu jeudi Javier Milei.\n\n"
      "Lundi, Javier Milei s'était entretenu au téléphone avec Gabriel Boric.",
      "");
  INFO(describe(told));
  REQUIRE(told.size() == 2);
  CHECK(told[1].date == "");
}

TEST_CASE("extractor: a report after a dated event is in that event's month when it names no day",
          "[extract][extractor][dates]") {
  CHECK(date_of("Après les inondations du 12 octobre 2023 à Valparaiso, Javier Milei avait téléphoné à Gabriel Boric.",
                "2024-06-12") == "2023-10");
  CHECK(date_of("Gabriel Boric a reçu Javier Milei à Santiago, après la catastrophe du 12 octobre.", "2024-06-12") ==
        "2023-10");
  // The report's own day wins; a month alone says nothing of when after it.
  CHECK(date_of("Après les inondations du 12 octobre, Gabriel Boric a reçu mardi Javier Milei.", "2024-06-12") ==
        "2024-06-11");
  CHECK(date_of("Gabriel Boric a reçu Javier Milei à Santiago après les élections de mars.", "2024-06-12") == "");
}

TEST_CASE("extractor: a feast's name does not keep a report from the narrative's date", "[extract][extractor][dates]") {
  const auto evs = events_of(
      "Le 4 mars, le Premier ministre britannique Keir Starmer a reçu le Premier ministre irlandais Micheál Martin. "
      "Le soir, Keir Starmer s'est entretenu au téléphone avec Ursula von der Leyen de l'accord du Vendredi saint.",
      "2025-03-06");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[1].date == "2025-03-04");
}

TEST_CASE("extractor: an undated report takes its paragraph's date, told by a report or not",
          "[extract][extractor][dates]") {
  const std::string lead = "Le 3 mai 2024, le président chilien Gabriel Boric a rencontré Javier Milei à Santiago.\n\n";
  auto second = [](const std::string& text) {
    const auto evs = events_of(text, "2024-05-09");
    INFO(describe(evs));
    REQUIRE(evs.size() == 2);
    return evs[1].date;
  };
  CHECK(second(lead + "Mardi, Gabriel Boric est arrivé à Lima. Il a été reçu par Dina Boluarte au palais.") ==
        "2024-05-07");
  // The main clause's date, not a background one after it.
  CHECK(second(lead + "Gabriel Boric est arrivé mardi à Lima, sa première visite depuis l'élection du 6 avril. "
                      "Il a été reçu par Dina Boluarte au palais.") == "2024-05-07");
  // Another paragraph's date does not carry over: the lead's.
  CHECK(second(lead + "Mardi, Gabriel Boric est arrivé à Lima.\n\nIl a été reçu par Dina Boluarte au palais.") ==
        "2024-05-03");
}

TEST_CASE("extractor: a noun's date in a 'depuis' phrase does not keep a report from its paragraph's date",
          "[extract][extractor][dates]") {
  const auto evs = events_of(
      "Le 9 mai, le président chilien Gabriel Boric a rencontré Javier Milei à Santiago. "
      "Gabriel Boric a ensuite reçu Dina Boluarte, en convalescence depuis l'accident du 2 mai.",
      "2024-05-12");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[1].date == "2024-05-09");
}

TEST_CASE("extractor: a counted span counts from the date the text last gave", "[extract][extractor][dates]") {
  auto second = [](const std::string& text) {
    const auto evs = events_of(text, "2024-06-20");
    INFO(describe(evs));
    REQUIRE(evs.size() == 2);
    return evs[1].date;
  };
  const std::string met = "Le 3 mai, le président chilien Gabriel Boric a rencontré Javier Milei. ";
  CHECK(second(met + "Deux jours plus tard, Gabriel Boric a reçu Dina Boluarte.") == "2024-05-05");
  CHECK(second(met + "Une semaine plus tard, Gabriel Boric a reçu Dina Boluarte.") == "2024-05-10");
  CHECK(second(met + "Trois jours plus tôt, Gabriel Boric avait reçu Dina Boluarte.") == "2024-04-30");
  CHECK(second(met + "Un mois plus tard, Gabriel Boric a reçu Dina Boluarte.") == "2024-06");
  CHECK(second(met + "Quelques jours plus tard, Gabriel Boric a reçu Dina Boluarte.") == "2024-05");
  CHECK(second(met + "Quelques semaines plus tard, Gabriel Boric a reçu Dina Boluarte.") == "");
  CHECK(second("En mars, Gabriel Boric a rencontré Javier Milei. Deux jours plus tard, il a appelé Dina Boluarte.") ==
        "2024-03");
  // A sentence that reports no interaction gives the date too.
  CHECK(second(met + "En décembre 2022, le Chili avait rappelé son ambassadeur. Quelques jours plus tôt, Gabriel "
                     "Boric avait téléphoné à Dina Boluarte.") == "2022-12");
  // Nothing told before: nothing to count from.
  CHECK(date_of("Deux jours plus tard, Gabriel Boric a reçu Dina Boluarte.", "2024-06-20") == "");
}

TEST_CASE("extractor: 'les deux hommes' does not mean a report's parties when one is a woman",
          "[extract][extractor]") {
  const auto evs = events_of(
      "La ministre des Affaires étrangères, Anita Anand, a été reçue à Pékin par son homologue Wang Yi. "
      "Les deux hommes ont échangé quelques mots lors du dîner.",
      "2025-10-31");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].sources.at(0).evidence.empty());
}

TEST_CASE("extractor: 'la veille' counts from a narrated day whose year no one states", "[extract][extractor]") {
  const auto evs = events_of(
      "Le roi Abdallah II de Jordanie a été reçu mardi 11 février par Donald Trump. "
      "La veille, Abdallah II s'était entretenu avec Marco Rubio.",
      "");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].date == "XXXX-02-11");
  CHECK(evs[1].date == "XXXX-02-10");
}

// ---------- people joining the interaction being reported ----------

TEST_CASE("extractor: who chaired the talks just reported joins them, and an organization's officer mediates for it",
          "[extract][extractor]") {
  const Event e = one(
      "Recep Tayyip Erdogan et Vladimir Poutine se sont entendus mardi à Sotchi, au terme de discussions sous l'égide "
      "de l'Union européenne. « Nous avons un accord », a déclaré le chef de la diplomatie européenne Josep Borrell, "
      "qui présidait la réunion avec Antonio Costa.",
      "2024-05-08");
  CHECK(e.type == "mediation");
  CHECK(e.mediator == "josep-borrell");
  CHECK(ids(e) == Strings{"antonio-costa", "josep-borrell", "recep-tayyip-erdogan", "vladimir-putin"});
}

TEST_CASE("extractor: 'a également participé à la rencontre' adds to the meeting just reported",
          "[extract][extractor][join]") {
  const Event e = one(
      "Emmanuel Macron a reçu mardi Olaf Scholz à l'Elysée. Les ministres Jean-Noël Barrot et Annalena Baerbock ont "
      "également participé à la rencontre.",
      "2024-05-08");
  CHECK(ids(e) == Strings{"annalena-baerbock", "emmanuel-macron", "jean-noel-barrot", "olaf-scholz"});
  CHECK(e.sources[0].evidence.size() == 1);  // the joining sentence is evidence of the meeting

  // "doit y participer": planned with the summit it joins.
  const Event p =
      one("Emmanuel Macron recevra mardi Olaf Scholz. Le chancelier autrichien Karl Nehammer doit également "
          "y participer.",
          "2024-05-08");
  CHECK(ids(p) == Strings{"emmanuel-macron", "karl-nehammer", "olaf-scholz"});
  CHECK(p.status == "planned");
}

TEST_CASE("extractor: 's'est joint aux discussions', 'a rejoint les discussions' add to the meeting just reported",
          "[extract][extractor][join]") {
  for (const std::string second :
       {"Olaf Scholz s'est ensuite joint aux discussions.", "Olaf Scholz a rejoint les discussions en fin de matinée.",
        "Olaf Scholz s'est joint au dîner.", "Olaf Scholz s'est joint à la discussion par visioconférence.",
        "Olaf Scholz a participé à la discussion."}) {
    const Event e = one("Emmanuel Macron a reçu mardi Joe Biden à l'Elysée. " + second, "2024-05-08");
    CHECK(ids(e) == Strings{"emmanuel-macron", "joe-biden", "olaf-scholz"});
  }
  // A place joined is no meeting joined.
  const Event e = one("Emmanuel Macron a reçu mardi Joe Biden à l'Elysée. Olaf Scholz a rejoint Berlin.", "2024-05-08");
  CHECK(ids(e) == Strings{"emmanuel-macron", "joe-biden"});
}

TEST_CASE("extractor: a hosting seat of power gives its part to the host named with it", "[extract][extractor]") {
  // The seat's number ("10") kept it from reading as a place: the country must still not be
  // a second party beside its own prime minister, and the host is the person.
  const Event e = one("Emmanuel Macron sera reçu le 19 juin au 10 Downing Street par Keir Starmer.", "2024-06-12");
  CHECK(ids(e) == Strings{"emmanuel-macron", "keir-starmer"});
  CHECK(e.initiator == "keir-starmer");
}

TEST_CASE("extractor: who 'was joined by' the parties takes part, and 'les deux hommes' still means the pair",
          "[extract][extractor][join]") {
  for (const std::string text :
       {"Pedro Sánchez s'est entretenu jeudi avec Olaf Scholz à Madrid, avant d'être rejoint par Giorgia Meloni.",
        "Pedro Sánchez a reçu jeudi Olaf Scholz à Madrid. Les deux chefs de gouvernement ont ensuite été rejoints par "
        "Giorgia Meloni.",
        "Olaf Scholz et Pedro Sánchez ont déjeuné jeudi à Madrid ; ils ont ensuite été rejoints par Giorgia "
        "Meloni."}) {
    const auto evs =
        events_of(text + std::string(" Les deux hommes s'étaient déjà parlé au téléphone en mars."), "2024-05-10");
    INFO(text << '\n' << describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(ids(evs[0]) == Strings{"giorgia-meloni", "olaf-scholz", "pedro-sanchez"});
    CHECK(evs[1].type == "phone_call");
    CHECK(ids(evs[1]) == Strings{"olaf-scholz", "pedro-sanchez"});
  }
}

TEST_CASE("extractor: a delegation's members stand for its country", "[extract][extractor][join]") {
  const Event e = one(
      "Les délégations française et allemande ont tenu lundi des consultations à Berlin.\n\nLa délégation française "
      "était conduite par Jean-Noël Barrot. Du côté allemand, Annalena Baerbock a pris part aux discussions.",
      "2024-05-08");
  CHECK(ids(e) == Strings{"annalena-baerbock", "jean-noel-barrot"});
}

TEST_CASE("extractor: joining needs a meeting to join, and its own people", "[extract][extractor][join]") {
  // One attends a meeting, not someone else's phone call.
  const Event call =
      one("Emmanuel Macron s'est entretenu mardi au téléphone avec Olaf Scholz. Annalena Baerbock a "
          "également participé à la réunion.",
          "2024-05-08");
  CHECK(call.type == "phone_call");
  CHECK(ids(call) == Strings{"emmanuel-macron", "olaf-scholz"});
  // "Les ambassadeurs de A et de B" are not A and B.
  const Event m =
      one("Emmanuel Macron a reçu mardi Olaf Scholz à l'Elysée. Les ambassadeurs de l'Italie et de "
          "l'Espagne assistaient à la rencontre.",
          "2024-05-08");
  CHECK(ids(m) == Strings{"emmanuel-macron", "olaf-scholz"});
}

// ---------- parties named in the sentence before ----------

TEST_CASE("extractor: 'les deux hommes' are the two people the sentence before named together",
          "[extract][extractor][anaphora]") {
  const auto evs = events_of(
      "Lundi, Emmanuel Macron a salué le courage des dirigeants rivaux, le président Ilham Aliyev et le Premier "
      "ministre Nikol Pachinian. Les deux hommes avaient été invités à Bruxelles à l'initiative commune de Charles "
      "Michel et d'Olaf Scholz. Charles Michel avait déjà reçu Ilham Aliyev le 3 mars.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].type == "mediation");
  CHECK(ids(evs[0]) == Strings{"charles-michel", "ilham-aliyev", "nikol-pashinyan", "olaf-scholz"});
  CHECK(evs[0].mediator == "charles-michel");
  // The mediator's earlier audience with one side is a meeting of its own, not merged into
  // the mediation.
  CHECK(evs[1].type == "meeting");
  CHECK(ids(evs[1]) == Strings{"charles-michel", "ilham-aliyev"});
  CHECK(evs[1].date == "2024-03-03");
}

TEST_CASE("extractor: an undated report of a narrated day is not a later pluperfect one of another day",
          "[extract][extractor][dates]") {
  // 2024-05-08 is a Wednesday: "mardi" is the 7th, "lundi" the 6th.
  const auto evs = events_of(
      "Les dirigeants européens ont adopté mardi à Bruxelles une déclaration commune.\n\n"
      "Emmanuel Macron y avait retrouvé Olaf Scholz et Giorgia Meloni.\n\n"
      "Emmanuel Macron, qui avait longuement discuté avec Olaf Scholz lundi soir, a plaidé pour la défense commune.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].date == "2024-05-07");
  CHECK(evs[0].participants.size() == 3);
  CHECK(evs[1].date == "2024-05-06");
}

TEST_CASE("extractor: 'le lendemain' of the narrated day dates the undated report after it",
          "[extract][extractor][dates]") {
  // 2024-05-08 is a Wednesday: "lundi" is the 6th, its morrow the 7th.
  const auto evs = events_of(
      "Lundi, Emmanuel Macron a été accueilli à Berlin par Olaf Scholz. Le lendemain, c'est à Rome qu'il s'est "
      "rendu. Reçu par Giorgia Meloni, il a évoqué l'immigration.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].date == "2024-05-06");
  CHECK(evs[1].date == "2024-05-07");
}

TEST_CASE("extractor: 'le lendemain' counts from a day its sentence gave before it", "[extract][extractor][dates]") {
  // 2024-05-08 is a Wednesday: "lundi" is the 6th.
  const auto evs = events_of(
      "Lundi, Olaf Scholz a rencontré Joe Biden à Berlin. Arrivé à Paris le 2 mai, Emmanuel Macron s'est entretenu le "
      "lendemain avec Giorgia Meloni.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].date == "2024-05-06");
  CHECK(evs[1].date == "2024-05-03");
  CHECK(date_of("ROME, 9 mai (AFP) - Giorgia Meloni a évoqué l'immigration avec Kaïs Saïed lors d'un entretien "
                "téléphonique tenu la veille.",
                "") == "XXXX-05-08");
}

TEST_CASE("extractor: the lead's past weekday qualifying a noun dates the narrative", "[extract][extractor][dates]") {
  // 2024-04-23 is a Tuesday: "le déplacement de lundi" is the 22nd. The undated reports after
  // it are that day's, not the day of a flashback told later.
  const auto evs = events_of(
      "Première visite du chancelier depuis 2019, le déplacement de lundi a relancé la relation.\n\n"
      "Accueilli à l'aéroport par Emmanuel Macron, Olaf Scholz a ensuite enchaîné les séances de travail.\n\n"
      "Le 14 mars, Giorgia Meloni avait été reçue à Berlin par Olaf Scholz.",
      "2024-04-23");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(ids(evs[0]) == Strings{"emmanuel-macron", "olaf-scholz"});
  CHECK(evs[0].date == "2024-04-22");
  CHECK(evs[1].date == "2024-03-14");
}

TEST_CASE("extractor: a time of day without its day", "[extract][extractor][dates]") {
  // A plan's is today; a report's is the narrated day, which the sentence before gives.
  CHECK(date_of("Emmanuel Macron doit encore s'entretenir dans la soirée avec Olaf Scholz.", "2024-03-14") ==
        "2024-03-14");
  const auto evs = events_of(
      "Olaf Scholz est arrivé mardi à Paris. Dans la soirée, le chancelier allemand a été reçu à l'Elysée par "
      "Emmanuel Macron.",
      "2024-03-14");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].date == "2024-03-12");
  // A report at a time of day in a text that dates nothing else: the publication day.
  CHECK(date_of("Plus tôt dans la journée, Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz.",
                "2024-03-14") == "2024-03-14");
  CHECK(date_of("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz.", "2024-03-14").empty());
}

TEST_CASE("extractor: a dateline without a year is the reference of an article that gives none",
          "[extract][extractor][dates]") {
  // "14 mars" dates the dispatch: "hier" is the 13th, "aujourd'hui" the 14th.
  CHECK(date_of("PARIS, 14 mars (AFP) - Emmanuel Macron s'est entretenu hier par téléphone avec Olaf Scholz.", "") ==
        "XXXX-03-13");
  CHECK(date_of("PARIS, 14 mars (AFP) - Emmanuel Macron a reçu Olaf Scholz à l'Elysée.", "") == "XXXX-03-14");
  // A day named in the lead without a dateline's dash is no dateline: it dates the event.
  CHECK(date_of("Le 12 mars, Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz, a indiqué l'Elysée.",
                "") == "XXXX-03-12");
}

TEST_CASE("extractor: in an article without a year, a pluperfect day is of the year its paragraph told",
          "[extract][extractor][dates]") {
  const auto evs = events_of(
      "Emmanuel Macron a rencontré Olaf Scholz le 14 janvier à Berlin.\n\n"
      "La dernière rencontre de ce type remonte à 2017. Giorgia Meloni et Pedro Sánchez s'étaient alors "
      "entretenus à Paris, le 15 mai.",
      "");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].date == "XXXX-01-14");
  CHECK(evs[1].date == "2017-05-15");
  // A day told in the present is the article's own year, whatever the paragraph said before.
  CHECK(date_of("Leur première rencontre remonte à 2017. Emmanuel Macron a appelé Olaf Scholz le 15 mai.", "") ==
        "XXXX-05-15");
}

TEST_CASE("extractor: a date after a participle of another event does not date the interaction",
          "[extract][extractor][dates]") {
  // 2024-05-08 is a Wednesday: "mardi" is the 7th.
  const auto evs = events_of(
      "Le sommet s'est ouvert mardi à Riyad. En marge des travaux, Ebrahim Raïssi s'est entretenu avec Mohammed ben "
      "Salmane de l'accord conclu en mars entre les deux pays.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].date == "2024-05-07");
  // The participle of the trigger's own noun, or one whose agents follow, keeps its date.
  CHECK(date_of("Emmanuel Macron s'est entretenu avec Olaf Scholz de l'accord conclu le 3 mai à Berlin par les deux "
                "dirigeants.",
                "2024-05-08") == "2024-05-03");
  CHECK(date_of("Emmanuel Macron et Olaf Scholz ont signé le 3 mai un traité.", "2024-05-08") == "2024-05-03");
}

TEST_CASE("extractor: a tête-à-tête beside a meeting of more people is its own event", "[extract][extractor]") {
  const std::string lead =
      "Emmanuel Macron, Olaf Scholz et Giorgia Meloni se sont réunis jeudi à Bruxelles pour préparer le Conseil "
      "européen. Le chancelier allemand a aussi eu ";
  const std::string tail = " avec la présidente du Conseil italien sur la politique migratoire.";
  const auto apart = events_of(lead + "un tête-à-tête" + tail, "2024-05-03");
  INFO(describe(apart));
  REQUIRE(apart.size() == 2);
  CHECK(sorted(ids(apart[0])) == Strings{"emmanuel-macron", "giorgia-meloni", "olaf-scholz"});
  CHECK(sorted(ids(apart[1])) == Strings{"giorgia-meloni", "olaf-scholz"});
  CHECK(apart[1].date == "2024-05-02");
  // "un entretien" says nothing of meeting apart: the sentence goes on describing the meeting.
  const auto one = events_of(lead + "un entretien" + tail, "2024-05-03");
  INFO(describe(one));
  CHECK(one.size() == 1);
}

TEST_CASE("extractor: a plan naming some of a reported meeting's people is their next meeting",
          "[extract][extractor][multiparty]") {
  // The gathering is read from co-occurrence and told of no day; the plan names two of its people.
  const auto evs = events_of(
      "Le sommet, qui s'est ouvert lundi à Vienne, a rassemblé Emmanuel Macron, Giorgia Meloni et Pedro Sánchez. "
      "Emmanuel Macron recevra Pedro Sánchez jeudi à l'Elysée.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(ids(evs[0]) == Strings{"emmanuel-macron", "giorgia-meloni", "pedro-sanchez"});
  CHECK(evs[0].status == "occurred");
  CHECK(ids(evs[1]) == Strings{"emmanuel-macron", "pedro-sanchez"});
  CHECK(evs[1].status == "planned");
  CHECK(evs[1].date == "2024-05-09");
  // The same with a structural report and an undated plan in the infinitive.
  const auto other = events_of(
      "Emmanuel Macron, Olaf Scholz et Donald Tusk se sont réunis lundi à Weimar. Olaf Scholz doit recevoir "
      "Donald Tusk prochainement à Berlin.",
      "2024-05-08");
  INFO(describe(other));
  REQUIRE(other.size() == 2);
  CHECK(other[0].status == "occurred");
  CHECK(ids(other[1]) == Strings{"donald-tusk", "olaf-scholz"});
  CHECK(other[1].status == "planned");
}

TEST_CASE("extractor: who else attended, named after the verb, joins the meeting just reported",
          "[extract][extractor][multiparty]") {
  const std::string lead = "Le sommet de Grenade a rassemblé jeudi Olaf Scholz et Emmanuel Macron. ";
  const Strings four{"emmanuel-macron", "giorgia-meloni", "olaf-scholz", "pedro-sanchez"};
  for (const char* tail :
       {"Participaient également à la réunion Giorgia Meloni et Pedro Sánchez.",
        "Assistaient aussi aux travaux la présidente du Conseil italien Giorgia Meloni et Pedro Sánchez.",
        "Étaient notamment présents Giorgia Meloni et Pedro Sánchez.",
        "À leurs côtés siégeaient Giorgia Meloni et le Premier ministre espagnol Pedro Sánchez."}) {
    const auto evs = events_of(lead + tail, "2024-05-08");
    INFO(tail << "\n" << describe(evs));
    REQUIRE(evs.size() == 1);
    CHECK(ids(evs[0]) == four);
    CHECK(evs[0].date == "2024-05-02");
  }
  // A relative clause of the event noun opens the same inverted list, in the sentence's own event.
  const auto relative = events_of(
      "Le président turc Recep Tayyip Erdogan a reçu mardi Vladimir Poutine pour une réunion à Ankara, à laquelle "
      "assistaient également Hakan Fidan et Sergueï Lavrov.",
      "2024-05-08");
  INFO(describe(relative));
  REQUIRE(relative.size() == 1);
  CHECK(ids(relative[0]) == Strings{"hakan-fidan", "recep-tayyip-erdogan", "sergey-lavrov", "vladimir-putin"});
  // With its subject before it, the verb says where someone was, or what else he attended.
  for (const char* tail : {"Pedro Sánchez était présent à Séville.", "Pedro Sánchez participait à un autre sommet."}) {
    const auto evs = events_of(lead + tail, "2024-05-08");
    INFO(tail << "\n" << describe(evs));
    REQUIRE(evs.size() == 1);
    CHECK(ids(evs[0]) == Strings{"emmanuel-macron", "olaf-scholz"});
  }
}

TEST_CASE("extractor: those seated at the table or facing the people just told join their meeting",
          "[extract][extractor][multiparty]") {
  const Strings five{"alexander-de-croo", "donald-tusk", "emmanuel-macron", "olaf-scholz", "pedro-sanchez"};
  for (const std::string& text :
       {std::string("Coprésidée par Emmanuel Macron et Olaf Scholz, la réunion s'est ouverte lundi à Paris en présence "
                    "de Donald Tusk. Autour de la table figuraient aussi Pedro Sánchez et Alexander De Croo."),
        std::string("Emmanuel Macron et Olaf Scholz se sont retrouvés lundi à Paris pour un dîner de travail. Autour "
                    "de la table se trouvaient également le Premier ministre belge Alexander De Croo, Pedro Sánchez "
                    "et Donald Tusk."),
        std::string("Emmanuel Macron et Olaf Scholz se sont réunis lundi à Paris avec leurs partenaires. Face à eux "
                    "siégeaient Pedro Sánchez, Donald Tusk et Alexander De Croo.")}) {
    const auto evs = events_of(text, "2024-05-08");
    INFO(text << "\n" << describe(evs));
    REQUIRE(evs.size() == 1);
    CHECK(sorted(ids(evs[0])) == five);
    CHECK(evs[0].date == "2024-05-06");
  }
  // "Y ont pris place A et B, face à C": the place just set; with no meeting told yet, they met each other.
  const auto seated = events_of(
      "Le sommet s'est tenu lundi sous une tente. Y ont pris place Emmanuel Macron et Olaf Scholz, face à Donald "
      "Tusk.",
      "2024-05-08");
  INFO(describe(seated));
  REQUIRE(seated.size() == 1);
  CHECK(sorted(ids(seated[0])) == Strings{"donald-tusk", "emmanuel-macron", "olaf-scholz"});
  // A short label before each list ("les deux hôtes, A et B, face aux trois invités, C, D et E").
  const auto labelled = events_of(
      "Le sommet s'est tenu lundi sous une tente. Y ont pris place les deux hôtes, Emmanuel Macron et Olaf Scholz, "
      "face aux trois invités, Donald Tusk, Pedro Sánchez et Alexander De Croo.",
      "2024-05-08");
  INFO(describe(labelled));
  REQUIRE(labelled.size() == 1);
  CHECK(sorted(ids(labelled[0])) == five);
  // The table alone before the comma, whatever the verb after its subject.
  for (const char* verb : {"ont débattu de l'Ukraine", "ont passé en revue les dossiers du jour"}) {
    const std::string text = std::string(
                                 "La séance s'est ouverte lundi à Paris. Autour de la table, Emmanuel Macron, "
                                 "Olaf Scholz et Donald Tusk ") +
                             verb + ".";
    const auto table = events_of(text, "2024-05-08");
    INFO(text << "\n" << describe(table));
    REQUIRE(table.size() == 1);
    CHECK(sorted(ids(table[0])) == Strings{"donald-tusk", "emmanuel-macron", "olaf-scholz"});
    CHECK(table[0].date == "2024-05-06");
  }
  // A table further in the sentence seats no one by itself.
  CHECK(events_of("Lundi, Emmanuel Macron, Olaf Scholz et Donald Tusk ont évoqué autour de la table la question.",
                  "2024-05-08")
            .empty());
  // A table in another paragraph is another meeting's: its people met, apart from the first.
  const auto apart = events_of(
      "Emmanuel Macron et Olaf Scholz se sont retrouvés lundi à Paris.\n\nLe lendemain, à Bruxelles, autour de la "
      "table figuraient Pedro Sánchez, Donald Tusk et Alexander De Croo.",
      "2024-05-08");
  INFO(describe(apart));
  REQUIRE(apart.size() == 2);
  CHECK(sorted(ids(apart[0])) == Strings{"emmanuel-macron", "olaf-scholz"});
  CHECK(sorted(ids(apart[1])) == Strings{"alexander-de-croo", "donald-tusk", "pedro-sanchez"});
}

TEST_CASE("extractor: who joins the people just told, or sits beside one of them, joins their meeting",
          "[extract][extractor][multiparty]") {
  const std::string lead = "Recep Tayyip Erdogan s'est entretenu mardi à Ankara avec Vladimir Poutine. ";
  for (const char* tail :
       {"Le ministre turc Hakan Fidan s'est joint aux deux présidents pour le dîner.",
        "Hakan Fidan s'était joint à eux dans l'après-midi.", "Hakan Fidan a ensuite rejoint les deux dirigeants.",
        "Côté turc, Hakan Fidan siégeait aux côtés du président."}) {
    const auto evs = events_of(lead + tail, "2024-05-08");
    INFO(tail << "\n" << describe(evs));
    REQUIRE(evs.size() == 1);
    CHECK(sorted(ids(evs[0])) == Strings{"hakan-fidan", "recep-tayyip-erdogan", "vladimir-putin"});
  }
  // "; côté russe, B": a clause with no verb of its own names the other side's people.
  const auto sides = events_of(lead +
                                   "Côté turc, Hakan Fidan siégeait aux côtés du président ; côté russe, le "
                                   "ministre des Affaires étrangères Sergueï Lavrov.",
                               "2024-05-08");
  INFO(describe(sides));
  REQUIRE(sides.size() == 1);
  CHECK(sorted(ids(sides[0])) == Strings{"hakan-fidan", "recep-tayyip-erdogan", "sergey-lavrov", "vladimir-putin"});
  // A clause after ';' that tells something of its own adds no one.
  const auto other = events_of(lead +
                                   "Côté turc, Hakan Fidan siégeait aux côtés du président ; côté russe, Sergueï "
                                   "Lavrov a appelé Antony Blinken.",
                               "2024-05-08");
  INFO(describe(other));
  REQUIRE(!other.empty());
  CHECK(sorted(ids(other[0])) == Strings{"hakan-fidan", "recep-tayyip-erdogan", "vladimir-putin"});
}

TEST_CASE("extractor: a report told as already past is another meeting than the news",
          "[extract][extractor][multiparty]") {
  const std::string lead = "Olaf Scholz a été reçu mardi à l'Élysée par Emmanuel Macron. ";
  for (const char* tail : {"Les deux dirigeants s'étaient déjà rencontrés en tête-à-tête à Grenade.",
                           "Emmanuel Macron et Olaf Scholz avaient déjà eu un entretien à Grenade.",
                           "Emmanuel Macron et Olaf Scholz s'étaient déjà entretenus lors du sommet de Grenade.",
                           "Les deux hommes s'étaient déjà retrouvés à Hambourg."}) {
    const auto evs = events_of(lead + tail, "2024-05-08");
    INFO(tail << "\n" << describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(evs[0].date == "2024-05-07");
    // Before the news, on a day the text does not give: not the narrative's Tuesday.
    CHECK(evs[1].date.empty());
    CHECK(sorted(ids(evs[1])) == Strings{"emmanuel-macron", "olaf-scholz"});
  }
  // The same report without "déjà" goes on describing the news.
  const auto same =
      events_of(lead + "Les deux dirigeants s'étaient entretenus en tête-à-tête pendant une heure.", "2024-05-08");
  INFO(describe(same));
  CHECK(same.size() == 1);
}

TEST_CASE("extractor: some of a summit's people dated another day than it was told on met on their own",
          "[extract][extractor][multiparty]") {
  // Published on Saturday 20 May 2023: "vendredi" is the 19th, "jeudi" the 18th.
  const std::string summit =
      "Le sommet s'est ouvert vendredi à Xi'an. Autour du président Xi Jinping avaient pris place Kassym-Jomart "
      "Tokaïev et Emomali Rahmon. ";
  for (const char* bilateral : {"Jeudi, Emomali Rahmon s'est entretenu avec Xi Jinping.",
                                "Xi Jinping avait reçu Emomali Rahmon jeudi soir au palais.",
                                "Samedi, Emomali Rahmon et Kassym-Jomart Tokaïev se sont de nouveau rencontrés."}) {
    const auto evs = events_of(summit + bilateral, "2023-05-20");
    INFO(bilateral << "\n" << describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(evs[0].participants.size() == 3);
    CHECK(evs[0].date == "2023-05-19");
    CHECK(evs[1].participants.size() == 2);
    CHECK(evs[1].date != "2023-05-19");
  }
  // Told of the summit's own day, the pair's talk is part of it.
  const auto same = events_of(summit + "Vendredi, Emomali Rahmon s'est entretenu avec Xi Jinping.", "2023-05-20");
  INFO(describe(same));
  REQUIRE(same.size() == 1);
  CHECK(same[0].participants.size() == 3);
}

TEST_CASE("extractor: 'les trois mêmes dirigeants' names the people of the latest meeting of three",
          "[extract][extractor][multiparty]") {
  const std::string lead = "Emmanuel Macron, Olaf Scholz et Donald Tusk se sont réunis lundi à Weimar. ";
  for (const char* tail : {"Le 2 février, un premier rendez-vous à Paris avait réuni les trois mêmes dirigeants.",
                           "En février, les trois mêmes responsables s'étaient retrouvés à Berlin."}) {
    const auto evs = events_of(lead + tail, "2024-05-08");
    INFO(tail << "\n" << describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(sorted(ids(evs[1])) == Strings{"donald-tusk", "emmanuel-macron", "olaf-scholz"});
    CHECK(evs[1].date.rfind("2024-02", 0) == 0);
  }
}

TEST_CASE("extractor: the pluperfect of a reciprocal verb is elided ('s'étaient vus')", "[extract][extractor]") {
  for (const auto& [text, type] : std::vector<std::pair<std::string, std::string>>{
           {"Olaf Scholz et Donald Tusk s'étaient vus en mars à Varsovie.", "meeting"},
           {"Olaf Scholz et Donald Tusk s'étaient croisés en mars à Varsovie.", "meeting"},
           {"Olaf Scholz et Donald Tusk s'étaient serré la main en mars à Varsovie.", "meeting"},
           {"Olaf Scholz et Donald Tusk s'étaient téléphoné en mars.", "phone_call"}}) {
    const auto evs = events_of(text, "2024-05-08");
    INFO(text << "\n" << describe(evs));
    REQUIRE(evs.size() == 1);
    CHECK(evs[0].type == type);
    CHECK(sorted(ids(evs[0])) == Strings{"donald-tusk", "olaf-scholz"});
    CHECK(evs[0].date == "2024-03");
  }
}

TEST_CASE("extractor: a bilateral talk on the margins of a summit is its own meeting",
          "[extract][extractor][multiparty]") {
  for (const char* aside : {"En marge des séances, Pedro Sánchez a eu un entretien avec Olaf Scholz.",
                            "Pedro Sánchez a aussi eu un entretien bilatéral avec Olaf Scholz.",
                            "Pedro Sánchez et Olaf Scholz ont tenu une réunion bilatérale dans l'après-midi."}) {
    const std::string text =
        std::string("Emmanuel Macron, Olaf Scholz, Donald Tusk et Pedro Sánchez se sont réunis lundi à Paris. ") +
        aside;
    const auto evs = events_of(text, "2024-05-08");
    INFO(text << "\n" << describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(sorted(ids(evs[1])) == Strings{"olaf-scholz", "pedro-sanchez"});
  }
}

TEST_CASE("extractor: chairs named before the meeting they chaired take part in it",
          "[extract][extractor][multiparty]") {
  const auto co = events_of(
      "Coprésidée par Olaf Scholz et Emmanuel Macron, la réunion a rassemblé mardi Giorgia Meloni, Pedro Sánchez et "
      "Donald Tusk.",
      "2024-05-08");
  INFO(describe(co));
  REQUIRE(co.size() == 1);
  CHECK(ids(co[0]) == Strings{"donald-tusk", "emmanuel-macron", "giorgia-meloni", "olaf-scholz", "pedro-sanchez"});
  CHECK(co[0].date == "2024-05-07");
  // Other genders and verbs, a place between the verb and the list, the pluperfect.
  const auto one_chair = events_of(
      "Présidé par Charles Michel, le sommet a réuni lundi à Bruxelles Olaf Scholz et Emmanuel Macron.", "2024-05-08");
  INFO(describe(one_chair));
  REQUIRE(one_chair.size() == 1);
  CHECK(ids(one_chair[0]) == Strings{"charles-michel", "emmanuel-macron", "olaf-scholz"});
  const auto before = events_of(
      "Présidée par Emmanuel Macron, la conférence avait rassemblé en mars Olaf Scholz, Donald Tusk et Pedro Sánchez.",
      "2024-05-08");
  INFO(describe(before));
  REQUIRE(before.size() == 1);
  CHECK(ids(before[0]) == Strings{"donald-tusk", "emmanuel-macron", "olaf-scholz", "pedro-sanchez"});
  CHECK(before[0].date == "2024-03");
  // After the noun, the chairs are the meeting's parties, as before.
  const auto after =
      events_of("La réunion, coprésidée par Olaf Scholz et Emmanuel Macron, a duré trois heures.", "2024-05-08");
  INFO(describe(after));
  REQUIRE(after.size() == 1);
  CHECK(ids(after[0]) == Strings{"emmanuel-macron", "olaf-scholz"});
  CHECK(events_of("Présidée par Olaf Scholz, la coalition a rassemblé ses partisans.", "2024-05-08").empty());
}

TEST_CASE("extractor: a side meeting on the margins of a larger one is its own event",
          "[extract][extractor][multiparty]") {
  const Strings four{"donald-tusk", "emmanuel-macron", "giorgia-meloni", "olaf-scholz"};
  for (const char* margin : {"En marge du sommet, Donald Tusk a eu un bref échange avec Olaf Scholz.",
                             "En marge des travaux, Olaf Scholz s'est entretenu avec Donald Tusk."}) {
    const auto evs = events_of(std::string("Le sommet a rassemblé jeudi à Vilnius Olaf Scholz, Emmanuel Macron, "
                                           "Donald Tusk et Giorgia Meloni. ") +
                                   margin,
                               "2024-05-08");
    INFO(margin << "\n" << describe(evs));
    REQUIRE(evs.size() == 2);
    CHECK(ids(evs[0]) == four);
    CHECK(ids(evs[1]) == Strings{"donald-tusk", "olaf-scholz"});
    CHECK(evs[1].date == "2024-05-02");
  }
}

TEST_CASE("extractor: who began a thing a noun's participle tells of mediates no meeting",
          "[extract][extractor][multiparty]") {
  // The format's founders are no third party of the summit, nor is its launch the summit's date.
  const auto evs = events_of(
      "Klaus Iohannis a pris part jeudi au sommet du format B9, lancé en 2015 à l'initiative de la Roumanie et de la "
      "Pologne.",
      "2024-05-08");
  INFO(describe(evs));
  for (const auto& e : evs) {
    CHECK(e.type != "mediation");
    CHECK(e.date != "2015");
  }
  // A mediated signing the participle tells names its signatories: that is an interaction.
  const auto signed_ = events_of(
      "L'accord, signé en 2018 à Addis-Abeba sous l'égide de l'Union africaine par Salva Kiir et Riek Machar, reste "
      "fragile.",
      "2024-05-08");
  INFO(describe(signed_));
  REQUIRE(signed_.size() == 1);
  CHECK(signed_[0].type == "mediation");
  CHECK(signed_[0].mediator == "african-union");
}

TEST_CASE("extractor: who took part in a meeting told before its report joins that report",
          "[extract][extractor][multiparty]") {
  const auto evs = events_of(
      "Klaus Iohannis a participé au sommet de Bratislava. Présidée par Andrzej Duda, la réunion a rassemblé mardi "
      "Petr Pavel, Gitanas Nausėda et Jens Stoltenberg.",
      "2023-06-07");
  INFO(describe(evs));
  REQUIRE(evs.size() == 1);
  CHECK(ids(evs[0]) == Strings{"andrzej-duda", "gitanas-nauseda", "jens-stoltenberg", "klaus-iohannis", "petr-pavel"});
  // A call, or a plan, is another interaction than the meeting he took part in.
  for (const char* next : {"Emmanuel Macron s'est entretenu jeudi au téléphone avec Giorgia Meloni.",
                           "Emmanuel Macron et Giorgia Meloni doivent se rencontrer lundi à Rome."}) {
    const auto other = events_of(std::string("Olaf Scholz a assisté au sommet. ") + next, "2023-06-07");
    INFO(next << "\n" << describe(other));
    REQUIRE(other.size() == 1);
    CHECK(ids(other[0]) == Strings{"emmanuel-macron", "giorgia-meloni"});
  }
}

TEST_CASE("extractor: 'les deux délégations' are the two sides just reported", "[extract][extractor][multiparty]") {
  const auto evs = events_of(
      "Hakan Fidan a reçu lundi à Ankara Sergueï Lavrov. Les deux délégations se retrouveront en juin à Moscou.",
      "2024-05-08");
  INFO(describe(evs));
  REQUIRE(evs.size() == 2);
  CHECK(ids(evs[1]) == Strings{"hakan-fidan", "sergey-lavrov"});
  CHECK(evs[1].status == "planned");
  CHECK(evs[1].date == "2024-06");
  // After a report of three sides, two delegations are two others, whom the text does not say.
  const auto three = events_of(
      "Hakan Fidan a reçu lundi à Ankara Sergueï Lavrov et Wang Yi. Les deux délégations se retrouveront en juin à "
      "Moscou.",
      "2024-05-08");
  INFO(describe(three));
  CHECK(three.size() == 1);
}
