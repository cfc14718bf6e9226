// GraphML: http://graphml.graphdrawing.org/ (structure and attributes extension).
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"

namespace ag::exporters {

using namespace std::literals;
namespace {

using graph::ActorGraph;

// Key ids are short ("d0", "d1", ... for nodes, "e0", ... for edges), as networkx writes
// them: a million edges repeat them tens of millions of times. Gephi, networkx and igraph
// name the attributes by attr.name.
void write_key(std::string& b, char prefix, std::size_t index, std::string_view name, std::string_view domain,
               ValueType type) {
  b += "  <key id=\""sv;
  b += prefix;
  append_uint(b, index);
  b += "\" for=\""sv;
  b += domain;
  b += "\" attr.name=\""sv;
  b += name;
  b += "\" attr.type=\""sv;
  b += graphml_type(type);
  b += "\"/>\n"sv;
}

// `<data key="d0">` ... for each column: built once, appended whole (a million edges
// write some fifteen million of them).
std::vector<std::string> data_tags(char prefix, std::size_t columns) {
  std::vector<std::string> tags(columns);
  for (std::size_t i = 0; i < columns; ++i) {
    tags[i] = "<data key=\"";
    tags[i] += prefix;
    append_uint(tags[i], i);
    tags[i] += "\">";
  }
  return tags;
}

void write_data(std::string& b, const std::string& tag, const Value& v) {
  if (absent(v)) return;
  b += tag;
  if (v.type == ValueType::string) append_text(b, v, append_xml);
  else append_scalar(b, v);
  b += "</data>"sv;
}

void write_nodes(const ActorGraph& g, ChunkedOutput& out) {
  const VertexTable table(g);
  Value v;
  const std::vector<std::string> tags = data_tags('d', node_columns().size());
  std::string& b = out.buffer();
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    b += "    <node id=\""sv;
    b += g.vertex(x).key;  // already an NMTOKEN
    b += "\">"sv;
    for (std::size_t i = 0; i < node_columns().size(); ++i) {
      get_value(node_columns()[i], g, table, x, v);
      write_data(b, tags[i], v);
    }
    b += "</node>\n"sv;
    out.maybe_flush();
  }
}

void write_edges(const ActorGraph& g, ChunkedOutput& out) {
  const auto& columns = edge_columns(g.aggregated());
  Value v;
  std::string scratch;
  const std::vector<std::string> tags = data_tags('e', columns.size());
  RecordRuns runs;
  std::string& b = out.buffer();
  for (graph::Edge e : g.edges()) {
    b += "    <edge id=\""sv;
    append_edge_id(b, g, e);
    b += "\" source=\""sv;
    b += g.vertex(g.source(e)).key;
    b += "\" target=\""sv;
    b += g.vertex(g.target(e)).key;
    b += "\">"sv;
    for_each_edge_column(columns, g, e, runs, b, [&](std::size_t i) {
      get_value(columns[i], g, e, v, scratch);
      write_data(b, tags[i], v);
    });
    b += "</edge>\n"sv;
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
  for (std::size_t i = 0; i < node_columns().size(); ++i)
    write_key(b, 'd', i, node_columns()[i].name, "node", node_columns()[i].type);
  const auto& edge_cols = edge_columns(g.aggregated());
  for (std::size_t i = 0; i < edge_cols.size(); ++i) write_key(b, 'e', i, edge_cols[i].name, "edge", edge_cols[i].type);
  b += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n"sv;
  write_nodes(g, out);
  write_edges(g, out);
  b += "  </graph>\n</graphml>\n"sv;
  out.flush();
}

}  // namespace ag::exporters
