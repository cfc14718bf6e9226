// Chunked output (export/sink.cc).
#include <vector>

#include <catch2/catch.hpp>

#include "export/sink.h"

using namespace ag::exporters;

TEST_CASE("a chunk goes to the sink once it is full, the rest at flush, in order", "[export][sink]") {
  std::vector<std::string> pieces;
  const Sink sink = [&](std::string_view s) { pieces.emplace_back(s); };
  ChunkedOutput out(sink, 8);
  out.buffer() += "abcde";
  out.maybe_flush();
  CHECK(pieces.empty());
  out.buffer() += "fghij";
  out.maybe_flush();
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0] == "abcdefghij");
  CHECK(out.buffer().empty());
  out.buffer() += "k";
  out.flush();
  out.flush();  // nothing left: no empty piece
  REQUIRE(pieces.size() == 2);
  CHECK(pieces[1] == "k");
}

TEST_CASE("string_sink appends", "[export][sink]") {
  std::string all = "x";
  const Sink sink = string_sink(all);
  sink("ab");
  sink("");
  sink("c");
  CHECK(all == "xabc");
}

TEST_CASE("an exception from the sink goes through", "[export][sink]") {
  const Sink sink = [](std::string_view) { throw std::runtime_error("disk full"); };
  ChunkedOutput out(sink, 4);
  out.buffer() += "abcdef";
  CHECK_THROWS_AS(out.maybe_flush(), std::runtime_error);
}
