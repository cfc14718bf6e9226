#include "extract/sentences.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <stdexcept>

#include "extract/fold.h"
#include "extract/lexicon_file.h"
#include "extract/sentence_breaks.h"

namespace ag::extract {
namespace {

constexpr std::string_view kPath = "fr/abbreviations.txt";

// ---- Characters -------------------------------------------------------------------------

bool is_hspace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Byte checks written out: these run for every space around every boundary, where a
// string compare per call shows in profiles.
bool bytes_at(std::string_view s, std::size_t i, unsigned char a, unsigned char b) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == a && static_cast<unsigned char>(s[i + 1]) == b;
}
bool bytes_at(std::string_view s, std::size_t i, unsigned char a, unsigned char b, unsigned char c) {
  return i + 2 < s.size() && bytes_at(s, i, a, b) && static_cast<unsigned char>(s[i + 2]) == c;
}

// Length of a no-break space (U+00A0, U+202F) starting at s[i], or 0. Every space scan
// ends on a byte that is none, mostly ASCII: one test rejects it.
std::size_t nbsp_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0x80) return 0;
  if (bytes_at(s, i, 0xC2, 0xA0)) return 2;
  if (bytes_at(s, i, 0xE2, 0x80, 0xAF)) return 3;
  return 0;
}

// Length of a no-break space ending just before s[end], or 0.
std::size_t nbsp_before(std::string_view s, std::size_t end) {
  if (end == 0 || end > s.size() || static_cast<unsigned char>(s[end - 1]) < 0x80) return 0;
  if (end >= 2 && bytes_at(s, end - 2, 0xC2, 0xA0)) return 2;
  if (end >= 3 && bytes_at(s, end - 3, 0xE2, 0x80, 0xAF)) return 3;
  return 0;
}

std::size_t skip_space(std::string_view s, std::size_t i, std::size_t end, bool newlines) {
  while (i < end) {
    if (is_hspace(s[i]) || (newlines && s[i] == '\n')) ++i;
    else if (std::size_t n = nbsp_at(s, i)) i += n;
    else break;
  }
  return i;
}

std::size_t skip_space_back(std::string_view s, std::size_t begin, std::size_t end, bool newlines) {
  while (end > begin) {
    if (is_hspace(s[end - 1]) || (newlines && s[end - 1] == '\n')) --end;
    else if (std::size_t n = nbsp_before(s, end); n && end - n >= begin) end -= n;
    else break;
  }
  return end;
}

char32_t code_point_at(std::string_view s, std::size_t i) { return next_code_point(s, i); }

// The code point ending just before s[end].
char32_t code_point_before(std::string_view s, std::size_t end) {
  std::size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && end - i < 4) --i;
  return next_code_point(s, i);
}

