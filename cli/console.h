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

  // Reports a diagnostic on stderr as "actorgraph: WHERE: skipped|warning: MESSAGE". A skip
  // is always shown, even with --quiet; warnings are hidden by --quiet and shown for the
  // first 20 only. Both are counted. Thread-safe.
  void report(const extract::Diagnostic& d);
  extract::DiagnosticSink sink();

  // A line on stderr unless --quiet.
  void info(const std::string& line);
  // An error line on stderr, always.
  void error(const std::string& line);

  // Progress line (documents, MB, MB/s, and the time left when `total_bytes` is known) when
  // stderr is a terminal and not --quiet; at most four times a second, so it costs nothing.
  void progress(std::size_t documents, std::size_t bytes, std::size_t total_bytes = 0);
  void end_progress();

  std::size_t skipped() const { return skipped_; }
  std::size_t warnings() const { return warnings_; }
  bool quiet() const { return quiet_; }

 private:
  bool quiet_;
  bool tty_;
  std::mutex mutex_;
  static constexpr std::size_t kShownWarnings = 20;
  std::atomic<std::size_t> skipped_{0};
  std::atomic<std::size_t> warnings_{0};
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_progress_;
  std::chrono::steady_clock::time_point first_progress_;  // rates count from the first document
  bool progress_shown_ = false;
  bool progress_started_ = false;
  std::size_t first_bytes_ = 0;
};

}  // namespace ag::cli
