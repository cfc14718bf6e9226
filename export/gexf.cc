// GEXF 1.3 (https://gexf.net/): a dynamic graph whose edges live from their event's first
// to last possible day, so Gephi's timeline plays the events.
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"
#include "export/style.h"

namespace ag::exporters {

using namespace std::literals;
namespace {

using graph::ActorGraph;

bool plain_attribute(Special s) { return s == Special::none; }

// Attribute ids are short numbers ("0", "1", ...), as Gephi writes them; titles carry the
// names. Ids count the plain columns only, in column order.
template <class Column>
void write_attributes(std::string& b, std::string_view cls, const std::vector<Column>& columns) {
  b += "    <attributes class=\""sv;
  b += cls;
  b += "\">\n"sv;
  std::size_t id = 0;
  for (const Column& c : columns) {
    if (!plain_attribute(c.special)) continue;
    b += "      <attribute id=\""sv;
    append_uint(b, id++);
    b += "\" title=\""sv;
    b += c.name;
    b += "\" type=\""sv;
    b += gexf_type(c.type);
    b += "\"/>\n"sv;
  }
  b += "    </attributes>\n"sv;
}

// `<attvalue for="0" value="` ... for each attribute id: built once, appended whole.
std::vector<std::string> attvalue_tags(std::size_t ids) {
  std::vector<std::string> tags(ids);
  for (std::size_t i = 0; i < ids; ++i) {
    tags[i] = "<attvalue for=\"";
    append_uint(tags[i], i);
    tags[i] += "\" value=\"";
  }
  return tags;
}

void write_attvalue(std::string& b, const std::string& tag, const Value& v) {
  if (absent(v)) return;
  b += tag;
  if (v.type == ValueType::string) append_text(b, v, append_xml);
  else append_scalar(b, v);
  b += "\"/>"sv;
}

void write_color(std::string& b, const Color& c) {
  b += "<viz:color r=\""sv;
  append_uint(b, c.r);
  b += "\" g=\""sv;
  append_uint(b, c.g);
  b += "\" b=\""sv;
  append_uint(b, c.b);
  b += "\"/>"sv;
}

void write_nodes(const ActorGraph& g, ChunkedOutput& out) {
  const VertexTable table(g);
  Value v;
  const std::vector<std::string> tags = attvalue_tags(node_columns().size());
  std::string& b = out.buffer();
  b += "    <nodes count=\""sv;
  append_uint(b, g.num_vertices());
  b += "\">\n"sv;
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    const graph::VertexProps& p = g.vertex(x);
    b += "      <node id=\""sv;
    b += p.key;
    b += "\" label=\""sv;
    append_xml(b, table.label[x]);
    b += "\"><attvalues>"sv;
    std::size_t id = 0;
    for (const NodeColumn& c : node_columns()) {
      if (!plain_attribute(c.special)) continue;
      get_value(c, g, table, x, v);
      write_attvalue(b, tags[id++], v);
    }
    b += "</attvalues>"sv;
    write_color(b, kind_color(p.kind));
    b += "<viz:shape value=\""sv;
    b += gexf_shape(p.kind);
    b += "\"/></node>\n"sv;
    out.maybe_flush();
  }
  b += "    </nodes>\n"sv;
}

void write_edge_open(const ActorGraph& g, graph::Edge e, std::string& b, std::string& scratch) {
  const graph::Record& r = g.record(e);
  b += "      <edge id=\""sv;
  append_edge_id(b, g, e);
  b += "\" source=\""sv;
  b += g.vertex(g.source(e)).key;
  b += "\" target=\""sv;
  b += g.vertex(g.target(e)).key;
  b += "\" label=\""sv;
  scratch.clear();
  edge_label(g, e, scratch);
  append_xml(b, scratch);
  b += "\" weight=\""sv;
  append_uint(b, r.weight);
  b += ".0\""sv;
  if (!r.start.empty()) {
    b += " start=\""sv;
    b += r.start;
    b += "\" end=\""sv;
    b += r.end;
    b += '"';
  }
  b += '>';
}

void write_edges(const ActorGraph& g, ChunkedOutput& out) {
  const auto& columns = edge_columns(g.aggregated());
  Value v;
  std::string scratch;
  const std::vector<std::string> tags = attvalue_tags(columns.size());
  std::vector<std::size_t> ids(columns.size());  // attribute id of each plain column
  for (std::size_t k = 0, id = 0; k < columns.size(); ++k)
    if (plain_attribute(columns[k].special)) ids[k] = id++;
  RecordRuns runs;
  std::string& b = out.buffer();
  b += "    <edges count=\""sv;
  append_uint(b, g.num_edges());
  b += "\">\n"sv;
  for (graph::Edge e : g.edges()) {
    write_edge_open(g, e, b, scratch);
    b += "<attvalues>"sv;
    for_each_edge_column(columns, g, e, runs, b, [&](std::size_t k) {
      if (!plain_attribute(columns[k].special)) return;
      get_value(columns[k], g, e, v, scratch);
      write_attvalue(b, tags[ids[k]], v);
    });
    b += "</attvalues>"sv;
    write_color(b, type_color(g.record(e).type));
    if (g.aggregated()) {
      b += "<viz:thickness value=\""sv;
      append_uint(b, g.record(e).weight);
      b += ".0\"/>"sv;
    } else if (g.event(e).status == "planned") {
      b += "<viz:shape value=\"dashed\"/>"sv;
    }
    b += "</edge>\n"sv;
    out.maybe_flush();
  }
  b += "    </edges>\n"sv;
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
  b += "  </graph>\n</gexf>\n"sv;
  out.flush();
}

}  // namespace ag::exporters
