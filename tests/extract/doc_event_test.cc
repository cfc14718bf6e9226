#include "extract/doc_event.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract_test_support.h"

using namespace ag;
using namespace ag::extract;
using namespace ag::extract::test;

namespace {

using Strings = std::vector<std::string>;

struct Fixture {
  DocActors actors{lexicons()};
  Date ref = date("2024-05-08");

  int person(const char* id) {
    const long k = lexicons().kb().find(id);
    REQUIRE(k >= 0);
    return actors.from_kb(static_cast<uint32_t>(k));
  }
  int country(const char* iso3) {
    const long k = lexicons().kb().country(iso3);
    REQUIRE(k >= 0);
    return actors.from_kb(static_cast<uint32_t>(k));
  }
  Strings ids(const DocEvent& e) const {
    Strings out;
    for (int a : e.participants) out.push_back(actors[a].actor.id);
    return sorted(out);
  }
  std::string id(int a) const { return a < 0 ? "" : actors[a].actor.id; }
  void merge(std::vector<DocEvent>& events) { merge_document_events(events, actors, lexicons(), ref); }
};

uint32_t topic(const char* id) {
  const auto& t = lexicons().topic_ids();
  const auto it = std::find(t.begin(), t.end(), id);
  REQUIRE(it != t.end());
  return static_cast<uint32_t>(it - t.begin());
}

DocEvent ev(const std::string& type, std::vector<int> parts, const std::string& when, std::size_t sentence_begin) {
  DocEvent e;
  e.type = type;
  e.participants = std::move(parts);
  e.date = date(when);
  e.evidence = Span{sentence_begin, sentence_begin + 10};
  e.confidence = 0.85;
  return e;
}

}  // namespace

TEST_CASE("doc event: two reports of one meeting merge", "[extract][doc_event]") {
  Fixture f;
  const int aliyev = f.person("ilham-aliyev"), michel = f.person("charles-michel");
  DocEvent a = ev("meeting", {aliyev, michel}, "2024-05-06", 0);
  a.topics = {topic("energy")};
  a.subjects = {"COP29"};
  a.initiator = aliyev;
  a.initiator_role = InitiatorRole::host;
  DocEvent b = ev("meeting", {michel, aliyev}, "", 100);
  b.topics = {topic("borders"), topic("energy")};
  b.subjects = {"COP29", "Corridor du Milieu"};
  b.confidence = 0.9;
  std::vector<DocEvent> events{a, b};
  f.merge(events);
  REQUIRE(events.size() == 1);
  const DocEvent& m = events[0];
  CHECK(m.type == "meeting");
  CHECK(f.ids(m) == Strings{"charles-michel", "ilham-aliyev"});
  CHECK(to_edtf(m.date) == "2024-05-06");
  CHECK(m.topics == std::set<uint32_t>{topic("borders"), topic("energy")});
  CHECK(m.subjects == Strings{"COP29", "Corridor du Milieu"});
  CHECK(f.id(m.initiator) == "ilham-aliyev");
  CHECK(m.support == 2);
  CHECK(m.confidence == Approx(0.9));
  CHECK(m.evidence.begin == 0);  // the first report is the evidence
}

TEST_CASE("doc event: the more precise date wins", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("vladimir-putin"), b = f.person("recep-tayyip-erdogan");
  std::vector<DocEvent> events{ev("phone_call", {a, b}, "2024-05", 0), ev("phone_call", {a, b}, "2024-05-02", 50)};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(to_edtf(events[0].date) == "2024-05-02");
}

TEST_CASE("doc event: different days are different events", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("vladimir-putin"), b = f.person("recep-tayyip-erdogan");
  std::vector<DocEvent> events{ev("phone_call", {a, b}, "2024-05-02", 0), ev("phone_call", {a, b}, "2024-05-06", 50)};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(to_edtf(events[0].date) == "2024-05-02");
  CHECK(to_edtf(events[1].date) == "2024-05-06");
}

TEST_CASE("doc event: meetings in different places stay apart", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan");
  DocEvent moscow = ev("meeting", {a, b}, "2024-01", 0);
  moscow.place = "Moscou";
  DocEvent washington = ev("meeting", {a, b}, "", 60);
  washington.place = "Washington";
  std::vector<DocEvent> events{moscow, washington};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(events[0].place == "Moscou");
  CHECK(events[1].place == "Washington");
}

