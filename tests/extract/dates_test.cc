#include "extract/dates.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/fold.h"
#include "extract/lexicon_error.h"
#include "lexicons/embedded_lexicons.h"
#include "model/edtf.h"

using namespace ag;
using namespace ag::extract;
using Relation = DateMention::Relation;

namespace {

Date d(const char* edtf) {
  if (!*edtf) return Date{};
  auto p = parse_edtf(edtf);
  REQUIRE(p);
  return *p;
}

// The mentions of a sentence written naturally (accents, capitals): folded first, as the
// pipeline does.
std::vector<DateMention> dates(const std::string& sentence, const char* reference) {
  return find_dates(fold_key(sentence), d(reference));
}

// The only mention of `sentence`, checked to exist.
DateMention one(const std::string& sentence, const char* reference) {
  auto all = dates(sentence, reference);
  INFO(sentence << " @ " << reference);
  REQUIRE(all.size() == 1);
  return all[0];
}

std::string resolved(const std::string& sentence, const char* reference) {
  return to_edtf(one(sentence, reference).date);
}

std::string span(const std::string& folded, const DateMention& m) {
  return folded.substr(m.begin, m.end - m.begin);
}

}  // namespace

// Reference 2024-09-17 is a Tuesday throughout.

TEST_CASE("day and month dates", "[extract][dates]") {
  CHECK(resolved("Il a reçu le 3 avril un coup de fil", "2024-04-03") == "2024-04-03");
  CHECK(resolved("le 1er mars 2021", "2024-09-17") == "2021-03-01");
  CHECK(resolved("3 avril 2024", "2024-09-17") == "2024-04-03");
  CHECK(resolved("la signature, le 30 août, des règlements", "2024-09-17") == "2024-08-30");
  CHECK(resolved("le 17/09/2024", "") == "2024-09-17");
  CHECK(resolved("le 17.09.2024", "") == "2024-09-17");
  CHECK(resolved("publié 2024-09-17", "") == "2024-09-17");
  CHECK(resolved("le 5 sept. 2023", "") == "2023-09-05");
  CHECK(resolved("Mardi 5 mars", "2024-09-17") == "2024-03-05");
  CHECK(resolved("le 27 septembre dernier", "2024-09-17") == "2023-09-27");
  CHECK(resolved("le 5 avril prochain", "2024-09-17") == "2025-04-05");
  CHECK(resolved("le 10 septembre 2024.", "2024-09-17") == "2024-09-10");
}

TEST_CASE("a day or month read as coming also gives its past reading", "[extract][dates]") {
  // In an article of 7 December, "le 6 février" is next February for what is announced, and
  // last February for what is reported in the past tense.
  const DateMention m = one("le 6 février", "2023-12-07");
  CHECK(to_edtf(m.date) == "2024-02-06");
  CHECK(to_edtf(m.past) == "2023-02-06");
  CHECK(to_edtf(one("en janvier", "2023-12-07").past) == "2023-01");
  // Already in the past, or with its year written: nothing else to say.
  CHECK(one("le 6 novembre", "2023-12-07").past.empty());
  CHECK(one("le 12 mai", "2024-05-08").past.empty());  // days ahead: a wrong day, more likely
  CHECK(one("le 6 février 2024", "2023-12-07").past.empty());
}

TEST_CASE("a day or month without a year read as past also gives its coming reading", "[extract][dates]") {
  // "se retrouveront en juillet" in a March article: this July, for what is announced.
  const DateMention m = one("en juillet", "2025-03-13");
  CHECK(to_edtf(m.date) == "2024-07");
  CHECK(to_edtf(m.ahead) == "2025-07");
  CHECK(to_edtf(one("le 5 juillet", "2025-03-13").ahead) == "2025-07-05");
  // Beyond the window a future cue opens (~10 months), nothing.
  CHECK(one("le 5 mars", "2025-03-13").ahead.empty());
  CHECK(one("en mars", "2025-03-13").ahead.empty());
}

TEST_CASE("parts of the current month and week", "[extract][dates]") {
  CHECK(resolved("reçue à Pékin au milieu du mois", "2025-10-31") == "2025-10");
  CHECK(resolved("en début de semaine", "2024-09-17") == "2024-09");
  CHECK(resolved("le week-end dernier", "2024-09-17") == "2024-09");
}

TEST_CASE("the span covers the expression and its article", "[extract][dates]") {
  const std::string s = fold_key("Ilham Aliyev a reçu le 3 avril un coup de fil.");
  auto all = find_dates(s, d("2024-04-03"));
  REQUIRE(all.size() == 1);
  CHECK(span(s, all[0]) == "le 3 avril");
  const std::string t = fold_key("depuis 1991, lorsque l'armée");
  auto m = find_dates(t, d("2024-09-17"));
  REQUIRE(m.size() == 1);
  CHECK(span(t, m[0]) == "depuis 1991");
}

TEST_CASE("month and year dates", "[extract][dates]") {
  CHECK(resolved("les discussions qu'il a eues en février avec", "2024-04-03") == "2024-02");
  CHECK(resolved("en février 2023", "2024-09-17") == "2023-02");
  CHECK(resolved("En septembre 2023, l'Azerbaïdjan", "2024-09-17") == "2023-09");
  CHECK(resolved("en septembre dernier", "2024-09-17") == "2023-09");
  CHECK(resolved("en août dernier", "2024-09-17") == "2024-08");
  CHECK(resolved("en mars prochain", "2024-09-17") == "2025-03");
  CHECK(resolved("mars 2022", "2024-09-17") == "2022-03");
  CHECK(resolved("début mars", "2024-09-17") == "2024-03");
  CHECK(resolved("à la mi-mars", "2024-09-17") == "2024-03");
  CHECK(resolved("la réunion de Prague en 2022", "2024-04-03") == "2022");
  CHECK(resolved("à l'automne 2020 au terme d'une guerre", "2024-09-17") == "2020");
  CHECK(resolved("au printemps 2021", "2024-09-17") == "2021");
  CHECK(resolved("fin 2019", "2024-09-17") == "2019");
  CHECK(resolved("l'année 2022", "2024-09-17") == "2022");
  CHECK(resolved("en l'année 2022", "2024-09-17") == "2022");
  CHECK(resolved("courant 2024", "2024-09-17") == "2024");
  CHECK(resolved("le sommet de juin", "2024-09-17") == "2024-06");
}

