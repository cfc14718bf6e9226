#pragma once
// The visual conventions shared by every format: colours by actor kind and event type
// (Tableau 10 palette), node shapes by kind, dashed edges for planned events.
#include <cstdint>
#include <string_view>

#include "model/event.h"

namespace ag::exporters {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0;
  std::string_view hex;  // "#rrggbb"
};

// person blue, country green, organization orange.
Color kind_color(ActorKind kind);
// phone_call red, meeting teal, mediation purple, anything else brown.
Color type_color(std::string_view type);

// Graphviz shape: person ellipse, country box, organization hexagon.
std::string_view dot_shape(ActorKind kind);
// GEXF viz:shape: person disc, country square, organization diamond.
std::string_view gexf_shape(ActorKind kind);

}  // namespace ag::exporters
