// `actorgraph eval`: extraction scored against the user's gold file.
#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/scorer.h"

namespace ag::cli {

int run_eval(const Options& options, Console& console) {
  std::vector<Event> events = load_events(options, console);
  ScoreReport rep;
  try {
    rep = score_events(options.gold, events);
  } catch (const GoldError& e) {
    throw CliError(e.what());
  }
  if (options.verbose)
    for (const auto& line : rep.misses) std::cout << line << '\n';
  std::cout << rep.summary();
  return kExitOk;
}

}  // namespace ag::cli