TEST_CASE("weekdays resolve against the reference", "[extract][dates]") {
  CHECK(resolved("se sont entretenus par téléphone, lundi, au sujet", "2024-09-17") == "2024-09-16");
  CHECK(resolved("lundi dernier", "2024-09-17") == "2024-09-16");
  CHECK(resolved("jeudi dernier", "2024-09-17") == "2024-09-12");
  CHECK(resolved("mardi", "2024-09-17") == "2024-09-17");  // in a Tuesday article, today
  CHECK(resolved("mardi dernier", "2024-09-17") == "2024-09-10");
  CHECK(resolved("ce mardi", "2024-09-17") == "2024-09-17");
  CHECK(resolved("ce lundi", "2024-09-17") == "2024-09-16");
  CHECK(resolved("mardi prochain", "2024-09-17") == "2024-09-24");
  CHECK(resolved("le lundi 16 septembre", "2024-09-17") == "2024-09-16");

  auto fri = one("ce vendredi", "2024-09-17");
  CHECK(to_edtf(fri.date) == "2024-09-20");
  CHECK(fri.relative);
  CHECK(fri.future);
  auto next = one("vendredi prochain", "2024-09-17");
  CHECK(to_edtf(next.date) == "2024-09-20");
  CHECK(next.future);

  // "lundi 12": the 12th that falls on a Monday, near the reference.
  CHECK(resolved("lundi 12", "2024-09-17") == "2024-08-12");
  CHECK(resolved("jeudi 12", "2024-09-17") == "2024-09-12");
}

TEST_CASE("a future cue before an earlier date does not reach a later bare weekday", "[extract][dates]") {
  // 2024-09-17 is a Tuesday: "jeudi" is the coming one, "lundi" the last one.
  const auto all = dates("Le ministre, qui se rendra jeudi à Rome, a rencontré lundi son homologue.", "2024-09-17");
  REQUIRE(all.size() == 2);
  CHECK(to_edtf(all[0].date) == "2024-09-19");
  CHECK(to_edtf(all[1].date) == "2024-09-16");
}

TEST_CASE("a bare weekday after a future cue may be today or later", "[extract][dates]") {
  // 2020-10-09 is a Friday.
  CHECK(resolved("a déclaré vendredi le ministère", "2020-10-09") == "2020-10-09");
  CHECK(resolved("les pourparlers devant avoir lieu plus tard vendredi", "2020-10-09") == "2020-10-09");
  CHECK(resolved("le sommet doit se tenir lundi", "2020-10-09") == "2020-10-12");
}

TEST_CASE("relative days", "[extract][dates]") {
  struct Case {
    const char* text;
    const char* date;
    bool future;
  };
  const Case cases[] = {
      {"hier", "2024-09-16", false},        {"hier soir", "2024-09-16", false},
      {"avant-hier", "2024-09-15", false},  {"aujourd'hui", "2024-09-17", false},
      {"aujourd’hui", "2024-09-17", false}, {"ce matin", "2024-09-17", false},
      {"ce soir", "2024-09-17", false},     {"cet après-midi", "2024-09-17", false},
      {"demain", "2024-09-18", true},       {"après-demain", "2024-09-19", true},
      {"la veille", "2024-09-16", false},   {"le lendemain", "2024-09-18", true},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto m = one(std::string("Il l'a dit ") + c.text + ".", "2024-09-17");
    CHECK(to_edtf(m.date) == c.date);
    CHECK(m.relative);
    CHECK(m.future == c.future);
    CHECK(m.relation == Relation::none);
  }
}

TEST_CASE("'ce jour' is the publication day, 'ce jour-là' the reported context's", "[extract][dates]") {
  const DateMention m = one("Le ministre s'est rendu ce jour à Tunis.", "2024-09-17");
  CHECK(to_edtf(m.date) == "2024-09-17");
  CHECK(m.relation == Relation::none);
  const DateMention that_day = one("Ils se sont vus ce jour-là à Tunis.", "2024-09-17");
  CHECK(that_day.from_context);
  CHECK(that_day.context_days == 0);
}

TEST_CASE("relative weeks, months, years and seasons", "[extract][dates]") {
  CHECK(resolved("la semaine dernière", "2024-09-17") == "2024-09");  // 9-15 September
  CHECK(resolved("cette semaine", "2024-10-01") == "2024");           // 30 September - 6 October
  CHECK(resolved("le mois dernier", "2024-01-10") == "2023-12");
  CHECK(resolved("le mois prochain", "2024-06") == "2024-07");
  CHECK(resolved("l'an dernier", "2024-09-17") == "2023");
  CHECK(resolved("l'année prochaine", "2024-09-17") == "2025");
  CHECK(resolved("cette année", "2024-09-17") == "2024");
  CHECK(resolved("cet été", "2024-09-17") == "2024");
  CHECK(resolved("l'automne dernier", "2024-09-17") == "2023");
  CHECK(resolved("l'été dernier", "2024-10-17") == "2024");
}

