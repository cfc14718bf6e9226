#include "graph/graph.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "graph/memory.h"
#include "graph/parallel.h"
#include "graph/unique.h"
#include "model/edtf.h"

namespace ag::graph {
namespace {

// Appends "YYYY-MM-DD" of a day number.
void append_iso_day(std::string& out, long day) {
  const Date d = civil_from_days(day);
  char buf[12];
  int y = d.year;
  buf[3] = static_cast<char>('0' + y % 10);
  y /= 10;
  buf[2] = static_cast<char>('0' + y % 10);
  y /= 10;
  buf[1] = static_cast<char>('0' + y % 10);
  y /= 10;
  buf[0] = static_cast<char>('0' + y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + d.month / 10);
  buf[6] = static_cast<char>('0' + d.month % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + d.day / 10);
  buf[9] = static_cast<char>('0' + d.day % 10);
  out.append(buf, 10);
}

// Day range of an EDTF date with a year.
bool edtf_days(std::string_view edtf, long& first, long& last) {
  if (edtf.empty()) return false;
  auto d = parse_edtf(edtf);
  return d && day_range(*d, first, last);
}

// Distinct participant indices (first occurrence of each id), sorted by id, into `idx`.
void distinct_participants(const Event& e, std::vector<std::size_t>& idx) {
  idx.clear();
  for (std::size_t i = 0; i < e.participants.size(); ++i) {
    bool seen = e.participants[i].id.empty();
    for (std::size_t j : idx) seen = seen || e.participants[j].id == e.participants[i].id;
    if (!seen) idx.push_back(i);
  }
  std::sort(idx.begin(), idx.end(),
            [&](std::size_t a, std::size_t b) { return e.participants[a].id < e.participants[b].id; });
}

std::size_t index_of(const Event& e, const std::vector<std::size_t>& idx, const std::string& id) {
  if (id.empty()) return e.participants.size();
  for (std::size_t i : idx)
    if (e.participants[i].id == id) return i;
  return e.participants.size();
}

// Edges among `group` (sorted by id): from `lead` (if in the group) to each other member,
// then the remaining pairs in sorted order, mutual.
void group_edges(const std::vector<std::size_t>& group, std::size_t lead, EdgeRole lead_role, EdgeRole pair_role,
                 std::vector<EdgeSpec>& out) {
  const bool has_lead = std::find(group.begin(), group.end(), lead) != group.end();
  if (has_lead)
    for (std::size_t t : group)
      if (t != lead) out.push_back({lead, t, lead_role, false});
  for (std::size_t a = 0; a < group.size(); ++a) {
    if (has_lead && group[a] == lead) continue;
    for (std::size_t b = a + 1; b < group.size(); ++b)
      if (!(has_lead && group[b] == lead)) out.push_back({group[a], group[b], pair_role, true});
  }
}

}  // namespace

std::string_view to_string(EdgeRole r) {
  switch (r) {
    case EdgeRole::initiator: return "initiator";
    case EdgeRole::participant: return "participant";
    case EdgeRole::mediator: return "mediator";
    case EdgeRole::party: return "party";
  }
  return "participant";
}

std::string safe_token(std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
        c == '_') {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // One code point (or one invalid byte) as ":HEX:".
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xc0 && c < 0xf8) {
      const std::size_t need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      std::uint32_t v = c & (0x7f >> need);
      bool ok = i + need <= s.size();
      for (std::size_t k = 1; ok && k < need; ++k) {
        const unsigned char cc = static_cast<unsigned char>(s[i + k]);
        ok = (cc & 0xc0) == 0x80;
        v = (v << 6) | (cc & 0x3f);
      }
      if (ok) {
        cp = v;
        len = need;
      }
    }
    out += ':';
    char buf[8];
    int n = 0;
    do {
      buf[n++] = kHex[cp & 0xf];
      cp >>= 4;
    } while (cp);
    while (n) out += buf[--n];
    out += ':';
    i += len;
  }
  if (out.empty()) out = ":";
  return out;
}

