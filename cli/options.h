#pragma once
// Command-line options: parsed into one struct, separately from running (as in CLI11).
#include <stdexcept>
#include <string>
#include <vector>

namespace ag::cli {

// Exit codes, documented in --help and the README.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,   // a runtime error: unreadable lexicon, unwritable output, unknown actor
  kExitUsage = 2,     // a usage error: unknown command or option, missing argument
  kExitSkipped = 3,   // --strict and some inputs or lines were skipped
};

// A usage error: one-line reason, exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A runtime error the CLI reports in one line with an exit code.
class CliError : public std::runtime_error {
 public:
  CliError(const std::string& what, int code = kExitFailure) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

struct Options {
  std::string command;              // extract, actors, eval, build, export, neighbours, path, stats
  bool help = false;                // --help: print the command's help and exit 0
  std::vector<std::string> inputs;  // articles, directories, corpora, events files, build dirs, "-"

  // Common
  std::string output;         // -o FILE ("-" or empty: stdout)
  std::string published;      // --published DATE: for documents without their own date
  std::string actors_file;    // --actors FILE
  std::string lexicons_dir;   // --lexicons DIR
  unsigned threads = 0;       // --threads N; 0 = all cores
  bool quiet = false;         // --quiet
  bool strict = false;        // --strict: skipped inputs make the run fail (exit 3)

  // extract / export / build
  std::string format;         // --format jsonl|graphml|gexf|dot|json|csv
  std::string out_dir;        // --out DIR
  bool aggregate = false;     // --aggregate

  // eval
  std::string gold;           // --gold FILE
  bool verbose = false;       // -v / --verbose

  // queries
  std::string actor;          // neighbours ACTOR, path A
  std::string actor_b;        // path B
  std::string type;           // --type T
  std::string since;          // --since DATE
  std::string until;          // --until DATE
  std::string topic;          // --topic T
  unsigned depth = 1;         // --depth N
  unsigned top = 10;          // --top N
  bool json = false;          // --json
};

// Parses argv. Throws UsageError with a one-line reason on any mistake.
Options parse_args(int argc, const char* const* argv);

// The general help, and the help of one command (empty string when unknown).
std::string general_help();
std::string command_help(const std::string& command);

}  // namespace ag::cli