// ASCII answered here (its only lowercase letters are a-z, its only capitals A-Z, and it
// has no titlecase): these run around every boundary, where ICU's calls showed.
bool is_lower(char32_t c) {
  return c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool is_word_char(char32_t c) { return u_isalnum(static_cast<UChar32>(c)); }

bool is_closing(char32_t c) { return c == U'»' || c == U'”' || c == U'’' || c == ')' || c == ']'; }
bool is_opening_quote(char32_t c) { return c == U'«' || c == U'“' || c == U'‘'; }
bool is_quote(char32_t c) { return c == '"' || c == U'«' || c == U'“' || c == U'„' || c == U'‘'; }

// ---- Soft line breaks ---------------------------------------------------------------------

// Whether a single line break between two non-blank lines is inside a sentence: the text was
// wrapped there (a quote put on its own line, a clause continued), not a heading or the end of
// a sentence. `prev` and `next` are trimmed and not empty.
bool soft_break(std::string_view prev, std::string_view next) {
  const char32_t first = code_point_at(next, 0);
  if (is_lower(first) || first == ',' || first == ';' || is_closing(first)) return true;
  const char32_t last = code_point_before(prev, prev.size());
  if (last == ',' || is_opening_quote(last)) return true;
  // An ASCII quote after a space opens a quotation: `a déclaré "`.
  if (last == '"' && prev.size() >= 2 && is_hspace(prev[prev.size() - 2])) return true;
  return is_word_char(last) && is_quote(first);
}

// Overlap of [b, e) with the boilerplate spans, scanning from `k` (spans sorted; the scan
// moves forward only, as line breaks are visited in order).
bool touches_boilerplate(const std::vector<Span>& bp, std::size_t& k, std::size_t b, std::size_t e) {
  while (k < bp.size() && bp[k].end < b) ++k;
  return k < bp.size() && bp[k].begin <= e;
}

// Replaces soft line breaks of `text` by spaces in `out` (same length, so offsets hold).
// A blank line, and the edges of boilerplate, always stay breaks.
void soften_line_breaks(std::string_view text, const std::vector<Span>& boilerplate, std::string& out) {
  out.assign(text.data(), text.size());
  std::size_t k = 0;
  std::size_t line_begin = 0;
  std::size_t nl = text.find('\n');
  while (nl != std::string_view::npos) {
    const std::size_t next_begin = nl + 1;
    std::size_t next_end = text.find('\n', next_begin);
    if (next_end == std::string_view::npos) next_end = text.size();
    const std::size_t pb = skip_space(text, line_begin, nl, false);
    const std::size_t pe = skip_space_back(text, pb, nl, false);
    const std::size_t nb = skip_space(text, next_begin, next_end, false);
    const std::size_t ne = skip_space_back(text, nb, next_end, false);
    if (pb < pe && nb < ne && !touches_boilerplate(boilerplate, k, pb, ne) &&
        soft_break(text.substr(pb, pe - pb), text.substr(nb, ne - nb))) {
      out[nl] = ' ';
      // CR LF: ICU keeps CR a paragraph separator, so both bytes must go.
      if (nl > 0 && text[nl - 1] == '\r') out[nl - 1] = ' ';
    }
    line_begin = next_begin;
    nl = next_end < text.size() ? next_end : std::string_view::npos;
  }
}

// ---- Boundary decisions -------------------------------------------------------------------

// The word before a sentence-final period ending at `dot` (exclusive of the period), e.g.
// "M" in "(M.", "J.-C" in "av. J.-C.", "art" in "l'art.".
// Every sentence-final period is looked back from (a chain of compares per byte showed in
// profiles): the ASCII bytes that end the word, a table.
struct WordStops {
  bool stop[0x80] = {};
  constexpr WordStops() {
    for (char c : {' ', '\t', '\r', '\f', '\v', '\n', '(', '[', '"', '\''}) stop[static_cast<unsigned char>(c)] = true;
  }
};
constexpr WordStops kWordStops;

std::string_view word_before_period(std::string_view s, std::size_t from, std::size_t dot) {
  std::size_t b = dot;
  while (b > from) {
    const auto c = static_cast<unsigned char>(s[b - 1]);
    // The multi-byte ends below all end on a byte >= 0x80: an ASCII letter is none of them.
    if (c < 0x80) {
      if (kWordStops.stop[c]) break;
      --b;
      continue;
    }
    if (nbsp_before(s, b)) break;
    // Typographic openers and apostrophes (« “ ’) end the word too.
    if (b >= 2 && bytes_at(s, b - 2, 0xC2, 0xAB)) break;
    if (b >= 3 && (bytes_at(s, b - 3, 0xE2, 0x80, 0x99) || bytes_at(s, b - 3, 0xE2, 0x80, 0x9C))) break;
    --b;
  }
  return s.substr(b, dot - b);
}

// Capital initials: "J", "J.-Y", "U.E": single capitals joined by "." or ".-".
bool is_initials(std::string_view w) {
  std::size_t i = 0;
  for (;;) {
    if (i >= w.size() || !is_upper(next_code_point(w, i))) return false;
    if (i == w.size()) return true;
    if (w[i] != '.') return false;
    ++i;
    if (i < w.size() && w[i] == '-') ++i;
  }
}

// Whether the break ICU proposes after an abbreviation ending at `end` must be dropped,
// given what follows at `next` (first non-space byte after the break).
bool abbreviation_holds(std::string_view s, std::size_t start, std::size_t end, std::size_t next,
                        const Abbreviations& abbr) {
  const std::size_t e = skip_space_back(s, start, end, true);
  if (e == start || s[e - 1] != '.') return false;
  // A word ending in an ASCII lowercase letter is no initials, so only the lexicon can hold
  // it, and only when it is no longer than the longest entry: a longer word is looked back
  // no further than that (most words before a period are long and end so).
  const std::size_t dot = e - 1;
  std::size_t from = start;
  if (dot > start && s[dot - 1] >= 'a' && s[dot - 1] <= 'z' && dot - start > abbr.longest() + 1)
    from = dot - (abbr.longest() + 1);
  const std::string_view word = word_before_period(s, from, dot);
  if (word.empty()) return false;
  if (from != start && word.size() > abbr.longest()) return false;  // the scan met no word start
  switch (abbr.lookup(word)) {
    case Abbreviations::When::always:
      return true;
    case Abbreviations::When::before_number: {
      if (next >= s.size()) return false;
      const char32_t c = code_point_at(s, next);
      return (c >= '0' && c <= '9') || is_lower(c);
    }
    case Abbreviations::When::never:
      break;
  }
  return is_initials(word);
}

// Walks the UAX #29 boundaries (sentence_breaks: ICU's) and emits sentences with the
// project's corrections.
class Splitter {
 public:
  Splitter(const Document& doc, std::string_view soft, const Abbreviations& abbr, std::vector<Sentence>& out)
      : text_(doc.text), soft_(soft), bp_(doc.boilerplate), abbr_(abbr), out_(out) {}

  // Called for each ICU boundary in order: ends the current sentence there, unless the
  // break falls after an abbreviation, before closing marks or before a lowercase word.
  void boundary(std::size_t b) {
    if (b <= start_) return;  // already consumed by an extension past closing quotes
    if (b < soft_.size() && soft_[b - 1] != '\n') {
      b = past_closing_marks(b);
      const std::size_t next = skip_space(soft_, b, soft_.size(), false);
      if (continues(b, next)) return;
    }
    emit(start_, b);
    start_ = b;
  }

  void finish() { emit(start_, soft_.size()); }

 private:
  // French puts a space before closing guillemets ("Pourquoi ? »"), which ICU's rules do not
  // expect: it breaks before the "»". The closing marks belong to the sentence they close.
  std::size_t past_closing_marks(std::size_t b) const {
    std::size_t i = skip_space(soft_, b, soft_.size(), false);
    bool moved = false;
    while (i < soft_.size()) {
      std::size_t j = i;
      if (!is_closing(next_code_point(soft_, j))) break;
      i = skip_space(soft_, j, soft_.size(), false);
      moved = true;
    }
    return moved ? i : b;
  }

  bool continues(std::size_t b, std::size_t next) const {
    if (next >= soft_.size()) return false;
    const char32_t c = code_point_at(soft_, next);
    // French sentences never start with a lowercase letter or a comma: "? a-t-il demandé".
    if (is_lower(c) || c == ',' || c == ';') return true;
    return abbreviation_holds(soft_, start_, b, next, abbr_);
  }

  void emit(std::size_t b, std::size_t e) {
    b = skip_space(text_, b, e, true);
    e = skip_space_back(text_, b, e, true);
    if (b == e) return;
    // A blank line between the previous piece of text and this one starts a paragraph.
    if (have_prev_ && std::count(text_.begin() + prev_end_, text_.begin() + b, '\n') >= 2) ++paragraph_;
    have_prev_ = true;
    prev_end_ = e;
    while (k_ < bp_.size() && bp_[k_].end <= b) ++k_;
    if (k_ < bp_.size() && bp_[k_].begin <= b && e <= bp_[k_].end) return;
    out_.push_back({{b, e}, paragraph_});
  }

  std::string_view text_;
  std::string_view soft_;
  const std::vector<Span>& bp_;
  const Abbreviations& abbr_;
  std::vector<Sentence>& out_;
  std::size_t start_ = 0;
  std::size_t k_ = 0;
  std::size_t prev_end_ = 0;
  bool have_prev_ = false;
  unsigned paragraph_ = 0;
};

// ---- Lexicon ------------------------------------------------------------------------------

std::string capitalized(const std::string& w) {
  std::size_t i = 0;
  const char32_t first = next_code_point(w, i);
  const auto upper = static_cast<char32_t>(u_toupper(static_cast<UChar32>(first)));
  if (upper == first) return w;
  icu::UnicodeString u(static_cast<UChar32>(upper));
  std::string out;
  u.toUTF8String(out);
  return out + w.substr(i);
}

}  // namespace

