#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>

#include "cli/options.h"

namespace ag::cli {
namespace {

// ---- Temporary files removed on a fatal signal --------------------------------------------
//
// Ctrl-C, a kill, a lost terminal or a file size limit (SIGXFSZ) must not leave temporary
// files behind: the handler unlinks the registered ones (unlink is async-signal-safe), then
// lets the signal do what it would have done.

constexpr int kMaxTemps = 64;
std::atomic<const char*> g_temps[kMaxTemps];
constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ};

extern "C" void remove_temps_and_reraise(int sig) {
  for (auto& t : g_temps) {
    if (const char* p = t.exchange(nullptr)) ::unlink(p);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// Installed on first use, only over the default action: a signal the caller ignores (nohup)
// or handles stays so.
void install_cleanup_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : kCleanupSignals) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) != 0 || (old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL) continue;
      struct sigaction sa {};
      sa.sa_handler = remove_temps_and_reraise;
      sigemptyset(&sa.sa_mask);
      ::sigaction(sig, &sa, nullptr);
    }
  });
}

void register_temp(const char* path) {
  install_cleanup_handlers();
  for (auto& t : g_temps) {
    const char* expected = nullptr;
    if (t.compare_exchange_strong(expected, path)) return;
  }
  // More than kMaxTemps outputs at once: this one is still removed by the destructor.
}

void unregister_temp(const char* path) {
  for (auto& t : g_temps) {
    const char* expected = path;
    if (t.compare_exchange_strong(expected, nullptr)) return;
  }
}

std::string error_text(int err) { return std::strerror(err); }

}  // namespace

OutputFile::OutputFile(const std::string& path) : path_(path) {
  if (path.empty() || path == "-") {
    is_stdout_ = true;
    file_ = stdout;
    return;
  }
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a
  // temporary file over it would replace the device with a regular file.
  // So is anything under /dev or /proc (/dev/stdout redirected to a file is the shell's open
  // file, not a name to replace).
  struct stat st;
  const bool special = path.rfind("/dev/", 0) == 0 || path.rfind("/proc/", 0) == 0;
  if (::stat(path.c_str(), &st) == 0 && (special || !S_ISREG(st.st_mode))) {
    if (S_ISDIR(st.st_mode)) throw CliError("cannot write " + path + ": is a directory");
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_) throw CliError("cannot write " + path + ": " + error_text(errno));
    in_place_ = true;
    return;
  }
  // A symbolic link to a file: the file it points to is replaced (or created, for a
  // dangling link), the link stays.
  target_ = path;
  for (int hops = 0; hops < 40; ++hops) {
    if (char* real = ::realpath(target_.c_str(), nullptr)) {
      target_ = real;
      std::free(real);
      break;
    }
    struct stat lst;
    if (::lstat(target_.c_str(), &lst) != 0 || !S_ISLNK(lst.st_mode)) break;
    std::string link(static_cast<std::size_t>(lst.st_size > 0 ? lst.st_size : 255) + 1, '\0');
    const ssize_t n = ::readlink(target_.c_str(), &link[0], link.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= link.size()) break;
    link.resize(static_cast<std::size_t>(n));
    const std::size_t slash = target_.rfind('/');
    target_ = link[0] == '/' || slash == std::string::npos ? link : target_.substr(0, slash + 1) + link;
  }
  // Beside the target (rename(2) does not cross file systems), hidden: a directory walk of
  // the output's own folder (`extract dir -o dir/x.jsonl`) does not take it as an input.
  const std::size_t slash = target_.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : target_.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? target_ : target_.substr(slash + 1);
  temp_ = dir + "." + base + ".tmp." + std::to_string(::getpid());
  // O_EXCL: never write through something already there (a stale file, a planted link).
  int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0 && errno == EEXIST) {
    ::unlink(temp_.c_str());  // left by an earlier process with this pid
    fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  }
  if (fd < 0) throw CliError("cannot write " + path + ": " + error_text(errno));
  register_temp(temp_.c_str());
  fd_ = fd;
  block_ = static_cast<char*>(std::aligned_alloc(kDirectAlign, kBlockBytes));
  if (!block_) {
    ::close(fd_);
    fd_ = -1;
    unregister_temp(temp_.c_str());
    ::unlink(temp_.c_str());
    throw std::bad_alloc();
  }
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    unregister_temp(temp_.c_str());
    std::remove(temp_.c_str());
  } else if (!is_stdout_ && file_) {
    std::fclose(file_);
  }
  std::free(block_);
}

