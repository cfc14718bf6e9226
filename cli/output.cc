#include "cli/output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/options.h"

namespace ag::cli {

OutputFile::OutputFile(const std::string& path) : path_(path) {
  if (path.empty() || path == "-") {
    is_stdout_ = true;
    file_ = stdout;
    return;
  }
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a
  // temporary file over it would replace the device with a regular file.
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_) throw CliError("cannot write " + path + ": " + std::strerror(errno));
    in_place_ = true;
    return;
  }
  temp_ = path + ".tmp." + std::to_string(::getpid());
  file_ = std::fopen(temp_.c_str(), "wb");
  if (!file_) throw CliError("cannot write " + path + ": " + std::strerror(errno));
}

OutputFile::~OutputFile() {
  if (!is_stdout_ && file_) {
    std::fclose(file_);
    if (!in_place_) std::remove(temp_.c_str());
  }
}

void OutputFile::flush_buffer() {
  if (buffer_.empty()) return;
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    if (errno == EPIPE) throw BrokenPipe{};
    throw CliError("cannot write " + (is_stdout_ ? std::string("standard output") : path_) + ": " +
                   std::strerror(errno));
  }
  buffer_.clear();
}

void OutputFile::write(std::string_view bytes) {
  buffer_.append(bytes);
  if (buffer_.size() >= (1u << 16)) flush_buffer();
}

void OutputFile::commit() {
  flush_buffer();
  if (std::fflush(file_) != 0) {
    if (errno == EPIPE) throw BrokenPipe{};
    throw CliError("cannot write " + (is_stdout_ ? std::string("standard output") : path_) + ": " +
                   std::strerror(errno));
  }
  if (is_stdout_) return;
  if (in_place_) {
    std::FILE* f = file_;
    file_ = nullptr;
    if (std::fclose(f) != 0) throw CliError("cannot write " + path_ + ": " + std::strerror(errno));
    return;
  }
  const int fd = fileno(file_);
  if (::fsync(fd) != 0 && errno != EINVAL) throw CliError("cannot write " + path_ + ": " + std::strerror(errno));
  std::FILE* f = file_;
  file_ = nullptr;
  if (std::fclose(f) != 0) {
    std::remove(temp_.c_str());
    throw CliError("cannot write " + path_ + ": " + std::strerror(errno));
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_.c_str());
    throw CliError("cannot write " + path_ + ": " + std::strerror(errno));
  }
}

}  // namespace ag::cli