Abbreviations Abbreviations::parse(std::string_view content, const std::string& file) {
  return from_file(LexiconFile(file, std::string(content)));
}

Abbreviations Abbreviations::load(const std::string& lexicons_dir) {
  return from_file(load_lexicon_files(lexicons_dir, std::string(kPath)).front());
}

Abbreviations Abbreviations::from_file(const LexiconFile& file) {
  Abbreviations a;
  for (const LexiconRecord& rec : file.records()) {
    rec.expect_fields(2, 2);
    std::string_view word = rec.fields[0];
    const std::string_view when = rec.fields[1];
    if (word.empty() || word.find(' ') != std::string_view::npos) rec.fail("abbreviation is empty or contains a space");
    When w = When::never;
    if (when == "always") w = When::always;
    else if (when == "number") w = When::before_number;
    else rec.fail("unknown value '" + std::string(when) + "' (always or number)");
    if (word.back() == '.') word.remove_suffix(1);
    if (word.empty()) rec.fail("abbreviation has no letters");
    for (const auto& e : a.entries_)
      if (e.first == word) rec.fail("duplicate abbreviation '" + std::string(word) + "'");
    a.entries_.emplace_back(std::string(word), w);
  }
  // Capitalized forms of lowercase entries, unless listed on their own.
  const std::size_t listed = a.entries_.size();
  for (std::size_t i = 0; i < listed; ++i) {
    std::string cap = capitalized(a.entries_[i].first);
    if (cap == a.entries_[i].first) continue;
    const bool known = std::any_of(a.entries_.begin(), a.entries_.end(), [&](const auto& e) { return e.first == cap; });
    if (!known) a.entries_.emplace_back(std::move(cap), a.entries_[i].second);
  }
  std::sort(a.entries_.begin(), a.entries_.end());
  for (const auto& e : a.entries_) a.longest_ = std::max(a.longest_, e.first.size());
  a.starts_.assign(a.longest_ + 1, {});
  for (const auto& e : a.entries_) {
    const auto b = static_cast<unsigned char>(e.first[0]);
    a.starts_[e.first.size()][b >> 6] |= uint64_t(1) << (b & 63);
  }
  return a;
}

