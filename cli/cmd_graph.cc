// The graph commands: `build` and `export` (deduplicate, build the graph, write formats),
// and the queries `neighbours`, `path` and `stats`.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "export/escape.h"
#include "export/export.h"
#include "extract/actor_lookup.h"
#include "extract/fold.h"
#include "graph/dedup.h"
#include "graph/graph.h"
#include "graph/query.h"
#include "model/event_json.h"

extern char** environ;

namespace ag::cli {
namespace {

namespace fs = std::filesystem;
using exporters::Format;
using graph::ActorGraph;
using graph::Vertex;

// Graphs with more edges than this are drawn aggregated in graph.svg (dot's layout time
// grows quickly with edges and labels: 30 actors with 1300 labelled edges take minutes);
// past it even aggregated, no SVG is drawn. Graphviz is also stopped after kSvgSeconds.
constexpr std::size_t kSvgMaxEdges = 400;
constexpr int kSvgSeconds = 30;

// ---------------------------------------------------------------------------------------
// Loading

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

struct Loaded {
  InputSummary inputs;
  graph::DedupStats dedup;
  std::unique_ptr<const ActorGraph> graph;
  double load_seconds = 0, graph_seconds = 0;
};

using SharedEvents = std::shared_ptr<const std::vector<Event>>;

// The deduplicated graph of every input. `on_events`, when given, is called with the
// deduplicated events before the graph is built from them (build starts writing
// events.jsonl there, beside the graph's construction).
Loaded load_graph(const Options& options, Console& console, bool aggregate,
                  const std::function<void(const SharedEvents&)>& on_events = {}) {
  Loaded l;
  auto start = std::chrono::steady_clock::now();
  std::vector<Event> events = load_events(options, console, &l.inputs);
  l.load_seconds = seconds_since(start);
  start = std::chrono::steady_clock::now();
  graph::DedupOptions dedup;
  dedup.threads = thread_count(options);
  auto deduplicated =
      std::make_shared<const std::vector<Event>>(graph::deduplicate(std::move(events), dedup, &l.dedup));
  if (on_events) on_events(deduplicated);
  l.graph = std::make_unique<const ActorGraph>(std::move(deduplicated),
                                               graph::BuildOptions{aggregate, thread_count(options)});
  l.graph_seconds = seconds_since(start);
  return l;
}

// Runs jobs on `threads` worker threads (inline, one after the other, with one thread),
// in the order they are added. Each job writes its own files, so the output does not depend
// on which thread runs it. After a job fails, jobs not yet started are dropped; finish()
// rethrows the first failure in the order the jobs were added.
class Jobs {
 public:
  explicit Jobs(unsigned threads) : threads_(threads) {}
  Jobs(const Jobs&) = delete;
  Jobs& operator=(const Jobs&) = delete;
  ~Jobs() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = closed_ = true;
    }
    ready_.notify_all();
    for (auto& t : workers_) t.join();
  }

  void add(std::function<void()> job) {
    if (threads_ <= 1) {
      std::exception_ptr& error = errors_.emplace_back();
      if (!stop_) run(std::move(job), error);
      stop_ = stop_ || error;
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back({std::move(job), errors_.size()});
      errors_.emplace_back();
    }
    if (workers_.size() < threads_) workers_.emplace_back([this] { work(); });
    ready_.notify_one();
  }

  // Waits for every job; rethrows the first failure.
  void finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
    }
    ready_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
    for (auto& e : errors_)
      if (e) std::rethrow_exception(e);
  }

 private:
  struct Queued {
    std::function<void()> job;
    std::size_t index;
  };

  static void run(std::function<void()> job, std::exception_ptr& error) {
    try {
      job();
    } catch (...) {
      error = std::current_exception();
    }
  }

  void work() {
    while (true) {
      Queued q;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [&] { return stop_ || closed_ || !queue_.empty(); });
        if (stop_ || queue_.empty()) return;
        q = std::move(queue_.front());
        queue_.pop_front();
      }
      std::exception_ptr error;
      run(std::move(q.job), error);
      if (error) {
        std::lock_guard<std::mutex> lock(mutex_);
        errors_[q.index] = error;
        stop_ = true;
      }
    }
  }

  unsigned threads_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Queued> queue_;
  std::deque<std::exception_ptr> errors_;  // one per job added (a deque: no reallocation)
  bool stop_ = false, closed_ = false;
};

// A sink writing into an atomic output file.
exporters::Sink file_sink(OutputFile& f) {
  return [&f](std::string_view s) { f.write(s); };
}