TEST_CASE("a day and month without a year take the nearest plausible year", "[extract][dates]") {
  CHECK(resolved("le 28 décembre", "2024-01-05") == "2023-12-28");  // more than 2 months ahead
  CHECK(resolved("le 3 janvier", "2024-01-05") == "2024-01-03");
  CHECK(resolved("le 3 janvier", "2024-12-20") == "2025-01-03");  // two weeks ahead
  CHECK(resolved("le 28 novembre", "2024-09-17") == "2023-11-28");
  CHECK(resolved("le 10 novembre", "2024-09-17") == "2024-11-10");

  auto planned = one("la réunion tripartite prévue le 5 avril", "2024-04-03");
  CHECK(to_edtf(planned.date) == "2024-04-05");
  CHECK(planned.future);
  CHECK_FALSE(planned.relative);
  // A future cue widens the window: a conference announced months ahead.
  CHECK(resolved("la conférence prévue le 28 novembre", "2024-09-17") == "2024-11-28");
  CHECK(resolved("le sommet se tiendra en mai", "2024-09-17") == "2025-05");
  CHECK(resolved("en mai", "2024-09-17") == "2024-05");
  // 29 February: the nearest leap year.
  CHECK(resolved("le 29 février", "2023-06-01") == "2020-02-29");
}

TEST_CASE("ranges", "[extract][dates]") {
  const std::string s = fold_key("la COP 29, que l'Azerbaïdjan doit accueillir du 11 au 22 novembre, ainsi que");
  auto all = find_dates(s, d("2024-09-17"));
  REQUIRE(all.size() == 1);
  CHECK(span(s, all[0]) == "du 11 au 22 novembre");
  CHECK(all[0].relation == Relation::range);
  CHECK(to_edtf(all[0].date) == "2024-11-11");
  CHECK(to_edtf(all[0].last) == "2024-11-22");
  CHECK(all[0].future);
  CHECK_FALSE(all[0].noun_modifier);

  auto two = one("les 5 et 6 avril", "2024-09-17");
  CHECK(two.relation == Relation::range);
  CHECK(to_edtf(two.date) == "2024-04-05");
  CHECK(to_edtf(two.last) == "2024-04-06");
  auto years = one("entre 2020 et 2022", "2024-09-17");
  CHECK(years.relation == Relation::range);
  CHECK(to_edtf(years.date) == "2020");
  CHECK(to_edtf(years.last) == "2022");
  auto across = one("du 28 décembre 2023 au 3 janvier 2024", "");
  CHECK(to_edtf(across.date) == "2023-12-28");
  CHECK(to_edtf(across.last) == "2024-01-03");
  auto dash = one("11-22 novembre", "");
  CHECK(to_edtf(dash.date) == "XXXX-11-11");
  CHECK(to_edtf(dash.last) == "XXXX-11-22");
  CHECK(one("entre le 5 et le 7 mars", "2024-09-17").relation == Relation::range);
}

TEST_CASE("relations before, after, since, until", "[extract][dates]") {
  CHECK(one("avant le 5 avril", "2024-09-17").relation == Relation::before);
  CHECK(one("après le 5 avril", "2024-09-17").relation == Relation::after);
  auto since = one("Les relations sont tendues depuis 1991, lorsque", "2024-09-17");
  CHECK(since.relation == Relation::since);
  CHECK(to_edtf(since.date) == "1991");
  CHECK(one("à partir du 3 mai", "2024-09-17").relation == Relation::since);
  CHECK(one("jusqu'au 5 avril", "2024-09-17").relation == Relation::until);
  CHECK(one("jusqu'en 2025", "2024-09-17").relation == Relation::until);
  CHECK(one("depuis début mars", "2024-09-17").relation == Relation::since);
  CHECK(one("le 3 avril", "2024-09-17").relation == Relation::none);
}

TEST_CASE("dates that qualify a noun", "[extract][dates]") {
  auto summit = one("Avant le sommet du Partenariat oriental de demain (15 décembre), le président", "");
  CHECK(summit.noun_modifier);
  CHECK(summit.relative);
  CHECK(one("Après le dîner de ce soir offert par", "XXXX-12-14").noun_modifier);
  CHECK(one("la réunion du 5 avril", "2024-04-03").noun_modifier);
  CHECK(one("la conférence de lundi", "2024-09-17").noun_modifier);
  CHECK_FALSE(one("a reçu le 3 avril un coup de fil", "2024-04-03").noun_modifier);
}

TEST_CASE("a reference without a year", "[extract][dates]") {
  CHECK(resolved("Après le dîner de ce soir offert par", "XXXX-12-14") == "XXXX-12-14");
  CHECK(resolved("aujourd'hui", "XXXX-12-14") == "XXXX-12-14");
  CHECK(resolved("demain", "XXXX-12-14") == "XXXX-12-15");
  CHECK(resolved("hier", "XXXX-12-14") == "XXXX-12-13");
  CHECK(resolved("demain", "XXXX-12-31") == "XXXX-01-01");
  CHECK(resolved("hier", "XXXX-03-01") == "XXXX-02-28");
  CHECK(resolved("demain", "XXXX-02-28") == "XXXX-03-01");
  CHECK(resolved("le 3 avril", "XXXX-12-14") == "XXXX-04-03");
  CHECK(resolved("en 2020", "XXXX-12-14") == "2020");
  CHECK(resolved("le 3 avril 2021", "XXXX-12-14") == "2021-04-03");
  CHECK(resolved("lundi 12", "XXXX-12-14") == "XXXX-12-12");
  // Weekdays and bare months need a year: found, not resolved.
  auto monday = one("lundi", "XXXX-12-14");
  CHECK(monday.date.empty());
  CHECK(monday.relative);
  CHECK(one("en février", "XXXX-12-14").date.empty());
  CHECK(one("la semaine dernière", "XXXX-12-14").date.empty());
}

