#include "extract/mentions.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "extract/dates.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/strings.h"

namespace ag::extract {
namespace {

// ---------- text helpers ----------

// Letters, digits, '-', '\'' and any UTF-8 byte: what words of names are made of. A table,
// as every byte of every sentence goes through it.
struct NameBytes {
  bool set[256] = {};
  constexpr NameBytes() {
    for (int u = 0; u < 256; ++u)
      set[u] = u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
               u == '\'';
  }
};
constexpr NameBytes kNameBytes{};

bool is_name_byte(char c) {
  return kNameBytes.set[static_cast<unsigned char>(c)];
}

// Whether a role the text gave ("foreign_minister:MDV") is of `office`, anywhere: the
// compare without building the string "office:".
bool is_role_of(std::string_view role, std::string_view office) {
  return role.size() > office.size() && role.compare(0, office.size(), office) == 0 && role[office.size()] == ':';
}

// Whether a role the text gave is `office` at `where`.
bool is_role(std::string_view role, std::string_view office, std::string_view where) {
  return is_role_of(role, office) && role.substr(office.size() + 1) == where;
}

// Whether the word at `i` follows an elided article or preposition ("d'Enrique Mora",
// "l'Ethiopien", "qu'Ousmane"), written with ' or ’: the apostrophe is a name byte
// ("O'Neill"), so the capital after it would not start a word. `first` bounds the look back.
bool after_elision(std::string_view text, std::size_t i, std::size_t first) {
  std::size_t k;
  if (i >= first + 2 && text[i - 1] == '\'')
    k = i - 1;
  else if (i >= first + 4 && text[i - 3] == '\xE2' && text[i - 2] == '\x80' && text[i - 1] == '\x99')  // ’
    k = i - 3;
  else
    return false;
  std::size_t w = k;
  while (w > first && text[w - 1] >= 'a' && text[w - 1] <= 'z') --w;
  if (w > first && is_name_byte(text[w - 1])) return false;
  const std::string_view elided = text.substr(w, k - w);
  for (std::string_view e : {"d", "l", "qu", "jusqu", "lorsqu", "puisqu", "n", "s", "c", "j"})
    if (elided == e) return true;
  return false;
}

// The first word start at or after `from` (before `end`) whose first byte may begin a
// capitalized word: 'A'-'Z' or a non-ASCII byte, after a byte that is no name byte (or at
// `first`, where the scan began). Returns `end` when there is none. Most words of a sentence
// are lowercase: their bytes are passed sixteen at a time.
std::size_t next_capital_start(std::string_view text, std::size_t from, std::size_t end, std::size_t first) {
  const char* p = text.data();
  std::size_t i = from;
  while (true) {
#if defined(__SSE2__)
    const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
    // As signed bytes: 0xC0 is -64, 0x9F is -97, 0xC3 is -61.
    const __m128i below_c0 = _mm_set1_epi8(-64), above_9f = _mm_set1_epi8(-97), c3 = _mm_set1_epi8(-61);
    while (i + 17 <= end) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
      // Signed compares: bytes >= 0x80 are negative, caught by their high bit instead, but
      // for those that never start a capital: continuation bytes (below -64) and the lead
      // byte of a lowercase Latin-1 letter (0xC3 before 0xA0..0xBF: é, è, à, ç...), which
      // stopped the scan twice in every accented word.
      const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, before_a), _mm_cmplt_epi8(x, after_z));
      const __m128i lower_latin1 = _mm_and_si128(
          _mm_cmpeq_epi8(x, c3), _mm_and_si128(_mm_cmpgt_epi8(next, above_9f), _mm_cmplt_epi8(next, below_c0)));
      const __m128i passed = _mm_or_si128(_mm_cmplt_epi8(x, below_c0), lower_latin1);
      const auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(upper, _mm_andnot_si128(passed, x))));
      if (m != 0) {
        i += static_cast<std::size_t>(__builtin_ctz(m));
        break;
      }
      i += 16;
    }
#endif
    while (i < end) {
      const auto c = static_cast<unsigned char>(p[i]);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) break;
      ++i;
    }
    if (i >= end) return end;
    if (i == first || !is_name_byte(p[i - 1]) || after_elision(text, i, first)) return i;
    ++i;
  }
}

// The first k >= `k` with "es " at s[k + 1, k + 4) and k + 8 inside `s`: where "les", "ces"
// or "des" may end (the gate of add_counted_plurals), or npos. Every sentence is searched
// and few have one: sixteen offsets are tested at a time.
std::size_t next_es_space(std::string_view s, std::size_t k) {
  const char* p = s.data();
#if defined(__SSE2__)
  const __m128i e = _mm_set1_epi8('e'), z = _mm_set1_epi8('s'), sp = _mm_set1_epi8(' ');
  for (; k + 19 <= s.size(); k += 16) {
    const __m128i at_e = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 1)), e);
    const __m128i at_s = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 2)), z);
    const __m128i at_sp = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 3)), sp);
    const auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(at_e, at_s), at_sp)));
    if (m != 0) {
      const std::size_t r = k + static_cast<std::size_t>(__builtin_ctz(m));
      return r + 8 < s.size() ? r : std::string_view::npos;
    }
  }
#endif
  for (; k + 8 < s.size(); ++k)
    if (p[k + 1] == 'e' && p[k + 2] == 's' && p[k + 3] == ' ') return k;
  return std::string_view::npos;
}

// Whether fold_key leaves `word` as it is: ASCII without capitals nor white space (most words
// before a capitalized one: "le", "de", "m."), which then need no copy to be looked up.
bool is_folded_ascii(std::string_view word) {
  for (const char c : word) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80 || (b >= 'A' && b <= 'Z') || b == ' ' || b == '\n' || b == '\r' || b == '\t') return false;
  }
  return true;
}

// The last word (run of name bytes) of text[floor, pos); empty when there is none.
std::string_view name_word_before(std::string_view text, std::size_t floor, std::size_t pos) {
  std::size_t k = pos;
  while (k > floor && !is_name_byte(text[k - 1])) --k;
  const std::size_t e = k;
  while (k > floor && is_name_byte(text[k - 1])) --k;
  return text.substr(k, e - k);
}

char32_t code_point_at(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  return i < text.size() ? next_code_point(text, i) : 0;
}

bool starts_upper(std::string_view text, std::size_t pos) {
  if (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) return text[pos] >= 'A' && text[pos] <= 'Z';
  return u_isupper(static_cast<UChar32>(code_point_at(text, pos)));
}

// Whether every letter of the original span is uppercase (acronyms: "UE", "OTAN").
bool all_upper(std::string_view text, std::size_t b, std::size_t e) {
  std::size_t i = b;
  while (i < e && i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      if (text[i] >= 'a' && text[i] <= 'z') return false;
      ++i;
      continue;
    }
    const char32_t c = next_code_point(text, i);
    if (u_isalpha(static_cast<UChar32>(c)) && !u_isupper(static_cast<UChar32>(c))) return false;
  }
  return true;
}

bool only_spaces(std::string_view gap) {
  return first_words<0>(gap).count == 0;
}

// Whether every byte of folded gap `g` may belong to "et", "," or the separators between
// words: a gap with any other byte (most, at their first) is none of "et", ",", ", et", told
// without walking its words.
bool may_be_coordination(std::string_view g) {
  for (const char c : g)
    if (c != ' ' && c != ',' && c != 'e' && c != 't' && c != '\n' && c != '\r' && c != '\t' && c != '\'') return false;
  return true;
}

// Whether a folded gap is exactly one word, `word`.
bool is_single_word(std::string_view gap, std::string_view word) {
  const auto w = first_words<1>(gap);
  return w.count == 1 && w.word[0] == word;
}

// "de", "du", "de la", "de l'", "d'", "des": what binds a role to its place.
bool is_of_gap(std::string_view gap) {
  const auto w = first_words<2>(gap);
  if (w.count == 0 || w.count > 2) return false;
  if (w.word[0] != "de" && w.word[0] != "du" && w.word[0] != "des" && w.word[0] != "d") return false;
  return w.count == 1 || w.word[1] == "la" || w.word[1] == "l";
}

// ", de l'", " et du ", ", et de la ": what joins the next place of a list after a first
// "de + place" ("les dirigeants de la France, de l'Allemagne et du Royaume-Uni").
bool is_of_list_gap(std::string_view gap) {
  std::size_t i = gap.find_first_not_of(' ');
  bool joined = false;
  if (i != std::string_view::npos && gap[i] == ',') {
    joined = true;
    i = gap.find_first_not_of(' ', i + 1);
  }
  if (i != std::string_view::npos && gap.substr(i, 3) == "et ") {
    joined = true;
    i += 3;
  }
  return joined && i != std::string_view::npos && is_of_gap(gap.substr(i));
}

// "", ",", ", M." or ", cheikh": what joins a role and a name in apposition.
bool is_apposition_gap(std::string_view gap, const Lexicons& lex) {
  std::size_t commas = 0;
  bool ok = true;
  for_each_word(gap, [&](std::string_view w) {
    if (w == ",")
      ok = ++commas <= 1;
    else
      ok = w == "." || w == "le" || w == "la" || lex.is_honorific(w);
    return ok;
  });
  return ok;
}

// The last word of a folded text once articles ("la", "le", "les", "l'") are passed over;
// empty when there is none.
std::string_view last_word_before_articles(std::string_view s) {
  std::string_view last;
  for_each_word_backward(s, [&](std::string_view w) {
    if (w == "la" || w == "le" || w == "les" || w == "l") return true;
    last = w;
    return false;
  });
  return last;
}

// What ends a word of a capitalized name: ' ', ',', '.', ';', ':', ')' and '\n', as a table
// (every byte of every capitalized word goes through it).
struct NameEnds {
  bool set[256] = {};
  constexpr NameEnds() {
    for (unsigned char c : {' ', ',', '.', ';', ':', ')', '\n'}) set[c] = true;
  }
};
constexpr NameEnds kNameEnds{};

// The first letters of the name particles (is_name_particle) and of the Arabic articles
// article_prefixed knows: a lowercase word starting otherwise is neither.
struct ParticleStarts {
  bool set[256] = {};
  constexpr ParticleStarts() {
    for (unsigned char c : {'a', 'b', 'd', 'e', 'i', 'l', 'v'}) set[c] = true;
  }
};
constexpr ParticleStarts kParticleStarts{};

// A capitalized name of 2 to 4 words starting at original offset `pos` (after optional
// ", "): "Maria Zakharova", "Jean-Noël Barrot". Returns its end, or `pos` when none;
// `name` views the text. `word_count`, when given, receives the number of capitalized words.
// "al-Tayeb", "el-Sissi", "ad-Dabaiba": an Arabic article joined to a capitalized name word.
bool article_prefixed(std::string_view text, std::size_t b, std::size_t e) {
  // Each article starts with 'a' or 'e': most words (every lowercase word after a capitalized
  // one comes here) are passed without comparing.
  if (b >= text.size() || (text[b] != 'a' && text[b] != 'e')) return false;
  for (std::string_view a : {"al-", "el-", "ad-", "ach-", "as-", "at-", "an-", "ar-"})
    if (e > b + a.size() && text.substr(b, a.size()) == a) return starts_upper(text, b + a.size());
  return false;
}

std::size_t capitalized_name_at(std::string_view text, std::size_t pos, std::size_t limit, std::string_view& name,
                                std::size_t min_words = 2, std::size_t* word_count = nullptr) {
  std::size_t i = pos;
  while (i < limit && (text[i] == ' ' || text[i] == ',')) ++i;
  // "M. Jean Testard", "Mme Nuland", "cheikh Tamim": the title is not part of the name.
  // Every title starts with one of these letters: most words are passed without comparing.
  // "Son Excellence Monsieur Joseph Boakai": a courtesy title, then "Monsieur" (the list is
  // tried in order, once each).
  if (i < limit && (text[i] == 'M' || text[i] == 'c' || text[i] == 'C' || text[i] == 'D' || text[i] == 'S'))
    for (std::string_view title : {"Son Excellence ", "M. ", "Mme ", "Mlle ", "MM. ", "Monsieur ", "Madame ", "cheikh ",
                                   "Cheikh ", "Dr ", "Mgr "})
      if (i < text.size() && text[i] == title[0] && text.substr(i, title.size()) == title) i += title.size();
  std::size_t words = 0, end = i, start = i;
  while (i < limit) {
    // A word opening on an ASCII lowercase letter that starts no particle ("de", "von", "ben",
    // "ibn"...) nor joined article ("al-", "el-") ends the name: most words after a capitalized
    // one ("a", "s'est", "qui", "ministre") end it here, before their bytes are walked.
    if (text[i] >= 'a' && text[i] <= 'z' && !kParticleStarts.set[static_cast<unsigned char>(text[i])]) break;
    std::size_t j = i;
    while (j < limit && !kNameEnds.set[static_cast<unsigned char>(text[j])]) ++j;
    std::string_view w = text.substr(i, j - i);
    if (w.empty()) break;
    // "P.J. Akeeagok", "J. Robert Oppenheimer": initials before a name are one of its words.
    const bool initials = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && j < limit && text[j] == '.';
    if (initials) {
      while (j + 2 < limit && text[j] == '.' && text[j + 1] >= 'A' && text[j + 1] <= 'Z' && text[j + 2] == '.') j += 2;
      w = text.substr(i, ++j - i);
    }
    const bool upper = starts_upper(text, i) || article_prefixed(text, i, j);
    if (!upper && !(words > 0 && is_name_particle(w))) break;
    if (upper && !initials && w.size() > 1 && all_upper(text, i, j) && words == 0) break;  // an acronym, not a name
    if (upper) {
      ++words;
      end = j;
    }
    if (words == 4) break;
    i = j;
    if (i < limit && text[i] == ' ') ++i;
    else break;
  }
  if (word_count) *word_count = words;
  if (words < min_words) return pos;
  name = text.substr(start, end - start);
  return end;
}

// ---------- resolution ----------

// A short list of knowledge-base actors on the stack: a name form points to a handful of
// people at most, and this runs for every name of every sentence. Spills to the heap past
// its inline room, so it holds any number.
class ActorList {
 public:
  void push_back(uint32_t v) {
    if (n_ < kInline) {
      inline_[n_] = v;
    } else {
      if (n_ == kInline) heap_.assign(inline_, inline_ + kInline);
      heap_.push_back(v);
    }
    ++n_;
  }
  const uint32_t* begin() const { return n_ <= kInline ? inline_ : heap_.data(); }
  const uint32_t* end() const { return begin() + n_; }
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  uint32_t operator[](std::size_t i) const { return begin()[i]; }
  bool contains(uint32_t v) const { return std::find(begin(), end(), v) != end(); }

 private:
  static constexpr std::size_t kInline = 8;
  uint32_t inline_[kInline];
  std::vector<uint32_t> heap_;
  std::size_t n_ = 0;
};

struct Resolver {
  Resolver(const SentenceContext& c, DocActors& a) : ctx(c), actors(a) {}

  const SentenceContext& ctx;
  DocActors& actors;
  const ActorKb& kb = ctx.lex.kb();

  // The date an office named at folded offset `pos` is held on: the date the sentence states
  // nearest to it ("les pourparlers menés en juillet par le ministre turc": July's minister,
  // in an article of December), else the reference. Only dates of something happening count,
  // not relations ("depuis 2019", "jusqu'en mars").
  const Date& office_date(uint32_t pos) {
    const Date* best = &ctx.reference;
    if (!ctx.reference.has_year()) return *best;
    std::size_t best_dist = SIZE_MAX;
    const std::size_t at = pos >= ctx.begin ? pos - ctx.begin : 0;
    for (const auto& d : ctx.dates()) {
      if (!d.date.has_year() || d.daypart) continue;
      if (d.relation != DateMention::Relation::none && d.relation != DateMention::Relation::range) continue;
      const std::size_t dist = d.begin >= at ? d.begin - at : (at >= d.end ? at - d.end : 0);
      if (dist < best_dist) {
        best_dist = dist;
        best = &d.date;
      }
    }
    return *best;
  }

  // The person a name form points to, or -1 (several namesakes are told apart by the
  // document's history and by who held office on the reference date). A full name's first
  // word is kept as the person's written given name.
  int person(const PhraseHit& h, bool& full) {
    const int a = kb_person(h, full);
    if (a >= 0 && full) {
      const std::string_view written = ctx.folded_text(h.begin, h.end);
      const std::string_view first = written.substr(0, written.find(' '));
      // Mostly the same word again: the compare is cheaper than the assignment.
      if (actors[a].written_first != first) actors[a].written_first.assign(first);
    }
    return a;
  }

  int kb_person(const PhraseHit& h, bool& full) {
    ActorList cands;
    full = false;
    for (uint32_t k = 0; k < h.payload_count; ++k) {
      const uint32_t p = h.payloads[k];
      if (payload_kind(p) != PhraseKind::actor_form) continue;
      const SurfaceForm& f = kb.forms()[payload_index(p)];
      if (kb.actors()[f.actor].kind != ActorKind::person) continue;
      if (f.kind == FormKind::full_name) full = true;
      if (!cands.contains(f.actor)) cands.push_back(f.actor);
    }
    if (!full) drop_other_given_names(h, cands);
    if (!full) drop_other_family_names(h, cands);
    if (cands.empty()) return -1;
    for (uint32_t c : cands)
      if (actors.named(c)) return actors.from_kb(c);
    if (!full) {
      const int titled = holder_titled_before(h, cands);
      if (titled >= 0) return actors.from_kb(static_cast<uint32_t>(titled));
    }
    // "Kim" is Jim Yong Kim's surname but the family name of many Koreans written first: a
    // bare word that is also someone's first word names nobody until a full mention.
    if (!full && ctx.lex.is_first_name(ctx.folded_text(h.begin, h.end))) return -1;
    // A full name of one person is that person whoever is in office: no date to scan for.
    if (full && cands.size() == 1) return actors.from_kb(cands[0]);
    ActorList in_office;
    const Date& when = office_date(h.begin);
    for (uint32_t c : cands)
      if (kb.holds(c, "", when)) in_office.push_back(c);
    if (!full) {
      // A bare surname names a well-known office holder only.
      if (in_office.size() == 1) return actors.from_kb(in_office[0]);
      if (in_office.empty() && !ctx.reference.has_year()) {
        ActorList ever;
        for (uint32_t c : cands)
          if (!kb.actors()[c].offices.empty()) ever.push_back(c);
        if (ever.size() == 1) return actors.from_kb(ever[0]);
      }
      return -1;
    }
    if (!in_office.empty()) return actors.from_kb(in_office[0]);
    return actors.from_kb(cands[0]);
  }

  // "accompagné du prince héritier Hussein": a one-word name right after a role names the one
  // candidate who holds that office on the date, even when the word is also a first name
  // ("Hussein") or several people bear it (Fuad Hussein, the Iraqi minister, is no crown
  // prince). -1 when no role stands right before, or not exactly one candidate holds it.
  int holder_titled_before(const PhraseHit& h, const ActorList& cands) {
    const PhraseHit* role = nullptr;
    for (const auto& x : ctx.hits)
      if (x.kind == PhraseKind::role && x.end <= h.begin && only_spaces(ctx.folded_text(x.end, h.begin))) role = &x;
    if (!role) return -1;
    const Date& when = office_date(h.begin);
    int found = -1;
    for (uint32_t c : cands) {
      bool holds = false;
      for (uint32_t k = 0; k < role->payload_count && !holds; ++k)
        holds = kb.holds(c, ctx.lex.roles()[role->index(k)].office, when);
      if (!holds) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(c);
    }
    return found;
  }