bool iso_span(std::string_view edtf, std::string& first, std::string& last) {
  long a = 0, b = 0;
  if (!edtf_days(edtf, a, b)) return false;
  first.clear();
  last.clear();
  append_iso_day(first, a);
  append_iso_day(last, b);
  return true;
}

std::vector<EdgeSpec> edges_of_event(const Event& e) {
  std::vector<EdgeSpec> out;
  std::vector<std::size_t> scratch;
  edges_of_event(e, out, scratch);
  return out;
}

void edges_of_event(const Event& e, std::vector<EdgeSpec>& out, std::vector<std::size_t>& all) {
  out.clear();
  distinct_participants(e, all);
  if (all.size() < 2) return;
  const std::size_t none = e.participants.size();
  const bool mediation = e.type == event_type::mediation;
  const std::size_t mediator = mediation ? index_of(e, all, e.mediator) : none;
  std::size_t initiator = index_of(e, all, e.initiator);
  if (initiator == mediator) initiator = none;
  if (!mediation) {
    group_edges(all, initiator, EdgeRole::initiator, EdgeRole::participant, out);
    return;
  }
  if (mediator != none) {
    for (std::size_t i : all)
      if (i != mediator) out.push_back({mediator, i, EdgeRole::mediator, false});
    all.erase(std::find(all.begin(), all.end(), mediator));
  }
  group_edges(all, initiator, EdgeRole::party, EdgeRole::party, out);
}

ActorGraph::ActorGraph(std::vector<Event> events, BuildOptions options)
    : ActorGraph(std::make_shared<const std::vector<Event>>(std::move(events)), options) {}

ActorGraph::ActorGraph(std::shared_ptr<const std::vector<Event>> events, BuildOptions options)
    : events_(std::move(events)), aggregated_(options.aggregate) {
  add_vertices();
  if (aggregated_) add_aggregate_edges();
  else add_event_edges(options.threads);
  detail::release(slots_);
  detail::release(first_slot_);
  edges_.reserve(boost::num_edges(graph_));
  for (auto [it, end] = boost::edges(graph_); it != end; ++it) edges_.push_back(*it);
  flatten_text(options.threads);
}

namespace {

// Bytes of the items joined with kItemSeparator, the separator dropped from inside items.
std::size_t items_size(const std::vector<std::string>& items) {
  std::size_t n = items.empty() ? 0 : items.size() - 1;
  for (const auto& item : items) n += item.size() - static_cast<std::size_t>(std::count(item.begin(), item.end(), kItemSeparator));
  return n;
}

char* put_items(char* out, const std::vector<std::string>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) *out++ = kItemSeparator;
    for (char c : items[i])
      if (c != kItemSeparator) *out++ = c;
  }
  return out;
}

std::string_view evidence_of(const Event& e) {
  return e.sources.empty() ? std::string_view() : std::string_view(e.sources.front().sentence);
}

}  // namespace

// In two parallel passes: the size of every record's pieces, then (after their offsets are
// summed in record order) the bytes, each record writing only its own part of the text.
void ActorGraph::flatten_text(unsigned threads) {
  detail::parallel_for(records_.size(), threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      Record& r = records_[i];
      const Event& e = (*events_)[r.event];
      r.topic_text.size = items_size(aggregated_ ? r.topics : e.topics);
      r.subject_text.size = items_size(e.subjects);
      r.evidence.size = evidence_of(e).size();
    }
  });
  std::size_t offset = 0;
  for (Record& r : records_) {
    for (TextSpan* t : {&r.topic_text, &r.subject_text, &r.evidence}) {
      t->offset = offset;
      offset += t->size;
    }
  }
  text_.resize(offset);
  detail::parallel_for(records_.size(), threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const Record& r = records_[i];
      const Event& e = (*events_)[r.event];
      put_items(&text_[r.topic_text.offset], aggregated_ ? r.topics : e.topics);
      put_items(&text_[r.subject_text.offset], e.subjects);
      const std::string_view ev = evidence_of(e);
      if (!ev.empty()) std::memcpy(&text_[r.evidence.offset], ev.data(), ev.size());
    }
  });
}

