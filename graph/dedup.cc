#include "graph/dedup.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <functional>

#include "graph/memory.h"
#include "graph/parallel.h"
#include "graph/unique.h"
#include "model/edtf.h"

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ag::graph {
namespace {

constexpr long kMin = LONG_MIN / 4, kMax = LONG_MAX / 4;

// How precise a date is: 0 full, 1 year-month, 2 year, 3 day without year, 4 none.
int precision(const Date& d) {
  if (d.empty()) return 4;
  if (!d.has_year()) return 3;
  if (d.month == 0) return 2;
  return d.day == 0 ? 1 : 0;
}

Date parse_or_empty(const std::string& s) {
  if (s.empty()) return {};
  auto d = parse_edtf(s);
  return d ? *d : Date{};
}

// Sort key of one source: publication day (unknown last), document, offset.
struct SourceKey {
  long published = kMax;
  const std::string* document = nullptr;
  std::size_t start = 0;
  bool operator<(const SourceKey& o) const {
    if (published != o.published) return published < o.published;
    const std::string& a = document ? *document : std::string();
    const std::string& b = o.document ? *o.document : std::string();
    if (a != b) return a < b;
    return start < o.start;
  }
};

SourceKey source_key(const Source& s) {
  SourceKey k;
  long lo = 0, hi = 0;
  Date d = parse_or_empty(s.published);
  if (day_range(d, lo, hi)) k.published = lo;
  k.document = &s.document;
  k.start = s.start;
  return k;
}

SourceKey earliest_source(const Event& e) {
  SourceKey best;
  bool any = false;
  for (const Source& s : e.sources) {
    SourceKey k = source_key(s);
    if (!any || k < best) best = k;
    any = true;
  }
  return best;
}

// The event's distinct participant ids, sorted, into `ids`.
void sorted_ids(const Event& e, std::vector<const std::string*>& ids) {
  ids.clear();
  for (const Actor& a : e.participants) ids.push_back(&a.id);
  std::sort(ids.begin(), ids.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  ids.erase(std::unique(ids.begin(), ids.end(), [](const std::string* a, const std::string* b) { return *a == *b; }),
            ids.end());
}

// Sorted distinct participant ids joined after the type: the bucket of an event.
std::string bucket_key(const Event& e) {
  std::vector<const std::string*> ids;
  sorted_ids(e, ids);
  std::string key = e.type;
  for (const std::string* id : ids) {
    key += '\x1f';
    key += *id;
  }
  return key;
}

// A 128-bit hash of the bucket (type and sorted distinct participant ids): two independent
// 64-bit hashes, so that distinct buckets colliding is not a practical concern (about
// n^2 / 2^129 for n events).
struct BucketHash {
  std::uint64_t a = 0, b = 0;
  bool operator<(const BucketHash& o) const { return a != o.a ? a < o.a : b < o.b; }
  bool operator==(const BucketHash& o) const { return a == o.a && b == o.b; }
};

BucketHash bucket_hash(const Event& e, std::vector<const std::string*>& ids) {
  sorted_ids(e, ids);
  BucketHash h{detail::hash64(e.type), std::hash<std::string>()(e.type)};
  for (const std::string* id : ids) {
    h.a = detail::hash64(*id, detail::hash64("\x1f", h.a));
    h.b ^= std::hash<std::string>()(*id) + 0x9e3779b97f4a7c15ull + (h.b << 6) + (h.b >> 2);
  }
  return h;
}

// The events grouped by bucket (the same `hashes`: type and participants): event indices
// sorted by bucket, members in input order, and where each bucket starts (plus the end).
// Groups come from sorting hashes, not from a map of strings.
void group_buckets(const std::vector<BucketHash>& hashes, std::vector<std::uint32_t>& order,
                   std::vector<std::size_t>& starts) {
  std::vector<std::pair<BucketHash, std::uint32_t>> keyed;
  keyed.reserve(hashes.size());
  for (std::size_t i = 0; i < hashes.size(); ++i) keyed.emplace_back(hashes[i], static_cast<std::uint32_t>(i));
  std::sort(keyed.begin(), keyed.end());
  order.resize(keyed.size());
  starts.clear();
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (i == 0 || !(keyed[i].first == keyed[i - 1].first)) starts.push_back(i);
    order[i] = keyed[i].second;
  }
  starts.push_back(keyed.size());
}

struct Item {
  std::uint32_t index = 0;
  Date date;
  int rank = 4;
  long lo = kMin, hi = kMax;  // days the interaction may fall on
  SourceKey first;            // earliest report
};

Item make_item(const Event& e, std::uint32_t index, const DedupOptions& options) {
  Item it;
  it.index = index;
  it.date = parse_or_empty(e.date);
  it.rank = precision(it.date);
  it.first = earliest_source(e);
  if (day_range(it.date, it.lo, it.hi)) return it;
  if (it.first.published != kMax) {
    long pub_last = it.first.published;
    for (const Source& s : e.sources) {
      long a = 0, b = 0;
      if (day_range(parse_or_empty(s.published), a, b)) pub_last = std::max(pub_last, b);
    }
    const long w = it.rank == 3 ? options.yearless_window_days : options.undated_window_days;
    it.lo = it.first.published - w;
    it.hi = pub_last + w;
  }
  return it;
}

bool item_order(const Item& a, const Item& b, const std::vector<Event>& events) {
  if (a.rank != b.rank) return a.rank < b.rank;
  if (a.lo != b.lo) return a.lo < b.lo;
  if (a.hi != b.hi) return a.hi < b.hi;
  const Event& x = events[a.index];
  const Event& y = events[b.index];
  if (x.date != y.date) return x.date < y.date;
  if (a.first < b.first || b.first < a.first) return a.first < b.first;
  if (x.id != y.id) return x.id < y.id;
  return a.index < b.index;
}

// The most precise date agreeing with both (which must be compatible); `a` when the
// combination is not a real date.
Date refine(const Date& a, const Date& b) {
  Date d{a.year ? a.year : b.year, a.month ? a.month : b.month, a.day ? a.day : b.day};
  if (d.month == 0) d.day = 0;
  if (d.day && !valid_ymd(d.year, d.month, d.day)) return a;
  if (!d.year && !(d.month && d.day)) return a;
  return d;
}

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& s : from)
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

void merge_participants(Event& base, const Event& other) {
  for (const Actor& a : other.participants) {
    Actor* b = nullptr;
    for (Actor& x : base.participants)
      if (x.id == a.id) b = &x;
    if (!b) continue;
    if (b->name.empty() || b->name == b->id) b->name = a.name;
    if (b->country.empty()) b->country = a.country;
    if (b->role.empty()) b->role = a.role;
  }
}

// Folds `other` into `base` (dates are handled by the caller).
void merge_event(Event& base, Event&& other) {
  merge_participants(base, other);
  if (base.initiator.empty()) base.initiator = other.initiator;
  if (base.mediator.empty()) base.mediator = other.mediator;
  if (base.status != "occurred" && other.status == "occurred") {
    base.status = other.status;
    if (!other.cameo.empty()) base.cameo = other.cameo;
  }
  if (base.cameo.empty()) base.cameo = other.cameo;
  add_unique(base.topics, other.topics);
  add_unique(base.subjects, other.subjects);
  if (base.place.empty()) base.place = other.place;
  for (Source& s : other.sources) base.sources.push_back(std::move(s));
  base.confidence = std::max(base.confidence, other.confidence);
}

void sort_sources(Event& e) {
  std::vector<std::pair<SourceKey, std::size_t>> keys;
  for (std::size_t i = 0; i < e.sources.size(); ++i) keys.emplace_back(source_key(e.sources[i]), i);
  std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    if (a.first < b.first || b.first < a.first) return a.first < b.first;
    const Source& x = e.sources[a.second];
    const Source& y = e.sources[b.second];
    return std::tie(x.end, x.sentence, x.published) < std::tie(y.end, y.sentence, y.published);
  });
  // Each source is taken once (the keys are a permutation), so it is moved, not copied:
  // merged events carry most of the input's sentences.
  std::vector<Source> out;
  out.reserve(keys.size());
  for (const auto& k : keys) {
    Source& s = e.sources[k.second];
    if (!out.empty() && out.back().document == s.document && out.back().start == s.start &&
        out.back().end == s.end)
      continue;
    out.push_back(std::move(s));
  }
  e.sources = std::move(out);
}