  // "Nawaf Al-Sabah": a surname written after a given name (a first name of the knowledge
  // base) names only the namesakes with that given name; another Al-Sabah the text named is
  // not him.
  void drop_other_given_names(const PhraseHit& h, ActorList& cands) {
    const std::size_t b = ctx.original(h.begin);
    const std::size_t sentence_start = ctx.original(ctx.begin);
    if (b < sentence_start + 2 || ctx.text[b - 1] != ' ') return;
    std::size_t w = b - 1;
    while (w > sentence_start && ctx.text[w - 1] != ' ' && ctx.text[w - 1] != ',' && ctx.text[w - 1] != '\n') --w;
    if (w == sentence_start || !starts_upper(ctx.text, w)) return;  // the sentence's first word is capitalized anyway
    thread_local std::string given;
    fold_key(ctx.text.substr(w, b - 1 - w), given);
    if (ctx.lex.is_honorific(given)) return;
    if (!ctx.lex.is_first_name(given) && !given_name_after_role(h.begin)) return;
    ActorList kept;
    for (uint32_t c : cands)
      if (kb.may_have_name_word(c, given)) kept.push_back(c);
    cands = std::move(kept);
  }

  // "le Premier ministre régional Masrour Barzani" after "Netchirvan Barzani": a capitalized
  // word between a role (and at most two modifiers of it) and a surname is the given name of
  // someone the data may not know, even when no person of the knowledge base bears it. A
  // word some phrase covers ("le Président", a country) or a complement ("du Kurdistan") is
  // no given name.
  bool given_name_after_role(uint32_t surname_begin) const {
    const std::string_view before = ctx.folded_text(ctx.begin, surname_begin);
    const std::size_t last = before.find_last_not_of(' ');
    if (last == std::string_view::npos) return false;
    const std::size_t space = before.rfind(' ', last);
    if (space == std::string_view::npos) return false;
    const uint32_t given_begin = ctx.begin + static_cast<uint32_t>(space + 1);
    const PhraseHit* role = nullptr;
    for (const auto& x : ctx.hits) {
      if (x.begin <= given_begin && x.end > given_begin) return false;
      if (x.kind == PhraseKind::role && x.end <= given_begin && (!role || x.end > role->end)) role = &x;
    }
    if (!role) return false;
    std::size_t modifiers = 0;
    bool plain = true;
    for_each_word(ctx.folded_text(role->end, given_begin), [&](std::string_view w) {
      plain = ++modifiers <= 2 && PhraseMatcher::is_word_byte(static_cast<unsigned char>(w[0])) &&
              !ctx.lex.is_cue_word(CueKind::genitive, w) && !ctx.lex.is_cue_word(CueKind::article, w) &&
              !ctx.lex.is_cue_word(CueKind::complement_preposition, w);
      return plain;
    });
    return plain;
  }

  // "le sultan Ibrahim Iskandar" after "Anwar Ibrahim": a name word written right after a
  // bare name, that is none of a candidate's names, says the person is someone else.
  void drop_other_family_names(const PhraseHit& h, ActorList& cands) {
    const std::size_t e = ctx.original(h.end);
    const std::size_t limit = ctx.original(ctx.end);
    if (e + 1 >= limit || ctx.text[e] != ' ' || !starts_upper(ctx.text, e + 1)) return;
    std::size_t j = e + 1;
    while (j < limit && ctx.text[j] != ' ' && ctx.text[j] != ',' && ctx.text[j] != '.' && ctx.text[j] != ';') ++j;
    if (all_upper(ctx.text, e + 1, j)) return;  // an acronym: "Poutine (AFP)", "Erdogan AKP"
    thread_local std::string next;
    fold_key(ctx.text.substr(e + 1, j - e - 1), next);
    if (next.size() < 3) return;
    ActorList kept;
    for (uint32_t c : cands)
      if (kb.may_have_name_word(c, next)) kept.push_back(c);
    cands = std::move(kept);
  }

  // The non-person actor (country, organization) a form points to, or -1.
  int thing(const PhraseHit& h, bool& is_country_form, FormKind* kind = nullptr) {
    is_country_form = false;
    for (uint32_t k = 0; k < h.payload_count; ++k) {
      const uint32_t p = h.payloads[k];
      if (payload_kind(p) != PhraseKind::actor_form) continue;
      const SurfaceForm& f = kb.forms()[payload_index(p)];
      if (kb.actors()[f.actor].kind == ActorKind::person) continue;
      // "UE" must be written in capitals; "Otan" and "Onu" are written either way.
      if (f.kind == FormKind::acronym && h.end - h.begin <= 2 &&
          !all_upper(ctx.text, ctx.original(h.begin), ctx.original(h.end)))
        continue;
      is_country_form = kb.actors()[f.actor].kind == ActorKind::country;
      if (kind) *kind = f.kind;
      return actors.from_kb(f.actor);
    }
    return -1;
  }

  // The first person named right after the comma that closes the clause `pos` is in, when
  // that clause opens the sentence; -1 otherwise.
  int subject_after_opening_clause(uint32_t pos) {
    const std::string_view sentence = ctx.folded_text(ctx.begin, ctx.end);
    const std::size_t comma = sentence.find(',');
    if (comma == std::string_view::npos || ctx.begin + comma < pos) return -1;
    const uint32_t after = ctx.begin + static_cast<uint32_t>(comma) + 1;
    for (const PhraseHit& h : ctx.hits) {
      if (h.begin < after) continue;
      // The subject opens the main clause, after a title at most ("le président Emmanuel Macron").
      if (h.begin > after + 48) return -1;
      for (uint32_t k = 0; k < h.payload_count; ++k) {
        const uint32_t p = h.payloads[k];
        if (payload_kind(p) != PhraseKind::actor_form) continue;
        const SurfaceForm& f = kb.forms()[payload_index(p)];
        if (kb.actors()[f.actor].kind == ActorKind::person) return actors.from_kb(f.actor);
      }
    }
    return -1;
  }

  // The office knowledge-base person `kb_actor` holds on the date read at `pos`; empty when none.
  std::string office_held(uint32_t kb_actor, uint32_t pos) {
    std::string office;
    for (uint32_t oi : kb.actors()[kb_actor].offices) {
      const Office& o = kb.offices()[oi];
      if (kb.holds(o.actor, o.office, office_date(pos))) office = o.office;
    }
    return office;
  }

  // The office a person the text introduced was given ("foreign_minister:MDV" for "le
  // ministre maldivien des Affaires étrangères, Moosa Zameer"), when the data dates its
  // holders elsewhere; empty for an office it does not ("official") or a past one.
  static std::string introduced_office(std::string_view role) {
    const std::string_view office = role.substr(0, role.find(':'));
    if (office.empty() || office == "official" || office == "top_official" || office.substr(0, 7) == "former_")
      return {};
    return std::string(office);
  }

  // The holder of a role; -1 when the data cannot tell.
  int role_holder(std::string_view office, std::string_view where, uint32_t pos) {
    std::string counterpart_office;  // what `office` views for a counterpart
    if (is(office, "state")) {
      const long c = kb.country(where);
      return c >= 0 ? actors.from_kb(static_cast<uint32_t>(c)) : -1;
    }
    if (is(office, "counterpart")) {
      // "son homologue turc": the office of the person just named, in the other country; in a
      // clause opening the sentence, of its main clause's subject, named after the comma
      // ("Après avoir rencontré son homologue polonais, Emmanuel Macron a ...").
      int other = subject_after_opening_clause(pos);
      if (other < 0) other = actors.last_person_before(pos);
      // "les présidents A et B ... le mandataire paraguayen et son homologue brésilien": whose
      // counterpart is meant is no Brazilian; the last person named of another country.
      if (other >= 0 && !where.empty() && actors[other].actor.country == where)
        other = actors.last_before_if(pos, [&](int a) {
          return actors[a].actor.kind == ActorKind::person && !actors[a].actor.country.empty() &&
                 actors[a].actor.country != where;
        });
      if (other < 0 || where.empty() || actors[other].actor.country == where) return -1;
      counterpart_office = actors[other].kb >= 0 ? office_held(static_cast<uint32_t>(actors[other].kb), pos)
                                                 : introduced_office(actors[other].actor.role);
      if (counterpart_office.empty()) return -1;
      office = counterpart_office;
    }
    if (!where.empty()) {
      const long org = kb.find(where);
      if (org >= 0 && kb.actors()[static_cast<std::size_t>(org)].kind == ActorKind::organization &&
          (is(office, "head_of_state") || is(office, "head_of_government")))
        office = "leader";
    }
    if (is(office, "host")) return host(pos);
    if (is(office, "guest")) return guest(pos);
    if (where.empty()) {
      if (is(office, "head_of_state")) {
        const int source = source_country_head(pos);
        if (source >= 0) return source;
      }
      // The sentence's dates are read only when a named actor ever held the office.
      const int a = actors.last_holder(office, [&]() -> const Date& { return office_date(pos); });
      if (a >= 0 || !is(office, "head_of_state")) return a;
      // "Le président de la République a reçu ..." before any head of state was named: the
      // head of state of the country the story is told from.
      const std::string country = actors.home_country();
      if (country.empty()) return -1;
      const auto home = kb.holders(office, country, office_date(pos));
      return home.empty() ? -1 : actors.from_kb(home.back());
    }
    if (is(office, "official")) {
      int a = titled_official(where, pos);
      if (a < 0) a = official_of_unknown_nationality(where, pos);
      return a >= 0 ? a : sole_compatriot(where, pos);
    }
    if (is(office, "top_official")) {
      // "le dirigeant philippin": a head of that country the text named, else who leads it;
      // a minister of that country named since ("le ministre néo-zélandais du Commerce")
      // leads nothing, and is meant only when the data knows no leader there.
      // Someone the text itself called so ("le dirigeant chypriote turc Ersin Tatar"); else
      // the holder of the office that leads the state, when named, whoever was named since
      // ("le dirigeant indien" after Modi, then the President who received his guest).
      int a = actors.last_before_if(pos, [&](int c) { return is_role(actors[c].actor.role, "top_official", where); });
      if (a < 0) a = named_leader(where, pos);
      if (a < 0) a = titled_official(where, pos, true, false);
      if (a < 0 && kb.country(where) >= 0) a = country_leader(where, pos);
      return a >= 0 ? a : titled_official(where, pos, true);
    }
    auto cands = kb.holders(office, where, office_date(pos));
    if (cands.empty()) return -1;
    // Of several holders the text named (a date without its year fits every term), the one
    // it names most, the earlier term on a tie.
    long most = -1;
    std::size_t most_times = 0;
    for (uint32_t c : cands)
      if (const std::size_t n = actors.times_named(c); n > most_times) {
        most = c;
        most_times = n;
      }
    if (most >= 0) return actors.from_kb(static_cast<uint32_t>(most));
    for (uint32_t c : cands)
      if (std::binary_search(actors.named_anywhere.begin(), actors.named_anywhere.end(), static_cast<long>(c)))
        return actors.from_kb(c);
    return actors.from_kb(cands.back());  // the latest term: today's holder when the date is unknown
  }

  // "Le chef de l'État s'est entretenu avec B, a indiqué l'Élysée": the head of state of the
  // country whose presidency or capital the sentence cites as its source; -1 when it cites none.
  int source_country_head(uint32_t pos) {
    for (const auto& c : ctx.hits) {
      if (c.kind != PhraseKind::cue || !has_cue(c, CueKind::reporting)) continue;
      for (const auto& f : ctx.hits) {
        if (f.kind != PhraseKind::actor_form || f.begin < c.end || f.begin - c.end > 5) continue;
        const std::string_view between = ctx.folded_text(c.end, f.begin);
        if (between.find_first_not_of(" l'ea") != std::string_view::npos) continue;
        for (uint32_t k = 0; k < f.payload_count; ++k) {
          const KbActor& a = kb.actors()[kb.forms()[f.index(k)].actor];
          if (a.kind != ActorKind::country) continue;
          const auto heads = kb.holders("head_of_state", a.country, office_date(pos));
          if (!heads.empty()) return actors.from_kb(heads.back());
        }
      }
    }
    return -1;
  }

  // The office whose holder leads country `where`: its head of government in a parliamentary
  // state (countries.tsv `leader`), else its head of state.
  const char* leading_office(std::string_view where) const {
    const long c = kb.country(where);
    const bool parliamentary = c >= 0 && kb.actors()[static_cast<std::size_t>(c)].led_by_government;
    return parliamentary ? "head_of_government" : "head_of_state";
  }

  // The holder of the office that leads `where` on the date read at `pos`, when the text
  // named them before; -1 otherwise, or when it named several (a date that fits several
  // terms: "le commandant en chef Fidel Castro" beside Díaz-Canel).
  int named_leader(std::string_view where, uint32_t pos) {
    long found = -1;
    for (uint32_t h : kb.holders(leading_office(where), where, office_date(pos))) {
      if (!actors.named(h) || h == found) continue;
      if (found >= 0) return -1;
      found = h;
    }
    return found >= 0 ? actors.from_kb(static_cast<uint32_t>(found)) : -1;
  }

  // "le dirigeant philippin": the head of state or government of that country the text
  // named, the one of the office that leads it first, else the holder of that office;
  // -1 when the data knows neither.
  int country_leader(std::string_view where, uint32_t pos) {
    const Date when = office_date(pos);
    const char* const lead = leading_office(where);
    const char* const other = is(lead, "head_of_state") ? "head_of_government" : "head_of_state";
    for (const char* office : {lead, other})
      for (uint32_t h : kb.holders(office, where, when))
        if (actors.named(h)) return actors.from_kb(h);
    for (const char* office : {lead, other}) {
      const auto cands = kb.holders(office, where, when);
      if (!cands.empty()) return actors.from_kb(cands.back());
    }
    return -1;
  }

  // "le Souverain", "le roi", "l'émir": the monarch the text talks about, the head of state
  // of a country whose monarch bears that title (folded); -1 when the text named none. A
  // republic's president named more often is not a king.
  int monarch(std::string_view folded_title, uint32_t pos) {
    const auto when = [&]() -> const Date& { return office_date(pos); };
    return actors.last_holder("head_of_state", when, [&](const std::string& where) {
      const long c = kb.country(where);
      return c >= 0 && kb.is_monarch_title(static_cast<uint32_t>(c), folded_title);
    });
  }

  // Whether document actor `a` is a head of state or of government of `where` on the date
  // read at `pos`: by the data's terms, or by the title the text introduced them with.
  bool is_head(int a, std::string_view where, uint32_t pos) {
    const DocActor& d = actors[a];
    if (d.actor.kind != ActorKind::person) return false;
    if (d.kb >= 0) {
      std::string held;
      for (const char* o : {"head_of_state", "head_of_government"})
        if (kb.holds(static_cast<uint32_t>(d.kb), o, office_date(pos), &held) && held == where) return true;
      return false;
    }
    const std::size_t colon = d.actor.role.find(':');
    if (colon == std::string::npos || d.actor.role.compare(colon + 1, std::string::npos, where) != 0) return false;
    const std::string_view office = std::string_view(d.actor.role).substr(0, colon);
    return office == "head_of_state" || office == "head_of_government" || office == "top_official";
  }

  // "leur hôte", "son hôte": who received the visitors the text describes, the last person
  // it named of the country it named last before `pos` ("la déclaration d'Ankara ... aux
  // côtés de leur hôte": a Turk); -1 when it named none.
  int host(uint32_t pos) {
    const int country = actors.last_before_if(pos, [&](int a) {
      return actors[a].actor.kind == ActorKind::country && !actors[a].actor.country.empty();
    });
    if (country < 0) return -1;
    const std::string& iso3 = actors[country].actor.country;
    return actors.last_before_if(pos, [&](int a) {
      return actors[a].actor.kind == ActorKind::person && actors[a].actor.country == iso3;
    });
  }

  // "son invité", "le visiteur": who came to see the last person named before `pos` (the
  // host), the last person named before of another country than the host's; -1 when the
  // text named none, or when the host's country is unknown.
  int guest(uint32_t pos) {
    const int host = actors.last_person_before(pos);
    if (host < 0 || actors[host].actor.country.empty()) return -1;
    const std::string& iso3 = actors[host].actor.country;
    // A head's guest is a head ("Narendra Modi et son invité" after a Premier ministre who came
    // with his ministers), when one of another country was named.
    if (is_head(host, iso3, pos)) {
      const int head = actors.last_before_if(pos, [&](int a) {
        return !actors[a].actor.country.empty() && actors[a].actor.country != iso3 &&
               is_head(a, actors[a].actor.country, pos);
      });
      if (head >= 0) return head;
    }
    return actors.last_before_if(pos, [&](int a) {
      return actors[a].actor.kind == ActorKind::person && !actors[a].actor.country.empty() &&
             actors[a].actor.country != iso3;
    });
  }

  // "L'émissaire américain", "le ministre chinois": an undated title of a country names the
  // person of that country the text last named with a title below the head of state or
  // government (an envoy, a minister, a spokesperson); -1 when there is none. A title that
  // fits anyone at the top (`heads`: "le dirigeant malaisien") names a head of state or of
  // government too; without `officials`, only such a head.
  int titled_official(std::string_view where, uint32_t pos, bool heads = false, bool officials = true) {
    return actors.last_before_if(pos, [&](int a) {
      const DocActor& d = actors[a];
      if (d.actor.kind != ActorKind::person) return false;
      // A head the knowledge base knows, named without his title.
      if (heads && d.kb >= 0) {
        std::string held;
        for (const char* o : {"head_of_state", "head_of_government"})
          if (kb.holds(static_cast<uint32_t>(d.kb), o, office_date(pos), &held) && held == where) return true;
        // "la dirigeante allemande" after Ursula von der Leyen: a leader of that nationality
        // the text named, who leads an organization rather than the country.
        if (d.actor.country == where && kb.holds(static_cast<uint32_t>(d.kb), "leader", office_date(pos))) return true;
      }
      // A minister the data knows, named without a title ("Sergueï Lavrov ... le ministre russe").
      if (officials && d.kb >= 0) {
        std::string held;
        for (const char* o : {"foreign_minister", "defence_minister"})
          if (kb.holds(static_cast<uint32_t>(d.kb), o, office_date(pos), &held) && held == where) return true;
      }
      const std::size_t colon = d.actor.role.find(':');
      if (colon == std::string::npos || d.actor.role.compare(colon + 1, std::string::npos, where) != 0) return false;
      const std::string_view office = std::string_view(d.actor.role).substr(0, colon);
      if (heads && (office == "head_of_state" || office == "head_of_government" || office == "top_official"))
        return true;
      return officials && (office == "official" || office == "foreign_minister" || office == "defence_minister" ||
                           office == "spokesperson");
    });
  }

  // "X, l'émissaire de l'ONU, ... le diplomate espagnol": a title of a country
  // names the person named last when the text introduced them without a nationality and named
  // no one of that country; -1 otherwise (someone of that country may be meant).
  int official_of_unknown_nationality(std::string_view where, uint32_t pos) {
    if (kb.country(where) < 0) return -1;
    const int last = actors.nearest_person_before(pos);
    if (last < 0 || actors[last].kb >= 0 || !actors[last].actor.country.empty()) return -1;
    const int compatriot = actors.last_before_if(
        pos, [&](int a) { return actors[a].actor.kind == ActorKind::person && actors[a].actor.country == where; });
    return compatriot < 0 ? last : -1;
  }

  // "Rafael Grossi ... le diplomate argentin": a title of a country names the one person of
  // that nationality the text named, when it named exactly one and the data gives that one
  // no office there (a minister or leader of the country is found by the title's own rules,
  // and one out of office on the date is not meant). -1 otherwise: of two compatriots, none
  // is guessed.
  int sole_compatriot(std::string_view where, uint32_t pos) {
    int found = -1;
    bool several = false;
    actors.last_before_if(pos, [&](int a) {
      const DocActor& d = actors[a];
      if (d.actor.kind != ActorKind::person || d.actor.country != where) return false;
      if (found >= 0 && found != a) several = true;
      found = a;
      return several;
    });
    if (several || found < 0) return -1;
    if (const long k = actors[found].kb; k >= 0)
      for (uint32_t oi : kb.actors()[static_cast<std::size_t>(k)].offices)
        if (kb.offices()[oi].where == where) return -1;
    return is_head(found, where, pos) ? -1 : found;
  }

