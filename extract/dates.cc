#include "extract/dates.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <utility>

#include "extract/fold.h"
#include "extract/lexicon_error.h"
#include "extract/lexicon_file.h"

namespace ag::extract {
namespace {

constexpr std::string_view kPath = "fr/dates.tsv";

// Days a day date without a year may lie after the reference before it is read as last
// year's; after a future cue, the longer window.
constexpr long kWindow = 62;
constexpr long kCueWindow = 300;
// How many tokens before a date a future cue still counts (for a bare weekday: fewer).
constexpr std::size_t kCueTokens = 8;
constexpr std::size_t kWeekdayCueTokens = 6;
// Years a bare four-digit number may stand for.
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;
// The longest prefix phrase, in tokens ("a la fin du mois d'" is 7).
constexpr std::size_t kMaxPhraseTokens = 10;

enum class Kind : uint8_t {
  month,
  month_abbr,
  weekday,
  relative,
  context,
  // "dans la soiree": a time of the day a plan is for (today), a report's unknown
  daypart,
  later,  // "plus tard", "plus tot": closes a counted span from the narrated day (dated: a trigger)
  ago,    // "il y a": opens a counted span back from the publication date (dated: a trigger)
  relweek,
  relweekend,  // "le week-end dernier": the Saturday and Sunday of a week counted like relweek
  relmonth,
  relyear,
  season,
  part,
  direction,
  this_,
  relation,
  intro,
  cue,
  unit,
  grammar,
  count,  // "deux", "quelques": how many of a span ("deux jours plus tard")
  span,   // "jours", "semaines", "mois", "ans"
  name,   // "vendredi saint", "mardi gras": a name made of a date word, no date
};

struct KindName {
  std::string_view name;
  Kind kind;
};
constexpr KindName kKindNames[] = {
    {"month", Kind::month},       {"month_abbr", Kind::month_abbr}, {"weekday", Kind::weekday},
    {"relative", Kind::relative}, {"context", Kind::context},       {"relweek", Kind::relweek},
    {"relmonth", Kind::relmonth}, {"relyear", Kind::relyear},       {"season", Kind::season},
    {"part", Kind::part},         {"direction", Kind::direction},   {"this", Kind::this_},
    {"relation", Kind::relation}, {"intro", Kind::intro},           {"cue", Kind::cue},
    {"unit", Kind::unit},         {"grammar", Kind::grammar},       {"later", Kind::later},
    {"count", Kind::count},       {"span", Kind::span},             {"name", Kind::name},
    {"ago", Kind::ago},           {"relweekend", Kind::relweekend}, {"daypart", Kind::daypart},
};

// Whether a hit of this kind can carry a date by itself (the quick rejection test).
bool dated_kind(Kind k) {
  return k <= Kind::season;
}

// Relation values of the lexicon, in the order parse_value reads them.
constexpr DateMention::Relation kRelations[] = {DateMention::Relation::before, DateMention::Relation::after,
                                                DateMention::Relation::since, DateMention::Relation::until};

// Grammar roles (bit set in Entry::value).
enum Role : int { kArticle = 1, kOf = 2, kFrom = 4, kTo = 8, kOrdinal = 16, kPossessive = 32 };

// Byte classes of folded text.
enum : uint8_t { kSpace = 1, kDigit = 2, kLetter = 4 };
struct ByteClasses {
  uint8_t c[256] = {};
  constexpr ByteClasses() {
    for (int i = 0; i < 256; ++i) {
      if (i == ' ' || i == '\n' || i == '\r' || i == '\t' || i == '\f' || i == '\v')
        c[i] = kSpace;
      else if (i >= '0' && i <= '9')
        c[i] = kDigit;
      else if ((i >= 'a' && i <= 'z') || (i >= 'A' && i <= 'Z') || i >= 0x80)
        c[i] = kLetter;
    }
  }
};
constexpr ByteClasses kClasses;

// A letter's column in the first-word automaton: a-z, then 26 for any other letter byte
// (capitals, UTF-8), which no first word has; kNoLetter for the rest, which end a word.
constexpr uint8_t kNoLetter = 0xFF;
struct LetterColumns {
  uint8_t c[256] = {};
  constexpr LetterColumns() {
    for (int i = 0; i < 256; ++i)
      c[i] = (i >= 'a' && i <= 'z') ? static_cast<uint8_t>(i - 'a') : (kClasses.c[i] & kLetter) ? 26 : kNoLetter;
  }
};
constexpr LetterColumns kLetterColumns;

// A table look-up: phrase matching tests every byte it passes.
bool is_space(unsigned char c) {
  return kClasses.c[c] & kSpace;
}
bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

// The leading run of ASCII letters of a phrase: its lookup key.
std::string_view first_word(std::string_view phrase) {
  std::size_t i = 0;
  while (i < phrase.size() && is_lower(static_cast<unsigned char>(phrase[i]))) ++i;
  return phrase.substr(0, i);
}

}  // namespace

struct DateLexicon::Impl {
  struct Entry {
    std::string phrase;
    Kind kind;
    int value;
  };
  struct Slot {
    std::string_view key;  // points into entries[].phrase
    uint32_t first = 0;    // range of `order`
    uint32_t count = 0;
    bool dated = false;       // some phrase of the group can carry a date by itself
    bool dated_word = false;  // the word alone is such a phrase ("lundi", "hier", "mars")
    bool single = false;      // some phrase of the group is the word alone
    // The bytes the group's longer phrases go on with after the word (past their space): a
    // phrase whose next byte is not in the text's is not tried. "le", "la", "l" start ten
    // phrases each and are in every sentence; their next word rarely fits.
    std::array<uint64_t, 4> next_any{}, next_dated{};
    // The phrases that can match where the text goes on with a given byte after the word: a
    // range of `byte_lists` (one per byte some phrase goes on with) and, for any other byte,
    // the phrases of the word alone. Each list keeps the group's order (longest first).
    uint32_t lists_first = 0;
    uint32_t lists_count = 0;
    uint32_t alone_first = 0;  // range of `candidates`
    uint32_t alone_count = 0;
  };
  struct ByteList {
    unsigned char byte;
    uint32_t first;  // range of `candidates`
    uint32_t count;
  };

  std::vector<Entry> entries;
  std::vector<uint32_t> order;  // entry indexes grouped by first word, longest phrase first
  // Beside `order`: the byte each phrase goes on with after its first word (past a space), 0
  // for the word alone. A phrase is only matched where the text goes on with that byte: "le",
  // "la", "l" start ten phrases each and are in every sentence.
  std::vector<unsigned char> next;
  std::vector<Slot> slots;  // one per first word
  std::vector<ByteList> byte_lists;
  std::vector<uint32_t> candidates;  // entry indexes, by list
  // The first words as an automaton over a word's letters (columns: a-z, then any other
  // letter byte, which no first word has): entry state * kColumns + column is the next
  // state times kColumns. State 0 is the dead end, 1 the start. The tokenizer steps through
  // it as it reads a word's letters, so a word's group costs one look-up more than reading
  // the word (a hash of every word and a probe cost as much as the rest of the tokenizer).
  static constexpr uint32_t kColumns = 32;
  static constexpr uint32_t kStart = kColumns;
  std::vector<uint32_t> word_states;
  // The state after a word's first two letters, by their columns (first * kColumns + second):
  // most words need no other step, and this one look-up replaces two dependent ones.
  std::vector<uint32_t> pair_states;
  std::vector<const Slot*> slot_of;  // per state: the group of the word ending there, or null

