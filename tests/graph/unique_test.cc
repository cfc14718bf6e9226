// Hashing and uniqueness of short strings (graph/unique.cc).
#include <catch2/catch.hpp>

#include "graph/unique.h"

using namespace ag::graph::detail;

namespace {

std::vector<std::string> made_unique(std::vector<std::string> v) {
  make_unique(v.size(), [&](std::size_t i) -> std::string& { return v[i]; });
  return v;
}

}  // namespace

TEST_CASE("hash64 is FNV-1a's step from actorgraph's offset basis", "[graph][unique]") {
  CHECK(hash64("") == 1469598103934665603ull);
  CHECK(hash64("a") == 0x44bd8ad473cd9906ull);  // (basis ^ 'a') * 1099511628211 mod 2^64
  CHECK(hash64("foobar") == 0x88fad7c0a8ff07f2ull);
  // Hashing on from a hash is hashing the concatenation (dedup.cc chains fields this way).
  CHECK(hash64("bar", hash64("foo")) == hash64("foobar"));
  CHECK(hash64("ab") != hash64("ba"));
}

TEST_CASE("unique strings are left alone", "[graph][unique]") {
  CHECK(made_unique({"a", "b", "c"}) == std::vector<std::string>{"a", "b", "c"});
  CHECK(made_unique({}).empty());
}

TEST_CASE("repeats get -2, -3 in order, skipping names already taken", "[graph][unique]") {
  CHECK(made_unique({"x", "y", "x", "x"}) == std::vector<std::string>{"x", "y", "x-2", "x-3"});
  // "x-2" is someone's own name: the repeat of x takes x-3.
  CHECK(made_unique({"x", "x-2", "x"}) == std::vector<std::string>{"x", "x-2", "x-3"});
  CHECK(made_unique({"x", "x", "x-2"}) == std::vector<std::string>{"x", "x-3", "x-2"});
}
