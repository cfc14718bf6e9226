#pragma once
// The publication date an article states in its header.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/edtf.h"

namespace ag::extract {

class LexiconFile;

// The words of header date lines (month names and abbreviations, publication keywords, the
// words a date-only line may hold, ordinal suffixes), in the format described at the top of
// lexicons/fr/header_dates.tsv. Immutable once built; safe to share between threads.
class HeaderDateWords {
 public:
  // Parses and validates `content`. Throws LexiconError ("FILE:LINE: what is wrong", FILE
  // being `file`) on the first invalid line, or when a month has no name.
  static HeaderDateWords parse(std::string_view content, const std::string& file);
  // fr/header_dates.tsv from `lexicons_dir` (a folder laid out like lexicons/) when it has
  // one, else the bundled copy. Throws LexiconError.
  static HeaderDateWords load(const std::string& lexicons_dir);
  // The bundled lexicons/fr/header_dates.tsv, parsed on first use.
  static const HeaderDateWords& bundled();

  // The month (1..12) a word names, in any case and with or without accents; 0 when none.
  int month(std::string_view word) const;
  // Whether folded text holds a publication keyword ("publie", "mis a jour").
  bool has_keyword(std::string_view folded) const;
  // Whether a word (any case, accents optional) may stand in a date-only header line.
  bool is_line_word(std::string_view word) const;
  // Whether a word is an ordinal suffix after a day number ("er", "th").
  bool is_ordinal(std::string_view word) const;
  // The month (1..12) a word names between dots ("XI" in "23.XI.2022"); 0 when none.
  int dotted_month(std::string_view word) const;

 private:
  static HeaderDateWords from_file(const LexiconFile& file);
  static bool contains(const std::vector<std::string>& list, std::string_view folded);

  std::unordered_map<std::string, int> months_;         // folded word -> month
  std::unordered_map<std::string, int> dotted_months_;  // folded word -> month, between dots only
  std::vector<std::string> keywords_, line_words_, ordinals_;
};

// Looks for the publication date in the article's first lines, in the common forms
// ("03 Avril 2024", "17/09/2024", "Publié le 12 février 2022 à 18h05", "Mis à jour le ...",
// "2024-06-20", "date 2024-06", "le 5 mars 2021"). Returns an empty Date when none is found.
// Uses the bundled header-date words.
Date find_publication_date(std::string_view text);
Date find_publication_date(std::string_view text, const HeaderDateWords& words);

// The day and month of a header line that holds a date without a year and nothing else
// ("Vendredi 7 novembre", "Le 20 juin à 10h30"), as XXXX-MM-DD; an empty Date when there is
// none. Not a publication date (sources keep `published` null), but the day relative dates
// ("hier", "la veille") count from when the article states no full date.
Date find_header_day_month(std::string_view text);
Date find_header_day_month(std::string_view text, const HeaderDateWords& words);

}  // namespace ag::extract