void write_format(Format format, const ActorGraph& g, const std::string& path) {
  OutputFile f(path);
  exporters::write(format, g, file_sink(f));
  f.commit();
}

void write_events(const std::vector<Event>& events, const std::string& path) {
  OutputFile f(path);
  std::string buf;
  for (const Event& e : events) {
    append_json_line(buf, e);
    buf += '\n';
    if (buf.size() >= (1u << 20)) {
      f.write(buf);
      buf.clear();
    }
  }
  f.write(buf);
  f.commit();
}

// ---------------------------------------------------------------------------------------
// Rendering graph.svg with Graphviz, in a child process running beside the other writers.

std::string find_program(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string candidate = (end > start ? dirs.substr(start, end - start) : ".") + "/" + name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return "";
}

struct Render {
  pid_t pid = -1;
  std::chrono::steady_clock::time_point started;
  std::string svg;      // final path
  std::string temp;     // dot writes here
  std::string errors;   // dot's stderr
  std::string source;   // a temporary DOT file to delete afterwards, if any
  std::string note;     // what the summary says about the drawing
};

// Starts `dot -Tsvg dot_file`; false when it cannot be started.
bool start_render(const std::string& program, const std::string& dot_file, Render& r) {
  r.temp = r.svg + ".tmp." + std::to_string(::getpid());
  r.errors = r.svg + ".err." + std::to_string(::getpid());
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, r.errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> args = {"dot", "-Tsvg", dot_file, "-o", r.temp};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  r.started = std::chrono::steady_clock::now();
  const int rc = posix_spawn(&r.pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0;
}

std::string first_line(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "";
  char buf[512];
  std::string line = std::fgets(buf, sizeof buf, f) ? buf : "";
  std::fclose(f);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return line;
}

// Waits for dot until kSvgSeconds after its start; false (dot killed) when it took longer.
bool wait_render(Render& r, int& status) {
  const auto deadline = r.started + std::chrono::seconds(kSvgSeconds);
  while (true) {
    const pid_t done = ::waitpid(r.pid, &status, WNOHANG);
    if (done == r.pid || (done < 0 && errno != EINTR)) return true;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(r.pid, SIGKILL);
      while (::waitpid(r.pid, &status, 0) < 0 && errno == EINTR) {
      }
      return false;
    }
    ::usleep(20000);
  }
}

// Waits for dot; moves the SVG into place. Returns a line for the summary.
std::string finish_render(Render& r) {
  int status = 0;
  const bool in_time = wait_render(r, status);
  const std::string warning = in_time ? first_line(r.errors) : "took over " + std::to_string(kSvgSeconds) + " s";
  std::string result;
  if (in_time && WIFEXITED(status) && WEXITSTATUS(status) == 0 && std::rename(r.temp.c_str(), r.svg.c_str()) == 0) {
    result = r.note;
    if (!warning.empty()) result += " (Graphviz: " + warning + ")";
  } else {
    result = "graph.svg not drawn: " + (warning.empty() ? std::string("dot failed") : warning);
  }
  std::remove(r.temp.c_str());
  std::remove(r.errors.c_str());
  if (!r.source.empty()) std::remove(r.source.c_str());
  return result;
}

// The number of edges the aggregated graph would have: distinct (actor pair, type).
std::size_t aggregated_edge_count(const ActorGraph& g) {
  std::map<std::string, std::uint64_t> types;
  std::vector<std::uint64_t> keys;
  keys.reserve(g.num_edges());
  for (graph::Edge e : g.edges()) {
    // find first: emplace would copy (and free) the type string for every edge.
    auto it = types.find(g.record(e).type);
    if (it == types.end()) it = types.emplace(g.record(e).type, types.size()).first;
    const auto type = it->second;
    const std::uint64_t a = std::min(g.source(e), g.target(e)), b = std::max(g.source(e), g.target(e));
    keys.push_back((type << 48) ^ (a << 24) ^ b);  // a, b < 2^24 for any drawable graph
  }
  std::sort(keys.begin(), keys.end());
  return static_cast<std::size_t>(std::unique(keys.begin(), keys.end()) - keys.begin());
}

