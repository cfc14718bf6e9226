#include "extract/doc_actors.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract_test_support.h"

using namespace ag;
using namespace ag::extract;
using ag::extract::test::lexicons;

namespace {

uint32_t kb(const char* id) {
  const long i = lexicons().kb().find(id);
  REQUIRE(i >= 0);
  return static_cast<uint32_t>(i);
}

uint32_t kb_country(const char* iso3) {
  const long i = lexicons().kb().country(iso3);
  REQUIRE(i >= 0);
  return static_cast<uint32_t>(i);
}

Date d(const char* edtf) { return *parse_edtf(edtf); }

}  // namespace

TEST_CASE("doc actors: a knowledge-base actor is created once per document", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int a = actors.from_kb(kb("ilham-aliyev"));
  const int b = actors.from_kb(kb("vladimir-putin"));
  CHECK(a == 0);
  CHECK(b == 1);
  CHECK(actors.from_kb(kb("ilham-aliyev")) == a);
  CHECK(actors.size() == 2);
  const DocActor& x = actors[a];
  CHECK(x.kb == static_cast<long>(kb("ilham-aliyev")));
  CHECK(x.actor.id == "ilham-aliyev");
  CHECK(x.actor.name == "Ilham Aliev");
  CHECK(x.actor.kind == ActorKind::person);
  CHECK(x.actor.country == "AZE");
  CHECK(x.gender == Gender::unknown);

  const int c = actors.from_kb(kb_country("AZE"));
  CHECK(actors[c].actor.id == "aze");
  CHECK(actors[c].actor.kind == ActorKind::country);
  CHECK(actors[c].actor.country == "AZE");
}

TEST_CASE("doc actors: a person introduced by the text gets a slug id", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int z = actors.introduced_person("Maria Zakharova", "RUS", "spokesperson:RUS");
  CHECK(z == 0);
  CHECK(actors[z].kb == -1);
  CHECK(actors[z].actor.id == "maria-zakharova");
  CHECK(actors[z].actor.name == "Maria Zakharova");
  CHECK(actors[z].actor.kind == ActorKind::person);
  CHECK(actors[z].actor.country == "RUS");
  CHECK(actors[z].actor.role == "spokesperson:RUS");
  // Introduced again (another spelling of the same slug): the same actor.
  CHECK(actors.introduced_person("Maria Zakharova", "", "") == z);
  CHECK(actors.size() == 1);
  CHECK(actors[z].actor.country == "RUS");
  CHECK(actors.introduced_person("Jean-Noël Testard", "FRA", "") == 1);
  CHECK(actors[1].actor.id == "jean-noel-testard");
}

TEST_CASE("doc actors: a person introduced with a known actor's id is that actor, whoever came first",
          "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int lavrov = actors.from_kb(kb("sergey-lavrov"));
  // Named from the knowledge base first: the introduction is that actor, and no introduced
  // person of that name exists.
  CHECK(actors.introduced_person("Sergey Lavrov", "RUS", "") == lavrov);
  CHECK(actors.size() == 1);
  CHECK(actors.introduced_by_name("Sergey Lavrov") == -1);
  // A knowledge-base actor the document has not named yet is no one to return: the text
  // introduces a person, whom the knowledge-base actor named afterwards does not replace.
  const int x = actors.introduced_person("Ilham Aliyev", "AZE", "");
  CHECK(x == 1);
  CHECK(actors[x].kb == -1);
  const int aliyev = actors.from_kb(kb("ilham-aliyev"));
  CHECK(aliyev == 2);
  CHECK(actors.introduced_person("Ilham Aliyev", "", "") == x);
  CHECK(actors.introduced_by_name("Ilham Aliyev") == x);
}

TEST_CASE("doc actors: the last person named before a position", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int aliyev = actors.from_kb(kb("ilham-aliyev"));
  const int putin = actors.from_kb(kb("vladimir-putin"));
  const int russia = actors.from_kb(kb_country("RUS"));
  CHECK(actors.last_person_before(100) == -1);
  actors.mentioned(aliyev, 10, true);
  actors.mentioned(putin, 50, true);
  actors.mentioned(russia, 80, true);  // a country is no person
  CHECK(actors.last_person_before(5) == -1);
  CHECK(actors.last_person_before(10) == -1);  // strictly before
  CHECK(actors.last_person_before(11) == aliyev);
  CHECK(actors.last_person_before(60) == putin);
  CHECK(actors.last_person_before(100) == putin);
}

TEST_CASE("doc actors: the nearest person before a position, whatever the recording order", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int putin = actors.from_kb(kb("vladimir-putin"));
  const int russia = actors.from_kb(kb_country("RUS"));
  const int x = actors.introduced_person("Pablo Ortega Lanza", "", "");
  CHECK(actors.nearest_person_before(100) == -1);
  // A sentence records its known names first, then the people it introduces.
  actors.mentioned(putin, 50, true);
  actors.mentioned(russia, 70, true);  // a country is no person
  actors.mentioned(x, 10, true);
  CHECK(actors.last_person_before(60) == x);  // the latest recorded
  CHECK(actors.nearest_person_before(60) == putin);
  CHECK(actors.nearest_person_before(100) == putin);
  CHECK(actors.nearest_person_before(50) == x);  // strictly before
  CHECK(actors.nearest_person_before(10) == -1);
}