  // "le président élu": of the people the text named, the one whose term in `office` (at
  // `where` when given) begins within half a year after the date read at `pos`; -1 when none
  // or several do, or when the date is unknown.
  int elect_holder(std::string_view office, std::string_view where, uint32_t pos) {
    constexpr long kLongestTransition = 183;  // days from an election to the inauguration
    const Date& d = office_date(pos);
    if (!d.has_year()) return -1;
    const long day = days_from_civil(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
    int found = -1;
    for (int a = 0; a < static_cast<int>(actors.size()); ++a) {
      const DocActor& p = actors[a];
      if (p.kb < 0 || p.actor.kind != ActorKind::person) continue;
      for (uint32_t oi : kb.actors()[static_cast<std::size_t>(p.kb)].offices) {
        const Office& o = kb.offices()[oi];
        if (o.office != office || (!where.empty() && o.where != where)) continue;
        if (o.from <= day || o.from - day > kLongestTransition) continue;
        if (found >= 0 && found != a) return -1;
        found = a;
      }
    }
    return found;
  }

  // The leader the text is about at `pos`: of the heads of state or government in office it
  // named, the one named most, when named at least twice as often as any other or first in the
  // last sentence that named someone; -1 otherwise (two leaders fit a description alike).
  int leader_in_focus(uint32_t pos) {
    int best = -1;
    std::size_t best_count = 0, second_count = 0;
    for (int a = 0; a < static_cast<int>(actors.size()); ++a) {
      const DocActor& d = actors[a];
      if (d.kb < 0 || d.actor.kind != ActorKind::person) continue;
      const auto k = static_cast<uint32_t>(d.kb);
      if (!kb.holds(k, "head_of_state", office_date(pos)) && !kb.holds(k, "head_of_government", office_date(pos)))
        continue;
      const std::size_t n = actors.times_named(d.kb);
      if (n > best_count) {
        second_count = best_count;
        best_count = n;
        best = a;
      } else if (n > second_count) {
        second_count = n;
      }
    }
    if (best < 0 || best_count == second_count) return -1;
    return best_count >= 2 * second_count || actors.sentence_topic == best ? best : -1;
  }

  // "le mouvement islamiste palestinien", "le groupe armé": the organization of that place
  // (any place when none is bound) the text named last; -1 when it named none.
  int described_organization(std::string_view where, uint32_t pos) {
    return actors.last_before_if(pos, [&](int a) {
      const DocActor& d = actors[a];
      return d.actor.kind == ActorKind::organization && (where.empty() || d.actor.country == where);
    });
  }

  // "l'ancien président nigérian": the last person named who held the office there before the
  // reference date, or whom the text introduced with it; -1 when the document names none
  // (a former holder the text does not name is not guessed from the data).
  int former_holder(std::string_view office, std::string_view where, uint32_t pos) {
    return actors.last_before_if(pos, [&](int a) {
      const DocActor& d = actors[a];
      if (d.actor.kind != ActorKind::person) return false;
      if (d.kb < 0) {
        const std::string_view role = d.actor.role;
        return !where.empty() && (is_role(role, office, where) ||
                                  (role.substr(0, 7) == "former_" && is_role(role.substr(7), office, where)));
      }
      return kb.held_before(static_cast<uint32_t>(d.kb), office, where, ctx.reference);
    });
  }

  // The sentence's dates, for office_date.
};


// ---------- the sentence walk ----------

class MentionFinder {
 public:
  MentionFinder(const SentenceContext& ctx, DocActors& actors, std::vector<const PhraseHit*>& selection,
                std::vector<Mention>& out)
      : ctx_(ctx), actors_(actors), r_{ctx, actors}, sel_(selection), out_(out) {
    out_.clear();
  }

  void run() {
    select_candidates();
    // Pronouns are read once every name of the sentence is known, those the knowledge base
    // lacks included: "Mme Samia ..., où elle doit être reçue" means the name just before.
    thread_local std::vector<std::size_t> pronouns;
    pronouns.clear();
    // About one mention per candidate: one allocation, not one per doubling (none for a
    // sentence without candidates, most of which name nobody).
    if (!sel_.empty()) out_.reserve(sel_.size());
    for (std::size_t i = 0; i < sel_.size();) {
      const PhraseHit& h = *sel_[i];
      if (h.kind == PhraseKind::role) i = take_role(i);
      else if (h.kind == PhraseKind::actor_form) i = take_name(i);
      else if (h.kind == PhraseKind::cue) pronouns.push_back(i++);
      else
        i = take_demonym_noun(i);  // a demonym no role claimed: mostly an adjective
    }
    add_unknown_names();
    for (const std::size_t i : pronouns) take_pronoun(i);
    add_anaphora();
    add_counted_plurals();
    drop_plurals_named_after();
    add_hyphenated_pairs();
    sort_by_begin();
    merge_parenthesized_acronyms();
    note_lists();
    for (const auto& m : out_)
      if (actors_[m.actor].actor.kind == ActorKind::person) {
        actors_.sentence_topic = m.actor;
        break;
      }
    actors_.opening_thing = opening_thing();
  }

 private:
  const SentenceContext& ctx_;
  DocActors& actors_;
  Resolver r_;
  std::vector<const PhraseHit*>& sel_;  // a buffer reused from sentence to sentence
  std::vector<Mention>& out_;           // the caller's, cleared first
  // Folded spans of names that name a place ("la place Kim Il-sung"): no one's mention.
  std::vector<std::pair<uint32_t, uint32_t>> place_names_;

  std::string_view gap(uint32_t b, uint32_t e) const { return ctx_.folded_text(b, e); }

  // The mentions in text order, those at the same offset in the order found: what
  // std::stable_sort gives, without its temporary buffer (an allocation in every sentence
  // that names someone). A sentence's mentions are few and found mostly in order.
  void sort_by_begin() {
    for (std::size_t k = 1; k < out_.size(); ++k) {
      if (out_[k - 1].begin <= out_[k].begin) continue;
      const Mention m = out_[k];
      std::size_t j = k;
      for (; j > 0 && out_[j - 1].begin > m.begin; --j) out_[j] = out_[j - 1];
      out_[j] = m;
    }
  }

  // "du Front populaire pour la renaissance de la Centrafrique (FPRC)": an actor's acronym in
  // parentheses right after its name is the same mention, not a second one; read as a second
  // one, it stood outside the apposition "X, du Front ... (FPRC)," and joined the event.
  void merge_parenthesized_acronyms() {
    for (std::size_t k = 0; k + 1 < out_.size(); ++k) {
      Mention& a = out_[k];
      const Mention& b = out_[k + 1];
      if (a.actor != b.actor || a.place || b.pronoun || b.begin < a.end) continue;
      const auto between = first_words<2>(gap(a.end, b.begin));
      if (between.count != 1 || between.word[0] != "(") continue;
      const uint32_t limit = ctx_.end;
      uint32_t close = b.end;
      while (close < limit && gap(close, close + 1) == " ") ++close;
      if (close >= limit || gap(close, close + 1) != ")") continue;
      a.end = close + 1;
      out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
  }

  // Names (capitalized in the text), roles, demonyms and pronouns; leftmost-longest.
  void select_candidates() {
    sel_.clear();
    uint32_t last_end = 0;
    for (const auto& h : ctx_.hits) {
      if (!sel_.empty() && h.begin < last_end) {
        // "cheikh Nawaf Al-Ahmad Al-Sabah": a longer name overlapping the one taken is the
        // name written; the shorter would leave "Al-Sabah" to name someone else.
        if (longer_name(h, *sel_.back()) && is_candidate(h)) {
          sel_.back() = &h;
          last_end = h.end;
        }
        continue;
      }
      if (is_candidate(h)) {
        sel_.push_back(&h);
        last_end = h.end;
      }
    }
  }

  // Whether name form `h` overlaps name form `taken`, ends after it and is longer.
  static bool longer_name(const PhraseHit& h, const PhraseHit& taken) {
    return h.kind == PhraseKind::actor_form && taken.kind == PhraseKind::actor_form && h.end > taken.end &&
           h.end - h.begin > taken.end - taken.begin;
  }

  bool is_candidate(const PhraseHit& h) const {
    if (h.kind == PhraseKind::actor_form)
      return starts_upper(ctx_.text, ctx_.original(h.begin)) || has_upper(h) || lowercase_form(h) ||
             article_prefixed(ctx_.text, ctx_.original(h.begin), ctx_.original(h.end));  // "le général al-Burhan"
    if (h.kind == PhraseKind::role) return !lowercase_proper_tail(h);
    if (h.kind == PhraseKind::demonym) return true;
    return has_cue(h, CueKind::pronoun) || has_cue(h, CueKind::stressed_pronoun);
  }

  // Whether every reading of role hit `h` ends on a capitalized word the text writes in
  // lowercase: "la présidente de la commission des affaires étrangères" is no Commission's.
  bool lowercase_proper_tail(const PhraseHit& h) const {
    for (uint32_t k = 0; k < h.payload_count; ++k)
      if (!ctx_.lex.roles()[h.index(k)].proper_tail) return false;
    const std::size_t e = ctx_.original(h.end);
    std::size_t b = e;
    while (b > 0 && is_name_byte(ctx_.text[b - 1]) && ctx_.text[b - 1] != '\'' &&
           !(b >= 3 && ctx_.text.substr(b - 3, 3) == "\xE2\x80\x99"))  // "d’État"
      --b;
    return b < e && !starts_upper(ctx_.text, b);
  }

  // "à Moscou", "en Azerbaïdjan", "à la Maison Blanche", "pour Tbilissi": a place, not an
  // actor. A city is a place after any preposition of movement.
  // "les talibans", "les houthistes": a group the data writes in lowercase, as the press does.
  bool lowercase_form(const PhraseHit& h) const {
    const ActorKb& kb = ctx_.lex.kb();
    for (uint32_t k = 0; k < h.payload_count; ++k) {
      const uint32_t p = h.payloads[k];
      if (payload_kind(p) != PhraseKind::actor_form) continue;
      const SurfaceForm& f = kb.forms()[payload_index(p)];
      if (kb.actors()[f.actor].kind == ActorKind::organization && !f.text.empty() && !starts_upper(f.text, 0))
        return true;
    }
    return false;
  }

  // A multiword form with a capital somewhere ("palais du Planalto"): a name, however it starts.
  bool has_upper(const PhraseHit& h) const {
    const std::size_t b = ctx_.original(h.begin), e = ctx_.original(h.end);
    if (ctx_.text.substr(b, e - b).find(' ') == std::string_view::npos) return false;
    std::size_t i = b;
    while (i < e) {
      const char32_t c = next_code_point(ctx_.text, i);
      if (u_isupper(static_cast<UChar32>(c))) return true;
    }
    return false;
  }

  bool prev_word_is_place(uint32_t pos, bool city) const {
    const std::string_view last = last_word_before_articles(gap(ctx_.begin, pos));
    if (last.empty()) return false;
    if (ctx_.lex.is_cue_word(CueKind::place, last)) return true;
    return city && (last == "pour" || last == "quitter" || last == "quitte" || last == "direction" || last == "rentre" ||
                    last == "retour");
  }

  // The place a non-person form names (ISO3 or organization id), without creating an actor.
  std::string_view place_id(const PhraseHit& h) const {
    const ActorKb& kb = ctx_.lex.kb();
    for (uint32_t k = 0; k < h.payload_count; ++k) {
      const SurfaceForm& f = kb.forms()[h.index(k)];
      const KbActor& a = kb.actors()[f.actor];
      if (a.kind == ActorKind::country) return a.country;
      if (a.kind == ActorKind::organization) return a.id;
    }
    return "";
  }

  struct Binding {
    std::string_view where;  // the knowledge base's or the lexicon's string
    uint32_t end;
    std::size_t next;
    bool assumed = false;  // the place is the lexicon's default, not read in the text
    bool former = false;   // "l'ancien président", "le président déchu": not the holder at the date
  };

  // What a role hit is when every reading of it is a modifier of another role: `qualifier`
  // ("sortant", "par intérim": the office still held) or `former` ("ancien", "déchu").
  // Empty for a role proper.
  std::string_view modifier(const PhraseHit& h) const {
    if (h.kind != PhraseKind::role) return {};
    std::string_view kind;
    for (uint32_t k = 0; k < h.payload_count; ++k) {
      // A view: its compares test the length first, inline, where std::string's against a
      // literal call strlen and memcmp (a role phrase has many readings, each tested here).
      const std::string_view office = ctx_.lex.roles()[h.index(k)].office;
      if (office != "qualifier" && office != "former") return {};
      if (kind.empty() || office == "former") kind = office;
    }
    return kind;
  }

  // Passes a modifier right after the role and its place ("le Premier ministre thaïlandais par
  // intérim Phumtham Wechayachai"), so the apposed name still binds to the role.
  void take_trailing_modifier(Binding& b) const {
    if (b.next >= sel_.size() || !only_spaces(gap(b.end, sel_[b.next]->begin))) return;
    const std::string_view kind = modifier(*sel_[b.next]);
    if (kind.empty()) return;
    b.former = kind == "former";
    b.end = sel_[b.next]->end;
    ++b.next;
  }

  // Passes a modifier between the role and its demonym ("le chef du gouvernement intérimaire
  // bangladais", "le président déchu malien"), so the demonym still binds the role's place.
  void take_modifier_before_demonym(Binding& b) const {
    if (b.next + 1 >= sel_.size() || !only_spaces(gap(b.end, sel_[b.next]->begin))) return;
    const PhraseHit& m = *sel_[b.next];
    const std::string_view kind = modifier(m);
    if (kind.empty() || sel_[b.next + 1]->kind != PhraseKind::demonym ||
        !only_spaces(gap(m.end, sel_[b.next + 1]->begin)))
      return;
    b.former = kind == "former";
    b.end = m.end;
    ++b.next;
  }

  // Whether a `former` modifier stands right before role hit `i` ("l'ancien président").
  bool former_before(std::size_t i) const {
    return i > 0 && modifier(*sel_[i - 1]) == "former" && only_spaces(gap(sel_[i - 1]->end, sel_[i]->begin));
  }

  // A role's place: a demonym right after it, "de + place", or fixed by the lexicon. A
  // phrase may have several entries ("président" is head of government in Iran): the one
  // fixed to the bound place wins, then the general one.
  // Whether the text named someone who holds role `r`'s office at its fixed place.
  bool holder_named(const Role& r) const {
    for (uint32_t c : ctx_.lex.kb().holders(r.office, r.where, ctx_.reference))
      if (actors_.named(c)) return true;
    return false;
  }

  Binding bind_role(std::size_t i, const Role** chosen) const {
    Binding b{"", sel_[i]->end, i + 1};
    take_modifier_before_demonym(b);
    if (b.next < sel_.size()) {
      const PhraseHit& nh = *sel_[b.next];
      const std::string_view g = gap(b.end, nh.begin);
      if (nh.kind == PhraseKind::demonym && only_spaces(g)) {
        b.where = ctx_.lex.kb().demonyms()[nh.index()].second;
        b.end = nh.end;
        ++b.next;
        // "le dirigeant chypriote turc": a compound demonym qualifies the first; the place
        // stays the first's, and the role goes on to the name after it.
        while (b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::demonym &&
               only_spaces(gap(b.end, sel_[b.next]->begin)))
          b.end = sel_[b.next++]->end;
      } else if (nh.kind == PhraseKind::actor_form && is_of_gap(g)) {
        const std::string_view id = place_id(nh);
        if (!id.empty()) {
          b.where = id;
          b.end = nh.end;
          ++b.next;
        }
      }
    }
    const Role* exact = nullptr;
    const Role* general = nullptr;
    const Role* fixed = nullptr;
    // Of several fixed places ("le chancelier": German or Austrian), the one whose holder the
    // text named, else the first.
    for (uint32_t k = 0; k < sel_[i]->payload_count; ++k) {
      const Role& r = ctx_.lex.roles()[sel_[i]->index(k)];
      if (r.where.empty()) general = general ? general : &r;
      else if (r.where == b.where) exact = exact ? exact : &r;
      else if (!fixed || (!holder_named(*fixed) && holder_named(r)))
        fixed = &r;
    }
    *chosen = exact ? exact : general ? general : (b.where.empty() ? fixed : nullptr);
    if (*chosen && b.where.empty()) {
      b.where = (*chosen)->where;
      b.assumed = !b.where.empty() && !(*chosen)->written;
    }
    take_trailing_modifier(b);
    b.former = b.former || former_before(i);
    return b;
  }

  uint32_t folded_offset(std::size_t original) const {
    // Guessed from the sentence start, as if the text before folded byte for byte.
    const std::size_t ob = ctx_.original(ctx_.begin);
    return ag::extract::folded_offset(ctx_.folded, original, ctx_.begin + (original >= ob ? original - ob : 0));
  }

  // Whether person `a`, named after a comma that follows a role of another country, is the
  // subject of the main clause rather than the role's name: "Après avoir rencontré son
  // homologue polonais, Emmanuel Macron a plaidé ..." (a French subject, and no comma closing
  // an apposition after the name, as in "son homologue polonais, Andrzej Duda, a ...").
  bool opens_main_clause(const Binding& b, int a, const PhraseHit& name) const {
    if (b.assumed || b.where.empty() || ctx_.lex.kb().country(b.where) < 0) return false;
    const std::string& nationality = actors_[a].actor.country;
    if (nationality.empty() || nationality == b.where || only_spaces(gap(b.end, name.begin))) return false;
    const std::string_view rest = ctx_.folded_text(name.end, ctx_.end);
    const std::size_t k = rest.find_first_not_of(' ');
    return k != std::string_view::npos && std::string_view(",.;:)").find(rest[k]) == std::string_view::npos;
  }

  // Whether a role's first word is a title a state gives to many ("ambassadeur", "émissaire").
  bool agent_title(const PhraseHit& h) const {
    bool agent = false;
    for_each_word(gap(h.begin, h.end), [&](std::string_view w) {
      agent = ctx_.lex.is_cue_word(CueKind::agent, w);
      return false;
    });
    return agent;
  }

  // "les dirigeants de la France, de l'Allemagne et du Royaume-Uni", "les ministres des
  // Affaires étrangères d'Iran, d'Arabie saoudite et de Chine": a plural role over a list of
  // countries is each one's holder of the office, or the state when the data dates none.
  // Returns the selection index after the list, or b.next when no second country follows.
  std::size_t take_role_over_places(std::size_t i, const Binding& b, std::string_view office) {
    std::vector<std::pair<std::string_view, uint32_t>> places{{b.where, sel_[i]->begin}};
    std::size_t k = b.next;
    uint32_t end = b.end;
    while (k < sel_.size() && sel_[k]->kind == PhraseKind::actor_form && is_of_list_gap(gap(end, sel_[k]->begin))) {
      const std::string_view id = place_id(*sel_[k]);
      if (id.empty() || ctx_.lex.kb().country(id) < 0) break;
      places.emplace_back(id, sel_[k]->begin);
      end = sel_[k]->end;
      ++k;
    }
    if (places.size() < 2) return b.next;
    // "les dirigeants de ...": which office leads each country (a president, a prime
    // minister) the data does not say; the state does not depend on it.
    const bool leaders = is(office, "top_official");
    for (const auto& place : places) {
      int holder = leaders ? -1 : r_.role_holder(office, place.first, place.second);
      if (holder < 0) holder = r_.role_holder("state", place.first, place.second);
      if (holder < 0) continue;
      out_.push_back(Mention{sel_[i]->begin, end, holder, false, false});
      actors_.mentioned(holder, place.second, false);
    }
    return k;
  }

  // What apposed_name returns for a person of business (set_aside): no actor, and no holder
  // of the role to look for either.
  static constexpr int kSetAside = -2;

  // "le ministre russe des Affaires étrangères, Sergueï Lavrov": the name after a role.
  int apposed_name(Binding& b, std::string_view office) {
    skip_parenthesized_acronym(b);
    if (b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::actor_form &&
        is_apposition_gap(gap(b.end, sel_[b.next]->begin), ctx_.lex)) {
      bool full = false;
      const int a = r_.person(*sel_[b.next], full);
      if (a >= 0 && !opens_main_clause(b, a, *sel_[b.next])) {
        actors_.mentioned(a, sel_[b.next]->begin, full);
        b.end = sel_[b.next]->end;
        ++b.next;
        return a;
      }
    }
    // "le secrétaire d'État aux affaires européennes, Clément Beaune": a short complement of
    // the role, then the name after a comma.
    const uint32_t after_complement = complement_end(b.end);
    // "du Parti communiste vietnamien,": what the complement holds (a demonym, an
    // organization) describes the role.
    std::size_t k = b.next;
    while (after_complement && k < sel_.size() && sel_[k]->begin < after_complement) ++k;
    // "le président en exercice de l'organisation, le Nigérien Mahamadou Issoufou": a demonym
    // used as a noun stands between the comma and the name.
    uint32_t name_gap_begin = after_complement;
    if (after_complement && k + 1 < sel_.size() && sel_[k]->kind == PhraseKind::demonym &&
        sel_[k + 1]->kind == PhraseKind::actor_form && only_spaces(gap(sel_[k]->end, sel_[k + 1]->begin)) &&
        is_apposition_gap(gap(after_complement, sel_[k]->begin), ctx_.lex))
      name_gap_begin = sel_[k++]->end;
    if (after_complement && k < sel_.size() && sel_[k]->kind == PhraseKind::actor_form &&
        is_apposition_gap(gap(name_gap_begin, sel_[k]->begin), ctx_.lex)) {
      bool full = false;
      const int a = r_.person(*sel_[k], full);
      if (a >= 0 && !opens_main_clause(b, a, *sel_[k])) {
        actors_.mentioned(a, sel_[k]->begin, full);
        b.end = sel_[k]->end;
        b.next = k + 1;
        return a;
      }
    }
    // "la présidente de la Commission, Ursula von der Leyen": a known name after a complement
    // the data does not know; the role is hers, not its holder's elsewhere.
    if (b.where.empty() && b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::actor_form) {
      const std::size_t skipped = skip_unknown_complement(ctx_.original(b.end));
      const uint32_t after = folded_offset(skipped);
      if (skipped != ctx_.original(b.end) && after <= sel_[b.next]->begin &&
          is_apposition_gap(gap(after, sel_[b.next]->begin), ctx_.lex) && !only_spaces(gap(after, sel_[b.next]->begin))) {
        bool full = false;
        const int a = r_.person(*sel_[b.next], full);
        if (a >= 0) {
          actors_.mentioned(a, sel_[b.next]->begin, full);
          b.end = sel_[b.next]->end;
          ++b.next;
          return a;
        }
      }
    }
    // Someone the knowledge base does not know, introduced by the role; an organization it
    // does not know either may stand between ("le directeur de la CIA, William Burns").
    std::size_t from = ctx_.original(b.end);
    // A role whose demonym gave the place still takes a remit ("le ministre azerbaïdjanais
    // de l'Économie Mikayil Jabbarov"), but no other complement: that names someone else.
    if (b.where.empty()) from = skip_unknown_complement(from);
    else
      from = skip_unknown_complement(from, true);
    from = skip_parenthesized_unknown_acronym(from);
    // "son homologue mauritanien, Mohamed Salem Ould Merzoug": a name form that names no one
    // the data knows ("Mohamed") may begin the new name, which takes in the forms after it
    // ("Mohamed Lamine Traoré" is not Ibrahim Traoré).
    bool unknown_first = false;
    if (b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::actor_form && place_id(*sel_[b.next]).empty()) {
      bool full = false;
      unknown_first = r_.person(*sel_[b.next], full) < 0;
    }
    const std::size_t limit =
        b.next < sel_.size() && !unknown_first ? ctx_.original(sel_[b.next]->begin) : ctx_.original(ctx_.end);
    from = skip_article_title(from, limit);
    std::string_view name;
    std::size_t to = capitalized_name_at(ctx_.text, from, limit, name);
    if (to == from && after_complement) {
      from = ctx_.original(after_complement);
      to = capitalized_name_at(ctx_.text, from, limit, name);
    }
    if (to == from) return -1;
    // A default place ("secrétaire d'État" is American unless told otherwise) is no evidence
    // of a new person's country.
    const std::string_view country = !b.assumed && ctx_.lex.kb().country(b.where) >= 0 ? b.where : std::string_view();
    const uint32_t name_begin = folded_offset(static_cast<std::size_t>(name.data() - ctx_.text.data()));
    b.end = folded_offset(to);
    if (unknown_first)
      while (b.next < sel_.size() && sel_[b.next]->begin < b.end) ++b.next;
    // "le président russe Vladimir Poutin", "le sultan d'Oman Haïtham ben Tarik": a spelling
    // of the holder's name the data lacks (transliterations differ) is still the holder.
    if (const int holder = holder_spelled(office, b.where, name, name_begin); holder >= 0) {
      note_written_first(holder, name);
      actors_.mentioned(holder, name_begin, true);
      return holder;
    }
    // "le patron de TotalEnergies, Patrick Pouyanné": a person of business, no actor.
    if (set_aside(name, static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1, name_begin, b.end))
      return kSetAside;
    std::string role(office);
    if (!b.where.empty()) role.append(":").append(b.where);
    const int a = actors_.introduced_person(name, country, role);
    // Recorded like a known name, so pronouns, surnames and titles later can find the person.
    actors_.mentioned(a, name_begin, true);
    return a;
  }

  // ", le général Youssef Huneiti", ", le cheikh X": past an article and a title the lexicon
  // knows (cues.tsv `honorific`) right before a capitalized word, the start of the name a role
  // introduces; `from` when none stands there.
  std::size_t skip_article_title(std::size_t from, std::size_t limit) const {
    const std::string_view text = ctx_.text;
    std::size_t i = from;
    while (i < limit && (text[i] == ' ' || text[i] == ',')) ++i;
    if (text.substr(i, 3) != "le " && text.substr(i, 3) != "la ") return from;
    i += 3;
    std::size_t j = i;
    while (j < limit && is_name_byte(text[j])) ++j;
    if (j == i || j + 1 >= limit || text[j] != ' ' || !starts_upper(text, j + 1)) return from;
    thread_local std::string title;
    fold_key(text.substr(i, j - i), title);
    return ctx_.lex.is_honorific(title) ? j + 1 : from;
  }

  // Keeps the first word of a spelling of person `a`'s name the text wrote ("Faisal ben
  // Farhane" for the data's "Fayçal ben Farhane"), for "le prince Faisal" later.
  void note_written_first(int a, std::string_view name) {
    fold_key(name.substr(0, name.find(' ')), actors_[a].written_first);
  }

  // The one holder of `office` at `where` on the date the name at `pos` is read at, when
  // `name` may be a spelling of that holder's name; else -1.
  int holder_spelled(std::string_view office, std::string_view where, std::string_view name, uint32_t pos) {
    if (where.empty() || office.empty()) return -1;
    const std::vector<uint32_t> holders = ctx_.lex.kb().holders(office, where, r_.office_date(pos));
    if (holders.size() != 1 || !may_spell(holders[0], name)) return -1;
    return actors_.from_kb(holders[0]);
  }

  // Whether a name of two words or more may be a spelling of knowledge-base person `kb`'s
  // name: its first and last words start with the same three letters as words of one of the
  // person's names ("Poutin", "Tarik" for "Poutine", "Tarek").
  bool may_spell(uint32_t kb, std::string_view name) const {
    const std::size_t last_space = name.rfind(' ');
    if (last_space == std::string_view::npos) return false;
    const std::string first = fold_key(name.substr(0, name.find(' ')));
    const std::string last = fold_key(name.substr(last_space + 1));
    const ActorKb& k = ctx_.lex.kb();
    return first.size() >= 3 && last.size() >= 3 && k.may_have_name_word(kb, first) && k.may_have_name_word(kb, last);
  }

  // The mention of a known person by a role that ends right before folded offset `pos`
  // ("le sultan d'Oman" before "Haïtham ben Tarik"), or null.
  Mention* role_holder_before(uint32_t pos) {
    for (auto& m : out_)
      if (m.end <= pos && only_spaces(gap(m.end, pos)) && !m.place && !m.pronoun && actors_[m.actor].kb >= 0 &&
          actors_[m.actor].actor.kind == ActorKind::person)
        return &m;
    return nullptr;
  }

  // "le président du Conseil présidentiel de transition (CPT), Edgard Leblanc Fils": an
  // acronym in parentheses the data does not know is part of the role; returns the offset
  // after it, or `from` when none follows.
  std::size_t skip_parenthesized_unknown_acronym(std::size_t from) const {
    const std::string_view text = ctx_.text;
    std::size_t i = from;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '(') return from;
    std::size_t j = i + 1;
    while (j < text.size() && j - i <= 10 && ((text[j] >= 'A' && text[j] <= 'Z') || text[j] == '-')) ++j;
    if (j == i + 1 || j >= text.size() || text[j] != ')') return from;
    return j + 1;
  }

