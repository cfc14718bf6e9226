#pragma once
// All language data of one language, loaded and validated at start-up, and the single
// phrase automaton built over it.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/actor_kb.h"
#include "extract/phrase_matcher.h"

namespace ag::extract {

// What a matched phrase is: the top 4 bits of a payload; the rest indexes the table.
enum class PhraseKind : uint8_t { actor_form = 0, demonym = 1, role = 2, trigger = 3, cue = 4, topic = 5, subject = 6 };

inline uint32_t make_payload(PhraseKind k, uint32_t index) { return (static_cast<uint32_t>(k) << 28) | index; }
inline PhraseKind payload_kind(uint32_t p) { return static_cast<PhraseKind>(p >> 28); }
inline uint32_t payload_index(uint32_t p) { return p & 0x0FFFFFFFu; }

struct Role {
  std::string office;  // head_of_state, ..., state, counterpart
  std::string where;   // fixed place (ISO3 or organization id), or bound by an infix demonym; may be empty
  bool written = false;  // the place is in the phrase itself ("ministre russe des ..."), not a default
  // The phrase ends on a capitalized word after its first ("président de la Commission"): the
  // text capitalizes it too, or it names another body ("la commission des affaires étrangères").
  bool proper_tail = false;
};

enum class TriggerPattern : uint8_t {
  reciprocal, transitive, receive, from_agent, noun, host, invitation, mediator, mediator_subject,
  join,   // "X a également participé à la rencontre": X joins the interaction being reported
  around  // "Autour de M se sont assis A et B": the seated and whom they sat around met
};
// fronted: a participle opening the sentence ("Reçu par A, B a ..."): its agent and the
// clause's subject after the comma are the parties.
enum class TriggerStatus : uint8_t { occurred, planned, infinitive, participle, reflexive, fronted, supported };

struct Trigger {
  std::string type;  // phone_call, meeting, mediation, contact
  TriggerPattern pattern = TriggerPattern::noun;
  bool agent_initiates = false;    // initiator column "agent"
  bool subject_initiates = false;  // initiator column "subject"
  TriggerStatus status = TriggerStatus::occurred;
  bool witness = false;  // flag "witness": whom it joins saw the interaction, not one of its sides ("en présence de")
  bool trip = false;     // flag "trip": an arrival awaited ("est attendu à Paris"): the destination hosts no one
  bool remote = false;   // flag "remote": without a channel, place or face-to-face cue, a call ("se sont parlé")
  // flag "gathering": says whom an event noun just before it brought together ("le sommet
  // réunissant A et B"); after any other noun ("une coalition réunissant A et B") no event.
  bool gathering = false;
  // flag "signatories": a passive whose parties are its agents alone, its subject a text ("le
  // texte a été paraphé par A et B"; "l'accord négocié par A et B a été signé" names no one);
  // in the active, the partner after the text signed ("A a signé un accord d'aide avec B").
  bool signatories = false;
  // flag "inverted": a join verb opening its sentence, its subject after it ("Participaient
  // également à la réunion A et B", "À ses côtés siégeaient A et B"); anywhere else, no event.
  bool inverted = false;
  std::string phrase;  // one expansion, for diagnostics
};

enum class CueKind : uint8_t {
  negation,
  hypothetical,
  planned,
  scheduled,
  phone,
  pronoun,
  place,
  filler,
  connector,
  sequence,
  continuation,
  reporting,
  honorific,
  visit,
  anaphora,
  clause_negation,
  event_frame,
  co_mediator,
  relation,
  separate,
  preposition,
  outcome,
  leading,
  non_event,
  topic_frame,
  impersonal,
  portfolio,
  agent,
  noun_determiner,
  object_pronoun,
  determiner,
  future_support,
  organizer,
  support,
  holding,
  event_verb,
  joining,
  pluperfect,
  sequel,
  setting_stop,
  complement_opener,
  relative,
  subordinator,
  auxiliary,
  commentary,
  companion,
  participle,  // a past participle that, after a noun, opens a clause of its own event
  relative_pronoun,
  genitive,           // "de", "d'", "du", "des": what ties a complement to the noun before it
  agent_preposition,  // "par": what introduces a passive's agent
  article,
  definite_determiner,
  indefinite_determiner,
  a_determiner,
  singular_article,
  have_auxiliary,
  future_auxiliary,
  call_modifier,
  agent_stop,
  article_preposition,
  complement_preposition,
  thing_object,  // a thing a verb trigger takes as its object ("le soutien de B"): no contact
  sport,         // a sports phrase ("en demi-finale"): countries that "meet" there are teams
  aside,         // "un tête-à-tête", "en aparté": a meeting held apart within a larger one
  epithet,       // a political epithet after a bare "le dirigeant" ("libéral", "populiste")
  elect,         // "élu" after a title: the person elected to the office, not yet its holder
  stand_in,      // "qui représentait": the actor after it was represented, not there
  // "avec lui": someone the clause's subject deals with, not the subject
  stressed_pronoun,
  // "des deux pays" after a plural title: the two states the text named last
  both_countries,
  business,      // "le PDG de Total, A", "A, patron d'Eni": a person of business, no political actor
  civilian,      // "l'humanitaire belge A", "le journaliste A": a private person, no political actor
  group,         // "les participants", "les trois dirigeants": the parties of a meeting of three or more
  earlier,       // "déjà" by a verb ("s'étaient déjà vus"): an interaction before the news
  count
};

// Place nouns (places.tsv): `named` a named place's common noun ("la place Kim Il-sung"),
// `region` a part of a territory ("le nord de la Syrie").
enum class PlaceNoun : uint8_t { named, region, count };

struct SubjectEntry {
  std::string name;
  std::string topic;  // may be empty
};

class Lexicons {
 public:
  // Loads lexicons/<lang>/ from `dir` (a user folder) or the bundled copy, merges the user's
  // actors file, validates everything and builds the automaton. Throws LexiconError.
  Lexicons(const std::string& dir, const std::string& actors_file, const std::string& lang = "fr");

