#include "export/sink.h"

namespace ag::exporters {

ChunkedOutput::ChunkedOutput(const Sink& sink, std::size_t chunk) : sink_(sink), chunk_(chunk) {
  buffer_.reserve(chunk + chunk / 4);
}

void ChunkedOutput::flush() {
  if (buffer_.empty()) return;
  sink_(buffer_);
  buffer_.clear();
}

Sink string_sink(std::string& out) {
  return [&out](std::string_view s) { out.append(s); };
}

}  // namespace ag::exporters
