#include "extract/actor_kb.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "extract/fold.h"
#include "extract/lexicon_error.h"
#include "extract/lexicon_file.h"
#include "extract_test_support.h"
#include "model/edtf.h"

using namespace ag;
using namespace ag::extract;

namespace {

Date d(const char* edtf) { return *parse_edtf(edtf); }

// One countries file (LexiconFile is move-only: no initializer lists).
std::vector<LexiconFile> countries_file(const std::string& name, const std::string& content) {
  std::vector<LexiconFile> v;
  v.emplace_back(name, content);
  return v;
}

const char* const kCountries =
    "# test countries\n"
    "AZE\tname\tAzerbaïdjan|République d'Azerbaïdjan\n"
    "AZE\tdemonym\tazerbaïdjanais|azerbaïdjanaise\n"
    "AZE\tcapital\tBakou|Baku\n"
    "FRA\tmetonym\tÉlysée|Quai d'Orsay\n"
    "BEL\tcapital\tBruxelles\n"
    "XKX\tname\tKosovo\n";

const char* const kActors =
    "# test actors\n"
    "person\tilham-aliyev\tIlham Aliev\tAZE\tIlham Aliyev\n"
    "office\tilham-aliyev\thead_of_state\tAZE\t2003-10-31\t-\n"
    "person\theydar-aliyev\tHeydar Aliev\tAZE\t-\n"
    "office\theydar-aliyev\thead_of_state\tAZE\t1993-10-10\t2003-10-31\n"
    "person\tursula-von-der-leyen\tUrsula von der Leyen\tDEU\t-\n"
    "office\tursula-von-der-leyen\tleader\teuropean-commission\t2019-12-01\t-\n"
    "org\teuropean-commission\tCommission européenne\tBEL\tCommission de Bruxelles\n"
    "org\teu\tUnion européenne\tBEL\tUE|European Union\n"
    "person\tcharles-iii\tCharles III\tGBR\t-\n"
    "person\tabdel-fattah-al-sisi\tAbdel Fattah al-Sissi\tEGY\t-\n";

ActorKb loaded(const std::string& actors = kActors) {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", kCountries));
  kb.load_actors(LexiconFile("actors.tsv", actors), false);
  kb.finish();
  return kb;
}

std::string id_of(const ActorKb& kb, uint32_t a) { return kb.actors()[a].id; }

std::vector<std::string> holder_ids(const ActorKb& kb, const char* office, const char* where, const Date& date) {
  std::vector<std::string> out;
  for (uint32_t a : kb.holders(office, where, date)) out.push_back(id_of(kb, a));
  return out;
}

// The forms of actor `id` of a kind, as written.
std::vector<std::string> forms_of(const ActorKb& kb, const std::string& id, FormKind kind) {
  std::vector<std::string> out;
  const long a = kb.find(id);
  for (const auto& f : kb.forms())
    if (static_cast<long>(f.actor) == a && f.kind == kind) out.push_back(f.text);
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

using Strings = std::vector<std::string>;

Strings sorted_copy(Strings v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("actor kb: countries take their French name from ICU", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  const long aze = kb.country("AZE");
  REQUIRE(aze >= 0);
  const KbActor& a = kb.actors()[static_cast<std::size_t>(aze)];
  CHECK(a.id == "aze");
  CHECK(a.name == "Azerbaïdjan");
  CHECK(a.kind == ActorKind::country);
  CHECK(a.country == "AZE");
  CHECK(kb.find("aze") == aze);
  const long fra = kb.country("FRA");
  REQUIRE(fra >= 0);
  CHECK(kb.actors()[static_cast<std::size_t>(fra)].name == "France");
  // Only the states the data file describes exist.
  CHECK(kb.country("JPN") == -1);
  CHECK(kb.country("") == -1);
}

TEST_CASE("actor kb: Kosovo is XKX, not ICU's XKK", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  const long xkx = kb.country("XKX");
  REQUIRE(xkx >= 0);
  CHECK(kb.actors()[static_cast<std::size_t>(xkx)].id == "xkx");
  CHECK(kb.country("XKK") == -1);
}

TEST_CASE("actor kb: names, capitals, metonyms and demonyms of countries", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  CHECK(forms_of(kb, "aze", FormKind::capital) == Strings{"Bakou", "Baku"});
  CHECK(forms_of(kb, "fra", FormKind::metonym) == Strings{"Élysée", "Quai d'Orsay"});
  const Strings names = forms_of(kb, "aze", FormKind::country_name);
  CHECK(std::find(names.begin(), names.end(), "Azerbaïdjan") != names.end());
  CHECK(std::find(names.begin(), names.end(), "République d'Azerbaïdjan") != names.end());
  using Demonym = std::pair<std::string, std::string>;
  const std::vector<Demonym> dem = kb.demonyms();
  CHECK(dem == std::vector<Demonym>{{"azerbaïdjanais", "AZE"}, {"azerbaïdjanaise", "AZE"}});
}

TEST_CASE("actor kb: persons, organizations and their forms", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  const long ilham = kb.find("ilham-aliyev");
  REQUIRE(ilham >= 0);
  const KbActor& a = kb.actors()[static_cast<std::size_t>(ilham)];
  CHECK(a.name == "Ilham Aliev");
  CHECK(a.kind == ActorKind::person);
  CHECK(a.country == "AZE");
  CHECK(a.offices.size() == 1);
  CHECK(forms_of(kb, "ilham-aliyev", FormKind::full_name) == Strings{"Ilham Aliev", "Ilham Aliyev"});
  // Surnames are derived from the last word of each full name.
  CHECK(forms_of(kb, "ilham-aliyev", FormKind::surname) == Strings{"Aliev", "Aliyev"});

  const long eu = kb.find("eu");
  REQUIRE(eu >= 0);
  CHECK(kb.actors()[static_cast<std::size_t>(eu)].kind == ActorKind::organization);
  CHECK(kb.actors()[static_cast<std::size_t>(eu)].country == "BEL");
  CHECK(forms_of(kb, "eu", FormKind::org_name) == Strings{"Union européenne", "European Union"});
  CHECK(forms_of(kb, "eu", FormKind::acronym) == Strings{"UE"});
  CHECK(kb.find("nobody") == -1);
}

TEST_CASE("actor kb: surnames with particles, regnal numbers and al-", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  CHECK(forms_of(kb, "ursula-von-der-leyen", FormKind::surname) == Strings{"von der Leyen"});
  CHECK(forms_of(kb, "charles-iii", FormKind::surname).empty());  // "III" is no surname
  CHECK(sorted_copy(forms_of(kb, "abdel-fattah-al-sisi", FormKind::surname)) == Strings{"Sissi", "al-Sissi"});
}

TEST_CASE("actor kb: Portuguese particles begin a surname", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", kCountries));
  kb.load_actors(LexiconFile("actors.tsv", "person\tjoao-do-vale\tJoão do Vale\t-\t-\n"), false);
  kb.finish();
  CHECK(forms_of(kb, "joao-do-vale", FormKind::surname) == Strings{"do Vale"});
  CHECK(is_name_particle("do"));
  CHECK(is_name_particle("dos"));
  CHECK_FALSE(is_name_particle("des"));
}

TEST_CASE("actor kb: a family name written first is a surname where the press writes it so", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", "KOR\tname_order\tfamily_first\nTWN\tname_order\tfamily_first\n"));
  kb.load_actors(LexiconFile("actors.tsv",
                             "person\tyoon-suk-yeol\tYoon Suk-yeol\tKOR\t-\n"
                             "person\tlai-ching-te\tLai Ching-te\tTWN\tWilliam Lai\n"
                             "person\tnaftali-bennett\tNaftali Bennett\tISR\t-\n"),
                 false);
  kb.finish();
  CHECK(sorted_copy(forms_of(kb, "yoon-suk-yeol", FormKind::surname)) == Strings{"Suk-yeol", "Yoon"});
  // "William Lai" opens on a Western given name: "William" is no surname.
  CHECK(sorted_copy(forms_of(kb, "lai-ching-te", FormKind::surname)) == Strings{"Ching-te", "Lai", "Lai"});
  CHECK(forms_of(kb, "naftali-bennett", FormKind::surname) == Strings{"Bennett"});
  CHECK_THROWS_AS(kb.load_countries(countries_file("c.tsv", "KOR\tname_order\tgiven_first\n")), LexiconError);
}

TEST_CASE("actor kb: a given name is a surname where the press names people by it alone", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", "THA\tname_order\tgiven_name\n"));
  kb.load_actors(LexiconFile("actors.tsv",
                             "person\tanutin-charnvirakul\tAnutin Charnvirakul\tTHA\t-\n"
                             "person\tdon-pramudwinai\tDon Pramudwinai\tTHA\t-\n"
                             "person\tnaftali-bennett\tNaftali Bennett\tISR\t-\n"),
                 false);
  kb.finish();
  CHECK(sorted_copy(forms_of(kb, "anutin-charnvirakul", FormKind::surname)) == Strings{"Anutin", "Charnvirakul"});
  // Three letters are too few to stand alone ("Don").
  CHECK(forms_of(kb, "don-pramudwinai", FormKind::surname) == Strings{"Pramudwinai"});
  CHECK(forms_of(kb, "naftali-bennett", FormKind::surname) == Strings{"Bennett"});
}

TEST_CASE("actor kb: a given name agrees with a person's names by its first letters", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  const auto ilham = static_cast<uint32_t>(kb.find("ilham-aliyev"));
  CHECK(kb.may_have_name_word(ilham, "ilham"));
  CHECK(kb.may_have_name_word(ilham, "ilhame"));  // another transliteration
  CHECK(kb.may_have_name_word(ilham, "alijev"));
  CHECK_FALSE(kb.may_have_name_word(ilham, "heydar"));
}

TEST_CASE("actor kb: office holders at a date", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("1998-05-04")) == Strings{"heydar-aliyev"});
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("2018-05-04")) == Strings{"ilham-aliyev"});
  // Terms are inclusive: on the handover day both held it, in the order of their terms.
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("2003-10-31")) == Strings{"heydar-aliyev", "ilham-aliyev"});
  // A month or a year covers every day of it.
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("2003")) == Strings{"heydar-aliyev", "ilham-aliyev"});
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("2003-11")) == Strings{"ilham-aliyev"});
  // A date without a year: any holder.
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("XXXX-05-04")) == Strings{"heydar-aliyev", "ilham-aliyev"});
  CHECK(holder_ids(kb, "head_of_state", "AZE", Date{}) == Strings{"heydar-aliyev", "ilham-aliyev"});
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("1990-01-01")).empty());
  CHECK(holder_ids(kb, "foreign_minister", "AZE", d("2018-05-04")).empty());
  CHECK(holder_ids(kb, "leader", "european-commission", d("2024-01-01")) == Strings{"ursula-von-der-leyen"});
}