  // slot_of points into slots: a copy would point into the original.
  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  void build() {
    std::vector<std::pair<std::string_view, uint32_t>> keyed;
    for (uint32_t i = 0; i < entries.size(); ++i) keyed.emplace_back(first_word(entries[i].phrase), i);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return entries[a.second].phrase.size() > entries[b.second].phrase.size();
    });
    for (std::size_t i = 0; i < keyed.size();) {
      std::size_t j = i;
      while (j < keyed.size() && keyed[j].first == keyed[i].first) order.push_back(keyed[j++].second);
      for (std::size_t k = i; k < j; ++k) next.push_back(byte_after_key(entries[keyed[k].second].phrase, keyed[i].first));
      const std::string_view key = keyed[i].first;
      Slot slot{key, static_cast<uint32_t>(i), static_cast<uint32_t>(j - i)};
      for (std::size_t k = i; k < j; ++k) {
        const Entry& e = entries[keyed[k].second];
        slot.dated |= dated_kind(e.kind);
        slot.dated_word |= dated_kind(e.kind) && e.phrase.size() == key.size();
        if (e.phrase.size() == key.size()) {
          slot.single = true;
          continue;
        }
        const unsigned char after = byte_after_key(e.phrase, key);
        slot.next_any[after >> 6] |= uint64_t{1} << (after & 63);
        if (dated_kind(e.kind)) slot.next_dated[after >> 6] |= uint64_t{1} << (after & 63);
      }
      add_byte_lists(slot, i, j);
      slots.push_back(slot);
      i = j;
    }
    // The automaton, once `slots` holds every group (slot_of points into it).
    word_states.assign(2 * kColumns, 0);
    slot_of.assign(2, nullptr);
    for (const Slot& slot : slots) {
      uint32_t state = kStart;
      for (char c : slot.key) {  // a-z only: the first word is the leading run of them
        const uint32_t at = state + static_cast<uint32_t>(c - 'a');
        if (word_states[at] == 0) {
          word_states[at] = static_cast<uint32_t>(word_states.size());
          word_states.resize(word_states.size() + kColumns, 0);
          slot_of.push_back(nullptr);
        }
        state = word_states[at];
      }
      slot_of[state / kColumns] = &slot;
    }
    pair_states.assign(kColumns * kColumns, 0);
    for (uint32_t first = 0; first < kColumns; ++first)
      for (uint32_t second = 0; second < kColumns; ++second)
        pair_states[first * kColumns + second] = word_states[word_states[kStart + first] + second];
  }

  // The byte `phrase` goes on with after its first word `key`, past the space between words;
  // 0 when it is the word alone. A phrase has single spaces and does not end with one
  // (check_phrase).
  static unsigned char byte_after_key(std::string_view phrase, std::string_view key) {
    if (phrase.size() == key.size()) return 0;
    const auto c = static_cast<unsigned char>(phrase[key.size()]);
    return c == ' ' ? static_cast<unsigned char>(phrase[key.size() + 1]) : c;
  }

  // The lists of `slot`, whose phrases are order[i, j): the word alone's, then one per byte
  // a longer phrase goes on with (in the order the bytes first occur), each with the phrases
  // of the word alone and those going on with that byte, in group order.
  void add_byte_lists(Slot& slot, std::size_t i, std::size_t j) {
    auto add_list = [&](unsigned char byte) {
      const auto first = static_cast<uint32_t>(candidates.size());
      for (std::size_t k = i; k < j; ++k)
        if (next[k] == 0 || next[k] == byte) candidates.push_back(order[k]);
      return first;
    };
    slot.alone_first = add_list(0);
    slot.alone_count = static_cast<uint32_t>(candidates.size()) - slot.alone_first;
    slot.lists_first = static_cast<uint32_t>(byte_lists.size());
    for (std::size_t k = i; k < j; ++k) {
      const unsigned char byte = next[k];
      if (byte == 0) continue;
      bool seen = false;
      for (uint32_t l = slot.lists_first; l < byte_lists.size() && !seen; ++l) seen = byte_lists[l].byte == byte;
      if (seen) continue;
      const uint32_t first = add_list(byte);
      byte_lists.push_back(ByteList{byte, first, static_cast<uint32_t>(candidates.size()) - first});
    }
    slot.lists_count = static_cast<uint32_t>(byte_lists.size()) - slot.lists_first;
  }

  // The phrases of `slot` that can match where the text goes on with `after` past the word,
  // as a range of `candidates`.
  std::pair<uint32_t, uint32_t> candidates_for(const Slot& slot, unsigned char after) const {
    for (uint32_t l = slot.lists_first; l < slot.lists_first + slot.lists_count; ++l)
      if (byte_lists[l].byte == after) return {byte_lists[l].first, byte_lists[l].count};
    return {slot.alone_first, slot.alone_count};
  }

  // The group of the word whose letters led the automaton to `state`, or null.
  const Slot* slot_at(std::size_t state) const { return slot_of[state / kColumns]; }
};

namespace {

using Entry = DateLexicon::Impl::Entry;

// ---------------------------------------------------------------------------------------
// Loading

bool parse_int(std::string_view s, int lo, int hi, int& out) {
  if (s.empty() || s.size() > 4) return false;
  bool neg = false;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    s.remove_prefix(1);
    if (s.empty()) return false;
  }
  int v = 0;
  for (char c : s) {
    if (!is_digit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  out = neg ? -v : v;
  return out >= lo && out <= hi;
}

int parse_value(const LexiconRecord& rec, Kind kind, std::string_view v) {
  int out = 0;
  auto range = [&](int lo, int hi) {
    if (!parse_int(v, lo, hi, out))
      rec.fail("value must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
    return out;
  };
  auto word = [&](std::initializer_list<std::string_view> names) {
    int i = 0;
    std::string list;
    for (std::string_view n : names) {
      if (v == n) return i;
      list += (list.empty() ? "" : ", ") + std::string(n);
      ++i;
    }
    rec.fail("value must be one of " + list);
  };
  switch (kind) {
    case Kind::month:
    case Kind::month_abbr:
    case Kind::season:
      return range(1, 12);
    case Kind::weekday:
      return range(0, 6);
    case Kind::relative:
    case Kind::context:
      return range(-31, 31);
    case Kind::later:
      return word({"later", "earlier"}) == 0 ? 1 : -1;
    case Kind::count:
      return range(0, 99);
    case Kind::span:
      return word({"day", "week", "month", "year"});
    case Kind::relweek:
    case Kind::relweekend:
      return range(-4, 4);
    case Kind::relmonth:
      return range(-12, 12);
    case Kind::relyear:
      return range(-10, 10);
    case Kind::part:
      return word({"begin", "middle", "end", "within"});
    case Kind::direction:
      return word({"past", "next"}) == 0 ? -1 : 1;
    case Kind::relation:
      return word({"before", "after", "since", "until"});
    case Kind::cue:
      return word({"future"});
    case Kind::this_:
    case Kind::intro:
    case Kind::unit:
    case Kind::name:
    case Kind::daypart:
      if (v != "-") rec.fail("value must be -");
      return 0;
    case Kind::ago:  // "il y a" counts back from the reference, "dans" ahead
      if (v == "ahead") return 1;
      if (v != "-") rec.fail("value must be - or ahead");
      return 0;
    case Kind::grammar: {
      int roles = 0;
      for (std::string_view r : split_alternatives(v)) {
        if (r == "article")
          roles |= kArticle;
        else if (r == "of")
          roles |= kOf;
        else if (r == "from")
          roles |= kFrom;
        else if (r == "to")
          roles |= kTo;
        else if (r == "ordinal")
          roles |= kOrdinal;
        else if (r == "possessive")
          roles |= kPossessive;
        else
          rec.fail("unknown grammar role '" + std::string(r) + "' (article, of, from, to, ordinal, possessive)");
      }
      if (roles == 0) rec.fail("grammar needs at least one role");
      return roles;
    }
  }
  return 0;
}

void check_phrase(const LexiconRecord& rec, std::string_view p) {
  if (p.empty()) rec.fail("empty phrase");
  for (std::size_t i = 0; i < p.size(); ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == ' ') {
      if (i + 1 == p.size() || p[i + 1] == ' ') rec.fail("a phrase has single spaces between words");
    } else if (!is_lower(c) && !is_digit(c) && c != '\'' && c != '-' && c != '.') {
      rec.fail("phrase '" + std::string(p) +
               "' is not folded: write lowercase ASCII without accents (a-z, 0-9, space, ' - .)");
    }
  }
  if (!is_lower(static_cast<unsigned char>(p[0]))) rec.fail("a phrase starts with a letter a-z");
  // The grammar looks back at most kMaxPhraseTokens tokens (words, numbers, signs).
  std::size_t tokens = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == ' ') continue;
    const bool run = i > 0 && ((is_lower(c) && is_lower(static_cast<unsigned char>(p[i - 1]))) ||
                               (is_digit(c) && is_digit(static_cast<unsigned char>(p[i - 1]))));
    if (!run) ++tokens;
  }
  if (tokens > kMaxPhraseTokens)
    rec.fail("phrase too long: at most " + std::to_string(kMaxPhraseTokens) + " words and signs");
}

// ---------------------------------------------------------------------------------------
// Scanning

enum class TokType : uint8_t { word, number, punct };

struct Token {
  uint32_t b = 0, e = 0;  // bytes of the folded text
  TokType type = TokType::punct;
  const DateLexicon::Impl::Slot* slot = nullptr;  // the phrases starting with this word
  uint32_t hit_first = 0;                         // range of Scratch::hits
  uint32_t hit_count = 0;
};

struct Hit {
  uint32_t entry;
  uint32_t end;  // token index after the phrase
};

// A sentence's tokens, written through a plain pointer: the tokenizer's loop stores one per
// word, number and punctuation byte, and a vector's push_back reloaded and stored its end at
// each. Grows to the longest sentence seen (a token takes a byte at least) and stays.
struct Tokens {
  std::unique_ptr<Token[]> data;
  std::size_t capacity = 0;
  uint32_t count = 0;