// Starts drawing graph.svg from `dot_file` (or from an aggregated copy when the graph is
// big); empty optional when Graphviz is not installed or the graph is too big.
std::optional<Render> start_svg(const ActorGraph& g, const std::string& dir, const std::string& dot_file,
                                std::string& skipped) {
  const std::string program = find_program("dot");
  if (program.empty()) {
    skipped = "graph.svg not drawn: Graphviz (dot) is not installed";
    return std::nullopt;
  }
  Render r;
  r.svg = dir + "/graph.svg";
  std::string source = dot_file;
  r.note = "graph.svg drawn";
  if (g.num_edges() > kSvgMaxEdges) {
    const std::size_t aggregated = g.aggregated() ? g.num_edges() : aggregated_edge_count(g);
    if (aggregated > kSvgMaxEdges) {
      skipped = "graph.svg not drawn: too big to lay out even aggregated (" + std::to_string(aggregated) +
                " edges); try sfdp on graph.dot";
      return std::nullopt;
    }
    ActorGraph agg(g.shared_events(), graph::BuildOptions{true});
    source = r.source = dir + "/graph.svg.dot.tmp." + std::to_string(::getpid());
    write_format(Format::dot, agg, source);
    r.note = "graph.svg drawn aggregated (" + std::to_string(agg.num_edges()) + " edges, one per actor pair and type)";
  }
  if (!start_render(program, source, r)) {
    if (!r.source.empty()) std::remove(r.source.c_str());
    skipped = "graph.svg not drawn: cannot run " + program;
    return std::nullopt;
  }
  return r;
}

// ---------------------------------------------------------------------------------------
// Summaries

std::string join_counts(const std::map<std::string, std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [k, n] : v) out += (out.empty() ? "" : ", ") + k + " " + std::to_string(n);
  return out;
}

std::string date_range(const graph::Stats& st) {
  std::string out = st.first_date.empty() ? "no dated events" : st.first_date + " .. " + st.last_date;
  if (st.undated) out += "; " + std::to_string(st.undated) + " without a year";
  return out;
}

std::string top_actors(const ActorGraph& g, const graph::Stats& st, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < st.ranking.size() && i < n; ++i)
    out += (i ? ", " : "") + exporters::label_text(g.vertex(st.ranking[i].actor).name, g.vertex(st.ranking[i].actor).id) +
           " (" + std::to_string(st.ranking[i].degree) + ")";
  return out.empty() ? "none" : out;
}

// Freeing a million events one allocation at a time takes longer than the process has
// left to live, so a big graph is left to the operating system at exit. Sanitizer builds
// free it (LeakSanitizer would report it).
void leave_to_exit(std::unique_ptr<const ActorGraph>& g) {
#if defined(__SANITIZE_ADDRESS__)
  g.reset();
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  g.reset();
#endif
#endif
  if (g && g->events().size() > 100000) (void)g.release();
}

void print_build_summary(Console& console, const Loaded& l, const graph::Stats& st, const std::string& dir,
                         const std::string& files, double seconds) {
  const ActorGraph& g = *l.graph;
  console.info("build: " + std::to_string(l.inputs.documents) + " documents read, " +
               std::to_string(console.skipped()) + " skipped, " + std::to_string(l.inputs.events_files) +
               " events files; " + std::to_string(l.dedup.input) + " events, " + std::to_string(l.dedup.output) +
               " after deduplication (" + std::to_string(l.dedup.merged) + " merged from several reports)");
  console.info("actors: " + std::to_string(g.num_vertices()) +
               (st.by_kind.empty() ? "" : " (" + join_counts(st.by_kind) + ")") + "; edges: " +
               std::to_string(g.num_edges()) + (g.aggregated() ? " (aggregated)" : ""));
  console.info("events by type: " + (st.by_type.empty() ? std::string("none") : join_counts(st.by_type)));
  console.info("dates: " + date_range(st));
  console.info("most connected: " + top_actors(g, st, 5));
  char secs[128];
  std::snprintf(secs, sizeof secs, "%.2f s: reading %.2f, deduplication and graph %.2f, writing %.2f", seconds,
                l.load_seconds, l.graph_seconds, seconds - l.load_seconds - l.graph_seconds);
  console.info("wrote " + dir + ": " + files + " (" + secs + ")");
}

// ---------------------------------------------------------------------------------------
// Query options

Date parse_bound(const std::string& value, const char* option) {
  auto d = parse_edtf(value);
  if (!d || !d->has_year()) throw UsageError(std::string(option) + " must be a date YYYY-MM-DD, YYYY-MM or YYYY");
  return *d;
}

graph::Filter make_filter(const Options& options) {
  graph::Filter f;
  f.type = options.type;
  f.topic = options.topic;
  if (!options.since.empty()) f.since = parse_bound(options.since, "--since");
  if (!options.until.empty()) f.until = parse_bound(options.until, "--until");
  return f;
}