TEST_CASE("actor kb: holds() tells an actor's office and place at a date", "[extract][actor_kb]") {
  const ActorKb kb = loaded();
  const auto ilham = static_cast<uint32_t>(kb.find("ilham-aliyev"));
  const auto heydar = static_cast<uint32_t>(kb.find("heydar-aliyev"));
  std::string where;
  CHECK(kb.holds(ilham, "head_of_state", d("2020-01-01"), &where));
  CHECK(where == "AZE");
  where.clear();
  CHECK(kb.holds(ilham, "", d("2020-01-01"), &where));
  CHECK(where == "AZE");
  CHECK_FALSE(kb.holds(ilham, "head_of_state", d("2000-01-01")));
  CHECK_FALSE(kb.holds(ilham, "foreign_minister", d("2020-01-01")));
  CHECK_FALSE(kb.holds(heydar, "", d("2020-01-01")));
  CHECK(kb.holds(heydar, "", d("1995")));
  const auto eu = static_cast<uint32_t>(kb.find("eu"));
  CHECK_FALSE(kb.holds(eu, "", d("2020-01-01")));
}

TEST_CASE("actor kb: an office may be listed before its holder", "[extract][actor_kb]") {
  const ActorKb kb = loaded(
      "office\tjeyhun-bayramov\tforeign_minister\tAZE\t2020-07-16\t-\n"
      "person\tjeyhun-bayramov\tJeyhun Bayramov\tAZE\t-\n");
  CHECK(holder_ids(kb, "foreign_minister", "AZE", d("2024-01-01")) == Strings{"jeyhun-bayramov"});
}

