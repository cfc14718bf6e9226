#include "extract/lexicons.h"

#include <algorithm>
#include <stdexcept>

#include "extract/fold.h"
#include "extract/lexicon_error.h"

namespace ag::extract {

std::vector<std::string> expand_alternatives(std::string_view pattern) {
  std::vector<std::string> out{""};
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == ')') throw std::invalid_argument("unbalanced ')'");
    if (pattern[i] != '(') {
      for (auto& o : out) o += pattern[i];
      ++i;
      continue;
    }
    const std::size_t close = pattern.find(')', i);
    if (close == std::string_view::npos) throw std::invalid_argument("unbalanced '('");
    std::string_view group = pattern.substr(i + 1, close - i - 1);
    if (group.find('(') != std::string_view::npos) throw std::invalid_argument("nested '('");
    std::vector<std::string_view> alts;
    std::size_t s = 0;
    while (true) {
      std::size_t bar = group.find('|', s);
      alts.push_back(group.substr(s, bar == std::string_view::npos ? std::string_view::npos : bar - s));
      if (bar == std::string_view::npos) break;
      s = bar + 1;
    }
    std::vector<std::string> next;
    for (const auto& o : out)
      for (auto a : alts) next.push_back(o + std::string(a));
    out.swap(next);
    i = close + 1;
  }
  // An empty optional group leaves double spaces: fold_key collapses them later.
  return out;
}

namespace {

// The columns hold whatever the count of kinds (clang-format packs some counts one a line).
// clang-format off
const char* const kCueNames[] = {
    "negation",                "hypothetical",            "planned",                 "scheduled",
    "phone",                   "pronoun",                 "place",                   "filler",
    "connector",               "sequence",                "continuation",            "reporting",
    "honorific",               "visit",                   "anaphora",                "clause_negation",
    "event_frame",             "co_mediator",             "relation",                "separate",
    "preposition",             "outcome",                 "leading",                 "non_event",
    "topic_frame",             "impersonal",              "portfolio",               "agent",
    "noun_determiner",         "object_pronoun",          "determiner",              "future_support",
    "organizer",               "support",                 "holding",                 "event_verb",
    "joining",                 "pluperfect",              "sequel",                  "setting_stop",
    "complement_opener",       "relative",                "subordinator",            "auxiliary",
    "commentary",              "companion",               "participle",              "relative_pronoun",
    "genitive",                "agent_preposition",       "article",                 "definite_determiner",
    "indefinite_determiner",   "a_determiner",            "singular_article",        "have_auxiliary",
    "future_auxiliary",        "call_modifier",           "agent_stop",              "article_preposition",
    "complement_preposition",  "thing_object",            "sport",                   "aside",
    "epithet",                 "elect",                   "stand_in",                "stressed_pronoun",
    "both_countries",          "business",                "civilian",                "group",
    "earlier"};
// clang-format on
static_assert(sizeof kCueNames / sizeof kCueNames[0] == static_cast<int>(CueKind::count), "a name per cue kind");

bool single_word(std::string_view folded) {
  for (char c : folded)
    if (c == ' ') return false;
  return true;
}

// Whether the last word of a phrase of several words starts with a capital ('A'-'Z', or a
// two-byte UTF-8 capital from 'À' to 'Þ').
bool capitalized_tail(std::string_view phrase) {
  const std::size_t space = phrase.find_last_of(" '");
  if (space == std::string_view::npos || space + 1 >= phrase.size()) return false;
  const auto c = static_cast<unsigned char>(phrase[space + 1]);
  if (c >= 'A' && c <= 'Z') return true;
  const auto d = space + 2 < phrase.size() ? static_cast<unsigned char>(phrase[space + 2]) : 0;
  return c == 0xC3 && d >= 0x80 && d <= 0x9E;
}

}  // namespace

Lexicons::Lexicons(const std::string& dir, const std::string& actors_file, const std::string& lang) {
  const std::string root = lang + "/";
  kb_.load_countries(load_lexicon_files(dir, root + "countries.tsv"));
  for (const auto& f : load_lexicon_files(dir, root + "actors/")) kb_.load_actors(f, false);
  if (!actors_file.empty()) kb_.load_actors(read_lexicon_file(actors_file), true);
  kb_.finish();
  for (const auto& f : load_lexicon_files(dir, "taxonomy.tsv"))
    for (const auto& r : f.records()) {
      r.expect_fields(1, 2);
      topic_ids_.emplace_back(r.fields[0]);
    }
  load_roles(load_lexicon_files(dir, root + "roles.tsv").front());
  load_triggers(load_lexicon_files(dir, root + "triggers.tsv").front());
  load_cues(load_lexicon_files(dir, root + "cues.tsv").front());
  load_topics(load_lexicon_files(dir, root + "topics.tsv").front());
  load_place_nouns(load_lexicon_files(dir, root + "places.tsv").front());
  for (int k = 0; k < static_cast<int>(PlaceNoun::count); ++k) {
    auto& words = place_nouns_[k];
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    for (const auto& w : words) words_.add(w, kPlaceNounBit << k);
  }
  add_actor_forms();
  collect_first_names();
  matcher_.build();
}