// ---------------------------------------------------------------------------------------
// Finding an actor by any name

// Folded, with anything but letters and digits as single spaces: "Ilham-Aliyev" and
// "ilham aliyev" meet.
std::string loose_key(std::string_view s) {
  const std::string folded = extract::fold_key(s);
  std::string out;
  bool space = false;
  for (char c : folded) {
    const unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    } else {
      space = true;
    }
  }
  return out;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string describe(const ActorGraph& g, Vertex v) {
  return exporters::label_text(g.vertex(v).name, g.vertex(v).id) + " (" + g.vertex(v).id + ")";
}

std::string describe_all(const ActorGraph& g, const std::vector<Vertex>& vs) {
  std::string out;
  for (std::size_t i = 0; i < vs.size() && i < 8; ++i) out += (i ? ", " : "") + describe(g, vs[i]);
  if (vs.size() > 8) out += ", ...";
  return out;
}

// Up to three actors whose folded name, id or name word is closest to the query.
std::vector<Vertex> suggestions(const ActorGraph& g, const std::string& key) {
  std::vector<std::pair<std::size_t, Vertex>> scored;
  const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
  for (Vertex v = 0; v < g.num_vertices(); ++v) {
    const std::string name = loose_key(g.vertex(v).name);
    std::size_t d = std::min(graph::edit_distance(key, name), graph::edit_distance(key, loose_key(g.vertex(v).id)));
    for (const auto& w : words(name)) d = std::min(d, graph::edit_distance(key, w));
    if (d <= limit) scored.emplace_back(d, v);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Vertex> out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].second);
  return out;
}

// The single vertex among `found`, nullopt when none; throws when several.
std::optional<Vertex> single(const ActorGraph& g, const std::string& query, std::vector<Vertex> found) {
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  if (found.empty()) return std::nullopt;
  if (found.size() == 1) return found.front();
  throw CliError("'" + query + "' is ambiguous: " + describe_all(g, found) + "; give the id");
}

// The actor a query names: its id, its name or a variant (case and diacritics aside), a
// knowledge-base variant ("Aliev"), or one word of its name. Throws CliError (code 1) with
// "did you mean" suggestions when nothing matches.
Vertex resolve_actor(const ActorGraph& g, const std::string& query, const Options& options) {
  if (auto v = g.find(query)) return *v;
  const std::string key = loose_key(query);
  std::vector<Vertex> exact, word;
  for (Vertex v = 0; v < g.num_vertices(); ++v) {
    const std::string name = loose_key(g.vertex(v).name);
    if (!key.empty() && (name == key || loose_key(g.vertex(v).id) == key)) exact.push_back(v);
    for (const auto& w : words(name))
      if (!key.empty() && w == key) word.push_back(v);
  }
  if (auto v = single(g, query, exact)) return *v;
  std::vector<Vertex> known;
  if (!key.empty()) {
    auto extractor = make_extractor(options);
    for (const auto& id : extract::lookup_actor(extractor->lexicons(), query))
      if (auto v = g.find(id)) known.push_back(*v);
  }
  if (auto v = single(g, query, known)) return *v;
  if (auto v = single(g, query, word)) return *v;
  std::string message = "unknown actor '" + query + "'";
  const auto close = suggestions(g, key);
  if (!close.empty()) message += " (did you mean " + describe_all(g, close) + "?)";
  throw CliError(message);
}

// ---------------------------------------------------------------------------------------
// Text tables

std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return n;
}

// `s` cut to `max` code points with an ellipsis.
std::string fit(const std::string& s, std::size_t max) {
  if (width(s) <= max) return s;
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80 && n++ == max - 1) break;
    out += s[i];
  }
  return out + "\xE2\x80\xA6";
}

