// Graphviz DOT: https://graphviz.org/doc/info/lang.html. Node names are the export keys
// (NMTOKENs, safe inside quotes); every free text goes through append_dot.
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"
#include "export/style.h"

namespace ag::exporters {

using namespace std::literals;
namespace {

// Display limits, in code points (see append_dot_limited).
constexpr std::size_t kMaxLabel = 200;
constexpr std::size_t kMaxTooltip = 2000;

using graph::ActorGraph;

void write_node(const ActorGraph& g, const VertexTable& table, graph::Vertex x, std::string& b) {
  const graph::VertexProps& p = g.vertex(x);
  const Color c = kind_color(p.kind);
  b += "  \""sv;
  b += p.key;
  b += "\" [label=\""sv;
  append_dot_limited(b, table.label[x], kMaxLabel);
  b += "\", shape="sv;
  b += dot_shape(p.kind);
  b += ", fillcolor=\""sv;
  b += c.hex;
  b += "\", tooltip=\""sv;
  append_dot_limited(b, table.label[x], kMaxTooltip);
  b += " ("sv;
  b += to_string(p.kind);
  if (!p.country.empty()) {
    b += ", "sv;
    append_dot_limited(b, p.country, kMaxLabel);
  }
  b += ")\"];\n"sv;
}

// "type\ndate" (two lines), or "type (N)" when aggregated.
void write_edge_label(const ActorGraph& g, graph::Edge e, std::string& b) {
  const graph::Record& r = g.record(e);
  append_dot_limited(b, r.type, kMaxLabel);
  if (g.aggregated()) {
    b += " ("sv;
    append_uint(b, r.weight);
    b += ')';
    return;
  }
  const std::string& date = g.event(e).date;
  if (!date.empty()) {
    b += "\\n"sv;
    append_dot_limited(b, date, kMaxLabel);
  }
}

// Everything but the ends, the id and `dir` is the record's: written once per record and
// copied for its other edges (see RecordRuns).
void write_edge(const ActorGraph& g, graph::Edge e, std::string& b, RecordRuns& runs) {
  const graph::Record& r = g.record(e);
  const Event& ev = g.event(e);
  b += "  \""sv;
  b += g.vertex(g.source(e)).key;
  b += "\" -> \""sv;
  b += g.vertex(g.target(e)).key;
  b += "\" [id=\""sv;
  append_edge_id(b, g, e);
  runs.append(b, 0, g, e, [&] {
    const Color c = type_color(r.type);
    b += "\", label=\""sv;
    write_edge_label(g, e, b);
    b += "\", color=\""sv;
    b += c.hex;
    b += "\", fontcolor=\""sv;
    b += c.hex;
    b += '"';
    if (g.aggregated()) {
      b += ", penwidth="sv;
      append_uint(b, r.weight < 8 ? r.weight : 8);
    } else if (ev.status == "planned") {
      b += ", style=dashed"sv;
    }
  });
  if (g.edge(e).mutual) b += ", dir=none"sv;
  runs.append(b, 1, g, e, [&] {
    b += ", tooltip=\""sv;
    // The record's evidence is its event's first sentence, read from the graph's flattened
    // text rather than through the event's sources (two more cache misses per record).
    const std::string_view evidence = g.text(r.evidence);
    if (!evidence.empty())
      append_dot_limited(b, evidence, kMaxTooltip);
    else
      write_edge_label(g, e, b);
    b += "\"];\n"sv;
  });
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
  RecordRuns runs;
  for (graph::Edge e : g.edges()) {
    write_edge(g, e, b, runs);
    out.maybe_flush();
  }
  b += "}\n"sv;
  out.flush();
}

}  // namespace ag::exporters
