#include "cli/options.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace ag::cli {
namespace {

struct CommandSpec {
  const char* name;
  const char* synopsis;
  const char* summary;
  std::set<std::string> flags;    // options taking no value
  std::set<std::string> valued;   // options taking a value
  unsigned actor_args;            // leading positional actor names (neighbours 1, path 2)
};

const std::set<std::string> kCommonFlags = {"--quiet", "-q", "--strict", "--help", "-h"};
const std::set<std::string> kCommonValued = {"--published", "--actors", "--lexicons", "--threads", "-j"};

const std::vector<CommandSpec>& commands() {
  static const std::vector<CommandSpec> specs = {
      {"extract", "extract INPUT... [-o FILE] [--format jsonl]",
       "Extract interaction events and write them as JSON Lines.", {}, {"-o", "--output", "--format"}, 0},
      {"actors", "actors INPUT... [--json]",
       "List the resolved actors with kind, country, mentions and matched forms.", {"--json"}, {"-o", "--output"}, 0},
      {"eval", "eval --gold GOLD.json INPUT... [-v]",
       "Score extraction against a hand-annotated gold file (score.py's definitions).", {"-v", "--verbose"},
       {"--gold"}, 0},
      {"build", "build INPUT... --out DIR [--aggregate]",
       "Deduplicate events into a graph and write events.jsonl and every graph format to DIR.", {"--aggregate"},
       {"--out"}, 0},
      {"export", "export INPUT... --format graphml|gexf|dot|json|csv [-o FILE] [--aggregate]",
       "Write the graph in one format.", {"--aggregate"}, {"-o", "--output", "--format"}, 0},
      {"neighbours", "neighbours ACTOR INPUT... [--type T] [--since D] [--until D] [--topic T] [--depth N] [--json]",
       "Who ACTOR interacted with, by type, date and topic.", {"--json"},
       {"--type", "--since", "--until", "--topic", "--depth"}, 1},
      {"path", "path A B INPUT... [--json]", "The shortest chain of interactions between two actors.", {"--json"},
       {"--type", "--since", "--until", "--topic"}, 2},
      {"stats", "stats INPUT... [--top N] [--json]", "Counts, date range, degree and betweenness centrality.",
       {"--json"}, {"--top", "--type", "--since", "--until", "--topic"}, 0},
  };
  return specs;
}

const CommandSpec* find_command(const std::string& name) {
  for (const auto& c : commands())
    if (name == c.name || (name == "neighbors" && std::string(c.name) == "neighbours")) return &c;
  return nullptr;
}

unsigned parse_count(const std::string& opt, const std::string& v) {
  char* end = nullptr;
  long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || n < 0 || n > 100000) throw UsageError(opt + " takes a whole number, not '" + v + "'");
  return static_cast<unsigned>(n);
}

void assign(Options& o, const std::string& opt, const std::string& v) {
  if (opt == "-o" || opt == "--output") o.output = v;
  else if (opt == "--format") o.format = v;
  else if (opt == "--published") o.published = v;
  else if (opt == "--actors") o.actors_file = v;
  else if (opt == "--lexicons") o.lexicons_dir = v;
  else if (opt == "--threads" || opt == "-j") o.threads = parse_count(opt, v);
  else if (opt == "--gold") o.gold = v;
  else if (opt == "--out") o.out_dir = v;
  else if (opt == "--type") o.type = v;
  else if (opt == "--since") o.since = v;
  else if (opt == "--until") o.until = v;
  else if (opt == "--topic") o.topic = v;
  else if (opt == "--depth") o.depth = parse_count(opt, v);
  else if (opt == "--top") o.top = parse_count(opt, v);
}

void set_flag(Options& o, const std::string& opt) {
  if (opt == "--quiet" || opt == "-q") o.quiet = true;
  else if (opt == "--strict") o.strict = true;
  else if (opt == "--help" || opt == "-h") o.help = true;
  else if (opt == "--json") o.json = true;
  else if (opt == "--aggregate") o.aggregate = true;
  else if (opt == "-v" || opt == "--verbose") o.verbose = true;
}