TEST_CASE("a reference without a year whose weekday the text tells", "[extract][dates]") {
  // XXXX-03-06 known to be a Thursday (3): weekdays count from it, and keep no year.
  auto at = [](const std::string& sentence, const std::string& which = "date") {
    const auto all = find_dates(fold_key(sentence), d("XXXX-03-06"), 3, DateLexicon::bundled());
    INFO(sentence);
    REQUIRE(all.size() == 1);
    return to_edtf(which == "ahead" ? all[0].ahead : all[0].date);
  };
  CHECK(at("Lundi, la délégation a été reçue au ministère.") == "XXXX-03-03");
  CHECK(at("elle s'est entretenue jeudi avec son homologue") == "XXXX-03-06");
  CHECK(at("vendredi dernier") == "XXXX-02-28");
  CHECK(at("samedi prochain") == "XXXX-03-08");
  CHECK(at("il doit se rendre samedi à Lyon") == "XXXX-03-08");
  CHECK(at("Samedi, il avait visité une usine.", "ahead") == "XXXX-03-08");
  CHECK(at("lundi 3 mars") == "XXXX-03-03");
  // Counting crosses a month's end.
  CHECK(to_edtf(find_dates("mardi", d("XXXX-03-01"), 5, DateLexicon::bundled())[0].date) == "XXXX-02-25");
  // The weekday is kept for the caller; not for "ce lundi", "lundi dernier", "lundi 3".
  CHECK(one("mercredi", "XXXX-03-06").weekday == 2);
  CHECK(one("ce mercredi", "XXXX-03-06").weekday == -1);
  CHECK(one("mercredi dernier", "2025-03-06").weekday == -1);
  // A reference with a year knows its own weekday: the told one changes nothing.
  CHECK(to_edtf(find_dates("lundi", d("2025-03-06"), 6, DateLexicon::bundled())[0].date) == "2025-03-03");
}

TEST_CASE("'ce jour' of a communiqué is today; 'à ce jour' is no date", "[extract][dates]") {
  CHECK(resolved("La ministre s'est entretenue ce jour avec son homologue.", "2025-02-11") == "2025-02-11");
  CHECK(dates("Aucun accord n'a été trouvé à ce jour.", "2025-02-11").empty());
  CHECK(dates("jusqu'à ce jour", "2025-02-11").empty());
}

TEST_CASE("names made of date words are no dates", "[extract][dates]") {
  CHECK(dates("la signature de l'accord du Vendredi saint a mis fin au conflit", "2024-05-20").empty());
  CHECK(dates("les défilés du Mardi gras à La Nouvelle-Orléans", "2024-05-20").empty());
  CHECK(dates("depuis le Printemps arabe", "2024-05-20").empty());
  // The date word alone still is one, in the same sentence too.
  const auto both = dates("Vendredi, ils ont évoqué l'accord du Vendredi saint.", "2024-05-20");
  REQUIRE(both.size() == 1);
  CHECK(to_edtf(both[0].date) == "2024-05-17");
}

TEST_CASE("counted spans from the narrated day", "[extract][dates]") {
  // Only the caller knows the day they count from: no date, the count kept.
  auto later = one("Trois jours plus tard, l'accord était signé.", "2024-05-20");
  CHECK(later.from_context);
  CHECK(later.context_span);
  CHECK(later.date.empty());
  CHECK(later.context_days == 3);
  CHECK(one("12 jours plus tôt", "2024-05-20").context_days == -12);
  CHECK(one("une semaine plus tard", "2024-05-20").context_days == 7);
  CHECK(one("deux mois auparavant", "2024-05-20").context_months == -2);
  CHECK(one("cinq ans plus tard", "2024-05-20").context_years == 5);
  const auto some = one("quelques jours plus tard", "2024-05-20");
  CHECK(some.context_vague);
  CHECK(some.from_context);
  // Some weeks or months: nothing one can name.
  CHECK_FALSE(one("plusieurs semaines plus tard", "2024-05-20").from_context);
  // A span without "plus tard" is a duration; "plus tard" alone counts nothing.
  CHECK(dates("pendant trois jours", "2024-05-20").empty());
  const auto later_today = dates("Plus tard dans la journée, il a reçu", "2024-05-20");
  REQUIRE(later_today.size() == 1);  // a time of day (daypart), no span
  CHECK(later_today[0].daypart);
  CHECK_FALSE(later_today[0].context_span);
  // "la veille" is no counted span.
  CHECK_FALSE(one("la veille", "2024-05-20").context_span);
}

TEST_CASE("the start or end of this month, or of the last", "[extract][dates]") {
  CHECK(resolved("Ils s'étaient parlé au début du mois.", "2025-11-24") == "2025-11");
  CHECK(resolved("à la fin du mois dernier", "2025-01-10") == "2024-12");
  CHECK(resolved("fin du mois dernier", "2025-11-24") == "2025-10");
  // A month named after it: that month, the phrase its intro.
  CHECK(resolved("au début du mois de juin", "2025-11-24") == "2025-06");
  CHECK(resolved("à la fin du mois d'août 2021", "2025-11-24") == "2021-08");
}

TEST_CASE("a week-end is its Saturday and Sunday", "[extract][dates]") {
  // 2024-06-03 is a Monday: last week ran from 27 May to 2 June, its week-end is in June.
  CHECK(resolved("Le week-end dernier, les deux ministres se sont vus", "2024-06-03") == "2024-06");
  CHECK(resolved("la semaine dernière", "2024-06-03") == "2024");
  CHECK(resolved("ce week-end", "2024-06-26") == "2024-06");  // 29-30 June
  CHECK(resolved("le week-end prochain", "2024-06-26") == "2024-07");
}

