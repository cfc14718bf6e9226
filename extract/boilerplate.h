#pragma once
// Web boilerplate: the parts of a scraped page that are not the article.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.h"

namespace ag::extract {

class LexiconFile;

// Finds lines that are page furniture rather than article text (share buttons, ads,
// newsletter and comment widgets, "Lire aussi", tag lists, social links), from the
// bundled lexicon lexicons/fr/boilerplate.txt. Returns sorted, non-overlapping spans.
std::vector<Span> find_boilerplate(std::string_view text);

// A boilerplate lexicon: line patterns in the format described at the top of
// lexicons/fr/boilerplate.txt. Immutable once built; safe to share between threads.
class BoilerplateRules {
 public:
  // Parses and validates `content`. Throws LexiconError ("FILE:LINE: what is wrong", FILE
  // being `file`) on the first invalid line.
  static BoilerplateRules parse(std::string_view content, const std::string& file);
  // fr/boilerplate.txt from `lexicons_dir` (a folder laid out like lexicons/) when it has
  // one, else the bundled copy. Throws LexiconError.
  static BoilerplateRules load(const std::string& lexicons_dir);
  // The bundled lexicons/fr/boilerplate.txt, parsed on first use (throws LexiconError then
  // if the bundled file is invalid).
  static const BoilerplateRules& bundled();

  // Whether one line of text (without its line end) is page furniture. A line that reads
  // as article prose (long, ending like a sentence) never is.
  bool matches(std::string_view line) const;

  // What one line is: article text, page furniture, or the heading of a list of teaser
  // links ("Lire aussi" alone on its line: the short lines under it, up to a blank line,
  // are the links' headlines).
  enum class Line { text, furniture, list_heading };
  Line classify(std::string_view line) const;
  // The largest max chars of any rule.
  std::size_t longest() const { return longest_; }

 private:
  static BoilerplateRules from_file(const LexiconFile& file);
  void index_prefixes();  // fills by_first_ and first_start_ from prefixes_

  struct Prefix {
    std::string folded;
    std::size_t max_chars;
    bool whole_word;
    bool teaser;  // a "teaser" rule: a related-article label
  };
  std::unordered_map<std::string, std::size_t> exact_;  // folded line -> max chars
  std::vector<Prefix> prefixes_;
  // prefixes_ by the first byte of their key, in file order: a line is compared with the
  // few that may match it. Bucket b is by_first_[first_start_[b], first_start_[b + 1]); an
  // empty key, which would match any line, is in every bucket.
  std::vector<uint32_t> by_first_;
  std::array<uint32_t, 257> first_start_{};
  std::size_t longest_ = 0;  // the largest max chars of any rule: longer lines are skipped unread
};

// find_boilerplate with given rules (e.g. a user lexicon loaded with --lexicons).
std::vector<Span> find_boilerplate(std::string_view text, const BoilerplateRules& rules);

}  // namespace ag::extract
