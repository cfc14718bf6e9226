#include "export/export.h"

namespace ag::exporters {

void write(Format format, const graph::ActorGraph& g, const Sink& sink) {
  switch (format) {
    case Format::graphml: write_graphml(g, sink); break;
    case Format::gexf: write_gexf(g, sink); break;
    case Format::dot: write_dot(g, sink); break;
    case Format::json: write_json(g, sink); break;
    case Format::nodes_csv: write_nodes_csv(g, sink); break;
    case Format::edges_csv: write_edges_csv(g, sink); break;
  }
}

std::string render(Format format, const graph::ActorGraph& g) {
  std::string out;
  write(format, g, string_sink(out));
  return out;
}

std::string_view file_name(Format format) {
  switch (format) {
    case Format::graphml: return "graph.graphml";
    case Format::gexf: return "graph.gexf";
    case Format::dot: return "graph.dot";
    case Format::json: return "graph.json";
    case Format::nodes_csv: return "nodes.csv";
    case Format::edges_csv: return "edges.csv";
  }
  return "graph";
}

}  // namespace ag::exporters
