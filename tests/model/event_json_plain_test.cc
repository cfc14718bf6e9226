// parse_event_line reads plain lines in one pass and leaves the rest to rapidjson's DOM:
// both must give the same event, or the same error, for any line.
#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "model/event_json.h"

using namespace ag;

namespace {

// The result of a parse as text: the event written back (and its exact confidence), or
// the error.
std::string outcome(Event (*parse)(std::string_view), const std::string& line) {
  try {
    const Event e = parse(line);
    std::string out = to_json_line(e);
    // Fields to_json_line rounds or leaves out.
    out += " confidence=" + std::to_string(e.confidence) + " raw=" + std::to_string(e.confidence == 0.64);
    for (const Source& s : e.sources) out += " start=" + std::to_string(s.start) + " end=" + std::to_string(s.end);
    return out;
  } catch (const EventParseError& err) {
    return std::string("error: ") + err.what();
  }
}

std::vector<std::string> base_lines() {
  std::vector<std::string> lines;
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/tests/golden/events.jsonl");
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  lines.push_back(
      R"({"id":"ev-1","type":"meeting","participants":[{"id":"a","name":"A","kind":"country","country":"FRA","role":"x:FRA"},"b"],)"
      R"("initiator":"a","mediator":null,"date":"2024-04","status":"planned","topics":["t1",2,"t2"],"subjects":[],)"
      R"("place":"Paris \"centre\"\/\n","sources":[{"document":"d","published":"2024-04-02","sentence":"s\\t","start":3,)"
      R"("end":18446744073709551615,"evidence":[{"sentence":"e","start":1.5,"end":-2},7]},null],"cameo":"036",)"
      R"("confidence":0.64,"extra":{"deep":[[[{"x":true,"y":false,"z":-1.5}]]]}})");
  return lines;
}

}  // namespace

TEST_CASE("plain event lines are read in one pass", "[model][json]") {
  for (const std::string& line : base_lines()) {
    INFO(line);
    // \u escapes (the golden file's control characters and bidi marks) are left to the DOM.
    CHECK(detail::plain_event_line(line) == (line.find("\\u") == std::string::npos));
  }
}

TEST_CASE("the one-pass reader and the DOM agree on every line, broken or not", "[model][json]") {
  // Each base line, then thousands of mutations of it: bytes deleted, and JSON fragments
  // inserted (repeated fields, escapes, nulls, numbers of every form, nesting).
  const std::vector<std::string> inserts = {
      "\"", "\\", "{", "}", "[", "]", ",", ":", "null", "0", "-0", "01", "1.", "1e", "1E+2", "-", "\\u0041",
      "\\u00e9", "\\n", "\\x", "\x01", " ", "\"type\":\"meeting\",", "\"participants\":[\"x\",\"y\"],",
      "\"participants\":3,", "\"id\":7,", "\"date\":\"2024-13\",", "\"confidence\":\"high\",", "\"start\":99,",
      "\"confidence\":1e400,", "\"confidence\":1e2,", "\"end\":1234567890123456789012345678901234567890123,", "true", "\"kind\":\"country\",", "\"evidence\":[{}],", "[[[[", "\xC3\xA9", "\xFF"};
  std::mt19937 rng(7);
  std::size_t plain = 0, cases = 0;
  for (const std::string& base : base_lines()) {
    for (int i = 0; i < 600; ++i) {
      std::string line = base;
      const std::size_t at = rng() % (line.size() + 1);
      if (rng() % 3 == 0) line.erase(at, 1 + rng() % 3);
      else line.insert(at, inserts[rng() % inserts.size()]);
      INFO(line);
      CHECK(outcome(parse_event_line, line) == outcome(detail::parse_event_line_dom, line));
      plain += detail::plain_event_line(line);
      ++cases;
    }
  }
  // Both paths were exercised.
  CHECK(plain > cases / 10);
  CHECK(plain < cases);
}

TEST_CASE("plain reader keeps lists at their exact size", "[event_json]") {
  // Three participants or topics grown one by one would leave room for four: a million
  // events read for `build` carried 53 MB of such spare room.
  const Event e = parse_event_line(
      R"({"type":"meeting","participants":[{"id":"a"},{"id":"b"},"c"],"topics":["t1","t2","t3"],"subjects":["s"]})");
  REQUIRE(e.participants.size() == 3);
  CHECK(e.participants.capacity() == 3);
  CHECK(e.participants[2].id == "c");
  CHECK(e.topics == std::vector<std::string>{"t1", "t2", "t3"});
  CHECK(e.topics.capacity() == 3);
  CHECK(e.subjects.capacity() == 1);
  // A second line reuses the reader's lists: nothing of the first is left over.
  const Event f = parse_event_line(R"({"type":"meeting","participants":["x","y"],"topics":[]})");
  REQUIRE(f.participants.size() == 2);
  CHECK(f.participants[0].id == "x");
  CHECK(f.topics.empty());
}
