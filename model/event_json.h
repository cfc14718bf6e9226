#pragma once
// The JSON Lines form of events (shared/spec/events.md): writing, and reading back
// events files that this program or another tool wrote.
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/event.h"

namespace ag {

// Thrown when a line is not a valid event record; what() says what is wrong.
class EventParseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One event as a single-line JSON object, fields in the contract's order, no trailing
// newline. Deterministic: the same event gives the same bytes.
std::string to_json_line(const Event& e);
// The same line appended to `out` (no newline): no allocation once `out` has room.
void append_json_line(std::string& out, const Event& e);

// Parses one JSON object line into an event. Throws EventParseError when the line is not
// JSON, not an object, or lacks `type` or at least two `participants` with an `id`.
// Survives arbitrarily deep nesting (iterative parser) and huge lines.
Event parse_event_line(std::string_view line);

// Whether a JSON line looks like an event record (has "type" and "participants") rather
// than a corpus document; used to tell events files from corpora by their content.
bool looks_like_event_line(std::string_view line);

namespace detail {
// For tests: parse_event_line through rapidjson's DOM only (what parse_event_line falls
// back on), and whether parse_event_line's one-pass reader takes `line` itself.
Event parse_event_line_dom(std::string_view line);
bool plain_event_line(std::string_view line);
}  // namespace detail

}  // namespace ag