TEST_CASE("spans back from the reference: il y a", "[extract][dates]") {
  CHECK(resolved("Il y a trois jours, les deux ministres se sont parlé", "2025-10-02") == "2025-09-29");
  CHECK(resolved("il y a 12 jours", "2025-10-02") == "2025-09-20");
  CHECK(resolved("il y a deux semaines", "2025-10-02") == "2025-09");  // no day one can name
  CHECK(resolved("il y a quatre mois", "2025-02-02") == "2024-10");
  CHECK(resolved("il y a deux ans", "2025-02-02") == "2023");
  CHECK(resolved("voici une semaine", "2025-10-20") == "2025-10");
  CHECK(resolved("il y a quelques jours", "2025-10-20") == "2025-10");
  CHECK(one("il y a quelques jours", "2025-10-03").date.empty());  // perhaps last month
  CHECK(one("il y a plusieurs mois", "2025-10-20").date.empty());
  CHECK_FALSE(one("il y a deux jours", "2025-10-20").from_context);
  // Without the reference's day, no day to count from; "il y a" alone is no date.
  CHECK(one("il y a deux jours", "XXXX-10-20").date == d("XXXX-10-18"));
  CHECK(one("il y a deux jours", "2025-10").date.empty());
  CHECK(dates("il y a des tensions depuis longtemps", "2025-10-20").empty());
}

TEST_CASE("a reference of month precision", "[extract][dates]") {
  CHECK(resolved("a reçu le 20 juin un coup de fil", "2024-06") == "2024-06-20");
  CHECK(resolved("le 28 août", "2024-06") == "2024-08-28");
  CHECK(resolved("en février", "2024-06") == "2024-02");
  CHECK(one("lundi", "2024-06").date.empty());
  CHECK(one("hier", "2024-06").date.empty());
}

TEST_CASE("no reference at all", "[extract][dates]") {
  CHECK(resolved("le 3 avril", "") == "XXXX-04-03");
  CHECK(resolved("le 3 avril 2021", "") == "2021-04-03");
  CHECK(resolved("en 2020", "") == "2020");
  CHECK(resolved("De nouveaux affrontements ont éclaté le 27 septembre, mais", "") == "XXXX-09-27");
  CHECK(one("lundi", "").date.empty());
  CHECK(one("demain", "").date.empty());
  CHECK(one("en février", "").date.empty());
  CHECK(one("vendredi prochain", "").future);
}

TEST_CASE("parts of this week and year; a part of a named year or month", "[extract][dates]") {
  CHECK(resolved("en ce début de semaine", "2024-03-14") == "2024-03");
  CHECK(resolved("en milieu de semaine", "2024-03-14") == "2024-03");
  CHECK(resolved("au début de l'année", "2024-03-14") == "2024");
  CHECK(resolved("plus tôt cette année", "2024-03-14") == "2024");
  // The year named after it is the one: "au début de l'année 2023" is no part of this one.
  CHECK(resolved("au début de l'année 2023", "2024-03-14") == "2023");
  CHECK(resolved("au cours du mois d'avril 2023", "2024-03-14") == "2023-04");
  CHECK(resolved("dans le courant du mois de février", "2024-03-14") == "2024-02");
}

TEST_CASE("a time of day without its day", "[extract][dates]") {
  const auto m = one("doit s'entretenir dans la soirée avec B", "2024-03-14");
  CHECK(m.daypart);
  CHECK(to_edtf(m.date) == "2024-03-14");  // a plan's: today
  CHECK_FALSE(m.from_context);
  CHECK(one("plus tard dans la journée", "2024-03-14").daypart);
  // "de" and a day after it: that day dates, and it qualifies no noun.
  const auto r = dates("a reçu dans la soirée de mardi B", "2024-03-14");
  REQUIRE(r.size() == 1);
  CHECK_FALSE(r[0].daypart);
  CHECK_FALSE(r[0].noun_modifier);
  CHECK(to_edtf(r[0].date) == "2024-03-12");
  CHECK(span(fold_key("a reçu dans la soirée de mardi B"), r[0]) == "dans la soiree de mardi");
  // The night between two days is no time of one day: "de mercredi" stays as before.
  for (const auto& d : dates("réunis dans la nuit de mercredi à jeudi", "2015-02-12")) CHECK_FALSE(d.daypart);
}

TEST_CASE("spans ahead of the reference: dans", "[extract][dates]") {
  CHECK(resolved("Ils se retrouveront dans trois jours", "2024-03-14") == "2024-03-17");
  CHECK(one("dans trois jours", "2024-03-14").future);
  CHECK(resolved("dans deux semaines", "2024-03-14") == "2024-03");  // its month, as back
  CHECK(resolved("dans un mois", "2024-12-14") == "2025-01");
  CHECK(resolved("dans deux ans", "2024-03-14") == "2026");
  CHECK(one("dans quelques jours", "2024-03-14").date.empty());  // vague: not even its month
  CHECK(dates("dans la capitale, dans les jours qui viennent", "2024-03-14").empty());
}

TEST_CASE("a day and month in digits without a year, after le, du, au", "[extract][dates]") {
  CHECK(resolved("A a reçu le 12/03 B", "2024-03-14") == "2024-03-12");
  CHECK(resolved("lors du sommet du 20/12", "2024-01-05") == "2023-12-20");
  CHECK(resolved("le 29/02", "2024-03-14") == "2024-02-29");
  const auto r = dates("du 12/03 au 15/03", "2024-03-14");
  REQUIRE(r.size() == 1);
  CHECK(to_edtf(r[0].date) == "2024-03-12");
  CHECK(to_edtf(r[0].last) == "2024-03-15");
  // Alone, or a fraction, a score or a longer run: no date.
  for (const char* t : {"ouvert 24/7", "un score de 3/12", "le 31/02", "le 12/13", "le 12/03/", "le 1/4 des voix"}) {
    INFO(t);
    CHECK(dates(t, "2024-03-14").empty());
  }
}

