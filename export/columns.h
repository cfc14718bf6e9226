#pragma once
// The attributes every format carries, defined once: node columns (label, kind, country,
// ...) and edge columns (label, weight, event, type, CAMEO code, date, status, topics,
// evidence, ...; aggregated graphs have count/first/last/events instead of the per-event
// ones). Writers walk these lists, so GraphML, GEXF, JSON and CSV agree on names and types.
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace ag::exporters {

enum class ValueType { string, integer, real, boolean };

// GraphML / GEXF type names.
std::string_view graphml_type(ValueType t);  // string, long, double, boolean
std::string_view gexf_type(ValueType t);     // string, long, double, boolean

// One attribute value. Strings are raw (unescaped); an empty string means "no value".
struct Value {
  ValueType type = ValueType::string;
  std::string_view text;                            // string and list values (list: joined with ';')
  const std::vector<std::string>* list = nullptr;   // list values: the items
  unsigned long long integer = 0;
  double real = 0;
  bool boolean = false;
};

// What some formats treat specially instead of as a plain attribute.
enum class Special { none, label, weight, color, start, end };

// Per-vertex values computed once per export.
struct VertexTable {
  explicit VertexTable(const graph::ActorGraph& g);
  std::vector<std::string> label;   // never empty
  std::vector<std::string> roles;   // joined with ';'
  std::vector<unsigned long long> interactions;  // events the actor took part in (weighted degree)
};

struct NodeColumn {
  std::string_view name;
  ValueType type;
  Special special;
  void (*get)(const graph::ActorGraph&, const VertexTable&, graph::Vertex, Value&);
};

struct EdgeColumn {
  std::string_view name;
  ValueType type;
  Special special;
  // `scratch` holds text the value may point into, until the next call with it.
  void (*get)(const graph::ActorGraph&, graph::Edge, Value&, std::string& scratch);
};

const std::vector<NodeColumn>& node_columns();
const std::vector<EdgeColumn>& edge_columns(bool aggregated);

// The value of one column (its type set) into `v`.
inline void get_value(const NodeColumn& c, const graph::ActorGraph& g, const VertexTable& t, graph::Vertex x,
                      Value& v) {
  v = Value{};
  v.type = c.type;
  c.get(g, t, x, v);
}
inline void get_value(const EdgeColumn& c, const graph::ActorGraph& g, graph::Edge e, Value& v,
                      std::string& scratch) {
  v = Value{};
  v.type = c.type;
  c.get(g, e, v, scratch);
}

// Whether the value is absent (an empty string or list); numbers and booleans never are.
inline bool absent(const Value& v) { return v.type == ValueType::string && v.text.empty(); }

// Appends a number or boolean value: integers in decimal, reals as "3.0" when whole and
// with two decimals otherwise ("0.92"), booleans as true/false. Fixed forms, so the output
// is byte-identical across runs and machines.
void append_scalar(std::string& out, const Value& v);

// Appends the edge's id: "STEM.PART" (see ActorGraph::edge_id), without allocating.
void append_edge_id(std::string& out, const graph::ActorGraph& g, graph::Edge e);

// The edge label: "phone_call 2024-04-03" (type and date), "meeting (3)" when aggregated.
void edge_label(const graph::ActorGraph& g, graph::Edge e, std::string& out);

}  // namespace ag::exporters