  // "le chef des Forces armées révolutionnaires de Colombie (FARC), Rodrigo Londoño": the
  // acronym in parentheses after the role's place is part of the role.
  void skip_parenthesized_acronym(Binding& b) const {
    if (b.next >= sel_.size() || sel_[b.next]->kind != PhraseKind::actor_form) return;
    const std::string_view before = gap(b.end, sel_[b.next]->begin);
    if (before.find_first_not_of(' ') == std::string_view::npos || before[before.find_first_not_of(' ')] != '(' ||
        before.find_first_not_of(" (") != std::string_view::npos)
      return;
    const uint32_t after = sel_[b.next]->end;
    const std::string_view rest = gap(after, std::min<uint32_t>(ctx_.end, after + 3));
    const std::size_t close = rest.find_first_not_of(' ');
    if (close == std::string_view::npos || rest[close] != ')') return;
    b.end = after + static_cast<uint32_t>(close) + 1;
    ++b.next;
  }

  // The comma that ends a short lowercase complement of a role ("aux affaires européennes,"),
  // or 0 when the text after the role is not one.
  uint32_t complement_end(uint32_t pos) const {
    std::string_view rest = gap(pos, std::min<uint32_t>(ctx_.end, pos + 72));
    const std::size_t comma = rest.find(',');
    if (comma == std::string_view::npos || comma == 0) return 0;
    std::string_view part = rest.substr(0, comma);
    if (part.find_first_of(".;:\"()") != std::string_view::npos) return 0;
    std::size_t words = 0;
    for_each_word(part, [&](std::string_view) { return ++words <= 6; });
    if (words == 0 || words > 6) return 0;
    // Lowercase in the original: a capitalized word would be a name, read elsewhere; but a
    // genitive ("du Parti communiste vietnamien,") names what the role belongs to, and "pour"
    // its remit ("représentant spécial pour le dialogue Belgrade-Pristina,").
    const auto first = first_words<1>(part);
    if (first.count >= 1 && (first.word[0] == "du" || first.word[0] == "de" || first.word[0] == "des" ||
                             first.word[0] == "d" || first.word[0] == "pour"))
      return pos + static_cast<uint32_t>(comma);
    // Nor the object of a preposition ("chargé de l'Europe", "aux Affaires étrangères").
    std::string_view prev;
    bool name = false;
    for_each_word(part, [&](std::string_view w) {
      const auto k = static_cast<uint32_t>(pos + (w.data() - rest.data()));
      const unsigned char c = static_cast<unsigned char>(ctx_.text[ctx_.original(k)]);
      // After an article: a person's name takes none ("le conseiller de Lula, X" stays out).
      const bool object = prev == "du" || prev == "des" || prev == "l" || prev == "la" || prev == "aux" || prev == "au";
      name = name || (c >= 'A' && c <= 'Z' && !object);
      prev = w;
      return !name;
    });
    if (name) return 0;
    return pos + static_cast<uint32_t>(comma);
  }

  // After "de", "du", "de la", "de l'", "des": a capitalized name or acronym of up to four
  // words, or a minister's remit; returns the offset after it, or `from` when there is none
  // (or when `remit_only` and it is no remit).
  std::size_t skip_unknown_complement(std::size_t from, bool remit_only = false) const {
    const std::string_view text = ctx_.text;
    const std::size_t limit = ctx_.original(ctx_.end);
    std::size_t i = from;
    auto skip_spaces = [&] {
      while (i < limit && text[i] == ' ') ++i;
    };
    skip_spaces();
    bool of = false;
    for (std::string_view w : {"de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"})
      if (!of && text.substr(i, w.size()) == w) {
        i += w.size();
        of = true;
      }
    if (!of) return from;
    std::size_t words = 0, end = from;
    while (i < limit && words < 4 && starts_upper(text, i)) {
      std::size_t j = i;
      while (j < limit && text[j] != ' ' && text[j] != ',' && text[j] != '.' && text[j] != ';') ++j;
      end = j;
      ++words;
      // "le ministre de l'Économie Mikayil Jabbarov": a remit is one word; the name follows.
      const bool remit = words == 1 && ctx_.lex.is_cue_word(CueKind::portfolio, fold_key(text.substr(i, j - i)));
      if (remit) break;
      if (remit_only) return from;
      i = j;
      skip_spaces();
    }
    return words ? end : from;
  }

  bool genitive_before(uint32_t pos) const {
    const std::string_view last = last_word_before_articles(gap(pos > ctx_.begin + 10 ? pos - 10 : ctx_.begin, pos));
    return ctx_.lex.is_cue_word(CueKind::genitive, last);
  }

  // The latest list of people the sentences before named who may all hold `office`: one at
  // least does (as the knowledge base dates it, or as the text gave it), and none is known
  // to hold another office then. Else empty.
  std::vector<int> office_list(std::string_view office, uint32_t pos) {
    if (is(office, "state") || is(office, "official") || is(office, "counterpart")) return {};
    const ActorKb& kb = ctx_.lex.kb();
    const Date& when = r_.office_date(pos);
    for (auto it = actors_.recent_lists.rbegin(); it != actors_.recent_lists.rend(); ++it) {
      bool all = true, one = false;
      for (int a : *it) {
        const DocActor& d = actors_[a];
        const bool holds =
            is_role_of(d.actor.role, office) || (d.kb >= 0 && kb.holds(static_cast<uint32_t>(d.kb), office, when));
        const bool other = !holds && (!d.actor.role.empty() || (d.kb >= 0 && kb.holds(static_cast<uint32_t>(d.kb), "", when)));
        one = one || holds;
        all = all && d.actor.kind == ActorKind::person && !other;
      }
      if (all && one) return *it;
    }
    return {};
  }

  // Whether a role phrase ends within a few bytes before `pos` ("le chef des négociateurs").
  bool role_ends_near(uint32_t pos) const {
    for (const auto& h : ctx_.hits)
      if (h.kind == PhraseKind::role && h.end <= pos && pos - h.end <= 8) return true;
    return false;
  }

  // Whether "un" or "une" stands right before `pos` (modifiers like "ancien" between count).
  bool indefinite_before(uint32_t pos) const {
    std::string_view last;
    for_each_word_backward(gap(pos > ctx_.begin + 24 ? pos - 24 : ctx_.begin, pos), [&](std::string_view w) {
      last = w;
      return false;
    });
    return last == "un" || last == "une";
  }

  // "les présidents des institutions européennes", "des ministres": a plural role after a
  // plural determiner names several people, not the office's one holder.
  bool plural_role(const PhraseHit& h) const {
    std::string_view first;
    for_each_word(gap(h.begin, h.end), [&](std::string_view w) {
      first = w;
      return false;
    });
    if (first.size() < 3 || (first.back() != 's' && first.back() != 'x')) return false;
    std::string_view last;
    for_each_word_backward(gap(h.begin > ctx_.begin + 24 ? h.begin - 24 : ctx_.begin, h.begin), [&](std::string_view w) {
      last = w;
      return false;
    });
    return last == "les" || last == "des" || last == "ces" || last == "aux" || last == "leurs" || last == "ses";
  }

  enum class Qualifier { none, names_holder, taken };

  // "l'émissaire spécial du président américain Steve Witkoff", "l'assistant du président de
  // la Fédération de Russie Iouri Ouchakov": a role of a person followed by "du/de la" and
  // another role is that person's role OF the other office, which names no one by itself.
  // The other office's place becomes the role's (`taken`, the binding now ends after it)
  // unless the apposed name is that office's holder ("le conseiller du président Donald
  // Trump": `names_holder`, the role before names no one). `none` when no role follows.
  Qualifier qualifying_role(std::string_view office, Binding& b) {
    if (is(office, "state") || is(office, "counterpart") || is(office, "head_of_state") ||
        is(office, "head_of_government"))
      return Qualifier::none;
    if (b.next >= sel_.size() || sel_[b.next]->kind != PhraseKind::role || !modifier(*sel_[b.next]).empty() ||
        !is_of_gap(gap(b.end, sel_[b.next]->begin)))
      return Qualifier::none;
    const Role* inner = nullptr;
    const Binding ib = bind_role(b.next, &inner);
    if (!inner || is(inner->office, "organization") || is(inner->office, "counterpart")) return Qualifier::none;
    if (names_holder_of(*inner, ib)) return Qualifier::names_holder;
    if (b.where.empty() || b.assumed) b.where = ib.where;
    b.assumed = b.assumed && ib.assumed;
    b.end = ib.end;
    b.next = ib.next;
    return Qualifier::taken;
  }

  // Whether the name apposed after binding `ib` is the knowledge base's holder of `inner`.
  bool names_holder_of(const Role& inner, const Binding& ib) {
    if (ib.next >= sel_.size() || sel_[ib.next]->kind != PhraseKind::actor_form ||
        !is_apposition_gap(gap(ib.end, sel_[ib.next]->begin), ctx_.lex))
      return false;
    bool full = false;
    const int p = r_.person(*sel_[ib.next], full);
    if (p < 0 || actors_[p].kb < 0) return false;
    std::string_view office = inner.office;
    const ActorKb& kb = ctx_.lex.kb();
    const long org = ib.where.empty() ? -1 : kb.find(ib.where);
    if (org >= 0 && kb.actors()[static_cast<std::size_t>(org)].kind == ActorKind::organization &&
        (is(office, "head_of_state") || is(office, "head_of_government")))
      office = "leader";
    std::string where;
    return kb.holds(static_cast<uint32_t>(actors_[p].kb), office, r_.office_date(sel_[ib.next]->begin), &where) &&
           (ib.where.empty() || where == ib.where);
  }

  // The country of the last place this sentence named before `pos` ("à Port-Louis": MUS),
  // or empty. The knowledge base's string, which outlives the document's actors.
  std::string_view scene_country(uint32_t pos) const {
    const Mention* scene = nullptr;
    for (const auto& m : out_)
      if (m.place && m.end <= pos && (!scene || m.begin > scene->begin)) scene = &m;
    if (!scene) return {};
    const DocActor& d = actors_[scene->actor];
    if (d.actor.kind != ActorKind::country || d.kb < 0) return {};
    return ctx_.lex.kb().actors()[static_cast<std::size_t>(d.kb)].country;
  }

  // The office role hit `h` names at `iso3`: its reading fixed to that country when it has
  // one ("présidents" is Iran's head of government), else `general`.
  std::string_view office_at(const PhraseHit& h, std::string_view general, std::string_view iso3) const {
    for (uint32_t k = 0; k < h.payload_count; ++k) {
      const Role& r = ctx_.lex.roles()[h.index(k)];
      if (r.where == iso3) return r.office;
    }
    return general;
  }

