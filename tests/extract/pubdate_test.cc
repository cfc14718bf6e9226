#include "extract/pubdate.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/lexicon_error.h"

using namespace ag;
using namespace ag::extract;

namespace {

std::string pub(std::string_view text) { return to_edtf(find_publication_date(text)); }

std::string read_sample(const std::string& name) {
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("header dates in French textual form", "[extract][pubdate]") {
  CHECK(pub("Titre de l'article\n\n  03 Avril 2024    Lu: 362\nCorps.") == "2024-04-03");
  CHECK(pub("Publié le 12 février 2022 à 18h05\nTexte.") == "2022-02-12");
  CHECK(pub("Mis à jour le 3 mars 2023\n") == "2023-03-03");
  CHECK(pub("le 5 mars 2021\n") == "2021-03-05");
  CHECK(pub("5 mars 2021") == "2021-03-05");
  CHECK(pub("Mardi 1er octobre 2019, 10:32") == "2019-10-01");
  CHECK(pub("PUBLIÉ LE 7 AOÛT 2020") == "2020-08-07");
}

TEST_CASE("month names: abbreviations, accents optional, case-insensitive", "[extract][pubdate]") {
  CHECK(pub("12 févr. 2022") == "2022-02-12");
  CHECK(pub("12 fevr 2022") == "2022-02-12");
  CHECK(pub("24 déc. 2021") == "2021-12-24");
  CHECK(pub("24 DECEMBRE 2021") == "2021-12-24");
  CHECK(pub("15 aout 2020") == "2020-08-15");
  CHECK(pub("2 janv. 2024") == "2024-01-02");
  CHECK(pub("30 sept. 2023") == "2023-09-30");
  CHECK(pub("9 juil. 2022") == "2022-07-09");
}

TEST_CASE("numeric header dates", "[extract][pubdate]") {
  CHECK(pub("17/09/2024") == "2024-09-17");
  CHECK(pub("11:1117/09/2024, Salı") == "2024-09-17");  // a time glued to the date
  CHECK(pub("Le 05.03.2021") == "2021-03-05");
  CHECK(pub("2024-06-20") == "2024-06-20");
  CHECK(pub("Mis en ligne 2024-06-20T10:00:00Z") == "2024-06-20");
  CHECK(pub("Titre\n\n2021.11.03 08:15\n") == "2021-11-03");  // year first, with dots
  CHECK(pub("Titre\n\nVersion 2021.11 du logiciel\n") == "");
  CHECK(pub(" date 2024-06 Le Président de la République d’Azerbaïdjan, Ilham Aliyev, a reçu le 20 juin un "
            "coup de fil du Secrétaire d’Etat américain Antony Blinken.") == "2024-06");
}

TEST_CASE("a month in Roman numerals between dots", "[extract][pubdate]") {
  CHECK(pub("GRANMA\nMoscou, 23.XI.2022\n\nTitre") == "2022-11-23");
  CHECK(pub("La Havane, 4.iv.2019\n") == "2019-04-04");
  CHECK(pub("Le 1.XII.2023 à 10h\n") == "2023-12-01");
  CHECK(pub("Titre\n23.XIII.2022\n") == "");   // no thirteenth month
  CHECK(pub("Titre\n31.II.2022\n") == "");     // no such day
  CHECK(pub("Titre\nLouis XI 1461\n") == "");  // a numeral out of the dotted form
  CHECK(pub("Titre\nVatican II. 1965\n") == "");
  CHECK(HeaderDateWords::bundled().month("xi") == 0);  // a header month only between dots
  CHECK(HeaderDateWords::bundled().dotted_month("XI") == 11);
}

TEST_CASE("a two-digit year only after a publication keyword", "[extract][pubdate]") {
  CHECK(pub("Titre\nPublié le 12-02-15 à 13h47 - Mis à jour le 12-02-15 à 15h02\nCorps.") == "2015-02-12");
  CHECK(pub("Mis à jour le 03/11/21\n") == "2021-11-03");
  CHECK(pub("Titre\n12-02-15\nCorps.") == "");         // no keyword: a score, a reference
  CHECK(pub("Publié le 31-02-15 à 13h47\n") == "");    // no such day
  CHECK(pub("Publié le 12-02-15-3 à 13h47\n") == "");  // a longer reference
}

TEST_CASE("English month names", "[extract][pubdate]") {
  CHECK(pub("April 3, 2024") == "2024-04-03");
  CHECK(pub("3 April 2024") == "2024-04-03");
  CHECK(pub("Published: Sep 17th, 2024") == "2024-09-17");
}

TEST_CASE("month and year alone give month precision", "[extract][pubdate]") {
  CHECK(pub("Mars 2021\n") == "2021-03");
  Date d = find_publication_date("date 2024-06");
  CHECK(d.year == 2024);
  CHECK(d.month == 6);
  CHECK(d.day == 0);
}

TEST_CASE("impossible or implausible dates are not taken", "[extract][pubdate]") {
  CHECK(pub("31/02/2024") == "");
  CHECK(pub("30 février 2024") == "");
  CHECK(pub("12/09/0024") == "");
  CHECK(pub("la COP29 de 2024") == "");  // a bare year is no date
  CHECK(pub("depuis 1991") == "");
  CHECK(pub("le 27 septembre") == "");  // no year
  CHECK(pub("") == "");
}

TEST_CASE("dates of body sentences are not the publication date", "[extract][pubdate]") {
  // A long sentence: its date is an event's date.
  const std::string body =
      "Aliyev reçoit Blinken\n\nLe président azerbaïdjanais Ilham Aliyev a reçu à Bakou le secrétaire d'État "
      "américain Antony Blinken, le 10 septembre 2024, pour discuter du processus de paix.\n";
  CHECK(pub(body) == "");
  // A date far below the header.
  std::string deep = "Titre\n\n";
  for (int i = 0; i < 20; ++i) deep += "Un paragraphe sans date.\n\n";
  deep += "17/09/2024\n";
  CHECK(pub(deep) == "");
  // A long line's date counts after a keyword.
  CHECK(pub("Par la rédaction de notre journal international et régional, avec les agences de presse, "
            "publié le 3 avril 2024 à 10h") == "2024-04-03");
}

TEST_CASE("the first header date wins", "[extract][pubdate]") {
  CHECK(pub("Publié le 12 février 2022\nMis à jour le 3 mars 2023\n") == "2022-02-12");
}

TEST_CASE("publication dates of the samples", "[extract][pubdate]") {
  CHECK(pub(read_sample("000_7d683000d0d43ddb.txt")) == "2024-09-17");
  CHECK(pub(read_sample("001_b2f00d48faade77c.txt")) == "2024-04-03");
  CHECK(pub(read_sample("002_76e9bc5c19146d79.txt")) == "2024-06");
  CHECK(pub(read_sample("003_5fb18bea82014bce.txt")) == "");
  CHECK(pub(read_sample("004_a1c3856fd1dc1f34.txt")) == "");
}

TEST_CASE("a header line with a day and month but no year", "[extract][pubdate]") {
  auto day_month = [](std::string_view text) { return to_edtf(find_header_day_month(text)); };
  // Not a publication date (no year), but the day relative dates count from.
  CHECK(pub("Titre\n\nVendredi 7 novembre\n\nCorps.") == "");
  CHECK(day_month("Titre\n\nVendredi 7 novembre\n\nCorps.") == "XXXX-11-07");
  CHECK(day_month("Titre\nPublié le 20 juin à 10h30\nCorps.") == "XXXX-06-20");
  CHECK(day_month("Titre\n1er mars\n") == "XXXX-03-01");
  // A line that says more than the date is a title or a sentence, not a date line.
  CHECK(day_month("Le sommet du 7 novembre à Lima\nCorps.") == "");
  CHECK(day_month("Le 9 novembre, les ministres se sont rencontrés à Doha.\n") == "");
  CHECK(day_month("Titre\n31 février\n") == "");
}

TEST_CASE("a sentence of the lead that names a date does not date an article with no date line",
          "[extract][pubdate]") {
  CHECK(pub("Titre\n\nEmmanuel Macron a rencontré Olaf Scholz le 5 mars 2023. Il l'a revu ensuite.\n") == "");
  CHECK(pub("Titre\n\nLe 5 mars 2023, le président a reçu son homologue à Paris.\n") == "");
  CHECK(pub("Titre\n\nélu le 5 mars 2023\n") == "");
  // Date lines: places, outlets and separators before the date, a story after it.
  CHECK(pub("Alger, 10 mars 2024 (APS) - Le président a reçu son homologue tunisien.\n") == "2024-03-10");
  CHECK(pub("Le Monde | International | 20 janvier 2020, 06h30\n") == "2020-01-20");
  CHECK(pub("Maliweb.net - 25 août 2020 à 09h14\n") == "2020-08-25");
  CHECK(pub("Le 5 mars 2023 à 10h30, mis à jour le 5 mars 2023 à 11h\n") == "2023-03-05");
  CHECK(pub("L'Orient-Le Jour | Par Rédaction | 28/10/2022\n") == "2022-10-28");
  // An outlet signing with its web address, in lowercase: a host name, not running text.
  CHECK(pub("ouest-infos.fr - 03/11/2021 à 08:40\n") == "2021-11-03");
  CHECK(pub("Titre\n\nsudinfo.be, 14 mai 2019\n") == "2019-05-14");
  CHECK(pub("Titre\n\nvu sur lemonde.fr le 14 mai 2019, puis repris\n") == "");
  // A byline set off from its date by a dash or a bar.
  CHECK(pub("Titre\n\nDe notre envoyée spéciale à Dakar — mardi 8 mars 2022\n") == "2022-03-08");
  CHECK(pub("Titre\n\npar la rédaction | 8 mars 2022 à 10h\n") == "2022-03-08");
  CHECK(pub("Titre\n\nle sommet s'est ouvert - 8 mars 2022 - dans la capitale\n") == "");
}

namespace {

// Twelve month lines, for lexicons that must be complete to load.
std::string all_months() {
  std::string s;
  for (int m = 1; m <= 12; ++m)
    s += "month\tm" + std::string(1, static_cast<char>('a' + m)) + "\t" + std::to_string(m) + "\n";
  return s;
}

std::string header_lexicon_error(const std::string& content) {
  try {
    HeaderDateWords::parse(content, "my/header_dates.tsv");
  } catch (const LexiconError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("invalid header-date lexicons are refused with FILE:LINE", "[extract][pubdate]") {
  CHECK(header_lexicon_error(all_months()).empty());
  CHECK(header_lexicon_error(all_months() + "keyword\tpublie\n").rfind("my/header_dates.tsv:13: expected 3", 0) == 0);
  CHECK(header_lexicon_error(all_months() + "weekday\tlundi\t-\n").rfind("my/header_dates.tsv:13: unknown kind", 0) ==
        0);
  CHECK(header_lexicon_error(all_months() + "month\tfoo\t13\n").rfind("my/header_dates.tsv:13: month value", 0) == 0);
  CHECK(header_lexicon_error(all_months() + "month\tmb\t2\n").rfind("my/header_dates.tsv:13: duplicate month", 0) == 0);
  CHECK(header_lexicon_error(all_months() + "dotted_month\txiii\t13\n")
            .rfind("my/header_dates.tsv:13: dotted_month value", 0) == 0);
  CHECK(
      header_lexicon_error(all_months() + "keyword\tPublié\t-\n").rfind("my/header_dates.tsv:13: 'Publié' is not", 0) ==
      0);
  CHECK(
      header_lexicon_error(all_months() + "ordinal\ter\t1\n").rfind("my/header_dates.tsv:13: a ordinal takes no", 0) ==
      0);
  CHECK(header_lexicon_error("month\tjanvier\t1\n").rfind("my/header_dates.tsv:1: no month name for month 2", 0) == 0);
}

TEST_CASE("a custom header-date lexicon replaces the bundled words", "[extract][pubdate]") {
  // German month names, as a German portal's header would give them.
  std::string german =
      "month\tjanuar\t1\nmonth\tfebruar\t2\nmonth\tmarz\t3\nmonth\tapril\t4\nmonth\tmai\t5\n"
      "month\tjuni\t6\nmonth\tjuli\t7\nmonth\taugust\t8\nmonth\tseptember\t9\nmonth\toktober\t10\n"
      "month\tnovember\t11\nmonth\tdezember\t12\nkeyword\tveroffentlicht\t-\nordinal\tte\t-\n";
  const HeaderDateWords words = HeaderDateWords::parse(german, "de.tsv");
  CHECK(to_edtf(find_publication_date("Veröffentlicht am 3 März 2024", words)) == "2024-03-03");
  CHECK(find_publication_date("3 mars 2024", words).empty());  // French is no longer known
  CHECK(to_edtf(find_publication_date("3 mars 2024")) == "2024-03-03");
  CHECK(words.month("MÄRZ") == 3);
  CHECK(words.is_ordinal("te"));
  CHECK_FALSE(words.is_ordinal("er"));
}

TEST_CASE("the bundled header-date words", "[extract][pubdate]") {
  const HeaderDateWords& w = HeaderDateWords::bundled();
  CHECK(w.month("Févr") == 2);
  CHECK(w.month("AOÛT") == 8);
  CHECK(w.month("septembres") == 0);
  CHECK(w.has_keyword("publie le"));
  CHECK_FALSE(w.has_keyword("le president"));
  CHECK(w.is_line_word("Vendredi"));
  CHECK_FALSE(w.is_line_word("président"));
  CHECK(to_edtf(find_publication_date("1ER OCTOBRE 2019")) == "2019-10-01");
}
