// Odd names through real parsers: networkx, igraph, xmllint (GraphML XSD, GEXF RELAX NG),
// ElementTree, json, csv and Graphviz. Tools that are missing make a test skip with a
// message rather than fail.
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "export/export.h"
#include "graph/dedup.h"
#include "model/event_json.h"
#include "tests/graph/test_events.h"

using namespace ag;
using namespace ag::exporters;
using ag::test::actor;
using ag::test::source;

namespace {

const char* kPython = "/usr/bin/python3";

bool have(const std::string& command) { return std::system(("command -v " + command + " >/dev/null 2>&1").c_str()) == 0; }

bool have_python_modules() {
  return std::system((std::string(kPython) + " -c 'import networkx' >/dev/null 2>&1").c_str()) == 0;
}

// A temporary directory, removed when the test ends (even when an assertion failed).
struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/ag_export_test_XXXXXX";
    if (mkdtemp(tmpl)) path = tmpl;
    REQUIRE(!path.empty());
  }
  ~TempDir() {
    if (!path.empty()) std::system(("rm -rf '" + path + "'").c_str());
  }
  operator const std::string&() const { return path; }
};

// Runs `command`, returning its exit status; its output goes to `output`.
int run(const std::string& command, std::string& output) {
  const std::string log = command.substr(0, 0) + "/tmp/ag_export_test_log_" + std::to_string(::getpid());
  const int status = std::system((command + " >" + log + " 2>&1").c_str());
  output = test::read_file(log);
  std::remove(log.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// events.jsonl (the graph's events) and every format, as `build` lays them out.
void write_exports(const graph::ActorGraph& g, const std::string& dir) {
  std::string jsonl;
  for (const Event& e : g.events()) jsonl += to_json_line(e) + "\n";
  write_file(dir + "/events.jsonl", jsonl);
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json, Format::nodes_csv, Format::edges_csv})
    write_file(dir + "/" + std::string(file_name(f)), render(f, g));
}

// The shared checker, when ../shared and its tools are present.
void check_with_shared_tool(const std::string& dir) {
  const std::string tool = std::string(AG_SHARED_DIR) + "/tools/check_exports.sh";
  if (!std::ifstream(tool) || !have("xmllint") || !have("dot") || !have_python_modules()) {
    WARN("skipped check_exports.sh (needs ../shared, xmllint, graphviz, networkx, igraph)");
    return;
  }
  std::string out;
  const int code = run("bash '" + tool + "' '" + dir + "'", out);
  INFO(out);
  REQUIRE(code == 0);
}

void check_roundtrip(const std::string& dir) {
  if (!have_python_modules()) {
    WARN("skipped the round-trip through networkx (no /usr/bin/python3 with networkx)");
    return;
  }
  std::string out;
  const int code = run(std::string(kPython) + " '" AG_SOURCE_DIR "/tests/export/roundtrip.py' '" + dir + "'", out);
  INFO(out);
  REQUIRE(code == 0);
}

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    i += n;
  }
  return true;
}

Event call(const std::string& id, Actor a, Actor b, const std::string& sentence, const std::string& date = "2024-01-02") {
  Event e;
  e.id = id;
  e.type = "phone_call";
  e.participants = {std::move(a), std::move(b)};
  e.date = date;
  e.topics = {"peace_process", "climate"};
  e.subjects = {"COP29", "a \"quoted\" & <subject>"};
  e.sources.push_back(source("odd \"doc\" & <name>.txt", "2024-01-03", sentence));
  e.cameo = "041";
  e.confidence = 0.5;
  return e;
}

// Names and sentences that break naive writers.
std::vector<Event> hostile_events() {
  std::string controls;
  for (char c = 1; c < 0x20; ++c) controls += c;
  const std::string long_name(20000, 'x');
  return {
      call("ev-quotes", actor("q", "Jean \"Le Boss\" <Dupont> & Fils \\", ActorKind::person, "FRA"),
           actor("amp", "AT&amp;T ]]> <!-- c --> 'single'", ActorKind::organization),
           "He said \"stop\" \\N \\n & <b>bold</b> &lt;not a tag&gt;"),
      call("ev-controls", actor("ctl", "Bad" + controls + "Name\x7f", ActorKind::person),
           actor("ws", "  many\t\tspaces\nand\r\nlines  ", ActorKind::country),
           "line one\r\nline two\rline three\ttabbed" + controls + " end"),
      call("ev-rtl", actor("rtl", "\u202eRTL override \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"),
           actor("emoji", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 \xF0\x9F\x8C\x8D"),
           "separator\u2028here, \u0627\u0644\u0639\u0631\u0628\u064a\u0629 and \U0001F30D"),
      call("ev-long", actor("long", long_name, ActorKind::country), actor("empty", ""),
           std::string(5000, 'y'), "2024-02"),
      call("ev-fallback", actor("only-controls", "\x01\x02\x03"), actor("id with spaces \"& <odd> #1", ""),
           "", "XXXX-03-04"),
  };
}

}  // namespace

TEST_CASE("the fixture's exports pass check_exports.sh and round-trip through real parsers", "[export][tools]") {
  auto events = test::read_events(std::string(test::golden_dir()) + "/events.jsonl");
  const graph::ActorGraph g(graph::deduplicate(std::move(events)));
  const TempDir dir;
  write_exports(g, dir);
  check_with_shared_tool(dir);
  check_roundtrip(dir);
}

TEST_CASE("odd names survive GraphML, GEXF, DOT, JSON and CSV", "[export][tools]") {
  const graph::ActorGraph g(graph::deduplicate(hostile_events()));
  REQUIRE(g.num_vertices() == 10);
  const TempDir dir;
  write_exports(g, dir);
  check_with_shared_tool(dir);
  check_roundtrip(dir);
}

TEST_CASE("aggregated exports pass check_exports.sh", "[export][tools]") {
  auto events = test::read_events(std::string(test::golden_dir()) + "/events.jsonl");
  const graph::ActorGraph g(graph::deduplicate(std::move(events)), graph::BuildOptions{true});
  const TempDir dir;
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json})
    write_file(dir.path + "/" + std::string(file_name(f)), render(f, g));
  check_with_shared_tool(dir);
}

TEST_CASE("invalid UTF-8 never makes invalid output", "[export][tools]") {
  std::vector<Event> events = {
      call("ev-bad\xff", actor("bad\xfe", "Bad \xff byte \xE2\x82 cut \xED\xA0\x80 surrogate \xC0\xAF"),
           actor("ok", "Fine"), "Broken \xf0\x9f sentence \xff"),
  };
  const graph::ActorGraph g(graph::deduplicate(std::move(events)));
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json, Format::nodes_csv, Format::edges_csv})
    REQUIRE(valid_utf8(render(f, g)));
  const TempDir dir;
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json})
    write_file(dir.path + "/" + std::string(file_name(f)), render(f, g));
  check_with_shared_tool(dir);
}

TEST_CASE("an empty graph is still valid in every format", "[export][tools]") {
  const graph::ActorGraph g(std::vector<Event>{});
  const TempDir dir;
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json})
    write_file(dir.path + "/" + std::string(file_name(f)), render(f, g));
  check_with_shared_tool(dir);
  REQUIRE(render(Format::nodes_csv, g) == "Id,Label,actor_id,kind,country,roles,interactions,color\n");
}