void Lexicons::add_actor_forms() {
  const auto& forms = kb_.forms();
  for (uint32_t i = 0; i < forms.size(); ++i) matcher_.add(fold_key(forms[i].text), make_payload(PhraseKind::actor_form, i));
  const auto& dem = kb_.demonyms();
  for (uint32_t i = 0; i < dem.size(); ++i) matcher_.add(fold_key(dem[i].first), make_payload(PhraseKind::demonym, i));
}

// Whether a role's fixed place is written in its phrase as a demonym ("secrétaire philippin à
// la Défense" for PHL), as a {D} role's is: the text then says the country, and a name the role
// introduces is of it. A default place ("secrétaire d'État" for USA) says nothing.
bool Lexicons::demonym_written(const std::string& phrase, const std::string& where) const {
  if (where.size() != 3 || kb_.country(where) < 0) return false;
  for (const auto& [form, iso3] : kb_.demonyms()) {
    if (iso3 != where) continue;
    for (std::size_t at = phrase.find(form); at != std::string::npos; at = phrase.find(form, at + 1)) {
      const std::size_t end = at + form.size();
      if ((at == 0 || phrase[at - 1] == ' ') && (end == phrase.size() || phrase[end] == ' ')) return true;
    }
  }
  return false;
}

void Lexicons::load_roles(const LexiconFile& f) {
  for (const auto& r : f.records()) {
    r.expect_fields(3, 3);
    std::string office(r.fields[1]);
    std::string where(r.field(2));
    if (!where.empty() && kb_.country(where) < 0 && kb_.find(where) < 0)
      r.fail("unknown place '" + where + "' (an ISO3 code or an organization id)");
    const std::string phrase(r.fields[0]);
    const std::size_t slot = phrase.find("{D}");
    if (slot == std::string::npos) {
      matcher_.add(fold_key(phrase), make_payload(PhraseKind::role, static_cast<uint32_t>(roles_.size())));
      roles_.push_back({office, where, demonym_written(phrase, where), capitalized_tail(phrase)});
      continue;
    }
    // One role per demonym form: "ministre {D} des Affaires étrangères".
    for (const auto& [form, iso3] : kb_.demonyms()) {
      std::string p = phrase.substr(0, slot) + form + phrase.substr(slot + 3);
      matcher_.add(fold_key(p), make_payload(PhraseKind::role, static_cast<uint32_t>(roles_.size())));
      roles_.push_back({office, iso3, true});
    }
  }
}

void Lexicons::load_triggers(const LexiconFile& f) {
  static const std::pair<const char*, TriggerPattern> kPatterns[] = {
      {"reciprocal", TriggerPattern::reciprocal}, {"transitive", TriggerPattern::transitive},
      {"receive", TriggerPattern::receive},       {"from_agent", TriggerPattern::from_agent},
      {"noun", TriggerPattern::noun},             {"host", TriggerPattern::host},
      {"invitation", TriggerPattern::invitation}, {"mediator", TriggerPattern::mediator},
      {"mediator_subject", TriggerPattern::mediator_subject}, {"join", TriggerPattern::join},
      {"around", TriggerPattern::around}};
  for (const auto& r : f.records()) {
    r.expect_fields(5, 6);
    Trigger t;
    t.type = std::string(r.fields[1]);
    if (t.type != "phone_call" && t.type != "meeting" && t.type != "mediation" && t.type != "contact")
      r.fail("unknown type '" + t.type + "' (phone_call, meeting, mediation, contact)");
    bool found = false;
    for (const auto& [name, pat] : kPatterns)
      if (r.fields[2] == name) t.pattern = pat, found = true;
    if (!found) r.fail("unknown pattern '" + std::string(r.fields[2]) + "'");
    const std::string_view init = r.field(3);
    if (init == "subject") t.subject_initiates = true;
    else if (init == "agent") t.agent_initiates = true;
    else if (!init.empty()) r.fail("initiator must be subject, agent or -");
    const std::string_view st = r.fields[4];
    if (st == "occurred") t.status = TriggerStatus::occurred;
    else if (st == "planned") t.status = TriggerStatus::planned;
    else if (st == "infinitive") t.status = TriggerStatus::infinitive;
    else if (st == "participle") t.status = TriggerStatus::participle;
    else if (st == "fronted") t.status = TriggerStatus::fronted;
    else if (st == "reflexive") t.status = TriggerStatus::reflexive;
    else if (st == "supported") t.status = TriggerStatus::supported;
    else r.fail("status must be occurred, planned, infinitive, participle, reflexive, fronted or supported");
    for (std::string_view flag : split_alternatives(r.field(5))) {
      if (flag == "witness")
        t.witness = true;
      else if (flag == "trip")
        t.trip = true;
      else if (flag == "remote")
        t.remote = true;
      else if (flag == "gathering")
        t.gathering = true;
      else if (flag == "signatories")
        t.signatories = true;
      else if (flag == "inverted")
        t.inverted = true;
      else
        r.fail("unknown flag '" + std::string(flag) + "' (witness, trip, remote, gathering, signatories, inverted)");
    }
    std::vector<std::string> phrases;
    try {
      phrases = expand_alternatives(r.fields[0]);
    } catch (const std::invalid_argument& e) {
      r.fail(std::string("bad phrase: ") + e.what());
    }
    for (const auto& p : phrases) {
      Trigger copy = t;
      copy.phrase = fold_key(p);
      matcher_.add(copy.phrase, make_payload(PhraseKind::trigger, static_cast<uint32_t>(triggers_.size())));
      triggers_.push_back(std::move(copy));
    }
  }
}

