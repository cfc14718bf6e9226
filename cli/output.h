#pragma once
// Output files written atomically: into a hidden temporary file beside the target, renamed
// over it on commit(), so an interrupted run never leaves a half-written file (nor, on
// SIGINT, SIGTERM, SIGHUP, SIGQUIT or SIGXFSZ, the temporary file). "-" or an empty
// path is standard output; a device or pipe (/dev/null, a FIFO) is written in place.
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace ag::cli {

class OutputFile {
 public:
  // Opens the temporary file. Throws CliError naming the path when it cannot.
  explicit OutputFile(const std::string& path);
  ~OutputFile();  // removes the temporary file when commit() was not reached
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Throws CliError on a write error (full disk); on a closed pipe throws BrokenPipe.
  void write(std::string_view bytes);
  // Flushes, syncs and renames into place. Throws CliError on failure.
  void commit();

  const std::string& path() const { return path_; }

 private:
  // Temporary files are written with write(2) from an aligned block, switching to direct
  // I/O (O_DIRECT) once a file outgrows one block; the others through stdio.
  static constexpr std::size_t kDirectAlign = 4096;         // covers any logical block size
  static constexpr std::size_t kBlockBytes = std::size_t(1) << 20;  // a multiple of it

  std::string path_;
  std::string target_;  // the file replaced on commit: path_ with symbolic links resolved
  std::string temp_;    // ".NAME.tmp.PID" beside target_, removed on a fatal signal too
  std::FILE* file_ = nullptr;  // standard output or a file written in place
  bool is_stdout_ = false;
  bool in_place_ = false;  // a non-regular target: no temporary file, no rename
  std::string buffer_;     // for file_
  int fd_ = -1;            // the temporary file
  char* block_ = nullptr;  // kBlockBytes aligned to kDirectAlign, for fd_
  std::size_t used_ = 0;   // bytes in block_
  bool direct_ = false, tried_direct_ = false;
  void flush_buffer();
  void flush_block();
  void set_direct(bool on);
  void write_fd(const char* p, std::size_t n);
  [[noreturn]] void fail(int err);  // BrokenPipe for EPIPE, else CliError naming the path
};

// Thrown when standard output's reader went away (`| head`): the run ends quietly.
struct BrokenPipe {};

}  // namespace ag::cli