TEST_CASE("actor kb: a duplicate id is FILE:LINE", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", kCountries));
  const LexiconFile f("fr/actors/test.tsv",
                      "person\tilham-aliyev\tIlham Aliev\tAZE\t-\n"
                      "# comment\n"
                      "person\tilham-aliyev\tIlham Aliyev\tAZE\t-\n");
  CHECK(error_of([&] { kb.load_actors(f, false); }) == "fr/actors/test.tsv:3: actor id 'ilham-aliyev' is defined twice");
}

TEST_CASE("actor kb: an id defined in two files is an error in the second", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", kCountries));
  kb.load_actors(LexiconFile("a.tsv", "org\teu\tUnion européenne\tBEL\tUE\n"), false);
  CHECK(error_of([&] { kb.load_actors(LexiconFile("b.tsv", "\norg\teu\tUE\tBEL\t-\n"), false); }) ==
        "b.tsv:2: actor id 'eu' is defined twice");
}

TEST_CASE("actor kb: a user file overrides an existing actor", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", kCountries));
  kb.load_actors(LexiconFile("bundled.tsv", kActors), false);
  kb.load_actors(LexiconFile("user.tsv", "person\tilham-aliyev\tIlham Əliyev\tAZE\t-\n"), true);
  kb.finish();
  const long a = kb.find("ilham-aliyev");
  REQUIRE(a >= 0);
  CHECK(kb.actors()[static_cast<std::size_t>(a)].name == "Ilham Əliyev");
  // Still one actor with that id, still in office.
  std::size_t count = 0;
  for (const auto& x : kb.actors()) count += x.id == "ilham-aliyev";
  CHECK(count == 1);
  CHECK(holder_ids(kb, "head_of_state", "AZE", d("2020-01-01")) == Strings{"ilham-aliyev"});
}