[[noreturn]] void OutputFile::fail(int err) {
  if (err == EPIPE) throw BrokenPipe{};
  throw CliError("cannot write " + (is_stdout_ ? std::string("standard output") : path_) + ": " + error_text(err));
}

void OutputFile::flush_buffer() {
  if (buffer_.empty()) return;
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) fail(errno);
  buffer_.clear();
}

void OutputFile::set_direct(bool on) {
  const int flags = ::fcntl(fd_, F_GETFL);
  direct_ = flags >= 0 && ::fcntl(fd_, F_SETFL, on ? flags | O_DIRECT : flags & ~O_DIRECT) == 0 && on;
}

void OutputFile::write_fd(const char* p, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd_, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      // A file system or device that refuses this direct write: the rest goes through the cache.
      if (direct_ && errno == EINVAL) {
        set_direct(false);
        continue;
      }
      fail(errno);
    }
    // A short direct write (a file size limit) leaves the offset unaligned.
    if (direct_ && static_cast<std::size_t>(w) != n) set_direct(false);
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

void OutputFile::flush_block() {
  // A file that outgrows one block is big: written directly to the disk from here on.
  // Through the page cache, each byte is copied once more by the kernel, and on the
  // machines measured that copy and the cache's writeback cost more than producing the
  // bytes (about 1.7 s of system time per GB against 0.1 s direct, bench/run.sh).
  if (!tried_direct_) {
    tried_direct_ = true;
    set_direct(true);
  }
  write_fd(block_, kBlockBytes);
  used_ = 0;
}

void OutputFile::write(std::string_view bytes) {
  if (fd_ < 0) {
    buffer_.append(bytes);
    if (buffer_.size() >= (1u << 16)) flush_buffer();
    return;
  }
  while (!bytes.empty()) {
    const std::size_t n = std::min(kBlockBytes - used_, bytes.size());
    std::memcpy(block_ + used_, bytes.data(), n);
    used_ += n;
    bytes.remove_prefix(n);
    if (used_ == kBlockBytes) flush_block();
  }
}

void OutputFile::commit() {
  if (fd_ < 0) {
    flush_buffer();
    if (std::fflush(file_) != 0) fail(errno);
    if (is_stdout_) return;
    // in place
    std::FILE* f = file_;
    file_ = nullptr;
    if (std::fclose(f) != 0) fail(errno);
    return;
  }
  // The whole blocks of what is left directly, the tail (not a multiple of the alignment)
  // through the cache.
  const std::size_t whole = direct_ ? used_ / kDirectAlign * kDirectAlign : 0;
  write_fd(block_, whole);
  if (direct_) set_direct(false);
  write_fd(block_ + whole, used_ - whole);
  used_ = 0;
  // On disk before it is renamed into place: a crash leaves the old file or the new one.
  if (::fsync(fd_) != 0 && errno != EINVAL) fail(errno);
  const int fd = fd_;
  fd_ = -1;
  const bool closed = ::close(fd) == 0;
  const int err = errno;
  if (!closed || std::rename(temp_.c_str(), target_.c_str()) != 0) {
    const int e = closed ? errno : err;
    unregister_temp(temp_.c_str());
    std::remove(temp_.c_str());
    fail(e);
  }
  unregister_temp(temp_.c_str());
  // The rename itself made durable; best effort (some file systems refuse a directory fsync).
  const std::size_t slash = target_.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : target_.substr(0, slash);
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace ag::cli
