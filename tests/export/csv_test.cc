// CSV specifics (export/csv.cc): Gephi's spreadsheet import columns and RFC 4180 quoting.
#include <catch2/catch.hpp>

#include "tests/export/small_graph.h"

using namespace ag;
using exporters::Format;
using test::line_with;

TEST_CASE("CSV: Gephi's columns first", "[export][csv]") {
  const std::string nodes = test::render_small(Format::nodes_csv);
  const std::string edges = test::render_small(Format::edges_csv);
  CHECK(nodes.rfind("Id,Label,", 0) == 0);
  CHECK(edges.rfind("Source,Target,Type,Id,Label,Weight,", 0) == 0);
  // One line per node and edge after the header, each ended by a newline.
  CHECK(std::count(nodes.begin(), nodes.end(), '\n') == 7);
  CHECK(std::count(edges.begin(), edges.end(), '\n') == 7);
  CHECK(line_with(edges, "ev-1.0").rfind("macron,putin,Directed,ev-1.0,phone_call 2024-03-05,1.0,", 0) == 0);
}

TEST_CASE("CSV: fields with commas or quotes are quoted, quotes doubled; lists joined with ';'",
          "[export][csv]") {
  const std::string edges = test::render_small(Format::edges_csv);
  const std::string mediation = line_with(edges, "ev-2.0");
  CHECK(mediation.find(R"(,"Sous l'égide de l'UE, Aliyev et Pachinian, ""enfin"", se sont vus.",)") !=
        std::string::npos);
  CHECK(mediation.find(",peace_process;borders,") != std::string::npos);
  // Empty values stay empty fields, so every line has the header's columns.
  const std::string undated = line_with(edges, "ev-4.0");
  CHECK(std::count(undated.begin(), undated.end(), ',') ==
        std::count(edges.begin(), edges.begin() + edges.find('\n'), ','));
}
