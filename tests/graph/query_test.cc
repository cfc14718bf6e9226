#include "graph/query.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "tests/graph/test_events.h"
#include "tests/support/temp_dir.h"

using namespace ag;
using namespace ag::graph;
using ag::test::event;

namespace {

// a -call-> b (2024-01-10), b -meet- c (2024-02), c -call-> d (2023), a -meet- b (undated),
// mediation m between c and e (2024-03-01), planned call a-b.
ActorGraph sample() {
  Event ab = event("ev-ab", "phone_call", {"a", "b"}, "2024-01-10");
  ab.initiator = "a";
  ab.topics = {"energy", "climate"};
  Event bc = event("ev-bc", "meeting", {"b", "c"}, "2024-02");
  bc.topics = {"energy"};
  Event cd = event("ev-cd", "phone_call", {"c", "d"}, "2023");
  cd.initiator = "d";
  Event ab2 = event("ev-ab2", "meeting", {"b", "a"});
  ab2.topics = {"climate"};
  Event med = event("ev-med", "mediation", {"c", "m", "e"}, "2024-03-01");
  med.mediator = "m";
  med.topics = {"peace_process"};
  med.subjects = {"Groupe de Minsk"};
  Event plan = event("ev-plan", "phone_call", {"a", "b"}, "2024-05-01");
  plan.status = "planned";
  plan.initiator = "b";
  return ActorGraph({ab, bc, cd, ab2, med, plan});
}

Vertex v(const ActorGraph& g, const char* id) { return *g.find(id); }

}  // namespace

TEST_CASE("neighbours at depth 1 tally interactions by type, initiator, topics", "[graph]") {
  const ActorGraph g = sample();
  auto rows = neighbours(g, v(g, "a"), {}, 1);
  REQUIRE(rows.size() == 1);
  const NeighbourRow& b = rows[0];
  REQUIRE(g.vertex(b.actor).id == "b");
  REQUIRE(b.distance == 1);
  REQUIRE(b.tally.total == 3);
  REQUIRE(b.tally.by_type.at("phone_call") == 2);
  REQUIRE(b.tally.by_type.at("meeting") == 1);
  REQUIRE(b.tally.by_near == 1);  // a called b
  REQUIRE(b.tally.by_far == 1);   // b will call a
  REQUIRE(b.tally.mutual == 1);
  REQUIRE(b.tally.last_date == "2024-05-01");
  REQUIRE(b.tally.topics.front() == std::make_pair(std::string("climate"), std::size_t{2}));
}

TEST_CASE("neighbours at depth 2 and filters", "[graph]") {
  const ActorGraph g = sample();
  auto rows = neighbours(g, v(g, "b"), {}, 2);
  std::vector<std::string> ids;
  for (const auto& r : rows) ids.push_back(g.vertex(r.actor).id + "@" + std::to_string(r.distance));
  REQUIRE(ids == std::vector<std::string>{"a@1", "c@1", "d@2", "e@2", "m@2"});
  REQUIRE(g.vertex(rows[2].via.at(0)).id == "c");

  Filter calls;
  calls.type = "phone_call";
  REQUIRE(neighbours(g, v(g, "b"), calls, 2).size() == 1);

  Filter in2024;
  in2024.since = Date{2024, 0, 0};
  auto dated = neighbours(g, v(g, "c"), in2024, 1);
  REQUIRE(dated.size() == 3);  // b, e, m; not d (2023)

  Filter until_jan;
  until_jan.until = Date{2024, 1, 31};
  auto early = neighbours(g, v(g, "a"), until_jan, 1);
  REQUIRE(early.size() == 1);
  REQUIRE(early[0].tally.total == 1);  // the undated meeting is left out

  Filter topic;
  topic.topic = "peace_process";
  REQUIRE(neighbours(g, v(g, "m"), topic, 1).size() == 2);
  REQUIRE(neighbours(g, v(g, "a"), topic, 1).empty());

  Filter subject;  // a named subject, as the user types it
  subject.topic = "groupe de MINSK";
  REQUIRE(neighbours(g, v(g, "m"), subject, 1).size() == 2);
  REQUIRE(neighbours(g, v(g, "a"), subject, 1).empty());
  subject.topic = "Groupe de";  // whole subjects only
  REQUIRE(neighbours(g, v(g, "m"), subject, 1).empty());
}

