// Events lines from elsewhere: what the reader refuses, and what the writer never produces.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>

#include "model/event_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

using namespace ag;

namespace {

Event two_party_event() {
  Event e;
  e.id = "ev-1";
  e.type = "meeting";
  e.participants = {{"a", "A", ActorKind::person, "", ""}, {"b", "B", ActorKind::country, "FRA", ""}};
  return e;
}

}  // namespace

TEST_CASE("a line with invalid UTF-8 is refused with a reason", "[model][json]") {
  const std::string line = "{\"type\":\"meeting\",\"participants\":[\"a\",\"b\"],\"place\":\"Par\xE9s\"}";
  try {
    parse_event_line(line);
    FAIL("parsed a line with invalid UTF-8");
  } catch (const EventParseError& e) {
    CHECK(std::string(e.what()).find("encoding") != std::string::npos);
  }
}

TEST_CASE("written events are valid UTF-8 whatever their strings hold", "[model][json]") {
  Event e = two_party_event();
  e.sources = {{"doc\xFF.txt", "", "cut \xC3", 0, 4, {}}};
  e.participants[0].name = "Ren\xE9";
  const std::string line = to_json_line(e);
  CHECK(line.find("doc\xEF\xBF\xBD.txt") != std::string::npos);
  CHECK(line.find("cut \xEF\xBF\xBD") != std::string::npos);
  CHECK(line.find("Ren\xEF\xBF\xBD") != std::string::npos);
  // Two-byte sequences at the bounds of their leads (C2..DF), and leads without their
  // continuation byte.
  e.participants[1].name = "a\xC3" "Ab\xDF\xBF\xC2\x80\xC1\x80z\xE0";
  CHECK(to_json_line(e).find("a\xEF\xBF\xBD" "Ab\xDF\xBF\xC2\x80\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD\"") !=
        std::string::npos);
  const Event back = parse_event_line(line);  // and it reads back
  CHECK(to_json_line(back) == line);
}

TEST_CASE("strings are escaped exactly as rapidjson's Writer escapes them", "[model][json]") {
  // Every byte value at every position of the first three 16-byte scan windows, inside
  // ASCII text and next to multi-byte characters, also as the string's last byte: what
  // rapidjson's Writer gives for the same text (the writer used before; events files stay
  // byte-identical).
  const std::string pad = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (int b = 0; b < 0x80; ++b) {
    for (std::size_t at = 0; at < 49; ++at) {
      std::string text = pad.substr(0, at) + static_cast<char>(b) + "\xC3\xA9t\xC3\xA9" + pad.substr(0, 17 - at % 17);
      if (b == 0) text = pad.substr(0, at) + std::string(1, '\0') + pad;
      if (at % 3 == 2) text = pad.substr(0, at) + static_cast<char>(b);
      rapidjson::StringBuffer buf;
      rapidjson::Writer<rapidjson::StringBuffer> w(buf);
      w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
      Event e = two_party_event();
      e.place = text;
      const std::string line = to_json_line(e);
      const std::string expected = "\"place\":" + std::string(buf.GetString(), buf.GetSize()) + ",";
      INFO("byte " << b << " at " << at);
      CHECK(line.find(expected) != std::string::npos);
    }
  }
}

TEST_CASE("confidence is written within [0, 1], never -0 or nan", "[model][json]") {
  Event e = two_party_event();
  for (double c : {-0.0, std::numeric_limits<double>::quiet_NaN(), -3.0}) {
    e.confidence = c;
    CHECK(to_json_line(e).find("\"confidence\":0.00}") != std::string::npos);
  }
  e.confidence = std::numeric_limits<double>::infinity();
  CHECK(to_json_line(e).find("\"confidence\":1.00}") != std::string::npos);
  const Event back = parse_event_line(
      "{\"type\":\"meeting\",\"participants\":[\"a\",\"b\"],\"confidence\":-0.0}");
  CHECK(to_json_line(back).find("\"confidence\":0.00}") != std::string::npos);
}

TEST_CASE("huge and deeply nested lines neither crash nor hang the reader", "[model][json]") {
  CHECK_THROWS_AS(parse_event_line(std::string(500000, '[')), EventParseError);
  CHECK_THROWS_AS(parse_event_line(std::string(500000, '{')), EventParseError);
  std::string nested = "{\"type\":\"meeting\",\"participants\":[\"a\",\"b\"],\"x\":";
  for (int i = 0; i < 100000; ++i) nested += "[";
  for (int i = 0; i < 100000; ++i) nested += "]";
  nested += "}";
  CHECK(parse_event_line(nested).participants.size() == 2);
  // A "date" that is not EDTF is named, but not copied whole into the message.
  try {
    parse_event_line("{\"type\":\"meeting\",\"participants\":[\"a\",\"b\"],\"date\":\"" + std::string(100000, '9') + "\"}");
    FAIL("parsed a bad date");
  } catch (const EventParseError& e) {
    CHECK(std::string(e.what()).size() < 200);
  }
}
