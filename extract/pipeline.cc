#include "extract/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "extract/boilerplate.h"
#include "extract/dates.h"
#include "extract/decode.h"
#include "extract/fold.h"
#include "extract/pubdate.h"
#include "extract/sentences.h"

namespace ag::extract {
namespace {

constexpr std::size_t kKeptFormattedBytes = std::size_t(1) << 20;

// What a worker makes of one document. A worker only ever fills, clears and reuses its own
// results: memory is then freed by the thread that allocated it, which is what keeps two
// threads from paying for each other's allocator caches (and, with the C library's malloc,
// arena locks).
struct Result {
  Document doc;
  bool decoded = false;
  std::vector<Event> events;
  ExtractStats stats;
  std::string error;          // extraction failure, reported on the document
  std::string formatted;
  std::exception_ptr failure;  // from `format`: stops the run when the item is emitted

  void reset() {
    doc = Document{};
    decoded = false;
    events.clear();
    stats = ExtractStats{};
    error.clear();
    // The text of one huge document is not kept for the small ones that follow.
    if (formatted.capacity() > kKeptFormattedBytes) std::string().swap(formatted);
    formatted.clear();
    failure = nullptr;
  }
};

// One document through the stages: read (the caller's thread), decoded, extracted and
// formatted (a worker, into a Result of its own), emitted (the caller's thread).
struct Item {
  RawDocument raw;
  Result* result = nullptr;
};

// Everything a worker does with a read document. Never throws: failures are recorded.
void process(const DocumentReader& reader, const Extractor& extractor, const DocumentFormat& format,
             RawDocument& raw, Result& it) {
  try {
    it.decoded = reader.decode(raw, it.doc);
  } catch (const std::exception& e) {
    raw.diagnostics.push_back(
        Diagnostic{Diagnostic::Severity::skipped, raw.name, std::string("cannot read: ") + e.what()});
    it.decoded = false;
  }
  if (!it.decoded) return;
  try {
    it.events = extractor.extract(it.doc, &it.stats);
  } catch (const std::exception& e) {
    // One document's failure must not lose the others: it is reported and skipped.
    it.events.clear();
    it.error = e.what();
  }
  if (format) {
    try {
      format(it.doc, it.events, it.formatted);
    } catch (...) {
      it.failure = std::current_exception();
    }
  }
}

// Documents travel in batches: one lock and one wake-up per batch rather than per
// document, which at tens of thousands of documents a second is what keeps two threads
// twice as fast as one.
constexpr std::size_t kBatchDocuments = 16;
constexpr std::size_t kBatchBytes = std::size_t(256) << 10;

struct Batch {
  std::vector<Item> items;  // items[0, size) are in use; the rest keep their buffers for reuse
  std::size_t size = 0;
  std::size_t bytes = 0;
  unsigned worker = 0;  // who processed it, and owns its items' results
  bool done = false;
};

// A worker's results: the ones in use by batches not yet emitted, and the free ones. The
// reader hands emitted results back through `returned` (under the runner's lock); only the
// worker touches `free` and clears what it takes from there.
struct ResultPool {
  std::vector<std::unique_ptr<Result>> owned;
  std::vector<Result*> free, returned;

  Result* take() {
    if (free.empty()) {
      owned.push_back(std::make_unique<Result>());
      return owned.back().get();
    }
    Result* r = free.back();
    free.pop_back();
    r->reset();
    return r;
  }
};

// In-order parallel map over a bounded window: the reader (the calling thread) fills
// batches, workers process them, and finished batches leave from the front in input order.
class Runner {
 public:
  Runner(DocumentReader& reader, const Extractor& extractor, const PipelineOptions& options,
         const DocumentEvents& sink)
      : reader_(reader), extractor_(extractor), options_(options), sink_(sink) {}

  PipelineStats run() {
    if (std::max(1u, options_.threads) == 1) return run_inline();
    pools_.resize(options_.threads);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < options_.threads; ++i) workers.emplace_back([this, i] { work(i); });
    try {
      std::unique_ptr<Batch> batch = fresh_batch();
      while (true) {
        if (batch->size == batch->items.size()) batch->items.emplace_back();
        Item& it = batch->items[batch->size];
        if (!reader_.next_raw(it.raw)) break;
        ++batch->size;
        batch->bytes += it.raw.bytes.size();
        if (batch->size >= kBatchDocuments || batch->bytes >= kBatchBytes) {
          submit(std::move(batch));
          batch = fresh_batch();
        }
      }
      if (batch->size > 0) submit(std::move(batch));
      finish_input();
      drain(0, 0);
    } catch (...) {
      abort_workers();
      for (auto& w : workers) w.join();
      throw;
    }
    for (auto& w : workers) w.join();
    return stats_;
  }

 private:
  DocumentReader& reader_;
  const Extractor& extractor_;
  const PipelineOptions& options_;
  const DocumentEvents& sink_;
  std::mutex mutex_;
  std::condition_variable work_ready_, front_done_;
  std::deque<std::unique_ptr<Batch>> window_;
  std::size_t next_to_start_ = 0;  // index in window_ of the first batch not yet taken
  std::size_t docs_in_flight_ = 0, bytes_in_flight_ = 0;  // touched by the calling thread only
  bool input_done_ = false, aborted_ = false;
  std::vector<std::unique_ptr<Batch>> spare_;  // emitted batches, reused (calling thread only)
  std::vector<ResultPool> pools_;               // one per worker
  PipelineStats stats_;

