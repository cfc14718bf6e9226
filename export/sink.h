#pragma once
// Where writers put their bytes: a callback receiving the output in order, in chunks of
// about a megabyte, so that a million-edge export never sits whole in memory. Writers
// append to a std::string buffer (no iostreams) and hand it over when it is full.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace ag::exporters {

// Receives consecutive pieces of the output. May throw (e.g. a full disk); writers let the
// exception through.
using Sink = std::function<void(std::string_view)>;

class ChunkedOutput {
 public:
  explicit ChunkedOutput(const Sink& sink, std::size_t chunk = std::size_t{1} << 20);
  ChunkedOutput(const ChunkedOutput&) = delete;
  ChunkedOutput& operator=(const ChunkedOutput&) = delete;

  // The buffer to append to; call maybe_flush() now and then.
  std::string& buffer() { return buffer_; }
  // Hands the buffer to the sink once it holds a chunk.
  void maybe_flush() {
    if (buffer_.size() >= chunk_) flush();
  }
  // Hands whatever is buffered to the sink. Writers call it once at the end.
  void flush();

 private:
  const Sink& sink_;
  std::size_t chunk_;
  std::string buffer_;
};

// A sink appending to `out`.
Sink string_sink(std::string& out);

}  // namespace ag::exporters