  const ActorKb& kb() const { return kb_; }
  const PhraseMatcher& matcher() const { return matcher_; }
  const std::vector<Role>& roles() const { return roles_; }
  const std::vector<Trigger>& triggers() const { return triggers_; }
  const std::vector<std::string>& topic_ids() const { return topic_ids_; }   // taxonomy order
  // What a topic phrase gives: an index into topic_ids(), or one of the two markers below.
  const std::vector<uint32_t>& topic_of_phrase() const { return topic_entries_; }
  // A phrase that gives no topic and hides the topic words inside it ("prix Nobel de la paix").
  static constexpr uint32_t kNotATopic = UINT32_MAX;
  // A phrase that opens the setting of an interaction ("en marge du sommet du G20"): the
  // topic words of that setting say where the actors met, not what they discussed.
  static constexpr uint32_t kSettingPhrase = UINT32_MAX - 1;
  const std::vector<SubjectEntry>& subjects() const { return subjects_; }
  // Single gap words of a cue kind (filler, connector, sequence, place), folded.
  bool is_cue_word(CueKind kind, std::string_view folded_word) const;
  // Whether a folded word is the first name of some person of the knowledge base: what
  // lets "Riek Machar" be read as a person the data does not know.
  bool is_first_name(std::string_view folded_word) const;
  // Whether a folded word is an honorific before a name ("cheikh", "m", "mme", "mgr").
  bool is_honorific(std::string_view folded_word) const;
  // Whether a folded word is a place noun of this kind: the name or country after it is
  // where something is, not who.
  bool is_place_noun(PlaceNoun kind, std::string_view folded_word) const;

 private:
  ActorKb kb_;
  PhraseMatcher matcher_;
  std::vector<Role> roles_;
  std::vector<Trigger> triggers_;
  std::vector<std::string> topic_ids_;
  std::vector<uint32_t> topic_entries_;  // phrase entry -> index into topic_ids_
  std::vector<SubjectEntry> subjects_;
  std::vector<std::string> place_nouns_[static_cast<int>(PlaceNoun::count)];  // sorted
  // Every single word looked up by the rules (gap cues, first names, place nouns) with the kinds it has:
  // one hashed probe per lookup, where a binary search per kind over strings was 5% of
  // extraction. Open addressing over one arena of bytes, so lookups allocate nothing.
  // A bit per cue kind, one for first names and one per kind of place noun: more than 64.
  __extension__ typedef unsigned __int128 KindMask;  // __extension__: GCC and Clang have it, -pedantic aside
  class WordTable {
   public:
    // Adds `bits` to the kinds of `word` (inserting it).
    void add(std::string_view word, KindMask bits);
    // The kinds of `word`, 0 when it is not in the table.
    KindMask kinds(std::string_view word) const;
    // kinds(word) & mask, without hashing when no word of that shape (length, first and
    // last byte) has any of those kinds (most lookups ask for a kind of a few words: "ne",
    // "pas", "et").
    KindMask kinds(std::string_view word, KindMask mask) const {
      return by_shape_[shape(word)] & mask ? probe(word, mask) : 0;
    }

