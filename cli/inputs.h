#pragma once
// Turning any command's inputs into events: articles and corpora are extracted, events
// files and build directories are read.
#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "cli/console.h"
#include "cli/options.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/input.h"
#include "extract/pipeline.h"
#include "model/event.h"

namespace ag::cli {

struct InputSummary {
  std::size_t documents = 0;     // articles and corpus records extracted
  std::size_t events_files = 0;  // events files read
  std::size_t events = 0;        // events produced or read
  std::size_t sentences = 0;
  std::size_t bytes = 0;
  double seconds = 0;
};

// The extractor for these options (bundled lexicons plus --lexicons / --actors). Throws
// CliError with the lexicon's "FILE:LINE: reason" when the data is invalid.
std::shared_ptr<const extract::Extractor> make_extractor(const Options& options);

// Ingestion options from --published. Throws UsageError for a bad date.
extract::ReadOptions read_options(const Options& options);

// Worker threads for --threads (0: all cores).
unsigned thread_count(const Options& options);

// Calls `on_document` with each document's events in input order, then `on_event_file`
// for events read from events files. Throws CliError for a missing input path.
InputSummary for_each_input(const Options& options, Console& console,
                            const std::function<void(const extract::Document&, std::vector<Event>&&)>& on_document,
                            const std::function<void(Event&&)>& on_file_event);

// The same, with `format` run on the worker thread of each document right after its
// extraction (serializing the events, so that it scales with --threads); `on_document`
// receives what it wrote.
InputSummary for_each_input(const Options& options, Console& console, const extract::DocumentFormat& format,
                            const extract::DocumentEvents& on_document,
                            const std::function<void(Event&&)>& on_file_event);

// Every event of the inputs, in input order.
std::vector<Event> load_events(const Options& options, Console& console, InputSummary* summary = nullptr);

}  // namespace ag::cli
