#pragma once
// Queries over an ActorGraph (built without aggregation): who an actor interacted with, the
// shortest chain of interactions between two actors, and graph statistics. Results are
// plain structs; printing is the CLI's business.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "model/edtf.h"

namespace ag::graph {

// Which interactions a query looks at. Empty fields accept everything.
struct Filter {
  std::string type;   // event type
  // A topic id the event carries ("climate"), or one of its named subjects ("COP29",
  // "Groupe de Minsk"), compared without ASCII case: users type what they read.
  std::string topic;
  // Kept: events whose possible days overlap [since, until]. When either bound is set,
  // events without a year are left out.
  std::optional<Date> since;
  std::optional<Date> until;

  bool accepts(const ActorGraph& g, const Record& r) const;
  bool empty() const { return type.empty() && topic.empty() && !since && !until; }
};

// The interactions of one actor pair, seen from the actor nearer the query's actor.
struct Tally {
  std::map<std::string, std::size_t> by_type;  // events by type
  std::size_t total = 0;
  std::size_t by_near = 0;    // directed edges from the nearer actor (initiated, mediated)
  std::size_t by_far = 0;     // directed edges from the farther actor
  std::size_t mutual = 0;     // no stated direction
  std::string last_date;      // EDTF of the latest dated event (latest possible day)
  std::vector<std::pair<std::string, std::size_t>> topics;  // by count desc, then id
  std::vector<std::uint32_t> records;  // the events, in record order
};

struct NeighbourRow {
  Vertex actor = 0;
  unsigned distance = 1;     // hops from the query's actor
  std::vector<Vertex> via;   // distance > 1: the actors one hop nearer it interacted with
  Tally tally;               // its interactions with `via` (distance 1: with the actor)
};

// Actors within `depth` hops of `actor` over the accepted interactions (in either
// direction), nearest first, then by number of interactions (desc), then by name.
std::vector<NeighbourRow> neighbours(const ActorGraph& g, Vertex actor, const Filter& filter, unsigned depth);

struct PathStep {
  Vertex from = 0, to = 0;
  std::vector<std::uint32_t> records;  // the accepted events linking them, in record order
};

struct PathResult {
  bool found = false;
  std::vector<Vertex> actors;  // from a to b; just a when a == b
  std::vector<PathStep> steps;
};

// A shortest chain of accepted interactions from `a` to `b` (edges in either direction),
// found by breadth-first search; ties go to lower actor ids.
PathResult shortest_path(const ActorGraph& g, Vertex a, Vertex b, const Filter& filter);

struct ActorStats {
  Vertex actor = 0;
  std::size_t degree = 0;      // interactions: accepted edges touching it (aggregated: their weights)
  std::size_t out_degree = 0;  // of which it initiated (or mediated)
  std::size_t in_degree = 0;   // of which the other side initiated
  std::size_t mutual = 0;      // of which had no stated direction
  std::size_t partners = 0;  // distinct actors it interacted with
  double betweenness = 0;    // normalized, on the simple undirected graph (see stats())
};

struct Stats {
  std::size_t actors = 0;    // actors with at least one accepted interaction
  std::size_t events = 0;    // accepted events
  std::size_t edges = 0;     // accepted edges
  std::size_t pairs = 0;     // distinct interacting actor pairs
  std::size_t components = 0;  // connected components among `actors`
  std::size_t undated = 0;   // accepted events without a year
  std::map<std::string, std::size_t> by_type;    // events
  std::map<std::string, std::size_t> by_kind;    // actors
  std::map<std::string, std::size_t> by_status;  // events
  std::string first_date, last_date;  // EDTF of the earliest and latest dated events
  std::vector<ActorStats> ranking;    // actors by degree desc, then id
};

// Counts, date range and centralities of the accepted part of `g`. Betweenness (only when
// `betweenness` is set; it costs O(V*E)) is Brandes' algorithm from the BGL run on the
// simple undirected graph of distinct interacting pairs, not on the multigraph, and
// normalized like networkx's betweenness_centrality(normalized=True): divided by
// (n-1)(n-2)/2 for n actors.
Stats stats(const ActorGraph& g, const Filter& filter, bool betweenness);

// Levenshtein distance in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace ag::graph