TEST_CASE("actor kb: an office of an unknown actor is FILE:LINE at finish()", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", kCountries));
  kb.load_actors(LexiconFile("people.tsv",
                             "person\tilham-aliyev\tIlham Aliev\tAZE\t-\n"
                             "\n"
                             "office\tilam-aliyev\thead_of_state\tAZE\t2003-10-31\t-\n"),
                 false);
  CHECK(error_of([&] { kb.finish(); }) == "people.tsv:3: office of unknown actor 'ilam-aliyev'");
}

TEST_CASE("actor kb: an office at an unknown organization is FILE:LINE", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("countries.tsv", kCountries));
  kb.load_actors(LexiconFile("people.tsv",
                             "person\tmark-rutte\tMark Rutte\tNLD\t-\n"
                             "office\tmark-rutte\tleader\tnato\t2024-10-01\t-\n"),
                 false);
  CHECK(error_of([&] { kb.finish(); }) == "people.tsv:2: office at unknown place 'nato'");
}

TEST_CASE("actor kb: malformed actor records are FILE:LINE errors", "[extract][actor_kb]") {
  auto err = [](const std::string& content) {
    ActorKb kb;
    kb.load_countries(countries_file("countries.tsv", kCountries));
    return error_of([&] {
      kb.load_actors(LexiconFile("a.tsv", content), false);
      kb.finish();
    });
  };
  CHECK(err("person\tIlham-Aliyev\tIlham Aliev\tAZE\t-\n") == "a.tsv:1: id 'Ilham-Aliyev' is not a lowercase slug");
  CHECK(err("person\tilham-aliyev\tIlham Aliev\tAz\t-\n") == "a.tsv:1: 'Az' is not an ISO 3166-1 alpha-3 code");
  CHECK(err("person\tilham-aliyev\tIlham Aliev\n") == "a.tsv:1: expected 4 to 5 TAB-separated fields, found 3");
  CHECK(err("people\tilham-aliyev\tIlham Aliev\tAZE\t-\n") ==
        "a.tsv:1: unknown record kind 'people' (person, org, office)");
  CHECK(err("person\tx-y\tX Y\tAZE\t-\noffice\tx-y\thead_of_state\tAZE\t2003-13-01\t-\n") ==
        "a.tsv:2: '2003-13-01' is not a date YYYY-MM-DD");
  CHECK(err("person\tx-y\tX Y\tAZE\t-\noffice\tx-y\thead_of_state\tAZE\t2003\t-\n") ==
        "a.tsv:2: '2003' is not a date YYYY-MM-DD");
  CHECK(err("person\tx-y\tX Y\tAZE\t-\noffice\tx-y\thead_of_state\tAZE\t2010-01-01\t2009-01-01\n") ==
        "a.tsv:2: the term ends before it starts");
  CHECK(err("person\tx-y\tX Y\tAZE\t-\noffice\tx-y\t\tAZE\t2010-01-01\t-\n") ==
        "a.tsv:2: office and place must be given");
  CHECK(err("person\tx-y\tX Y\tAZE\t-\noffice\tx-y\thead_of_state\t\t2010-01-01\t-\n") ==
        "a.tsv:2: office and place must be given");
}