TEST_CASE("shortest path follows interactions in either direction", "[graph]") {
  const ActorGraph g = sample();
  PathResult p = shortest_path(g, v(g, "a"), v(g, "e"), {});
  REQUIRE(p.found);
  std::vector<std::string> ids;
  for (Vertex x : p.actors) ids.push_back(g.vertex(x).id);
  REQUIRE(ids == std::vector<std::string>{"a", "b", "c", "e"});
  REQUIRE(p.steps.size() == 3);
  REQUIRE(p.steps[0].records.size() == 3);
  REQUIRE(g.records()[p.steps[2].records[0]].id == "ev-med");

  Filter meetings;
  meetings.type = "meeting";
  REQUIRE_FALSE(shortest_path(g, v(g, "a"), v(g, "d"), meetings).found);
  REQUIRE(shortest_path(g, v(g, "a"), v(g, "a"), {}).actors.size() == 1);
}

TEST_CASE("stats count events, pairs and components", "[graph]") {
  const ActorGraph g = sample();
  Stats st = stats(g, {}, true);
  REQUIRE(st.actors == 6);
  REQUIRE(st.events == 6);
  REQUIRE(st.edges == 8);
  REQUIRE(st.pairs == 6);
  REQUIRE(st.components == 1);
  REQUIRE(st.undated == 1);
  REQUIRE(st.by_type.at("phone_call") == 3);
  REQUIRE(st.by_status.at("planned") == 1);
  REQUIRE(st.by_kind.at("person") == 6);
  REQUIRE(st.first_date == "2023");
  REQUIRE(st.last_date == "2024-05-01");
  REQUIRE(g.vertex(st.ranking[0].actor).id == "b");
  REQUIRE(st.ranking[0].degree == 4);
  REQUIRE(st.ranking[0].out_degree == 1);  // b will call a
  REQUIRE(st.ranking[0].in_degree == 1);   // a called b
  REQUIRE(st.ranking[0].mutual == 2);
  REQUIRE(st.ranking[0].partners == 2);
}

TEST_CASE("betweenness matches networkx on the simple undirected graph", "[graph]") {
  const ActorGraph g = sample();
  Stats st = stats(g, {}, true);
  // networkx.betweenness_centrality(G) for edges a-b, b-c, c-d, c-m, c-e, m-e (normalized).
  std::map<std::string, double> expected = {{"a", 0.0}, {"b", 0.4}, {"c", 0.8}, {"d", 0.0}, {"e", 0.0}, {"m", 0.0}};
  for (const auto& a : st.ranking) REQUIRE(a.betweenness == Approx(expected.at(g.vertex(a.actor).id)));

  const char* py = "/usr/bin/python3";
  if (std::system("/usr/bin/python3 -c 'import networkx' 2>/dev/null") != 0) {
    WARN("networkx not available: skipping the live comparison");
    return;
  }
  // A scratch file of this run's own: another checkout's tests may run at the same time.
  const ag::test::TempDir dir;
  const std::string out = (dir.path / "bc.txt").string();
  const std::string cmd = std::string(py) +
                          " -c \"import networkx as nx; G=nx.Graph([('a','b'),('b','c'),('c','d'),('c','m'),('c','e'),"
                          "('m','e')]); print(' '.join('%s=%.6f' % kv for kv in sorted(nx.betweenness_centrality(G)"
                          ".items())))\" > " +
                          out;
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::ifstream in(out);
  std::string line;
  std::getline(in, line);
  REQUIRE(line == "a=0.000000 b=0.400000 c=0.800000 d=0.000000 e=0.000000 m=0.000000");
}

TEST_CASE("edit distance", "[graph]") {
  REQUIRE(edit_distance("aliyev", "aliev") == 1);
  REQUIRE(edit_distance("", "abc") == 3);
  REQUIRE(edit_distance("kitten", "sitting") == 3);
}
