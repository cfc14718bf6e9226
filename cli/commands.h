#pragma once
// One function per command. Each returns the process exit code or throws CliError /
// UsageError; main() turns those into a one-line message and the code.
#include "cli/console.h"
#include "cli/options.h"

namespace ag::cli {

int run_extract(const Options& options, Console& console);
int run_actors(const Options& options, Console& console);
int run_eval(const Options& options, Console& console);
int run_build(const Options& options, Console& console);
int run_export(const Options& options, Console& console);
int run_neighbours(const Options& options, Console& console);
int run_path(const Options& options, Console& console);
int run_stats(const Options& options, Console& console);

// Dispatches to the command named in options.command.
int run(const Options& options, Console& console);

// The exit code once a command has run: kExitSkipped under --strict when anything was
// skipped, else `code`.
int final_code(const Options& options, const Console& console, int code);

}  // namespace ag::cli
