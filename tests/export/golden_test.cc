// Golden files: the exports of tests/golden/events.jsonl, compared byte for byte.
// Regenerate after an intended change with:  AG_UPDATE_GOLDEN=1 ./export_tests "[golden]"
// (then review the diff).
#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "export/export.h"
#include "graph/dedup.h"
#include "model/event_json.h"
#include "tests/graph/test_events.h"

using namespace ag;
using namespace ag::exporters;

namespace {

// The first line where `a` and `b` differ, for a readable failure.
std::string first_difference(const std::string& a, const std::string& b) {
  std::size_t line = 1, start = 0;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) {
      const std::size_t end_a = a.find('\n', i), end_b = b.find('\n', i);
      return "line " + std::to_string(line) + ":\n  golden: " + a.substr(start, end_a - start) +
             "\n  actual: " + b.substr(start, end_b - start);
    }
    if (a[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  return "one is a prefix of the other (sizes " + std::to_string(a.size()) + " and " + std::to_string(b.size()) + ")";
}

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(test::golden_dir()) + "/" + name;
  if (std::getenv("AG_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("updated " << path);
    return;
  }
  const std::string golden = test::read_file(path);
  INFO(name << " differs from its golden file (AG_UPDATE_GOLDEN=1 regenerates): " << first_difference(golden, actual));
  REQUIRE(golden == actual);
}

graph::ActorGraph golden_graph(bool aggregate) {
  auto events = test::read_events(std::string(test::golden_dir()) + "/events.jsonl");
  return graph::ActorGraph(graph::deduplicate(std::move(events)), graph::BuildOptions{aggregate});
}

}  // namespace

TEST_CASE("the fixture deduplicates to the golden events", "[export][golden]") {
  auto events = test::read_events(std::string(test::golden_dir()) + "/events.jsonl");
  REQUIRE(events.size() == 14);
  graph::DedupStats st;
  auto out = graph::deduplicate(std::move(events), {}, &st);
  REQUIRE(st.output == 11);
  REQUIRE(st.merged == 3);
  std::string jsonl;
  for (const auto& e : out) jsonl += to_json_line(e) + "\n";
  check_golden("dedup.jsonl", jsonl);
}

TEST_CASE("every format of the fixture matches its golden file", "[export][golden]") {
  const graph::ActorGraph g = golden_graph(false);
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json, Format::nodes_csv, Format::edges_csv}) {
    const std::string a = render(f, g);
    REQUIRE(render(f, g) == a);  // deterministic
    check_golden(std::string(file_name(f)), a);
  }
}

TEST_CASE("the aggregated fixture matches its golden files", "[export][golden]") {
  const graph::ActorGraph g = golden_graph(true);
  check_golden("aggregated.graphml", render(Format::graphml, g));
  check_golden("aggregated.json", render(Format::json, g));
}

TEST_CASE("chunked output equals the whole output", "[export]") {
  const graph::ActorGraph g = golden_graph(false);
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json, Format::nodes_csv, Format::edges_csv}) {
    std::string pieces;
    std::size_t calls = 0;
    write(f, g, [&](std::string_view s) {
      ++calls;
      pieces.append(s);
    });
    REQUIRE(pieces == render(f, g));
    REQUIRE(calls >= 1);
  }
}
