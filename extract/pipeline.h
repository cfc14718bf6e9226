#pragma once
// Extraction over a stream of documents with worker threads, in a bounded window.
#include <cstddef>
#include <functional>
#include <vector>

#include "extract/extractor.h"
#include "extract/input.h"

namespace ag::extract {

struct PipelineOptions {
  unsigned threads = 1;       // worker threads (>= 1)
  std::size_t window = 256;   // documents in flight at most: memory does not grow with the corpus
};

struct PipelineStats {
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::size_t events = 0;
};

// Called once per document, in input order, from one thread at a time.
using DocumentEvents = std::function<void(const Document&, std::vector<Event>&&)>;

// Reads every document from `reader`, extracts with `threads` workers, and hands each
// document's events to `on_document` in input order: the output is the same whatever the
// thread count. Exceptions thrown by `on_document` stop the run and are rethrown.
PipelineStats run_pipeline(DocumentReader& reader, const Extractor& extractor, const PipelineOptions& options,
                           const DocumentEvents& on_document);

}  // namespace ag::extract