  // Room for `n` tokens; those written before are not kept.
  Token* reserve(std::size_t n) {
    if (n > capacity) {
      data.reset(new Token[n]);
      capacity = n;
    }
    return data.get();
  }
  std::size_t size() const { return count; }
  Token& operator[](std::size_t i) { return data[i]; }
  const Token& operator[](std::size_t i) const { return data[i]; }
};

struct Scratch {
  Tokens toks;
  std::vector<Hit> hits;
  std::vector<uint32_t> triggers;  // tokens that may carry a date, in order
  std::vector<DateMention> found;  // scan's mentions as they come, copied out once at the end
  // The day range of the last reference read: every sentence of a document has the same.
  Date range_of;
  long range_first = 0, range_last = 0;
};

// Matches `phrase` at byte `pos`, its first `known` bytes being already checked (the word
// it was looked up by); returns its end or npos. A space of the phrase matches a run of
// spaces; a phrase ending with a letter or digit must end on a word boundary.
std::size_t match_phrase(std::string_view s, std::size_t pos, std::string_view phrase, std::size_t known = 0) {
  std::size_t i = pos + known;
  for (char pc : phrase.substr(known)) {
    if (pc == ' ') {
      if (i >= s.size() || !is_space(static_cast<unsigned char>(s[i]))) return std::string_view::npos;
      while (i < s.size() && is_space(static_cast<unsigned char>(s[i]))) ++i;
    } else {
      if (i >= s.size() || s[i] != pc) return std::string_view::npos;
      ++i;
    }
  }
  const auto last = static_cast<unsigned char>(phrase.back());
  if ((is_lower(last) || is_digit(last)) && i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    // A letter (ASCII, or any byte of a non-ASCII code point) or a digit goes on the word.
    if (kClasses.c[c] & (kLetter | kDigit)) return std::string_view::npos;
  }
  return i;
}


// Tokens this far before a date-bearing token (number, month, weekday, "hier"...) and this
// far after it get their phrases matched: the grammar never looks further (intro and cue
// words before a date, the second bound of a range after it).
constexpr uint32_t kWindowBefore = static_cast<uint32_t>(kCueTokens + 2 * kMaxPhraseTokens);
constexpr uint32_t kWindowAfter = 16;

// The byte a phrase must go on with after a word ending at `e` to match there: the next
// one, or past a run of spaces (one space of a phrase matches a run) the first after it; 0
// at the end of the text, which no phrase goes on with.
unsigned char byte_after_word(std::string_view s, std::size_t e) {
  if (e < s.size() && is_space(static_cast<unsigned char>(s[e])))
    while (e < s.size() && is_space(static_cast<unsigned char>(s[e]))) ++e;
  return e < s.size() ? static_cast<unsigned char>(s[e]) : 0;
}

bool in_set(const std::array<uint64_t, 4>& set, unsigned char c) {
  return set[c >> 6] >> (c & 63) & 1u;
}

// Whether a dated phrase of `slot` (its first word being s[b, e)) is at `b`.
bool starts_dated_phrase(std::string_view s, const DateLexicon::Impl& lex, const DateLexicon::Impl::Slot& slot,
                         std::size_t b, std::size_t e) {
  // The slot has no dated phrase of the word alone (that is a dated word): every one goes on.
  const unsigned char after = byte_after_word(s, e);
  if (!in_set(slot.next_dated, after)) return false;
  for (uint32_t j = 0; j < slot.count; ++j) {
    if (lex.next[slot.first + j] != after) continue;  // the word alone is no dated phrase here
    const Entry& entry = lex.entries[lex.order[slot.first + j]];
    if (dated_kind(entry.kind) && match_phrase(s, b, entry.phrase, e - b) != std::string_view::npos) return true;
  }
  return false;
}

// Records the lexicon phrases matching at word token `k` of the `count` in `toks`: tokenize
// asks it of the words near a possible date.
void match_phrases_at(std::string_view s, const DateLexicon::Impl& lex, Scratch& sc, Token* toks, uint32_t count,
                      uint32_t k) {
  Token& t = toks[k];
  t.hit_first = static_cast<uint32_t>(sc.hits.size());
  // Only a phrase of the word alone, or one going on with the text's next byte, can match.
  const unsigned char after = byte_after_word(s, t.e);
  if (!t.slot->single && !in_set(t.slot->next_any, after)) return;
  const auto [first_candidate, candidate_count] = lex.candidates_for(*t.slot, after);
  for (uint32_t j = first_candidate; j < first_candidate + candidate_count; ++j) {
    const uint32_t idx = lex.candidates[j];
    const std::size_t end = match_phrase(s, t.b, lex.entries[idx].phrase, t.e - t.b);
    if (end == std::string_view::npos) continue;
    uint32_t past = k + 1;  // the first token after the phrase
    while (past < count && toks[past].b < end) ++past;
    sc.hits.push_back(Hit{idx, past});
  }
  t.hit_count = static_cast<uint32_t>(sc.hits.size()) - t.hit_first;
}

// Splits `s` into words, numbers and single punctuation bytes and records, for the words
// near a possible date, the lexicon phrases starting there. Returns false early when
// nothing can be a date (no digit and no dated word or phrase).
bool tokenize(std::string_view s, const DateLexicon::Impl& lex, Scratch& sc) {
  sc.toks.count = 0;
  sc.hits.clear();
  sc.triggers.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  Token* const toks = sc.toks.reserve(n);
  uint32_t count = 0;
  // Locals, so the letter loop keeps them in registers: it runs over every letter.
  const uint32_t* word_states = lex.word_states.data();
  const uint32_t* pair_states = lex.pair_states.data();
  const uint8_t* columns = kLetterColumns.c;
  std::size_t i = 0;
  while (i < n) {
    const uint8_t cls = kClasses.c[p[i]];
    if (cls & kSpace) {
      ++i;
      continue;
    }
    Token t;
    t.b = static_cast<uint32_t>(i);
    if (cls & kDigit) {
      while (i < n && (kClasses.c[p[i]] & kDigit)) ++i;
      t.type = TokType::number;
      sc.triggers.push_back(count);
    } else if (cls & kLetter) {
      // The first two letters in one look-up (a letter always has a column).
      std::size_t state;
      const std::size_t second = i + 1 < n ? columns[p[i + 1]] : kNoLetter;
      if (second != kNoLetter) {
        state = pair_states[columns[p[i]] * DateLexicon::Impl::kColumns + second];
        i += 2;
      } else {
        state = word_states[DateLexicon::Impl::kStart + columns[p[i]]];
        ++i;
      }
      for (; state != 0 && i < n; ++i) {
        const std::size_t column = columns[p[i]];
        if (column == kNoLetter) break;
        state = word_states[state + column];
      }
      // The dead end keeps itself and has no group: the rest of the word needs no look-up of
      // a state (most words leave every first word within two letters).
      if (state == 0)
        while (i < n && columns[p[i]] != kNoLetter) ++i;
      t.type = TokType::word;
      t.slot = lex.slot_at(state);
      if (t.slot && t.slot->dated_word)
        sc.triggers.push_back(count);
      else if (t.slot && t.slot->dated && starts_dated_phrase(s, lex, *t.slot, t.b, i))
        // Words that start a dated phrase ("ce soir", "la veille", "l'an dernier") are
        // triggers only when the phrase is there; tested here, the triggers stay in order
        // without a second pass over the tokens.
        sc.triggers.push_back(count);
    } else {
      ++i;
      t.type = TokType::punct;
    }
    t.e = static_cast<uint32_t>(i);
    toks[count++] = t;
  }
  sc.toks.count = count;
  if (sc.triggers.empty()) return false;
  // The windows in turn, each from the first token the ones before did not reach: every
  // token of their union once, in order, and none outside them.
  uint32_t k = 0;
  for (const uint32_t trigger : sc.triggers) {
    k = std::max(k, trigger > kWindowBefore ? trigger - kWindowBefore : 0);
    const uint32_t last = std::min(trigger + kWindowAfter, count - 1);
    for (; k <= last; ++k)
      if (toks[k].slot) match_phrases_at(s, lex, sc, toks, count, k);
  }
  return true;
}

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

// Calendar helpers -----------------------------------------------------------------------

long day_number(int y, int m, int d) {
  return days_from_civil(y, m, d);
}

// A stand-in year for arithmetic on a date without a year: leap only for 29 February.
int pseudo_year(int month, int day) {
  return month == 2 && day == 29 ? 2000 : 2001;
}

