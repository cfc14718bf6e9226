#include "extract/actor_kb.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "extract/fold.h"
#include "extract/lexicon_error.h"

namespace ag::extract {
namespace {

bool is_iso3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_slug(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

long parse_day(const LexiconRecord& rec, std::string_view s, long open_value) {
  if (s.empty()) return open_value;
  auto d = parse_edtf(s);
  if (!d || !d->full()) rec.fail("'" + std::string(s) + "' is not a date YYYY-MM-DD");
  return days_from_civil(d->year, d->month, d->day);
}

// ICU names some codes differently from ISO/common usage.
std::string iso3_of(const icu::Locale& loc) {
  std::string iso3 = loc.getISO3Country();
  if (iso3 == "XKK") return "XKX";
  return iso3;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::string slugify(std::string_view name) {
  std::string folded = fold_key(name), out;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

uint32_t ActorKb::add_actor(KbActor a, const LexiconRecord& rec, bool override) {
  auto it = by_id_.find(a.id);
  if (it != by_id_.end()) {
    if (!override) rec.fail("actor id '" + a.id + "' is defined twice");
    KbActor& old = actors_[it->second];
    old.name = a.name;
    old.kind = a.kind;
    old.country = a.country;
    return it->second;
  }
  const auto idx = static_cast<uint32_t>(actors_.size());
  by_id_.emplace(a.id, idx);
  actors_.push_back(std::move(a));
  return idx;
}

void ActorKb::load_countries(const std::vector<LexiconFile>& files) {
  // The states are those the data file describes; ICU supplies their French names.
  std::set<std::string> wanted;
  for (const auto& f : files)
    for (const auto& r : f.records()) {
      r.expect_fields(3, 3);
      if (!is_iso3(r.fields[0])) r.fail("'" + std::string(r.fields[0]) + "' is not an ISO 3166-1 alpha-3 code");
      static const std::set<std::string_view> kFields = {"name",    "demonym", "capital",   "metonym",
                                                         "monarch", "leader",  "name_order"};
      if (!kFields.count(r.fields[1]))
        r.fail("unknown field '" + std::string(r.fields[1]) +
               "' (name, demonym, capital, metonym, monarch, leader, name_order)");
      if (split_alternatives(r.fields[2]).empty()) r.fail("no value");
      if (r.fields[1] == "name_order" && r.fields[2] != "family_first" && r.fields[2] != "given_name")
        r.fail("name_order takes 'family_first' or 'given_name'");
      if (r.fields[1] == "leader" && r.fields[2] != "head_of_state" && r.fields[2] != "head_of_government")
        r.fail("leader takes 'head_of_state' or 'head_of_government'");
      wanted.emplace(r.fields[0]);
    }
  const icu::Locale french("fr");
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::Locale loc("", *code);
    std::string iso3 = iso3_of(loc);
    if (!wanted.count(iso3) || by_iso3_.count(iso3)) continue;
    icu::UnicodeString display;
    loc.getDisplayCountry(french, display);
    std::string name;
    display.toUTF8String(name);
    KbActor a{slugify(iso3), name, ActorKind::country, iso3, {}, {}};
    LexiconRecord none;
    none.file = "ICU";
    const uint32_t idx = add_actor(std::move(a), none, false);
    by_iso3_.emplace(iso3, idx);
    forms_.push_back({name, idx, FormKind::country_name});
  }
  for (const auto& f : files)
    for (const auto& r : f.records()) {
      std::string iso3(r.fields[0]);
      auto it = by_iso3_.find(iso3);
      if (it == by_iso3_.end()) {
        // A state ICU does not name (e.g. a recent code): its first `name` line names it.
        if (r.fields[1] != "name") continue;
        std::string name(split_alternatives(r.fields[2]).front());
        const uint32_t idx = add_actor(KbActor{slugify(iso3), name, ActorKind::country, iso3, {}, {}}, r, false);
        it = by_iso3_.emplace(iso3, idx).first;
      }
      const uint32_t idx = it->second;
      const std::string_view field = r.fields[1];
      for (auto v : split_alternatives(r.fields[2])) {
        if (field == "demonym") demonyms_.emplace_back(std::string(v), iso3);
        else if (field == "monarch") actors_[idx].monarch_titles.push_back(fold_key(v));
        else if (field == "leader")
          actors_[idx].led_by_government = v == "head_of_government";
        else if (field == "name_order")
          (v == "given_name" ? actors_[idx].given_alone : actors_[idx].family_first) = true;
        else if (field == "name") forms_.push_back({std::string(v), idx, FormKind::country_name});
        else if (field == "capital") forms_.push_back({std::string(v), idx, FormKind::capital});
        else forms_.push_back({std::string(v), idx, FormKind::metonym});
      }
    }
}

// "Kim Jong-un", "Xi Jinping", "Tsai Ing-wen": a name of two or three words written family
// name first, as the press writes those of a `family_first` country, unless it opens on a
// Western given name ("William Lai", "Joseph Wu"): a family name is one syllable, five
// letters at most. Three at least, as for other surnames ("Lu" would take "Lu : 362").
bool ActorKb::family_name_first(uint32_t actor, const std::vector<std::string_view>& w) const {
  if (w.size() < 2 || w.size() > 3 || w.front().size() > 5 || w.front().size() < 3) return false;
  const auto it = by_iso3_.find(actors_[actor].country);
  return it != by_iso3_.end() && actors_[it->second].family_first;
}

// "Prabowo Subianto", "Srettha Thavisin": the press of a `given_name` country names its people
// by their first word alone ("Prabowo", "M. Srettha"). Four letters at least: "Don
// Pramudwinai" is not "Don".
bool ActorKb::given_name_alone(uint32_t actor, const std::vector<std::string_view>& w) const {
  if (w.size() < 2 || w.front().size() < 4) return false;
  const auto it = by_iso3_.find(actors_[actor].country);
  return it != by_iso3_.end() && actors_[it->second].given_alone;
}

void ActorKb::add_person_forms(uint32_t actor, std::string_view name) {
  forms_.push_back({std::string(name), actor, FormKind::full_name});
  auto w = words(name);
  if (w.size() < 2) return;
  // "Charles III", "Léon XIV": a regnal number is no surname.
  if (std::all_of(w.back().begin(), w.back().end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; }))
    return;
  // The surname: from the first lowercase particle after the first name, else the last word.
  std::size_t from = w.size() - 1;
  for (std::size_t i = 1; i + 1 < w.size(); ++i)
    if (is_name_particle(w[i])) {
      from = i;
      break;
    }
  std::string surname;
  for (std::size_t i = from; i < w.size(); ++i) surname += (i > from ? " " : "") + std::string(w[i]);
  if (fold_key(surname).size() >= 3) forms_.push_back({surname, actor, FormKind::surname});
  if (family_name_first(actor, w) || given_name_alone(actor, w))
    forms_.push_back({std::string(w.front()), actor, FormKind::surname});
  // "al-Sissi" is also "Sissi".
  std::string_view last = w.back();
  for (std::string_view p : {"al-", "el-", "Al-", "El-"})
    if (last.substr(0, 3) == p && last.size() > 5) forms_.push_back({std::string(last.substr(3)), actor, FormKind::surname});
}

void ActorKb::load_actors(const LexiconFile& file, bool override) {
  for (const auto& r : file.records()) {
    const std::string_view kind = r.fields[0];
    if (kind == "person" || kind == "org") {
      r.expect_fields(4, 5);
      if (!is_slug(r.fields[1])) r.fail("id '" + std::string(r.fields[1]) + "' is not a lowercase slug");
      if (r.fields[2].empty()) r.fail("empty display name");
      std::string country(r.field(3));
      if (!country.empty() && !is_iso3(country)) r.fail("'" + country + "' is not an ISO 3166-1 alpha-3 code");
      KbActor a{std::string(r.fields[1]), std::string(r.fields[2]),
                kind == "person" ? ActorKind::person : ActorKind::organization, country, {}, {}};
      const uint32_t idx = add_actor(std::move(a), r, override);
      std::vector<std::string_view> names{r.fields[2]};
      for (auto alias : split_alternatives(r.field(4))) names.push_back(alias);
      for (auto n : names) {
        if (kind == "person") {
          add_person_forms(idx, n);
        } else {
          const bool acronym = n.size() <= 6 && std::none_of(n.begin(), n.end(), [](char c) { return c >= 'a' && c <= 'z'; });
          forms_.push_back({std::string(n), idx, acronym ? FormKind::acronym : FormKind::org_name});
        }
      }
    } else if (kind == "office") {
      r.expect_fields(6, 6);
      if (r.field(2).empty() || r.field(3).empty()) r.fail("office and place must be given");
      Office o;
      o.office = std::string(r.fields[2]);
      o.where = std::string(r.fields[3]);
      o.from = parse_day(r, r.field(4), LONG_MIN);
      o.to = parse_day(r, r.field(5), LONG_MAX);
      if (o.from > o.to) r.fail("the term ends before it starts");
      pending_offices_.push_back({std::string(r.fields[1]), std::move(o), r.file, r.line});
    } else {
      r.fail("unknown record kind '" + std::string(kind) + "' (person, org, office)");
    }
  }
}

void ActorKb::finish() {
  for (auto& p : pending_offices_) {
    auto it = by_id_.find(p.actor_id);
    if (it == by_id_.end()) throw LexiconError(p.file, p.line, "office of unknown actor '" + p.actor_id + "'");
    if (!is_iso3(p.office.where) && !by_id_.count(p.office.where))
      throw LexiconError(p.file, p.line, "office at unknown place '" + p.office.where + "'");
    p.office.actor = it->second;
    actors_[it->second].offices.push_back(static_cast<uint32_t>(offices_.size()));
    by_office_[p.office.office + "@" + p.office.where].push_back(static_cast<uint32_t>(offices_.size()));
    offices_.push_back(std::move(p.office));
  }
  pending_offices_.clear();
  name_words_.assign(actors_.size(), {});
  for (const auto& f : forms_) {
    if (f.kind != FormKind::full_name && f.kind != FormKind::surname) continue;
    const std::string folded = fold_key(f.text);
    auto& words = name_words_[f.actor];
    for (std::size_t b = 0; b < folded.size();) {
      std::size_t e = folded.find(' ', b);
      if (e == std::string::npos) e = folded.size();
      words.push_back(folded.substr(b, e - b));
      b = e + 1;
    }
  }
  for (auto& words : name_words_) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
  }
}

bool ActorKb::may_have_name_word(uint32_t a, std::string_view w) const {
  if (a >= name_words_.size()) return false;
  const std::string_view prefix = w.substr(0, 3);
  const auto& words = name_words_[a];
  const auto it = std::lower_bound(words.begin(), words.end(), prefix,
                                   [](const std::string& x, std::string_view y) { return x < y; });
  return it != words.end() && std::string_view(*it).substr(0, prefix.size()) == prefix;
}

long ActorKb::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : static_cast<long>(it->second);
}

long ActorKb::country(std::string_view iso3) const {
  auto it = by_iso3_.find(std::string(iso3));
  return it == by_iso3_.end() ? -1 : static_cast<long>(it->second);
}

namespace {
bool covers(const Office& o, const Date& d) {
  long first, last;
  if (!day_range(d, first, last)) return true;
  return o.from <= last && o.to >= first;
}
}  // namespace

std::vector<uint32_t> ActorKb::holders(std::string_view office, std::string_view where, const Date& d) const {
  std::vector<std::pair<long, uint32_t>> found;
  auto it = by_office_.find(std::string(office) + "@" + std::string(where));
  if (it == by_office_.end()) return {};
  for (uint32_t oi : it->second) {
    const Office& o = offices_[oi];
    if (covers(o, d)) found.emplace_back(o.from, o.actor);
  }
  std::sort(found.begin(), found.end());
  std::vector<uint32_t> out;
  for (auto& f : found)
    if (std::find(out.begin(), out.end(), f.second) == out.end()) out.push_back(f.second);
  return out;
}

bool ActorKb::holds(uint32_t a, std::string_view office, const Date& d, std::string* where) const {
  for (uint32_t oi : actors_[a].offices) {
    const Office& o = offices_[oi];
    if ((office.empty() || o.office == office) && covers(o, d)) {
      if (where) *where = o.where;
      return true;
    }
  }
  return false;
}

bool ActorKb::is_monarch_title(uint32_t country, std::string_view folded_title) const {
  const auto& titles = actors_[country].monarch_titles;
  return std::find(titles.begin(), titles.end(), folded_title) != titles.end();
}

bool ActorKb::held_before(uint32_t a, std::string_view office, std::string_view where, const Date& d) const {
  long first = LONG_MAX, last = LONG_MAX;
  if (!day_range(d, first, last)) first = LONG_MAX;
  for (uint32_t oi : actors_[a].offices) {
    const Office& o = offices_[oi];
    if (o.office == office && (where.empty() || o.where == where) && o.to < first) return true;
  }
  return false;
}

bool is_name_particle(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  return w == "de" || w == "da" || w == "do" || w == "du" || w == "di" || w == "al" || w == "el" || w == "le" ||
         w == "la" || w == "von" || w == "van" || w == "der" || w == "den" || w == "del" || w == "dos" || w == "das" ||
         w == "ben" || w == "bin" || w == "ibn";
}

}  // namespace ag::extract