  PipelineStats run_inline() {
    Item it;
    Result result;
    while (reader_.next_raw(it.raw)) {
      result.reset();
      process(reader_, extractor_, options_.format, it.raw, result);
      it.result = &result;
      emit(it);
    }
    return stats_;
  }

  std::unique_ptr<Batch> fresh_batch() {
    if (spare_.empty()) return std::make_unique<Batch>();
    std::unique_ptr<Batch> b = std::move(spare_.back());
    spare_.pop_back();
    b->size = 0;
    b->bytes = 0;
    b->done = false;
    return b;
  }

  // Emits one document: its diagnostics, then its events.
  void emit(Item& item) {
    Result& it = *item.result;
    reader_.account(item.raw, it.decoded);
    if (!it.decoded) return;
    if (it.failure) std::rethrow_exception(it.failure);
    if (!it.error.empty()) it.doc.diagnostics.push_back("extraction failed: " + it.error);
    ++stats_.documents;
    stats_.sentences += it.stats.sentences;
    stats_.events += it.events.size();
    sink_(it.doc, std::move(it.events), it.formatted);
  }

  void submit(std::unique_ptr<Batch> batch) {
    const std::size_t window = std::max<std::size_t>(options_.window, kBatchDocuments);
    drain(window > batch->size ? window - batch->size : 0,
          options_.window_bytes > batch->bytes ? options_.window_bytes - batch->bytes : 0);
    docs_in_flight_ += batch->size;
    bytes_in_flight_ += batch->bytes;
    std::lock_guard<std::mutex> lock(mutex_);
    window_.push_back(std::move(batch));
    work_ready_.notify_one();
  }

  void finish_input() {
    std::lock_guard<std::mutex> lock(mutex_);
    input_done_ = true;
    work_ready_.notify_all();
  }

  void abort_workers() {
    std::lock_guard<std::mutex> lock(mutex_);
    aborted_ = input_done_ = true;
    work_ready_.notify_all();
  }

  // Emits finished batches in order until at most `docs` documents and `bytes` bytes remain
  // in flight (an empty window always satisfies it), and gives their results back to the
  // workers that made them.
  void drain(std::size_t docs, std::size_t bytes) {
    while (docs_in_flight_ > docs || bytes_in_flight_ > bytes) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        if (window_.empty()) return;
        front_done_.wait(lock, [this] { return window_.front()->done; });
        batch = std::move(window_.front());
        window_.pop_front();
        --next_to_start_;
      }
      docs_in_flight_ -= batch->size;
      bytes_in_flight_ -= batch->bytes;
      for (std::size_t i = 0; i < batch->size; ++i) emit(batch->items[i]);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        std::vector<Result*>& returned = pools_[batch->worker].returned;
        for (std::size_t i = 0; i < batch->size; ++i) returned.push_back(batch->items[i].result);
      }
      // A batch that held a huge document gives its memory back rather than keep it.
      if (batch->bytes <= kBatchBytes * 4) spare_.push_back(std::move(batch));
    }
  }

  void work(unsigned worker) {
    ResultPool& pool = pools_[worker];
    while (true) {
      Batch* batch = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [this] { return aborted_ || next_to_start_ < window_.size() || input_done_; });
        if (aborted_) return;
        if (next_to_start_ >= window_.size()) {
          if (input_done_) return;
          continue;
        }
        batch = window_[next_to_start_++].get();
        pool.free.insert(pool.free.end(), pool.returned.begin(), pool.returned.end());
        pool.returned.clear();
      }
      batch->worker = worker;
      for (std::size_t i = 0; i < batch->size; ++i) {
        Item& item = batch->items[i];
        item.result = pool.take();
        process(reader_, extractor_, options_.format, item.raw, *item.result);
      }
      bool front = false;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        batch->done = true;
        front = !window_.empty() && window_.front().get() == batch;
      }
      // Only the front batch can unblock the reader, which waits on nothing else.
      if (front) front_done_.notify_one();
    }
  }
};

}  // namespace

void warm_up_tables() {
  try {
    // A short article that goes through every stage with a table: accents (NFC check),
    // sentences with an abbreviation, dates, a dateline and boilerplate-like lines.
    const std::string article =
        "PARIS, 3 avril 2024 (AFP) - Le président a reçu M. Dupont à l\u2019Élysée lundi. Il l'a rappelé hier.\n"
        "Lire aussi : notre dossier.\n";
    std::string reason;
    std::optional<Decoded> decoded = decode_text(article, reason);
    Document doc;
    doc.text = decoded ? decoded->text : article;
    doc.boilerplate = find_boilerplate(doc.text);
    doc.published = find_publication_date(doc.text);
    FoldedText folded;
    fold_text(doc.text, folded);
    find_reference_anchor(folded.text);
    for (const Sentence& s : split_sentences(doc)) {
      const uint32_t b = folded_offset(folded, s.span.begin, s.span.begin);
      const uint32_t e = folded_offset(folded, s.span.end, s.span.end);
      find_dates(std::string_view(folded.text).substr(b, e - b), Date{2024, 4, 3});
    }
  } catch (...) {
    // Whatever failed here fails again where the table is needed, and is reported there.
  }
}

PipelineStats run_pipeline(DocumentReader& reader, const Extractor& extractor, const PipelineOptions& options,
                           const DocumentEvents& on_document) {
  return Runner(reader, extractor, options, on_document).run();
}

}  // namespace ag::extract