  std::size_t take_role(std::size_t i) {
    if (!modifier(*sel_[i]).empty()) return i + 1;  // "sortant", "ancien" with no role to modify
    const Role* chosen = nullptr;
    Binding b = bind_role(i, &chosen);
    if (!chosen) return b.next;  // "la secrétaire d'État française": not this lexicon's office
    // A view of the lexicon's office, not a copy of the role: roles are read in most sentences.
    std::string_view office = chosen->office;
    // Asked up to twice each, read once: whether the role is a plural ("les présidents"), and
    // whether "élu" follows where the binding ends (which the apposed name may move).
    int plural = -1;
    const auto plural_here = [&] {
      if (plural < 0) plural = plural_role(*sel_[i]) ? 1 : 0;
      return plural == 1;
    };
    uint32_t elect_read_at = UINT32_MAX;
    bool elect = false;
    const auto elect_after = [&] {
      if (elect_read_at != b.end) elect = cue_word_after(CueKind::elect, elect_read_at = b.end);
      return elect;
    };
    // "le roi du Maroc", "l'émir qatari": a monarch bound to a country is its head of state.
    const bool monarch = is(office, "monarch") && b.where.empty();
    if (is(office, "monarch")) office = "head_of_state";
    // "la numéro deux de la diplomatie américaine": a state named inside another role is
    // part of that description, not an actor.
    // A plural team after a noun that is no role ("par l'intermédiaire des médiateurs turcs",
    // "en présence des négociateurs qataris") is the state itself.
    if (is(office, "state") && genitive_before(sel_[i]->begin) && !(plural_here() && !role_ends_near(sel_[i]->begin)))
      return b.next;
    if (is(office, "organization") || is(office, "members"))
      return take_described_organization(i, b, is(office, "members"));
    // "le Premier ministre et ministre des Affaires étrangères qatari, X": two offices joined
    // without an article are one person's, whom the second role (its demonym, its name) names.
    if (b.where.empty() && b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::role &&
        is_single_word(gap(b.end, sel_[b.next]->begin), "et"))
      return b.next;
    switch (qualifying_role(office, b)) {
      case Qualifier::none: break;
      case Qualifier::names_holder: return b.next;  // the name is the qualifier's holder
      case Qualifier::taken: break;
    }
    // "accueilli à Port-Louis par son homologue": a counterpart bound to no country is the
    // holder in the country where the sentence put the scene.
    if (is(office, "counterpart") && b.where.empty()) {
      b.where = scene_country(sel_[i]->begin);
      b.assumed = !b.where.empty();
    }
    // A past office introduces the name beside it, but records no current role.
    const bool former = b.former && !is(office, "state") && !is(office, "counterpart");
    std::string former_office;  // built only for a past office
    if (former) former_office.append("former_").append(office);
    int a = apposed_name(b, former ? std::string_view(former_office) : office);
    if (a == kSetAside) return b.next;  // the role and the name describe a person of business
    const bool named = a >= 0;
    // "un président américain et un chef d'État syrien": an indefinite role names no one; a
    // state's does, when the text says which ("une délégation russe", "une médiation omanaise").
    const bool stated_state = is(office, "state") && !b.where.empty() && !b.assumed;
    if (!named && !stated_state && indefinite_before(sel_[i]->begin)) return b.next;
    if (a < 0 && monarch && !former) a = r_.monarch(gap(sel_[i]->begin, sel_[i]->end), sel_[i]->begin);
    else if (a < 0)
      a = former ? r_.former_holder(office, b.where, sel_[i]->begin) : r_.role_holder(office, b.where, sel_[i]->begin);
    // "le président élu": who takes the office a few months after the sentence's date.
    if (!named && !former && elect_after()) a = r_.elect_holder(office, b.where, sel_[i]->begin);
    // "le dirigeant libéral", "la dirigeante populiste": a political epithet, which the data
    // does not record, says only that a leader is meant: the one the text is about.
    if (a < 0 && !named && !former && is(office, "top_official") && b.where.empty() &&
        cue_word_after(CueKind::epithet, b.end))
      a = r_.leader_in_focus(sel_[i]->begin);
    // "son homologue nord-coréenne", whom the data does not know: the state stands for its
    // official, as it does for "la délégation nord-coréenne".
    // So does "le conseiller américain à la sécurité nationale", "le vice-président américain":
    // an office the data does not date, of a country the text gives, and no name.
    const bool unnamed_counterpart = is(office, "counterpart") && b.next > i + 1;
    const bool unnamed_official =
        is(office, "official") && !b.assumed && ctx_.lex.kb().country(b.where) >= 0 && !agent_title(*sel_[i]);
    if (a < 0 && !named && !former && !b.where.empty() && (unnamed_counterpart || unnamed_official))
      a = r_.role_holder("state", b.where, sel_[i]->begin);
    // "les délégations américaine et cubaine", "les présidents russe et turc", "les chefs de
    // la diplomatie saoudienne, iranienne et turque": each demonym coordinated with the first
    // (commas, then "et") names one more actor of the same office.
    if (!named && b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::demonym) {
      const std::size_t list_end = coordinated_demonyms_end(b.next, b.end);
      if (list_end > b.next) {
        std::vector<int> others;
        for (std::size_t k = b.next; k < list_end; ++k) {
          const std::string& iso3 = ctx_.lex.kb().demonyms()[sel_[k]->index()].second;
          int other = r_.role_holder(office_at(*sel_[i], office, iso3), iso3, sel_[k]->begin);
          // An office the data does not date for that country: the sides are still distinct
          // parties, and the state stands for its unnamed official.
          if (other < 0) other = r_.role_holder("state", iso3, sel_[k]->begin);
          others.push_back(other);
        }
        if (a < 0 && !b.where.empty()) a = r_.role_holder("state", b.where, sel_[i]->begin);
        if (a >= 0 && std::none_of(others.begin(), others.end(), [](int o) { return o < 0; })) {
          out_.push_back(Mention{sel_[i]->begin, b.end, a, false, false});
          actors_.mentioned(a, sel_[i]->begin, false);
          for (std::size_t k = 0; k < others.size(); ++k) {
            out_.push_back(Mention{sel_[i]->begin, b.end, others[k], false, false});
            actors_.mentioned(others[k], sel_[b.next + k]->begin, false);
          }
          return list_end;
        }
      }
    }
    // "le Premier ministre vincentais Ralph Gonsalves, président en exercice de la Celac,":
    // a second role apposed to the name without an article describes the same person; with
    // one ("le président russe, Dmitri Medvedev, le chef de l'Etat, ...") it may be the
    // subject the incise interrupted.
    if (named && b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::role &&
        is_single_word(gap(b.end, sel_[b.next]->begin), ","))
      b.next = skip_apposed_role(b.next, b.end, a);
    if (!named && plural_here() && !b.assumed && ctx_.lex.kb().country(b.where) >= 0) {
      const std::size_t after = take_role_over_places(i, b, office);
      if (after > b.next) return after;
    }
    if (!named && plural_here()) {
      // "Les chefs de la diplomatie se retrouveront": the latest list of people who all hold it.
      // Bound to a place the data does not know ("les dirigeants d'Afrique centrale"), no one.
      if (b.where.empty()) {
        if (take_both_countries(i, b, office)) return b.next;
        const std::size_t after = ctx_.original(b.end);
        if (skip_unknown_complement(after) != after) return b.next;
        for (int holder : office_list(office, sel_[i]->begin)) {
          out_.push_back(Mention{sel_[i]->begin, b.end, holder, false, false});
          actors_.mentioned(holder, sel_[i]->begin, false);
        }
        return b.next;
      }
      // "les négociateurs américains": a country's team stands for the country, as a delegation does.
      a = r_.role_holder("state", b.where, sel_[i]->begin);
    }
    if (a >= 0) {
      DocActor& d = actors_[a];
      if (d.actor.role.empty() && !former && !is(office, "state") && !is(office, "counterpart") && !b.where.empty() &&
          !elect_after())
        d.actor.role.assign(office).append(":").append(b.where);
      out_.push_back(Mention{sel_[i]->begin, b.end, a, false, false});
      note_gender(a, sel_[i]->begin);
      if (!named) actors_.mentioned(a, sel_[i]->begin, false);
    }
    return b.next;
  }

  // "les ministres des Affaires étrangères des deux pays" (cue kind both_countries right after
  // the title, no names in apposition): the holder in each of the last two states the text
  // named, or the state where the data names none. False, and nothing added, when the text
  // named fewer than two states or names the holders itself.
  bool take_both_countries(std::size_t i, const Binding& b, std::string_view office) {
    const PhraseHit* cue = nullptr;
    for (const auto& c : ctx_.hits)
      if (c.kind == PhraseKind::cue && has_cue(c, CueKind::both_countries) && only_spaces(gap(b.end, c.begin)))
        cue = &c;
    if (!cue) return false;
    if (b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::actor_form &&
        is_apposition_gap(gap(cue->end, sel_[b.next]->begin), ctx_.lex))
      return false;
    const uint32_t pos = sel_[i]->begin;
    // Named in the sentence ("l'accord entre Bakou et Erevan ... des deux pays"): two states
    // named earlier are often not the pair meant.
    const auto state = [&](const std::string& other) {
      return actors_.last_before_if(pos, [&](int a) {
        return actors_[a].actor.kind == ActorKind::country && !actors_[a].actor.country.empty() &&
               actors_[a].actor.country != other &&
               std::any_of(out_.begin(), out_.end(), [&](const Mention& m) { return m.actor == a && m.end <= pos; });
      });
    };
    const int first = state({});
    if (first < 0) return false;
    const int second = state(actors_[first].actor.country);
    if (second < 0) return false;
    for (const int c : {second, first}) {
      const std::string& iso3 = actors_[c].actor.country;
      int holder = r_.role_holder(office, iso3, pos);
      if (holder < 0) holder = c;
      out_.push_back(Mention{pos, cue->end, holder, false, false});
      actors_.mentioned(holder, pos, false);
    }
    return true;
  }

  // Whether the word right after folded offset `end` is of cue kind `kind`: an office not yet
  // held ("le président élu"), a political epithet ("le dirigeant libéral").
  bool cue_word_after(CueKind kind, uint32_t end) const {
    const auto w = first_words<1>(gap(end, ctx_.end));
    return w.count >= 1 && ctx_.lex.is_cue_word(kind, w.word[0]);
  }

  // "le mouvement islamiste palestinien": a description of an organization the text named
  // before. Followed by a name ("le mouvement chiite Hezbollah"), it is that name's.
  std::size_t take_described_organization(std::size_t i, const Binding& b, bool bound_only = false) {
    if (b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::actor_form &&
        is_apposition_gap(gap(b.end, sel_[b.next]->begin), ctx_.lex))
      return b.next;
    // "les paramilitaires des Forces de soutien rapide", "les combattants du Hamas": the members
    // named by the organization they belong to (the role's place) are that organization.
    const ActorKb& kb = ctx_.lex.kb();
    const long org = b.where.empty() ? -1 : kb.find(b.where);
    if (org >= 0 && kb.actors()[static_cast<std::size_t>(org)].kind == ActorKind::organization) {
      const int a = actors_.from_kb(static_cast<uint32_t>(org));
      out_.push_back(Mention{sel_[i]->begin, b.end, a, false, false});
      actors_.mentioned(a, sel_[i]->begin, true);
      return b.next;
    }
    // "les rebelles" alone may be any group's: only their organization named after them tells.
    if (bound_only) return b.next;
    const int a = r_.described_organization(b.where, sel_[i]->begin);
    if (a >= 0) {
      out_.push_back(Mention{sel_[i]->begin, b.end, a, false, false});
      actors_.mentioned(a, sel_[i]->begin, false);
    }
    return b.next;
  }

  // Whether folded offset `pos` is inside the written name of a person already mentioned:
  // only capitalized words and particles, separated by spaces, stand between ("cheikh Mechaal
  // Al-Ahmad Al-Jaber Al-Sabah" when the data knows "cheikh Mechaal": "Al-Sabah" is his).
  bool continues_person_name(uint32_t pos) const {
    for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
      if (it->end > pos || it->pronoun) continue;
      if (it->end == pos || actors_[it->actor].actor.kind != ActorKind::person) return false;
      return only_name_words(ctx_.original(it->end), ctx_.original(pos));
    }
    return false;
  }

  // Whether original text [b, e) is one or more spaces with capitalized words or particles.
  bool only_name_words(std::size_t b, std::size_t e) const {
    const std::string_view text = ctx_.text;
    if (b >= e || text[b] != ' ') return false;
    std::size_t i = b;
    while (i < e) {
      if (text[i] == ' ') {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < e && text[j] != ' ') {
        if (!is_name_byte(text[j])) return false;
        ++j;
      }
      if (!starts_upper(text, i) && !is_name_particle(text.substr(i, j - i))) return false;
      i = j;
    }
    return true;
  }

  // Whether "<part of a territory> de" stands right before folded offset `pos` ("dans le
  // nord-ouest de l'Arabie saoudite", "à l'est de l'Ukraine"): the country is where.
  bool after_region_noun(uint32_t pos) const {
    int step = 0;  // 0: articles, then "de"; 1: the region noun
    bool found = false;
    for_each_word_backward(gap(pos > ctx_.begin + 40 ? pos - 40 : ctx_.begin, pos), [&](std::string_view w) {
      if (step == 0) {
        if (w == "la" || w == "le" || w == "les" || w == "l") return true;
        if (!ctx_.lex.is_cue_word(CueKind::genitive, w)) return false;
        step = 1;
        return true;
      }
      found = ctx_.lex.is_place_noun(PlaceNoun::region, w);
      return false;
    });
    return found;
  }

  // Whether folded offset `pos` lies in a dateline run into the sentence: its opening up to
  // the dash that ends it, holding a date or an agency ("PARIS, 13 mars 2025 (AFP) - ",
  // "SAN DIEGO (Etats-Unis), 14 mars (AFP) -- "). Its places say where the dispatch was
  // filed; they take no part, even when the subject is a name the data does not know.
  bool in_dateline(uint32_t pos) const {
    constexpr uint32_t kLongestDateline = 90;
    const std::string_view head = gap(ctx_.begin, std::min(ctx_.end, ctx_.begin + kLongestDateline));
    const std::size_t dash = std::min(head.find(" - "), head.find("--"));
    if (dash == std::string_view::npos || pos >= ctx_.begin + dash) return false;
    return head.substr(0, dash).find_first_of("0123456789(") != std::string_view::npos;
  }

  // Whether a named place's common noun stands right before folded offset `pos`, titles
  // passed over ("la place Kim Il-sung", "la mosquée Cheikh Zayed"): the name is the place's.
  // The noun of a trigger phrase is none ("avaient pris place A et B"), nor one inside a longer
  // cue phrase ("a reçu tour à tour A et B").
  bool after_place_noun(uint32_t pos) const {
    bool found = false;
    const uint32_t from = pos > ctx_.begin + 40 ? pos - 40 : ctx_.begin;
    const std::string_view text = gap(from, pos);
    uint32_t noun = 0, noun_end = 0;
    for_each_word_backward(text, [&](std::string_view w) {
      if (ctx_.lex.is_honorific(w)) return true;
      found = ctx_.lex.is_place_noun(PlaceNoun::named, w);
      noun = from + static_cast<uint32_t>(w.data() - text.data());
      noun_end = noun + static_cast<uint32_t>(w.size());
      return false;
    });
    if (found)
      for (const auto& h : ctx_.hits) {
        if (h.begin > noun || h.end <= noun) continue;
        if (h.kind == PhraseKind::trigger || (h.kind == PhraseKind::cue && (h.begin < noun || h.end > noun_end)))
          return false;
      }
    return found;
  }

  std::size_t take_name(std::size_t i) {
    const PhraseHit& h = *sel_[i];
    bool full = false;
    int a = r_.person(h, full);
    if (a >= 0 && after_place_noun(h.begin)) {
      place_names_.push_back({h.begin, h.end});
      return i + 1;
    }
    if (a >= 0 && !full && continues_person_name(h.begin)) return i + 1;
    std::size_t next = i + 1;
    uint32_t end = h.end;
    if (a >= 0) {
      next = skip_apposed_role(next, end, a);
      actors_.mentioned(a, h.begin, full);
      note_gender(a, h.begin);
      out_.push_back(Mention{h.begin, end, a, false, false});
      return next;
    }
    bool country_form = false;
    FormKind kind = FormKind::country_name;
    a = r_.thing(h, country_form, &kind);
    // "l'invité de France 2", "sur France 24": a country's name and a number of one or two
    // digits name a broadcaster, not the state.
    if (a >= 0 && kind == FormKind::country_name && numbered_after(h.end)) return next;
    if (a >= 0) {
      const bool city = kind == FormKind::capital || kind == FormKind::metonym;
      const bool place =
          country_form && (prev_word_is_place(h.begin, city) || after_region_noun(h.begin) || in_dateline(h.begin));
      actors_.mentioned(a, h.begin, true);
      out_.push_back(Mention{h.begin, end, a, place, false});
    }
    return next;
  }

  // Whether a number of one or two digits follows folded offset `pos` after one space.
  bool numbered_after(uint32_t pos) const {
    const std::string_view rest = ctx_.folded_text(pos, std::min(ctx_.end, pos + 4));
    const auto digit = [&](std::size_t k) { return k < rest.size() && rest[k] >= '0' && rest[k] <= '9'; };
    if (rest.size() < 2 || rest[0] != ' ' || !digit(1)) return false;
    return !digit(2) || !digit(3);
  }

  // "Maria Zakharova, porte-parole du ministère ...": a role in apposition after a name
  // describes that person, and names no one else. Returns the selection index after it and
  // moves `end` past it; `next` when the role at `next` is no such apposition.
  std::size_t skip_apposed_role(std::size_t next, uint32_t& end, int person) {
    if (next >= sel_.size() || sel_[next]->kind != PhraseKind::role) return next;
    const std::string_view g = gap(end, sel_[next]->begin);
    if (!is_apposition_gap(g, ctx_.lex) || only_spaces(g)) return next;
    const Role* chosen = nullptr;
    const Binding b = bind_role(next, &chosen);
    // "Vladimir Poutine, le président turc Recep Tayyip Erdogan": the role introduces the
    // next name, not this one.
    const bool introduces_next = b.next < sel_.size() && sel_[b.next]->kind == PhraseKind::actor_form &&
                                 only_spaces(gap(b.end, sel_[b.next]->begin));
    if (introduces_next) return next;
    // "avec Emmanuel Macron, le dirigeant malaisien a proposé": a role of another country is
    // someone else, the subject after a fronted clause. Not when the country is only the
    // lexicon's default ("Andrew Hsia, président du Conseil des affaires continentales" is
    // no Italian head of government).
    const std::string& country = actors_[person].actor.country;
    if (!b.where.empty() && !b.assumed && !country.empty() && ctx_.lex.kb().country(b.where) >= 0 && b.where != country)
      return next;
    end = b.end;
    // "président en exercice de l'Union africaine": the organization completing the role is
    // part of the description, no party of its own.
    if (b.where.empty() && b.next < sel_.size() && is_of_gap(gap(end, sel_[b.next]->begin)) &&
        names_organization(*sel_[b.next])) {
      end = sel_[b.next]->end;
      return b.next + 1;
    }
    // "président en exercice de la Celac": an organization the data does not know completes
    // the role; it is part of the description.
    if (b.where.empty()) {
      const std::size_t from = ctx_.original(end), to = skip_unknown_complement(from);
      const uint32_t complement_end = folded_offset(to);
      if (to > from && (b.next >= sel_.size() || complement_end <= sel_[b.next]->begin)) end = complement_end;
    }
    return b.next;
  }

  // Whether a selected hit is the form of an organization.
  bool names_organization(const PhraseHit& h) const {
    if (h.kind != PhraseKind::actor_form) return false;
    const ActorKb& kb = ctx_.lex.kb();
    for (uint32_t k = 0; k < h.payload_count; ++k) {
      const uint32_t p = h.payloads[k];
      if (payload_kind(p) != PhraseKind::actor_form) continue;
      if (kb.actors()[kb.forms()[payload_index(p)].actor].kind != ActorKind::organization) return false;
    }
    return true;
  }

  bool covered_by_mention(uint32_t b, uint32_t e) const {
    for (const auto& m : out_)
      if (b < m.end && e > m.begin) return true;
    return false;
  }

  // Whether original bytes [b, e) overlap a mention taken, read through the folded text's
  // origins: folded_offset is a lower bound over them, so this implies covered() of the
  // span's folded offsets, and of any longer span from `b`, without computing them.
  bool inside_mention(std::size_t b, std::size_t e) const {
    for (const auto& m : out_)
      if (ctx_.original(m.end - 1) >= b && ctx_.original(m.begin) < e) return true;
    return false;
  }