struct Cluster {
  std::uint32_t base = 0;  // index of the event the others fold into
  Date date;
  long lo = kMin, hi = kMax;
  std::size_t members = 1;
  SourceKey first;         // earliest report among members
  const std::string* id = nullptr;  // id of that report
};

bool fits(const Cluster& c, const Item& it) {
  return compatible(c.date, it.date) && c.lo <= it.hi && it.lo <= c.hi;
}

// Clusters one bucket's items (sorted) into `clusters`; returns nothing, fills `owner`.
class BucketClusterer {
 public:
  BucketClusterer(std::vector<Event>& events, std::vector<Cluster>& clusters)
      : events_(events), clusters_(clusters) {}

  void add(const Item& it) {
    std::size_t found = 0, candidates = 0;
    if (it.rank == 0) {
      if (!full_.empty() && full_.back().first == it.lo) {
        found = full_.back().second;
        candidates = 1;
      }
    } else {
      candidates = find_candidates(it, found);
    }
    if (candidates == 1) {
      merge(found, it);
      return;
    }
    Cluster c;
    c.base = it.index;
    c.date = it.date;
    c.lo = it.lo;
    c.hi = it.hi;
    c.first = it.first;
    c.id = &events_[it.index].id;
    clusters_.push_back(c);
    if (it.rank == 0) full_.emplace_back(it.lo, clusters_.size() - 1);
    else partial_.push_back(clusters_.size() - 1);
  }

