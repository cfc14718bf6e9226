#pragma once
// Deduplication across documents: one interaction reported by several articles becomes one
// event carrying every source.
//
// Two reports are the same interaction when they have the same type, the same set of
// participant ids, and compatible dates (ag::compatible: equal where both are known).
// Reports whose date lacks a year are also held to a window around their first
// publication date (DedupOptions), so an undated "Aliyev a appelé Blinken" does not merge
// with a call of another year. A less precise report joins a cluster only when exactly one
// cluster fits; when several do (two calls in April, a report saying "in April"), it stays
// apart rather than be attached to a guess.
//
// Cost: events are bucketed by (type, sorted participant ids) and compared by date within a
// bucket (exact day lookups for full dates, range lookups for partial ones), so the work is
// O(n log n) for n events, not quadratic.
#include <cstddef>
#include <vector>

#include "model/event.h"

namespace ag::graph {

struct DedupOptions {
  // An undated report may match an event within this many days of its first publication.
  long undated_window_days = 31;
  // A report dated XXXX-MM-DD (year unknown) may match within this many days of publication.
  long yearless_window_days = 183;
  // Threads for the per-event work (date parsing, hashing, sorting sources). The result is
  // the same for any number.
  unsigned threads = 1;
};

struct DedupStats {
  std::size_t input = 0;   // events given
  std::size_t output = 0;  // events returned
  std::size_t merged = 0;  // events returned that merged two reports or more
};

// The deduplicated events, in canonical order (event_order). A merged event keeps:
// the most precise date that all its reports agree with (2024-04 + XXXX-04-03 ->
// 2024-04-03); every distinct source, sorted by (published, document, start); topics and
// subjects united in report order; "occurred" when any report says it occurred (with that
// report's CAMEO code); the first stated initiator, mediator and place; the highest
// confidence; and the id of its earliest report (by publication date, then document), so
// the same inputs give the same ids. Events without an id get ag::stable_id of their
// content. Ids are unique in the result ("-2", "-3" appended on collisions). The result
// does not depend on the order of the input events.
// Memory: the result reuses the input's storage (events reordered in place), and a folded
// report's strings are freed as it is merged, on the merging threads.
std::vector<Event> deduplicate(std::vector<Event> events, const DedupOptions& options = {},
                               DedupStats* stats = nullptr);

// The canonical order of events: dated ones (a year known) by first then last possible
// day, then the others; ties by date string, then id.
bool event_order(const Event& a, const Event& b);

}  // namespace ag::graph
