#include "cli/commands.h"

namespace ag::cli {

int run(const Options& options, Console& console) {
  const std::string& c = options.command;
  int code = kExitOk;
  if (c == "extract") code = run_extract(options, console);
  else if (c == "actors") code = run_actors(options, console);
  else if (c == "eval") code = run_eval(options, console);
  else if (c == "build") code = run_build(options, console);
  else if (c == "export") code = run_export(options, console);
  else if (c == "neighbours") code = run_neighbours(options, console);
  else if (c == "path") code = run_path(options, console);
  else if (c == "stats") code = run_stats(options, console);
  else throw UsageError("unknown command '" + c + "'");
  return final_code(options, console, code);
}

int final_code(const Options& options, const Console& console, int code) {
  if (code == kExitOk && options.strict && console.skipped() > 0) return kExitSkipped;
  return code;
}

}  // namespace ag::cli