std::string table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], width(r[i]));
    }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(widths[i] - width(r[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string name_of(const ActorGraph& g, Vertex v) { return exporters::label_text(g.vertex(v).name, g.vertex(v).id); }

std::string topic_list(const std::vector<std::pair<std::string, std::size_t>>& topics, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < topics.size() && i < n; ++i)
    out += (i ? ", " : "") + topics[i].first + " " + std::to_string(topics[i].second);
  return out.empty() ? "-" : out;
}

std::string type_list(const std::map<std::string, std::size_t>& by_type) {
  std::string out;
  for (const auto& [t, n] : by_type) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + t;
  return out;
}

// ---------------------------------------------------------------------------------------
// JSON

void json_string(std::string& out, std::string_view s) {
  out += '"';
  exporters::append_json(out, s);
  out += '"';
}

void json_key(std::string& out, std::string_view key) {
  json_string(out, key);
  out += ": ";
}

void json_actor(std::string& out, const ActorGraph& g, Vertex v) {
  const auto& p = g.vertex(v);
  out += "{\"id\": ";
  json_string(out, p.id);
  out += ", \"name\": ";
  json_string(out, p.name);
  out += ", \"kind\": ";
  json_string(out, to_string(p.kind));
  out += ", \"country\": ";
  if (p.country.empty()) out += "null";
  else json_string(out, p.country);
  out += "}";
}

void json_counts(std::string& out, const std::map<std::string, std::size_t>& counts) {
  out += "{";
  bool first = true;
  for (const auto& [k, n] : counts) {
    if (!first) out += ", ";
    first = false;
    json_key(out, k);
    out += std::to_string(n);
  }
  out += "}";
}

void json_event_ids(std::string& out, const ActorGraph& g, const std::vector<std::uint32_t>& records) {
  out += "[";
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (i) out += ", ";
    json_string(out, g.records()[records[i]].id);
  }
  out += "]";
}

// ---------------------------------------------------------------------------------------
// neighbours

std::string neighbours_text(const ActorGraph& g, Vertex actor, const std::vector<graph::NeighbourRow>& rows,
                            unsigned depth) {
  std::size_t total = 0;
  for (const auto& r : rows) total += r.distance == 1 ? r.tally.total : 0;
  std::string out = describe(g, actor) + ": " + std::to_string(rows.size()) + " actors within " +
                    std::to_string(depth) + (depth == 1 ? " step" : " steps") + ", " + std::to_string(total) +
                    " direct interactions\n";
  if (rows.empty()) return out;
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> head = {"NEIGHBOUR", "KIND", "INTERACTIONS", "LAST", "TOPICS", "INITIATED"};
  if (depth > 1) head.insert(head.begin() + 1, {"STEPS", "VIA"});
  cells.push_back(head);
  for (const auto& r : rows) {
    const auto& t = r.tally;
    std::vector<std::string> row = {fit(name_of(g, r.actor), 40), std::string(to_string(g.vertex(r.actor).kind)),
                                    type_list(t.by_type), t.last_date.empty() ? "-" : t.last_date,
                                    topic_list(t.topics, 3),
                                    std::to_string(t.by_near) + "/" + std::to_string(t.by_far) + "/" +
                                        std::to_string(t.mutual)};
    if (depth > 1) {
      std::string via;
      for (Vertex v : r.via) via += (via.empty() ? "" : ", ") + fit(name_of(g, v), 24);
      row.insert(row.begin() + 1, {std::to_string(r.distance), via.empty() ? "-" : via});
    }
    cells.push_back(row);
  }
  out += "\n" + table(cells);
  out += "\nINITIATED: by " + name_of(g, actor) + (depth > 1 ? " (or the VIA actor)" : "") +
         " / by the neighbour / no stated direction. A mediator counts as initiating.\n";
  return out;
}

std::string neighbours_json(const ActorGraph& g, Vertex actor, const std::vector<graph::NeighbourRow>& rows) {
  std::string out = "{\"actor\": ";
  json_actor(out, g, actor);
  out += ",\n \"neighbours\": [";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    out += i ? ",\n  " : "\n  ";
    out += "{\"actor\": ";
    json_actor(out, g, r.actor);
    out += ", \"distance\": " + std::to_string(r.distance) + ", \"via\": [";
    for (std::size_t k = 0; k < r.via.size(); ++k) {
      if (k) out += ", ";
      json_string(out, g.vertex(r.via[k]).id);
    }
    out += "], \"interactions\": " + std::to_string(r.tally.total) + ", \"by_type\": ";
    json_counts(out, r.tally.by_type);
    out += ", \"last_date\": ";
    if (r.tally.last_date.empty()) out += "null";
    else json_string(out, r.tally.last_date);
    out += ", \"topics\": {";
    for (std::size_t k = 0; k < r.tally.topics.size(); ++k) {
      if (k) out += ", ";
      json_key(out, r.tally.topics[k].first);
      out += std::to_string(r.tally.topics[k].second);
    }
    out += "}, \"initiated\": {\"by_actor\": " + std::to_string(r.tally.by_near) +
           ", \"by_neighbour\": " + std::to_string(r.tally.by_far) + ", \"unstated\": " +
           std::to_string(r.tally.mutual) + "}, \"events\": ";
    json_event_ids(out, g, r.tally.records);
    out += "}";
  }
  out += rows.empty() ? "]}\n" : "\n]}\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// path

std::string edge_line(const ActorGraph& g, std::uint32_t record, Vertex from, Vertex to) {
  const graph::Record& r = g.records()[record];
  const Event& e = g.events()[r.event];
  std::string who;
  const auto* initiator = e.participant(e.initiator);
  const auto* mediator = e.participant(e.mediator);
  if (mediator && (g.vertex(from).id == mediator->id || g.vertex(to).id == mediator->id))
    who = (g.vertex(from).id == mediator->id ? name_of(g, from) : name_of(g, to)) + " mediates";
  else if (initiator && (initiator->id == g.vertex(from).id || initiator->id == g.vertex(to).id))
    who = "initiated by " + exporters::label_text(initiator->name, initiator->id);
  if (mediator && who.empty()) who = "mediated by " + exporters::label_text(mediator->name, mediator->id);
  std::string line = "   " + (e.date.empty() ? std::string("undated") : e.date) + "  " + r.type;
  if (e.status == "planned") line += " (planned)";
  if (!who.empty()) line += ", " + who;
  line += "  [" + r.id + "]\n";
  if (!e.sources.empty()) line += "      \xC2\xAB" + fit(exporters::display_text(e.sources.front().sentence), 160) + "\xC2\xBB\n";
  return line;
}

std::string path_text(const ActorGraph& g, const graph::PathResult& p) {
  std::string out;
  for (std::size_t i = 0; i < p.actors.size(); ++i) out += (i ? " -> " : "") + name_of(g, p.actors[i]);
  out += ": " + std::to_string(p.steps.size()) + (p.steps.size() == 1 ? " step\n" : " steps\n");
  for (std::size_t i = 0; i < p.steps.size(); ++i) {
    const auto& s = p.steps[i];
    out += "\n" + std::to_string(i + 1) + ". " + name_of(g, s.from) + " — " + name_of(g, s.to) + ": " +
           std::to_string(s.records.size()) + (s.records.size() == 1 ? " interaction\n" : " interactions\n");
    for (std::uint32_t r : s.records) out += edge_line(g, r, s.from, s.to);
  }
  return out;
}

std::string path_json(const ActorGraph& g, Vertex a, Vertex b, const graph::PathResult& p) {
  std::string out = "{\"from\": ";
  json_actor(out, g, a);
  out += ", \"to\": ";
  json_actor(out, g, b);
  out += std::string(", \"found\": ") + (p.found ? "true" : "false") + ",\n \"actors\": [";
  for (std::size_t i = 0; i < p.actors.size(); ++i) {
    if (i) out += ", ";
    json_string(out, g.vertex(p.actors[i]).id);
  }
  out += "],\n \"steps\": [";
  for (std::size_t i = 0; i < p.steps.size(); ++i) {
    out += i ? ",\n  " : "\n  ";
    out += "{\"from\": ";
    json_string(out, g.vertex(p.steps[i].from).id);
    out += ", \"to\": ";
    json_string(out, g.vertex(p.steps[i].to).id);
    out += ", \"events\": [";
    for (std::size_t k = 0; k < p.steps[i].records.size(); ++k) {
      const Event& e = g.events()[g.records()[p.steps[i].records[k]].event];
      if (k) out += ", ";
      out += to_json_line(e);
    }
    out += "]}";
  }
  out += p.steps.empty() ? "]}\n" : "\n]}\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// stats

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::vector<graph::ActorStats> top(std::vector<graph::ActorStats> v, unsigned n, bool by_betweenness) {
  if (by_betweenness)
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.betweenness > b.betweenness; });
  if (n && v.size() > n) v.resize(n);
  return v;
}

