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
    line.clear();
    append_json_line(line, e);
    line += '\n';
    out.write(line);
  };
  // Serialized on the worker threads (the JSON is as costly as some extraction stages);
  // this thread only writes the bytes, in input order. Appended in place: a string per
  // event, then copied, cost a tenth of the writing.
  auto format = [](const extract::Document&, const std::vector<Event>& events, std::string& text) {
    for (const auto& e : events) {
      append_json_line(text, e);
      text += '\n';
    }
  };
  InputSummary s = for_each_input(
      options, console, format,
      [&](const extract::Document&, std::vector<Event>&&, std::string& text) { out.write(text); },
      [&](Event&& e) { write_event(e); });
  out.commit();
  char buf[256];
  std::snprintf(buf, sizeof buf, "extract: %zu documents, %zu sentences, %zu events, %zu skipped, %.2f s (%.1f MB/s)",
                s.documents, s.sentences, s.events, console.skipped(), s.seconds,
                s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0.0);
  console.info(buf);
  return kExitOk;
}

}  // namespace ag::cli
