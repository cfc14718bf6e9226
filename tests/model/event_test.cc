#include "model/event.h"

#include <catch2/catch.hpp>

using namespace ag;

// The values are the ones the ids have always had: events files and graphs keep their ids
// across versions.
TEST_CASE("stable_id is ev- and a 64-bit FNV-style hash of the key in sixteen hex digits", "[model][event]") {
  CHECK(stable_id("") == "ev-14650fb0739d0383");  // the offset basis alone
  CHECK(stable_id("a") == "ev-44bd8ad473cd9906");
  CHECK(stable_id("k21400") == "ev-00ad7b484dabc0c3");  // leading zeros kept
  const std::string id = stable_id("2024-06-20|meeting|fr.macron|de.scholz");
  REQUIRE(id.size() == 19);
  CHECK(id.find_first_not_of("0123456789abcdef", 3) == std::string::npos);
  CHECK(stable_id("x") != stable_id("y"));
}