// `ref` moved by `n` days; for a reference without a year, the result has none either.
Date shift(const Date& ref, long n) {
  if (ref.full()) return add_days(ref, n);
  if (ref.year == 0 && ref.month != 0 && ref.day != 0) {
    Date d = add_days(Date{pseudo_year(ref.month, ref.day), ref.month, ref.day}, n);
    d.year = 0;
    return d;
  }
  return Date{};
}

// Core of a date expression, before intro words and resolution.
enum class Form : uint8_t {
  day,          // day and month, maybe a year ("le 3 avril", "17/09/2024", "mardi 5 mars")
  day_only,     // a day number waiting for the month of a range ("du 11 au ...")
  month,        // a month, maybe a year ("en fevrier", "mars 2022")
  year,         // a year ("en 2020", "a l'automne 2020")
  weekday,      // "lundi", "ce vendredi", "jeudi dernier"
  weekday_day,  // "lundi 12"
  days,         // day offset: "hier", "demain (15 decembre)"
  span,         // a counted span from the narrated day: "deux jours plus tard", "un mois plus tot"
  name,         // not a date: a name made of date words ("vendredi saint"), which the scan skips
  week,         // "la semaine derniere"
  months,       // "le mois dernier"
  years,        // "l'an dernier"
  season,       // "cet ete", "l'automne dernier"
};

struct Core {
  uint32_t tb = 0, te = 0;  // tokens
  Form form = Form::day;
  int day = 0, month = 0, year = 0;
  int weekday = -1;
  int offset = 0;  // days, weeks, months or years
  int season = 0;
  int dir = 0;  // -1 dernier, +1 prochain; for a span from the reference, -1 "il y a", +1 "dans"
  bool this_ = false;
  bool context = false;
  bool absorbed = false;       // a day offset followed by the day it names
  bool bare = false;           // a month or year alone: needs an intro word
  bool needs_article = false;  // a season: "l'automne", "a l'automne", "au printemps"
  int span = 0;                // Form::span: 0 days, 1 weeks, 2 months, 3 years
  bool vague = false;          // Form::span: "quelques jours plus tard"
  bool ago = false;            // Form::span from the reference: "il y a deux jours"
  bool weekend = false;        // Form::week: only its Saturday and Sunday
  bool daypart = false;        // Form::days: a time of day, "dans la soiree"
};

struct RefInfo {
  Date d;
  bool year = false, month = false, day = false;  // which parts are known
  int weekday = -1;                               // of a reference without a year, when told
  long first = 0, last = 0;                       // day numbers, when the year is known
};

class Scanner {
 public:
  Scanner(std::string_view s, const DateLexicon::Impl& lex, Scratch& sc)
      : s_(s), lex_(lex), toks_(sc.toks), hits_(sc.hits) {}

  // `sc` keeps the day range of the last reference, computed again only for another.
  void set_reference(const Date& ref, int weekday, Scratch& sc) {
    ref_.d = ref;
    ref_.year = ref.year != 0;
    ref_.month = ref.month != 0;
    ref_.day = ref.day != 0;
    ref_.weekday = !ref_.year && ref_.month && ref_.day && weekday >= 0 && weekday < 7 ? weekday : -1;
    if (ref_.year) {
      if (sc.range_of != ref) {  // (a reference with a year is never the empty first one)
        day_range(ref, sc.range_first, sc.range_last);
        sc.range_of = ref;
      }
      ref_.first = sc.range_first;
      ref_.last = sc.range_last;
    }
  }

  bool parse_core(uint32_t i, Core& c) const;
  bool finish(const Core& c, uint32_t floor, DateMention& m, uint32_t& end_tok) const;

  std::size_t size() const { return toks_.size(); }

 private:
  const Entry& entry(const Hit& h) const { return lex_.entries[h.entry]; }

  // The longest hit of `kind` at token i (grammar: having one of the `roles`).
  const Hit* hit(uint32_t i, Kind kind, int roles = 0) const {
    if (i >= toks_.size()) return nullptr;
    const Token& t = toks_[i];
    for (uint32_t k = 0; k < t.hit_count; ++k) {
      const Hit& h = hits_[t.hit_first + k];
      const Entry& e = entry(h);
      if (e.kind == kind && (roles == 0 || (e.value & roles))) return &h;
    }
    return nullptr;
  }

  // The longest phrase of an accepted kind that ends right before token `end` and starts
  // at or after `floor`; its start token in `start`.
  template <class Pred>
  const Hit* hit_ending(uint32_t end, uint32_t floor, Pred accept, uint32_t& start) const {
    const uint32_t from = end > floor + kMaxPhraseTokens ? end - static_cast<uint32_t>(kMaxPhraseTokens) : floor;
    for (uint32_t k = from; k < end; ++k) {
      const Token& t = toks_[k];
      for (uint32_t j = 0; j < t.hit_count; ++j) {
        const Hit& h = hits_[t.hit_first + j];
        if (h.end == end && accept(entry(h))) {
          start = k;
          return &h;
        }
      }
    }
    return nullptr;
  }

  bool adjacent(uint32_t a, uint32_t b) const { return toks_[a].e == toks_[b].b; }
  bool is(uint32_t i, TokType type) const { return i < toks_.size() && toks_[i].type == type; }
  bool is_punct(uint32_t i, char c) const { return is(i, TokType::punct) && s_[toks_[i].b] == c; }
  std::size_t len(uint32_t i) const { return toks_[i].e - toks_[i].b; }
  int number(uint32_t i) const {
    int v = 0;
    for (uint32_t k = toks_[i].b; k < toks_[i].e && v < 100000; ++k) v = v * 10 + (s_[k] - '0');
    return v;
  }

  bool read_numeric(uint32_t i, Core& c) const;
  bool read_numeric_day_month(uint32_t i, Core& c) const;
  bool read_day(uint32_t i, int& day, uint32_t& next) const;
  bool read_month(uint32_t i, bool abbr, int& month, uint32_t& next) const;
  bool read_year(uint32_t i, int& year, uint32_t& next) const;
  bool read_dir(uint32_t i, int& dir, uint32_t& next) const;
  bool read_day_month(uint32_t i, Core& c, uint32_t& next) const;
  bool parse_weekday(uint32_t start, const Hit& wd, bool this_, Core& c) const;
  bool parse_span(uint32_t i, Core& c) const;
  void absorb_day(Core& c) const;
  bool context_of(Core& c) const;
  // Whether a future cue ends within `tokens` tokens before token `left`, after token `floor`
  // (for a bare weekday, a cue before an earlier date is that date's: "qui se rendra jeudi à
  // Tokyo, a rencontré mardi" means last Tuesday).
  bool cue_before(uint32_t left, std::size_t tokens, uint32_t floor) const;

  struct Resolved {
    Date date;
    Date ahead;  // DateMention::ahead
    Date past;   // DateMention::past
    bool relative = false;
    bool future = false;
  };
  Resolved resolve(const Core& c, bool cue, bool weekday_cue) const;
  Date ago(const Core& c) const;
  Date resolve_day(int day, int month, int dir, long window) const;
  Date resolve_month(int month, int dir, long window) const;
  Date resolve_weekday_day(int weekday, int day) const;
  bool after_reference(const Date& d) const;
  // `d` when it begins within the window a future cue opens after the reference; else empty.
  Date within_cue_window(const Date& d) const;

  std::string_view s_;
  const DateLexicon::Impl& lex_;
  const Tokens& toks_;
  const std::vector<Hit>& hits_;
  RefInfo ref_;
};

bool Scanner::read_numeric(uint32_t i, Core& c) const {
  if (i + 4 >= toks_.size()) return false;
  if (!is(i, TokType::number) || !is(i + 1, TokType::punct) || !is(i + 2, TokType::number) ||
      !is(i + 3, TokType::punct) || !is(i + 4, TokType::number))
    return false;
  const char sep = s_[toks_[i + 1].b];
  if ((sep != '/' && sep != '.' && sep != '-') || s_[toks_[i + 3].b] != sep) return false;
  for (uint32_t k = i; k < i + 4; ++k)
    if (!adjacent(k, k + 1)) return false;
  // Not part of a longer run of numbers ("1.2.2024.5", "5/17/09/2024").
  if (i + 6 < toks_.size() && adjacent(i + 4, i + 5) && is_punct(i + 5, sep) && is(i + 6, TokType::number) &&
      adjacent(i + 5, i + 6))
    return false;
  if (i >= 2 && is_punct(i - 1, sep) && adjacent(i - 1, i) && is(i - 2, TokType::number) && adjacent(i - 2, i - 1))
    return false;
  int y, m, d;
  if (len(i) == 4 && sep == '-' && len(i + 2) == 2 && len(i + 4) == 2) {
    y = number(i), m = number(i + 2), d = number(i + 4);
  } else if (len(i) <= 2 && len(i + 2) <= 2 && (len(i + 4) == 4 || (len(i + 4) == 2 && sep == '/'))) {
    d = number(i), m = number(i + 2), y = number(i + 4);
    if (len(i + 4) == 2) y += 2000;
  } else {
    return false;
  }
  if (y < kMinYear || y > kMaxYear || !valid_ymd(y, m, d)) return false;
  c.form = Form::day;
  c.day = d, c.month = m, c.year = y;
  c.te = i + 5;
  return true;
}

