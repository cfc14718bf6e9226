#pragma once
// French date expressions in folded sentences (extract/fold.h), resolved to the event
// contract's EDTF dates against the document's reference (publication) date.
//
//   "le 3 avril", "le 1er mars 2021", "mardi 5 mars", "17/09/2024", "2024-09-17"  day dates
//   "le 17/09", "du 17/09 au 20/09" (digits without a year: after le, du, au)
//   "en fevrier", "en septembre dernier", "mars 2022", "debut mars"             month dates
//   "en 2020", "depuis 1991", "fin 2019", "l'annee 2022", "a l'automne 2020"    year dates
//   "lundi", "jeudi dernier", "ce vendredi", "vendredi prochain", "lundi 12"    weekdays
//   "hier", "avant-hier", "aujourd'hui", "ce soir", "demain", "la veille"       relative days
//   "la semaine derniere", "le mois dernier", "l'an dernier", "cette annee"     relative periods
//   "deux jours plus tard", "un mois plus tot", "quelques jours plus tard"     spans from the narrative
//   "il y a deux jours", "dans trois jours"                                  spans from the reference
//   "du 11 au 22 novembre", "les 5 et 6 avril", "entre 2020 et 2022"            ranges
//
// The words come from lexicons/fr/dates.tsv (format at the top of that file); the code holds
// only the grammar (numbers, order, punctuation).
//
// Resolution rules:
// - A day and month without a year take the reference's year, or the year before when that
//   would put the date more than ~2 months (62 days) after the reference ("le 28 decembre"
//   in an article of 5 January), or the year after when that is still within the window
//   ("le 3 janvier" in an article of 20 December). After a future cue of the lexicon
//   ("prevue le", "doit accueillir") the window is ~10 months. A bare month follows the
//   same rule; "dernier"/"prochain" pick the last/next one strictly before/after.
// - "lundi": the latest Monday on or before the reference (news names the day's events by
//   their weekday); "lundi dernier": the last Monday strictly before it; "ce lundi":
//   the Monday of the reference's week (Monday to Sunday); "lundi prochain": the first
//   Monday strictly after it. A bare weekday shortly after a future cue ("devant avoir lieu
//   plus tard vendredi") is the first such day on or after the reference.
// - A reference without a year (XXXX-12-14, see find_reference_anchor) resolves day
//   offsets to XXXX-MM-DD ("demain" -> XXXX-12-15) and day dates to XXXX-MM-DD; weekdays
//   and bare months cannot be resolved (empty date). A reference of month precision
//   (2024-06) resolves "le 20 juin" but not "lundi" or "hier". With no reference, dates
//   with a year resolve, "le 3 avril" gives XXXX-04-03, relative expressions nothing.
// - "la veille", "le lendemain" count from the reference like "hier", "demain" (they may
//   really count from an event the text names). "demain (15 decembre)" is the named day.
// - A week is not an EDTF form: "la semaine derniere" gives its month when the whole week
//   lies in one month, else its year.
// - Bare numbers are never dates: a day number needs a month ("le 30 aout") or a weekday
//   ("lundi 12"), a year needs an intro, part or relation word ("en 2020", "fin 2019",
//   "depuis 1991") or a season ("a l'automne 2020"). "120 000 personnes", "44 jours",
//   "30 dernieres annees", "COP 29" give nothing.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/edtf.h"

namespace ag::extract {

class LexiconFile;

struct DateMention {
  enum class Relation {
    none,
    before,  // "avant le 5 avril"
    after,   // "apres le 5 avril"
    since,   // "depuis 1991", "a partir du 3 mai"
    until,   // "jusqu'au 5 avril", "jusqu'en 2025", "d'ici 2030"
    range    // "du 11 au 22 novembre": date is the first day, last the last one
  };

