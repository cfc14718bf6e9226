// TEMPORARY: replaced by cmd_graph.cc
#include "cli/commands.h"
namespace ag::cli {
int run_build(const Options&, Console&) { return 1; }
int run_export(const Options&, Console&) { return 1; }
int run_neighbours(const Options&, Console&) { return 1; }
int run_path(const Options&, Console&) { return 1; }
int run_stats(const Options&, Console&) { return 1; }
}
