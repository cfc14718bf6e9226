#include "graph/graph.h"

#include <memory>

#include <catch2/catch.hpp>

#include "graph/dedup.h"
#include "tests/graph/test_events.h"

using namespace ag;
using namespace ag::graph;
using ag::test::event;

namespace {

struct Arc {
  std::string source, target;
  EdgeRole role;
  bool mutual;
  bool operator==(const Arc& o) const {
    return source == o.source && target == o.target && role == o.role && mutual == o.mutual;
  }
};

std::vector<Arc> arcs(const Event& e) {
  std::vector<Arc> out;
  for (const EdgeSpec& s : edges_of_event(e))
    out.push_back({e.participants[s.source].id, e.participants[s.target].id, s.role, s.mutual});
  return out;
}

}  // namespace

TEST_CASE("an initiator points to the other party", "[graph]") {
  Event e = event("ev-1", "phone_call", {"b", "a"});
  e.initiator = "b";
  REQUIRE(arcs(e) == std::vector<Arc>{{"b", "a", EdgeRole::initiator, false}});
}

TEST_CASE("with no stated direction the edge runs in sorted order and is mutual", "[graph]") {
  Event e = event("ev-1", "meeting", {"zeta", "alpha"});
  REQUIRE(arcs(e) == std::vector<Arc>{{"alpha", "zeta", EdgeRole::participant, true}});
}

TEST_CASE("an initiator that is not a participant is ignored", "[graph]") {
  Event e = event("ev-1", "meeting", {"b", "a"});
  e.initiator = "nobody";
  REQUIRE(arcs(e) == std::vector<Arc>{{"a", "b", EdgeRole::participant, true}});
}

TEST_CASE("a mediation gives mediator-to-party edges and a party-to-party edge", "[graph]") {
  Event e = event("ev-1", "mediation", {"pashinyan", "michel", "aliyev"});
  e.mediator = "michel";
  REQUIRE(arcs(e) == std::vector<Arc>{{"michel", "aliyev", EdgeRole::mediator, false},
                                      {"michel", "pashinyan", EdgeRole::mediator, false},
                                      {"aliyev", "pashinyan", EdgeRole::party, true}});
}

TEST_CASE("a mediation without a mediator links its parties", "[graph]") {
  Event e = event("ev-1", "mediation", {"b", "a"});
  REQUIRE(arcs(e) == std::vector<Arc>{{"a", "b", EdgeRole::party, true}});
}

TEST_CASE("a hosted multilateral meeting: host to each guest, guests pairwise", "[graph]") {
  Event e = event("ev-1", "meeting", {"c", "host", "a"});
  e.initiator = "host";
  REQUIRE(arcs(e) == std::vector<Arc>{{"host", "a", EdgeRole::initiator, false},
                                      {"host", "c", EdgeRole::initiator, false},
                                      {"a", "c", EdgeRole::participant, true}});
}

TEST_CASE("repeated participants count once; one actor gives no edge", "[graph]") {
  REQUIRE(arcs(event("ev-1", "meeting", {"a", "b", "a"})).size() == 1);
  REQUIRE(arcs(event("ev-1", "meeting", {"a", "a"})).empty());
}

TEST_CASE("the graph has sorted vertices and edges sharing their event's record", "[graph]") {
  Event m = event("ev-m", "mediation", {"p2", "med", "p1"}, "2024-05-14");
  m.mediator = "med";
  m.topics = {"peace_process", "borders"};
  Event c = event("ev-c", "phone_call", {"p1", "x"}, "2024-04");
  ActorGraph g({m, c});
  REQUIRE(g.num_vertices() == 4);
  REQUIRE(g.vertex(0).id == "med");
  REQUIRE(g.vertex(3).id == "x");
  REQUIRE(g.num_edges() == 4);
  REQUIRE(g.records().size() == 2);
  REQUIRE(g.edge_id(g.edges()[0]) == "ev-m.0");
  REQUIRE(g.edge_id(g.edges()[2]) == "ev-m.2");
  REQUIRE(g.edge_id(g.edges()[3]) == "ev-c.0");
  const Record& r = g.record(g.edges()[1]);
  REQUIRE(r.id == "ev-m");
  REQUIRE(g.topics(r) == std::vector<std::string>{"peace_process", "borders"});
  REQUIRE(r.start == "2024-05-14");
  REQUIRE(g.record(g.edges()[3]).start == "2024-04-01");
  REQUIRE(g.record(g.edges()[3]).end == "2024-04-30");
  REQUIRE(r.edge_count == 3);  // parts 0, 1, 2
  REQUIRE(g.record(g.edges()[3]).edge_count == 1);
  REQUIRE(g.find("p1").has_value());
  REQUIRE_FALSE(g.find("nobody").has_value());
}

TEST_CASE("vertex properties come from the first event naming the actor", "[graph]") {
  Event a = event("ev-1", "meeting", {"x", "y"});
  a.participants[0].name = "";
  a.participants[0].role = "minister";
  Event b = event("ev-2", "meeting", {"x", "y"});
  b.participants[0].name = "Mr X";
  b.participants[0].country = "FRA";
  b.participants[0].role = "ambassador";
  ActorGraph g({a, b});
  const VertexProps& x = g.vertex(*g.find("x"));
  REQUIRE(x.name == "Mr X");
  REQUIRE(x.country == "FRA");
  REQUIRE(x.roles == std::vector<std::string>{"ambassador", "minister"});
}

