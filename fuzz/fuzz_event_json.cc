// The events-file reader: bytes -> parse_event_line. Whatever the line, it parses or throws
// EventParseError; a parsed event written back with to_json_line is strict JSON (valid
// UTF-8) that parses again to the same bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "model/event_json.h"

using namespace ag;
using namespace ag::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const bool looks = looks_like_event_line(line);
  Event e;
  try {
    e = parse_event_line(line);
  } catch (const EventParseError& err) {
    AG_FUZZ_CHECK(*err.what() != '\0', "EventParseError without a reason");
    return 0;
  }
  AG_FUZZ_CHECK(looks, "a parsed event line was not recognized as one");
  AG_FUZZ_CHECK(e.participants.size() >= 2, "parsed event with fewer than two participants");

  const std::string first = to_json_line(e);
  AG_FUZZ_CHECK(first.find('\n') == std::string::npos, first);
  AG_FUZZ_CHECK(strict_json(first), first);
  AG_FUZZ_CHECK(looks_like_event_line(first), first);
  Event again;
  try {
    again = parse_event_line(first);
  } catch (const EventParseError& err) {
    fail("a written event does not parse back", std::string(err.what()) + ": " + first);
  }
  AG_FUZZ_CHECK(to_json_line(again) == first, first);
  return 0;
}
