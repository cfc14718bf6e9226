// actorgraph: parse the options, run the command, turn errors into one line and an exit code.
#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"

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
    std::cout << help;
    return kExitOk;
  }
  if (options.command == "version") {
    std::cout << "actorgraph 0.1.0\n";
    return kExitOk;
  }
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
  } catch (const std::exception& e) {
    console.error(std::string("internal error: ") + e.what());
    return kExitFailure;
  }
}
