#pragma once
// The temporal multigraph of actors (vertices) and interactions (edges), on Boost.Graph.
//
// Events become edges (edges_of_event): the initiator (caller, host) points to the other
// parties; with no stated direction the edge runs in sorted id order and is `mutual`; a
// mediation gives mediator -> party edges (role `mediator`) and party -- party edges (role
// `party`). All edges of one event share one Record (the event's id, type, dates ...).
// Aggregated (BuildOptions::aggregate), there is one edge and one Record per unordered
// actor pair and type, weighted by the number of events.
//
// Everything is deterministic: vertices are sorted by actor id, records keep the order of
// the events given (deduplicate() sorts them), edges are listed in record order.
// A vertex takes the first non-empty name and country, and the first kind, given for its
// actor in event order, and the union of the roles.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "model/event.h"

namespace ag::graph {

// How an edge's source took part in the event.
enum class EdgeRole : std::uint8_t {
  initiator,    // the source called, invited or hosted the target
  participant,  // no stated direction between these two (the edge is mutual)
  mediator,     // the source mediated between the target and other parties
  party,        // source and target are the parties of a mediation
};

std::string_view to_string(EdgeRole r);

struct VertexProps {
  std::string id;    // canonical actor id
  std::string name;  // display name; the id when no event gives one
  ActorKind kind = ActorKind::person;
  std::string country;             // ISO alpha-3, empty when unknown
  std::vector<std::string> roles;  // offices seen in events, sorted, unique
  std::string key;  // export id: safe_token(id), unique in the graph, an XML NMTOKEN
};

struct EdgeProps {
  std::uint32_t record = 0;  // index into ActorGraph::records()
  std::uint32_t part = 0;    // position among the record's edges
  EdgeRole role = EdgeRole::participant;
  bool mutual = false;  // no stated direction: source and target are in sorted id order
};

// Edges in a vector (vecS edge list): no allocation per edge, and edges(g) in insertion order.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps,
                                    boost::no_property, boost::vecS>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

inline constexpr std::uint32_t kNoEvent = 0xffffffffu;

// A piece of ActorGraph::text(): writers read the text of every record from one
// contiguous buffer instead of chasing each event's heap strings.
struct TextSpan {
  std::size_t offset = 0;
  std::size_t size = 0;
};

// Separates the items of a list in ActorGraph::text() (topics, subjects). A C0 control, so
// no item carries one (writers drop C0 controls anyway).
inline constexpr char kItemSeparator = '\x1f';

// What the edges of one event (or of one aggregate) share, flattened once for writers.
struct Record {
  std::string id;    // the event id, or "agg-" + 8 hex digits for an aggregate
  std::string stem;  // export-safe unique form of `id` (edge ids are "stem.part")
  std::string type;
  std::uint32_t event = kNoEvent;  // index into events(): the event, or an aggregate's latest event
  std::vector<std::uint32_t> members;  // aggregates: indices of its events, in record order
  std::string first, last;  // EDTF: the event's date twice, or an aggregate's earliest and latest
  std::string start, end;   // ISO days (YYYY-MM-DD) spanning first..last; empty when no year
  std::vector<std::string> topics;  // aggregates: the union, sorted (events: see ActorGraph::topics)
  std::size_t weight = 1;   // events: 1; aggregates: number of events
  std::uint32_t edge_count = 0;  // its edges (parts 0 .. edge_count - 1); aggregates: 1
  // In text(): the topics and subjects (items separated by kItemSeparator; an aggregate's
  // topics are the union), and the evidence sentence (the first source's; an aggregate's
  // latest event's).
  TextSpan topic_text, subject_text, evidence;
};

// One edge of an event before it is added to a graph: indices into Event::participants.
struct EdgeSpec {
  std::size_t source = 0;
  std::size_t target = 0;
  EdgeRole role = EdgeRole::participant;
  bool mutual = false;
};

// The edges an event gives, in a fixed order (initiator or mediator edges first, targets
// by id; then the remaining pairs in id order). Repeated participant ids count once; an
// initiator or mediator that is not a participant is ignored. Empty when fewer than two
// distinct actors take part.
std::vector<EdgeSpec> edges_of_event(const Event& e);
// The same into `out` (cleared first), with `scratch` reused between calls: no allocation
// once they have grown.
void edges_of_event(const Event& e, std::vector<EdgeSpec>& out, std::vector<std::size_t>& scratch);

struct BuildOptions {
  bool aggregate = false;  // one edge per actor pair and type
  // Threads for the per-record work (records' strings, the flattened text). The graph is
  // the same for any number.
  unsigned threads = 1;
};

class ActorGraph {
 public:
  ActorGraph() = default;
  // Not copyable nor movable: edges() holds descriptors pointing into the Boost graph
  // (valid because no edge is added after construction).
  ActorGraph(const ActorGraph&) = delete;
  ActorGraph& operator=(const ActorGraph&) = delete;
  // Builds the graph of `events` (normally deduplicate()'s output), keeping them.
  explicit ActorGraph(std::vector<Event> events, BuildOptions options = {});
  // The same over events shared with another graph (e.g. an aggregated view of one).
  explicit ActorGraph(std::shared_ptr<const std::vector<Event>> events, BuildOptions options = {});