std::string ranking_table(const ActorGraph& g, const std::vector<graph::ActorStats>& rows) {
  std::vector<std::vector<std::string>> cells = {
      {"ACTOR", "KIND", "DEGREE", "INITIATED", "RECEIVED", "UNSTATED", "PARTNERS", "BETWEENNESS"}};
  for (const auto& a : rows)
    cells.push_back({fit(name_of(g, a.actor), 40), std::string(to_string(g.vertex(a.actor).kind)),
                     std::to_string(a.degree), std::to_string(a.out_degree), std::to_string(a.in_degree),
                     std::to_string(a.mutual), std::to_string(a.partners), fixed(a.betweenness, 4)});
  return table(cells);
}

std::string stats_text(const ActorGraph& g, const graph::Stats& st, unsigned n) {
  std::string out;
  out += "actors  " + std::to_string(st.actors) + (st.by_kind.empty() ? "" : " (" + join_counts(st.by_kind) + ")") + "\n";
  out += "events  " + std::to_string(st.events) + (st.by_type.empty() ? "" : " (" + join_counts(st.by_type) + ")");
  if (st.by_status.count("planned")) out += "; " + std::to_string(st.by_status.at("planned")) + " planned";
  out += "\nedges   " + std::to_string(st.edges) + " between " + std::to_string(st.pairs) + " actor pairs, " +
         std::to_string(st.components) + (st.components == 1 ? " connected component\n" : " connected components\n");
  out += "dates   " + date_range(st) + "\n";
  if (st.ranking.empty()) return out;
  out += "\nMost connected (degree: interactions, initiated or mediated, received, no stated direction):\n";
  out += ranking_table(g, top(st.ranking, n, false));
  out += "\nMost central (betweenness on the simple undirected graph of actor pairs, normalized):\n";
  out += ranking_table(g, top(st.ranking, n, true));
  return out;
}

