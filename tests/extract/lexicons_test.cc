#include "extract/lexicons.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/fold.h"
#include "extract/lexicon_error.h"
#include "extract_test_support.h"

using namespace ag;
using namespace ag::extract;
using ag::extract::test::lexicons;
using ag::extract::test::TempDir;

namespace {

using Strings = std::vector<std::string>;

Strings sorted_copy(Strings v) {
  std::sort(v.begin(), v.end());
  return v;
}

// The payloads of kind `kind` of the phrase matching the whole of `phrase` (folded first).
std::vector<uint32_t> whole_phrase_payloads(const Lexicons& lex, const std::string& phrase, PhraseKind kind) {
  const std::string folded = fold_key(phrase);
  std::vector<uint32_t> out;
  lex.matcher().scan(folded, [&](const PhraseMatcher::Match& m) {
    if (m.begin != 0 || m.end != folded.size()) return;
    for (uint32_t k = 0; k < m.payload_count; ++k)
      if (payload_kind(m.payloads[k]) == kind) out.push_back(payload_index(m.payloads[k]));
  });
  return out;
}

template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const LexiconError& e) {
    return e.what();
  }
  return "(no LexiconError)";
}

}  // namespace

TEST_CASE("lexicons: expand_alternatives", "[extract][lexicons]") {
  CHECK(expand_alternatives("rencontré") == Strings{"rencontré"});
  CHECK(expand_alternatives("s'(est|était) entretenu(e|)") ==
        Strings{"s'est entretenue", "s'est entretenu", "s'était entretenue", "s'était entretenu"});
  CHECK(expand_alternatives("(a|ont) reçu") == Strings{"a reçu", "ont reçu"});
  // An empty alternative leaves a double space that fold_key collapses.
  const Strings sommet = expand_alternatives("(sommet|mini-sommet) (bilatéral|) entre");
  REQUIRE(sommet.size() == 4);
  CHECK(sommet[1] == "sommet  entre");
  CHECK(fold_key(sommet[1]) == "sommet entre");
  CHECK(expand_alternatives("") == Strings{""});
}

TEST_CASE("lexicons: expand_alternatives rejects unbalanced and nested groups", "[extract][lexicons]") {
  CHECK_THROWS_AS(expand_alternatives("(a|b"), std::invalid_argument);
  CHECK_THROWS_AS(expand_alternatives("a|b)"), std::invalid_argument);
  CHECK_THROWS_AS(expand_alternatives("((a|b)|c)"), std::invalid_argument);
}

TEST_CASE("lexicons: the bundled data loads and validates", "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  CHECK(lex.kb().actors().size() > 500);
  CHECK(lex.kb().find("ilham-aliyev") >= 0);
  CHECK(lex.kb().find("eu") >= 0);
  CHECK(lex.kb().country("AZE") >= 0);
  CHECK(lex.matcher().phrase_count() > 1000);
  // topic ids in the taxonomy's order
  REQUIRE(lex.topic_ids().size() == 12);
  CHECK(lex.topic_ids().front() == "peace_process");
  CHECK(lex.topic_ids()[1] == "borders");
  CHECK(lex.topic_ids().back() == "multilateral_diplomacy");
}

TEST_CASE("lexicons: {D} role phrases bind the demonym's country", "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  for (const auto& [phrase, where] : std::vector<std::pair<std::string, std::string>>{
           {"ministre turc des Affaires étrangères", "TUR"},
           {"ministre turque des Affaires étrangères", "TUR"},
           {"ministre azerbaïdjanais des Affaires étrangères", "AZE"},
           {"ministre russe de la Défense", "RUS"},
           {"porte-parole du ministère russe des Affaires étrangères", "RUS"}}) {
    INFO(phrase);
    const auto roles = whole_phrase_payloads(lex, phrase, PhraseKind::role);
    REQUIRE(roles.size() == 1);
    CHECK(lex.roles()[roles[0]].where == where);
  }
  const auto spokes = whole_phrase_payloads(lex, "porte-parole du ministère russe des Affaires étrangères", PhraseKind::role);
  CHECK(lex.roles()[spokes.at(0)].office == "spokesperson");
  const auto fm = whole_phrase_payloads(lex, "Ministre Turc des affaires etrangeres", PhraseKind::role);
  REQUIRE(fm.size() == 1);
  CHECK(lex.roles()[fm[0]].office == "foreign_minister");
}

