#include "export/escape.h"

#include <catch2/catch.hpp>

using namespace ag::exporters;

namespace {

template <class F>
std::string esc(F f, std::string_view s) {
  std::string out;
  f(out, s);
  return out;
}

}  // namespace

TEST_CASE("XML escaping", "[export]") {
  REQUIRE(esc(append_xml, "plain text") == "plain text");
  REQUIRE(esc(append_xml, "a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d'");
  REQUIRE(esc(append_xml, "tab\there\nline\rcr") == "tab&#9;here&#10;line&#13;cr");
  REQUIRE(esc(append_xml, std::string("nul\0bell\x07vt\x0b", 13)) == "nulbellvt");
  REQUIRE(esc(append_xml, "émoji 🌍 \u202bعربي\u202c") == "émoji 🌍 \u202bعربي\u202c");
  REQUIRE(esc(append_xml, "bad \xff byte") == "bad \xEF\xBF\xBD byte");
  REQUIRE(esc(append_xml, "cut \xE2\x82") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
  REQUIRE(esc(append_xml, "\xEF\xBF\xBE") == "\xEF\xBF\xBD");          // U+FFFE
  REQUIRE(esc(append_xml, "\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  REQUIRE(esc(append_xml, "\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
}

TEST_CASE("JSON escaping", "[export]") {
  REQUIRE(esc(append_json, "say \"hi\" \\ now") == "say \\\"hi\\\" \\\\ now");
  REQUIRE(esc(append_json, "a\nb\tc\rd") == "a\\nb\\tc\\rd");
  REQUIRE(esc(append_json, "x\x01y") == "xy");
  REQUIRE(esc(append_json, "line\u2028sep") == "line\\u2028sep");
  REQUIRE(esc(append_json, "<&>/") == "<&>/");
}

TEST_CASE("DOT escaping", "[export]") {
  REQUIRE(esc(append_dot, "Jean \"Le Boss\"") == "Jean \\\"Le Boss\\\"");
  REQUIRE(esc(append_dot, "back\\slash\\") == "back\\\\slash\\\\");
  REQUIRE(esc(append_dot, "a\\N b") == "a\\\\N b");
  REQUIRE(esc(append_dot, "A & B") == "A &amp; B");
  REQUIRE(esc(append_dot, "one\ntwo\r\nthree\rfour\tfive") == "one\\ntwo\\nthree\\nfour five");
  REQUIRE(esc(append_dot, "<html>") == "<html>");
}

TEST_CASE("two-byte characters pass as they are; broken ones are replaced", "[export]") {
  // U+0080 and U+07FF (the ends of the two-byte range), a lead byte before ASCII or before
  // another lead, and a continuation byte alone.
  for (auto f : {append_xml, append_json, append_dot}) {
    REQUIRE(esc(f, "\xC2\x80 \xDF\xBF") == "\xC2\x80 \xDF\xBF");
    REQUIRE(esc(f,
                "\xC3"
                "A") ==
            "\xEF\xBF\xBD"
            "A");
    REQUIRE(esc(f, "\xC3\xC3\xA9") == "\xEF\xBF\xBD\xC3\xA9");
    REQUIRE(esc(f, "\xA9x") == "\xEF\xBF\xBDx");
    REQUIRE(esc(f, "\xC1\xBF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  }
}

TEST_CASE("DOT text is cut after its limit in code points, not bytes", "[export]") {
  auto limited = [](std::string_view s, std::size_t max) {
    std::string out;
    append_dot_limited(out, s, max);
    return out;
  };
  REQUIRE(limited("abc", 3) == "abc");
  REQUIRE(limited("abcd", 3) == "abc\xE2\x80\xA6");
  REQUIRE(limited("\xC3\xA9t\xC3\xA9", 3) == "\xC3\xA9t\xC3\xA9");  // 5 bytes, 3 code points
  REQUIRE(limited("\xC3\xA9t\xC3\xA9s", 3) == "\xC3\xA9t\xC3\xA9\xE2\x80\xA6");
  REQUIRE(limited("a\"b", 2) == "a\\\"\xE2\x80\xA6");  // the limit counts text, not escapes
  REQUIRE(limited("", 0) == "");
}

TEST_CASE("CSV fields", "[export]") {
  REQUIRE(esc(append_csv, "plain") == "plain");
  REQUIRE(esc(append_csv, "a,b") == "\"a,b\"");
  REQUIRE(esc(append_csv, "say \"x\"") == "\"say \"\"x\"\"\"");
  REQUIRE(esc(append_csv, "two\nlines") == "\"two\nlines\"");
  REQUIRE(esc(append_csv, " padded") == "\" padded\"");
  REQUIRE(esc(append_csv, "") == "");
  // Cleaning comes first: dropped controls and replaced bytes, then quotes when what is
  // left needs them (at any place in a long text).
  REQUIRE(esc(append_csv, "a\x01,b") == "\"a,b\"");
  REQUIRE(esc(append_csv, "\x01 lead") == "\" lead\"");
  REQUIRE(esc(append_csv, "tail\t") == "\"tail\t\"");
  REQUIRE(esc(append_csv, "in\tside") == "in\tside");
  REQUIRE(esc(append_csv, "\"") == "\"\"\"\"");
  REQUIRE(esc(append_csv, "\xff,x") == "\"\xEF\xBF\xBD,x\"");
  REQUIRE(esc(append_csv, "cr\rhere") == "\"cr\rhere\"");
  const std::string pad(40, 'p');
  REQUIRE(esc(append_csv, pad + "\"q\"" + pad) == "\"" + pad + "\"\"q\"\"" + pad + "\"");
  REQUIRE(esc(append_csv, pad + "\xC3\xA9" + pad) == pad + "\xC3\xA9" + pad);
  std::string out = "kept,";
  append_csv(out, "x,y");
  REQUIRE(out == "kept,\"x,y\"");
}

TEST_CASE("display text and labels are never empty", "[export]") {
  REQUIRE(display_text("  two\n\tlines  here ") == "two lines here");
  REQUIRE(display_text("\x01\x02") == "");
  REQUIRE(label_text("\x01", "the-id") == "the-id");
  REQUIRE(label_text("", "") == "?");
  REQUIRE(label_text("Ilham  Aliyev", "x") == "Ilham Aliyev");
}

TEST_CASE("numbers have fixed forms", "[export]") {
  std::string s;
  append_uint(s, 0);
  s += ' ';
  append_uint(s, 18446744073709551615ull);
  s += ' ';
  append_fixed2(s, 0.926);
  s += ' ';
  append_fixed2(s, -1);
  s += ' ';
  append_fixed2(s, 1);
  REQUIRE(s == "0 18446744073709551615 0.93 0.00 1.00");
}

TEST_CASE("escaping does not depend on where a character falls in an eight-byte window", "[export]") {
  // Texts are scanned eight bytes at a time; a special character, a control, a multi-byte
  // character or an invalid byte at any offset is escaped as it is alone (short texts are
  // read byte by byte).
  using Append = void (*)(std::string&, std::string_view);
  const Append appends[] = {append_xml, append_json, append_dot};
  const std::string pad = "abcdefghijklmnopqrstuvwxyz";
  std::vector<std::string> pieces;
  for (int c = 1; c < 0x80; ++c) pieces.emplace_back(1, static_cast<char>(c));
  for (const char* p : {"\xC3\xA9", "\xE2\x80\xA8", "\xF0\x9F\x8C\x8D", "\xFF", "\xC3", "\xEF\xBF\xBE"}) pieces.emplace_back(p);
  for (Append f : appends) {
    for (const std::string& piece : pieces) {
      if (piece == "\r") continue;  // DOT reads CR with the byte after it
      for (std::size_t at = 0; at < 17; ++at) {
        const std::string text = pad.substr(0, at) + piece + pad.substr(0, 17 - at);
        INFO("piece " << static_cast<int>(static_cast<unsigned char>(piece[0])) << " at " << at);
        CHECK(esc(f, text) == pad.substr(0, at) + esc(f, piece) + pad.substr(0, 17 - at));
      }
    }
  }
}