const Abbreviations& Abbreviations::bundled() {
  static const Abbreviations a = load("");
  return a;
}

Abbreviations::When Abbreviations::lookup(std::string_view word) const {
  // Most words before a period are longer than any abbreviation: no search for them.
  if (word.size() > longest_ || word.empty()) return When::never;
  const auto b = static_cast<unsigned char>(word[0]);
  if (!(starts_[word.size()][b >> 6] >> (b & 63) & 1)) return When::never;
  auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                             [](const auto& e, std::string_view w) { return std::string_view(e.first) < w; });
  return it != entries_.end() && it->first == word ? it->second : When::never;
}

std::vector<Sentence> split_sentences(const Document& doc, const Abbreviations& abbreviations) {
  std::vector<Sentence> out;
  if (doc.text.empty()) return out;
  // ICU's break iterators index with int32_t.
  if (doc.text.size() > static_cast<std::size_t>(INT32_MAX))
    throw std::length_error(doc.name + ": document over 2 GiB, too large to split into sentences");
  out.reserve(doc.text.size() / 120 + 1);
  // Reused per thread: no allocation per document once the buffer has grown.
  thread_local std::string soft;
  soften_line_breaks(doc.text, doc.boilerplate, soft);

  thread_local std::vector<uint32_t> breaks;
  breaks.clear();
  sentence_breaks(soft, breaks);
  Splitter splitter(doc, soft, abbreviations, out);
  for (uint32_t b : breaks) splitter.boundary(b);
  splitter.finish();
  // One huge document must not pin its copy for the thread's lifetime.
  if (soft.capacity() > (64u << 20)) std::string().swap(soft);
  if (breaks.capacity() > (1u << 20)) std::vector<uint32_t>().swap(breaks);
  return out;
}

std::vector<Sentence> split_sentences(const Document& doc) { return split_sentences(doc, Abbreviations::bundled()); }

}  // namespace ag::extract
