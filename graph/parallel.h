#pragma once
// Internal to graph/: a parallel loop over independent indices.
#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace ag::graph::detail {

// Calls `body(begin, end)` on `threads` contiguous slices of [0, n), each on its own thread
// (the calling thread takes the first). Bodies must only write what their slice owns, so
// the result does not depend on the thread count. Rethrows the first slice's exception.
template <class Body>
void parallel_for(std::size_t n, unsigned threads, Body body) {
  // Below this, starting a thread costs more than it saves.
  constexpr std::size_t kMinPerThread = 4096;
  const std::size_t slices = std::max<std::size_t>(1, std::min<std::size_t>(threads, n / kMinPerThread));
  if (slices <= 1) {
    body(std::size_t{0}, n);
    return;
  }
  std::vector<std::exception_ptr> errors(slices);
  std::vector<std::thread> workers;
  auto run = [&](std::size_t s) {
    try {
      body(n * s / slices, n * (s + 1) / slices);
    } catch (...) {
      errors[s] = std::current_exception();
    }
  };
  for (std::size_t s = 1; s < slices; ++s) workers.emplace_back(run, s);
  run(0);
  for (auto& w : workers) w.join();
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace ag::graph::detail
