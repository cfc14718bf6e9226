#pragma once
// Extraction over a stream of documents with worker threads, in a bounded window.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/input.h"

namespace ag::extract {

// Per-document work to run on the worker thread right after extraction (serializing the
// events, for one), so that it scales with the threads too. Writes into `out`, which
// reaches the DocumentEvents callback.
using DocumentFormat = std::function<void(const Document&, const std::vector<Event>&, std::string& out)>;

struct PipelineOptions {
  // Worker threads. 1 runs everything on the calling thread: no hand-over, no locking.
  unsigned threads = 1;
  // Documents in flight at most, and input bytes in flight at most (which a corpus of huge
  // documents reaches first): memory does not grow with the corpus.
  std::size_t window = 256;
  std::size_t window_bytes = std::size_t(64) << 20;
  DocumentFormat format;  // optional
};

struct PipelineStats {
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::size_t events = 0;
};

// Called once per document, in input order, from one thread at a time (the caller's).
// `formatted` is what PipelineOptions::format wrote (empty without one).
using DocumentEvents = std::function<void(const Document&, std::vector<Event>&&, std::string& formatted)>;

// Builds, on the calling thread, the tables that decoding, folding, sentence splitting,
// date finding and boilerplate detection otherwise build when the first document needs them
// (tens of milliseconds of ICU look-ups, which a lone worker would spend while the others
// wait for it). Run it on a spare thread while the lexicons load, and the start-up that
// every thread count pays shrinks. Never throws: a table that cannot be built fails again,
// with its error, where it is used.
void warm_up_tables();

// Reads every document from `reader`, decodes and extracts with `threads` workers, and hands
// each document's events to `on_document` in input order; the reader's diagnostics reach
// its sink in input order too. The output is the same whatever the thread count. A document
// whose extraction throws is passed on without events and with an "extraction failed"
// diagnostic. Exceptions thrown by `on_document` or `format` stop the run and are rethrown.
PipelineStats run_pipeline(DocumentReader& reader, const Extractor& extractor, const PipelineOptions& options,
                           const DocumentEvents& on_document);

}  // namespace ag::extract
