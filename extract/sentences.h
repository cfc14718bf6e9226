#pragma once
// Paragraphs and sentences of a document.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document.h"

namespace ag::extract {

class LexiconFile;

struct Sentence {
  Span span;               // byte offsets into Document::text, trimmed of surrounding space
  unsigned paragraph = 0;  // index of the paragraph (blank-line separated block)
};

// Splits `doc.text` into sentences with ICU's French sentence rules, not splitting after
// French abbreviations (M., Mme, Dr, art., etc.). A single line break inside a sentence
// (a quote or a word wrapped on its own line) does not end it; a blank line or a line that
// reads as a heading does. Sentences inside `doc.boilerplate` are left out.
std::vector<Sentence> split_sentences(const Document& doc);

// Abbreviations after which a period does not end a sentence, in the format described at the
// top of lexicons/fr/abbreviations.txt. Immutable once built; safe to share between threads.
class Abbreviations {
 public:
  enum class When {
    never,         // not an abbreviation
    always,        // the sentence goes on whatever follows ("M. Macron", "art. 5", "cf. Le Monde")
    before_number  // it goes on before a number or a lowercase word ("3 sept. 2024")
  };

  // Parses and validates `content`. Throws LexiconError ("FILE:LINE: what is wrong", FILE
  // being `file`) on the first invalid line.
  static Abbreviations parse(std::string_view content, const std::string& file);
  // fr/abbreviations.txt from `lexicons_dir` (a folder laid out like lexicons/) when it has
  // one, else the bundled copy. Throws LexiconError.
  static Abbreviations load(const std::string& lexicons_dir);
  // The bundled lexicons/fr/abbreviations.txt, parsed on first use.
  static const Abbreviations& bundled();

  // How `word`, written without its final period ("M", "J.-C", "etc"), behaves. A lexicon
  // entry written in lowercase also matches its capitalized form ("Art", "Cf").
  When lookup(std::string_view word) const;
  // The size of the longest entry: a longer word is no abbreviation.
  std::size_t longest() const { return longest_; }

 private:
  static Abbreviations from_file(const LexiconFile& file);

  std::vector<std::pair<std::string, When>> entries_;  // sorted by word
  std::size_t longest_ = 0;                            // the longest entry's size
  // (size, first byte) of the entries, a bit each: most words looked up are none, told so
  // without a search.
  std::vector<std::array<uint64_t, 4>> starts_;
};

// split_sentences with given abbreviations (e.g. a user lexicon loaded with --lexicons).
std::vector<Sentence> split_sentences(const Document& doc, const Abbreviations& abbreviations);

}  // namespace ag::extract
