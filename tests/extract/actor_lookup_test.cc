#include "extract/actor_lookup.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract_test_support.h"

using namespace ag::extract;
using ag::extract::test::lexicons;

namespace {

using Strings = std::vector<std::string>;

Strings lookup(const std::string& q) { return lookup_actor(lexicons(), q); }

bool contains(const Strings& v, const std::string& id) { return std::find(v.begin(), v.end(), id) != v.end(); }

}  // namespace

TEST_CASE("actor lookup: full names and their variants", "[extract][actor_lookup]") {
  CHECK(lookup("Ilham Aliyev") == Strings{"ilham-aliyev"});
  CHECK(lookup("Ilham Aliev") == Strings{"ilham-aliyev"});
  CHECK(lookup("ILHAM ALIYEV") == Strings{"ilham-aliyev"});
  CHECK(lookup("Recep Tayyip Erdoğan") == Strings{"recep-tayyip-erdogan"});
  CHECK(lookup("recep tayyip erdogan") == Strings{"recep-tayyip-erdogan"});
  CHECK(lookup("Nikol Pashinyan") == Strings{"nikol-pashinyan"});
  CHECK(lookup("Vladimir Putin") == Strings{"vladimir-putin"});
  CHECK(lookup("  Vladimir   Poutine ") == Strings{"vladimir-putin"});
}

TEST_CASE("actor lookup: derived surnames, case- and diacritic-insensitive", "[extract][actor_lookup]") {
  CHECK(lookup("Erdogan") == Strings{"recep-tayyip-erdogan"});
  CHECK(lookup("erdoğan") == Strings{"recep-tayyip-erdogan"});
  CHECK(lookup("ERDOGAN") == Strings{"recep-tayyip-erdogan"});
  CHECK(lookup("Poutine") == Strings{"vladimir-putin"});
  CHECK(lookup("Putin") == Strings{"vladimir-putin"});
  CHECK(lookup("Pachinian") == Strings{"nikol-pashinyan"});
  CHECK(lookup("pashinyan") == Strings{"nikol-pashinyan"});
  CHECK(lookup("Çavuşoğlu") == Strings{"mevlut-cavusoglu"});
  CHECK(lookup("cavusoglu") == Strings{"mevlut-cavusoglu"});
}

TEST_CASE("actor lookup: a surname shared by several actors gives them all, sorted", "[extract][actor_lookup]") {
  const Strings aliyev = lookup("Aliyev");
  CHECK(contains(aliyev, "ilham-aliyev"));
  CHECK(contains(aliyev, "heydar-aliyev"));
  CHECK(std::is_sorted(aliyev.begin(), aliyev.end()));
  CHECK(std::adjacent_find(aliyev.begin(), aliyev.end()) == aliyev.end());
  CHECK(lookup("Aliev") == aliyev);
}

TEST_CASE("actor lookup: ids", "[extract][actor_lookup]") {
  CHECK(lookup("vladimir-putin") == Strings{"vladimir-putin"});
  CHECK(lookup("eu") == Strings{"eu"});
  CHECK(lookup("aze") == Strings{"aze"});
}

TEST_CASE("actor lookup: countries by name, capital, metonym and demonym", "[extract][actor_lookup]") {
  CHECK(lookup("Azerbaïdjan") == Strings{"aze"});
  CHECK(lookup("azerbaidjan") == Strings{"aze"});
  CHECK(lookup("République d'Azerbaïdjan") == Strings{"aze"});
  CHECK(lookup("République d’Azerbaïdjan") == Strings{"aze"});  // typographic apostrophe
  CHECK(lookup("Bakou") == Strings{"aze"});
  CHECK(lookup("Erevan") == Strings{"arm"});
  CHECK(lookup("azerbaïdjanaise") == Strings{"aze"});
  CHECK(lookup("Turc") == Strings{"tur"});
  CHECK(lookup("Kremlin") == Strings{"rus"});
  CHECK(lookup("Élysée") == Strings{"fra"});
  CHECK(lookup("Russie") == Strings{"rus"});
}

TEST_CASE("actor lookup: organizations by name and acronym", "[extract][actor_lookup]") {
  CHECK(lookup("Union européenne") == Strings{"eu"});
  CHECK(lookup("UE") == Strings{"eu"});
  CHECK(lookup("OTAN") == Strings{"nato"});
  CHECK(lookup("otan") == Strings{"nato"});
  CHECK(lookup("NATO") == Strings{"nato"});
}

TEST_CASE("actor lookup: nothing for empty or unknown queries", "[extract][actor_lookup]") {
  CHECK(lookup("").empty());
  CHECK(lookup("   ").empty());
  CHECK(lookup("Zorglub Testovitch").empty());
  CHECK(lookup("Aliye").empty());  // no prefix matching
  CHECK(lookup("president").empty());
}

// FORMAT.md: "the resolver accepts le, la, l', les before any name"; a query written the
// way the press writes the name should find it too.
TEST_CASE("actor lookup: a leading article", "[extract][actor_lookup]") {
  CHECK(lookup("l'Azerbaïdjan") == Strings{"aze"});
  CHECK(lookup("l'Union européenne") == Strings{"eu"});
  CHECK(lookup("le Kremlin") == Strings{"rus"});
}
