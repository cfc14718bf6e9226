#include "cli/inputs.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include "extract/input.h"
#include "extract/lexicon_error.h"
#include "extract/pipeline.h"
#include "model/edtf.h"

namespace ag::cli {

std::shared_ptr<const extract::Extractor> make_extractor(const Options& options) {
  // The user's files are checked here, where a wrong path is a one-line error naming it
  // (the loaders would fall back on the bundled data, or read a directory as empty).
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!options.lexicons_dir.empty() && !fs::is_directory(options.lexicons_dir, ec))
    throw CliError(options.lexicons_dir + ": " +
                   (fs::exists(options.lexicons_dir, ec) ? "not a directory (--lexicons takes a folder laid out like lexicons/)"
                                                         : "no such directory"));
  if (!options.actors_file.empty()) {
    const fs::file_status st = fs::status(options.actors_file, ec);
    if (!fs::exists(st)) throw CliError(options.actors_file + ": no such file");
    if (fs::is_directory(st)) throw CliError(options.actors_file + ": is a directory (--actors takes a file)");
  }
  extract::ExtractorOptions eo;
  eo.lexicons_dir = options.lexicons_dir;
  eo.actors_file = options.actors_file;
  try {
    return std::make_shared<const extract::Extractor>(eo);
  } catch (const extract::LexiconError& e) {
    throw CliError(e.what());
  }
}

unsigned thread_count(const Options& options) {
  if (options.threads > 0) return options.threads;
  unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

extract::ReadOptions read_options(const Options& options) {
  extract::ReadOptions ro;
  if (!options.published.empty()) {
    auto d = parse_edtf(options.published);
    if (!d || !d->has_year()) throw UsageError("--published must be a date YYYY-MM-DD, YYYY-MM or YYYY");
    ro.default_published = *d;
  }
  return ro;
}

namespace {

// What ingestion and extraction noted about one document ("decoded as Windows-1252", "no
// publication date"), named after it. A document whose extraction failed lost its events:
// that is a skip, counted and failing --strict.
void report_document(Console& console, const extract::Document& doc) {
  for (const std::string& d : doc.diagnostics) {
    const bool lost = d.rfind("extraction failed", 0) == 0;
    console.report(extract::Diagnostic{lost ? extract::Diagnostic::Severity::skipped : extract::Diagnostic::Severity::warning,
                                       doc.name, d});
  }
}

}  // namespace

InputSummary for_each_input(const Options& options, Console& console, const extract::DocumentFormat& format,
                            const extract::DocumentEvents& on_document,
                            const std::function<void(Event&&)>& on_file_event) {
  const auto start = std::chrono::steady_clock::now();
  InputSummary summary;
  std::vector<extract::InputFile> files;
  try {
    files = extract::expand_inputs(options.inputs, console.sink());
  } catch (const extract::InputError& e) {
    throw CliError(e.what());
  }
  std::vector<extract::InputFile> documents, events_files;
  for (auto& f : files) (f.kind == extract::InputKind::events ? events_files : documents).push_back(f);

  if (!documents.empty()) {
    // With workers to come, a spare thread builds the decoding and segmenting tables while
    // this one loads the lexicons: both are start-up that no document can overlap.
    const unsigned threads = thread_count(options);
    std::thread warm_up;
    if (threads > 1) {
      try {
        warm_up = std::thread(extract::warm_up_tables);
      } catch (const std::system_error&) {
        // No spare thread: the first document builds the tables, as with one thread.
      }
    }
    struct Join {
      std::thread& t;
      ~Join() {
        if (t.joinable()) t.join();
      }
    } join_warm_up{warm_up};
    auto extractor = make_extractor(options);
    if (warm_up.joinable()) warm_up.join();
    extract::DocumentReader reader(documents, read_options(options), console.sink());
    extract::PipelineOptions po;
    po.threads = threads;
    po.window = 64 * po.threads;
    po.format = format;
    std::size_t total = 0;  // input bytes, for the time left
    for (const auto& f : documents) {
      std::error_code ec;
      const auto n = f.path == "-" ? 0 : std::filesystem::file_size(f.path, ec);
      if (!ec) total += static_cast<std::size_t>(n);
    }
    auto stats = extract::run_pipeline(reader, *extractor, po,
                                       [&](const extract::Document& doc, std::vector<Event>&& evs, std::string& text) {
                                         report_document(console, doc);
                                         summary.events += evs.size();
                                         on_document(doc, std::move(evs), text);
                                         console.progress(reader.documents_read(), reader.bytes_read(), total);
                                       });
    console.end_progress();
    summary.documents = stats.documents;
    summary.sentences = stats.sentences;
    summary.bytes = reader.bytes_read();
  }
  for (const auto& f : events_files) {
    ++summary.events_files;
    extract::read_events_file(f.path, console.sink(), [&](Event&& e) {
      ++summary.events;
      on_file_event(std::move(e));
    }, thread_count(options));
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

InputSummary for_each_input(const Options& options, Console& console,
                            const std::function<void(const extract::Document&, std::vector<Event>&&)>& on_document,
                            const std::function<void(Event&&)>& on_file_event) {
  return for_each_input(
      options, console, extract::DocumentFormat(),
      [&](const extract::Document& doc, std::vector<Event>&& evs, std::string&) { on_document(doc, std::move(evs)); },
      on_file_event);
}

std::vector<Event> load_events(const Options& options, Console& console, InputSummary* summary) {
  std::vector<Event> events;
  // Room for the events of the inputs' events files (records are some hundreds of bytes):
  // growing a vector of a million events copies it twenty times over. Only touched pages
  // count against memory, so guessing high costs nothing.
  std::size_t bytes = 0;
  for (const auto& p : options.inputs) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) {
      const auto n = std::filesystem::file_size(p, ec);
      if (!ec) bytes += static_cast<std::size_t>(n);
    }
  }
  events.reserve(std::min<std::size_t>(bytes / 400, std::size_t(1) << 26));
  InputSummary s = for_each_input(
      options, console,
      [&](const extract::Document&, std::vector<Event>&& evs) {
        for (auto& e : evs) events.push_back(std::move(e));
      },
      [&](Event&& e) { events.push_back(std::move(e)); });
  if (summary) *summary = s;
  return events;
}

}  // namespace ag::cli