TEST_CASE("lexicons: a role phrase may carry several offices", "[extract][lexicons]") {
  // "président" is head of state, and head of government in Iran.
  const Lexicons& lex = lexicons();
  const auto roles = whole_phrase_payloads(lex, "président", PhraseKind::role);
  Strings entries;
  for (uint32_t r : roles) entries.push_back(lex.roles()[r].office + "@" + lex.roles()[r].where);
  CHECK(sorted_copy(entries) == Strings{"head_of_government@IRN", "head_of_state@"});
}

TEST_CASE("lexicons: triggers expand into phrases with their pattern", "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  const auto t = whole_phrase_payloads(lex, "s'est entretenu", PhraseKind::trigger);
  REQUIRE(t.size() == 1);
  CHECK(lex.triggers()[t[0]].type == "contact");
  CHECK(lex.triggers()[t[0]].pattern == TriggerPattern::reciprocal);
  CHECK(lex.triggers()[t[0]].status == TriggerStatus::occurred);
  CHECK(lex.triggers()[t[0]].phrase == "s'est entretenu");

  const auto typo = whole_phrase_payloads(lex, "s’était entretenue", PhraseKind::trigger);  // typographic apostrophe
  CHECK(typo.size() == 1);

  const auto call = whole_phrase_payloads(lex, "a appelé", PhraseKind::trigger);
  REQUIRE(call.size() == 1);
  CHECK(lex.triggers()[call[0]].type == "phone_call");
  CHECK(lex.triggers()[call[0]].pattern == TriggerPattern::transitive);
  CHECK(lex.triggers()[call[0]].subject_initiates);

  const auto planned = whole_phrase_payloads(lex, "se rencontreront", PhraseKind::trigger);
  REQUIRE(planned.size() == 1);
  CHECK(lex.triggers()[planned[0]].status == TriggerStatus::planned);

  const auto egide = whole_phrase_payloads(lex, "sous l'égide de", PhraseKind::trigger);
  REQUIRE(egide.size() == 1);
  CHECK(lex.triggers()[egide[0]].type == "mediation");
  CHECK(lex.triggers()[egide[0]].pattern == TriggerPattern::mediator);
}

TEST_CASE("lexicons: cues, topics and subjects", "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  const auto neg = whole_phrase_payloads(lex, "n'a pas", PhraseKind::cue);
  REQUIRE(neg.size() == 1);
  CHECK(static_cast<CueKind>(neg[0]) == CueKind::negation);
  // "les deux dirigeants" both continues a report and stands for its parties.
  std::vector<CueKind> kinds;
  for (uint32_t c : whole_phrase_payloads(lex, "les deux dirigeants", PhraseKind::cue)) kinds.push_back(static_cast<CueKind>(c));
  CHECK(std::find(kinds.begin(), kinds.end(), CueKind::anaphora) != kinds.end());
  CHECK(std::find(kinds.begin(), kinds.end(), CueKind::continuation) != kinds.end());

  const auto topic = whole_phrase_payloads(lex, "Cessez-le-feu", PhraseKind::topic);
  REQUIRE(topic.size() == 1);
  CHECK(lex.topic_ids()[lex.topic_of_phrase()[topic[0]]] == "peace_process");
  const auto gas = whole_phrase_payloads(lex, "gazoduc", PhraseKind::topic);
  REQUIRE(gas.size() == 1);
  CHECK(lex.topic_ids()[lex.topic_of_phrase()[gas[0]]] == "energy");

  const auto cop = whole_phrase_payloads(lex, "COP 29", PhraseKind::subject);
  REQUIRE(cop.size() == 1);
  CHECK(lex.subjects()[cop[0]].name == "COP29");
  CHECK(lex.subjects()[cop[0]].topic == "climate");
}

TEST_CASE("lexicons: single cue words, first names and honorifics", "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  CHECK(lex.is_cue_word(CueKind::filler, "lundi"));
  CHECK(lex.is_cue_word(CueKind::filler, "l"));  // "l'" without its apostrophe
  CHECK(lex.is_cue_word(CueKind::place, "a"));   // "à", folded
  CHECK(lex.is_cue_word(CueKind::sequence, "puis"));
  CHECK(lex.is_cue_word(CueKind::connector, "et"));
  CHECK_FALSE(lex.is_cue_word(CueKind::filler, "guerre"));
  CHECK_FALSE(lex.is_cue_word(CueKind::connector, "lundi"));

  CHECK(lex.is_first_name("ilham"));
  CHECK(lex.is_first_name("vladimir"));
  CHECK(lex.is_first_name("nikol"));
  CHECK_FALSE(lex.is_first_name("aliyev"));
  CHECK_FALSE(lex.is_first_name("Ilham"));  // folded words only
  CHECK_FALSE(lex.is_first_name(""));

  CHECK(lex.is_honorific("m"));
  CHECK(lex.is_honorific("mme"));
  CHECK(lex.is_honorific("cheikh"));
  CHECK_FALSE(lex.is_honorific("president"));
}

