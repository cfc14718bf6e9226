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

// `n` reports of interactions among 150 actors over two years, most interactions reported
// several times with full, partial or missing dates, some reports sharing an id: enough
// events for the parallel paths of deduplication and graph building (thousands per thread).
inline std::vector<Event> many_reports(std::size_t n, unsigned seed = 1) {
  std::vector<Event> out;
  unsigned x = seed;
  auto next = [&x](unsigned m) {
    x = x * 1103515245u + 12345u;
    return (x >> 8) % m;
  };
  const char* types[] = {"phone_call", "meeting", "mediation"};
  while (out.size() < n) {
    const std::string type = types[next(3)];
    std::vector<std::string> ids = {"actor-" + std::to_string(next(150)), "actor-" + std::to_string(next(150))};
    if (type == "mediation") ids.push_back("actor-" + std::to_string(next(150)));
    char date[16];
    std::snprintf(date, sizeof date, "%04u-%02u-%02u", 2023 + next(2), 1 + next(12), 1 + next(28));
    const unsigned reports = 1 + next(4);
    for (unsigned r = 0; r < reports && out.size() < n; ++r) {
      const std::string d = next(10) == 0 ? std::string(date, 7) : next(20) == 0 ? std::string() : std::string(date);
      const std::string id = next(50) == 0 ? "ev-shared" : "ev-" + std::to_string(out.size());
      Event e = event(id, type, ids, d, "doc-" + std::to_string(next(100000)) + ".txt", date);
      if (type == "mediation") e.mediator = ids.back();
      if (next(2)) e.initiator = ids.front();
      e.topics = {next(2) ? "energy" : "climate"};
      out.push_back(std::move(e));
    }
  }
  return out;
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
