#include "model/event.h"

#include <cstdint>

namespace ag {

std::string_view to_string(ActorKind k) {
  switch (k) {
    case ActorKind::person: return "person";
    case ActorKind::country: return "country";
    case ActorKind::organization: return "organization";
  }
  return "person";
}

bool parse_actor_kind(std::string_view s, ActorKind& out) {
  if (s == "person") out = ActorKind::person;
  else if (s == "country") out = ActorKind::country;
  else if (s == "organization") out = ActorKind::organization;
  else return false;
  return true;
}

const Actor* Event::participant(std::string_view actor_id) const {
  for (const Actor& a : participants)
    if (a.id == actor_id) return &a;
  return nullptr;
}

std::string cameo_code(std::string_view type, std::string_view status, InitiatorRole role) {
  if (status == "planned") return "036";
  if (type == event_type::phone_call) return "041";
  if (type == event_type::mediation) return "045";
  if (role == InitiatorRole::host) return "043";
  if (role == InitiatorRole::visitor) return "042";
  return "040";
}

std::string stable_id(std::string_view key) {
  // FNV-1a. Eight bytes a round: the loop's own count and branch were half the instructions
  // of a byte's step (a key is a document name, an offset, a type and participant ids).
  constexpr std::uint64_t kPrime = 1099511628211ull;
  std::uint64_t h = 1469598103934665603ull;
  const auto* p = reinterpret_cast<const unsigned char*>(key.data());
  const std::size_t n = key.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ p[i]) * kPrime;
    h = (h ^ p[i + 1]) * kPrime;
    h = (h ^ p[i + 2]) * kPrime;
    h = (h ^ p[i + 3]) * kPrime;
    h = (h ^ p[i + 4]) * kPrime;
    h = (h ^ p[i + 5]) * kPrime;
    h = (h ^ p[i + 6]) * kPrime;
    h = (h ^ p[i + 7]) * kPrime;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * kPrime;
  // 64 bits: a million events must not collide (32 bits would give ~100 collisions).
  // Sixteen lower-case hex digits, written by hand: snprintf("%016llx") cost more than the hash.
  static const char kHex[] = "0123456789abcdef";
  std::string id(3 + 16, '0');
  id[0] = 'e', id[1] = 'v', id[2] = '-';
  for (int i = 18; i >= 3; --i, h >>= 4) id[i] = kHex[h & 0xF];
  return id;
}

}  // namespace ag
