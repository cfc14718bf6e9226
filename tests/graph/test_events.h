#pragma once
// Hand-made events for the graph and export tests.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/event.h"
#include "model/event_json.h"

namespace ag::test {

inline Actor actor(const std::string& id, const std::string& name = "", ActorKind kind = ActorKind::person,
                   const std::string& country = "") {
  Actor a;
  a.id = id;
  a.name = name.empty() ? id : name;
  a.kind = kind;
  a.country = country;
  return a;
}

inline Source source(const std::string& document, const std::string& published = "",
                     const std::string& sentence = "A sentence.", std::size_t start = 0) {
  Source s;
  s.document = document;
  s.published = published;
  s.sentence = sentence;
  s.start = start;
  s.end = start + sentence.size();
  return s;
}

// An event of `type` between `ids` (plain actors named after their ids).
inline Event event(const std::string& id, const std::string& type, const std::vector<std::string>& ids,
                   const std::string& date = "", const std::string& document = "doc.txt",
                   const std::string& published = "") {
  Event e;
  e.id = id;
  e.type = type;
  for (const auto& a : ids) e.participants.push_back(actor(a));
  e.date = date;
  e.sources.push_back(source(document, published));
  e.cameo = type == "phone_call" ? "041" : type == "mediation" ? "045" : "040";
  e.confidence = 0.5;
  return e;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Events of a JSON Lines file (empty lines skipped).
inline std::vector<Event> read_events(const std::string& path) {
  std::vector<Event> out;
  std::istringstream in(read_file(path));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(parse_event_line(line));
  return out;
}

inline const char* golden_dir() { return AG_SOURCE_DIR "/tests/golden"; }

}  // namespace ag::test