TEST_CASE("odd ids become unique NMTOKEN keys", "[graph]") {
  REQUIRE(safe_token("ilham-aliyev") == "ilham-aliyev");
  REQUIRE(safe_token("a_b.c-D9") == "a_b.c-D9");
  REQUIRE(safe_token("a b") == "a:20:b");
  REQUIRE(safe_token("é#") == ":e9::23:");
  REQUIRE(safe_token("a:20:b") == "a:3a:20:3a:b");  // injective: ':' is escaped too
  REQUIRE(safe_token("") == ":");
  REQUIRE(safe_token("\xff") == ":ff:");
  Event e = event("ev 1", "meeting", {"a b", "a:20:b"});
  Event f = event("ev 1", "meeting", {"a b", "c"});
  ActorGraph g({e, f});
  std::vector<std::string> keys;
  for (Vertex v = 0; v < g.num_vertices(); ++v) keys.push_back(g.vertex(v).key);
  REQUIRE(keys == std::vector<std::string>{"a:20:b", "a:3a:20:3a:b", "c"});
  REQUIRE(g.edge_id(g.edges()[0]) == "ev:20:1.0");
  REQUIRE(g.edge_id(g.edges()[1]) == "ev:20:1-2.0");  // repeated event ids stay distinct
}

TEST_CASE("aggregation gives one edge per pair and type", "[graph]") {
  Event a = event("ev-1", "phone_call", {"x", "y"}, "2024-01-05");
  a.initiator = "x";
  a.topics = {"energy"};
  Event b = event("ev-2", "phone_call", {"y", "x"}, "2024-03");
  b.initiator = "x";
  b.topics = {"climate", "energy"};
  Event c = event("ev-3", "meeting", {"x", "y"}, "2024-02-01");
  Event d = event("ev-4", "phone_call", {"x", "y"});
  d.initiator = "x";
  ActorGraph g({a, b, c, d}, BuildOptions{true});
  REQUIRE(g.aggregated());
  REQUIRE(g.num_edges() == 2);
  const Edge call = g.edges()[1];
  const Record& r = g.record(call);
  REQUIRE(r.type == "phone_call");
  REQUIRE(r.weight == 3);
  REQUIRE(r.first == "2024-01-05");
  REQUIRE(r.last == "2024-03");
  REQUIRE(r.start == "2024-01-05");
  REQUIRE(r.end == "2024-03-31");
  REQUIRE(r.topics == std::vector<std::string>{"climate", "energy"});
  REQUIRE(&g.topics(r) == &r.topics);
  REQUIRE(r.members.size() == 3);
  REQUIRE(r.id.rfind("agg-", 0) == 0);
  REQUIRE(g.vertex(g.source(call)).id == "x");
  REQUIRE_FALSE(g.edge(call).mutual);
  REQUIRE(g.edge_id(call) == r.stem);
  const Edge meet = g.edges()[0];
  REQUIRE(g.record(meet).weight == 1);
  REQUIRE(g.edge(meet).mutual);
  REQUIRE(r.edge_count == 1);
}

TEST_CASE("aggregating both directions makes a mutual edge in sorted order", "[graph]") {
  Event a = event("ev-1", "phone_call", {"x", "y"});
  a.initiator = "y";
  Event b = event("ev-2", "phone_call", {"x", "y"});
  b.initiator = "x";
  ActorGraph g({a, b}, BuildOptions{true});
  REQUIRE(g.num_edges() == 1);
  REQUIRE(g.edge(g.edges()[0]).mutual);
  REQUIRE(g.vertex(g.source(g.edges()[0])).id == "x");
}

TEST_CASE("iso_span gives the days a date may fall on", "[graph]") {
  std::string a, b;
  REQUIRE(iso_span("2024-02", a, b));
  REQUIRE(a == "2024-02-01");
  REQUIRE(b == "2024-02-29");
  REQUIRE(iso_span("2023", a, b));
  REQUIRE(b == "2023-12-31");
  REQUIRE_FALSE(iso_span("XXXX-03-15", a, b));
  REQUIRE_FALSE(iso_span("", a, b));
  REQUIRE_FALSE(iso_span("bad", a, b));
}

TEST_CASE("the graph is the same for any thread count", "[graph]") {
  const auto events = std::make_shared<const std::vector<Event>>(deduplicate(ag::test::many_reports(30000)));
  REQUIRE(events->size() > 10000);
  for (bool aggregate : {false, true}) {
    const ActorGraph one(events, BuildOptions{aggregate, 1});
    for (unsigned threads : {2u, 5u}) {
      const ActorGraph g(events, BuildOptions{aggregate, threads});
      INFO(threads << " threads, aggregate " << aggregate);
      REQUIRE(g.records().size() == one.records().size());
      REQUIRE(g.num_edges() == one.num_edges());
      bool same = true;
      for (std::size_t i = 0; i < g.records().size(); ++i) {
        const Record& a = g.records()[i];
        const Record& b = one.records()[i];
        same = same && a.id == b.id && a.stem == b.stem && a.first == b.first && a.last == b.last &&
               a.start == b.start && a.end == b.end && g.text(a.topic_text) == one.text(b.topic_text) &&
               g.text(a.subject_text) == one.text(b.subject_text) && g.text(a.evidence) == one.text(b.evidence);
      }
      CHECK(same);
      for (std::size_t i = 0; i < g.num_edges(); ++i)
        same = same && g.edge_id(g.edges()[i]) == one.edge_id(one.edges()[i]) &&
               g.source(g.edges()[i]) == one.source(one.edges()[i]);
      CHECK(same);
    }
  }
}