std::string ActorGraph::edge_id(Edge e) const {
  const Record& r = record(e);
  if (aggregated_) return r.stem;
  return r.stem + "." + std::to_string(graph_[e].part);
}

std::optional<Vertex> ActorGraph::find(std::string_view actor_id) const {
  std::size_t lo = 0, hi = num_vertices();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (graph_[mid].id < actor_id) lo = mid + 1;
    else hi = mid;
  }
  if (lo < num_vertices() && graph_[lo].id == actor_id) return lo;
  return std::nullopt;
}

void ActorGraph::add_vertices() {
  const std::vector<Event>& events = *events_;
  std::unordered_map<std::string, std::size_t> index;
  std::vector<VertexProps> actors;
  first_slot_.reserve(events.size() + 1);
  for (const Event& e : events) {
    first_slot_.push_back(slots_.size());
    for (const Actor& a : e.participants) {
      if (a.id.empty()) {
        slots_.push_back(0);
        continue;
      }
      // find first: emplace would build (and free) a key string for every participant.
      auto it = index.find(a.id);
      const bool fresh = it == index.end();
      if (fresh) it = index.emplace(a.id, actors.size()).first;
      slots_.push_back(it->second);
      if (fresh) {
        actors.emplace_back();
        actors.back().id = a.id;
        actors.back().kind = a.kind;
      }
      VertexProps& v = actors[it->second];
      if (v.name.empty()) v.name = a.name;
      if (v.country.empty()) v.country = a.country;
      if (!a.role.empty() && std::find(v.roles.begin(), v.roles.end(), a.role) == v.roles.end())
        v.roles.push_back(a.role);
    }
  }
  first_slot_.push_back(slots_.size());
  // Vertices in id order; slots renumbered from first-seen order.
  std::vector<std::size_t> order(actors.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return actors[a].id < actors[b].id; });
  std::vector<Vertex> vertex_of(actors.size());
  for (std::size_t v = 0; v < order.size(); ++v) vertex_of[order[v]] = v;
  for (Vertex& slot : slots_) slot = vertex_of.empty() ? 0 : vertex_of[slot];
  std::vector<std::string> keys;
  for (std::size_t i : order) keys.push_back(safe_token(actors[i].id));
  detail::make_unique(keys.size(), [&](std::size_t i) -> std::string& { return keys[i]; });
  for (std::size_t v = 0; v < order.size(); ++v) {
    VertexProps& p = actors[order[v]];
    if (p.name.empty()) p.name = p.id;
    std::sort(p.roles.begin(), p.roles.end());
    p.key = std::move(keys[v]);
    boost::add_vertex(std::move(p), graph_);
  }
}

void ActorGraph::add_event_edges(unsigned threads) {
  const std::vector<Event>& events = *events_;
  records_.resize(events.size());
  std::vector<std::string> stems(events.size());
  // Each record's strings, in parallel (each slice fills its own records).
  detail::parallel_for(events.size(), threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const Event& e = events[i];
      Record& r = records_[i];
      stems[i] = safe_token(e.id);
      r.id = e.id;
      r.type = e.type;
      r.event = static_cast<std::uint32_t>(i);
      r.first = r.last = e.date;
      iso_span(e.date, r.start, r.end);
    }
  });
  detail::make_unique(stems.size(), [&](std::size_t i) -> std::string& { return stems[i]; });
  std::vector<EdgeSpec> specs;
  std::vector<std::size_t> scratch;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    const Vertex* vs = slots_.data() + first_slot_[i];
    records_[i].stem = std::move(stems[i]);
    edges_of_event(e, specs, scratch);
    records_[i].edge_count = static_cast<std::uint32_t>(specs.size());
    std::uint32_t part = 0;
    for (const EdgeSpec& s : specs) {
      EdgeProps p{static_cast<std::uint32_t>(i), part++, s.role, s.mutual};
      boost::add_edge(vs[s.source], vs[s.target], p, graph_);
    }
  }
}

