// Blocks of the Basic Multilingual Plane filled once, on first use (extract/bmp_blocks.h).
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/bmp_blocks.h"

using ag::extract::BmpBlocks;

TEST_CASE("a block is filled once, from its first code point", "[extract][bmp_blocks]") {
  BmpBlocks blocks;
  std::vector<char32_t> filled;
  auto fill = [&](char32_t first) { filled.push_back(first); };
  blocks.ensure(U'é', fill);
  blocks.ensure(U'a', fill);  // the same block, U+0000..U+00FF
  blocks.ensure(U'\u2019', fill);
  blocks.ensure(U'\u20AC', fill);  // U+2000..U+20FF again
  blocks.ensure(U'\uFFFF', fill);
  CHECK(filled == std::vector<char32_t>{0x0000, 0x2000, 0xFF00});
}

TEST_CASE("threads asking for the same blocks fill each once", "[extract][bmp_blocks]") {
  BmpBlocks blocks;
  std::vector<int> count(0x100, 0);  // written under the blocks' lock only
  auto work = [&] {
    for (char32_t c = 0; c < 0x10000; c += 97) blocks.ensure(c, [&](char32_t first) { ++count[first >> 8]; });
  };
  std::thread a(work), b(work);
  a.join();
  b.join();
  for (int n : count) CHECK(n == 1);
}