// "le 12/03", "du 12/03 au 15/03": a day and month in digits without a year, only after a
// word that stands before a day ("le", "au"; "du"/"de" only before a day of two digits, as
// "un score de 3/12" is none): alone, "24/7" or "3/4" are other numbers.
bool Scanner::read_numeric_day_month(uint32_t i, Core& c) const {
  if (i == 0 || i + 2 >= toks_.size() || !is(i + 1, TokType::punct) || s_[toks_[i + 1].b] != '/' ||
      !is(i + 2, TokType::number) || !adjacent(i, i + 1) || !adjacent(i + 1, i + 2) || len(i) > 2 || len(i + 2) != 2)
    return false;
  if (i + 3 < toks_.size() && adjacent(i + 2, i + 3) && (is(i + 3, TokType::punct) && s_[toks_[i + 3].b] == '/'))
    return false;  // "12/03/..." is read_numeric's, or no date
  const Hit* before = nullptr;
  for (uint32_t k = i >= kMaxPhraseTokens ? i - static_cast<uint32_t>(kMaxPhraseTokens) : 0; k < i && !before; ++k)
    for (uint32_t j = 0; j < toks_[k].hit_count; ++j) {
      const Hit& h = hits_[toks_[k].hit_first + j];
      if (h.end == i && entry(h).kind == Kind::grammar &&
          (entry(h).value & (kArticle | kTo | (len(i) == 2 ? kOf | kFrom : 0))))
        before = &h;
    }
  const int d = number(i), m = number(i + 2);
  if (!before || !valid_ymd(2000, m, d)) return false;  // a leap year: 29/02 is a day
  c.form = Form::day;
  c.day = d, c.month = m, c.year = 0;
  c.te = i + 3;
  return true;
}

bool Scanner::read_day(uint32_t i, int& day, uint32_t& next) const {
  if (!is(i, TokType::number) || len(i) > 2) return false;
  const int v = number(i);
  if (v < 1 || v > 31) return false;
  day = v;
  next = i + 1;
  // A letter right after the number: "1er", else a unit or an ordinal ("20h", "12e").
  if (is(next, TokType::word) && adjacent(i, next)) {
    const Hit* h = v == 1 ? hit(next, Kind::grammar, kOrdinal) : nullptr;
    if (!h) return false;
    next = h->end;
  }
  return true;
}

bool Scanner::read_month(uint32_t i, bool abbr, int& month, uint32_t& next) const {
  const Hit* h = hit(i, Kind::month);
  if (!h && abbr) h = hit(i, Kind::month_abbr);
  if (!h) return false;
  month = entry(*h).value;
  next = h->end;
  return true;
}

bool Scanner::read_year(uint32_t i, int& year, uint32_t& next) const {
  if (!is(i, TokType::number) || len(i) != 4) return false;
  const int v = number(i);
  if (v < kMinYear || v > kMaxYear) return false;
  // "2024 000": a number written with thousands groups, not a year.
  if (is(i + 1, TokType::number) && len(i + 1) == 3 && toks_[i + 1].b == toks_[i].e + 1) return false;
  year = v;
  next = i + 1;
  return true;
}

bool Scanner::read_dir(uint32_t i, int& dir, uint32_t& next) const {
  const Hit* h = hit(i, Kind::direction);
  if (!h) return false;
  dir = entry(*h).value;
  next = h->end;
  return true;
}

// DAY MONTH [YEAR] [dernier|prochain] at token i.
bool Scanner::read_day_month(uint32_t i, Core& c, uint32_t& next) const {
  int day, month, year = 0;
  uint32_t k;
  if (!read_day(i, day, k) || !read_month(k, true, month, k)) return false;
  if (!valid_ymd(0, month, day)) return false;
  int dir = 0;
  if (!read_year(k, year, k)) read_dir(k, dir, k);
  if (year && !valid_ymd(year, month, day)) return false;
  c.day = day, c.month = month, c.year = year, c.dir = dir;
  next = k;
  return true;
}

// A weekday at `start` (its hit `wd` may follow a "this" word): "lundi", "lundi dernier",
// "lundi 12", "mardi 5 mars".
bool Scanner::parse_weekday(uint32_t start, const Hit& wd, bool this_, Core& c) const {
  c.tb = start;
  c.this_ = this_;
  c.weekday = entry(wd).value;
  uint32_t k = wd.end;
  if (read_day_month(k, c, k)) {
    c.form = Form::day;
    c.te = k;
    return true;
  }
  int day;
  uint32_t after;
  if (read_day(k, day, after)) {
    // "lundi 12", unless the number counts something ("lundi 12 soldats", "lundi 12 000").
    bool count = is(after, TokType::number) || hit(after, Kind::unit) != nullptr;
    if (is(after, TokType::word) && toks_[after].hit_count == 0) {
      const char last = s_[toks_[after].e - 1];
      count = len(after) >= 3 && (last == 's' || last == 'x');
    }
    if (!count) {
      c.form = Form::weekday_day;
      c.day = day;
      c.te = after;
      return true;
    }
  }
  c.form = Form::weekday;
  int dir = 0;
  if (!this_ && read_dir(k, dir, k)) c.dir = dir;
  c.te = k;
  return true;
}

// "demain (15 decembre)", "aujourd'hui 14 decembre", "hier, lundi 2 mai": the day a day
// offset names, taken into the mention.
void Scanner::absorb_day(Core& c) const {
  uint32_t k = c.te;
  const bool paren = is_punct(k, '(');
  if (paren || is_punct(k, ',')) ++k;
  if (const Hit* h = hit(k, Kind::weekday)) k = h->end;
  if (const Hit* h = hit(k, Kind::grammar, kArticle)) k = h->end;
  Core d;
  if (!read_day_month(k, d, k) || d.dir != 0) return;
  if (paren && is_punct(k, ')')) ++k;
  c.day = d.day, c.month = d.month, c.year = d.year;
  c.absorbed = true;
  c.te = k;
}

// "la veille", "le lendemain" alone count from the context; "la veille du 15 mars" is the
// 14th; "la veille du sommet" is the eve of an event whose day the phrase does not give:
// no date (the sentence's other dates, or none, speak for it). "la veille de cette
// rencontre", "le lendemain de leur entretien" point back at the event just told: the
// context again.
bool Scanner::context_of(Core& c) const {
  const Hit* of = hit(c.te, Kind::grammar, kOf);
  if (!of) {
    absorb_day(c);
    return true;
  }
  uint32_t k = of->end;
  if (hit(k, Kind::this_) || hit(k, Kind::grammar, kPossessive)) return true;
  if (const Hit* h = hit(k, Kind::grammar, kArticle)) k = h->end;
  Core d;
  if (!read_day_month(k, d, k) || d.dir != 0) return false;
  const Date named{d.year, d.month, d.day};
  const Date day = shift(named, c.offset);
  if (day.empty()) return false;
  c.day = day.day, c.month = day.month, c.year = day.year;
  c.absorbed = true;
  c.te = k;
  return true;
}

// "deux jours plus tard", "10 jours plus tot", "quelques jours plus tard", "un mois plus tard":
// a count (a number or a count word), a span, then a "later" word.
bool Scanner::parse_span(uint32_t i, Core& c) const {
  int n = -1;
  // "il y a deux jours", "il y a une semaine": back from the reference, no "plus tard".
  const Hit* ago = hit(i, Kind::ago);
  if (ago) i = ago->end;
  uint32_t k = i;
  if (is(i, TokType::number)) {
    if (len(i) <= 2) n = std::atoi(std::string(s_.substr(toks_[i].b, len(i))).c_str());
    k = i + 1;
  } else if (const Hit* h = hit(i, Kind::count)) {
    n = entry(*h).value;
    k = h->end;
  }
  if (n < 0) return false;
  const Hit* sp = hit(k, Kind::span);
  if (!sp) return false;
  c.form = Form::span;
  c.span = entry(*sp).value;
  c.vague = n == 0;
  if (ago) {
    c.ago = true;
    c.dir = entry(*ago).value ? 1 : -1;
    c.offset = c.dir * n;
    c.te = sp->end;
    return true;
  }
  const Hit* later = hit(sp->end, Kind::later);
  if (!later) return false;
  c.context = true;
  c.offset = n * entry(*later).value;
  c.te = later->end;
  return true;
}

