#include "cli/console.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace ag::cli {
namespace {

// A diagnostic stays one line whatever the file name or message holds: line ends, tabs and
// other control characters (a terminal escape in a file name) are written as escapes.
std::string one_line(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != 0x7F) {
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out;
}

}  // namespace

Console::Console(const Options& options)
    : quiet_(options.quiet), tty_(isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()),
      last_progress_(start_) {}

void Console::report(const extract::Diagnostic& d) {
  const bool skip = d.severity == extract::Diagnostic::Severity::skipped;
  // A skipped input is always named. Warnings ("no publication date") are hidden by
  // --quiet, and after the first 20 only counted: a corpus of a million undated records
  // would otherwise bury the skips.
  const std::size_t n = skip ? ++skipped_ : ++warnings_;
  if (!skip && (quiet_ || n > kShownWarnings)) {
    if (!quiet_ && n == kShownWarnings + 1) {
      std::lock_guard<std::mutex> lock(mutex_);
      std::cerr << "actorgraph: further warnings are counted, not shown (--quiet hides them all)\n";
    }
    return;
  }
  const char* what = skip ? "skipped" : "warning";
  std::lock_guard<std::mutex> lock(mutex_);
  if (progress_shown_) std::cerr << "\r\033[K";
  std::cerr << "actorgraph: " << one_line(d.where) << ": " << what << ": " << one_line(d.message) << '\n';
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
  std::cerr << "actorgraph: " << one_line(line) << '\n';
}

void Console::progress(std::size_t documents, std::size_t bytes, std::size_t total_bytes) {
  if (quiet_ || !tty_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!progress_started_) {
    // Start-up (loading the lexicons) is not reading: the rate starts with the first document.
    progress_started_ = true;
    first_progress_ = now;
    first_bytes_ = bytes;
  }
  if (now - last_progress_ < std::chrono::milliseconds(250)) return;
  last_progress_ = now;
  const double secs = std::chrono::duration<double>(now - first_progress_).count();
  const double rate = secs > 0 ? (bytes - first_bytes_) / secs : 0.0;  // bytes per second
  char left[48] = "";
  if (total_bytes > bytes && rate > 0) {
    const double s = (total_bytes - bytes) / rate;
    if (s < 90) std::snprintf(left, sizeof left, ", %.0f s left", s);
    else if (s < 5400) std::snprintf(left, sizeof left, ", %.0f min left", s / 60);
    else std::snprintf(left, sizeof left, ", %.1f h left", s / 3600);
  }
  char size[64];
  if (total_bytes >= bytes && total_bytes > 0)
    std::snprintf(size, sizeof size, "%.1f of %.1f MB (%.0f%%)", bytes / 1e6, total_bytes / 1e6, 100.0 * bytes / total_bytes);
  else
    std::snprintf(size, sizeof size, "%.1f MB", bytes / 1e6);
  char buf[200];
  std::snprintf(buf, sizeof buf, "\r\033[K%zu documents, %s, %.1f MB/s%s", documents, size, rate / 1e6, left);
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
