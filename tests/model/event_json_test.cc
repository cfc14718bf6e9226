#include "model/event_json.h"

#include <catch2/catch.hpp>
#include <string>

using namespace ag;

namespace {
Event sample_event() {
  Event e;
  e.id = "ev-00000001";
  e.type = "phone_call";
  e.participants = {{"ilham-aliyev", "Ilham Aliyev", ActorKind::person, "AZE", ""},
                    {"antony-blinken", "Antony Blinken", ActorKind::person, "USA", ""}};
  e.initiator = "antony-blinken";
  e.date = "2024-04-03";
  e.topics = {"peace_process"};
  e.sources = {{"samples/x.txt", "2024-04-03", "Il a dit \"oui\".", 3, 17, {}}};
  e.cameo = "041";
  e.confidence = 0.9;
  return e;
}
}  // namespace

TEST_CASE("an event is written in the contract's field order with nulls", "[model][json]") {
  const std::string line = to_json_line(sample_event());
  CHECK(line.rfind(R"({"id":"ev-00000001","type":"phone_call","participants":[{"id":"ilham-aliyev")", 0) == 0);
  CHECK(line.find(R"("mediator":null)") != std::string::npos);
  CHECK(line.find(R"("place":null)") != std::string::npos);
  CHECK(line.find(R"("confidence":0.90})") != std::string::npos);
  CHECK(line.find('\n') == std::string::npos);
}

TEST_CASE("an event survives a write-read round trip", "[model][json]") {
  Event e = sample_event();
  Event back = parse_event_line(to_json_line(e));
  CHECK(to_json_line(back) == to_json_line(e));
  CHECK(looks_like_event_line(to_json_line(e)));
  CHECK_FALSE(looks_like_event_line(R"({"id":"d1","text":"Bonjour"})"));
}

TEST_CASE("invalid event lines give a reason", "[model][json]") {
  CHECK_THROWS_AS(parse_event_line("{"), EventParseError);
  CHECK_THROWS_AS(parse_event_line("[1,2]"), EventParseError);
  CHECK_THROWS_WITH(parse_event_line(R"({"type":"meeting","participants":[{"id":"a"}]})"),
                    "fewer than two participants");
  CHECK_THROWS_WITH(parse_event_line(R"({"type":"meeting","participants":[{"id":"a"},{"id":"b"}],"date":"2024-13"})"),
                    Catch::Contains("not EDTF"));
  // Deep nesting must not overflow the stack.
  std::string deep(200000, '[');
  CHECK_THROWS_AS(parse_event_line(deep), EventParseError);
}
