// A benchmark, hidden from normal runs:  ./export_tests "[.perf]"  (in a Release build)
// Times (CPU seconds of this thread) deduplication, graph building and every writer on
// AG_PERF_EVENTS synthetic events
// (default 1,000,000: 30 leaders, three types, dates over ten years, one source each).
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <random>

#include <catch2/catch.hpp>

#include "export/export.h"
#include "graph/dedup.h"
#include "graph/query.h"
#include "tests/graph/test_events.h"

using namespace ag;

namespace {

std::vector<Event> synthetic(std::size_t n) {
  std::mt19937_64 rng(42);
  std::vector<Actor> leaders;
  for (int i = 0; i < 30; ++i)
    leaders.push_back(test::actor("leader-" + std::to_string(i), "Leader Number " + std::to_string(i),
                                  i % 5 == 0 ? ActorKind::country : ActorKind::person, "FRA"));
  const char* types[] = {"phone_call", "phone_call", "meeting", "mediation"};
  const char* topics[] = {"peace_process", "energy", "climate", "borders", "economy_trade"};
  std::vector<Event> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Event e;
    e.id = stable_id("perf" + std::to_string(i));
    e.type = types[rng() % 4];
    const std::size_t a = rng() % 30, b = (a + 1 + rng() % 29) % 30;
    e.participants = {leaders[a], leaders[b]};
    if (e.type == "mediation") e.participants.push_back(leaders[(b + 1 + rng() % 28) % 30 == a ? (a + 15) % 30 : (b + 1 + rng() % 28) % 30]);
    if (e.type == "mediation") e.mediator = e.participants.back().id;
    if (rng() % 2) e.initiator = e.participants[0].id;
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2015 + static_cast<int>(rng() % 10),
                  1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
    e.date = date;
    e.topics = {topics[rng() % 5], topics[rng() % 5]};
    e.sources.push_back(test::source("corpus.jsonl#doc-" + std::to_string(i / 5), date,
                                     "Leader Number " + std::to_string(a) + " s'est entretenu par téléphone avec Leader Number " +
                                         std::to_string(b) + " au sujet des pourparlers de paix.",
                                     100 * (i % 5)));
    e.cameo = "041";
    e.confidence = 0.8;
    out.push_back(std::move(e));
  }
  return out;
}

// CPU time of this thread: the machine may be shared, wall time would count the others.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

double since(double t) { return cpu_now() - t; }

}  // namespace

TEST_CASE("build performance on synthetic events", "[.perf]") {
  const char* env = std::getenv("AG_PERF_EVENTS");
  const std::size_t n = env ? std::strtoul(env, nullptr, 10) : 1000000;
  auto events = synthetic(n);
  auto t = cpu_now();
  graph::DedupStats st;
  auto deduped = graph::deduplicate(std::move(events), {}, &st);
  const double t_dedup = since(t);
  t = cpu_now();
  const graph::ActorGraph g(std::move(deduped));
  const double t_graph = since(t);
  double total = t_dedup + t_graph;
  std::printf("%zu events -> %zu after dedup; %zu actors, %zu edges\n", n, st.output, g.num_vertices(), g.num_edges());
  std::printf("  dedup     %6.3f s\n  graph     %6.3f s\n", t_dedup, t_graph);
  for (auto f : {exporters::Format::graphml, exporters::Format::gexf, exporters::Format::dot, exporters::Format::json,
                 exporters::Format::nodes_csv, exporters::Format::edges_csv}) {
    std::size_t bytes = 0;
    t = cpu_now();
    exporters::write(f, g, [&](std::string_view s) { bytes += s.size(); });
    const double secs = since(t);
    total += secs;
    std::printf("  %-13s %6.3f s  %7.1f MB\n", std::string(exporters::file_name(f)).c_str(), secs, bytes / 1e6);
  }
  t = cpu_now();
  const graph::Stats s = graph::stats(g, {}, false);
  std::printf("  summary   %6.3f s\n  total     %6.3f s CPU\n", since(t), total);
  REQUIRE(s.events == st.output);
}