std::string stats_json(const ActorGraph& g, const graph::Stats& st, unsigned n) {
  std::string out = "{\"actors\": " + std::to_string(st.actors) + ", \"events\": " + std::to_string(st.events) +
                    ", \"edges\": " + std::to_string(st.edges) + ", \"pairs\": " + std::to_string(st.pairs) +
                    ", \"components\": " + std::to_string(st.components) + ",\n \"by_kind\": ";
  json_counts(out, st.by_kind);
  out += ", \"by_type\": ";
  json_counts(out, st.by_type);
  out += ", \"by_status\": ";
  json_counts(out, st.by_status);
  out += ",\n \"first_date\": ";
  if (st.first_date.empty()) out += "null";
  else json_string(out, st.first_date);
  out += ", \"last_date\": ";
  if (st.last_date.empty()) out += "null";
  else json_string(out, st.last_date);
  out += ", \"undated\": " + std::to_string(st.undated) + ",\n \"ranking\": [";
  const auto rows = top(st.ranking, n, false);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& a = rows[i];
    out += i ? ",\n  " : "\n  ";
    out += "{\"actor\": ";
    json_actor(out, g, a.actor);
    out += ", \"degree\": " + std::to_string(a.degree) + ", \"initiated\": " + std::to_string(a.out_degree) +
           ", \"received\": " + std::to_string(a.in_degree) + ", \"unstated\": " + std::to_string(a.mutual) +
           ", \"partners\": " + std::to_string(a.partners) +
           ", \"betweenness\": " + fixed(a.betweenness, 6) + "}";
  }
  out += rows.empty() ? "]}\n" : "\n]}\n";
  return out;
}

void print(const Options& options, const std::string& text) {
  OutputFile out(options.output);
  out.write(text);
  out.commit();
}

// ---------------------------------------------------------------------------------------
// export --format csv paths

std::pair<std::string, std::string> csv_paths(const std::string& output) {
  if (output.empty() || output == "-")
    throw UsageError("export: --format csv writes two tables (nodes and edges): give -o DIR or -o NAME.csv");
  std::error_code ec;
  if (fs::is_directory(output, ec) || output.back() == '/') {
    fs::create_directories(output, ec);
    if (ec) throw CliError("cannot create " + output + ": " + ec.message());
    const std::string dir = output.back() == '/' ? output : output + "/";
    return {dir + "nodes.csv", dir + "edges.csv"};
  }
  std::string stem = output;
  if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) stem.resize(stem.size() - 4);
  return {stem + ".nodes.csv", stem + ".edges.csv"};
}

Format parse_format(const std::string& name) {
  if (name == "graphml") return Format::graphml;
  if (name == "gexf") return Format::gexf;
  if (name == "dot") return Format::dot;
  if (name == "json") return Format::json;
  throw UsageError("export: --format must be one of graphml, gexf, dot, json, csv");
}

}  // namespace

