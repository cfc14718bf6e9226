#pragma once
// Scoring extracted events against a hand-annotated gold file, with exactly the
// definitions of shared/eval/score.py (pairs per document, type and date; greedy one-to-one
// matching; pair, typed, date, status and topic figures), so users can measure the tool on
// their own annotated articles and get the numbers the project's scorer gives.
#include <stdexcept>
#include <string>
#include <vector>

#include "model/event.h"

namespace ag::cli {

struct ScoreReport {
  double pair_p = 0, pair_r = 0, pair_f = 0;
  double typed_p = 0, typed_r = 0, typed_f = 0;
  double topic_p = 0, topic_r = 0, topic_f = 0;
  int tp = 0, fp = 0, fn = 0;
  int dates_ok = 0, dates_n = 0, status_ok = 0, status_n = 0;
  std::vector<std::string> misses;  // the "FP / FN / TYPE / DATE" lines of score.py -v
  // The summary lines score.py prints, byte for byte.
  std::string summary() const;
};

// Thrown for an unreadable or malformed gold file.
struct GoldError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Scores `events` against the gold file at `gold_path` (seeds.gold.json's schema).
ScoreReport score_events(const std::string& gold_path, const std::vector<Event>& events);

}  // namespace ag::cli
