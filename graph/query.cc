#include "graph/query.h"

#include <algorithm>
#include <climits>
#include <unordered_map>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

namespace ag::graph {
namespace {

using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

long first_day(const std::optional<Date>& d) {
  long a = LONG_MIN, b = 0;
  if (d) day_range(*d, a, b);
  return a;
}

long last_day(const std::optional<Date>& d) {
  long a = 0, b = LONG_MAX;
  if (d) day_range(*d, a, b);
  return b;
}

// Latest possible day of an EDTF date, for "last date" comparisons; false without a year.
bool latest_day(const std::string& edtf, long& day) {
  if (edtf.empty()) return false;
  auto d = parse_edtf(edtf);
  long a = 0;
  return d && day_range(*d, a, day);
}

bool earliest_day(const std::string& edtf, long& day) {
  if (edtf.empty()) return false;
  auto d = parse_edtf(edtf);
  long b = 0;
  return d && day_range(*d, day, b);
}

// The accepted edges, each pair once: sorted (min, max) vertex pairs.
std::vector<std::pair<Vertex, Vertex>> accepted_pairs(const ActorGraph& g, const Filter& filter) {
  std::vector<std::pair<Vertex, Vertex>> pairs;
  for (Edge e : g.edges()) {
    if (!filter.accepts(g, g.record(e))) continue;
    const Vertex s = g.source(e), t = g.target(e);
    pairs.emplace_back(std::min(s, t), std::max(s, t));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

Simple simple_graph(const ActorGraph& g, const std::vector<std::pair<Vertex, Vertex>>& pairs) {
  Simple s(g.num_vertices());
  for (const auto& [a, b] : pairs) boost::add_edge(a, b, s);
  return s;
}

// Accepted edges between `near` and `far`, added to a tally seen from `near`.
void tally_edges(const ActorGraph& g, Vertex near, Vertex far, const Filter& filter, Tally& t) {
  auto count = [&](Edge e) {
    if (!filter.accepts(g, g.record(e))) return;
    const EdgeProps& p = g.edge(e);
    const Record& r = g.record(e);
    ++t.total;
    ++t.by_type[r.type];
    if (p.mutual) ++t.mutual;
    else if (g.source(e) == near) ++t.by_near;
    else ++t.by_far;
    t.records.push_back(p.record);
  };
  for (auto [it, end] = boost::out_edges(near, g.graph()); it != end; ++it)
    if (boost::target(*it, g.graph()) == far) count(*it);
  for (auto [it, end] = boost::in_edges(near, g.graph()); it != end; ++it)
    if (boost::source(*it, g.graph()) == far) count(*it);
}

// Sorts the tally's records, then fills its last date and topic counts.
void finish_tally(const ActorGraph& g, Tally& t) {
  std::sort(t.records.begin(), t.records.end());
  long best = LONG_MIN;
  std::map<std::string, std::size_t> topics;
  for (std::uint32_t r : t.records) {
    const Record& rec = g.records()[r];
    long day = 0;
    if (latest_day(rec.last, day) && day >= best) {
      best = day;
      t.last_date = rec.last;
    }
    for (const auto& topic : g.topics(rec)) ++topics[topic];
  }
  t.topics.assign(topics.begin(), topics.end());
  std::stable_sort(t.topics.begin(), t.topics.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
}

// Accepted neighbours of `v` (either direction), sorted and unique.
std::vector<Vertex> adjacent(const ActorGraph& g, Vertex v, const Filter& filter) {
  std::vector<Vertex> out;
  for (auto [it, end] = boost::out_edges(v, g.graph()); it != end; ++it)
    if (filter.accepts(g, g.record(*it))) out.push_back(boost::target(*it, g.graph()));
  for (auto [it, end] = boost::in_edges(v, g.graph()); it != end; ++it)
    if (filter.accepts(g, g.record(*it))) out.push_back(boost::source(*it, g.graph()));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.erase(std::remove(out.begin(), out.end(), v), out.end());
  return out;
}

bool same_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Whether the record's event (an aggregate: any of its events) has `topic` as a topic id or
// a named subject.
bool carries_topic(const ActorGraph& g, const Record& r, const std::string& topic) {
  const auto& topics = g.topics(r);
  if (std::find(topics.begin(), topics.end(), topic) != topics.end()) return true;
  auto named = [&](std::uint32_t event) {
    for (const auto& s : g.events()[event].subjects)
      if (same_ignoring_ascii_case(s, topic)) return true;
    return false;
  };
  if (r.members.empty()) return r.event != kNoEvent && named(r.event);
  return std::any_of(r.members.begin(), r.members.end(), named);
}

}  // namespace

bool Filter::accepts(const ActorGraph& g, const Record& r) const {
  if (!type.empty() && r.type != type) return false;
  if (!topic.empty() && !carries_topic(g, r, topic)) return false;
  if (!since && !until) return true;
  long a = 0, b = 0;
  if (!earliest_day(r.first, a) || !latest_day(r.last, b)) return false;
  return b >= first_day(since) && a <= last_day(until);
}

std::vector<NeighbourRow> neighbours(const ActorGraph& g, Vertex actor, const Filter& filter, unsigned depth) {
  std::vector<NeighbourRow> rows;
  std::unordered_map<Vertex, unsigned> dist{{actor, 0}};
  std::vector<Vertex> ring{actor};
  for (unsigned d = 1; d <= depth && !ring.empty(); ++d) {
    std::map<Vertex, std::vector<Vertex>> next;  // new actor -> its nearer actors
    for (Vertex v : ring)
      for (Vertex w : adjacent(g, v, filter))
        if (!dist.count(w)) next[w].push_back(v);
    ring.clear();
    for (auto& [w, via] : next) {
      dist[w] = d;
      ring.push_back(w);
      NeighbourRow row;
      row.actor = w;
      row.distance = d;
      for (Vertex v : via) tally_edges(g, v, w, filter, row.tally);
      finish_tally(g, row.tally);
      if (d > 1) row.via = std::move(via);
      rows.push_back(std::move(row));
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const NeighbourRow& a, const NeighbourRow& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.tally.total != b.tally.total) return a.tally.total > b.tally.total;
    const auto& na = g.vertex(a.actor);
    const auto& nb = g.vertex(b.actor);
    if (na.name != nb.name) return na.name < nb.name;
    return na.id < nb.id;
  });
  return rows;
}

PathResult shortest_path(const ActorGraph& g, Vertex a, Vertex b, const Filter& filter) {
  PathResult result;
  if (a == b) {
    result.found = true;
    result.actors = {a};
    return result;
  }
  const Simple s = simple_graph(g, accepted_pairs(g, filter));
  std::vector<Vertex> pred(g.num_vertices());
  for (Vertex v = 0; v < pred.size(); ++v) pred[v] = v;
  boost::breadth_first_search(
      s, a,
      boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(pred.data(), boost::on_tree_edge()))));
  if (pred[b] == b) return result;
  for (Vertex v = b; v != a; v = pred[v]) result.actors.push_back(v);
  result.actors.push_back(a);
  std::reverse(result.actors.begin(), result.actors.end());
  result.found = true;
  for (std::size_t i = 0; i + 1 < result.actors.size(); ++i) {
    Tally t;
    tally_edges(g, result.actors[i], result.actors[i + 1], filter, t);
    std::sort(t.records.begin(), t.records.end());
    result.steps.push_back({result.actors[i], result.actors[i + 1], std::move(t.records)});
  }
  return result;
}

Stats stats(const ActorGraph& g, const Filter& filter, bool betweenness) {
  Stats st;
  const std::size_t n = g.num_vertices();
  std::vector<ActorStats> per(n);
  std::vector<char> record_seen(g.records().size(), 0);
  long lo = LONG_MAX, hi = LONG_MIN;
  for (Edge e : g.edges()) {
    const EdgeProps& p = g.edge(e);
    const Record& r = g.records()[p.record];
    if (!filter.accepts(g, r)) continue;
    ++st.edges;
    if (p.mutual) {
      per[g.source(e)].mutual += r.weight;
      per[g.target(e)].mutual += r.weight;
    } else {
      per[g.source(e)].out_degree += r.weight;
      per[g.target(e)].in_degree += r.weight;
    }
    if (record_seen[p.record]) continue;
    record_seen[p.record] = 1;
    st.events += r.weight;
    st.by_type[r.type] += r.weight;
    ++st.by_status[g.events()[r.event].status];
    long a = 0, b = 0;
    const bool dated = earliest_day(r.first, a) && latest_day(r.last, b);
    if (!dated) {
      st.undated += r.weight;
      continue;
    }
    if (a < lo || (a == lo && r.first < st.first_date)) {
      lo = a;
      st.first_date = r.first;
    }
    if (b > hi || (b == hi && r.last > st.last_date)) {
      hi = b;
      st.last_date = r.last;
    }
  }
  const auto pairs = accepted_pairs(g, filter);
  st.pairs = pairs.size();
  for (const auto& [a, b] : pairs) {
    ++per[a].partners;
    ++per[b].partners;
  }
  const Simple s = simple_graph(g, pairs);
  // Normalized over the actors the filter leaves, as networkx would see that graph.
  std::size_t active = 0;
  for (const ActorStats& a : per) active += a.partners > 0;
  if (betweenness && active > 2) {
    std::vector<double> centrality(n, 0.0);
    boost::brandes_betweenness_centrality(
        s, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, s))));
    // The BGL counts each unordered pair once on undirected graphs; networkx normalizes by
    // the number of pairs of other vertices, (n-1)(n-2)/2.
    const double scale = 2.0 / (static_cast<double>(active - 1) * static_cast<double>(active - 2));
    for (Vertex v = 0; v < n; ++v) per[v].betweenness = centrality[v] * scale;
  }
  std::vector<int> component(n, 0);
  if (n) boost::connected_components(s, component.data());
  std::vector<char> component_seen(n, 0);
  for (Vertex v = 0; v < n; ++v) {
    per[v].actor = v;
    per[v].degree = per[v].in_degree + per[v].out_degree + per[v].mutual;
    if (per[v].degree == 0) continue;
    ++st.actors;
    ++st.by_kind[std::string(to_string(g.vertex(v).kind))];
    if (!component_seen[component[v]]) {
      component_seen[component[v]] = 1;
      ++st.components;
    }
    st.ranking.push_back(per[v]);
  }
  std::stable_sort(st.ranking.begin(), st.ranking.end(),
                   [](const ActorStats& a, const ActorStats& b) { return a.degree > b.degree; });
  return st;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace ag::graph