  // Whether a span overlaps a resolved mention, a place's name or a role (a name form that
  // resolved to nobody, like a bare "William", leaves room for an unknown "William Burns").
  bool covered(uint32_t b, uint32_t e) const {
    for (const auto& m : out_)
      if (b < m.end && e > m.begin) return true;
    for (const auto& [pb, pe] : place_names_)
      if (b < pe && e > pb) return true;
    for (const auto* h : sel_)
      if (h->kind == PhraseKind::role && b < h->end && e > h->begin) return true;
    return false;
  }

  // People the knowledge base does not know: a capitalized name after a title ("M. Riek
  // Machar", "cheikh Tamim"), a name whose first word is a known first name ("William
  // Burns"), or the last name of someone the document introduced earlier ("Machar").
  // The one person the document named whose name begins with the word `first`, or -1.
  int person_by_first_name(std::string_view first) const {
    const std::string key = fold_key(first);
    int found = -1;
    for (std::size_t k = 0; k < actors_.size(); ++k) {
      const Actor& a = actors_[static_cast<int>(k)].actor;
      if (a.kind != ActorKind::person) continue;
      const std::string full = fold_key(a.name);
      const bool displayed =
          full.size() > key.size() && full.compare(0, key.size(), key) == 0 && full[key.size()] == ' ';
      if (!displayed && actors_[static_cast<int>(k)].written_first != key) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(k);
    }
    return found;
  }

  // Whether the word [i, j) is a minister's remit ("Commerce", "Défense") right after "au",
  // "aux", "à la", "du", "de la"...
  bool remit_after_preposition(std::string_view text, std::size_t floor, std::size_t i, std::size_t j) const {
    thread_local std::string folded, before;
    // The word before first: it is short, often absent (the sentence's first word, the word
    // right after a name), and rarely a preposition; the remit itself is folded only then.
    const std::string_view prev = name_word_before(text, floor, i);
    if (prev.empty()) return false;
    fold_key(prev, before);
    if (!(before == "au" || before == "aux" || before == "la" || before == "l" || before == "du" || before == "de" ||
          before == "des"))
      return false;
    fold_key(text.substr(i, j - i), folded);
    return ctx_.lex.is_cue_word(CueKind::portfolio, folded);
  }

  // Whether the new name [fb, fe) is a person of business: set aside before (its full name
  // or, alone, its surname), or described so now ("le PDG de Total, A", "A, patron d'Eni"),
  // when it is recorded for the names that follow.
  bool set_aside(std::string_view name, std::size_t words, uint32_t fb, uint32_t fe) {
    const std::string folded = fold_key(name);
    const std::string last = folded.substr(folded.rfind(' ') == std::string::npos ? 0 : folded.rfind(' ') + 1);
    auto& aside = actors_.set_aside;
    const auto known = [&aside](const std::string& w) {
      return std::find(aside.begin(), aside.end(), w) != aside.end();
    };
    if (known(folded) || (words == 1 && known(last))) return true;
    if (!business_title_around(fb, fe) && !private_noun_before(fb)) return false;
    aside.push_back(folded);
    aside.push_back(last);
    return true;
  }

  // Whether a business title and its company's capitalized name stand in apposition right
  // before the name [fb, fe) ("le patron de TotalEnergies, A") or right after it ("A, PDG de
  // Total"). A company the data knows as an actor is no company: "le patron de l'OTAN".
  bool business_title_around(uint32_t fb, uint32_t fe) const {
    for (const auto& h : ctx_.hits) {
      if (!has_cue(h, CueKind::business)) continue;
      if (h.end <= fb && fb - h.end <= 60) {
        const std::string_view between = ctx_.folded_text(h.end, fb);
        const std::size_t comma = between.find(',');
        if (comma != std::string_view::npos && comma == between.find_last_of(',') &&
            between.find_first_not_of(' ', comma + 1) == std::string_view::npos && company_after(h.end, h.end + comma))
          return true;
      }
      if (h.begin >= fe && h.begin - fe <= 8) {
        const std::string_view between = ctx_.folded_text(fe, h.begin);
        if (between.find(',') != std::string_view::npos && company_after(h.end, std::min(ctx_.end, h.end + 40)))
          return true;
      }
    }
    return false;
  }

  // Whether a private person's noun and its article stand right before folded offset `fb`,
  // one lowercase adjective at most between ("l'humanitaire tournaisien A").
  bool private_noun_before(uint32_t fb) const {
    for (const auto& h : ctx_.hits) {
      if (!has_cue(h, CueKind::civilian) || h.end > fb || fb - h.end > 24) continue;
      std::size_t words = 0;
      bool ok = true;
      for_each_word(ctx_.folded_text(h.end, fb), [&](std::string_view w) {
        ok = ++words == 1 && PhraseMatcher::is_word_byte(static_cast<unsigned char>(w[0])) &&
             !starts_upper(ctx_.text, ctx_.original(static_cast<uint32_t>(w.data() - ctx_.folded.text.data())));
        return ok;
      });
      if (ok && word_is_article_before(h.begin)) return true;
    }
    return false;
  }

  // Whether the word before folded offset `pos` is an article ("le", "la", "l'", "un", "une").
  bool word_is_article_before(uint32_t pos) const {
    const std::string_view before = ctx_.folded_text(pos > ctx_.begin + 8 ? pos - 8 : ctx_.begin, pos);
    std::string_view last;
    for_each_word(before, [&](std::string_view w) { return (last = w), true; });
    return last == "le" || last == "la" || last == "l" || last == "un" || last == "une";
  }

  // Whether "de" or "d'" (or, after "du groupe", nothing) opens [b, e) and a capitalized word
  // no actor form covers follows it: a company's name, which takes no article ("de
  // TotalEnergies", "d'Eni", "du groupe Samsung"; "de la CIA", "du FBI" are agencies of a state).
  bool company_after(uint32_t b, uint32_t e) const {
    const std::string_view rest = ctx_.folded_text(b, e);
    std::size_t k = rest.find_first_not_of(' ');
    if (k == std::string_view::npos) return false;
    if (rest.compare(k, 3, "de ") == 0)
      k += 3;
    else if (rest.compare(k, 2, "d'") == 0)
      k += 2;
    else if (!(b >= ctx_.begin + 6 && ctx_.folded_text(b - 6, b) == "groupe"))
      return false;
    k = rest.find_first_not_of(' ', k);
    if (k == std::string_view::npos) return false;
    const uint32_t at = b + static_cast<uint32_t>(k);
    if (!starts_upper(ctx_.text, ctx_.original(at))) return false;
    for (const auto& m : out_)
      if (at >= m.begin && at < m.end) return false;
    for (const auto* h : sel_)
      if (at >= h->begin && at < h->end) return false;
    return true;
  }

  void add_unknown_names() {
    const std::size_t ob = ctx_.original(ctx_.begin), oe = ctx_.original(ctx_.end);
    const std::string_view text = ctx_.text;
    // Words are folded only when a capitalized one needs them (itself and the word before):
    // most words of a sentence are not names, and are passed without being walked one by one.
    // The word before a capitalized one is found when a title would decide something; words
    // before `floor`, the end of the last name taken, are no title.
    std::size_t floor = ob;
    std::size_t remit_end = std::string_view::npos;  // where the last remit skipped ends
    thread_local std::string word_folded, prev_folded;
    std::size_t i = ob;
    while ((i = next_capital_start(text, i, oe, ob)) < oe) {
      // The word: letters, digits, '-', '\'' and any UTF-8 byte.
      std::size_t j = i;
      while (j < oe && is_name_byte(text[j])) ++j;
      // A word inside a name already taken ("Stoltenberg" of "Jens Stoltenberg") would only
      // be found covered below, after its name and folded forms were read: passed at once.
      if (inside_mention(i, j)) {
        i = j;
        continue;
      }
      if (starts_upper(text, i) && !(j - i > 1 && all_upper(text, i, j))) {
        // A title before the word ("M. Machar") lets a one-word name through; it is looked
        // up only when it decides something, and so are the folded forms.
        // A remit right before the word is a title too: the name is the minister's.
        const bool after_remit =
            remit_end != std::string_view::npos && remit_end < i && text.find_first_not_of(' ', remit_end) == i;
        int title = -1;
        auto titled = [&] {
          if (title < 0) {
            std::string_view before = name_word_before(text, floor, i);
            if (!is_folded_ascii(before)) {
              fold_key(before, prev_folded);
              before = prev_folded;
            }
            title = after_remit || ctx_.lex.is_honorific(before) ? 1 : 0;
          }
          return title == 1;
        };
        // "le commissaire au Commerce Maroš Šefčovič": a remit after its preposition is no
        // name's first word; the name starts after it.
        if (remit_after_preposition(text, floor, i, j)) {
          remit_end = j;
          i = j;
          continue;
        }
        std::string_view name;
        std::size_t words = 0;
        const std::size_t name_end = capitalized_name_at(text, i, oe, name, 1, &words);
        const std::size_t end = words >= 2 || (words == 1 && titled()) ? name_end : i;
        if (end > i) {
          const uint32_t fb = folded_offset(i), fe = folded_offset(end);
          auto starts_with_first_name = [&] {
            fold_key(text.substr(i, j - i), word_folded);
            return ctx_.lex.is_first_name(word_folded);
          };
          // A name the text introduced earlier ("le Premier ministre par intérim Phumtham
          // Wechayachai", then "Phumtham Wechayachai") is that person, however it starts.
          auto introduced_before = [&] { return actors_.knows_surnames() && actors_.introduced_by_name(name) >= 0; };
          if (!covered(fb, fe) && after_place_noun(fb)) {
            place_names_.push_back({fb, fe});  // its words ("Il-sung") name no one either
            floor = i = end;
            continue;
          }
          // "l'Ethiopien Seleshi Bekele": read only when the cheaper tests have not decided.
          std::string nationality;
          bool demonym_read = false;
          const auto demonym_noun = [&] {
            if (!demonym_read && words >= 2) nationality = demonym_noun_before(fb);
            demonym_read = true;
            return !nationality.empty();
          };
          // After an elision ("la résidence d'Etat de Diaoyutai"), a capitalized noun is as
          // likely as a name: only a first name or a name the text introduced is taken.
          const bool elided = after_elision(text, i, ob);
          if (!covered(fb, fe) &&
              (starts_with_first_name() || introduced_before() ||
               (!elided && (titled() || (coordinated_with_person(fb, fe) && plausible_name_start(fb, fe)) ||
                            demonym_noun() || role_apposed_after(fb, fe))))) {
            // "cheikh Mohammed" after "cheikh Mohammed ben Abderrahmane Al Thani": a titled
            // first name alone is the one person named in full with it.
            int known = words == 1 && titled() ? person_by_first_name(name) : -1;
            // "M. Ben-Shabbat" after "Meir Ben-Shabbat", whom the data lacks: the titled
            // surname of a person the text introduced is that person, not a new one.
            if (known < 0 && words == 1 && titled() && actors_.knows_surnames()) {
              fold_key(name, word_folded);
              known = actors_.introduced_by_surname(word_folded);
            }
            // "le sultan d'Oman Haïtham ben Tarik": a spelling the data lacks of the name of
            // the holder the role just before names is that holder, not someone new.
            Mention* role = known < 0 ? role_holder_before(fb) : nullptr;
            if (role && may_spell(static_cast<uint32_t>(actors_[role->actor].kb), name)) {
              note_written_first(role->actor, name);
              role->end = fe;
              actors_.mentioned(role->actor, fb, true);
              floor = i = end;
              continue;
            }
            demonym_noun();  // the new person's country, when another test decided first
            // "le PDG de Total, Patrick Pouyanné", then "M. Pouyanné": a person of business.
            if (known < 0 && set_aside(name, words, fb, fe)) {
              floor = i = end;
              continue;
            }
            const int a = known >= 0 ? known : actors_.introduced_person(name, nationality, "");
            if (known < 0) describe_from_apposed_role(a, fe);
            note_gender(a, fb);  // "Mme Samia": the title tells whom "elle" may mean
            out_.push_back(Mention{fb, fe, a, false, false});
            actors_.mentioned(a, fb, true);
            floor = i = end;
            continue;
          }
        } else if (actors_.knows_surnames()) {
          const uint32_t fb = folded_offset(i), fe = folded_offset(j);
          fold_key(text.substr(i, j - i), word_folded);
          const int a = actors_.introduced_by_surname(word_folded);
          if (a >= 0 && !covered(fb, fe) && !continues_person_name(fb)) {
            out_.push_back(Mention{fb, fe, a, false, false});
            actors_.mentioned(a, fb, false);
          }
        }
      }
      i = j;
    }
  }

  // "Maria Zakharova, porte-parole de la diplomatie russe": the role after a new name gives
  // the person's office and country.
  void describe_from_apposed_role(int a, uint32_t name_end) {
    for (std::size_t k = 0; k < sel_.size(); ++k) {
      if (sel_[k]->kind != PhraseKind::role || sel_[k]->begin < name_end) continue;
      const std::string_view g = gap(name_end, sel_[k]->begin);
      if (!is_apposition_gap(g, ctx_.lex) || only_spaces(g)) return;
      const Role* chosen = nullptr;
      const Binding b = bind_role(k, &chosen);
      if (!chosen || b.where.empty()) return;
      DocActor& d = actors_[a];
      if (d.actor.role.empty() && chosen->office != "state")
        d.actor.role.assign(chosen->office).append(":").append(b.where);
      if (d.actor.country.empty() && ctx_.lex.kb().country(b.where) >= 0) d.actor.country = b.where;
      return;
    }
  }

  // "l'Ethiopien Seleshi Bekele", "le Russe Igor Sergueïev": a capitalized demonym used as a
  // noun, after its article, right before a name of two words or more introduces a person of
  // that country. Returns the country (ISO3), or empty.
  // "Selon son entourage, le Belge avait eu la veille au téléphone ...": a capitalized
  // demonym used as a noun after "le", "la" or "l'", with no name after it ("l'Ethiopien
  // Seleshi Bekele" introduces one), is the last person of that nationality the text named.
  // Anything else is an adjective: no one.
  std::size_t take_demonym_noun(std::size_t i) {
    const PhraseHit& h = *sel_[i];
    const std::size_t ob = ctx_.original(h.begin), oe = ctx_.original(h.end);
    if (!starts_upper(ctx_.text, ob)) return i + 1;
    const auto last = last_words<1>(gap(ctx_.begin, h.begin));
    if (last.empty() || !(last.back() == "le" || last.back() == "la" || last.back() == "l")) return i + 1;
    const std::size_t next = ctx_.text.find_first_not_of(' ', oe);
    if (next != std::string_view::npos && next < ctx_.original(ctx_.end) && starts_upper(ctx_.text, next)) return i + 1;
    const std::string& iso3 = ctx_.lex.kb().demonyms()[h.index()].second;
    const int a = actors_.last_before_if(h.begin, [&](int c) {
      const Actor& x = actors_[c].actor;
      return x.kind == ActorKind::person && x.country == iso3;
    });
    if (a < 0) return i + 1;
    out_.push_back(Mention{h.begin, h.end, a, false, false});
    actors_.mentioned(a, h.begin, false);
    return i + 1;
  }

  std::string demonym_noun_before(uint32_t pos) const {
    for (const auto& h : ctx_.hits) {
      if (h.kind != PhraseKind::demonym || h.end >= pos || !only_spaces(gap(h.end, pos))) continue;
      if (!starts_upper(ctx_.text, ctx_.original(h.begin))) continue;
      const auto last = last_words<1>(gap(ctx_.begin, h.begin));
      if (!last.empty() && (last.back() == "le" || last.back() == "la" || last.back() == "l"))
        return ctx_.lex.kb().demonyms()[h.index()].second;
    }
    return "";
  }

  // "Subrahmanyam Jaishankar et Aizaz Ahmad Chaudhry": a name coordinated with a person.
  // "Hikmet Hajiyev, conseiller diplomatique du président", "X, ministre de l'Économie,": a
  // role in apposition right after a capitalized name of two words or more says it is a
  // person's, whom the data may not know. Not after a preposition, nor on one: "Au Forum
  // Economique Mondial, le président" names a place.
  // Also "L'assistant du président, chef du Département de la politique étrangère, Hikmet
  // Hajiyev, a ...": a comma-set chunk that opens on a role, right before the name.
  bool role_apposed_after(uint32_t b, uint32_t e) const {
    const PhraseHit* next = nullptr;
    for (const PhraseHit* h : sel_)
      if (h->begin >= e) {
        next = h;
        break;
      }
    const bool after = next && next->kind == PhraseKind::role &&
                       gap(e, next->begin).find(',') != std::string_view::npos &&
                       is_apposition_gap(gap(e, next->begin), ctx_.lex);
    if (!after && !role_chunk_before(b)) return false;
    return plausible_name_start(b, e);
  }

  // Whether a capitalized run at folded [b, e) may be a person's name rather than the tail of
  // a longer name or a thing's: not opened by or after an article or a preposition ("la Place
  // Rouge", "Lors du Forum"), nor after another capitalized word ("Au Forum Economique").
  bool plausible_name_start(uint32_t b, uint32_t e) const {
    const auto opens_complement = [this](std::string_view w) {
      return ctx_.lex.is_cue_word(CueKind::complement_opener, w) || ctx_.lex.is_cue_word(CueKind::preposition, w);
    };
    bool preposition = false;
    for_each_word(gap(b, e), [&](std::string_view w) {
      preposition = opens_complement(w);
      return false;
    });
    // The word right before: capitalized, the name is the tail of a longer one ("Au Forum
    // Economique Mondial"); an article or a preposition, it is a thing's ("la Place Rouge").
    const std::size_t ob = ctx_.original(b), floor = ctx_.original(ctx_.begin);
    std::size_t k = ob;
    while (k > floor && ctx_.text[k - 1] == ' ') --k;
    if (k < ob && k > floor && is_name_byte(ctx_.text[k - 1])) {
      const std::string_view before = name_word_before(ctx_.text, floor, k);
      const std::size_t start = static_cast<std::size_t>(before.data() - ctx_.text.data());
      if (starts_upper(ctx_.text, start)) return false;
      // "avec Fu Ying, présidente de ...": after a companion preposition, the one met.
      const std::string folded = fold_key(before);
      if (opens_complement(folded) && !ctx_.lex.is_cue_word(CueKind::companion, folded)) return false;
    }
    return !preposition;
  }

  // Whether the comma-set chunk right before folded offset `b` opens on a role ("chef du
  // Département ..., " before a name), an article aside.
  bool role_chunk_before(uint32_t b) const {
    constexpr uint32_t kLongestChunk = 200;
    const uint32_t from = b > ctx_.begin + kLongestChunk ? b - kLongestChunk : ctx_.begin;
    const std::string_view head = gap(from, b);
    const std::size_t last = head.find_last_not_of(' ');
    if (last == std::string_view::npos || head[last] != ',' || last == 0) return false;
    std::size_t comma = head.find_last_of(",;:.()", last - 1);
    // "le chef du Parti unioniste démocrate (DUP), Jeffrey Donaldson": a one-word aside in
    // parentheses (the complement's acronym) is part of the chunk.
    while (comma != std::string_view::npos && comma > 0 && head[comma] == ')') {
      const std::size_t open = head.find_last_of(",;:.()", comma - 1);
      if (open == std::string_view::npos || head[open] != '(' ||
          head.substr(open + 1, comma - open - 1).find(' ') != std::string_view::npos || open == 0)
        break;
      comma = head.find_last_of(",;:.()", open - 1);
    }
    if (comma == std::string_view::npos && from != ctx_.begin) return false;
    if (comma != std::string_view::npos && head[comma] != ',') return false;
    std::size_t start = comma == std::string_view::npos ? 0 : comma + 1;
    while (start < last && head[start] == ' ') ++start;
    for (std::string_view article : {"l'", "le ", "la ", "les "})
      if (head.substr(start, article.size()) == article) start += article.size();
    const uint32_t role_begin = from + static_cast<uint32_t>(start);
    const uint32_t comma_at = from + static_cast<uint32_t>(last);
    const PhraseHit* inner = nullptr;  // the last role inside the chunk
    for (const PhraseHit* h : sel_) {
      if (h->begin == role_begin && h->kind == PhraseKind::role) return true;
      if (h->begin > role_begin && h->end <= comma_at && h->kind == PhraseKind::role) inner = h;
    }
    return inner && role_with_complement_before(*inner, comma_at);
  }

