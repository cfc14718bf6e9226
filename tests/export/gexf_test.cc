// GEXF specifics (export/gexf.cc): the timeline, viz colours and shapes.
#include <catch2/catch.hpp>

#include "tests/export/small_graph.h"

using namespace ag;
using exporters::Format;
using test::line_with;

TEST_CASE("GEXF: edges span the days of their dates", "[export][gexf]") {
  const std::string out = test::render_small(Format::gexf);
  CHECK(out.find(R"(mode="dynamic" timeformat="date")") != std::string::npos);
  CHECK(line_with(out, R"(<edge id="ev-1.0")").find(R"(start="2024-03-05" end="2024-03-05")") != std::string::npos);
  // A month covers its days.
  CHECK(line_with(out, R"(<edge id="ev-2.0")").find(R"(start="2024-05-01" end="2024-05-31")") != std::string::npos);
  // No date, no interval: the edge is there at every time.
  const std::string undated = line_with(out, R"(<edge id="ev-4.0")");
  REQUIRE(!undated.empty());
  CHECK(undated.find("start=") == std::string::npos);
  CHECK(undated.find("end=") == std::string::npos);
}

TEST_CASE("GEXF: colours by kind and type, shapes by kind, planned events dashed", "[export][gexf]") {
  const std::string out = test::render_small(Format::gexf);
  const std::string eu = line_with(out, R"(<node id="eu")");
  CHECK(eu.find(R"(<viz:color r="242" g="142" b="43"/><viz:shape value="diamond"/>)") != std::string::npos);
  CHECK(line_with(out, R"(<node id="france")").find(R"(<viz:shape value="square"/>)") != std::string::npos);
  CHECK(line_with(out, R"(<node id="putin")").find(R"(<viz:shape value="disc"/>)") != std::string::npos);
  CHECK(line_with(out, R"(<edge id="ev-1.0")").find(R"(<viz:color r="225" g="87" b="89"/>)") != std::string::npos);
  CHECK(line_with(out, R"(<edge id="ev-3.0")").find(R"(<viz:shape value="dashed"/>)") != std::string::npos);
  CHECK(line_with(out, R"(<edge id="ev-1.0")").find("viz:shape") == std::string::npos);
}

TEST_CASE("GEXF: counts match the elements written", "[export][gexf]") {
  const std::string out = test::render_small(Format::gexf);
  CHECK(out.find(R"(<nodes count="6">)") != std::string::npos);
  CHECK(out.find(R"(<edges count="6">)") != std::string::npos);
  std::size_t nodes = 0, edges = 0;
  for (std::size_t at = out.find("<node "); at != std::string::npos; at = out.find("<node ", at + 1)) ++nodes;
  for (std::size_t at = out.find("<edge "); at != std::string::npos; at = out.find("<edge ", at + 1)) ++edges;
  CHECK(nodes == 6);
  CHECK(edges == 6);
}
