#pragma once
// The knowledge base of actors: countries (names from ICU, the rest from countries.tsv),
// organizations and persons with their offices and the dates they held them.
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/lexicon_file.h"
#include "model/edtf.h"
#include "model/event.h"

namespace ag::extract {

struct Office {
  uint32_t actor = 0;
  std::string office;  // head_of_state, head_of_government, foreign_minister, leader, ...
  std::string where;   // ISO3 or organization id
  long from = LONG_MIN;  // day numbers (days_from_civil), inclusive
  long to = LONG_MAX;
};

// How a surface form names its actor; decides how the resolver trusts it.
enum class FormKind : uint8_t { full_name, surname, country_name, capital, metonym, org_name, acronym };

struct SurfaceForm {
  std::string text;  // as written in the data (for display and capitalization checks)
  uint32_t actor = 0;
  FormKind kind = FormKind::full_name;
};

struct KbActor {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::person;
  std::string country;  // ISO3
  std::vector<uint32_t> offices;  // indexes into ActorKb::offices()
  // For a country whose head of state is a monarch: the titles the press gives the monarch
  // ("roi", "souverain", "émir"), folded. Empty for a republic.
  std::vector<std::string> monarch_titles;
  // For a country whose press writes its people's family name first ("Kim Jong-un", "Xi
  // Jinping"): the first word of their names is the surname the text uses alone.
  bool family_first = false;
  // For a country whose press names its people by their given name alone ("Prabowo",
  // "Srettha"): the first word of their names is a surname the text uses alone too.
  bool given_alone = false;
  // For a parliamentary state: its head of government, not its head of state, leads it ("le
  // dirigeant indien" is the Prime Minister).
  bool led_by_government = false;
};

class ActorKb {
 public:
  // Countries: every state listed in `countries` files, named by ICU in French, plus the
  // files' names, capitals, metonyms and demonyms. Throws LexiconError on bad lines.
  void load_countries(const std::vector<LexiconFile>& files);
  // Persons, organizations and offices (lexicons/FORMAT.md). A record whose id exists
  // already replaces it when `override` (a user's actors file), else is an error.
  void load_actors(const LexiconFile& file, bool override);
  // Checks cross references (office holders, places) once everything is loaded.
  void finish();

  const std::vector<KbActor>& actors() const { return actors_; }
  const std::vector<Office>& offices() const { return offices_; }
  const std::vector<SurfaceForm>& forms() const { return forms_; }
  // Demonym forms ("azerbaïdjanaise") and the ISO3 they point to.
  const std::vector<std::pair<std::string, std::string>>& demonyms() const { return demonyms_; }

  // Index of the actor with this id, or -1.
  long find(std::string_view id) const;
  // Index of the country actor for an ISO3 code, or -1.
  long country(std::string_view iso3) const;
  // Holders of `office` at `where` on date `d` (any date when `d` has no year), in the
  // order of their terms.
  std::vector<uint32_t> holders(std::string_view office, std::string_view where, const Date& d) const;
  // Whether actor `a` held `office` (any office when empty) somewhere at date `d`; the
  // place is written to `where` when found.
  bool holds(uint32_t a, std::string_view office, const Date& d, std::string* where = nullptr) const;
  // Whether `folded_title` ("roi", "emir") is a title of country actor `country`'s monarch.
  bool is_monarch_title(uint32_t country, std::string_view folded_title) const;
  // Whether actor `a` held `office` at `where` (anywhere when empty) in a term that ended
  // before date `d` (any term when `d` has no year): what "l'ancien président" can name.
  bool held_before(uint32_t a, std::string_view office, std::string_view where, const Date& d) const;
  // Whether folded word `w` ("nawaf") may be a word of one of person `a`'s names: one of
  // them starts with the same three letters (transliterations differ after: "Sergueï",
  // "Sergei"). What tells whether "Nawaf Al-Sabah" can be this Al-Sabah.
  bool may_have_name_word(uint32_t a, std::string_view w) const;

 private:
  std::vector<KbActor> actors_;
  std::vector<Office> offices_;
  std::vector<SurfaceForm> forms_;
  std::vector<std::pair<std::string, std::string>> demonyms_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_map<std::string, uint32_t> by_iso3_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_office_;  // "office@where" -> offices
  struct PendingOffice {
    std::string actor_id;
    Office office;
    std::string file;
    std::size_t line;
  };
  std::vector<std::vector<std::string>> name_words_;  // per actor, folded, sorted (finish())
  std::vector<PendingOffice> pending_offices_;  // resolved by finish(): holders may be defined later

  uint32_t add_actor(KbActor a, const LexiconRecord& rec, bool override);
  void add_person_forms(uint32_t actor, std::string_view name);
  bool family_name_first(uint32_t actor, const std::vector<std::string_view>& words) const;
  bool given_name_alone(uint32_t actor, const std::vector<std::string_view>& words) const;
};

// A lowercase ASCII slug of a name: "Sergueï Lavrov" -> "serguei-lavrov".
std::string slugify(std::string_view name);

// Whether `w` is a lowercase particle of a person's name, where a surname may begin: "von der
// Leyen", "da Silva", "do Rosário", "ben Salmane".
bool is_name_particle(std::string_view w);

}  // namespace ag::extract