bool Scanner::parse_core(uint32_t i, Core& c) const {
  const Token& t = toks_[i];
  if (t.type != TokType::number && t.hit_count == 0) return false;
  c = Core{};
  c.tb = i;
  if (parse_span(i, c)) return true;
  if (t.type == TokType::number) {
    if (read_numeric(i, c) || read_numeric_day_month(i, c)) return true;
    uint32_t k;
    if (read_day_month(i, c, k)) {
      c.form = Form::day;
      c.te = k;
      return true;
    }
    int v;
    if (read_day(i, v, k)) {
      c.form = Form::day_only;
      c.day = v;
      c.te = k;
      return true;
    }
    if (read_year(i, v, k)) {
      c.form = Form::year;
      c.year = v;
      c.bare = true;
      c.te = k;
      return true;
    }
    return false;
  }
  for (uint32_t j = 0; j < t.hit_count; ++j) {
    const Hit& h = hits_[t.hit_first + j];
    const Entry& e = entry(h);
    uint32_t k = h.end;
    // Hits come longest first: a name that holds the date word ("vendredi saint") wins, and
    // so does a part of the month named next ("au debut du mois de mars", not "au debut du
    // mois": the core is "mars", and the part its intro).
    if (e.kind == Kind::name) {
      c.form = Form::name;
      c.te = h.end;
      return false;
    }
    if (j == 0 && e.kind == Kind::part) return false;
    switch (e.kind) {
      case Kind::month:
      case Kind::month_abbr: {
        c.form = Form::month;
        c.month = e.value;
        int year;
        if (read_year(k, year, k)) {
          c.year = year;
        } else if (e.kind == Kind::month_abbr) {
          continue;
        } else if (!read_dir(k, c.dir, k)) {
          c.bare = true;
        }
        c.te = k;
        return true;
      }
      case Kind::weekday:
        return parse_weekday(i, h, false, c);
      case Kind::this_: {
        if (const Hit* wd = hit(k, Kind::weekday)) return parse_weekday(i, *wd, true, c);
        if (const Hit* se = hit(k, Kind::season)) {
          c.form = Form::season;
          c.season = entry(*se).value;
          c.this_ = true;
          c.te = se->end;
          return true;
        }
        continue;
      }
      case Kind::daypart: {
        // "dans la soiree de mardi", "dans l'apres-midi du 5": the day named after it dates.
        const Hit* of = hit(h.end, Kind::grammar, kOf);
        if (of && (hit(of->end, Kind::weekday) || is(of->end, TokType::number) || hit(of->end, Kind::relative)))
          return false;
        c.form = Form::days;
        c.daypart = true;
        c.te = k;
        return true;
      }
      case Kind::relative:
      case Kind::context:
        c.form = Form::days;
        c.offset = e.value;
        c.context = e.kind == Kind::context;
        c.te = k;
        if (c.context) return context_of(c);
        absorb_day(c);
        return true;
      case Kind::relweek:
      case Kind::relweekend:
      case Kind::relmonth:
      case Kind::relyear: {
        // "au debut de l'annee 2023": that year's start (a part, an intro and the year), not this one.
        int year;
        uint32_t after;
        if (e.kind == Kind::relyear && read_year(k, year, after)) continue;
        c.form = e.kind == Kind::relmonth ? Form::months : e.kind == Kind::relyear ? Form::years : Form::week;
        c.weekend = e.kind == Kind::relweekend;
        c.offset = e.value;
        c.te = k;
        return true;
      }
      case Kind::season: {
        int year;
        c.season = e.value;
        c.needs_article = true;
        if (read_year(k, year, k)) {
          c.form = Form::year;
          c.year = year;
        } else if (read_dir(k, c.dir, k)) {
          c.form = Form::season;
        } else {
          continue;
        }
        c.te = k;
        return true;
      }
      default:
        continue;
    }
  }
  return false;
}

bool Scanner::cue_before(uint32_t left, std::size_t tokens, uint32_t floor) const {
  const uint32_t from =
      std::max(floor, left > tokens + kMaxPhraseTokens ? left - static_cast<uint32_t>(tokens + kMaxPhraseTokens) : 0u);
  for (uint32_t k = from; k < left; ++k) {
    const Token& t = toks_[k];
    for (uint32_t j = 0; j < t.hit_count; ++j) {
      const Hit& h = hits_[t.hit_first + j];
      if (entry(h).kind == Kind::cue && h.end <= left && h.end + tokens >= left) return true;
    }
  }
  return false;
}

// Completes a core with the words around it (intro, relation, range, noun modifier) and
// resolves it. False when the core is not a date after all (a bare number or month).
bool Scanner::finish(const Core& core, uint32_t floor, DateMention& m, uint32_t& end_tok) const {
  Core c = core;
  uint32_t left = c.tb;
  bool article = false, intro = false, part = false;
  DateMention::Relation relation = DateMention::Relation::none;
  // Intro words back from the core: "le", "en", "debut", "a l'", then at most one relation
  // ("avant le", "depuis debut", "jusqu'au": the longest phrase wins).
  for (int step = 0; step < 4 && relation == DateMention::Relation::none; ++step) {
    uint32_t st = 0;
    const Hit* h = hit_ending(
        left, floor,
        [](const Entry& e) {
          return e.kind == Kind::intro || e.kind == Kind::part || e.kind == Kind::relation ||
                 (e.kind == Kind::grammar && (e.value & kArticle));
        },
        st);
    if (!h) break;
    const Entry& e = entry(*h);
    article |= e.kind == Kind::grammar;
    intro |= e.kind == Kind::intro;
    part |= e.kind == Kind::part;
    if (e.kind == Kind::relation) relation = kRelations[e.value];
    left = st;
  }

  // A range: "du 11 au 22 novembre", "les 5 et 6 avril", "entre 2020 et 2022", "11-22 mai".
  Core c2;
  bool range = false;
  uint32_t from_tok = 0;
  const bool from = relation == DateMention::Relation::none &&
                    hit_ending(
                        left, floor, [](const Entry& e) { return e.kind == Kind::grammar && (e.value & kFrom); },
                        from_tok) != nullptr;
  if (relation == DateMention::Relation::none &&
      (c.form == Form::day_only || c.form == Form::day || c.form == Form::month || c.form == Form::year)) {
    uint32_t k = c.te;
    bool to = false;
    if (const Hit* h = hit(k, Kind::grammar, kTo)) {
      to = true;
      k = h->end;
    } else if (c.form == Form::day_only && is_punct(k, '-') && adjacent(k - 1, k) && k + 1 < toks_.size() &&
               adjacent(k, k + 1)) {
      to = true;
      ++k;
    }
    if (to && (from || c.form == Form::day_only)) {
      if (const Hit* h = hit(k, Kind::grammar, kArticle)) k = h->end;
      if (k < toks_.size() && parse_core(k, c2)) {
        const bool days = (c.form == Form::day_only || c.form == Form::day) && c2.form == Form::day;
        const bool months = c.form == Form::month && c2.form == Form::month;
        const bool years = c.form == Form::year && c2.form == Form::year && !c.needs_article && !c2.needs_article;
        range = days || months || years;
      }
    }
  }
  if (c.form == Form::day_only && !range) return false;
  if (range) {
    relation = DateMention::Relation::range;
    if (from) left = from_tok;
  }
  bool noun = false;
  if (!range && relation == DateMention::Relation::none) {
    uint32_t st = 0;
    if (hit_ending(
            left, floor, [](const Entry& e) { return e.kind == Kind::grammar && (e.value & kOf); }, st) &&
        st > floor && is(st - 1, TokType::word)) {
      // "dans la soiree de mardi": when on that day, not a noun's day.
      uint32_t dp = 0;
      if (hit_ending(
              st, floor, [](const Entry& e) { return e.kind == Kind::daypart; }, dp))
        left = dp;
      else
        noun = true;
    }
  }

  if (c.bare && !(intro || part || range || c.dir != 0 || relation != DateMention::Relation::none)) {
    // "le sommet de juin": a month qualifying a noun; never a bare year ("plus de 2000").
    if (!(c.form == Form::month && noun)) return false;
  }
  if (c.needs_article && !(article || intro)) return false;

  const bool cue = cue_before(left, kCueTokens, 0);
  const bool weekday_cue = cue_before(left, kWeekdayCueTokens, floor);
  if (range) {
    // The first bound borrows what it lacks from the second: "du 11 au 22 novembre 2024".
    if (c.form == Form::day_only) {
      c.form = Form::day;
      c.month = c2.month;
      c.year = c2.year;
      if (!valid_ymd(c.year, c.month, c.day) || c.day > c2.day) return false;
    } else if (c.year == 0 && c2.year != 0) {
      const bool later = c.month > c2.month || (c.month == c2.month && c.day > c2.day);
      c.year = c2.year - (later ? 1 : 0);
      c.bare = false;
    }
  }
  const Resolved r = resolve(c, cue, weekday_cue);
  m = DateMention{};
  m.date = r.date;
  m.relative = r.relative;
  m.future = r.future;
  m.ahead = r.ahead;
  m.past = r.past;
  // "quelques semaines plus tard", "plusieurs mois plus tot": no day or month to name.
  m.from_context =
      (c.form == Form::days && c.context && !c.absorbed) || (c.form == Form::span && !c.ago && !(c.vague && c.span));
  m.context_days = !m.from_context                       ? 0
                   : c.form == Form::days || c.span == 0 ? c.offset
                   : c.span == 1                         ? 7 * c.offset
                                                         : 0;
  m.context_months = m.from_context && c.form == Form::span && c.span == 2 ? c.offset : 0;
  m.context_years = m.from_context && c.form == Form::span && c.span == 3 ? c.offset : 0;
  m.context_vague = m.from_context && c.form == Form::span && c.vague;
  m.context_span = m.from_context && c.form == Form::span;
  m.weekday = c.form == Form::weekday && !c.this_ && c.dir == 0 ? c.weekday : -1;
  m.relation = relation;
  m.noun_modifier = noun;
  m.daypart = c.daypart;
  end_tok = c.te;
  if (range) {
    end_tok = c2.te;
    if (c2.year == 0 && c2.form != Form::year) {
      if (m.date.has_year()) {
        const bool earlier = c2.month < m.date.month || (c2.month == m.date.month && c2.day < m.date.day);
        c2.year = m.date.year + (earlier ? 1 : 0);
      } else if (c2.form == Form::day && !m.date.empty()) {
        c2.year = 0;  // XXXX-MM-DD as the start
      } else {
        c2.month = 0;  // a month without a year: nothing to say
      }
    }
    if (c2.form == Form::year)
      m.last = Date{c2.year, 0, 0};
    else if (c2.form == Form::month && c2.month)
      m.last = Date{c2.year, c2.month, 0};
    else if (c2.form == Form::day && valid_ymd(c2.year, c2.month, c2.day))
      m.last = Date{c2.year, c2.month, c2.day};
    if (m.date.empty()) m.last = Date{};
  }
  m.begin = toks_[left].b;
  m.end = toks_[end_tok - 1].e;
  return true;
}

