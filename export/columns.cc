#include "export/columns.h"

#include <algorithm>

#include "export/escape.h"
#include "export/style.h"

namespace ag::exporters {

using namespace std::literals;
namespace {

using graph::ActorGraph;
using graph::Edge;
using graph::Vertex;

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += graph::kItemSeparator;
    out += s;
  }
  return out;
}

void set_list(Value& v, std::string_view items) {
  v.text = items;
  v.list = true;
}

const std::vector<NodeColumn> kNodeColumns = {
    {"label", ValueType::string, Special::label,
     [](const ActorGraph&, const VertexTable& t, Vertex x, Value& v) { v.text = t.label[x]; }},
    {"actor_id", ValueType::string, Special::none,
     [](const ActorGraph& g, const VertexTable&, Vertex x, Value& v) { v.text = g.vertex(x).id; }},
    {"kind", ValueType::string, Special::none,
     [](const ActorGraph& g, const VertexTable&, Vertex x, Value& v) { v.text = to_string(g.vertex(x).kind); }},
    {"country", ValueType::string, Special::none,
     [](const ActorGraph& g, const VertexTable&, Vertex x, Value& v) { v.text = g.vertex(x).country; }},
    {"roles", ValueType::string, Special::none,
     [](const ActorGraph&, const VertexTable& t, Vertex x, Value& v) { set_list(v, t.roles[x]); }},
    {"interactions", ValueType::integer, Special::none,
     [](const ActorGraph&, const VertexTable& t, Vertex x, Value& v) { v.integer = t.interactions[x]; }},
    {"color", ValueType::string, Special::color,
     [](const ActorGraph& g, const VertexTable&, Vertex x, Value& v) { v.text = kind_color(g.vertex(x).kind).hex; }},
};

// Columns both edge kinds share, in front of their own.
std::vector<EdgeColumn> with_common(std::vector<EdgeColumn> own) {
  std::vector<EdgeColumn> cols = {
      {"label", ValueType::string, Special::label,
       [](const ActorGraph& g, Edge e, Value& v, std::string& s) {
         s.clear();
         edge_label(g, e, s);
         v.text = s;
       }},
      {"weight", ValueType::real, Special::weight,
       [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.real = static_cast<double>(g.record(e).weight); }},
      {"color", ValueType::string, Special::color,
       [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = type_color(g.record(e).type).hex; }},
      {"type", ValueType::string, Special::none,
       [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.record(e).type; }},
      {"mutual", ValueType::boolean, Special::none,
       [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.boolean = g.edge(e).mutual; }, true},
      {"role", ValueType::string, Special::none,
       [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = graph::to_string(g.edge(e).role); }, true},
      {"topics", ValueType::string, Special::none,
       [](const ActorGraph& g, Edge e, Value& v, std::string&) { set_list(v, g.text(g.record(e).topic_text)); }},
  };
  cols.insert(cols.end(), own.begin(), own.end());
  return cols;
}

const std::vector<EdgeColumn> kEventColumns = with_common({
    {"event", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.record(e).id; }},
    {"cameo", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.event(e).cameo; }},
    {"date", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.event(e).date; }},
    {"status", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.event(e).status; }},
    {"subjects", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { set_list(v, g.text(g.record(e).subject_text)); }},
    {"evidence", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.text(g.record(e).evidence); }},
    {"sources", ValueType::integer, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.integer = g.event(e).sources.size(); }},
    {"confidence", ValueType::real, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.real = g.event(e).confidence; }},
});

const std::vector<EdgeColumn> kAggregateColumns = with_common({
    {"count", ValueType::integer, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.integer = g.record(e).weight; }},
    {"first", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.record(e).first; }},
    {"last", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.record(e).last; }},
    {"events", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string& s) {
       s.clear();
       for (std::uint32_t m : g.record(e).members) {
         if (!s.empty()) s += graph::kItemSeparator;
         s += g.events()[m].id;
       }
       set_list(v, s);
     }},
    {"evidence", ValueType::string, Special::none,
     [](const ActorGraph& g, Edge e, Value& v, std::string&) { v.text = g.text(g.record(e).evidence); }},
});

