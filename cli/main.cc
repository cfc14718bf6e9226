// actorgraph: parse the options, run the command, turn errors into one line and an exit code.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <new>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"

namespace {

// Help and version on stdout: a full disk is an error, a closed pipe (`| head`) is not.
int print(const std::string& text) {
  errno = 0;
  std::cout << text << std::flush;
  if (std::cout || errno == EPIPE) return ag::cli::kExitOk;
  std::cerr << "actorgraph: cannot write standard output: " << std::strerror(errno ? errno : EIO) << '\n';
  return ag::cli::kExitFailure;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ag::cli;
  // A closed pipe (`| head`) becomes EPIPE on write, handled as a quiet end.
  std::signal(SIGPIPE, SIG_IGN);
  // Likewise a file size limit (ulimit -f) becomes EFBIG, reported like a full disk, rather
  // than a kill that leaves no message.
  std::signal(SIGXFSZ, SIG_IGN);
  Options options;
  try {
    options = parse_args(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "actorgraph: " << e.what() << '\n';
    return kExitUsage;
  }
  if (options.help) {
    std::string help = options.command.empty() ? general_help() : command_help(options.command);
    if (help.empty()) {
      std::cerr << "actorgraph: unknown command '" << options.command << "'\n";
      return kExitUsage;
    }
    return print(help);
  }
  if (options.command == "version") return print("actorgraph 0.1.0\n");
  Console console(options);
  try {
    return run(options, console);
  } catch (const UsageError& e) {
    console.error(e.what());
    return kExitUsage;
  } catch (const CliError& e) {
    console.error(e.what());
    return e.code();
  } catch (const BrokenPipe&) {
    return kExitOk;
  } catch (const std::bad_alloc&) {
    console.error("out of memory (try fewer --threads, or split the largest inputs)");
    return kExitFailure;
  } catch (const std::exception& e) {
    console.error(std::string("internal error: ") + e.what());
    return kExitFailure;
  }
}
