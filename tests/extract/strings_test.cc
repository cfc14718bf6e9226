#include "extract/strings.h"

#include <catch2/catch.hpp>
#include <string>

using namespace ag::extract;

TEST_CASE("strings: is compares a lexicon string with a name", "[extract][strings]") {
  CHECK(is(std::string("meeting"), "meeting"));
  CHECK_FALSE(is(std::string("meeting"), "meet"));
  CHECK_FALSE(is(std::string(""), "phone_call"));
}

TEST_CASE("strings: has_any_of finds any byte of a set, as find_first_of does", "[extract][strings]") {
  CHECK(has_any_of("a, b; c", ".;:"));
  CHECK(has_any_of("dit \"oui\"", ".;:\""));
  CHECK(has_any_of("fin.", ".;:"));  // the last byte
  CHECK_FALSE(has_any_of("a, b et c", ".;:\""));
  CHECK_FALSE(has_any_of("", ".;:"));
  CHECK_FALSE(has_any_of("abc", ""));
}