 private:
  // Number of fitting clusters (stopping at 2); the first one in `found`.
  std::size_t find_candidates(const Item& it, std::size_t& found) {
    std::size_t n = 0;
    auto from = std::lower_bound(full_.begin(), full_.end(), std::make_pair(it.lo, std::size_t{0}));
    for (auto p = from; p != full_.end() && p->first <= it.hi && n < 2; ++p) {
      if (!fits(clusters_[p->second], it)) continue;
      if (n++ == 0) found = p->second;
    }
    for (std::size_t c : partial_) {
      if (n >= 2) break;
      if (!fits(clusters_[c], it)) continue;
      if (n++ == 0) found = c;
    }
    return n;
  }

  void merge(std::size_t ci, const Item& it) {
    Cluster& c = clusters_[ci];
    Event& other = events_[it.index];
    if (it.first < c.first || (!(c.first < it.first) && other.id < *c.id)) {
      c.first = it.first;
      c.id = &other.id;
    }
    c.date = refine(c.date, it.date);
    long lo = 0, hi = 0;
    if (day_range(c.date, lo, hi)) {
      c.lo = lo;
      c.hi = hi;
    } else {
      c.lo = std::max(c.lo, it.lo);
      c.hi = std::min(c.hi, it.hi);
    }
    ++c.members;
    pending_.push_back({ci, it.index});
  }

 public:
  // Folds the merged events into their cluster's base (after ids were chosen).
  std::vector<std::pair<std::size_t, std::uint32_t>> pending_;

 private:
  std::vector<Event>& events_;
  std::vector<Cluster>& clusters_;
  std::vector<std::pair<long, std::size_t>> full_;  // (day, cluster), sorted by day
  std::vector<std::size_t> partial_;
};

void assign_missing_ids(std::vector<Event>& events) {
  for (Event& e : events) {
    if (!e.id.empty()) continue;
    std::string key = bucket_key(e) + '\x1e' + e.date + '\x1e' + e.status;
    for (const Source& s : e.sources) key += '\x1e' + s.document + ':' + std::to_string(s.start);
    e.id = stable_id(key);
  }
}

void make_ids_unique(std::vector<Event>& events) {
  detail::make_unique(events.size(), [&](std::size_t i) -> std::string& { return events[i].id; });
}

// The events marked in `keep`, moved out of `events` in event_order. Keys are computed in
// one pass over the events in memory order (in parallel), so that sorting touches only the keys.
// The first 16 bytes of a string, big-endian (zero-padded), and its length: compared as
// integers, they order strings as std::string does (bytes unsigned) whenever they differ or
// both strings fit; only longer strings with equal prefixes need the strings themselves.
struct Prefix16 {
  std::uint64_t high = 0, low = 0;
  std::uint32_t size = 0;  // the string's length, or 17 for any longer

  explicit Prefix16(std::string_view s) : size(s.size() > 16 ? 17 : static_cast<std::uint32_t>(s.size())) {
    for (std::size_t i = 0; i < 16; ++i) {
      const std::uint64_t byte = i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
      (i < 8 ? high : low) |= byte << (8 * (7 - i % 8));
    }
  }
  Prefix16() = default;
  // -1, 0 or 1 as the strings compare; 2 when their prefixes cannot tell.
  int compare(const Prefix16& o) const {
    if (high != o.high) return high < o.high ? -1 : 1;
    if (low != o.low) return low < o.low ? -1 : 1;
    if (size > 16 || o.size > 16) return 2;
    return size == o.size ? 0 : size < o.size ? -1 : 1;
  }
};