TEST_CASE("lexicons: the word cues the rules look up are found folded, each under its own kind",
          "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  CHECK(lex.is_cue_word(CueKind::noun_determiner, "sa"));
  CHECK(lex.is_cue_word(CueKind::noun_determiner, "l"));  // "l'" without its apostrophe
  CHECK_FALSE(lex.is_cue_word(CueKind::noun_determiner, "des"));
  CHECK(lex.is_cue_word(CueKind::determiner, "des"));
  CHECK_FALSE(lex.is_cue_word(CueKind::determiner, "la"));  // "il la rencontre": the object
  CHECK(lex.is_cue_word(CueKind::object_pronoun, "leur"));
  CHECK(lex.is_cue_word(CueKind::future_support, "tiendra"));
  CHECK(lex.is_cue_word(CueKind::organizer, "copreside"));  // "coprésidé", folded
  CHECK(lex.is_cue_word(CueKind::support, "convoque"));
  CHECK_FALSE(lex.is_cue_word(CueKind::event_verb, "convoque"));
  CHECK(lex.is_cue_word(CueKind::holding, "tenue"));
  CHECK(lex.is_cue_word(CueKind::joining, "part"));
  CHECK(lex.is_cue_word(CueKind::pluperfect, "etaient"));
  CHECK(lex.is_cue_word(CueKind::sequel, "nouveau"));
  CHECK(lex.is_cue_word(CueKind::setting_stop, "qu"));
  CHECK(lex.is_cue_word(CueKind::relative, "qu"));
  CHECK_FALSE(lex.is_cue_word(CueKind::relative, "dont"));
  CHECK(lex.is_cue_word(CueKind::subordinator, "lorsque"));
  CHECK(lex.is_cue_word(CueKind::auxiliary, "sont"));
  CHECK_FALSE(lex.is_cue_word(CueKind::auxiliary, "avait"));
  CHECK(lex.is_cue_word(CueKind::complement_opener, "apres"));
  CHECK_FALSE(lex.is_cue_word(CueKind::complement_opener, "president"));
  CHECK(lex.is_cue_word(CueKind::relative_pronoun, "duquel"));
  CHECK_FALSE(lex.is_cue_word(CueKind::relative_pronoun, "que"));
  CHECK(lex.is_cue_word(CueKind::genitive, "d"));
  CHECK(lex.is_cue_word(CueKind::genitive, "des"));
  CHECK_FALSE(lex.is_cue_word(CueKind::genitive, "la"));
  CHECK(lex.is_cue_word(CueKind::agent_preposition, "par"));
  CHECK_FALSE(lex.is_cue_word(CueKind::agent_preposition, "de"));
  CHECK(lex.is_cue_word(CueKind::article, "l"));
  CHECK_FALSE(lex.is_cue_word(CueKind::article, "un"));
  CHECK(lex.is_cue_word(CueKind::definite_determiner, "leurs"));
  CHECK(lex.is_cue_word(CueKind::indefinite_determiner, "d"));
  CHECK_FALSE(lex.is_cue_word(CueKind::indefinite_determiner, "du"));
  CHECK(lex.is_cue_word(CueKind::a_determiner, "ses"));
  CHECK_FALSE(lex.is_cue_word(CueKind::a_determiner, "leur"));
  CHECK(lex.is_cue_word(CueKind::singular_article, "la"));
  CHECK_FALSE(lex.is_cue_word(CueKind::singular_article, "les"));
  CHECK(lex.is_cue_word(CueKind::have_auxiliary, "avaient"));
  CHECK_FALSE(lex.is_cue_word(CueKind::have_auxiliary, "sont"));
  CHECK(lex.is_cue_word(CueKind::future_auxiliary, "auront"));
  CHECK_FALSE(lex.is_cue_word(CueKind::future_auxiliary, "a"));
  CHECK(lex.is_cue_word(CueKind::call_modifier, "maintes"));
  CHECK_FALSE(lex.is_cue_word(CueKind::call_modifier, "la"));
  CHECK(lex.is_cue_word(CueKind::agent_stop, "lors"));
  CHECK_FALSE(lex.is_cue_word(CueKind::agent_stop, "par"));
  CHECK(lex.is_cue_word(CueKind::article_preposition, "apres"));
  CHECK_FALSE(lex.is_cue_word(CueKind::article_preposition, "de"));
  CHECK(lex.is_cue_word(CueKind::complement_preposition, "concernant"));
  CHECK_FALSE(lex.is_cue_word(CueKind::complement_preposition, "avec"));
}

