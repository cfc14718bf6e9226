#pragma once
// The only place that talks to the user: diagnostics, progress and summaries on stderr.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

#include "cli/options.h"
#include "extract/diagnostics.h"

namespace ag::cli {

class Console {
 public:
  explicit Console(const Options& options);

  // Reports a diagnostic on stderr as "actorgraph: WHERE: MESSAGE" (always, even with
  // --quiet: a skipped input is never silent). Thread-safe.
  void report(const extract::Diagnostic& d);
  extract::DiagnosticSink sink();

  // A line on stderr unless --quiet.
  void info(const std::string& line);
  // An error line on stderr, always.
  void error(const std::string& line);

  // Progress line (documents, MB/s) when stderr is a terminal and not --quiet; rate-limited.
  void progress(std::size_t documents, std::size_t bytes);
  void end_progress();

  std::size_t skipped() const { return skipped_; }
  std::size_t warnings() const { return warnings_; }
  bool quiet() const { return quiet_; }

 private:
  bool quiet_;
  bool tty_;
  std::mutex mutex_;
  std::atomic<std::size_t> skipped_{0};
  std::atomic<std::size_t> warnings_{0};
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_progress_;
  bool progress_shown_ = false;
};

}  // namespace ag::cli