namespace {

struct Aggregate {
  Vertex a = 0, b = 0;  // a < b
  std::uint32_t type = 0;
  std::vector<std::uint32_t> members;
  std::size_t forward = 0, backward = 0, mutual = 0;  // edge directions relative to (a, b)
  std::size_t roles[4] = {0, 0, 0, 0};
};

std::uint64_t pair_key(Vertex a, Vertex b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

// The EDTF with the earliest start and the one with the latest end among `members`.
void date_span(const std::vector<Event>& events, const std::vector<std::uint32_t>& members, Record& r) {
  long lo = 0, hi = 0;
  bool any = false;
  for (std::uint32_t m : members) {
    long a = 0, b = 0;
    if (!edtf_days(events[m].date, a, b)) continue;
    if (!any || a < lo) {
      lo = a;
      r.first = events[m].date;
    }
    if (!any || b >= hi) {
      hi = b;
      r.last = events[m].date;
      r.event = m;
    }
    any = true;
  }
  if (!any) return;
  append_iso_day(r.start, lo);
  append_iso_day(r.end, hi);
}

}  // namespace

void ActorGraph::add_aggregate_edges() {
  std::vector<std::string> types;
  std::unordered_map<std::string, std::uint32_t> type_index;
  std::vector<std::unordered_map<std::uint64_t, std::size_t>> by_pair;
  std::vector<Aggregate> aggs;
  std::vector<EdgeSpec> specs;
  std::vector<std::size_t> scratch;
  for (std::size_t i = 0; i < events_->size(); ++i) {
    const Event& e = (*events_)[i];
    const Vertex* vs = slots_.data() + first_slot_[i];
    auto [tit, fresh] = type_index.emplace(e.type, static_cast<std::uint32_t>(types.size()));
    if (fresh) {
      types.push_back(e.type);
      by_pair.emplace_back();
    }
    edges_of_event(e, specs, scratch);
    for (const EdgeSpec& s : specs) {
      const Vertex u = vs[s.source], v = vs[s.target];
      const Vertex a = std::min(u, v), b = std::max(u, v);
      auto [it, added] = by_pair[tit->second].emplace(pair_key(a, b), aggs.size());
      if (added) aggs.push_back(Aggregate{a, b, tit->second, {}, 0, 0, 0, {0, 0, 0, 0}});
      Aggregate& g = aggs[it->second];
      g.members.push_back(static_cast<std::uint32_t>(i));
      if (s.mutual) ++g.mutual;
      else if (u == a) ++g.forward;
      else ++g.backward;
      ++g.roles[static_cast<int>(s.role)];
    }
  }
  std::sort(aggs.begin(), aggs.end(), [&](const Aggregate& x, const Aggregate& y) {
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    return types[x.type] < types[y.type];
  });
  records_.reserve(aggs.size());
  for (Aggregate& g : aggs) {
    Record r;
    r.type = types[g.type];
    r.id = "agg-" + stable_id(r.type + '\x1f' + graph_[g.a].id + '\x1f' + graph_[g.b].id).substr(3);
    r.stem = safe_token(r.id);
    r.event = g.members.back();
    date_span(*events_, g.members, r);
    for (std::uint32_t m : g.members)
      for (const auto& t : (*events_)[m].topics) r.topics.push_back(t);
    std::sort(r.topics.begin(), r.topics.end());
    r.topics.erase(std::unique(r.topics.begin(), r.topics.end()), r.topics.end());
    r.weight = g.members.size();
    r.edge_count = 1;
    r.members = std::move(g.members);
    const int role = static_cast<int>(std::max_element(g.roles, g.roles + 4) - g.roles);
    const bool one_way = g.mutual == 0 && (g.forward == 0 || g.backward == 0);
    const bool reversed = one_way && g.forward == 0;
    EdgeProps p{static_cast<std::uint32_t>(records_.size()), 0, static_cast<EdgeRole>(role), !one_way};
    records_.push_back(std::move(r));
    boost::add_edge(reversed ? g.b : g.a, reversed ? g.a : g.b, p, graph_);
  }
  // Pair hashes could collide: practically never.
  detail::make_unique(records_.size(), [&](std::size_t i) -> std::string& { return records_[i].stem; });
}

}  // namespace ag::graph
