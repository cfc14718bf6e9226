// `actorgraph extract`: events of every input as JSON Lines, streamed in input order.
#include <cstdio>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "model/event_json.h"

namespace ag::cli {

int run_extract(const Options& options, Console& console) {
  OutputFile out(options.output);
  std::string line;
  auto write_event = [&](const Event& e) {
    line = to_json_line(e);
    line += '\n';
    out.write(line);
  };
  InputSummary s = for_each_input(
      options, console,
      [&](const extract::Document&, std::vector<Event>&& events) {
        for (const auto& e : events) write_event(e);
      },
      [&](Event&& e) { write_event(e); });
  out.commit();
  char buf[256];
  std::snprintf(buf, sizeof buf, "extract: %zu documents, %zu events, %zu skipped, %.2f s (%.1f MB/s)", s.documents,
                s.events, console.skipped(), s.seconds, s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0.0);
  console.info(buf);
  return kExitOk;
}

}  // namespace ag::cli