TEST_CASE("doc event: two names of places in one country are one place", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("mahamat-deby"), b = f.person("vladimir-putin");
  DocEvent city = ev("meeting", {a, b}, "2024-01-24", 0);
  city.place = "Moscou";
  city.place_country = "RUS";
  DocEvent seat = ev("meeting", {a, b}, "2024-01-24", 60);
  seat.place = "Kremlin";
  seat.place_country = "RUS";
  DocEvent abroad = ev("meeting", {a, b}, "2024-01-24", 120);
  abroad.place = "Washington";
  abroad.place_country = "USA";
  std::vector<DocEvent> events{city, seat, abroad};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(events[0].place == "Moscou");
  CHECK(events[1].place == "Washington");
}

TEST_CASE("doc event: a report without a place merges with one that has it", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan");
  DocEvent first = ev("meeting", {a, b}, "2024-05-06", 0);
  DocEvent second = ev("meeting", {a, b}, "", 60);
  second.place = "Prague";
  std::vector<DocEvent> events{first, second};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(events[0].place == "Prague");
}

TEST_CASE("doc event: a call and a meeting of the same people stay apart", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("vladimir-putin"), b = f.person("recep-tayyip-erdogan");
  std::vector<DocEvent> events{ev("phone_call", {a, b}, "", 0), ev("meeting", {a, b}, "", 50)};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "phone_call");
  CHECK(events[1].type == "meeting");
}

TEST_CASE("doc event: different people are different events", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("vladimir-putin"), b = f.person("recep-tayyip-erdogan"), c = f.person("ilham-aliyev");
  std::vector<DocEvent> events{ev("meeting", {a, b}, "2024-05-06", 0), ev("meeting", {a, c}, "2024-05-06", 50)};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(f.ids(events[0]) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
  CHECK(f.ids(events[1]) == Strings{"ilham-aliyev", "vladimir-putin"});
}

TEST_CASE("doc event: a meeting reported as a mediation becomes the mediation", "[extract][doc_event]") {
  Fixture f;
  const int aliyev = f.person("ilham-aliyev"), pashinyan = f.person("nikol-pashinyan"), michel = f.person("charles-michel");
  DocEvent meeting = ev("meeting", {aliyev, pashinyan, michel}, "2024-05-06", 0);
  DocEvent mediation = ev("mediation", {aliyev, pashinyan, michel}, "", 80);
  mediation.mediator = michel;
  std::vector<DocEvent> events{meeting, mediation};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "mediation");
  CHECK(f.id(events[0].mediator) == "charles-michel");
  CHECK(to_edtf(events[0].date) == "2024-05-06");
}

TEST_CASE("doc event: a weak conversation takes the channel of the report it merges with", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("vladimir-putin");
  DocEvent weak = ev("meeting", {a, b}, "", 0);
  weak.weak = true;
  DocEvent call = ev("phone_call", {a, b}, "2024-05-06", 60);
  call.initiator = b;
  call.initiator_role = InitiatorRole::caller;
  std::vector<DocEvent> events{weak, call};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "phone_call");
  CHECK_FALSE(events[0].weak);
  CHECK(events[0].evidence.begin == 60);  // the sentence that gives the channel
  CHECK(f.id(events[0].initiator) == "vladimir-putin");
  CHECK(events[0].initiator_role == InitiatorRole::caller);
  CHECK(to_edtf(events[0].date) == "2024-05-06");
}

TEST_CASE("doc event: a country and its leader count as one party", "[extract][doc_event]") {
  Fixture f;
  const int aliyev = f.person("ilham-aliyev"), putin = f.person("vladimir-putin"), aze = f.country("AZE");
  std::vector<DocEvent> events{ev("meeting", {aliyev, putin}, "2024-05-06", 0), ev("meeting", {aze, putin}, "", 70)};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(f.ids(events[0]) == Strings{"ilham-aliyev", "vladimir-putin"});  // the leader speaks for the country
  CHECK(events[0].support == 2);
}

TEST_CASE("doc event: a country's former leader does not speak for it", "[extract][doc_event]") {
  Fixture f;
  const int heydar = f.person("heydar-aliyev"), putin = f.person("vladimir-putin"), aze = f.country("AZE");
  std::vector<DocEvent> events{ev("meeting", {heydar, putin}, "", 0), ev("meeting", {aze, putin}, "", 70)};
  f.merge(events);
  CHECK(events.size() == 2);
}

