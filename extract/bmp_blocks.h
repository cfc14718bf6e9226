#pragma once
// Tables over the Basic Multilingual Plane filled from ICU a block of 256 code points at a
// time, when a text first uses the block: ICU's look-ups for the whole plane cost millions of
// instructions at start-up, while a French corpus touches three or four blocks. decode.cc
// (NFC-inert code points) and sentence_breaks.cc (Sentence_Break classes) keep such tables.
#include <array>
#include <atomic>
#include <cstddef>
#include <mutex>

namespace ag::extract {

// Which blocks of U+0000..U+FFFF a table has filled. Workers read in parallel: a block is
// filled under the lock, then published by its flag (a reader that sees the flag set sees the
// block; a block never changes again).
class BmpBlocks {
 public:
  // Calls fill(first), `first` being the first code point of c's block (c < 0x10000), unless
  // the block is filled already; once it is, a call is one atomic load.
  template <class Fill>
  void ensure(char32_t c, Fill&& fill) const {
    const std::size_t block = c >> 8;
    if (!ready_[block].load(std::memory_order_acquire)) fill_once(block, fill);
  }

 private:
  template <class Fill>
  void fill_once(std::size_t block, Fill& fill) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (ready_[block].load(std::memory_order_relaxed)) return;
    fill(static_cast<char32_t>(block << 8));
    ready_[block].store(true, std::memory_order_release);
  }

  mutable std::array<std::atomic<bool>, 0x100> ready_{};
  mutable std::mutex mutex_;
};

}  // namespace ag::extract
