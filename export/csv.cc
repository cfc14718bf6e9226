// CSV tables for Gephi's spreadsheet import (Data Laboratory > Import Spreadsheet): nodes
// with Id and Label, edges with Source, Target, Type, Id, Label and Weight first, then the
// other attributes under the same names as in the other formats. RFC 4180 quoting, LF line
// ends, UTF-8.
#include "export/columns.h"
#include "export/escape.h"
#include "export/export.h"

namespace ag::exporters {

using namespace std::literals;
namespace {

using graph::ActorGraph;

void write_field(std::string& b, const Value& v, std::string& joined) {
  b += ',';
  if (v.type != ValueType::string) {
    append_scalar(b, v);
  } else if (!v.list) {
    append_csv(b, v.text);
  } else {
    joined.clear();
    append_text(joined, v, [](std::string& o, std::string_view s) { o.append(s); });
    append_csv(b, joined);
  }
}

}  // namespace

void write_nodes_csv(const ActorGraph& g, const Sink& sink) {
  ChunkedOutput out(sink);
  std::string& b = out.buffer();
  b += "Id,Label"sv;
  for (const NodeColumn& c : node_columns()) {
    if (c.special == Special::label) continue;
    b += ',';
    b += c.name;
  }
  b += '\n';
  const VertexTable table(g);
  Value v;
  std::string joined;
  for (graph::Vertex x = 0; x < g.num_vertices(); ++x) {
    b += g.vertex(x).key;
    b += ',';
    append_csv(b, table.label[x]);
    for (const NodeColumn& c : node_columns()) {
      if (c.special == Special::label) continue;
      get_value(c, g, table, x, v);
      write_field(b, v, joined);
    }
    b += '\n';
    out.maybe_flush();
  }
  out.flush();
}

void write_edges_csv(const ActorGraph& g, const Sink& sink) {
  ChunkedOutput out(sink);
  std::string& b = out.buffer();
  const auto& columns = edge_columns(g.aggregated());
  b += "Source,Target,Type,Id,Label,Weight"sv;
  for (const EdgeColumn& c : columns) {
    if (c.special == Special::label || c.special == Special::weight) continue;
    b += ',';
    b += c.name;
  }
  b += '\n';
  Value v;
  std::string scratch, joined;
  RecordRuns runs;
  for (graph::Edge e : g.edges()) {
    b += g.vertex(g.source(e)).key;
    b += ',';
    b += g.vertex(g.target(e)).key;
    b += ",Directed,"sv;
    append_edge_id(b, g, e);
    b += ',';
    scratch.clear();
    edge_label(g, e, scratch);
    append_csv(b, scratch);
    b += ',';
    append_uint(b, g.record(e).weight);
    b += ".0"sv;
    for_each_edge_column(columns, g, e, runs, b, [&](std::size_t k) {
      const EdgeColumn& c = columns[k];
      if (c.special == Special::label || c.special == Special::weight) return;
      get_value(c, g, e, v, scratch);
      write_field(b, v, joined);
    });
    b += '\n';
    out.maybe_flush();
  }
  out.flush();
}

}  // namespace ag::exporters