Date Scanner::within_cue_window(const Date& d) const {
  long first, last;
  if (!ref_.year || !day_range(d, first, last) || first > ref_.last + kCueWindow) return Date{};
  return d;
}

bool Scanner::after_reference(const Date& d) const {
  long first, last;
  if (!ref_.year || !day_range(d, first, last)) return false;
  return first > ref_.last;
}

Date Scanner::resolve_day(int day, int month, int dir, long window) const {
  if (!ref_.year) return valid_ymd(0, month, day) ? Date{0, month, day} : Date{};
  const int ry = ref_.d.year;
  if (!ref_.month) return valid_ymd(ry, month, day) ? Date{ry, month, day} : Date{};
  // Within 8 years every day, 29 February included, comes back.
  if (dir < 0) {
    for (int y = ry; y >= ry - 8; --y)
      if (valid_ymd(y, month, day) &&
          (ref_.day ? day_number(y, month, day) < ref_.first : day_number(y, month, day) <= ref_.last))
        return Date{y, month, day};
  } else if (dir > 0) {
    for (int y = ry; y <= ry + 8; ++y)
      if (valid_ymd(y, month, day) &&
          (ref_.day ? day_number(y, month, day) > ref_.last : day_number(y, month, day) >= ref_.first))
        return Date{y, month, day};
  } else {
    for (int y = ry + 1; y >= ry - 8; --y)
      if (valid_ymd(y, month, day) && day_number(y, month, day) <= ref_.last + window) return Date{y, month, day};
  }
  return Date{};
}

Date Scanner::resolve_month(int month, int dir, long window) const {
  if (!ref_.year) return Date{};
  const int ry = ref_.d.year;
  if (!ref_.month) return Date{ry, month, 0};
  const int rm = ref_.d.month;
  if (dir < 0) return Date{month < rm ? ry : ry - 1, month, 0};
  if (dir > 0) return Date{month > rm ? ry : ry + 1, month, 0};
  for (int y = ry + 1; y > ry - 1; --y)
    if (day_number(y, month, 1) <= ref_.last + window) return Date{y, month, 0};
  return Date{ry - 1, month, 0};
}

// "lundi 12": the 12th of the reference's month or of the month before or after, the one
// falling on a Monday (else the nearest).
Date Scanner::resolve_weekday_day(int wd, int day) const {
  if (!ref_.month) return Date{};
  const int rm = ref_.d.month;
  if (!ref_.year) {
    if (!ref_.day) return Date{};
    const int m = day <= ref_.d.day + 7 ? rm : (rm == 1 ? 12 : rm - 1);
    return valid_ymd(0, m, day) ? Date{0, m, day} : Date{};
  }
  Date best;
  long best_score = -1;
  for (int off = -1; off <= 1; ++off) {
    int y = ref_.d.year, m = rm + off;
    if (m < 1) m = 12, --y;
    if (m > 12) m = 1, ++y;
    if (!valid_ymd(y, m, day)) continue;
    const Date d{y, m, day};
    const long anchor = ref_.day ? ref_.first : day_number(y, rm == m ? m : rm, 1);
    long score = std::labs(day_number(y, m, day) - anchor) + (off == 0 ? 0 : 1);
    if (weekday(d) != wd) score += 100000;
    if (best_score < 0 || score < best_score) best = d, best_score = score;
  }
  return best;
}

// "il y a deux jours": that day; "il y a deux semaines", "il y a trois mois": the month the
// day lands in (a week back is not a day one can name); "il y a un an": the year; "il y a
// quelques jours": the reference's month when a week back is still in it.
Date Scanner::ago(const Core& c) const {
  const Date& ref = ref_.d;
  if (!ref_.month) return c.span == 3 && ref_.year && !c.vague ? Date{ref.year + c.offset, 0, 0} : Date{};
  if (c.vague) {
    if (c.dir > 0 || c.span != 0 || !ref_.day || ref.day <= 7) return Date{};
    return Date{ref.year, ref.month, 0};
  }
  switch (c.span) {
    case 0:
      return ref_.day ? shift(ref, c.offset) : Date{};
    case 1: {
      if (!ref_.day) return Date{};
      const Date d = shift(ref, 7L * c.offset);
      return d.empty() ? d : Date{d.year, d.month, 0};
    }
    case 2: {
      if (!ref_.year) return Date{};
      const int mi = ref.year * 12 + (ref.month - 1) + c.offset;
      return Date{mi / 12, mi % 12 + 1, 0};
    }
    default:
      return ref_.year ? Date{ref.year + c.offset, 0, 0} : Date{};
  }
}