TEST_CASE("doc event: a report naming fewer of the same people merges into the larger one", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan"), c = f.person("vladimir-putin");
  std::vector<DocEvent> events{ev("meeting", {a, b}, "2024-05-06", 0), ev("meeting", {c, a, b}, "2024-05-06", 90)};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(f.ids(events[0]) == Strings{"ilham-aliyev", "nikol-pashinyan", "vladimir-putin"});
}

TEST_CASE("doc event: a subset on another day is another event", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan"), c = f.person("vladimir-putin");
  std::vector<DocEvent> events{ev("meeting", {a, b}, "2024-05-06", 0), ev("meeting", {c, a, b}, "2024-05-07", 90)};
  f.merge(events);
  CHECK(events.size() == 2);
}

TEST_CASE("doc event: an occurred report wins over a planned one", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan");
  DocEvent planned = ev("meeting", {a, b}, "", 0);
  planned.planned = true;
  std::vector<DocEvent> events{planned, ev("meeting", {a, b}, "2024-05-06", 40)};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK_FALSE(events[0].planned);
  std::vector<DocEvent> both{planned, planned};
  f.merge(both);
  REQUIRE(both.size() == 1);
  CHECK(both[0].planned);
}

TEST_CASE("doc event: a weak continuation adds topics, not its date", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("recep-tayyip-erdogan");
  DocEvent call = ev("phone_call", {a, b}, "2024-05-06", 0);
  DocEvent more = ev("meeting", {a, b}, "2024-11-11", 80);  // "ils ont également parlé de la COP, prévue le 11 novembre"
  more.weak = true;
  more.continuation = true;
  more.planned = true;
  more.topics = {topic("climate")};
  std::vector<DocEvent> events{call, more};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "phone_call");
  CHECK(to_edtf(events[0].date) == "2024-05-06");
  CHECK_FALSE(events[0].planned);
  CHECK(events[0].topics == std::set<uint32_t>{topic("climate")});
}

TEST_CASE("doc event: events with fewer than two participants are dropped", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan");
  std::vector<DocEvent> events{ev("meeting", {a}, "", 0), ev("meeting", {a, b}, "", 30), ev("phone_call", {}, "", 60)};
  f.merge(events);
  REQUIRE(events.size() == 1);
  CHECK(f.ids(events[0]) == Strings{"ilham-aliyev", "nikol-pashinyan"});
}

TEST_CASE("doc event: an unmerged conversation takes the channel of the same people's calls", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("recep-tayyip-erdogan");
  DocEvent call = ev("phone_call", {a, b}, "2024-05-06", 0);
  DocEvent earlier = ev("meeting", {a, b}, "2024-04-20", 80);  // "leur précédente conversation, le 20 avril"
  earlier.weak = true;
  std::vector<DocEvent> events{call, earlier};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(events[1].type == "phone_call");
  CHECK(to_edtf(events[1].date) == "2024-04-20");
}

TEST_CASE("doc event: order of first mention is kept", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan"), c = f.person("vladimir-putin"),
            d = f.person("recep-tayyip-erdogan");
  std::vector<DocEvent> events{ev("meeting", {c, d}, "", 0), ev("meeting", {a, b}, "", 30),
                               ev("meeting", {d, c}, "", 60)};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(f.ids(events[0]) == Strings{"recep-tayyip-erdogan", "vladimir-putin"});
  CHECK(f.ids(events[1]) == Strings{"ilham-aliyev", "nikol-pashinyan"});
  CHECK(events[0].support == 2);
}

TEST_CASE("doc event: a co-occurrence mediation does not merge into a later meeting of its parties",
          "[extract][doc_event]") {
  // "La cérémonie s'est tenue sous l'égide de la Norvège" (inferred), then "A et B s'étaient
  // rencontrés" (structural, undated): merged, the mediation's third party would be lost.
  Fixture f;
  const int santos = f.person("juan-manuel-santos"), londono = f.person("rodrigo-londono");
  const int nor = f.country("NOR");
  DocEvent m = ev("mediation", {nor, santos, londono}, "2016-06-23", 0);
  m.mediator = nor;
  m.inferred = true;
  m.confidence = 0.5;
  DocEvent meet = ev("meeting", {santos, londono}, "", 200);
  std::vector<DocEvent> events{m, meet};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(f.ids(events[0]) == Strings{"juan-manuel-santos", "nor", "rodrigo-londono"});
  // A co-occurrence meeting of the same people still merges into the structural report.
  DocEvent weak = ev("meeting", {santos, londono}, "", 300);
  weak.inferred = true;
  std::vector<DocEvent> two{meet, weak};
  f.merge(two);
  CHECK(two.size() == 1);
}