void Lexicons::load_cues(const LexiconFile& f) {
  for (const auto& r : f.records()) {
    r.expect_fields(2, 2);
    int kind = -1;
    for (int k = 0; k < static_cast<int>(CueKind::count); ++k)
      if (r.fields[0] == kCueNames[k]) kind = k;
    if (kind < 0) r.fail("unknown cue kind '" + std::string(r.fields[0]) + "'");
    // A line may list alternatives, as trigger lines do: "les (trois|quatre) (dirigeants|pays)".
    std::vector<std::string> phrases;
    try {
      phrases = expand_alternatives(r.fields[1]);
    } catch (const std::invalid_argument& e) {
      r.fail(std::string("bad phrase: ") + e.what());
    }
    for (const auto& p : phrases) add_cue(r, static_cast<CueKind>(kind), fold_key(p));
  }
}

void Lexicons::add_cue(const LexiconRecord& r, CueKind ck, std::string folded) {
  const int kind = static_cast<int>(ck);
  if (folded.empty()) r.fail("empty cue");
  // Kinds looked up word by word only, never scanned for as phrases.
  static constexpr CueKind kWordOnly[] = {
      CueKind::filler,                 CueKind::connector,              CueKind::clause_negation,
      CueKind::event_frame,            CueKind::preposition,            CueKind::topic_frame,
      CueKind::portfolio,              CueKind::agent,                  CueKind::noun_determiner,
      CueKind::object_pronoun,         CueKind::determiner,             CueKind::future_support,
      CueKind::organizer,              CueKind::support,                CueKind::holding,
      CueKind::event_verb,             CueKind::joining,                CueKind::pluperfect,
      CueKind::sequel,                 CueKind::setting_stop,           CueKind::complement_opener,
      CueKind::relative,               CueKind::subordinator,           CueKind::auxiliary,
      CueKind::companion,              CueKind::participle,             CueKind::relative_pronoun,
      CueKind::genitive,               CueKind::agent_preposition,      CueKind::article,
      CueKind::definite_determiner,    CueKind::indefinite_determiner,  CueKind::a_determiner,
      CueKind::singular_article,       CueKind::have_auxiliary,         CueKind::future_auxiliary,
      CueKind::call_modifier,          CueKind::agent_stop,             CueKind::article_preposition,
      CueKind::complement_preposition, CueKind::thing_object,           CueKind::epithet,
      CueKind::elect,                  CueKind::earlier};
  const bool word_only = std::find(std::begin(kWordOnly), std::end(kWordOnly), ck) != std::end(kWordOnly);
  if (word_only && ck != CueKind::filler && ck != CueKind::connector && !single_word(folded))
    r.fail("cue kind '" + std::string(kCueNames[kind]) + "' takes one word");
  const bool gap_word = word_only || ck == CueKind::sequence || ck == CueKind::place || ck == CueKind::pronoun ||
                        ck == CueKind::honorific;
  if (gap_word && single_word(folded)) {
    // Elided forms ("l'", "s'") are words without their apostrophe once tokenized.
    if (folded.size() > 1 && folded.back() == '\'') folded.pop_back();
    words_.add(folded, KindMask{1} << kind);
  }
  // A connector of several words ("ainsi que") is found as a phrase between two names.
  const bool phrase = !word_only || (ck == CueKind::connector && !single_word(folded));
  if (phrase && folded != ",") matcher_.add(folded, make_payload(PhraseKind::cue, static_cast<uint32_t>(kind)));
}

