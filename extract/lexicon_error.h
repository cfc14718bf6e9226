#pragma once
// Errors in language data files (bundled lexicons or user files loaded over them).
#include <cstddef>
#include <stdexcept>
#include <string>

namespace ag::extract {

// A lexicon file that does not follow its format. what() reads "FILE:LINE: what is wrong"
// (lexicons/FORMAT.md), ready to show as is; file() and line() give the parts.
class LexiconError : public std::runtime_error {
 public:
  LexiconError(const std::string& file, std::size_t line, const std::string& message)
      : std::runtime_error(file + (line ? ":" + std::to_string(line) : std::string()) + ": " + message),
        file_(file),
        line_(line) {}

  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }

 private:
  std::string file_;
  std::size_t line_;
};

}  // namespace ag::extract