// FORMAT.md: "An empty optional field is written -". The office and its place are not
// optional, so "-" there must be refused like an empty field.
TEST_CASE("actor kb: '-' for an office or its place is an error", "[extract][actor_kb]") {
  auto err = [](const std::string& content) {
    ActorKb kb;
    kb.load_countries(countries_file("countries.tsv", kCountries));
    return error_of([&] {
      kb.load_actors(LexiconFile("a.tsv", content), false);
      kb.finish();
    });
  };
  CHECK_THAT(err("person\tx-y\tX Y\tAZE\t-\noffice\tx-y\t-\tAZE\t2010-01-01\t-\n"),
             Catch::StartsWith("a.tsv:2: "));
  CHECK_THAT(err("person\tx-y\tX Y\tAZE\t-\noffice\tx-y\thead_of_state\t-\t2010-01-01\t-\n"),
             Catch::StartsWith("a.tsv:2: "));
}

TEST_CASE("actor kb: malformed country records are FILE:LINE errors", "[extract][actor_kb]") {
  auto err = [](const std::string& content) {
    ActorKb kb;
    return error_of([&] { kb.load_countries(countries_file("c.tsv", content)); });
  };
  CHECK(err("# x\nAz\tname\tAzerbaïdjan\n") == "c.tsv:2: 'Az' is not an ISO 3166-1 alpha-3 code");
  CHECK(err("AZE\tflag\tbleu\n") ==
        "c.tsv:1: unknown field 'flag' (name, demonym, capital, metonym, monarch, leader, name_order)");
  CHECK(err("IND\tleader\tprime_minister\n") == "c.tsv:1: leader takes 'head_of_state' or 'head_of_government'");
  CHECK(err("AZE\tcapital\t|\n") == "c.tsv:1: no value");
  CHECK(err("AZE\tcapital\n") == "c.tsv:1: expected 3 TAB-separated fields, found 2");
}