TEST_CASE("numbers that are not dates", "[extract][dates]") {
  const char* texts[] = {
      "l'évacuation de plus de 120 000 personnes en lieu sûr",
      "au terme d'une guerre de 44 jours, qui",
      "par son manque de succès au cours des 30 dernières années",
      "la COP 29 et la COP29",
      "l'article 5 de la Constitution",
      "plus de 2000 soldats",
      "en sept ans",
      "il a été 2020 fois",
      "120,000 2002 personnes",
      "à 11:11 heures",
      "le 1117/09",
      "le point 12 de la résolution 2024",
      "mars est une planète",
  };
  for (const char* t : texts) {
    INFO(t);
    CHECK(dates(t, "2024-09-17").empty());
  }
  // "lundi 12 soldats", "samedi 20 h": the weekday, not a day number.
  for (const char* t : {"lundi 12 soldats ont été blessés", "lundi 20 h", "lundi 20h30", "lundi 3 fois"}) {
    INFO(t);
    auto m = one(t, "2024-09-17");
    CHECK(to_edtf(m.date) == "2024-09-16");
  }
  CHECK(dates("le 12e jour du conflit, le 1er ministre", "2024-09-17").empty());
}

TEST_CASE("several mentions in one sentence, in order", "[extract][dates]") {
  const std::string s = fold_key(
      "Le 3 avril, après la réunion du 2 avril et avant celle prévue le 5 avril, il a évoqué février et "
      "les discussions de février, puis hier.");
  auto all = find_dates(s, d("2024-04-03"));
  REQUIRE(all.size() == 5);
  CHECK(span(s, all[0]) == "le 3 avril");
  CHECK(span(s, all[1]) == "2 avril");
  CHECK(all[1].noun_modifier);
  CHECK(span(s, all[2]) == "le 5 avril");
  CHECK(span(s, all[3]) == "fevrier");
  CHECK(to_edtf(all[3].date) == "2024-02");
  CHECK(to_edtf(all[4].date) == "2024-04-02");
  for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].end <= all[i].begin);
}

TEST_CASE("a sentence without digits or date words is rejected quickly", "[extract][dates]") {
  CHECK(find_dates("", Date{}).empty());
  CHECK(find_dates("le president a rencontre le premier ministre a paris.", d("2024-09-17")).empty());
  CHECK(find_dates(fold_key("Ilham Əliyev — «président»"), d("2024-09-17")).empty());
}

TEST_CASE("reference anchors", "[extract][dates]") {
  auto anchor = [](const std::string& text) { return to_edtf(find_reference_anchor(fold_key(text))); };
  CHECK(anchor("Publié le\n\nAvant le sommet du Partenariat oriental de demain (15 décembre), le président "
               "azerbaïdjanais a rencontré") == "XXXX-12-14");
  CHECK(anchor("avant le sommet de demain (15 decembre)") == "XXXX-12-14");
  CHECK(anchor("Aujourd'hui 14 décembre, les dirigeants") == "XXXX-12-14");
  CHECK(anchor("Ce lundi 3 mars, le ministre") == "XXXX-03-03");
  CHECK(anchor("Il a déclaré hier (2 mai) que") == "XXXX-05-03");
  CHECK(anchor("demain, 15 décembre 2021, à Bruxelles") == "2021-12-14");
  CHECK(anchor("demain (1er mars)") == "XXXX-02-28");
  CHECK(anchor("hier (1er mars)") == "XXXX-03-02");
  CHECK(anchor("la veille (5 mai)") == "");
  CHECK(anchor("le 3 mai, puis demain") == "");
  CHECK(anchor("") == "");
}

TEST_CASE("the bundled date lexicon loads", "[extract][dates]") {
  CHECK_NOTHROW(DateLexicon::bundled());
  const DateLexicon& lex = DateLexicon::bundled();
  CHECK(find_dates("le 3 avril", d("2024-04-03"), lex).size() == 1);
  CHECK(to_edtf(find_reference_anchor("demain (15 decembre)", lex)) == "XXXX-12-14");
}

