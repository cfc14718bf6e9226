// DOT specifics (export/dot.cc): direction, dashes, labels and tooltips.
#include <catch2/catch.hpp>

#include "tests/export/small_graph.h"

using namespace ag;
using exporters::Format;
using test::line_with;

TEST_CASE("DOT: directed edges keep their arrow, mutual ones have none", "[export][dot]") {
  const std::string out = test::render_small(Format::dot);
  CHECK(out.rfind("digraph actorgraph {", 0) == 0);
  const std::string call = line_with(out, R"(id="ev-1.0")");
  CHECK(call.find(R"("macron" -> "putin")") == 2);
  CHECK(call.find("dir=none") == std::string::npos);
  CHECK(line_with(out, R"(id="ev-2.0")").find(R"("eu" -> "aliyev")") == 2);
  CHECK(line_with(out, R"(id="ev-2.2")").find("dir=none") != std::string::npos);
}

TEST_CASE("DOT: planned events are dashed; labels are type and date on two lines", "[export][dot]") {
  const std::string out = test::render_small(Format::dot);
  const std::string planned = line_with(out, R"(id="ev-3.0")");
  CHECK(planned.find("style=dashed") != std::string::npos);
  CHECK(planned.find(R"(label="meeting\n2024-06-10")") != std::string::npos);
  CHECK(line_with(out, R"(id="ev-1.0")").find("style=dashed") == std::string::npos);
  CHECK(line_with(out, R"(id="ev-4.0")").find(R"(label="meeting",)") != std::string::npos);
}

TEST_CASE("DOT: shapes and fills by kind; the evidence is an escaped tooltip", "[export][dot]") {
  const std::string out = test::render_small(Format::dot);
  CHECK(line_with(out, R"("eu" [)").find(R"(shape=hexagon, fillcolor="#f28e2b")") != std::string::npos);
  CHECK(line_with(out, R"("france" [)").find("shape=box") != std::string::npos);
  CHECK(line_with(out, R"("macron" [)").find("shape=ellipse") != std::string::npos);
  CHECK(line_with(out, R"(id="ev-2.0")").find(R"(tooltip="Sous l'égide de l'UE, Aliyev et Pachinian, \"enfin\", se sont vus.")") !=
        std::string::npos);
}
