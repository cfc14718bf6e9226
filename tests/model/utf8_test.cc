#include "model/utf8.h"

#include <catch2/catch.hpp>
#include <string>

using ag::utf8_decode;
using ag::utf8_sequence;

namespace {

char32_t decode_at(std::string_view s, std::size_t i) {
  return utf8_decode(reinterpret_cast<const unsigned char*>(s.data()) + i, utf8_sequence(s, i));
}

}  // namespace

TEST_CASE("well-formed sequences of every length", "[model][utf8]") {
  const std::string s = "a\u00e9\u20ac\U0001F600";  // a, é, €, 😀
  CHECK(utf8_sequence(s, 0) == 1);
  CHECK(utf8_sequence(s, 1) == 2);
  CHECK(utf8_sequence(s, 3) == 3);
  CHECK(utf8_sequence(s, 6) == 4);
  CHECK(decode_at(s, 0) == U'a');
  CHECK(decode_at(s, 1) == U'\u00e9');
  CHECK(decode_at(s, 3) == U'\u20ac');
  CHECK(decode_at(s, 6) == U'\U0001F600');
  CHECK(decode_at("\xF4\x8F\xBF\xBF", 0) == U'\U0010FFFF');
}

TEST_CASE("ill-formed sequences have length 0", "[model][utf8]") {
  CHECK(utf8_sequence("\x80", 0) == 0);              // a lone continuation byte
  CHECK(utf8_sequence("\xC0\xAF", 0) == 0);          // overlong "/"
  CHECK(utf8_sequence("\xC1\xBF", 0) == 0);          // overlong
  CHECK(utf8_sequence("\xE0\x80\xAF", 0) == 0);      // overlong, three bytes
  CHECK(utf8_sequence("\xF0\x80\x80\xAF", 0) == 0);  // overlong, four bytes
  CHECK(utf8_sequence("\xED\xA0\x80", 0) == 0);      // surrogate U+D800
  CHECK(utf8_sequence("\xF4\x90\x80\x80", 0) == 0);  // above U+10FFFF
  CHECK(utf8_sequence("\xF5\x80\x80\x80", 0) == 0);
  CHECK(utf8_sequence("\xFF", 0) == 0);
  CHECK(utf8_sequence("\xC3", 0) == 0);      // truncated at the end
  CHECK(utf8_sequence("\xE2\x82", 0) == 0);  // truncated at the end
  CHECK(utf8_sequence("\xE2\x82"
                      "a",
                      0) == 0);                  // interrupted
  CHECK(utf8_sequence("\xED\x9F\xBF", 0) == 3);  // U+D7FF, just below the surrogates
}
