#include "export/style.h"

namespace ag::exporters {

Color kind_color(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return {0x4e, 0x79, 0xa7, "#4e79a7"};
    case ActorKind::country: return {0x59, 0xa1, 0x4f, "#59a14f"};
    case ActorKind::organization: return {0xf2, 0x8e, 0x2b, "#f28e2b"};
  }
  return {0x4e, 0x79, 0xa7, "#4e79a7"};
}

Color type_color(std::string_view type) {
  if (type == event_type::phone_call) return {0xe1, 0x57, 0x59, "#e15759"};
  if (type == event_type::meeting) return {0x76, 0xb7, 0xb2, "#76b7b2"};
  if (type == event_type::mediation) return {0xb0, 0x7a, 0xa1, "#b07aa1"};
  return {0x9c, 0x75, 0x5f, "#9c755f"};
}

std::string_view dot_shape(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return "ellipse";
    case ActorKind::country: return "box";
    case ActorKind::organization: return "hexagon";
  }
  return "ellipse";
}

std::string_view gexf_shape(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return "disc";
    case ActorKind::country: return "square";
    case ActorKind::organization: return "diamond";
  }
  return "disc";
}

}  // namespace ag::exporters