TEST_CASE("actor kb: slugify", "[extract][actor_kb]") {
  CHECK(slugify("Sergueï Lavrov") == "serguei-lavrov");
  CHECK(slugify("  Recep Tayyip Erdoğan ") == "recep-tayyip-erdogan");
  CHECK(slugify("Jean-Noël Barrot") == "jean-noel-barrot");
  CHECK(slugify("Maria Zakharova") == "maria-zakharova");
  CHECK(slugify("Abdel Fattah al-Sissi") == "abdel-fattah-al-sissi");
  CHECK(slugify("Mohammed ben Salmane") == "mohammed-ben-salmane");
  CHECK(slugify("Çavuşoğlu!") == "cavusoglu");
  CHECK(slugify("L’Œuvre d'Orient") == "l-oeuvre-d-orient");
  CHECK(slugify("") == "");
}

// ---------- the bundled knowledge base ----------

// The loader accepts any office id, but the role lexicon only asks for these: a misspelt
// office in the data would silently never resolve.
TEST_CASE("actor kb: bundled offices use only the office ids the role lexicon asks for", "[extract][actor_kb]") {
  const ActorKb& kb = ag::extract::test::lexicons().kb();
  const std::set<std::string> known = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                                       "crown_prince",  "leader",             "spokesperson"};
  Strings unknown;
  for (const Office& o : kb.offices())
    if (!known.count(o.office)) unknown.push_back(kb.actors()[o.actor].id + ": " + o.office);
  CHECK(unknown == Strings{});
}

TEST_CASE("actor kb: bundled holders of offices the coverage additions date", "[extract][actor_kb]") {
  const ActorKb& kb = ag::extract::test::lexicons().kb();
  CHECK(holder_ids(kb, "head_of_state", "GAB", d("2024-03-01")) == Strings{"brice-oligui-nguema"});
  CHECK(holder_ids(kb, "head_of_state", "GAB", d("2020-03-01")) == Strings{"ali-bongo-ondimba"});
  CHECK(holder_ids(kb, "leader", "hezbollah", d("2023-05-01")) == Strings{"hassan-nasrallah"});
  CHECK(holder_ids(kb, "leader", "hezbollah", d("2025-05-01")) == Strings{"naim-qassem"});
  CHECK(holder_ids(kb, "foreign_minister", "VAT", d("2020-01-01")) == Strings{"paul-richard-gallagher"});
  // Togo's constitution of 2024: Faure Gnassingbé heads the government from May 2025.
  CHECK(holder_ids(kb, "head_of_state", "TGO", d("2025-06-01")) == Strings{"jean-lucien-savi-de-tove"});
  CHECK(holder_ids(kb, "head_of_government", "TGO", d("2025-06-01")) == Strings{"faure-gnassingbe"});
  CHECK(holder_ids(kb, "head_of_state", "SOM", d("2019-01-01")) == Strings{"mohamed-abdullahi-farmaajo"});
}

TEST_CASE("actor kb: a country's monarch titles are folded; a republic has none", "[extract][actor_kb]") {
  ActorKb kb;
  kb.load_countries(countries_file("c.tsv", "BEL\tmonarch\troi|Souverain\nAZE\tcapital\tBakou\n"));
  const long bel = kb.country("BEL"), aze = kb.country("AZE");
  REQUIRE(bel >= 0);
  REQUIRE(aze >= 0);
  CHECK(kb.is_monarch_title(static_cast<uint32_t>(bel), "roi"));
  CHECK(kb.is_monarch_title(static_cast<uint32_t>(bel), "souverain"));
  CHECK_FALSE(kb.is_monarch_title(static_cast<uint32_t>(bel), "emir"));
  CHECK_FALSE(kb.is_monarch_title(static_cast<uint32_t>(aze), "roi"));
}
