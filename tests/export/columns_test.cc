// The attribute columns every format shares (export/columns.h).
#include <catch2/catch.hpp>

#include "export/columns.h"
#include "graph/graph.h"
#include "tests/graph/test_events.h"

using namespace ag;
using namespace ag::exporters;

namespace {

unsigned long long interactions_of(const graph::ActorGraph& g, const VertexTable& t, std::string_view id) {
  const auto v = g.find(id);
  REQUIRE(v);
  return t.interactions[*v];
}

// A mediation (three edges touching each party), a summit of four (three edges per member)
// and a phone call.
std::vector<Event> several_parties() {
  std::vector<Event> events;
  events.push_back(test::event("ev-1", "mediation", {"aliyev", "pashinyan", "michel"}, "2024-05"));
  events.back().mediator = "michel";
  events.push_back(test::event("ev-2", "meeting", {"aliyev", "erdogan", "putin", "raisi"}, "2024-06"));
  events.push_back(test::event("ev-3", "phone_call", {"aliyev", "putin"}, "2024-07-01"));
  events.back().initiator = "putin";
  return events;
}

}  // namespace

TEST_CASE("interactions counts each event an actor took part in once", "[export][columns]") {
  const graph::ActorGraph g(several_parties());
  const VertexTable t(g);
  CHECK(interactions_of(g, t, "aliyev") == 3);
  CHECK(interactions_of(g, t, "michel") == 1);  // the mediator of two parties: one event
  CHECK(interactions_of(g, t, "pashinyan") == 1);
  CHECK(interactions_of(g, t, "erdogan") == 1);  // three edges of one summit
  CHECK(interactions_of(g, t, "putin") == 2);
}

TEST_CASE("aggregated, interactions still counts events, not pair edges", "[export][columns]") {
  auto events = several_parties();
  events.push_back(test::event("ev-4", "phone_call", {"aliyev", "putin"}, "2024-08-01"));
  const graph::ActorGraph g(std::move(events), graph::BuildOptions{true});
  const VertexTable t(g);
  CHECK(interactions_of(g, t, "aliyev") == 4);
  CHECK(interactions_of(g, t, "putin") == 3);
  CHECK(interactions_of(g, t, "raisi") == 1);
}

TEST_CASE("roles are sorted, unique and joined", "[export][columns]") {
  std::vector<Event> events{test::event("ev-1", "meeting", {"a", "b"}, "2024-01-01"),
                            test::event("ev-2", "meeting", {"a", "b"}, "2025-01-01"),
                            test::event("ev-3", "meeting", {"a", "b"}, "2025-02-01")};
  events[0].participants[0].role = "head_of_state:FRA";
  events[1].participants[0].role = "foreign_minister:FRA";
  events[2].participants[0].role = "head_of_state:FRA";
  const graph::ActorGraph g(std::move(events));
  const VertexTable t(g);
  const auto a = g.find("a");
  REQUIRE(a);
  CHECK(t.roles[*a] == std::string("foreign_minister:FRA") + graph::kItemSeparator + "head_of_state:FRA");
  CHECK(t.interactions[*a] == 3);
}

TEST_CASE("GraphML and GEXF type names", "[export][columns]") {
  CHECK(graphml_type(ValueType::string) == "string");
  CHECK(graphml_type(ValueType::integer) == "long");
  CHECK(graphml_type(ValueType::real) == "double");
  CHECK(graphml_type(ValueType::boolean) == "boolean");
  CHECK(gexf_type(ValueType::integer) == "long");
}
