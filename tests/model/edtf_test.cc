#include "model/edtf.h"

#include <catch2/catch.hpp>

using namespace ag;

TEST_CASE("EDTF strings round-trip in the four contract forms", "[model][edtf]") {
  for (const char* s : {"2024-04-03", "2024-06", "2020", "XXXX-12-14"}) {
    auto d = parse_edtf(s);
    REQUIRE(d);
    CHECK(to_edtf(*d) == s);
  }
}

TEST_CASE("to_edtf pads every part and keeps out-of-range parts whole", "[model][edtf]") {
  CHECK(to_edtf(Date{}) == "");
  CHECK(to_edtf(Date{5, 1, 2}) == "0005-01-02");
  CHECK(to_edtf(Date{987, 0, 0}) == "0987");
  CHECK(to_edtf(Date{2024, 7, 0}) == "2024-07");
  CHECK(to_edtf(Date{0, 3, 0}) == "XXXX-03-00");
  CHECK(to_edtf(Date{12345, 6, 7}) == "12345-06-07");
  CHECK(to_edtf(Date{-44, 3, 15}) == "-044-03-15");
}

TEST_CASE("EDTF rejects malformed and impossible dates", "[model][edtf]") {
  for (const char* s : {"", "2024-13", "2024-02-30", "24-01-01", "XXXX-12", "2024/01/01", "abcd", "0000"})
    CHECK_FALSE(parse_edtf(s));
  CHECK(parse_edtf("2024-02-29"));
  CHECK_FALSE(parse_edtf("2023-02-29"));
  CHECK(parse_edtf("XXXX-02-29"));
}

TEST_CASE("calendar arithmetic", "[model][edtf]") {
  Date d{2024, 9, 17};
  CHECK(weekday(d) == 1);  // a Tuesday
  CHECK(to_edtf(add_days(d, -1)) == "2024-09-16");
  CHECK(to_edtf(add_days(Date{2025, 1, 2}, -5)) == "2024-12-28");
  CHECK(to_edtf(add_days(Date{2024, 2, 28}, 1)) == "2024-02-29");
}

TEST_CASE("compatible dates", "[model][edtf]") {
  CHECK(compatible(Date{2024, 4, 3}, Date{2024, 4, 0}));
  CHECK(compatible(Date{0, 12, 14}, Date{2021, 12, 14}));
  CHECK_FALSE(compatible(Date{2024, 4, 3}, Date{2024, 4, 5}));
  CHECK(compatible(Date{}, Date{2024, 4, 5}));
  long a, b;
  REQUIRE(day_range(Date{2024, 2, 0}, a, b));
  CHECK(b - a == 28);
  CHECK_FALSE(day_range(Date{0, 2, 3}, a, b));
}