  // "préparée par le directeur du Bureau des affaires de Taïwan, Zhang Zhijun": a role after
  // its article, then only its complement ("du/de la/des ...") up to the comma at `comma_at`,
  // and no one named in between.
  bool role_with_complement_before(const PhraseHit& role, uint32_t comma_at) const {
    const auto before = last_words<1>(gap(ctx_.begin, role.begin));
    if (before.empty() || !ctx_.lex.is_cue_word(CueKind::singular_article, before.back())) return false;
    const auto first = first_words<1>(gap(role.end, comma_at));
    if (first.count == 0 ||
        !ctx_.lex.is_cue_word(CueKind::genitive, first.word[0]))
      return false;
    for (const auto& m : out_)
      if (m.begin >= role.begin && m.begin < comma_at && actors_[m.actor].actor.kind == ActorKind::person) return false;
    return true;
  }

  bool coordinated_with_person(uint32_t b, uint32_t e) const {
    for (const auto& m : out_) {
      if (actors_[m.actor].actor.kind != ActorKind::person) continue;
      const std::string_view before = m.end <= b ? gap(m.end, b) : std::string_view();
      const std::string_view after = e <= m.begin ? gap(e, m.begin) : std::string_view();
      // "A et B", "A, B", "A, conseiller de C, et B".
      for (std::string_view g : {before, after}) {
        if (!may_be_coordination(g)) continue;
        const auto w = first_words<2>(g);
        if (w.count == 1 && (w.word[0] == "et" || w.word[0] == ",")) return true;
        if (w.count == 2 && w.word[0] == "," && w.word[1] == "et") return true;
      }
    }
    return false;
  }

  // "l'entretien Macron-Poutine", "le sommet Trump-Kim": two actors joined by a hyphen.
  // Each side must name someone the document named, or a single office holder.
  void add_hyphenated_pairs() {
    const std::size_t ob = ctx_.original(ctx_.begin), oe = ctx_.original(ctx_.end);
    const std::string_view text = ctx_.text;
    // Only words with a hyphen matter: found with memchr, each then widened to its word.
    std::size_t from = ob;
    while (from < oe) {
      const void* hit = std::memchr(text.data() + from, '-', oe - from);
      if (!hit) break;
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
      std::size_t i = at, j = at + 1;
      while (i > from && is_name_byte(text[i - 1])) --i;
      while (j < oe && is_name_byte(text[j])) ++j;
      from = j;
      const std::string_view token = text.substr(i, j - i);
      const std::size_t dash = token.find('-');
      if (dash != std::string_view::npos && dash > 0 && dash + 1 < token.size() && starts_upper(text, i) &&
          starts_upper(text, i + dash + 1) && token.find('-', dash + 1) == std::string_view::npos) {
        const int a = lone_actor(token.substr(0, dash)), b = lone_actor(token.substr(dash + 1));
        const uint32_t fb = folded_offset(i), fe = folded_offset(j);
        if (a >= 0 && b >= 0 && a != b && !covered(fb, fe)) {
          out_.push_back(Mention{fb, fe, a, false, false});
          out_.push_back(Mention{fb, fe, b, false, false});
        }
      }
    }
  }

  // The actor one word names on its own (a surname or a country), or -1.
  int lone_actor(std::string_view word) {
    const std::string key = fold_key(word);
    int found = -1;
    ctx_.lex.matcher().scan(key, [&](const PhraseMatcher::Match& m) {
      if (m.begin != 0 || m.end != key.size()) return;
      const ActorKb& kb = ctx_.lex.kb();
      std::vector<uint32_t> cands;
      for (uint32_t k = 0; k < m.payload_count; ++k) {
        if (payload_kind(m.payloads[k]) != PhraseKind::actor_form) continue;
        cands.push_back(kb.forms()[payload_index(m.payloads[k])].actor);
      }
      // One person's surname is a form of each of their full names ("Poutine" of "Vladimir
      // Poutine" and "Vladimir Vladimirovitch Poutine"): still one candidate.
      std::sort(cands.begin(), cands.end());
      cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
      for (uint32_t c : cands)
        if (actors_.named(c) || kb.actors()[c].kind == ActorKind::country) found = actors_.from_kb(c);
      if (found < 0 && cands.size() == 1 && kb.holds(cands[0], "", ctx_.reference)) found = actors_.from_kb(cands[0]);
    });
    return found;
  }

  // "les deux dirigeants": the parties of the interaction just reported. An anaphor that
  // names an office ("les deux présidents") means the latest parties who all hold it, else
  // the two holders the document named: a ministers' meeting told in between is not meant.
  void add_anaphora() {
    for (const auto& h : ctx_.hits) {
      if (!has_cue(h, CueKind::anaphora)) continue;
      // Scratch kept from anaphor to anaphor: most sentences of a report have one.
      thread_local std::vector<std::string_view> offices;
      thread_local std::vector<int> named_last, parties, here, holders;
      anaphor_offices(h, offices);
      const std::string_view phrase = gap(h.begin, h.end);
      const bool two = phrase.find("deux") != std::string_view::npos;
      // "A a salué l'action de B. Les deux hommes s'étaient vus la veille": before any report,
      // the two people named last. Not "les deux parties", which may be states or camps, nor
      // "ses deux homologues", the subject's.
      named_last.clear();
      if (actors_.current_parties.size() < 2 && offices.empty()) {
        if (!actors_.party_history.empty() || phrase.rfind("les deux ", 0) != 0 ||
            phrase.find("parties") != std::string_view::npos)
          continue;
        last_two_persons(h.begin, named_last);
        if (named_last.size() != 2) continue;
      }
      // "les deux présidents": the role word inside the anaphor names no one by itself.
      out_.erase(std::remove_if(out_.begin(), out_.end(),
                                [&](const Mention& m) { return m.begin >= h.begin && m.end <= h.end && !m.pronoun; }),
                 out_.end());
      const std::vector<int>& found = named_last.empty() ? anaphor_parties(offices, two, holders) : named_last;
      parties.assign(found.begin(), found.end());
      // "A a mis à profit le sommet pour convaincre B : les deux hommes s'étaient retrouvés": the
      // two people its own sentence named before it are nearer than the parties last reported.
      if (two) {
        persons_before(h.begin, here);
        if (here.size() == 2 &&
            (offices.empty() || std::all_of(here.begin(), here.end(), [&](int a) { return may_hold(a, offices); })))
          parties = here;
      }
      // "les deux dirigeants" are people: a state among the parties ("New Delhi a trouvé un
      // accord avec Pékin") stands for the one leader of it the text named, else for no one.
      if (named_last.empty() && offices.empty() && leaders_anaphor(h) && !all_persons(parties)) {
        bool all_led = true;
        for (int& a : parties)
          if (actors_[a].actor.kind == ActorKind::country) all_led = all_led && (a = named_leader_of(a)) >= 0;
        if (!all_led || !all_persons(parties)) continue;
      }
      // Told in the pluperfect ("Les deux dirigeants avaient alors ..."), the background's own.
      if (named_last.empty() && offices.empty() && leaders_anaphor(h) && !pluperfect_after(h.end))
        if (const std::vector<int>& led = leaders_in_office(parties); &led != &parties) parties = led;
      // "les deux hommes" after a six-party summit means two others, whom we cannot tell.
      if (parties.size() < 2 || (two && parties.size() != 2)) continue;
      // "les deux hommes" after a report on a woman means two others.
      if (phrase.find("hommes") != std::string_view::npos &&
          std::any_of(parties.begin(), parties.end(), [&](int a) { return actors_[a].gender == Gender::female; }))
        continue;
      if (!covered_by_mention(h.begin, h.end))
        for (int a : parties) out_.push_back(Mention{h.begin, h.end, a, false, false});
    }
  }

  // The one head of state or government of country actor `state` the document named (by the
  // data's terms on the reference date), or -1 when it named none or several.
  int named_leader_of(int state) const {
    const std::string& iso3 = actors_[state].actor.country;
    int found = -1;
    for (std::size_t i = 0; i < actors_.size(); ++i) {
      const DocActor& d = actors_[static_cast<int>(i)];
      if (d.kb < 0 || d.actor.kind != ActorKind::person || d.actor.country != iso3) continue;
      std::string held;
      bool head = false;
      for (const char* o : {"head_of_state", "head_of_government"})
        head = head || (ctx_.lex.kb().holds(static_cast<uint32_t>(d.kb), o, ctx_.reference, &held) && held == iso3);
      if (!head) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(i);
    }
    return found;
  }

  // Whether every actor of `parties` is a person.
  bool all_persons(const std::vector<int>& parties) const {
    return std::all_of(parties.begin(), parties.end(),
                       [&](int a) { return actors_[a].actor.kind == ActorKind::person; });
  }

  // The different people this sentence named before `pos`, in text order, into `out`.
  void persons_before(uint32_t pos, std::vector<int>& out) const {
    out.clear();
    for (const auto& m : out_)
      if (m.end <= pos && actors_[m.actor].actor.kind == ActorKind::person &&
          std::find(out.begin(), out.end(), m.actor) == out.end())
        out.push_back(m.actor);
  }

  // Whether a pluperfect auxiliary ("avaient", "étaient") is among the few words after `end`.
  bool pluperfect_after(uint32_t end) const {
    const auto w = first_words<3>(gap(end, ctx_.end));
    for (std::size_t k = 0; k < std::min<std::size_t>(w.count, 3); ++k)
      if (ctx_.lex.is_cue_word(CueKind::pluperfect, w.word[k])) return true;
    return false;
  }

  // Whether anaphor `h` names its people by a leader's title ("les deux dirigeants").
  bool leaders_anaphor(const PhraseHit& h) const {
    for (const auto& r : ctx_.hits) {
      if (r.kind != PhraseKind::role || r.begin < h.begin || r.end > h.end) continue;
      for (uint32_t k = 0; k < r.payload_count; ++k)
        if (ctx_.lex.roles()[r.index(k)].office == "top_official") return true;
    }
    return false;
  }

  // "X avait rencontré Y en 2011 (neither in office today). Les deux dirigeants sont convenus de
  // se revoir": leaders are in office, so parties of whom one no longer leads give way to the
  // latest earlier parties who all do; `parties` when none do, when they all lead, or when
  // one is no person the data dates.
  const std::vector<int>& leaders_in_office(const std::vector<int>& parties) const {
    static const std::vector<std::string_view> kLeading = {"head_of_state", "head_of_government", "leader"};
    const auto lead = [&](const std::vector<int>& ps) {
      return std::all_of(ps.begin(), ps.end(), [&](int a) { return actors_[a].kb >= 0 && may_hold(a, kLeading); });
    };
    // Only people the data dates can be found out of office: states and introduced people stay.
    const auto dated_person = [&](int a) { return actors_[a].kb >= 0 && actors_[a].actor.kind == ActorKind::person; };
    if (parties.size() < 2 || lead(parties) || !std::all_of(parties.begin(), parties.end(), dated_person))
      return parties;
    for (auto it = actors_.party_history.rbegin(); it != actors_.party_history.rend(); ++it)
      if (it->size() == parties.size() && lead(*it)) return *it;
    return parties;
  }

  // The last two different persons named before `pos`, the latest first, into `out`; fewer
  // when the document named fewer.
  void last_two_persons(uint32_t pos, std::vector<int>& out) const {
    out.clear();
    const int first = actors_.last_person_before(pos);
    if (first < 0) return;
    out.push_back(first);
    const int second =
        actors_.last_before_if(pos, [&](int a) { return a != first && actors_[a].actor.kind == ActorKind::person; });
    if (second >= 0) out.push_back(second);
  }

  // The offices the knowledge base records that a role word inside anaphor `h` names
  // ("présidents": head_of_state), into `out`; none for "les deux dirigeants", "les deux hommes".
  void anaphor_offices(const PhraseHit& h, std::vector<std::string_view>& out) const {
    out.clear();
    for (const auto& r : ctx_.hits) {
      if (r.kind != PhraseKind::role || r.begin < h.begin || r.end > h.end) continue;
      for (uint32_t k = 0; k < r.payload_count; ++k) {
        const std::string& office = ctx_.lex.roles()[r.index(k)].office;
        if (office == "head_of_state" || office == "head_of_government" || office == "foreign_minister" ||
            office == "defence_minister")
          out.push_back(office);
      }
    }
  }

  // Whether actor `a` can be named by a role of one of `offices`: a known person who held
  // one on the reference date, or a person the text introduced with such a role (or none).
  bool may_hold(int a, const std::vector<std::string_view>& offices) const {
    const DocActor& d = actors_[a];
    if (d.actor.kind != ActorKind::person) return false;
    for (std::string_view o : offices) {
      if (d.kb >= 0 ? ctx_.lex.kb().holds(static_cast<uint32_t>(d.kb), o, ctx_.reference)
                    : d.actor.role.empty() || d.actor.role.compare(0, o.size(), o) == 0)
        return true;
    }
    return false;
  }

  // Past the demonyms from `first` on that a role's first demonym (ending at `end`) coordinates:
  // commas, then one "et" closing the list ("saoudienne, iranienne et turque"); `first` when
  // none does.
  std::size_t coordinated_demonyms_end(std::size_t first, uint32_t end) const {
    for (std::size_t k = first; k < sel_.size() && sel_[k]->kind == PhraseKind::demonym; ++k) {
      const std::string_view link = gap(end, sel_[k]->begin);
      if (is_single_word(link, "et")) return k + 1;
      if (!is_single_word(link, ",")) break;
      end = sel_[k]->end;
    }
    return first;
  }

  // "les deux chefs de la diplomatie, le Grec A et le Macédonien B": the apposition names whom
  // the plural means; the plural's own guess (the parties last reported, the holders the text
  // named) gives way to it.
  void drop_plurals_named_after() {
    std::vector<std::pair<uint32_t, uint32_t>> named;
    for (std::size_t i = 0; i < out_.size(); ++i) {
      const Mention& m = out_[i];
      if (m.place || m.pronoun) continue;
      const auto shared = std::count_if(out_.begin(), out_.end(),
                                        [&](const Mention& o) { return o.begin == m.begin && o.end == m.end; });
      if (shared < 2 || gap(m.end, std::min(m.end + 2, ctx_.end)).find(',') == std::string_view::npos) continue;
      for (const Mention& o : out_)
        if (o.begin > m.end && o.begin <= m.end + 40 && !o.place && !o.pronoun &&
            actors_[o.actor].actor.kind == ActorKind::person &&
            std::count_if(out_.begin(), out_.end(), [&](const Mention& x) { return x.begin == o.begin; }) == 1) {
          named.emplace_back(m.begin, m.end);
          break;
        }
    }
    out_.erase(std::remove_if(out_.begin(), out_.end(),
                              [&](const Mention& m) {
                                return std::find(named.begin(), named.end(), std::make_pair(m.begin, m.end)) !=
                                       named.end();
                              }),
               out_.end());
  }

  // Whom an anaphor naming `offices` (none: any parties) means: the parties of the latest
  // report who may all hold one; else, for "les deux ...", the document's only two people
  // who do.
  // `holders` is the storage for the last: the others are the document's lists.
  const std::vector<int>& anaphor_parties(const std::vector<std::string_view>& offices, bool two,
                                          std::vector<int>& holders) const {
    const auto fit = [&](const std::vector<int>& parties) {
      return parties.size() >= 2 &&
             std::all_of(parties.begin(), parties.end(), [&](int a) { return may_hold(a, offices); });
    };
    // "A et B ont dialogué, avant d'être rejoints par C et D. Les deux hommes ...": the pair the
    // report was about before others joined it (the history keeps it as it was reported).
    if (two && offices.empty() && actors_.current_parties.size() > 2 && !actors_.party_history.empty()) {
      const std::vector<int>& core = actors_.party_history.back();
      if (core.size() == 2 && std::all_of(core.begin(), core.end(), [&](int a) {
            return std::find(actors_.current_parties.begin(), actors_.current_parties.end(), a) !=
                   actors_.current_parties.end();
          }))
        return core;
    }
    if (offices.empty() || fit(actors_.current_parties)) return actors_.current_parties;
    for (auto it = actors_.party_history.rbegin(); it != actors_.party_history.rend(); ++it)
      if (fit(*it)) return *it;
    holders.clear();
    if (!two) return holders;
    for (std::size_t a = 0; a < actors_.size(); ++a)
      if (actors_[static_cast<int>(a)].kb >= 0 && may_hold(static_cast<int>(a), offices))
        holders.push_back(static_cast<int>(a));
    return holders;
  }

  // The number a counting word gives ("trois" in "les trois ministres"), or 0.
  static std::size_t count_word(std::string_view w) {
    static constexpr std::string_view kCounts[] = {"deux", "trois", "quatre", "cinq", "six", "sept"};
    for (std::size_t k = 0; k < std::size(kCounts); ++k)
      if (w == kCounts[k]) return k + 2;
    return 0;
  }

  // Whether a counted plural's noun names people ("les trois ministres"), not things ("les
  // trois jours") nor states: "les trois pays" often sums up a report already made.
  static bool counted_people(std::string_view w) {
    for (std::string_view p : {"dirigeants", "ministres", "chefs", "presidents", "hommes", "femmes", "responsables",
                               "leaders", "homologues", "negociateurs", "emissaires", "mediateurs"})
      if (w == p) return true;
    return false;
  }

  // The `n` people of `list` when they are n distinct people; else empty.
  std::vector<int> counted_members(const std::vector<int>& list, std::size_t n) const {
    std::vector<int> out;
    for (int a : list) {
      if (actors_[a].actor.kind != ActorKind::person) return {};
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    }
    return out.size() == n ? out : std::vector<int>{};
  }