// Moves the kept elements of `v` (`keep`) into place: v[k] becomes what was v[from[k]], for
// k < from.size() (`from` lists distinct kept indices; used up). Elements not kept are never
// moved: a position holding one is filled first, which frees the position its element came
// from, and so on along the chain until the freed position lies past the kept ones. What is
// left are cycles of kept elements, each rotated through one held element.
template <class T>
void permute_kept(std::vector<T>& v, const std::vector<char>& keep, std::vector<std::uint32_t>& from) {
  constexpr std::uint32_t kDone = 0xffffffffu;
  const std::size_t m = from.size();
  for (std::size_t g = 0; g < m; ++g) {
    if (keep[g]) continue;
    for (std::size_t j = g; j < m;) {
      const std::size_t next = from[j];
      v[j] = std::move(v[next]);
      from[j] = kDone;
      j = next;
    }
  }
  for (std::size_t i = 0; i < m; ++i) {
    if (from[i] == kDone || from[i] == i) continue;
    T held = std::move(v[i]);
    std::size_t j = i;
    while (from[j] != i) {
      const std::size_t next = from[j];
      v[j] = std::move(v[next]);
      from[j] = kDone;
      j = next;
    }
    v[j] = std::move(held);
    from[j] = kDone;
  }
}

// Gives the pages of `v`'s unused capacity back to the system: shrink_to_fit would copy
// the elements into a new allocation, adding their size to the peak memory.
template <class T>
void release_spare(std::vector<T>& v) {
#if defined(__linux__) && defined(MADV_DONTNEED)
  const std::uintptr_t page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto first = (reinterpret_cast<std::uintptr_t>(v.data() + v.size()) + page - 1) / page * page;
  const auto last = reinterpret_cast<std::uintptr_t>(v.data() + v.capacity()) / page * page;
  if (last > first) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
#else
  (void)v;
#endif
}

// The events marked in `keep`, in event_order, at the front of `events` (which is returned,
// the others dropped). Keys are computed in one pass over the events in memory order (in
// parallel), so that sorting touches only the keys: plain integers (trivially copied), the
// strings read only past their prefixes.
std::vector<Event> in_event_order(std::vector<Event>& events, const std::vector<char>& keep, unsigned threads) {
  struct Key {
    long first, last;
    Prefix16 date, id;
    std::uint32_t index;
  };
  std::vector<std::uint32_t> kept;
  for (std::size_t i = 0; i < events.size(); ++i)
    if (keep[i]) kept.push_back(static_cast<std::uint32_t>(i));
  std::vector<Key> keys(kept.size());
  detail::parallel_for(kept.size(), threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) {
      const Event& e = events[kept[k]];
      keys[k] = Key{kMax, kMax, Prefix16(e.date), Prefix16(e.id), kept[k]};
      day_range(parse_or_empty(e.date), keys[k].first, keys[k].last);
    }
  });
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last < b.last;
    const Event& x = events[a.index];
    const Event& y = events[b.index];
    int c = a.date.compare(b.date);
    if (c == 2) c = x.date.compare(y.date);
    if (c != 0) return c < 0;
    c = a.id.compare(b.id);
    if (c == 2) c = x.id.compare(y.id);
    if (c != 0) return c < 0;
    // Same date and id (an id collision): order by content so the suffixes are stable.
    const std::string kx = bucket_key(x), ky = bucket_key(y);
    if (kx != ky) return kx < ky;
    return earliest_source(x) < earliest_source(y);
  });
  // The order is applied in place (a new vector would add a third of the input's size to
  // the peak memory): position k takes keys[k]'s event, then the rest is dropped.
  std::vector<std::uint32_t> from(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) from[k] = keys[k].index;
  detail::release(keys);
  permute_kept(events, keep, from);
  events.resize(kept.size());
  release_spare(events);
  return std::move(events);
}

}  // namespace

bool event_order(const Event& a, const Event& b) {
  long a1 = kMax, a2 = kMax, b1 = kMax, b2 = kMax;
  day_range(parse_or_empty(a.date), a1, a2);
  day_range(parse_or_empty(b.date), b1, b2);
  if (a1 != b1) return a1 < b1;
  if (a2 != b2) return a2 < b2;
  if (a.date != b.date) return a.date < b.date;
  return a.id < b.id;
}

