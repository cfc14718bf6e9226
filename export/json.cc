// Node-link JSON, as networkx.node_link_data writes it and d3-force reads it: nodes with
// "id", links with "source", "target" (node ids) and "key" (the edge id).
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"

namespace ag::exporters {

using namespace std::literals;
namespace {

using graph::ActorGraph;

void write_string(std::string& b, std::string_view s) {
  b += '"';
  append_json(b, s);
  b += '"';
}

// `, "name": ` for each column: built once, appended whole.
template <class Column>
std::vector<std::string> member_prefixes(const std::vector<Column>& columns) {
  std::vector<std::string> out;
  for (const Column& c : columns) out.push_back(", \"" + std::string(c.name) + "\": ");
  return out;
}

void write_member(std::string& b, const std::string& prefix, const Value& v) {
  if (absent(v)) return;
  b += prefix;
  if (v.type != ValueType::string) {
    append_scalar(b, v);
    return;
  }
  if (!v.list) {
    write_string(b, v.text);
    return;
  }
  b += '[';
  bool first = true;
  for_each_item(v.text, [&](std::string_view item) {
    if (!first) b += ", "sv;
    first = false;
    write_string(b, item);
  });
  b += ']';
}

void write_nodes(const ActorGraph& g, ChunkedOutput& out) {
  const VertexTable table(g);
  Value v;
  const std::vector<std::string> prefixes = member_prefixes(node_columns());
  std::string& b = out.buffer();
  b += "  \"nodes\": [\n"sv;
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    b += "    {\"id\": "sv;
    write_string(b, g.vertex(x).key);
    for (std::size_t i = 0; i < node_columns().size(); ++i) {
      get_value(node_columns()[i], g, table, x, v);
      write_member(b, prefixes[i], v);
    }
    b += x + 1 < g.num_vertices() ? "},\n" : "}\n";
    out.maybe_flush();
  }
  b += "  ],\n"sv;
}

void write_links(const ActorGraph& g, ChunkedOutput& out) {
  const auto& columns = edge_columns(g.aggregated());
  Value v;
  std::string scratch;
  const std::vector<std::string> prefixes = member_prefixes(columns);
  RecordRuns runs;
  std::string& b = out.buffer();
  b += "  \"links\": [\n"sv;
  for (std::size_t i = 0; i < g.edges().size(); ++i) {
    const graph::Edge e = g.edges()[i];
    b += "    {\"source\": "sv;
    write_string(b, g.vertex(g.source(e)).key);
    b += ", \"target\": "sv;
    write_string(b, g.vertex(g.target(e)).key);
    b += ", \"key\": "sv;
    b += '"';
    append_edge_id(b, g, e);  // an NMTOKEN: nothing to escape
    b += '"';
    for_each_edge_column(columns, g, e, runs, b, [&](std::size_t k) {
      get_value(columns[k], g, e, v, scratch);
      write_member(b, prefixes[k], v);
    });
    b += i + 1 < g.edges().size() ? "},\n" : "}\n";
    out.maybe_flush();
  }
  b += "  ]\n"sv;
}

}  // namespace

void write_json(const ActorGraph& g, const Sink& sink) {
  ChunkedOutput out(sink);
  std::string& b = out.buffer();
  b += "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\"name\": \"actorgraph\", \"aggregated\": "sv;
  b += g.aggregated() ? "true" : "false";
  b += "},\n"sv;
  write_nodes(g, out);
  write_links(g, out);
  b += "}\n"sv;
  out.flush();
}

}  // namespace ag::exporters
