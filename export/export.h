#pragma once
// Writers of an ActorGraph. Each streams its format to a Sink in chunks; the output is
// deterministic (vertices by actor id, edges in record order, fixed number forms) and
// valid whatever the names hold (see escape.h).
//
//   GraphML  valid against the GraphML XSD; keys with explicit `for` and `attr.type`, as
//            Gephi reads them (label, weight, color "#rrggbb"); lists as one ';'-joined
//            string; edge ids "EVENT.N" (NMTOKEN: '#' is not allowed there).
//   GEXF     1.3, dynamic: timeformat="date", edges with start/end from their event dates,
//            viz colours by actor kind and event type, dashed planned events. Valid
//            against the GEXF 1.3 RELAX NG schema.
//   DOT      renders with `dot` without warnings: shapes and colours by actor kind, colour
//            by event type, dashed planned events, labels "type date", the evidence
//            sentence as tooltip (SVG).
//   JSON     node-link form ({"directed", "multigraph", "graph", "nodes", "links"}) as
//            networkx's node_link_graph and d3 read it; lists as arrays.
//   CSV      Gephi's spreadsheet import: a nodes table (Id, Label, ...) and an edges table
//            (Source, Target, Type, Id, Label, Weight, ...).
#include <string>
#include <string_view>

#include "export/sink.h"
#include "graph/graph.h"

namespace ag::exporters {

enum class Format { graphml, gexf, dot, json, nodes_csv, edges_csv };

void write_graphml(const graph::ActorGraph& g, const Sink& sink);
void write_gexf(const graph::ActorGraph& g, const Sink& sink);
void write_dot(const graph::ActorGraph& g, const Sink& sink);
void write_json(const graph::ActorGraph& g, const Sink& sink);
void write_nodes_csv(const graph::ActorGraph& g, const Sink& sink);
void write_edges_csv(const graph::ActorGraph& g, const Sink& sink);

// The writer of `format`.
void write(Format format, const graph::ActorGraph& g, const Sink& sink);

// The whole output in one string (tests and small graphs).
std::string render(Format format, const graph::ActorGraph& g);

// The file name `build` gives each format: graph.graphml, graph.gexf, graph.dot,
// graph.json, nodes.csv, edges.csv.
std::string_view file_name(Format format);

}  // namespace ag::exporters