TEST_CASE("lexicons: trigger flags", "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  const auto flags_of = [&](const std::string& phrase, bool Trigger::*flag) {
    for (uint32_t i : whole_phrase_payloads(lex, phrase, PhraseKind::trigger))
      if (lex.triggers()[i].*flag) return true;
    return false;
  };
  CHECK(flags_of("en présence de", &Trigger::witness));
  CHECK(flags_of("en présence notamment du", &Trigger::witness));
  CHECK_FALSE(flags_of("sous les yeux de", &Trigger::witness));
  CHECK(flags_of("est attendu", &Trigger::trip));
  CHECK_FALSE(flags_of("sera reçu", &Trigger::trip));
  CHECK(flags_of("réunissant", &Trigger::gathering));
  CHECK_FALSE(flags_of("a réuni", &Trigger::gathering));
  CHECK(flags_of("été paraphé", &Trigger::signatories));
  CHECK_FALSE(flags_of("été reçu", &Trigger::signatories));
}

TEST_CASE("lexicons: place nouns by kind, folded", "[extract][lexicons]") {
  const Lexicons& lex = lexicons();
  CHECK(lex.is_place_noun(PlaceNoun::named, "mosquee"));
  CHECK(lex.is_place_noun(PlaceNoun::named, "aeroport"));
  CHECK(lex.is_place_noun(PlaceNoun::region, "nord-ouest"));
  CHECK(lex.is_place_noun(PlaceNoun::region, "est"));
  CHECK_FALSE(lex.is_place_noun(PlaceNoun::region, "mosquee"));
  CHECK_FALSE(lex.is_place_noun(PlaceNoun::named, "president"));
}

TEST_CASE("lexicons: a missing language is a LexiconError", "[extract][lexicons]") {
  const std::string e = error_of([] { Lexicons("", "", "xx"); });
  CHECK(e.find("xx/countries.tsv") != std::string::npos);
}