// Adds to `count[v]` the events actor v took part in. An event gives several edges touching
// one actor (a mediation's mediator and party edges, a summit's pairs) but counts once: an
// event's edges are consecutive in g.edges(), so a short list of the actors seen in the
// current event is enough.
void count_events(const ActorGraph& g, std::vector<unsigned long long>& count) {
  std::vector<Vertex> seen;
  const graph::Record* current = nullptr;
  auto take = [&](Vertex v) {
    if (std::find(seen.begin(), seen.end(), v) != seen.end()) return;
    seen.push_back(v);
    ++count[v];
  };
  for (Edge e : g.edges()) {
    if (&g.record(e) != current) {
      current = &g.record(e);
      seen.clear();
    }
    take(g.source(e));
    take(g.target(e));
  }
}

// The same for an aggregated graph, whose edges are actor pairs: one event of three parties
// is a member of three pair edges, so (actor, event) pairs are made unique first.
void count_aggregated_events(const ActorGraph& g, std::vector<unsigned long long>& count) {
  std::vector<std::pair<Vertex, std::uint32_t>> taken;
  for (Edge e : g.edges())
    for (std::uint32_t event : g.record(e).members) {
      taken.emplace_back(g.source(e), event);
      taken.emplace_back(g.target(e), event);
    }
  std::sort(taken.begin(), taken.end());
  taken.erase(std::unique(taken.begin(), taken.end()), taken.end());
  for (const auto& t : taken) ++count[t.first];
}

}  // namespace

std::string_view graphml_type(ValueType t) {
  switch (t) {
    case ValueType::string: return "string";
    case ValueType::integer: return "long";
    case ValueType::real: return "double";
    case ValueType::boolean: return "boolean";
  }
  return "string";
}

std::string_view gexf_type(ValueType t) { return graphml_type(t); }

VertexTable::VertexTable(const ActorGraph& g)
    : label(g.num_vertices()), roles(g.num_vertices()), interactions(g.num_vertices(), 0) {
  for (Vertex v = 0; v < g.num_vertices(); ++v) {
    label[v] = label_text(g.vertex(v).name, g.vertex(v).id);
    roles[v] = join(g.vertex(v).roles);
  }
  if (g.aggregated())
    count_aggregated_events(g, interactions);
  else
    count_events(g, interactions);
}

const std::vector<NodeColumn>& node_columns() { return kNodeColumns; }

const std::vector<EdgeColumn>& edge_columns(bool aggregated) {
  return aggregated ? kAggregateColumns : kEventColumns;
}

void append_scalar(std::string& out, const Value& v) {
  switch (v.type) {
    case ValueType::integer: append_uint(out, v.integer); break;
    case ValueType::real:
      if (v.real >= 0 && v.real < 1e15 && v.real == static_cast<double>(static_cast<unsigned long long>(v.real))) {
        append_uint(out, static_cast<unsigned long long>(v.real));
        out += ".0"sv;
      } else {
        append_fixed2(out, v.real);
      }
      break;
    case ValueType::boolean: out += v.boolean ? "true" : "false"; break;
    case ValueType::string: break;
  }
}

void append_edge_id(std::string& out, const ActorGraph& g, Edge e) {
  out += g.record(e).stem;
  if (g.aggregated()) return;
  out += '.';
  append_uint(out, g.edge(e).part);
}

void edge_label(const ActorGraph& g, Edge e, std::string& out) {
  const graph::Record& r = g.record(e);
  out += r.type;
  if (g.aggregated()) {
    out += " ("sv;
    append_uint(out, r.weight);
    out += ')';
    return;
  }
  const Event& ev = g.event(e);
  if (!ev.date.empty()) {
    out += ' ';
    out += ev.date;
  }
}

}  // namespace ag::exporters