void check_required(const Options& o, const CommandSpec& spec) {
  const std::string cmd = spec.name;
  if (o.inputs.empty()) throw UsageError(cmd + ": no INPUT given (see 'actorgraph " + cmd + " --help')");
  if (cmd == "eval" && o.gold.empty()) throw UsageError("eval: --gold GOLD.json is required");
  if (cmd == "build" && o.out_dir.empty()) throw UsageError("build: --out DIR is required");
  if (cmd == "export") {
    static const std::set<std::string> kFormats = {"graphml", "gexf", "dot", "json", "csv"};
    if (!kFormats.count(o.format)) throw UsageError("export: --format must be one of graphml, gexf, dot, json, csv");
  }
  if (cmd == "extract" && !o.format.empty() && o.format != "jsonl")
    throw UsageError("extract: --format must be jsonl");
  if (cmd == "neighbours" && o.depth == 0) throw UsageError("neighbours: --depth must be at least 1");
}

}  // namespace

Options parse_args(int argc, const char* const* argv) {
  Options o;
  if (argc < 2) throw UsageError("no command given (try 'actorgraph --help')");
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    o.help = true;
    if (first == "help" && argc > 2) o.command = argv[2];
    return o;
  }
  if (first == "--version") {
    o.command = "version";
    return o;
  }
  const CommandSpec* spec = find_command(first);
  if (!spec) throw UsageError("unknown command '" + first + "' (try 'actorgraph --help')");
  o.command = spec->name;
  std::vector<std::string> positional;
  bool only_positional = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (only_positional || a == "-" || a.size() < 2 || a[0] != '-') {
      positional.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string value;
    bool has_inline = false;
    if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_inline = true;
    }
    if (kCommonFlags.count(a) || spec->flags.count(a)) {
      if (has_inline) throw UsageError(o.command + ": " + a + " takes no value");
      set_flag(o, a);
    } else if (kCommonValued.count(a) || spec->valued.count(a)) {
      if (!has_inline) {
        if (i + 1 >= argc) throw UsageError(o.command + ": " + a + " needs a value");
        value = argv[++i];
      }
      assign(o, a, value);
    } else {
      throw UsageError(o.command + ": unknown option '" + a + "' (see 'actorgraph " + o.command + " --help')");
    }
  }
  if (o.help) return o;
  if (positional.size() < spec->actor_args)
    throw UsageError(o.command + ": expected " + std::to_string(spec->actor_args) + " actor name(s) before INPUT");
  if (spec->actor_args >= 1) o.actor = positional[0];
  if (spec->actor_args >= 2) o.actor_b = positional[1];
  o.inputs.assign(positional.begin() + spec->actor_args, positional.end());
  check_required(o, *spec);
  return o;
}

std::string general_help() {
  std::string s =
      "actorgraph: a temporal knowledge graph of political actors from French news.\n\n"
      "Usage: actorgraph COMMAND [OPTIONS] INPUT...\n\nCommands:\n";
  for (const auto& c : commands()) {
    std::string name = c.name;
    s += "  " + name + std::string(name.size() < 12 ? 12 - name.size() : 1, ' ') + c.summary + "\n";
  }
  s +=
      "\nINPUT is any mix of article files (.txt, any encoding), directories (read recursively),\n"
      "JSON Lines corpora ({\"text\", \"id\", \"date\"} per line), events files (events.jsonl),\n"
      "build directories, and - for standard input.\n\n"
      "Common options:\n"
      "  --published DATE  publication date for documents that state none (YYYY-MM-DD)\n"
      "  --actors FILE     merge your own actors file over the bundled knowledge base\n"
      "  --lexicons DIR    use language data from DIR instead of the bundled files\n"
      "  --threads N, -j N worker threads (default: all cores)\n"
      "  --quiet, -q       no progress or summary on stderr\n"
      "  --strict          fail (exit 3) when any input or line was skipped\n"
      "  --help, -h        this help; 'actorgraph COMMAND --help' for a command\n\n"
      "Exit codes: 0 success; 1 runtime error (bad lexicon, unwritable output, unknown actor);\n"
      "2 usage error; 3 inputs skipped under --strict. Skipped inputs are named on stderr.\n";
  return s;
}

std::string command_help(const std::string& command) {
  const CommandSpec* c = find_command(command);
  if (!c) return "";
  return std::string("Usage: actorgraph ") + c->synopsis + "\n\n" + c->summary +
         "\n\nCommon options: --published DATE, --actors FILE, --lexicons DIR, --threads N, --quiet, --strict.\n"
         "Exit codes: 0 success; 1 runtime error; 2 usage error; 3 inputs skipped under --strict.\n";
}

}  // namespace ag::cli
