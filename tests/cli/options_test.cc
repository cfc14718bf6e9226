#include "cli/options.h"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>
#include <vector>

using namespace ag::cli;

namespace {

Options parse(std::initializer_list<const char*> args) {
  std::vector<const char*> argv{"actorgraph"};
  argv.insert(argv.end(), args.begin(), args.end());
  return parse_args(static_cast<int>(argv.size()), argv.data());
}

// The message of the UsageError that parsing `args` throws ("" when none is thrown).
std::string usage_error(std::initializer_list<const char*> args) {
  try {
    parse(args);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a command with inputs and options parses", "[cli]") {
  const Options o = parse({"extract", "a.txt", "dir", "-o", "out.jsonl", "--threads=3", "--strict", "-q", "-"});
  CHECK(o.command == "extract");
  CHECK(o.inputs == std::vector<std::string>{"a.txt", "dir", "-"});
  CHECK(o.output == "out.jsonl");
  CHECK(o.threads == 3);
  CHECK(o.strict);
  CHECK(o.quiet);
  CHECK_FALSE(o.help);
}

TEST_CASE("'--' ends the options", "[cli]") {
  const Options o = parse({"extract", "--", "--strict", "-o"});
  CHECK(o.inputs == std::vector<std::string>{"--strict", "-o"});
  CHECK_FALSE(o.strict);
}

TEST_CASE("query commands take their actor names first", "[cli]") {
  const Options n = parse({"neighbours", "emmanuel-macron", "out", "--depth", "2"});
  CHECK(n.actor == "emmanuel-macron");
  CHECK(n.inputs == std::vector<std::string>{"out"});
  CHECK(n.depth == 2);
  const Options p = parse({"path", "a", "b", "events.jsonl"});
  CHECK(p.actor == "a");
  CHECK(p.actor_b == "b");
  CHECK(p.inputs == std::vector<std::string>{"events.jsonl"});
  CHECK(parse({"neighbors", "a", "x"}).command == "neighbours");
}

TEST_CASE("usage errors throw UsageError with a one-line reason", "[cli]") {
  SECTION("no command") { CHECK(contains(usage_error({}), "no command")); }
  SECTION("unknown command") { CHECK(contains(usage_error({"frobnicate", "x"}), "unknown command 'frobnicate'")); }
  SECTION("unknown option") { CHECK(contains(usage_error({"extract", "x", "--colour"}), "unknown option '--colour'")); }
  SECTION("an option of another command") { CHECK(contains(usage_error({"extract", "x", "--gold", "g.json"}), "--gold")); }
  SECTION("missing value") { CHECK(contains(usage_error({"extract", "x", "-o"}), "-o needs a value")); }
  SECTION("a value given to a flag") { CHECK(contains(usage_error({"extract", "x", "--strict=yes"}), "takes no value")); }
  SECTION("bad --threads") {
    for (const char* bad : {"many", "-1", "", "2x", "1e3", "100001"}) {
      INFO(bad);
      CHECK(contains(usage_error({"extract", "x", "--threads", bad}), "--threads takes a whole number"));
    }
    CHECK(contains(usage_error({"extract", "x", "-j", "two"}), "-j takes a whole number"));
  }
  SECTION("no input") { CHECK(contains(usage_error({"extract"}), "no INPUT")); }
  SECTION("required options") {
    CHECK(contains(usage_error({"eval", "x"}), "--gold"));
    CHECK(contains(usage_error({"build", "x"}), "--out"));
    CHECK(contains(usage_error({"export", "x"}), "--format"));
    CHECK(contains(usage_error({"export", "x", "--format", "pdf"}), "--format"));
    CHECK(contains(usage_error({"extract", "x", "--format", "csv"}), "--format must be jsonl"));
  }
  SECTION("missing actor names") { CHECK(contains(usage_error({"path", "a"}), "actor name")); }
  SECTION("bad --depth") { CHECK(contains(usage_error({"neighbours", "a", "x", "--depth", "0"}), "--depth")); }
  SECTION("every message is one line") {
    for (const std::string& m : {usage_error({"frobnicate"}), usage_error({"extract", "x", "--nope"}),
                                 usage_error({"extract", "x", "--threads", "x"})}) {
      CHECK_FALSE(m.empty());
      CHECK(m.find('\n') == std::string::npos);
    }
  }
}

TEST_CASE("help is asked for, not an error", "[cli]") {
  const Options general = parse({"--help"});
  CHECK(general.help);
  CHECK(general.command.empty());
  CHECK(parse({"-h"}).help);
  const Options via_help = parse({"help", "extract"});
  CHECK(via_help.help);
  CHECK(via_help.command == "extract");
  // A command's --help needs none of its required arguments.
  const Options cmd = parse({"build", "--help"});
  CHECK(cmd.help);
  CHECK(cmd.command == "build");
  CHECK(parse({"--version"}).command == "version");
}

TEST_CASE("the help documents every command and the exit codes", "[cli]") {
  const std::string help = general_help();
  for (const char* c : {"extract", "actors", "eval", "build", "export", "neighbours", "path", "stats"}) {
    INFO(c);
    CHECK(contains(help, c));
    const std::string ch = command_help(c);
    CHECK(contains(ch, std::string("Usage: actorgraph ") + c));
    CHECK(contains(ch, "Exit codes"));
  }
  CHECK(contains(help, "Exit codes"));
  for (const char* code : {"0 success", "1 runtime error", "2 usage error", "3 inputs skipped under --strict"}) {
    INFO(code);
    CHECK(contains(help, code));
  }
  CHECK(contains(help, "--strict"));
  CHECK(command_help("frobnicate").empty());
  CHECK(kExitOk == 0);
  CHECK(kExitFailure == 1);
  CHECK(kExitUsage == 2);
  CHECK(kExitSkipped == 3);
}
