#pragma once
// A small graph for the per-format tests: a phone call with its caller, a mediation of two
// parties, a planned meeting with no stated direction, and a meeting without a date.
#include <string>
#include <vector>

#include "export/export.h"
#include "graph/graph.h"
#include "tests/graph/test_events.h"

namespace ag::test {

inline std::vector<Event> small_events() {
  std::vector<Event> out;
  out.push_back(event("ev-1", "phone_call", {"macron", "putin"}, "2024-03-05"));
  out.back().initiator = "macron";
  out.back().topics = {"energy"};
  out.push_back(event("ev-2", "mediation", {"aliyev", "pashinyan", "eu"}, "2024-05"));
  out.back().mediator = "eu";
  out.back().participants[2].kind = ActorKind::organization;
  out.back().participants[2].name = "Union européenne";
  out.back().topics = {"peace_process", "borders"};
  out.back().subjects = {"Karabakh"};
  out.back().sources[0].sentence = "Sous l'égide de l'UE, Aliyev et Pachinian, \"enfin\", se sont vus.";
  out.push_back(event("ev-3", "meeting", {"macron", "aliyev"}, "2024-06-10"));
  out.back().status = "planned";
  out.push_back(event("ev-4", "meeting", {"france", "putin"}));
  out.back().participants[0].kind = ActorKind::country;
  return out;
}

inline std::string render_small(exporters::Format f) {
  const graph::ActorGraph g(small_events());
  return exporters::render(f, g);
}

// The line of `text` holding `needle` (empty when none).
inline std::string line_with(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  if (at == std::string::npos) return "";
  const std::size_t b = text.rfind('\n', at) + 1;  // npos + 1 == 0
  const std::size_t e = text.find('\n', at);
  return text.substr(b, e == std::string::npos ? std::string::npos : e - b);
}

}  // namespace ag::test