std::vector<Event> deduplicate(std::vector<Event> events, const DedupOptions& options, DedupStats* stats) {
  assign_missing_ids(events);
  // What clustering needs of each event, computed once and in parallel: its bucket and its
  // dates.
  std::vector<BucketHash> hashes(events.size());
  std::vector<Item> event_items(events.size());
  detail::parallel_for(events.size(), options.threads, [&](std::size_t begin, std::size_t end) {
    std::vector<const std::string*> ids;
    for (std::size_t i = begin; i < end; ++i) {
      hashes[i] = bucket_hash(events[i], ids);
      event_items[i] = make_item(events[i], static_cast<std::uint32_t>(i), options);
    }
  });
  std::vector<std::uint32_t> order;
  std::vector<std::size_t> starts;
  group_buckets(hashes, order, starts);
  // Buckets are clustered independently: slices of them in parallel, each into its own
  // clusters, then put end to end in bucket order (what one thread would have made).
  const std::size_t buckets = starts.size() - 1;
  const std::size_t slices = detail::slice_count(buckets, options.threads);
  std::vector<std::size_t> first_bucket(slices + 1, buckets);
  for (std::size_t s = 0, b = 0; s < slices; ++s) {
    while (b < buckets && starts[b] < events.size() * s / slices) ++b;  // about as many events each
    first_bucket[s] = b;
  }
  std::vector<std::vector<Cluster>> slice_clusters(slices);
  std::vector<std::vector<std::pair<std::size_t, std::uint32_t>>> slice_merges(slices);
  detail::run_slices(slices, [&](std::size_t s) {
    std::vector<Cluster>& cs = slice_clusters[s];
    std::vector<Item> items;
    for (std::size_t b = first_bucket[s]; b < first_bucket[s + 1]; ++b) {
      items.clear();
      for (std::size_t k = starts[b]; k < starts[b + 1]; ++k) items.push_back(event_items[order[k]]);
      std::sort(items.begin(), items.end(), [&](const Item& x, const Item& y) { return item_order(x, y, events); });
      BucketClusterer clusterer(events, cs);
      for (const Item& it : items) clusterer.add(it);
      for (auto& m : clusterer.pending_) slice_merges[s].push_back(m);
    }
  });
  std::vector<Cluster> clusters;
  std::vector<std::pair<std::size_t, std::uint32_t>> merges;
  for (std::size_t s = 0; s < slices; ++s) {
    const std::size_t offset = clusters.size();
    clusters.insert(clusters.end(), slice_clusters[s].begin(), slice_clusters[s].end());
    for (auto [c, index] : slice_merges[s]) merges.emplace_back(c + offset, index);
    detail::release(slice_clusters[s]);
    detail::release(slice_merges[s]);
  }
  detail::release(hashes);
  detail::release(event_items);

  // Fold members into their cluster's base event, then settle each merged cluster. Clusters
  // are independent (a cluster's members, and the report its id comes from, are its own), so
  // slices of them are settled in parallel, each slice taking its merges in order.
  std::vector<char> keep(events.size(), 0);
  detail::parallel_for(clusters.size(), options.threads, [&](std::size_t begin, std::size_t end) {
    std::vector<std::string> ids(end - begin);
    for (std::size_t c = begin; c < end; ++c)
      if (clusters[c].members > 1) ids[c - begin] = *clusters[c].id;
    // Room for each base's sources at once: appended report by report, a cluster of many
    // reports moved its sources over again at every growth.
    std::vector<std::size_t> more(end - begin, 0);
    for (auto& [c, index] : merges)
      if (c >= begin && c < end) more[c - begin] += events[index].sources.size();
    for (std::size_t c = begin; c < end; ++c)
      if (more[c - begin]) {
        std::vector<Source>& sources = events[clusters[c].base].sources;
        sources.reserve(sources.size() + more[c - begin]);
      }
    // A folded report's remains (participants, strings) are freed at once, here on the
    // merging threads, so that the reports left out of the result are empty shells, dropped
    // with no work when the result is cut from the input's storage.
    for (auto& [c, index] : merges)
      if (c >= begin && c < end) {
        merge_event(events[clusters[c].base], std::move(events[index]));
        events[index] = Event();
      }
    for (std::size_t c = begin; c < end; ++c) {
      Event& e = events[clusters[c].base];
      if (clusters[c].members > 1) {
        e.id = std::move(ids[c - begin]);
        e.date = to_edtf(clusters[c].date);
        sort_sources(e);
      }
      keep[clusters[c].base] = 1;
    }
  });
  std::size_t merged = 0;
  for (const Cluster& c : clusters) merged += c.members > 1;
  detail::release(clusters);  // before ordering, whose keys take their place
  detail::release(merges);
  const std::size_t input = events.size();
  std::vector<Event> out = in_event_order(events, keep, options.threads);
  make_ids_unique(out);
  if (stats) *stats = DedupStats{input, out.size(), merged};
  return out;
}

}  // namespace ag::graph
