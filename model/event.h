#pragma once
// The event model: one interaction between political actors, as the JSON Lines contract
// (shared/spec/events.md) describes it. Extraction produces these; the graph consumes them.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ag {

enum class ActorKind { person, country, organization };

std::string_view to_string(ActorKind k);
// Parses "person" / "country" / "organization"; false for anything else.
bool parse_actor_kind(std::string_view s, ActorKind& out);

// One participant as the event names it. `id` is canonical and stable across runs.
struct Actor {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::person;
  std::string country;  // ISO 3166-1 alpha-3, empty when unknown
  std::string role;     // office held at the event's date, e.g. "head_of_state:AZE"; may be empty
};

// One document reporting an event, with the evidence sentence. Offsets count Unicode
// code points in the document's normalized (NFC) text.
// A further sentence of the same document that reports or goes on describing the event.
struct Evidence {
  std::string sentence;
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Source {
  std::string document;
  std::string published;  // EDTF, empty when unknown
  std::string sentence;
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<Evidence> evidence;  // written as "evidence" (an extra field) when not empty
};

// Event types of the contract; other types may be added.
namespace event_type {
inline constexpr std::string_view phone_call = "phone_call";
inline constexpr std::string_view meeting = "meeting";
inline constexpr std::string_view mediation = "mediation";
}  // namespace event_type

struct Event {
  std::string id;
  std::string type;
  std::vector<Actor> participants;
  std::string initiator;  // actor id, empty for null
  std::string mediator;   // actor id, empty for null
  std::string date;       // EDTF, empty for null
  std::string status = "occurred";  // "occurred" or "planned"
  std::vector<std::string> topics;
  std::vector<std::string> subjects;
  std::string place;  // empty for null
  std::vector<Source> sources;
  std::string cameo;
  double confidence = 0.0;

  // The participant with this id, or nullptr.
  const Actor* participant(std::string_view actor_id) const;
};

// How the initiator took part in a meeting, for its CAMEO code.
enum class InitiatorRole { none, host, visitor, caller };

// The CAMEO code of an event: planned 036; phone_call 041; mediation 045; meeting 043 when
// the initiator hosted, 042 when the initiator visited, else 040.
std::string cameo_code(std::string_view type, std::string_view status, InitiatorRole role);

// A stable id: "ev-" and the 16 hex digits of a 64-bit FNV-1a hash of `key`, started from
// the offset basis 1469598103934665603 (one digit short of the published one; ids already
// written depend on it, so it is kept: see graph/unique.h).
std::string stable_id(std::string_view key);

}  // namespace ag