TEST_CASE("doc event: a past mediation does not merge with a planned meeting of its parties", "[extract][doc_event]") {
  Fixture f;
  const int irq = f.country("IRQ"), sau = f.country("SAU"), irn = f.country("IRN");
  DocEvent m = ev("mediation", {sau, irn, irq}, "2021", 0);
  m.mediator = irq;
  DocEvent planned = ev("meeting", {sau, irn}, "", 200);
  planned.planned = true;
  std::vector<DocEvent> events{m, planned};
  f.merge(events);
  CHECK(events.size() == 2);
}

TEST_CASE("doc event: a conversation held at a place does not take the channel of the pair's calls",
          "[extract][doc_event]") {
  Fixture f;
  const int modi = f.person("narendra-modi"), sharif = f.person("nawaz-sharif");
  DocEvent call = ev("phone_call", {modi, sharif}, "2016-01-05", 0);
  DocEvent talk = ev("meeting", {modi, sharif}, "2015-11-30", 100);
  talk.weak = true;
  talk.place = "Paris";
  std::vector<DocEvent> events{call, talk};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(events[1].type == "meeting");
  // Without a place, the unknown channel is the pair's usual one.
  DocEvent talk2 = ev("meeting", {modi, sharif}, "2015-11-30", 100);
  talk2.weak = true;
  std::vector<DocEvent> events2{call, talk2};
  f.merge(events2);
  REQUIRE(events2.size() == 2);
  CHECK(events2[1].type == "phone_call");
}

TEST_CASE("doc event: an undated report told on another day is not a planned meeting of the same people",
          "[extract][doc_event][multiparty]") {
  Fixture f;
  const int a = f.person("emmanuel-macron"), b = f.person("olaf-scholz");
  DocEvent told = ev("meeting", {a, b}, "", 0);
  told.context_date = date("2019-11-06");
  DocEvent planned = ev("meeting", {a, b}, "2019-12-09", 100);
  planned.planned = true;
  std::vector<DocEvent> events{told, planned};
  f.merge(events);
  CHECK(events.size() == 2);
  // Told on the planned day, or with no narrative date, it is the same meeting.
  told.context_date = date("2019-12-09");
  std::vector<DocEvent> same{told, planned};
  f.merge(same);
  CHECK(same.size() == 1);
}

TEST_CASE("doc event: an undated plan told after a dated report of the same people is their next meeting",
          "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan");
  DocEvent planned = ev("meeting", {a, b}, "", 100);
  planned.planned = true;
  std::vector<DocEvent> events{ev("meeting", {a, b}, "2024-05-06", 0), planned};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK_FALSE(events[0].planned);
  CHECK(events[1].planned);
}

TEST_CASE("doc event: an undated plan is not a meeting dated months before the article", "[extract][doc_event]") {
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan");
  DocEvent planned = ev("meeting", {a, b}, "", 0);
  planned.planned = true;
  std::vector<DocEvent> events{planned, ev("meeting", {a, b}, "2023-09", 100)};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(events[0].planned);
  CHECK_FALSE(events[1].planned);
}

TEST_CASE("doc event: a plan and a report of the same people told of no day are two interactions",
          "[extract][doc_event]") {
  // "Le chancelier a été reçu à l'Elysée par le président. Les deux dirigeants doivent se
  // revoir avant l'été pour arrêter le calendrier."
  Fixture f;
  const int a = f.person("emmanuel-macron"), b = f.person("olaf-scholz");
  DocEvent again = ev("meeting", {a, b}, "", 100);
  again.planned = true;
  again.continuation = true;
  std::vector<DocEvent> events{ev("meeting", {b, a}, "", 0), again};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK_FALSE(events[0].planned);
  CHECK(events[1].planned);
  // Told of one day ("reçu lundi ... Ils devaient dîner ensemble lundi soir"), they are one.
  DocEvent told = ev("meeting", {b, a}, "", 0);
  told.context_date = date("2024-05-06");
  again.date = date("2024-05-06");
  std::vector<DocEvent> same{told, again};
  f.merge(same);
  CHECK(same.size() == 1);
}

