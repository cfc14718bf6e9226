// GEXF 1.3 (https://gexf.net/): a dynamic graph whose edges live from their event's first
// to last possible day, so Gephi's timeline plays the events.
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"
#include "export/style.h"

namespace ag::exporters {
namespace {

using graph::ActorGraph;

bool plain_attribute(Special s) { return s == Special::none; }

template <class Column>
void write_attributes(std::string& b, std::string_view cls, const std::vector<Column>& columns) {
  b += "    <attributes class=\"";
  b += cls;
  b += "\">\n";
  for (const Column& c : columns) {
    if (!plain_attribute(c.special)) continue;
    b += "      <attribute id=\"";
    b += c.name;
    b += "\" title=\"";
    b += c.name;
    b += "\" type=\"";
    b += gexf_type(c.type);
    b += "\"/>\n";
  }
  b += "    </attributes>\n";
}

void write_attvalue(std::string& b, std::string_view name, const Value& v) {
  if (absent(v)) return;
  b += "<attvalue for=\"";
  b += name;
  b += "\" value=\"";
  if (v.type == ValueType::string) append_xml(b, v.text);
  else append_scalar(b, v);
  b += "\"/>";
}

void write_color(std::string& b, const Color& c) {
  b += "<viz:color r=\"";
  append_uint(b, c.r);
  b += "\" g=\"";
  append_uint(b, c.g);
  b += "\" b=\"";
  append_uint(b, c.b);
  b += "\"/>";
}

void write_nodes(const ActorGraph& g, ChunkedOutput& out) {
  const VertexTable table(g);
  Value v;
  std::string& b = out.buffer();
  b += "    <nodes count=\"";
  append_uint(b, g.num_vertices());
  b += "\">\n";
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    const graph::VertexProps& p = g.vertex(x);
    b += "      <node id=\"";
    b += p.key;
    b += "\" label=\"";
    append_xml(b, table.label[x]);
    b += "\"><attvalues>";
    for (const NodeColumn& c : node_columns()) {
      if (!plain_attribute(c.special)) continue;
      get_value(c, g, table, x, v);
      write_attvalue(b, c.name, v);
    }
    b += "</attvalues>";
    write_color(b, kind_color(p.kind));
    b += "<viz:shape value=\"";
    b += gexf_shape(p.kind);
    b += "\"/></node>\n";
    out.maybe_flush();
  }
  b += "    </nodes>\n";
}

void write_edge_open(const ActorGraph& g, graph::Edge e, std::string& b, std::string& scratch) {
  const graph::Record& r = g.record(e);
  b += "      <edge id=\"";
  append_edge_id(b, g, e);
  b += "\" source=\"";
  b += g.vertex(g.source(e)).key;
  b += "\" target=\"";
  b += g.vertex(g.target(e)).key;
  b += "\" label=\"";
  scratch.clear();
  edge_label(g, e, scratch);
  append_xml(b, scratch);
  b += "\" weight=\"";
  append_uint(b, r.weight);
  b += ".0\"";
  if (!r.start.empty()) {
    b += " start=\"";
    b += r.start;
    b += "\" end=\"";
    b += r.end;
    b += '"';
  }
  b += '>';
}

void write_edges(const ActorGraph& g, ChunkedOutput& out) {
  const auto& columns = edge_columns(g.aggregated());
  Value v;
  std::string scratch;
  std::string& b = out.buffer();
  b += "    <edges count=\"";
  append_uint(b, g.num_edges());
  b += "\">\n";
  for (graph::Edge e : g.edges()) {
    write_edge_open(g, e, b, scratch);
    b += "<attvalues>";
    for (const EdgeColumn& c : columns) {
      if (!plain_attribute(c.special)) continue;
      get_value(c, g, e, v, scratch);
      write_attvalue(b, c.name, v);
    }
    b += "</attvalues>";
    write_color(b, type_color(g.record(e).type));
    if (g.aggregated()) {
      b += "<viz:thickness value=\"";
      append_uint(b, g.record(e).weight);
      b += ".0\"/>";
    } else if (g.event(e).status == "planned") {
      b += "<viz:shape value=\"dashed\"/>";
    }
    b += "</edge>\n";
    out.maybe_flush();
  }
  b += "    </edges>\n";
}

}  // namespace

void write_gexf(const ActorGraph& g, const Sink& sink) {
  ChunkedOutput out(sink);
  std::string& b = out.buffer();
  b +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>actorgraph</creator>\n"
      "    <description>Interactions between political actors extracted from news</description>\n"
      "  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
  write_attributes(b, "node", node_columns());
  write_attributes(b, "edge", edge_columns(g.aggregated()));
  write_nodes(g, out);
  write_edges(g, out);
  b += "  </graph>\n</gexf>\n";
  out.flush();
}

}  // namespace ag::exporters
