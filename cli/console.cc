#include "cli/console.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace ag::cli {

Console::Console(const Options& options)
    : quiet_(options.quiet), tty_(isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()),
      last_progress_(start_) {}

void Console::report(const extract::Diagnostic& d) {
  if (d.severity == extract::Diagnostic::Severity::skipped) ++skipped_;
  else ++warnings_;
  const char* what = d.severity == extract::Diagnostic::Severity::skipped ? "skipped" : "warning";
  std::lock_guard<std::mutex> lock(mutex_);
  if (progress_shown_) std::cerr << "\r\033[K";
  std::cerr << "actorgraph: " << d.where << ": " << what << ": " << d.message << '\n';
}

extract::DiagnosticSink Console::sink() {
  return [this](const extract::Diagnostic& d) { report(d); };
}

void Console::info(const std::string& line) {
  if (quiet_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  std::cerr << line << '\n';
}

void Console::error(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::cerr << "actorgraph: " << line << '\n';
}

void Console::progress(std::size_t documents, std::size_t bytes) {
  if (quiet_ || !tty_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_progress_ < std::chrono::milliseconds(250)) return;
  last_progress_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  char buf[160];
  std::snprintf(buf, sizeof buf, "\r\033[K%zu documents, %.1f MB, %.1f MB/s, %.0f s", documents, bytes / 1e6,
                secs > 0 ? bytes / 1e6 / secs : 0.0, secs);
  std::lock_guard<std::mutex> lock(mutex_);
  std::cerr << buf << std::flush;
  progress_shown_ = true;
}

void Console::end_progress() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (progress_shown_) std::cerr << "\r\033[K" << std::flush;
  progress_shown_ = false;
}

}  // namespace ag::cli
