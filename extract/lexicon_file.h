#pragma once
// Reading line-based language data: bundled files compiled into the binary, a user's
// folder that replaces them, and single user files. Every record knows its FILE:LINE.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ag::extract {

// One non-comment, non-blank line split on TABs, with where it came from.
struct LexiconRecord {
  std::string file;  // display name: "lexicons/fr/roles.tsv" or the user's path
  std::size_t line = 0;
  std::vector<std::string_view> fields;  // point into the owning LexiconFile's text

  // Throws LexiconError("FILE:LINE: what").
  [[noreturn]] void fail(const std::string& what) const;
  // Throws unless the record has between min and max fields.
  void expect_fields(std::size_t min, std::size_t max) const;
  // Field i, or "" when absent or "-".
  std::string_view field(std::size_t i) const;
};

class LexiconFile {
 public:
  // Parses `content`: TAB-separated fields, '#' comment lines, blank lines skipped,
  // trailing '\r' stripped, UTF-8 validated (an invalid line is a LexiconError).
  LexiconFile(std::string display_name, std::string content);

  const std::vector<LexiconRecord>& records() const { return records_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::unique_ptr<const std::string> text_;  // heap-held: records point into it across moves
  std::vector<LexiconRecord> records_;
};

// The data files for `relative` paths under the lexicon root ("fr/roles.tsv"), from
// `dir` when given (a user folder laid out like lexicons/), else the bundled copy; a
// glob-like prefix ("fr/actors/") returns every file under it, sorted. Throws
// LexiconError when a named file is missing.
std::vector<LexiconFile> load_lexicon_files(const std::string& dir, const std::string& relative);

// A user file read from disk. Throws LexiconError naming the path when unreadable.
LexiconFile read_lexicon_file(const std::string& path);

// Splits a field on '|', dropping empty parts.
std::vector<std::string_view> split_alternatives(std::string_view field);

}  // namespace ag::extract