int run_build(const Options& options, Console& console) {
  const auto start = std::chrono::steady_clock::now();
  const std::string dir = options.out_dir;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) throw CliError("cannot create " + dir + ": " + (ec ? ec.message() : "not a directory"));
  // Every file is written by one job, the longest first so that the last to start are short
  // (by time, not size: graph.dot, a third of GEXF's bytes, takes about as long to write, then
  // counts the aggregated edges for graph.svg); events.jsonl starts as soon as deduplication
  // is done, while the graph is being built.
  Loaded l;
  Jobs jobs(thread_count(options));  // after `l`: destroyed (its threads joined) before the graph
  l = load_graph(options, console, options.aggregate, [&](const SharedEvents& events) {
    jobs.add([events, path = dir + "/events.jsonl"] { write_events(*events, path); });
  });
  const ActorGraph& g = *l.graph;
  std::string svg_note;
  std::optional<Render> render;
  const Format formats[] = {Format::gexf, Format::dot,       Format::graphml,
                            Format::json, Format::edges_csv, Format::nodes_csv};
  for (Format f : formats) {
    jobs.add([&, f] {
      write_format(f, g, dir + "/" + std::string(exporters::file_name(f)));
      // Graphviz draws from graph.dot in a child process while the other files are written.
      if (f == Format::dot) render = start_svg(g, dir, dir + "/graph.dot", svg_note);
    });
  }
  // The summary's figures, computed beside the last files being written.
  graph::Stats st;
  jobs.add([&] { st = graph::stats(g, {}, false); });
  try {
    jobs.finish();
  } catch (...) {
    if (render) finish_render(*render);  // no stray dot process nor temporary files
    throw;
  }
  std::string files = "events.jsonl";
  for (Format f : {Format::graphml, Format::gexf, Format::dot, Format::json, Format::nodes_csv, Format::edges_csv})
    files += " " + std::string(exporters::file_name(f));
  if (render) {
    svg_note = finish_render(*render);
    if (svg_note.rfind("graph.svg drawn", 0) == 0) files += " graph.svg";
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_build_summary(console, l, st, dir, files, seconds);
  console.info(svg_note);
  leave_to_exit(l.graph);
  return kExitOk;
}

int run_export(const Options& options, Console& console) {
  const bool csv = options.format == "csv";
  std::pair<std::string, std::string> tables;
  Format format = Format::graphml;
  if (csv) tables = csv_paths(options.output);
  else format = parse_format(options.format);
  Loaded l = load_graph(options, console, options.aggregate);
  if (csv) {
    write_format(Format::nodes_csv, *l.graph, tables.first);
    write_format(Format::edges_csv, *l.graph, tables.second);
  } else {
    write_format(format, *l.graph, options.output);
  }
  const std::string where = csv ? tables.first + " and " + tables.second
                                : (options.output.empty() || options.output == "-" ? "standard output" : options.output);
  console.info("export: " + std::to_string(l.graph->num_vertices()) + " actors, " + std::to_string(l.graph->num_edges()) +
               " edges (" + std::to_string(l.dedup.output) + " events) to " + where);
  leave_to_exit(l.graph);
  return kExitOk;
}

int run_neighbours(const Options& options, Console& console) {
  const graph::Filter filter = make_filter(options);
  Loaded l = load_graph(options, console, false);
  const Vertex actor = resolve_actor(*l.graph, options.actor, options);
  const auto rows = graph::neighbours(*l.graph, actor, filter, options.depth);
  print(options, options.json ? neighbours_json(*l.graph, actor, rows) : neighbours_text(*l.graph, actor, rows, options.depth));
  return kExitOk;
}

int run_path(const Options& options, Console& console) {
  const graph::Filter filter = make_filter(options);
  Loaded l = load_graph(options, console, false);
  const Vertex a = resolve_actor(*l.graph, options.actor, options);
  const Vertex b = resolve_actor(*l.graph, options.actor_b, options);
  const graph::PathResult p = graph::shortest_path(*l.graph, a, b, filter);
  if (options.json) print(options, path_json(*l.graph, a, b, p));
  if (!p.found)
    throw CliError("no chain of interactions links " + describe(*l.graph, a) + " and " + describe(*l.graph, b) +
                   (filter.empty() ? "" : " with these filters"));
  if (!options.json) print(options, path_text(*l.graph, p));
  return kExitOk;
}

int run_stats(const Options& options, Console& console) {
  const graph::Filter filter = make_filter(options);
  Loaded l = load_graph(options, console, false);
  const graph::Stats st = graph::stats(*l.graph, filter, true);
  print(options, options.json ? stats_json(*l.graph, st, options.top) : stats_text(*l.graph, st, options.top));
  return kExitOk;
}

}  // namespace ag::cli
