// The shared visual conventions (export/style.cc).
#include <cstdio>

#include <catch2/catch.hpp>

#include "export/style.h"

using namespace ag;
using namespace ag::exporters;

namespace {

std::string hex_of(const Color& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

}  // namespace

TEST_CASE("a colour's hex text is its components", "[export][style]") {
  for (ActorKind k : {ActorKind::person, ActorKind::country, ActorKind::organization})
    CHECK(hex_of(kind_color(k)) == kind_color(k).hex);
  for (const char* t : {"phone_call", "meeting", "mediation", "other"}) CHECK(hex_of(type_color(t)) == type_color(t).hex);
}

TEST_CASE("kinds and types are told apart", "[export][style]") {
  CHECK(kind_color(ActorKind::person).hex != kind_color(ActorKind::country).hex);
  CHECK(kind_color(ActorKind::country).hex != kind_color(ActorKind::organization).hex);
  CHECK(type_color("phone_call").hex != type_color("meeting").hex);
  CHECK(type_color("meeting").hex != type_color("mediation").hex);
  CHECK(type_color("something_else").hex == "#9c755f");
  CHECK(dot_shape(ActorKind::country) == "box");
  CHECK(dot_shape(ActorKind::organization) == "hexagon");
  CHECK(gexf_shape(ActorKind::person) == "disc");
  CHECK(gexf_shape(ActorKind::organization) == "diamond");
}
