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

void write_member(std::string& b, std::string_view name, const Value& v) {
  if (absent(v)) return;
  b += ", \""sv;
  b += name;
  b += "\": "sv;
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
  std::string& b = out.buffer();
  b += "  \"nodes\": [\n"sv;
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    b += "    {\"id\": "sv;
    write_string(b, g.vertex(x).key);
    for (const NodeColumn& c : node_columns()) {
      get_value(c, g, table, x, v);
      write_member(b, c.name, v);
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
    for (const EdgeColumn& c : columns) {
      get_value(c, g, e, v, scratch);
      write_member(b, c.name, v);
    }
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
