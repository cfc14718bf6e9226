#include "extract/pipeline.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace ag::extract {
namespace {

struct Job {
  Document doc;
  std::vector<Event> events;
  ExtractStats stats;
  std::string error;
  bool done = false;
};

// In-order parallel map over a bounded window: the reader (this thread) feeds jobs,
// workers extract, and finished jobs leave from the front in input order.
class Runner {
 public:
  Runner(const Extractor& extractor, const PipelineOptions& options, const DocumentEvents& sink)
      : extractor_(extractor), options_(options), sink_(sink) {}

  PipelineStats run(DocumentReader& reader) {
    const unsigned n = std::max(1u, options_.threads);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < n; ++i) workers.emplace_back([this] { work(); });
    try {
      Document doc;
      while (reader.next(doc)) {
        submit(std::move(doc));
        doc = Document{};
      }
      finish_input();
      drain(0);
    } catch (...) {
      abort_workers();
      for (auto& w : workers) w.join();
      throw;
    }
    for (auto& w : workers) w.join();
    return stats_;
  }

 private:
  const Extractor& extractor_;
  const PipelineOptions& options_;
  const DocumentEvents& sink_;
  std::mutex mutex_;
  std::condition_variable work_ready_, job_done_;
  std::deque<std::unique_ptr<Job>> window_;
  std::size_t next_to_start_ = 0;  // index in window_ of the first job not yet taken
  bool input_done_ = false, aborted_ = false;
  PipelineStats stats_;

  void submit(Document&& doc) {
    drain(std::max<std::size_t>(1, options_.window) - 1);
    auto job = std::make_unique<Job>();
    job->doc = std::move(doc);
    std::lock_guard<std::mutex> lock(mutex_);
    window_.push_back(std::move(job));
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

  // Emits finished jobs in order until at most `keep` remain in the window.
  void drain(std::size_t keep) {
    while (true) {
      std::unique_ptr<Job> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        if (window_.size() <= keep) return;
        job_done_.wait(lock, [this] { return window_.front()->done; });
        job = std::move(window_.front());
        window_.pop_front();
        --next_to_start_;
      }
      if (!job->error.empty()) job->doc.diagnostics.push_back("extraction failed: " + job->error);
      ++stats_.documents;
      stats_.sentences += job->stats.sentences;
      stats_.events += job->events.size();
      sink_(job->doc, std::move(job->events));
    }
  }

  void work() {
    while (true) {
      Job* job = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [this] { return aborted_ || next_to_start_ < window_.size() || input_done_; });
        if (aborted_) return;
        if (next_to_start_ >= window_.size()) {
          if (input_done_) return;
          continue;
        }
        job = window_[next_to_start_++].get();
      }
      try {
        job->events = extractor_.extract(job->doc, &job->stats);
      } catch (const std::exception& e) {
        // One document's failure must not lose the others: it is reported and skipped.
        job->events.clear();
        job->error = e.what();
      }
      {
        std::lock_guard<std::mutex> lock(mutex_);
        job->done = true;
      }
      job_done_.notify_all();
    }
  }
};

}  // namespace

PipelineStats run_pipeline(DocumentReader& reader, const Extractor& extractor, const PipelineOptions& options,
                           const DocumentEvents& on_document) {
  return Runner(extractor, options, on_document).run(reader);
}

}  // namespace ag::extract
