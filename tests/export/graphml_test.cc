// GraphML specifics (export/graphml.cc); the whole output is pinned by golden_test.cc.
#include <regex>
#include <set>

#include <catch2/catch.hpp>

#include "tests/export/small_graph.h"

using namespace ag;
using exporters::Format;
using test::line_with;

TEST_CASE("GraphML: every data key is declared before the graph, for its domain", "[export][graphml]") {
  const std::string out = test::render_small(Format::graphml);
  const std::size_t graph_at = out.find("<graph ");
  REQUIRE(graph_at != std::string::npos);
  std::set<std::string> node_keys, edge_keys;
  const std::regex key(R"re(<key id="([^"]+)" for="(node|edge)" attr\.name="[a-z_]+" attr\.type="(string|long|double|boolean)"/>)re");
  for (std::sregex_iterator it(out.begin(), out.begin() + graph_at, key), end; it != end; ++it)
    ((*it)[2] == "node" ? node_keys : edge_keys).insert((*it)[1]);
  REQUIRE(node_keys.size() == 7);
  REQUIRE(edge_keys.size() == 15);
  const std::regex data(R"re(<data key="([^"]+)">)re");
  std::size_t uses = 0;
  for (std::size_t at = out.find("<node ", graph_at); at != std::string::npos; at = out.find("<node ", at + 1)) {
    const std::string line = out.substr(at, out.find('\n', at) - at);
    for (std::sregex_iterator it(line.begin(), line.end(), data), end; it != end; ++it, ++uses)
      CHECK(node_keys.count((*it)[1]) == 1);
  }
  for (std::size_t at = out.find("<edge ", graph_at); at != std::string::npos; at = out.find("<edge ", at + 1)) {
    const std::string line = out.substr(at, out.find('\n', at) - at);
    for (std::sregex_iterator it(line.begin(), line.end(), data), end; it != end; ++it, ++uses)
      CHECK(edge_keys.count((*it)[1]) == 1);
  }
  CHECK(uses > 50);
}

TEST_CASE("GraphML: edges run from caller or mediator, ids are EVENT.N", "[export][graphml]") {
  const std::string out = test::render_small(Format::graphml);
  CHECK(out.find(R"(<graph id="actorgraph" edgedefault="directed">)") != std::string::npos);
  CHECK(out.find(R"(<edge id="ev-1.0" source="macron" target="putin">)") != std::string::npos);
  CHECK(out.find(R"(<edge id="ev-2.0" source="eu" target="aliyev">)") != std::string::npos);
  CHECK(out.find(R"(<edge id="ev-2.1" source="eu" target="pashinyan">)") != std::string::npos);
  // The parties of a mediation: no stated direction, lower id first.
  const std::string party = line_with(out, R"(<edge id="ev-2.2")");
  CHECK(party.find(R"(source="aliyev" target="pashinyan")") != std::string::npos);
  CHECK(party.find(">true</data>") != std::string::npos);
  CHECK(party.find(">party</data>") != std::string::npos);
}

TEST_CASE("GraphML: lists are one ';'-joined string; text is escaped; empty values are left out",
          "[export][graphml]") {
  const std::string out = test::render_small(Format::graphml);
  const std::string mediation = line_with(out, R"(<edge id="ev-2.0")");
  CHECK(mediation.find(">peace_process;borders</data>") != std::string::npos);
  CHECK(mediation.find("&quot;enfin&quot;") != std::string::npos);
  CHECK(mediation.find("\"enfin\"") == std::string::npos);
  const std::string undated = line_with(out, R"(<edge id="ev-4.0")");
  REQUIRE(!undated.empty());
  CHECK(undated.find(">meeting</data>") != std::string::npos);  // the label without a date
  CHECK(undated.find("2024") == std::string::npos);
}