  // "les trois ministres", "les deux dirigeants chypriotes": a counted plural of people names,
  // in this order, the people of the demonym's country the text named if there are that many,
  // the parties of the last report if they are that many, the latest list of that many people
  // the sentences before gave, or the parties of the latest earlier report that had that many.
  void add_counted_plurals() {
    const std::string_view sentence = gap(ctx_.begin, ctx_.end);
    // "les trois ministres": an article, a number word and the noun after it. Every sentence
    // passes through here and few have one, so the article is found by a byte scan.
    thread_local std::vector<std::pair<uint32_t, uint32_t>> spans;  // [article begin, noun end) of each
    spans.clear();  // kept from sentence to sentence: many sentences have a "les deux ..."
    for (std::size_t k = next_es_space(sentence, 0); k != std::string_view::npos; k = next_es_space(sentence, k + 1)) {
      const char a = sentence[k];
      if ((a != 'l' && a != 'c' && a != 'd') || (k > 0 && sentence[k - 1] != ' ')) continue;
      // The first letter of every number word count_word knows: "les", "des", "ces" are
      // frequent, and most are followed by no number.
      const char n = sentence[k + 4];
      if (n != 'd' && n != 't' && n != 'q' && n != 'c' && n != 's') continue;
      // And their second: "deux", "trois", "quatre", "cinq", "six", "sept" ("des dirigeants",
      // "les sanctions" are passed without walking the word).
      const char n2 = sentence[k + 5];
      if (n2 != 'e' && n2 != 'r' && n2 != 'u' && n2 != 'i') continue;
      std::size_t e = k + 4;
      while (e < sentence.size() && sentence[e] != ' ') ++e;
      if (count_word(sentence.substr(k + 4, e - k - 4)) == 0) continue;
      // "les quatre mêmes dirigeants": the noun after "mêmes".
      const auto after = first_words<2>(sentence.substr(e));
      const std::string_view noun = after.word[0] == "memes" ? after.word[1] : after.word[0];
      if (noun.empty()) continue;
      spans.emplace_back(static_cast<uint32_t>(ctx_.begin + k),
                         static_cast<uint32_t>(ctx_.begin + (noun.data() - sentence.data()) + noun.size()));
    }
    for (const auto& span : spans) {
      // Named variables, not a structured binding: clang 14 does not let lambdas capture one.
      const uint32_t b = span.first, noun_end = span.second;
      const auto w = first_words<4>(gap(b, noun_end));
      const std::size_t n = count_word(w.word[1]);
      const std::string_view noun = w.word[2] == "memes" ? w.word[3] : w.word[2];
      if (!counted_people(noun)) {
        // Not people: only what a list was announced as names it again.
        if (w.word[0] != "les" || named_across(b, noun_end)) continue;
        for (int a : announced_states(noun, n, b)) out_.push_back(Mention{b, noun_end, a, false, false});
        continue;
      }
      uint32_t e = noun_end;
      std::string demonym_iso;
      for (const auto& h : ctx_.hits)
        if (h.kind == PhraseKind::demonym && h.begin > noun_end && h.begin <= noun_end + 1) {
          demonym_iso = ctx_.lex.kb().demonyms()[h.index()].second;
          e = h.end;
        }
      std::vector<int> parties;
      // "les deux dirigeants chypriotes": the demonym says whom, over the last report's parties.
      if (!demonym_iso.empty()) parties = people_of_country(demonym_iso, n);
      // "les deux hommes": the anaphora cues decide whether a pair is meant.
      if (parties.empty() && (n == 2 || named_across(b, e))) continue;
      if (parties.empty() && demonym_iso.empty()) parties = counted_members(actors_.current_parties, n);
      for (auto it = actors_.recent_lists.rbegin(); parties.empty() && demonym_iso.empty() && it != actors_.recent_lists.rend(); ++it)
        parties = counted_members(*it, n);
      // "A, B, C et D ont signé l'accord à Minsk ... Dimanche, les quatre dirigeants s'étaient
      // parlé": the latest report of that many people, when lists of others came between.
      for (auto it = actors_.party_history.rbegin();
           parties.empty() && demonym_iso.empty() && it != actors_.party_history.rend(); ++it)
        parties = counted_members(*it, n);
      // "les trois ministres": the role word inside names no one by itself, whoever they are.
      out_.erase(std::remove_if(out_.begin(), out_.end(),
                                [&](const Mention& m) { return m.begin >= b && m.end <= e && !m.pronoun; }),
                 out_.end());
      for (int a : parties) out_.push_back(Mention{b, e, a, false, false});
    }
  }

  // Whether a mention other than a role word inside the span overlaps [b, e): an anaphor
  // the cues resolved, or a name the phrase belongs to.
  bool named_across(uint32_t b, uint32_t e) const {
    for (const auto& m : out_)
      if (b < m.end && e > m.begin && (m.begin <= b || m.end > e)) return true;
    return false;
  }

  // The people of country `iso` the document named so far, when they are exactly `n`.
  std::vector<int> people_of_country(const std::string& iso, std::size_t n) const {
    std::vector<int> out;
    for (std::size_t a = 0; a < actors_.size(); ++a) {
      const Actor& actor = actors_[static_cast<int>(a)].actor;
      if (actor.kind == ActorKind::person && actor.country == iso) out.push_back(static_cast<int>(a));
    }
    return out.size() == n ? out : std::vector<int>{};
  }

  // Records the sentence's lists of names for later counted plurals: names one after the
  // other with only commas, connectors, titles and places between, no verb and no trigger;
  // a colon ends a list and opens the next ("les trois ministres : A, B et C").
  void note_lists() {
    // Only a run of two actors or more is kept: a sentence naming fewer (most of them) has
    // no list, and its gaps need no reading.
    std::size_t named = 0;
    for (const auto& m : out_) named += !m.place && !m.pronoun;
    if (named < 2) return;
    // Scratch kept from sentence to sentence: most sentences that name two actors make no list.
    thread_local std::vector<int> run;
    thread_local std::string intro, pending;
    run.clear();
    intro.clear();
    pending.clear();
    const auto flush = [&] {
      if (run.size() >= 2) {
        constexpr std::size_t kKept = 6;
        auto& lists = actors_.recent_lists;
        auto& intros = actors_.recent_list_intros;
        if (lists.size() < kKept) {
          if (lists.empty()) lists.reserve(kKept), intros.reserve(kKept);  // room for all at the first
          lists.push_back(run);
          intros.push_back(intro);
        } else {
          // The oldest list gives way: its storage, moved to the back, takes the new one.
          std::rotate(lists.begin(), lists.begin() + 1, lists.end());
          std::rotate(intros.begin(), intros.begin() + 1, intros.end());
          lists.back().assign(run.begin(), run.end());
          intros.back().assign(intro);
        }
      }
      run.clear();
      intro.clear();
    };
    uint32_t last_end = ctx_.begin;
    for (const auto& m : out_) {
      if (m.place || m.pronoun) continue;
      if (m.begin >= last_end) {
        // "les représentants des trois puissances garantes : A, B et C": what the colon announces.
        const std::string_view before = gap(last_end, m.begin);
        // Most gaps have no colon: memchr tells it at a word a time, rfind walked every byte.
        if (std::memchr(before.data(), ':', before.size()))
          pending.assign(before.substr(0, before.rfind(':')));
      }
      if (!run.empty() && (m.begin < last_end || !list_gap(last_end, m.begin))) flush();
      // A run starts with no intro (flush clears it): only a colon's words give it one.
      if (run.empty() && !pending.empty()) intro.assign(pending), pending.clear();
      if (std::find(run.begin(), run.end(), m.actor) == run.end()) run.push_back(m.actor);
      last_end = std::max(last_end, m.end);
    }
    flush();
  }

  // The state a person or state stands for: its own, or the person's country; else -1.
  int state_of(int a, uint32_t pos) {
    const Actor& actor = actors_[a].actor;
    if (actor.kind == ActorKind::country) return a;
    if (actor.kind != ActorKind::person || actor.country.empty()) return -1;
    return r_.role_holder("state", actor.country, pos);
  }

  // "les trois puissances garantes" after "les représentants des trois puissances garantes :
  // A, B et C": the states of the latest list that the same noun announced, when they are n.
  std::vector<int> announced_states(std::string_view noun, std::size_t n, uint32_t pos) {
    for (std::size_t k = actors_.recent_lists.size(); k-- > 0;) {
      bool named = false;
      for_each_word(actors_.recent_list_intros[k], [&](std::string_view w) {
        named = w == noun;
        return !named;
      });
      if (!named) continue;
      std::vector<int> out;
      for (int a : actors_.recent_lists[k]) {
        const int st = state_of(a, pos);
        if (st < 0) return {};
        if (std::find(out.begin(), out.end(), st) == out.end()) out.push_back(st);
      }
      return out.size() == n ? out : std::vector<int>{};
    }
    return {};
  }

  bool list_gap(uint32_t b, uint32_t e) const {
    const std::string_view g = gap(b, e);
    if (g.size() > 80 || has_any_of(g, ".;:\"")) return false;
    bool ok = true;
    std::string_view prev;
    // is_word: a length test, then an inline compare; each word of each gap is tested here.
    for_each_word(g, [&](std::string_view w) {
      const bool connector = (is_word(w, "que") || is_word(w, "qu")) &&
                             (is_word(prev, "ainsi") || is_word(prev, "meme"));  // "A ainsi que B"
      prev = w;
      ok = connector || !(is_word(w, "a") || is_word(w, "ont") || is_word(w, "est") || is_word(w, "sont") ||
                          is_word(w, "avait") || is_word(w, "avaient") || is_word(w, "qui") || is_word(w, "que") ||
                          is_word(w, "qu") || is_word(w, "avec") || is_word(w, "par") || is_word(w, "entre"));
      return ok;
    });
    if (!ok) return false;
    for (const auto& h : ctx_.hits)
      if (h.kind == PhraseKind::trigger && h.begin >= b && h.end <= e) return false;
    return true;
  }

  // The gender the words before a person's name or role give away: "la chancelière",
  // "Mme Merkel", "le président".
  Gender gender_before(uint32_t pos) const {
    std::string_view last;
    for_each_word_backward(gap(pos > ctx_.begin + 12 ? pos - 12 : ctx_.begin, pos), [&](std::string_view w) {
      if (w != ".") last = w;
      return last.empty();
    });
    if (last == "la" || last == "mme" || last == "madame" || last == "mlle") return Gender::female;
    if (last == "le" || last == "m" || last == "monsieur") return Gender::male;
    return Gender::unknown;
  }

  void note_gender(int a, uint32_t pos) {
    if (a < 0 || actors_[a].actor.kind != ActorKind::person) return;
    const Gender g = gender_before(pos);
    if (g != Gender::unknown) actors_[a].gender = g;
  }

  // Whether the auxiliary of an impersonal phrase starts a verb trigger that goes on past it:
  // "Il y a déjeuné avec B" (there, he lunched), not "il y a deux ans" nor "il y a eu un
  // entretien", whose noun has its own parties.
  bool verb_inside(const PhraseHit& cue) const {
    for (const auto& t : ctx_.hits)
      if (t.kind == PhraseKind::trigger && t.begin > cue.begin && t.begin < cue.end && t.end > cue.end &&
          ctx_.lex.triggers()[t.index()].pattern != TriggerPattern::noun)
        return true;
    return false;
  }

  // Whether `pos` follows the comma that closes a clause opening the sentence with a past
  // participle ("Accompagné de X,", "Reçue par X,", "Arrivés à Y avec X,"), or opening the
  // chunk after a fronted complement ("Dans l'après-midi, accompagné de X,").
  bool after_fronted_participle(uint32_t pos) const {
    const std::string_view before = gap(ctx_.begin, pos);
    const auto last = last_words<1>(before);
    if (last.empty() || last.back() != ",") return false;
    const std::size_t ob = ctx_.original(ctx_.begin);
    if (starts_upper(ctx_.text, ob) && participle_at(ob)) return true;
    const std::size_t closing = before.find_last_of(',');
    const std::size_t opening = closing == 0 ? std::string_view::npos : before.find_last_of(',', closing - 1);
    if (opening == std::string_view::npos) return false;
    std::size_t chunk = ctx_.original(ctx_.begin + static_cast<uint32_t>(opening) + 1);
    while (chunk < ctx_.text.size() && ctx_.text[chunk] == ' ') ++chunk;
    return participle_at(chunk);
  }

  // Whether the word at original offset `ob` looks like a past participle ("accompagné", "reçue").
  bool participle_at(std::size_t ob) const {
    std::size_t e = ob;
    while (e < ctx_.text.size() && is_name_byte(ctx_.text[e]) && ctx_.text[e] != '\'') ++e;
    const std::string_view first = ctx_.text.substr(ob, e - ob);
    if (first.size() < 4) return false;
    for (std::string_view end : {"é", "ée", "és", "ées", "çu", "çue", "çus", "çues", "illi", "illie", "illis", "illies",
                                 "uni", "unie", "unis", "unies"})
      if (first.size() > end.size() && first.substr(first.size() - end.size()) == end) return true;
    return false;
  }

  // The gender of the noun the sentence opens on when it is a thing, not an actor: "La
  // visite intervient" (female), "Ce sommet a lieu" (male); unknown otherwise ("La Première
  // ministre a ...", "La France a ...", a sentence opening another way).
  Gender opening_thing() const {
    const std::string_view sentence = gap(ctx_.begin, ctx_.end);
    // Every determiner below starts with 'l' or 'c': a sentence whose first word (what
    // for_each_word skips to) starts otherwise opens on none, without splitting words.
    const std::size_t first = sentence.find_first_not_of(" \n\r'\t");
    if (first == std::string_view::npos || (sentence[first] != 'l' && sentence[first] != 'c')) return Gender::unknown;
    // The determiner is the word bytes from there; the noun is walked to only after one that
    // counts ("les", "l'", "ces" open many sentences): first_words<2> walked three words.
    std::size_t e = first;
    while (e < sentence.size() && PhraseMatcher::is_word_byte(static_cast<unsigned char>(sentence[e]))) ++e;
    const std::string_view det = sentence.substr(first, e - first);
    Gender g = Gender::unknown;
    if (is_word(det, "la") || is_word(det, "cette"))
      g = Gender::female;
    else if (is_word(det, "le") || is_word(det, "ce") || is_word(det, "cet"))
      g = Gender::male;
    else
      return g;
    const auto noun = first_words<1>(sentence.substr(e));
    if (noun.count < 1) return Gender::unknown;
    const auto noun_end = static_cast<uint32_t>(noun.word[0].data() + noun.word[0].size() - sentence.data());
    for (const auto& m : out_)
      if (m.begin < ctx_.begin + noun_end) return Gender::unknown;
    return g;
  }

  // Whether a relative pronoun (cue kind relative_pronoun) stands right before `pos` ("avec
  // qui", "auprès duquel", "dont").
  bool after_relative_pronoun(uint32_t pos) const {
    const auto last = last_words<1>(gap(ctx_.begin, pos));
    return !last.empty() && ctx_.lex.is_cue_word(CueKind::relative_pronoun, last.back());
  }

  // Whether the words from `end` to `pos` are a comma and a relative word (cue kind relative):
  // "Donald Trump, qu'il avait accueilli": the name is the relative's antecedent, its object.
  // Not "A a annoncé qu'il ...", where "que" opens what A said.
  bool comma_relative_between(uint32_t end, uint32_t pos) const {
    std::size_t words = 0;
    bool shape = true;
    for_each_word(gap(end, pos), [&](std::string_view w) {
      ++words;
      shape = shape && (words == 1 ? w == "," : words == 2 && ctx_.lex.is_cue_word(CueKind::relative, w));
      return shape;
    });
    return shape && words == 2;
  }

  // Whether only a comma, a preposition and the relative stand between a name ending at `end`
  // and the pronoun at `pos` ("X, avec qui il", "X, auprès de qui il", "X, dont il"): X is
  // the relative's antecedent. Not "X a dit que, selon les informations dont il dispose".
  bool right_before_relative(uint32_t end, uint32_t pos) const {
    std::size_t words = 0;
    for_each_word(gap(end, pos), [&](std::string_view) { return ++words <= 4; });
    return words <= 4;
  }

  // Whether the mention ending at `end` is the subject of the verb before `pos`: the words
  // between open on an auxiliary or a reflexive pronoun ("Kagame s'est entretenu avec lui").
  bool subject_of_verb_before(uint32_t end, uint32_t pos) const {
    bool subject = false;
    for_each_word(gap(end, pos), [&](std::string_view w) {
      subject = w == "s" || w == "se" || ctx_.lex.is_cue_word(CueKind::auxiliary, w) ||
                ctx_.lex.is_cue_word(CueKind::have_auxiliary, w) || ctx_.lex.is_cue_word(CueKind::pluperfect, w);
      return false;  // the first word alone
    });
    return subject;
  }

  // "avec lui", "avec elle": the last person the sentence named before it, not known to be of
  // the other gender, unless that one is the subject of the verb before it: then the person
  // named before that one. Never the subject. Without a person in the sentence, whom a
  // subject pronoun opening it would mean.
  void take_stressed_pronoun(const PhraseHit& h) {
    const std::string_view written = gap(h.begin, h.end);
    const auto word = h.begin + static_cast<uint32_t>(written.rfind(' ') + 1);
    const Gender g = gap(word, h.end) == "elle" ? Gender::female : Gender::male;
    const auto fits = [&](const Mention& m) {
      return m.end <= h.begin && actors_[m.actor].actor.kind == ActorKind::person &&
             (actors_[m.actor].gender == g || actors_[m.actor].gender == Gender::unknown);
    };
    const Mention* last = nullptr;
    for (const auto& m : out_)
      if (fits(m) && (!last || m.begin > last->begin)) last = &m;
    if (last && !subject_of_verb_before(last->end, h.begin))
      return out_.push_back(Mention{word, h.end, last->actor, false, true});
    const int subject = last ? last->actor : -1;
    int a = -1;
    const Mention* before = nullptr;
    for (const auto& m : out_)
      if (fits(m) && m.actor != subject && (!before || m.begin > before->begin)) before = &m;
    if (before) a = before->actor;
    // "Scholz est arrivé à Paris. Macron s'est entretenu avec lui.": the sentence before's.
    const Gender other = g == Gender::male ? Gender::female : Gender::male;
    const int topic = actors_.sentence_topic;
    if (a < 0 && topic >= 0 && topic != subject && actors_[topic].gender != other) a = topic;
    if (a < 0) a = actors_.last_person_before(h.begin, g);
    if (a >= 0 && a != subject) out_.push_back(Mention{word, h.end, a, false, true});
  }

  void take_pronoun(std::size_t i) {
    const PhraseHit& h = *sel_[i];
    if (has_cue(h, CueKind::stressed_pronoun)) return take_stressed_pronoun(h);
    // "il y a quatre ans", "il faut": an impersonal "il" stands for no one.
    for (const auto& c : ctx_.hits)
      if (c.kind == PhraseKind::cue && c.begin == h.begin && has_cue(c, CueKind::impersonal) && !verb_inside(c)) return;
    const std::string_view word = gap(h.begin, h.end);
    const Gender g = word == "elle" ? Gender::female : Gender::male;
    // "La visite intervient ... Elle survient aussi ...": the thing the sentence before opened on.
    if (actors_.opening_thing == g && only_spaces(gap(ctx_.begin, h.begin))) return;
    // Within its sentence a pronoun takes the last person before it ("L'invitation de
    // Poutine ... après qu'il ait tenu"); at the start of one, the previous sentence's first
    // person, then the last one named. Someone known to be of the pronoun's gender first.
    int same_sentence[2] = {-1, -1};  // [exact gender, unknown gender]: the last one before
    uint32_t same_begin[2] = {0, 0};
    // "Accompagné de Garry Conille, il s'est rendu": the pronoun is the fronted participle's
    // own subject; who the participle's clause names is its complement, someone else.
    const bool after_fronted = after_fronted_participle(h.begin);
    // "son homologue X, avec qui il a fait le point": the relative's antecedent, the person
    // right before it, is not its subject.
    uint32_t antecedent = UINT32_MAX;
    if (!after_fronted && after_relative_pronoun(h.begin))
      for (const auto& m : out_)
        if (m.end <= h.begin && actors_[m.actor].actor.kind == ActorKind::person &&
            right_before_relative(m.end, h.begin))
          antecedent = m.begin;
    if (!after_fronted && antecedent == UINT32_MAX)
      for (const auto& m : out_)
        if (m.end <= h.begin && actors_[m.actor].actor.kind == ActorKind::person &&
            comma_relative_between(m.end, h.begin))
          antecedent = m.begin;
    for (const auto& m : out_) {
      if (after_fronted) break;
      if (m.end > h.begin || m.begin == antecedent || actors_[m.actor].actor.kind != ActorKind::person) continue;
      const int k = actors_[m.actor].gender == g ? 0 : actors_[m.actor].gender == Gender::unknown ? 1 : -1;
      if (k >= 0 && (same_sentence[k] < 0 || m.begin >= same_begin[k])) {
        same_sentence[k] = m.actor;
        same_begin[k] = m.begin;
      }
    }
    const int topic = actors_.sentence_topic;
    const int last = actors_.last_person_before(h.begin, g);
    // Its own sentence first: "X s'est envolé pour Dakar, où il a ..." is X even when a man
    // named before is known to be one and X is not.
    int a = same_sentence[0] >= 0 ? same_sentence[0] : same_sentence[1];
    for (const Gender want : {g, Gender::unknown}) {
      if (a >= 0) break;
      if (topic >= 0 && actors_[topic].gender == want) a = topic;
      else if (last >= 0 && actors_[last].gender == want) a = last;
    }
    if (a >= 0) out_.push_back(Mention{h.begin, h.end, a, false, true});
  }
};

}  // namespace

void find_mentions(const SentenceContext& ctx, DocActors& actors, std::vector<Mention>& out) {
  thread_local std::vector<const PhraseHit*> selection;
  MentionFinder(ctx, actors, selection, out).run();
}

std::vector<Mention> find_mentions(const SentenceContext& ctx, DocActors& actors) {
  std::vector<Mention> out;
  find_mentions(ctx, actors, out);
  return out;
}

}  // namespace ag::extract
