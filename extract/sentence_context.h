#pragma once
// What the per-sentence stages share: the sentence's place in the original and folded
// text, and the automaton's hits inside it.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/fold.h"
#include "extract/lexicons.h"
#include "model/edtf.h"

namespace ag::extract {

// One phrase occurrence of one kind: folded-document offsets and the payloads of that
// kind (a surname shared by several people has several). Payloads are sorted, so those
// of one kind are contiguous in the automaton's table.
struct PhraseHit {
  uint32_t begin = 0;
  uint32_t end = 0;
  PhraseKind kind = PhraseKind::actor_form;
  const uint32_t* payloads = nullptr;
  uint32_t payload_count = 0;
  uint32_t index(uint32_t i = 0) const { return payload_index(payloads[i]); }
};

// Whether a cue hit carries cue kind `k` (a phrase may be several kinds of cue at once:
// "les deux dirigeants" is both an anaphor and a continuation).
inline bool has_cue(const PhraseHit& h, CueKind k) {
  if (h.kind != PhraseKind::cue) return false;
  for (uint32_t i = 0; i < h.payload_count; ++i)
    if (static_cast<CueKind>(h.index(i)) == k) return true;
  return false;
}

// Every phrase of a folded text in one automaton pass, split by kind, ordered by begin then
// longest first: what the per-sentence stages slice.
inline std::vector<PhraseHit> scan_phrases(const Lexicons& lex, const std::string& folded) {
  std::vector<PhraseHit> hits;
  // About one hit per seventeen bytes of news text, some articles more: one allocation,
  // not a copy at each doubling.
  hits.reserve(folded.size() / 12 + 16);
  lex.matcher().scan(folded, [&](const PhraseMatcher::Match& m) {
    if (m.payload_count == 1) {  // the usual case: one hit, no run of kinds to find
      hits.push_back(PhraseHit{m.begin, m.end, payload_kind(m.payloads[0]), m.payloads, 1});
      return;
    }
    uint32_t k = 0;
    while (k < m.payload_count) {
      const PhraseKind kind = payload_kind(m.payloads[k]);
      uint32_t j = k;
      while (j < m.payload_count && payload_kind(m.payloads[j]) == kind) ++j;
      hits.push_back(PhraseHit{m.begin, m.end, kind, m.payloads + k, j - k});
      k = j;
    }
  });
  // The automaton reports starts in increasing order, each start's phrases shortest first:
  // reversing each start's run of ends, keeping the order of hits that share an end, is the
  // stable sort by (begin, longest first), in one pass and without a merge buffer.
  for (std::size_t b = 0; b < hits.size();) {
    std::size_t e = b + 1;
    while (e < hits.size() && hits[e].begin == hits[b].begin) ++e;
    if (e - b > 1) {
      std::reverse(hits.begin() + b, hits.begin() + e);
      for (std::size_t k = b; k < e;) {  // hits of one end are back in their first order
        std::size_t m = k + 1;
        while (m < e && hits[m].end == hits[k].end) ++m;
        std::reverse(hits.begin() + k, hits.begin() + m);
        k = m;
      }
    }
    b = e;
  }
  return hits;
}

struct SentenceContext {
  const Lexicons& lex;
  std::string_view text;     // the original document text
  const FoldedText& folded;  // the whole document, folded
  uint32_t begin = 0;        // folded range of the sentence
  uint32_t end = 0;
  std::vector<PhraseHit> hits;  // inside the sentence, by begin, longer first
  Date reference;               // what relative dates and offices resolve against
  int reference_weekday = -1;   // of a reference without a year, when the text tells it (find_dates)

  std::string_view folded_text(uint32_t b, uint32_t e) const {
    return std::string_view(folded.text).substr(b, e > b ? e - b : 0);
  }
  // Byte offset in the original text of folded offset `f`.
  uint32_t original(uint32_t f) const { return folded.origin[f]; }
  // The sentence's date expressions resolved against `reference`, scanned on first use:
  // the mention finder (the date an office is held on) and the extractor (the event's
  // date) both read them, and most sentences need neither.
  const std::vector<DateMention>& dates() const {
    if (!dates_) dates_ = find_dates(folded_text(begin, end), reference, reference_weekday, DateLexicon::bundled());
    return *dates_;
  }

  mutable std::optional<std::vector<DateMention>> dates_{};  // the cache of dates()
};

// Splits folded text into words: runs of letters, digits, '-' (and UTF-8 bytes).
// Punctuation other than spaces is returned as one-byte words; apostrophes are dropped.
template <class F>
void for_each_word(std::string_view s, F&& f) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (PhraseMatcher::is_word_byte(c)) {
      std::size_t j = i;
      while (j < s.size() && PhraseMatcher::is_word_byte(static_cast<unsigned char>(s[j]))) ++j;
      if (!f(s.substr(i, j - i))) return;
      i = j;
    } else {
      if (c != ' ' && c != '\n' && c != '\r' && c != '\'' && c != '\t')
        if (!f(s.substr(i, 1))) return;
      ++i;
    }
  }
}

// for_each_word from the last word to the first: the same words, in reverse order, so the
// word before an offset costs what that word costs, not what the sentence before it does.
template <class F>
void for_each_word_backward(std::string_view s, F&& f) {
  std::size_t i = s.size();
  while (i > 0) {
    const auto c = static_cast<unsigned char>(s[i - 1]);
    if (PhraseMatcher::is_word_byte(c)) {
      std::size_t j = i - 1;
      while (j > 0 && PhraseMatcher::is_word_byte(static_cast<unsigned char>(s[j - 1]))) --j;
      if (!f(s.substr(j, i - j))) return;
      i = j;
    } else {
      if (c != ' ' && c != '\n' && c != '\r' && c != '\'' && c != '\t')
        if (!f(s.substr(i - 1, 1))) return;
      --i;
    }
  }
}

// The first N words of a text and how many words it has, counted up to N + 1: what the
// tests on short gaps ("de la", ", M.", "et") need, without a vector per gap.
template <std::size_t N>
struct FirstWords {
  std::string_view word[N > 0 ? N : 1];
  std::size_t count = 0;  // min(number of words, N + 1)
};

template <std::size_t N>
FirstWords<N> first_words(std::string_view s) {
  FirstWords<N> r;
  for_each_word(s, [&](std::string_view w) {
    if (r.count < N) r.word[r.count] = w;
    return ++r.count <= N;
  });
  return r;
}

// The last N words of a text, in text order (fewer when it has fewer).
template <std::size_t N>
struct LastWords {
  std::string_view word[N];
  std::size_t first = N;  // word[first..N) are the words
  std::size_t size() const { return N - first; }
  bool empty() const { return first == N; }
  std::string_view operator[](std::size_t k) const { return word[first + k]; }
  std::string_view back() const { return word[N - 1]; }
};

template <std::size_t N>
LastWords<N> last_words(std::string_view s) {
  LastWords<N> r;
  for_each_word_backward(s, [&](std::string_view w) {
    r.word[--r.first] = w;
    return r.first > 0;
  });
  return r;
}

}  // namespace ag::extract