TEST_CASE("doc actors: gender filters the last person", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int meloni = actors.from_kb(kb("giorgia-meloni"));
  const int putin = actors.from_kb(kb("vladimir-putin"));
  const int lavrov = actors.from_kb(kb("sergey-lavrov"));
  actors[meloni].gender = Gender::female;
  actors[putin].gender = Gender::male;
  actors.mentioned(meloni, 10, true);
  actors.mentioned(putin, 20, true);
  actors.mentioned(lavrov, 30, true);  // gender unknown: fits either
  CHECK(actors.last_person_before(100, Gender::female) == lavrov);
  CHECK(actors.last_person_before(25, Gender::female) == meloni);
  CHECK(actors.last_person_before(25, Gender::male) == putin);
  CHECK(actors.last_person_before(25) == putin);
}

TEST_CASE("doc actors: last_holder prefers the holder the document names most", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int aliyev = actors.from_kb(kb("ilham-aliyev"));
  const int macron = actors.from_kb(kb("emmanuel-macron"));
  const int lavrov = actors.from_kb(kb("sergey-lavrov"));
  actors.mentioned(aliyev, 0, true);
  actors.mentioned(aliyev, 40, false);
  actors.mentioned(macron, 80, true);
  actors.mentioned(lavrov, 120, true);
  CHECK(actors.last_holder("head_of_state", d("2024-03-01")) == aliyev);
  CHECK(actors.last_holder("foreign_minister", d("2024-03-01")) == lavrov);
  CHECK(actors.last_holder("head_of_government", d("2024-03-01")) == -1);
  // Macron was not head of state in 2010: Aliyev was.
  CHECK(actors.last_holder("head_of_state", d("2010-03-01")) == aliyev);
}

TEST_CASE("doc actors: last_holder breaks ties by the first named", "[extract][doc_actors]") {
  // Named as often: the one named first, whom the story is about ("Le président ivoirien
  // ... a appelé son homologue ghanéen ... Le Président de la République se rendra ...").
  DocActors actors(lexicons());
  const int ouattara = actors.from_kb(kb("alassane-ouattara"));
  const int akufo = actors.from_kb(kb("nana-akufo-addo"));
  actors.mentioned(ouattara, 0, true);
  actors.mentioned(akufo, 60, true);
  CHECK(actors.last_holder("head_of_state", d("2024-06-18")) == ouattara);
}

TEST_CASE("doc actors: last_holder asks for the date only when a named actor ever held the office",
          "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int aliyev = actors.from_kb(kb("ilham-aliyev"));
  const int lavrov = actors.from_kb(kb("sergey-lavrov"));
  actors.mentioned(aliyev, 0, true);
  actors.mentioned(lavrov, 40, true);
  int asked = 0;
  const Date march = d("2024-03-01");
  const auto date = [&]() -> const Date& {
    ++asked;
    return march;
  };
  // Neither was ever a defence minister: no date needed to tell.
  CHECK(actors.last_holder("defence_minister", date) == -1);
  CHECK(asked == 0);
  // Aliyev led the government in 2003: only the date tells he does not now.
  CHECK(actors.last_holder("head_of_government", date) == -1);
  CHECK(asked == 1);
  // The date once per question, and the same answers as with it given.
  CHECK(actors.last_holder("foreign_minister", date) == lavrov);
  CHECK(asked == 2);
  CHECK(actors.last_holder("head_of_state", date) == actors.last_holder("head_of_state", march));
  CHECK(actors.last_holder("", date) == actors.last_holder("", march));
  CHECK(asked == 4);
}

TEST_CASE("doc actors: last_holder ignores people the knowledge base does not know", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const int x = actors.introduced_person("Jean Inconnu", "FRA", "head_of_state:FRA");
  actors.mentioned(x, 0, true);
  actors.mentioned(x, 10, true);
  CHECK(actors.last_holder("head_of_state", d("2024-03-01")) == -1);
}

TEST_CASE("doc actors: named and named in full", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  const long aliyev_kb = kb("ilham-aliyev");
  const long putin_kb = kb("vladimir-putin");
  CHECK_FALSE(actors.named(aliyev_kb));
  const int aliyev = actors.from_kb(static_cast<uint32_t>(aliyev_kb));
  CHECK_FALSE(actors.named(aliyev_kb));  // created is not named
  actors.mentioned(aliyev, 5, false);
  CHECK(actors.named(aliyev_kb));
  CHECK_FALSE(actors.named_in_full(aliyev_kb));
  actors.mentioned(aliyev, 50, true);
  CHECK(actors.named_in_full(aliyev_kb));
  CHECK_FALSE(actors.named(putin_kb));
  CHECK_FALSE(actors.named_in_full(putin_kb));
}

TEST_CASE("doc actors: introduced people are found again by their last name", "[extract][doc_actors]") {
  DocActors actors(lexicons());
  actors.from_kb(kb("ilham-aliyev"));
  const int z = actors.introduced_person("Maria Zakharova", "RUS", "");
  const int m = actors.introduced_person("Riek Machar", "SSD", "");
  CHECK(actors.introduced_by_surname("zakharova") == z);
  CHECK(actors.introduced_by_surname("machar") == m);
  CHECK(actors.introduced_by_surname("aliev") == -1);   // a knowledge-base actor
  CHECK(actors.introduced_by_surname("maria") == -1);   // a first name
  CHECK(actors.introduced_by_surname("Zakharova") == -1);  // folded words only
}
