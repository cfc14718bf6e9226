#pragma once
// The attributes every format carries, defined once: node columns (label, actor_id, kind,
// country, roles, interactions, color) and edge columns (label, weight, color, type, mutual,
// role, topics, then event, cameo, date, status, subjects, evidence, sources, confidence;
// aggregated graphs have count, first, last, events, evidence instead of the per-event
// ones). Writers walk these lists, so GraphML, GEXF, JSON and CSV agree on names and types.
// GEXF also carries each edge's days as its native start/end.
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
  std::string_view text;  // string values; lists: items separated by graph::kItemSeparator
  bool list = false;      // a list of strings: JSON writes an array, the others join with ';'
  unsigned long long integer = 0;
  double real = 0;
  bool boolean = false;
};

// Calls `item(text)` for each item of a list value's text.
template <class F>
void for_each_item(std::string_view items, F item) {
  while (true) {
    const std::size_t end = items.find(graph::kItemSeparator);
    item(items.substr(0, end));
    if (end == std::string_view::npos) return;
    items.remove_prefix(end + 1);
  }
}

// Appends a string value with `escape`; a list's items joined with ';'.
template <class Escape>
void append_text(std::string& out, const Value& v, Escape escape) {
  if (!v.list) {
    escape(out, v.text);
    return;
  }
  bool first = true;
  for_each_item(v.text, [&](std::string_view item) {
    if (!first) out += ';';
    first = false;
    escape(out, item);
  });
}

// What some formats treat specially instead of as a plain attribute.
enum class Special { none, label, weight, color };

// Per-vertex values computed once per export.
struct VertexTable {
  explicit VertexTable(const graph::ActorGraph& g);
  std::vector<std::string> label;   // never empty
  std::vector<std::string> roles;   // separated by graph::kItemSeparator
  std::vector<unsigned long long> interactions;  // events the actor took part in, each once
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
  // The value depends on the edge itself (its direction, its role), not only on its
  // record: see for_each_edge_column.
  bool per_edge = false;
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

// Remembers, for each run of record-wide columns (all but the per_edge ones), the bytes a
// writer wrote for an edge followed by another edge of the same record: edges come in
// record order, and the next edge of the record gets a copy instead of rendering (and
// escaping) the same values again. The last (most often the only) edge of a record keeps
// no copy.
class RecordRuns {
 public:
  // Appends what `render()` appends for run `run` of edge `e`'s record, or the bytes it
  // appended for the record's previous edge.
  template <class F>
  void append(std::string& b, std::size_t run, const graph::ActorGraph& g, graph::Edge e, F render) {
    if (run >= slots_.size()) slots_.resize(run + 1);
    Slot& s = slots_[run];
    const graph::EdgeProps& edge = g.edge(e);
    if (s.valid && s.record == edge.record) {
      b += s.text;
    } else {
      s.valid = false;
      const std::size_t at = b.size();
      render();
      if (edge.part + 1 < g.record(e).edge_count) {
        s.text.assign(b, at, std::string::npos);
        s.record = edge.record;
        s.valid = true;
      }
    }
  }

 private:
  struct Slot {
    std::uint32_t record = 0;
    bool valid = false;
    std::string text;
  };
  std::vector<Slot> slots_;
};

// Calls `column(k)` for each edge column k in order, through `runs` for the record-wide
// ones (so `column` must append to `b` only, and write the same bytes for every edge of a
// record but for per_edge columns).
template <class F>
void for_each_edge_column(const std::vector<EdgeColumn>& columns, const graph::ActorGraph& g, graph::Edge e,
                          RecordRuns& runs, std::string& b, F column) {
  for (std::size_t i = 0; i < columns.size();) {
    if (columns[i].per_edge) {
      column(i++);
      continue;
    }
    std::size_t j = i;
    while (j < columns.size() && !columns[j].per_edge) ++j;
    runs.append(b, i, g, e, [&] {
      for (std::size_t k = i; k < j; ++k) column(k);
    });
    i = j;
  }
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