TEST_CASE("lexicons: errors in a user folder are FILE:LINE of the user's file", "[extract][lexicons]") {
  SECTION("a role at an unknown place") {
    TempDir dir;
    const std::string path = dir.file("fr/roles.tsv", "# roles\nprésident\thead_of_state\t-\nchef\tofficial\tZZZ\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) ==
          path + ":3: unknown place 'ZZZ' (an ISO3 code or an organization id)");
  }
  SECTION("a role line with too few fields") {
    TempDir dir;
    const std::string path = dir.file("fr/roles.tsv", "président\thead_of_state\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":1: expected 3 TAB-separated fields, found 2");
  }
  SECTION("a trigger of an unknown type") {
    TempDir dir;
    const std::string path = dir.file("fr/triggers.tsv", "a rencontré\tmeeting\ttransitive\t-\toccurred\n"
                                                         "a écrit à\tletter\ttransitive\tsubject\toccurred\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) ==
          path + ":2: unknown type 'letter' (phone_call, meeting, mediation, contact)");
  }
  SECTION("a trigger with an unbalanced group") {
    TempDir dir;
    const std::string path = dir.file("fr/triggers.tsv", "\n(a|ont rencontré\tmeeting\ttransitive\t-\toccurred\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":2: bad phrase: unbalanced '('");
  }
  SECTION("a trigger with an unknown initiator") {
    TempDir dir;
    const std::string path = dir.file("fr/triggers.tsv", "a rencontré\tmeeting\ttransitive\tobject\toccurred\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":1: initiator must be subject, agent or -");
  }
  SECTION("a cue of an unknown kind") {
    TempDir dir;
    const std::string path = dir.file("fr/cues.tsv", "negation\tn'a pas\nmaybe\tpeut-être\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":2: unknown cue kind 'maybe'");
  }
  SECTION("a word-only cue of several words") {
    TempDir dir;
    const std::string path = dir.file("fr/cues.tsv", "clause_negation\tpas\nevent_frame\tau terme\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":2: cue kind 'event_frame' takes one word");
  }
  SECTION("a trigger with an unknown flag") {
    TempDir dir;
    const std::string path = dir.file("fr/triggers.tsv",
                                      "en présence de\tmeeting\tjoin\t-\toccurred\twitness\n"
                                      "est attendu\tmeeting\tfrom_agent\tagent\tplanned\ttrip|late\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) ==
          path + ":2: unknown flag 'late' (witness, trip, remote, gathering, signatories, inverted)");
  }
  SECTION("a word cue of several words, for each kind the rules look up word by word") {
    for (const char* kind : {"noun_determiner", "object_pronoun", "determiner", "future_support", "organizer",
                             "support", "holding", "event_verb", "joining", "pluperfect", "sequel", "setting_stop",
                             "complement_opener", "relative", "subordinator", "auxiliary", "companion", "participle",
                             "relative_pronoun", "genitive", "agent_preposition", "article", "definite_determiner",
                             "indefinite_determiner", "a_determiner", "singular_article", "have_auxiliary",
                             "future_auxiliary", "call_modifier", "agent_stop", "article_preposition",
                             "complement_preposition", "thing_object"}) {
      TempDir dir;
      const std::string path = dir.file("fr/cues.tsv", std::string("# cues\n") + kind + "\tau cours\n");
      CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":2: cue kind '" + kind + "' takes one word");
    }
  }
  SECTION("a place noun of an unknown kind") {
    TempDir dir;
    const std::string path = dir.file("fr/places.tsv", "named\tplace|rue\nstreet\tavenue\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":2: unknown place noun kind 'street' (named, region)");
  }
  SECTION("a place noun of two words") {
    TempDir dir;
    const std::string path = dir.file("fr/places.tsv", "# p\nregion\tnord|grand nord\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == path + ":2: place noun 'grand nord' is not one word");
  }
  SECTION("a topic id the taxonomy does not know") {
    TempDir dir;
    const std::string path = dir.file("fr/topics.tsv", "topic\tpaix\tpeace_process\ntopic\tfootball\tsport\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) ==
          path + ":2: unknown topic id 'sport' (see lexicons/taxonomy.tsv)");
  }
  SECTION("a duplicate id in the user's actors folder") {
    TempDir dir;
    dir.file("fr/actors/a.tsv", "person\tjean-dupont\tJean Dupont\tFRA\t-\n");
    const std::string b = dir.file("fr/actors/b.tsv", "# b\nperson\tjean-dupont\tJean Dupond\tFRA\t-\n");
    CHECK(error_of([&] { Lexicons(dir.str(), ""); }) == b + ":2: actor id 'jean-dupont' is defined twice");
  }
}

TEST_CASE("lexicons: a user actors file is merged over the bundled actors", "[extract][lexicons]") {
  TempDir dir;
  const std::string actors = dir.file("my_actors.tsv",
                                      "# my additions\n"
                                      "person\tarmen-testyan\tArmen Testyan\tARM\tArmen Testian\n"
                                      "office\tarmen-testyan\tdefence_minister\tARM\t2020-01-01\t-\n"
                                      "person\tvladimir-putin\tVladimir V. Poutine\tRUS\t-\n");
  const Lexicons lex("", actors);
  const long a = lex.kb().find("armen-testyan");
  REQUIRE(a >= 0);
  CHECK(lex.kb().actors()[static_cast<std::size_t>(a)].country == "ARM");
  // Its office joins the bundled holders (Armenia has a real defence minister too).
  const auto holders = lex.kb().holders("defence_minister", "ARM", *parse_edtf("2024-01-01"));
  CHECK(std::find(holders.begin(), holders.end(), static_cast<uint32_t>(a)) != holders.end());
  CHECK(!whole_phrase_payloads(lex, "Armen Testian", PhraseKind::actor_form).empty());
  // An existing id is replaced, not duplicated; its offices stay.
  const long putin = lex.kb().find("vladimir-putin");
  REQUIRE(putin >= 0);
  CHECK(lex.kb().actors()[static_cast<std::size_t>(putin)].name == "Vladimir V. Poutine");
  CHECK(lex.kb().holds(static_cast<uint32_t>(putin), "head_of_state", *parse_edtf("2024-01-01")));
  // The bundled actors are all still there.
  CHECK(lex.kb().actors().size() == lexicons().kb().actors().size() + 1);
}

TEST_CASE("lexicons: an office of an unknown actor in a user actors file is FILE:LINE", "[extract][lexicons]") {
  TempDir dir;
  const std::string actors = dir.file("my_actors.tsv",
                                      "person\tarmen-testyan\tArmen Testyan\tARM\t-\n"
                                      "\n"
                                      "office\tarmen-testian\tdefence_minister\tARM\t2020-01-01\t-\n");
  CHECK(error_of([&] { Lexicons("", actors); }) == actors + ":3: office of unknown actor 'armen-testian'");
}

TEST_CASE("lexicons: an unreadable user actors file is an error naming it", "[extract][lexicons]") {
  TempDir dir;
  const std::string missing = (dir.path / "nope.tsv").string();
  CHECK_THAT(error_of([&] { Lexicons("", missing); }), Catch::StartsWith(missing + ":"));
}
