#include "graph/memory.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

TEST_CASE("release frees a vector's storage, which assigning {} keeps", "[memory]") {
  std::vector<std::string> v(1000, std::string(40, 'x'));
  v = {};
  CHECK(v.capacity() >= 1000);  // the trap release() avoids
  std::vector<std::string> w(1000, std::string(40, 'x'));
  ag::graph::detail::release(w);
  CHECK(w.empty());
  CHECK(w.capacity() == 0);
  w.push_back("again");  // still usable
  CHECK(w.size() == 1);
}