   private:
    struct Slot {
      uint32_t hash = 0;
      uint32_t offset = 0;  // into arena_
      uint32_t size = 0;
      KindMask bits = 0;  // 0: empty slot (every word has some kind)
    };
    std::vector<Slot> slots_;  // a power of two, at most half full
    std::string arena_;
    std::size_t used_ = 0;
    // The kinds of the words of each shape, a few shapes sharing a row: a word of the table
    // asked for a kind it lacks ("de" as a place word) now skips the hash too, where masks
    // by first byte and by length let through every kind some word of either had.
    static constexpr int kShapeBits = 10;
    KindMask by_shape_[std::size_t{1} << kShapeBits] = {};
    static std::size_t shape(std::string_view w) {
      const uint32_t first = w.empty() ? 0 : static_cast<unsigned char>(w.front());
      const uint32_t last = w.empty() ? 0 : static_cast<unsigned char>(w.back());
      const uint32_t key = (static_cast<uint32_t>(w.size()) << 16) ^ (first << 8) ^ last;
      return (key * 2654435761u) >> (32 - kShapeBits);  // Fibonacci hashing: the top bits
    }
    static uint32_t hash(std::string_view w);
    // kinds(word) & mask, out of line: the inline test above then ends in a tail call and
    // saves no register on its fast path (the answer from the masks alone).
    KindMask probe(std::string_view word, KindMask mask) const;
    void grow();
  };
  static constexpr KindMask kFirstNameBit = KindMask{1} << static_cast<int>(CueKind::count);
  static constexpr KindMask kPlaceNounBit = kFirstNameBit << 1;  // shifted by the PlaceNoun
  static_assert(static_cast<int>(CueKind::count) + 1 + static_cast<int>(PlaceNoun::count) <= 128,
                "a bit per cue kind, one for first names and one per kind of place noun");
  WordTable words_;

  void collect_first_names();
  void load_roles(const LexiconFile& f);
  bool demonym_written(const std::string& phrase, const std::string& where) const;
  void load_triggers(const LexiconFile& f);
  void load_cues(const LexiconFile& f);
  // Adds one folded cue phrase of kind `ck` from record `r` (which names the line in errors).
  void add_cue(const LexiconRecord& r, CueKind ck, std::string folded);
  void load_topics(const LexiconFile& f);
  void load_place_nouns(const LexiconFile& f);
  void add_actor_forms();
};

// Expands "(a|b|) c" alternation groups into every phrase they stand for. Throws
// std::invalid_argument on unbalanced parentheses.
std::vector<std::string> expand_alternatives(std::string_view pattern);

// Inline: the rules ask these for most words of every sentence, and most answers are "no"
// from the first-byte and length masks alone.
inline bool Lexicons::is_cue_word(CueKind kind, std::string_view w) const {
  return words_.kinds(w, KindMask{1} << static_cast<int>(kind)) != 0;
}

inline bool Lexicons::is_honorific(std::string_view w) const {
  return is_cue_word(CueKind::honorific, w);
}

// In the word table with the cue words: most words are rejected by its masks at once, where a
// binary search over strings compared a few of them each time.
inline bool Lexicons::is_place_noun(PlaceNoun kind, std::string_view w) const {
  return words_.kinds(w, kPlaceNounBit << static_cast<int>(kind)) != 0;
}

inline bool Lexicons::is_first_name(std::string_view w) const {
  return words_.kinds(w, kFirstNameBit) != 0;
}

}  // namespace ag::extract