TEST_CASE("doc event: a report dated another month than an undated report's narrative is another meeting",
          "[extract][doc_event]") {
  // "Accueilli au palais par son homologue, le président arménien a signé trois accords (told
  // on the narrative's 6 May). Les deux hommes se sont ensuite revus en février à Munich."
  Fixture f;
  const int a = f.person("ilham-aliyev"), b = f.person("nikol-pashinyan");
  DocEvent told = ev("meeting", {a, b}, "", 0);
  told.context_date = date("2024-05-06");
  DocEvent earlier = ev("meeting", {b, a}, "2024-02", 100);
  earlier.continuation = true;
  std::vector<DocEvent> events{told, earlier};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(to_edtf(events[0].date) == "2024-05-06");
  CHECK(to_edtf(events[1].date) == "2024-02");
  // The same month ("début mai") does not say another day: one meeting, as before.
  DocEvent same_month = ev("meeting", {b, a}, "2024-05", 100);
  std::vector<DocEvent> one{told, same_month};
  f.merge(one);
  CHECK(one.size() == 1);
}

TEST_CASE("doc event: a report in the pluperfect is not a plan of the same people", "[extract][doc_event]") {
  // "Le ministre doit être reçu jeudi par le président. Les deux hommes s'étaient déjà croisés
  // à Genève, en marge d'une conférence."
  Fixture f;
  const int a = f.person("emmanuel-macron"), b = f.person("olaf-scholz");
  DocEvent plan = ev("meeting", {a, b}, "2024-05-09", 0);
  plan.planned = true;
  DocEvent before = ev("meeting", {b, a}, "", 100);
  before.inferred = true;
  before.pluperfect = true;
  before.context_date = date("2024-04-22");
  std::vector<DocEvent> events{plan, before};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(events[0].planned);
  CHECK_FALSE(events[1].planned);
  // Told in the present of the narrative ("Les deux hommes évoqueront l'Ukraine"), it is the plan.
  before.pluperfect = false;
  before.planned = true;
  std::vector<DocEvent> same{plan, before};
  f.merge(same);
  CHECK(same.size() == 1);
}

TEST_CASE("doc event: a tête-à-tête of some of a larger meeting's people is its own meeting", "[extract][doc_event]") {
  // "Les trois dirigeants se sont réunis jeudi à Bruxelles. Le chancelier a aussi eu un
  // tête-à-tête avec le président français."
  Fixture f;
  const int a = f.person("emmanuel-macron"), b = f.person("olaf-scholz"), c = f.person("ilham-aliyev");
  DocEvent aside = ev("meeting", {b, a}, "2024-05-02", 100);
  aside.aside = true;
  std::vector<DocEvent> events{ev("meeting", {a, b, c}, "2024-05-02", 0), aside};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(f.ids(events[0]) == Strings{"emmanuel-macron", "ilham-aliyev", "olaf-scholz"});
  CHECK(f.ids(events[1]) == Strings{"emmanuel-macron", "olaf-scholz"});
  // Without the cue the smaller report goes on describing the larger meeting.
  aside.aside = false;
  std::vector<DocEvent> one{ev("meeting", {a, b, c}, "2024-05-02", 0), aside};
  f.merge(one);
  CHECK(one.size() == 1);
  // A tête-à-tête of the same two people as the other report is that meeting.
  aside.aside = true;
  std::vector<DocEvent> same{ev("meeting", {a, b}, "2024-05-02", 0), aside};
  f.merge(same);
  CHECK(same.size() == 1);
}

TEST_CASE("doc event: a plan naming some of a report's people is not that report", "[extract][doc_event][multiparty]") {
  // "La réunion a rassemblé A, B et C (read from co-occurrence, undated) ... A recevra B jeudi."
  Fixture f;
  const int a = f.person("emmanuel-macron"), b = f.person("olaf-scholz"), c = f.person("giorgia-meloni");
  DocEvent summit = ev("meeting", {a, b, c}, "", 0);
  summit.inferred = true;
  DocEvent plan = ev("meeting", {a, b}, "2024-05-09", 100);
  plan.planned = true;
  std::vector<DocEvent> events{summit, plan};
  f.merge(events);
  REQUIRE(events.size() == 2);
  CHECK(f.ids(events[0]) == Strings{"emmanuel-macron", "giorgia-meloni", "olaf-scholz"});
  CHECK_FALSE(events[0].planned);
  CHECK(f.ids(events[1]) == Strings{"emmanuel-macron", "olaf-scholz"});
  CHECK(events[1].planned);
  // Naming more people than the report does not make it the report either.
  DocEvent pair = ev("meeting", {a, b}, "2024-05-06", 0);
  DocEvent wider = ev("meeting", {a, b, c}, "", 100);
  wider.planned = true;
  std::vector<DocEvent> two{pair, wider};
  f.merge(two);
  CHECK(two.size() == 2);
}