TEST_CASE("invalid date lexicon lines are reported with FILE:LINE", "[extract][dates]") {
  std::string months, weekdays;
  const char* mnames[] = {"janvier", "fevrier", "mars",      "avril",   "mai",      "juin",
                          "juillet", "aout",    "septembre", "octobre", "novembre", "decembre"};
  for (int i = 0; i < 12; ++i) months += "month\t" + std::string(mnames[i]) + "\t" + std::to_string(i + 1) + "\n";
  const char* wnames[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  for (int i = 0; i < 7; ++i) weekdays += "weekday\t" + std::string(wnames[i]) + "\t" + std::to_string(i) + "\n";
  const std::string base = "# header\n" + months + weekdays;  // lines 1..20
  CHECK_NOTHROW(DateLexicon::parse(base + "relative\thier\t-1\n", "my.tsv"));

  auto error_at = [&](const std::string& line) -> std::string {
    try {
      DateLexicon::parse(base + line + "\n", "my.tsv");
    } catch (const LexiconError& e) {
      CHECK(e.file() == "my.tsv");
      CHECK(e.line() == 21);
      return e.what();
    }
    return "no error";
  };
  CHECK_THAT(error_at("season\tete"), Catch::Contains("my.tsv:21: expected 3"));
  CHECK_THAT(error_at("moon\thier\t-1"), Catch::Contains("unknown kind 'moon'"));
  CHECK_THAT(error_at("relative\thier\tminus one"), Catch::Contains("whole number"));
  CHECK_THAT(error_at("relative\thier\t-40"), Catch::Contains("from -31 to 31"));
  CHECK_THAT(error_at("month\tFévrier\t2"), Catch::Contains("not folded"));
  CHECK_THAT(error_at("month\tmars\t3"), Catch::Contains("duplicate month 'mars'"));
  CHECK_THAT(error_at("direction\tdernier\tlast"), Catch::Contains("past, next"));
  CHECK_THAT(error_at("grammar\tle\tarticle|noun"), Catch::Contains("unknown grammar role 'noun'"));
  CHECK_THAT(error_at("this\tce\tyes"), Catch::Contains("value must be -"));
  CHECK_THAT(error_at("ago\tdans\tforward"), Catch::Contains("value must be - or ahead"));
  CHECK_THAT(error_at("intro\ten  l'an\t-"), Catch::Contains("single spaces"));

  try {
    DateLexicon::parse(months, "short.tsv");
    FAIL("a lexicon without weekdays must be rejected");
  } catch (const LexiconError& e) {
    CHECK_THAT(e.what(), Catch::Contains("short.tsv:12: no weekday name for day 0"));
  }
}

// The months and weekdays every user date lexicon below starts with.
constexpr const char* kEnglishCalendar =
      "month\tjan\t1\nmonth\tfeb\t2\nmonth\tmar\t3\nmonth\tapr\t4\nmonth\tmay\t5\nmonth\tjun\t6\n"
      "month\tjul\t7\nmonth\taug\t8\nmonth\tsep\t9\nmonth\toct\t10\nmonth\tnov\t11\nmonth\tdec\t12\n"
      "weekday\tmonday\t0\nweekday\ttuesday\t1\nweekday\twednesday\t2\nweekday\tthursday\t3\n"
      "weekday\tfriday\t4\nweekday\tsaturday\t5\nweekday\tsunday\t6\n";

TEST_CASE("a user date lexicon replaces the words", "[extract][dates]") {
  std::string text = std::string(kEnglishCalendar) +
      "relative\tyesterday\t-1\ngrammar\ton\tarticle\nintro\tin\t-\n";
  DateLexicon en = DateLexicon::parse(text, "en.tsv");
  auto m = find_dates("on 3 apr, yesterday, in 2020 and on monday", d("2024-09-17"), en);
  REQUIRE(m.size() == 4);
  CHECK(to_edtf(m[0].date) == "2024-04-03");
  CHECK(to_edtf(m[1].date) == "2024-09-16");
  CHECK(to_edtf(m[2].date) == "2020");
  CHECK(to_edtf(m[3].date) == "2024-09-16");
  CHECK(find_dates("le 3 avril", d("2024-09-17"), en).empty());
}

// Phrases sharing a first word are tried by the byte the text goes on with after it: those
// going on with that byte and the word alone, in the lexicon's order (longest first).
TEST_CASE("phrases sharing a first word, each found by what follows it", "[extract][dates]") {
  std::string text = std::string(kEnglishCalendar) +
      "relative\tthe day before\t-1\nrelative\tthe day after\t1\nrelative\tthe next day\t1\n"
      "relmonth\tthe month before\t-1\ngrammar\tthe\tarticle\n";
  DateLexicon en = DateLexicon::parse(text, "en.tsv");
  auto m = find_dates("the day after, the next day, the day before and the month before", d("2024-09-17"), en);
  REQUIRE(m.size() == 4);
  CHECK(to_edtf(m[0].date) == "2024-09-18");
  CHECK(to_edtf(m[1].date) == "2024-09-18");
  CHECK(to_edtf(m[2].date) == "2024-09-16");
  CHECK(to_edtf(m[3].date) == "2024-08");
  CHECK(find_dates("the dog before the nest", d("2024-09-17"), en).empty());
  // The article alone, before a date of other words.
  auto a = find_dates("on the 3 apr", d("2024-09-17"), en);
  REQUIRE(a.size() == 1);
  CHECK(to_edtf(a[0].date) == "2024-04-03");
}

TEST_CASE("the sample articles' dates", "[extract][dates]") {
  struct Sample {
    const char* file;
    const char* reference;
    std::vector<std::string> expected;  // "span=date"
  };
  const Sample samples[] = {
      {"samples/000_7d683000d0d43ddb.txt",
       "2024-09-17",
       {"le 10 septembre 2024=2024-09-10", "le 10 septembre 2024=2024-09-10", "lundi=2024-09-16",
        "le 30 aout=2024-08-30", "du 11 au 22 novembre=2024-11-11", "depuis 1991=1991", "a l'automne 2020=2020",
        "en septembre 2023=2023-09"}},
      {"samples/001_b2f00d48faade77c.txt",
       "2024-04-03",
       {"03 avril 2024=2024-04-03", "le 3 avril=2024-04-03", "le 5 avril=2024-04-05", "le 5 avril=2024-04-05",
        "le 2 avril=2024-04-02", "en 2022=2022", "le 5 avril=2024-04-05", "en fevrier=2024-02"}},
      {"samples/002_76e9bc5c19146d79.txt", "2024-06", {"le 20 juin=2024-06-20"}},
      {"samples/003_5fb18bea82014bce.txt",
       "XXXX-12-14",
       {"demain (15 decembre)=XXXX-12-15", "cet ete=", "ce soir=XXXX-12-14", "aujourd'hui=XXXX-12-14"}},
      {"samples/004_a1c3856fd1dc1f34.txt",
       "",
       {"vendredi=", "vendredi=", "cette semaine=", "depuis 1991=1991", "le 27 septembre=XXXX-09-27", "en 1992=1992",
        "en 1994=1994"}},
  };
  for (const Sample& s : samples) {
    INFO(s.file);
    std::ifstream in(std::string(AG_SOURCE_DIR) + "/" + s.file, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    FoldedText folded;
    fold_text(ss.str(), folded);
    // Whole text at once: the dates do not depend on sentence splitting here.
    std::vector<std::string> got;
    for (const auto& m : find_dates(folded.text, d(s.reference)))
      got.push_back(span(folded.text, m) + "=" + to_edtf(m.date));
    CHECK(got == s.expected);
  }
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/samples/003_5fb18bea82014bce.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(to_edtf(find_reference_anchor(fold_key(ss.str()))) == "XXXX-12-14");
}

// ---------------------------------------------------------------------------------------
// lexicons/fr/topics.tsv

namespace {

std::set<std::string> topic_ids_from_spec() {
  std::ifstream in(std::string(AG_SHARED_DIR) + "/spec/topics.md");
  std::set<std::string> ids;
  std::string line;
  while (std::getline(in, line)) {
    // Table rows: | `peace_process` | what it covers |
    if (line.rfind("| `", 0) != 0) continue;
    const std::size_t end = line.find('`', 3);
    if (end != std::string::npos) ids.insert(line.substr(3, end - 3));
  }
  if (!ids.empty()) return ids;
  // Without ../shared (a clone on its own), the project's copy of the ids, taxonomy.tsv.
  for (const auto& f : embedded_lexicons()) {
    if (f.path != "taxonomy.tsv") continue;
    std::istringstream tax{std::string(f.content)};
    while (std::getline(tax, line))
      if (!line.empty() && line[0] != '#') ids.insert(line.substr(0, line.find('\t')));
  }
  return ids;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("topics.tsv parses: field counts and topic ids from topics.md", "[extract][dates][topics]") {
  const std::set<std::string> ids = topic_ids_from_spec();
  REQUIRE(ids.size() >= 12);
  std::string content;
  for (const auto& f : embedded_lexicons())
    if (f.path == "fr/topics.tsv") content = std::string(f.content);
  REQUIRE_FALSE(content.empty());

  std::istringstream in(content);
  std::string line;
  std::size_t line_no = 0, topics = 0, subjects = 0;
  std::set<std::string> seen, unique, covered;
  std::set<std::string> subject_names;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    INFO("topics.tsv:" << line_no << ": " << line);
    const auto f = split_tabs(line);
    for (const auto& field : f) {
      CHECK_FALSE(field.empty());
      if (!field.empty()) {
        CHECK(field.front() != ' ');
        CHECK(field.back() != ' ');
      }
    }
    REQUIRE(!f.empty());
    if (f[0] == "topic") {
      REQUIRE(f.size() == 3);
      CHECK((f[2] == "-" || ids.count(f[2]) == 1));
      if (f[2] != "-") covered.insert(f[2]);
      ++topics;
    } else if (f[0] == "setting") {
      REQUIRE(f.size() == 2);
    } else if (f[0] == "subject") {
      REQUIRE(f.size() == 4);
      CHECK((f[3] == "-" || ids.count(f[3]) == 1));
      subject_names.insert(f[2]);
      ++subjects;
    } else {
      FAIL("unknown kind '" << f[0] << "'");
    }
    // One phrase per kind once folded (case and accents do not make a new phrase); a topic
    // phrase may name two topics on two lines ("normalisation des relations").
    const std::string key = f[0] + "\t" + fold_key(f[1]);
    CHECK(unique.insert(key + (f[0] == "topic" ? "\t" + f[2] : "")).second);
    seen.insert(key);
  }
  CHECK(covered == ids);  // every topic has words
  CHECK(topics >= 150);
  CHECK(subjects >= 50);
  for (const char* name :
       {"COP29", "Groupe de Minsk", "Karabakh", "Conférence de Munich sur la sécurité", "Partenariat oriental",
        "Format Normandie", "Accords d'Abraham", "Accord de Paris", "JCPOA", "Corridor de Zanguezour", "Nakhitchevan",
        "Crimée", "Donbass", "Gaza", "Cisjordanie", "Sahara occidental", "Nord Stream", "TAP", "TANAP"})
    CHECK(subject_names.count(name) == 1);
  for (const char* phrase :
       {"cop29", "cop 29", "karabagh", "karabakh", "haut-karabakh", "groupe de minsk",
        "conference de munich sur la securite", "pourparlers de paix", "delimitation", "relations bilaterales",
        "changement climatique", "revendications territoriales", "osce", "nations unies"})
    CHECK((seen.count(std::string("subject\t") + phrase) + seen.count(std::string("topic\t") + phrase)) == 1);
}

TEST_CASE("la veille / le lendemain of a named day or of an event", "[extract][dates]") {
  // Of a named day: that day moved, whatever the reference.
  CHECK(resolved("la veille du 15 mars", "2024-09-17") == "2024-03-14");
  CHECK(resolved("le lendemain du 28 février 2023", "2024-09-17") == "2023-03-01");
  // Of an event: its day is not in the phrase, so the phrase gives no date.
  CHECK(dates("la veille du sommet", "2024-09-17").empty());
  CHECK(dates("le lendemain de l'élection", "2024-09-17").empty());
  // Alone: from the context, as before.
  CHECK(resolved("la veille", "2024-09-17") == "2024-09-16");
  // Of the event just told ("cette", "leur"): from the context too.
  for (const char* phrase :
       {"La veille de cette visite, il avait", "le lendemain de leur entretien", "au lendemain de son élection"}) {
    const auto all = dates(phrase, "2024-09-17");
    INFO(phrase);
    REQUIRE(all.size() == 1);
    CHECK(all[0].from_context);
  }
}

// The tokenizer finds a word's phrases with an automaton over its letters: only the whole
// word leads to them, not a longer word, a prefix, or the word with a letter outside a-z
// (find_dates reads folded text, where capitals and accents no longer occur).
TEST_CASE("date words are whole folded words", "[extract][dates]") {
  CHECK(find_dates("il viendra lundi", d("2024-09-17")).size() == 1);
  CHECK(find_dates("il viendra hier", d("2024-09-17")).size() == 1);
  CHECK(find_dates("il viendra lundis", d("2024-09-17")).empty());
  CHECK(find_dates("il viendra lund", d("2024-09-17")).empty());
  CHECK(find_dates("il viendra Lundi", d("2024-09-17")).empty());
  CHECK(find_dates("il viendra lundI", d("2024-09-17")).empty());
  CHECK(find_dates("il viendra lund\xC3\xAF", d("2024-09-17")).empty());
  CHECK(find_dates("il viendra hierarchie", d("2024-09-17")).empty());
}
