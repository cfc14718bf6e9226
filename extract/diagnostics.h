#pragma once
// Problems with inputs, collected by the libraries and shown only by the CLI.
#include <functional>
#include <stdexcept>
#include <string>

namespace ag::extract {

struct Diagnostic {
  enum class Severity { warning, skipped };
  Severity severity = Severity::warning;
  // Where: "FILE", "FILE:LINE" (a corpus line) or "FILE#ID" (a corpus document).
  std::string where;
  std::string message;
};

// Receives diagnostics as they happen. Must be cheap and thread-safe if shared.
using DiagnosticSink = std::function<void(const Diagnostic&)>;

// A fatal problem with an input named on the command line (e.g. a missing path).
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ag::extract