  const Graph& graph() const { return graph_; }
  const std::vector<Event>& events() const { return *events_; }
  const std::shared_ptr<const std::vector<Event>>& shared_events() const { return events_; }
  const std::vector<Record>& records() const { return records_; }
  // Every edge, in record order then part order.
  const std::vector<Edge>& edges() const { return edges_; }
  bool aggregated() const { return aggregated_; }

  std::size_t num_vertices() const { return boost::num_vertices(graph_); }
  std::size_t num_edges() const { return edges_.size(); }

  const VertexProps& vertex(Vertex v) const { return graph_[v]; }
  const EdgeProps& edge(Edge e) const { return graph_[e]; }
  const Record& record(Edge e) const { return records_[graph_[e].record]; }
  // The event behind an edge: the event itself, or an aggregate's latest one.
  const Event& event(Edge e) const { return (*events_)[record(e).event]; }
  // The topics of a record: its event's, or an aggregate's union.
  const std::vector<std::string>& topics(const Record& r) const {
    return aggregated_ ? r.topics : (*events_)[r.event].topics;
  }
  Vertex source(Edge e) const { return boost::source(e, graph_); }
  Vertex target(Edge e) const { return boost::target(e, graph_); }

  // A piece of the flattened record text.
  std::string_view text(TextSpan t) const { return std::string_view(text_).substr(t.offset, t.size); }

  // "stem.part" ("ev-3f9a1c2e.0"), or the stem alone when aggregated: unique in the graph,
  // an XML NMTOKEN.
  std::string edge_id(Edge e) const;

  // The vertex of an actor id, if any.
  std::optional<Vertex> find(std::string_view actor_id) const;

 private:
  void add_vertices();
  void add_event_edges(unsigned threads);
  void add_aggregate_edges();
  void flatten_text(unsigned threads);

  Graph graph_;
  std::shared_ptr<const std::vector<Event>> events_ = std::make_shared<const std::vector<Event>>();
  std::vector<Record> records_;
  std::string text_;
  std::vector<Edge> edges_;
  bool aggregated_ = false;
  // While building: the vertex of each event's participants (0 for an empty id), at
  // slots_[first_slot_[event] + k].
  std::vector<Vertex> slots_;
  std::vector<std::size_t> first_slot_;
};

// An export-safe form of `s`, an XML NMTOKEN: ASCII letters, digits, '.', '-' and '_'
// kept, every other code point (or invalid byte) written ":HEX:" ("a b" -> "a:20:b"); ":"
// for an empty string. Injective: different strings give different tokens.
std::string safe_token(std::string_view s);

// The ISO first and last day (YYYY-MM-DD) an EDTF date may fall on; false when it has no
// year or does not parse.
bool iso_span(std::string_view edtf, std::string& first, std::string& last);

}  // namespace ag::graph
