// Graphviz DOT: https://graphviz.org/doc/info/lang.html. Node names are the export keys
// (NMTOKENs, safe inside quotes); every free text goes through append_dot.
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"
#include "export/style.h"

namespace ag::exporters {
namespace {

using graph::ActorGraph;

void write_node(const ActorGraph& g, const VertexTable& table, graph::Vertex x, std::string& b) {
  const graph::VertexProps& p = g.vertex(x);
  const Color c = kind_color(p.kind);
  b += "  \"";
  b += p.key;
  b += "\" [label=\"";
  append_dot(b, table.label[x]);
  b += "\", shape=";
  b += dot_shape(p.kind);
  b += ", fillcolor=\"";
  b += c.hex;
  b += "\", tooltip=\"";
  append_dot(b, table.label[x]);
  b += " (";
  b += to_string(p.kind);
  if (!p.country.empty()) {
    b += ", ";
    append_dot(b, p.country);
  }
  b += ")\"];\n";
}

// "type\ndate" (two lines), or "type (N)" when aggregated.
void write_edge_label(const ActorGraph& g, graph::Edge e, std::string& b) {
  const graph::Record& r = g.record(e);
  append_dot(b, r.type);
  if (g.aggregated()) {
    b += " (";
    append_uint(b, r.weight);
    b += ')';
    return;
  }
  const std::string& date = g.event(e).date;
  if (!date.empty()) {
    b += "\\n";
    append_dot(b, date);
  }
}

void write_edge(const ActorGraph& g, graph::Edge e, std::string& b) {
  const graph::Record& r = g.record(e);
  const Event& ev = g.event(e);
  const Color c = type_color(r.type);
  b += "  \"";
  b += g.vertex(g.source(e)).key;
  b += "\" -> \"";
  b += g.vertex(g.target(e)).key;
  b += "\" [id=\"";
  append_edge_id(b, g, e);
  b += "\", label=\"";
  write_edge_label(g, e, b);
  b += "\", color=\"";
  b += c.hex;
  b += "\", fontcolor=\"";
  b += c.hex;
  b += '"';
  if (g.aggregated()) {
    b += ", penwidth=";
    append_uint(b, r.weight < 8 ? r.weight : 8);
  } else if (ev.status == "planned") {
    b += ", style=dashed";
  }
  if (g.edge(e).mutual) b += ", dir=none";
  b += ", tooltip=\"";
  if (!ev.sources.empty() && !ev.sources.front().sentence.empty()) append_dot(b, ev.sources.front().sentence);
  else write_edge_label(g, e, b);
  b += "\"];\n";
}

}  // namespace

void write_dot(const ActorGraph& g, const Sink& sink) {
  ChunkedOutput out(sink);
  std::string& b = out.buffer();
  b +=
      "digraph actorgraph {\n"
      "  graph [charset=\"UTF-8\"];\n"
      "  node [style=filled, fontcolor=\"white\", fontsize=10];\n"
      "  edge [fontsize=8];\n";
  const VertexTable table(g);
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    write_node(g, table, x, b);
    out.maybe_flush();
  }
  for (graph::Edge e : g.edges()) {
    write_edge(g, e, b);
    out.maybe_flush();
  }
  b += "}\n";
  out.flush();
}

}  // namespace ag::exporters