  std::size_t begin = 0;  // byte offsets in the folded sentence; the span covers the whole
  std::size_t end = 0;    // expression with its intro words ("le", "en", "depuis", "du ... au")
                          // but not the "de"/"du" of a noun modifier
  Date date;              // resolved; empty when it cannot be ("lundi" without a reference)
  Date last;              // for Relation::range, the last day (month, year); else empty
  bool relative = false;  // resolved by counting from the reference (weekday, hier, demain,
                          // la semaine derniere, l'an dernier, cet ete)
  bool future = false;    // after the reference ("demain", "vendredi prochain", a later date)
  Relation relation = Relation::none;
  // "dans la soiree", "dans l'apres-midi": a time of day without its day. `date` is the
  // reference's day, what it means for a plan ("doit s'entretenir dans la soiree avec B");
  // in a narrative it is the narrated day's, which only the caller knows.
  bool daypart = false;
  bool noun_modifier = false;  // "le sommet de demain", "le diner de ce soir", "la reunion du
                               // 5 avril": the date qualifies the noun before "de"/"du"
  // A bare weekday read as past ("jeudi" = the latest Thursday): the first such day on or
  // after the reference instead, what it means for a planned event ("doit rencontrer jeudi
  // M. X, avant de se rendre vendredi a Y"); likewise a day or month without a year read as
  // past ("se retrouveront en juillet" in March: this July, not last); else empty.
  Date ahead;
  // A day (over a month ahead) or month without a year read as coming ("le 6 février" in an
  // article of 7 December): the latest such day or month before the reference instead, what
  // a report in the past tense means ("X avait appelé Y le 6 février"); else empty.
  Date past;
  // "la veille", "le lendemain" alone: days from the reported context, which the caller may
  // know better than the reference (the day of the event the text just narrated); `date`
  // counts them from the reference.
  bool from_context = false;
  int context_days = 0;
  // A counted span from the narrated day, which only the caller knows (`date` stays empty):
  // "deux jours plus tard" (context_days 2), "une semaine plus tot" (-7), "un mois plus tard"
  // (context_months 1), "deux ans plus tard" (context_years 2); "quelques jours plus tard" is
  // vague: some days after, in the narrated day's month as far as one can tell ("quelques
  // semaines plus tard" is not even that: not from_context, no date).
  int context_months = 0;
  int context_years = 0;
  bool context_vague = false;
  bool context_span = false;  // any counted span, days included (not "la veille")
  // For a bare weekday ("mercredi", not "mercredi dernier" nor "mercredi 5"), the day it
  // names, 0 = lundi ... 6 = dimanche; else -1. A text can thus tell the weekday of a
  // reference it gives without a year.
  int weekday = -1;
};

// The date vocabulary (lexicons/fr/dates.tsv). Immutable once built; safe to share between
// threads.
class DateLexicon {
 public:
  // Parses and validates `content`. Throws LexiconError ("FILE:LINE: what is wrong", FILE
  // being `file`) on the first invalid line.
  static DateLexicon parse(std::string_view content, const std::string& file);
  // fr/dates.tsv from `lexicons_dir` (a folder laid out like lexicons/) when it has one,
  // else the bundled copy. Throws LexiconError.
  static DateLexicon load(const std::string& lexicons_dir);
  // The bundled lexicons/fr/dates.tsv, parsed on first use (throws LexiconError then if the
  // bundled file is invalid).
  static const DateLexicon& bundled();

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  DateLexicon() = default;
  static DateLexicon from_file(const LexiconFile& file);
  std::shared_ptr<const Impl> impl_;
};

// Every date expression of `folded_sentence` (text folded by fold_text), in order, not
// overlapping. `reference`: the document's reference date (publication date; may have
// month or year precision, may lack a year, may be empty). Allocates only for its result.
std::vector<DateMention> find_dates(std::string_view folded_sentence, const Date& reference);
std::vector<DateMention> find_dates(std::string_view folded_sentence, const Date& reference,
                                    const DateLexicon& lexicon);

// The same with a reference that has a day and month but no year (XXXX-01-15) and whose
// weekday the text tells (`reference_weekday`, 0 = lundi): bare weekdays then resolve against
// it as against a full date, to days without a year ("mardi" -> XXXX-01-14 for a Wednesday
// XXXX-01-15). A negative `reference_weekday`, or a reference with a year, changes nothing.
std::vector<DateMention> find_dates(std::string_view folded_sentence, const Date& reference, int reference_weekday,
                                    const DateLexicon& lexicon);

// The reference date a document implies when it has no publication date, from the first
// relative word followed by the day it names: "demain (15 decembre)" -> XXXX-12-14,
// "aujourd'hui 14 decembre" -> XXXX-12-14, "hier (2 mai)" -> XXXX-05-03, "ce lundi 3 mars"
// -> XXXX-03-03; with the year when given ("demain, 15 decembre 2021" -> 2021-12-14).
// Empty when the folded text has none. "la veille (5 mai)" is not an anchor.
Date find_reference_anchor(std::string_view folded_text);
Date find_reference_anchor(std::string_view folded_text, const DateLexicon& lexicon);

}  // namespace ag::extract