void Lexicons::load_topics(const LexiconFile& f) {
  auto topic_index = [&](const LexiconRecord& r, std::string_view id) -> uint32_t {
    for (uint32_t i = 0; i < topic_ids_.size(); ++i)
      if (topic_ids_[i] == id) return i;
    r.fail("unknown topic id '" + std::string(id) + "' (see lexicons/taxonomy.tsv)");
  };
  for (const auto& r : f.records()) {
    if (r.fields[0] == "topic" || r.fields[0] == "setting") {
      r.expect_fields(r.fields[0] == "topic" ? 3 : 2, r.fields[0] == "topic" ? 3 : 2);
      const uint32_t t = r.fields[0] == "setting" ? kSettingPhrase
                         : r.fields[2] == "-"     ? kNotATopic
                                                  : topic_index(r, r.fields[2]);
      matcher_.add(fold_key(r.fields[1]), make_payload(PhraseKind::topic, static_cast<uint32_t>(topic_entries_.size())));
      topic_entries_.push_back(t);
    } else if (r.fields[0] == "subject") {
      r.expect_fields(4, 4);
      SubjectEntry s{std::string(r.fields[2]), std::string(r.field(3))};
      if (!s.topic.empty()) topic_index(r, s.topic);
      matcher_.add(fold_key(r.fields[1]), make_payload(PhraseKind::subject, static_cast<uint32_t>(subjects_.size())));
      subjects_.push_back(std::move(s));
    } else {
      r.fail("unknown record kind '" + std::string(r.fields[0]) + "' (topic, subject, setting)");
    }
  }
}

void Lexicons::load_place_nouns(const LexiconFile& f) {
  for (const auto& r : f.records()) {
    r.expect_fields(2, 2);
    PlaceNoun kind = PlaceNoun::count;
    if (r.fields[0] == "named")
      kind = PlaceNoun::named;
    else if (r.fields[0] == "region")
      kind = PlaceNoun::region;
    else
      r.fail("unknown place noun kind '" + std::string(r.fields[0]) + "' (named, region)");
    for (std::string_view word : split_alternatives(r.fields[1])) {
      std::string folded = fold_key(word);
      if (folded.empty() || !single_word(folded)) r.fail("place noun '" + std::string(word) + "' is not one word");
      place_nouns_[static_cast<int>(kind)].push_back(std::move(folded));
    }
  }
}

void Lexicons::collect_first_names() {
  for (const auto& f : kb_.forms()) {
    if (f.kind != FormKind::full_name) continue;
    const std::string folded = fold_key(f.text);
    const auto space = folded.find(' ');
    if (space == std::string::npos || space < 3) continue;
    std::string first = folded.substr(0, space);
    if (is_cue_word(CueKind::honorific, first) || is_cue_word(CueKind::filler, first)) continue;
    words_.add(first, kFirstNameBit);
  }
}

uint32_t Lexicons::WordTable::hash(std::string_view w) {
  // FNV-1a: words are a few bytes long, where anything fancier costs more than it saves.
  uint32_t h = 2166136261u;
  for (unsigned char c : w) h = (h ^ c) * 16777619u;
  return h;
}

void Lexicons::WordTable::grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.bits) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].bits) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void Lexicons::WordTable::add(std::string_view word, KindMask bits) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  by_shape_[shape(word)] |= bits;
  const uint32_t h = hash(word);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (; slots_[i].bits; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.hash == h && std::string_view(arena_).substr(s.offset, s.size) == word) {
      s.bits |= bits;
      return;
    }
  }
  slots_[i] = Slot{h, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(word.size()), bits};
  arena_.append(word);
  ++used_;
}

Lexicons::KindMask Lexicons::WordTable::kinds(std::string_view word) const {
  if (slots_.empty()) return 0;
  const uint32_t h = hash(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask; slots_[i].bits; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash != h || s.size != word.size()) continue;
    // Words are a few bytes: a loop, where a call to memcmp cost more than the compare.
    const char* a = arena_.data() + s.offset;
    std::size_t k = 0;
    while (k < s.size && a[k] == word[k]) ++k;
    if (k == s.size) return s.bits;
  }
  return 0;
}

Lexicons::KindMask Lexicons::WordTable::probe(std::string_view word, KindMask mask) const {
  return kinds(word) & mask;
}

}  // namespace ag::extract
