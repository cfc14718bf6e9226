// GraphML: http://graphml.graphdrawing.org/ (structure and attributes extension).
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"

namespace ag::exporters {
namespace {

using graph::ActorGraph;

// Edge key ids get a prefix so they never clash with node key ids; Gephi, networkx and
// igraph go by attr.name.
constexpr std::string_view kEdgeKeyPrefix = "e_";

void write_key(std::string& b, std::string_view prefix, std::string_view name, std::string_view domain,
               ValueType type) {
  b += "  <key id=\"";
  b += prefix;
  b += name;
  b += "\" for=\"";
  b += domain;
  b += "\" attr.name=\"";
  b += name;
  b += "\" attr.type=\"";
  b += graphml_type(type);
  b += "\"/>\n";
}

void write_data(std::string& b, std::string_view prefix, std::string_view name, const Value& v) {
  if (absent(v)) return;
  b += "<data key=\"";
  b += prefix;
  b += name;
  b += "\">";
  if (v.type == ValueType::string) append_xml(b, v.text);
  else append_scalar(b, v);
  b += "</data>";
}

void write_nodes(const ActorGraph& g, ChunkedOutput& out) {
  const VertexTable table(g);
  Value v;
  std::string& b = out.buffer();
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    b += "    <node id=\"";
    b += g.vertex(x).key;  // already an NMTOKEN
    b += "\">";
    for (const NodeColumn& c : node_columns()) {
      get_value(c, g, table, x, v);
      write_data(b, "", c.name, v);
    }
    b += "</node>\n";
    out.maybe_flush();
  }
}

void write_edges(const ActorGraph& g, ChunkedOutput& out) {
  const auto& columns = edge_columns(g.aggregated());
  Value v;
  std::string scratch;
  std::string& b = out.buffer();
  for (graph::Edge e : g.edges()) {
    b += "    <edge id=\"";
    append_edge_id(b, g, e);
    b += "\" source=\"";
    b += g.vertex(g.source(e)).key;
    b += "\" target=\"";
    b += g.vertex(g.target(e)).key;
    b += "\">";
    for (const EdgeColumn& c : columns) {
      get_value(c, g, e, v, scratch);
      write_data(b, kEdgeKeyPrefix, c.name, v);
    }
    b += "</edge>\n";
    out.maybe_flush();
  }
}

}  // namespace

void write_graphml(const ActorGraph& g, const Sink& sink) {
  ChunkedOutput out(sink);
  std::string& b = out.buffer();
  b +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const NodeColumn& c : node_columns()) write_key(b, "", c.name, "node", c.type);
  for (const EdgeColumn& c : edge_columns(g.aggregated())) write_key(b, kEdgeKeyPrefix, c.name, "edge", c.type);
  b += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n";
  write_nodes(g, out);
  write_edges(g, out);
  b += "  </graph>\n</graphml>\n";
  out.flush();
}

}  // namespace ag::exporters
