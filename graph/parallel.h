#pragma once
// Internal to graph/: a parallel loop over independent indices.
#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace ag::graph::detail {

// Calls `body(s)` for each s in [0, slices), each on its own thread (the calling thread
// takes slice 0). Rethrows the first slice's exception.
template <class Body>
void run_slices(std::size_t slices, Body body) {
  std::vector<std::exception_ptr> errors(slices);
  std::vector<std::thread> workers;
  auto run = [&](std::size_t s) {
    try {
      body(s);
    } catch (...) {
      errors[s] = std::current_exception();
    }
  };
  for (std::size_t s = 1; s < slices; ++s) workers.emplace_back(run, s);
  if (slices > 0) run(0);
  for (auto& w : workers) w.join();
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
}

// Below this many items per thread, starting a thread costs more than it saves.
inline constexpr std::size_t kMinPerThread = 4096;

// The number of slices to cut n items into for `threads`.
inline std::size_t slice_count(std::size_t n, unsigned threads) {
  return std::max<std::size_t>(1, std::min<std::size_t>(threads, n / kMinPerThread));
}

// Calls `body(begin, end)` on contiguous slices of [0, n), each on its own thread. Bodies
// must only write what their slice owns, so the result does not depend on the thread count.
template <class Body>
void parallel_for(std::size_t n, unsigned threads, Body body) {
  const std::size_t slices = slice_count(n, threads);
  if (slices <= 1) {
    body(std::size_t{0}, n);
    return;
  }
  run_slices(slices, [&](std::size_t s) { body(n * s / slices, n * (s + 1) / slices); });
}

}  // namespace ag::graph::detail