Scanner::Resolved Scanner::resolve(const Core& c, bool cue, bool weekday_cue) const {
  Resolved r;
  const long window = cue ? kCueWindow : kWindow;
  const Date& ref = ref_.d;
  switch (c.form) {
    case Form::day:
    case Form::day_only:
      if (c.year)
        r.date = valid_ymd(c.year, c.month, c.day) ? Date{c.year, c.month, c.day} : Date{};
      else
        r.date = resolve_day(c.day, c.month, c.dir, window);
      r.future = after_reference(r.date);
      // A day only days ahead is more likely a wrong day than one a year back.
      if (r.future && !c.year && c.dir == 0 && day_number(r.date.year, r.date.month, r.date.day) > ref_.last + 30)
        r.past = resolve_day(c.day, c.month, -1, window);
      // What is announced lies ahead: "se retrouveront le 3 juin" in an article of December.
      if (!r.future && !c.year && c.dir == 0 && !r.date.empty()) r.ahead = within_cue_window(resolve_day(c.day, c.month, 1, kCueWindow));
      break;
    case Form::month:
      r.date = c.year ? Date{c.year, c.month, 0} : resolve_month(c.month, c.dir, window);
      r.future = after_reference(r.date);
      if (r.future && !c.year && c.dir == 0) r.past = resolve_month(c.month, -1, window);
      if (!r.future && !c.year && c.dir == 0 && !r.date.empty() && !(r.date.year == ref.year && r.date.month == ref.month))
        r.ahead = within_cue_window(resolve_month(c.month, 1, kCueWindow));
      break;
    case Form::year:
      r.date = Date{c.year, 0, 0};
      r.future = after_reference(r.date);
      break;
    case Form::weekday: {
      r.relative = true;
      r.future = c.dir > 0;
      if (!ref.full() && ref_.weekday < 0) break;
      const int wr = ref.full() ? weekday(ref) : ref_.weekday;
      int delta;
      if (c.this_) {
        delta = c.weekday - wr;
      } else if (c.dir > 0) {
        delta = (c.weekday - wr + 7) % 7;
        if (delta == 0) delta = 7;
      } else if (c.dir < 0) {
        delta = -((wr - c.weekday + 7) % 7);
        if (delta == 0) delta = -7;
      } else if (!weekday_cue) {
        // A bare weekday names the latest such day: in a Thursday article, "jeudi" is today
        // (news reports the day's events by their weekday); "jeudi dernier" is last week.
        delta = -((wr - c.weekday + 7) % 7);
        r.ahead = shift(ref, (c.weekday - wr + 7) % 7);
      } else {
        delta = (c.weekday - wr + 7) % 7;
      }
      r.date = shift(ref, delta);
      r.future = delta > 0;
      break;
    }
    case Form::weekday_day:
      r.relative = true;
      r.date = resolve_weekday_day(c.weekday, c.day);
      r.future = after_reference(r.date);
      break;
    case Form::name:
      break;
    case Form::span:  // only the narrative knows the day it counts from, unless "il y a"
      r.relative = true;
      if (c.ago) r.date = ago(c);
      r.future = c.ago && c.dir > 0;
      break;
    case Form::days:
      r.relative = true;
      if (c.absorbed)
        r.date = c.year ? Date{c.year, c.month, c.day} : resolve_day(c.day, c.month, 0, kWindow);
      else
        r.date = shift(ref, c.offset);
      r.future = c.offset > 0;
      break;
    case Form::week: {
      r.relative = true;
      r.future = c.offset > 0;
      if (!ref.full()) break;
      // Monday to Sunday; Saturday and Sunday for a week-end.
      const Date first = add_days(ref, 7L * c.offset - weekday(ref) + (c.weekend ? 5 : 0));
      const Date last = add_days(first, c.weekend ? 1 : 6);
      if (first.year == last.year && first.month == last.month)
        r.date = Date{first.year, first.month, 0};
      else if (first.year == last.year)
        r.date = Date{first.year, 0, 0};
      break;
    }
    case Form::months: {
      r.relative = true;
      r.future = c.offset > 0;
      if (!ref_.year || !ref_.month) break;
      const int mi = ref.year * 12 + (ref.month - 1) + c.offset;
      r.date = Date{mi / 12, mi % 12 + 1, 0};
      break;
    }
    case Form::years:
      r.relative = true;
      r.future = c.offset > 0;
      if (ref_.year) r.date = Date{ref.year + c.offset, 0, 0};
      break;
    case Form::season:
      r.relative = true;
      r.future = c.dir > 0;
      if (!ref_.year) break;
      if (c.this_) {
        r.date = Date{ref.year, 0, 0};
      } else if (ref_.month) {
        if (c.dir < 0)
          r.date = Date{c.season + 3 <= ref.month ? ref.year : ref.year - 1, 0, 0};
        else
          r.date = Date{ref.month < c.season ? ref.year : ref.year + 1, 0, 0};
      }
      break;
  }
  return r;
}

std::vector<DateMention> scan(std::string_view s, const Date& reference, int reference_weekday,
                              const DateLexicon::Impl& lex) {
  Scratch& sc = scratch();
  if (!tokenize(s, lex, sc)) return {};
  Scanner scanner(s, lex, sc);
  scanner.set_reference(reference, reference_weekday, sc);
  // Gathered in the thread's buffer, then one allocation of the right size: not one per
  // doubling, each moving the mentions found so far.
  std::vector<DateMention>& found = sc.found;
  found.clear();
  const auto n = static_cast<uint32_t>(scanner.size());
  uint32_t floor = 0;
  // Built once: parse_core resets the Core of every token it reads (the test below keeps
  // the others from it) and finish the mention it fills.
  Core c;
  DateMention m;
  for (uint32_t i = 0; i < n;) {
    // parse_core's own first test: most tokens are words no date phrase starts at.
    if (sc.toks[i].type != TokType::number && sc.toks[i].hit_count == 0) {
      ++i;
      continue;
    }
    uint32_t end = 0;
    if (scanner.parse_core(i, c) && scanner.finish(c, floor, m, end)) {
      found.push_back(m);
      floor = i = end;
    } else if (c.form == Form::name) {
      i = c.te;  // "vendredi saint", "a ce jour": none of its words starts a date
    } else {
      ++i;
    }
  }
  return std::vector<DateMention>(found.begin(), found.end());
}

Date anchor(std::string_view s, const DateLexicon::Impl& lex) {
  Scratch& sc = scratch();
  if (!tokenize(s, lex, sc)) return Date{};
  Scanner scanner(s, lex, sc);
  const auto n = static_cast<uint32_t>(scanner.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (sc.toks[i].hit_count == 0) continue;
    Core c;
    if (!scanner.parse_core(i, c)) continue;
    if (c.form == Form::days && c.absorbed && !c.context) {
      if (c.year) return add_days(Date{c.year, c.month, c.day}, -c.offset);
      return shift(Date{0, c.month, c.day}, -c.offset);
    }
    if (c.form == Form::day && c.this_ && c.weekday >= 0) return Date{c.year, c.month, c.day};
  }
  return Date{};
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Public API

DateLexicon DateLexicon::from_file(const LexiconFile& file) {
  auto impl = std::make_shared<Impl>();
  std::vector<std::pair<Kind, std::string_view>> seen;
  bool months[13] = {}, weekdays[7] = {};
  for (const LexiconRecord& rec : file.records()) {
    rec.expect_fields(3, 3);
    const std::string_view kind_name = rec.fields[0];
    const KindName* kn = nullptr;
    for (const KindName& k : kKindNames)
      if (k.name == kind_name) kn = &k;
    if (!kn) {
      std::string list;
      for (const KindName& k : kKindNames) list += (list.empty() ? "" : ", ") + std::string(k.name);
      rec.fail("unknown kind '" + std::string(kind_name) + "' (" + list + ")");
    }
    const std::string_view phrase = rec.fields[1];
    check_phrase(rec, phrase);
    for (const auto& [k, p] : seen)
      if (k == kn->kind && p == phrase)
        rec.fail("duplicate " + std::string(kind_name) + " '" + std::string(phrase) + "'");
    seen.emplace_back(kn->kind, phrase);
    const int value = parse_value(rec, kn->kind, rec.fields[2]);
    if (kn->kind == Kind::month) months[value] = true;
    if (kn->kind == Kind::weekday) weekdays[value] = true;
    impl->entries.push_back(Impl::Entry{std::string(phrase), kn->kind, value});
  }
  const std::size_t last_line = file.records().empty() ? 0 : file.records().back().line;
  for (int m = 1; m <= 12; ++m)
    if (!months[m]) throw LexiconError(file.name(), last_line, "no month name for month " + std::to_string(m));
  for (int d = 0; d < 7; ++d)
    if (!weekdays[d]) throw LexiconError(file.name(), last_line, "no weekday name for day " + std::to_string(d));
  impl->build();
  DateLexicon lex;
  lex.impl_ = std::move(impl);
  return lex;
}

DateLexicon DateLexicon::parse(std::string_view content, const std::string& file) {
  return from_file(LexiconFile(file, std::string(content)));
}

DateLexicon DateLexicon::load(const std::string& lexicons_dir) {
  return from_file(load_lexicon_files(lexicons_dir, std::string(kPath)).front());
}

const DateLexicon& DateLexicon::bundled() {
  static const DateLexicon lex = load("");
  return lex;
}

std::vector<DateMention> find_dates(std::string_view folded_sentence, const Date& reference) {
  return find_dates(folded_sentence, reference, DateLexicon::bundled());
}

std::vector<DateMention> find_dates(std::string_view folded_sentence, const Date& reference,
                                    const DateLexicon& lexicon) {
  return scan(folded_sentence, reference, -1, lexicon.impl());
}

std::vector<DateMention> find_dates(std::string_view folded_sentence, const Date& reference, int reference_weekday,
                                    const DateLexicon& lexicon) {
  return scan(folded_sentence, reference, reference_weekday, lexicon.impl());
}

Date find_reference_anchor(std::string_view folded_text) {
  return find_reference_anchor(folded_text, DateLexicon::bundled());
}

Date find_reference_anchor(std::string_view folded_text, const DateLexicon& lexicon) {
  return anchor(folded_text, lexicon.impl());
}

}  // namespace ag::extract
