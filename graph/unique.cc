#include "graph/unique.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace ag::graph::detail {

std::uint64_t hash64(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

void make_unique(std::size_t n, const std::function<std::string&(std::size_t)>& at) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> hashes;
  hashes.reserve(n);
  for (std::size_t i = 0; i < n; ++i) hashes.emplace_back(hash64(at(i)), static_cast<std::uint32_t>(i));
  std::sort(hashes.begin(), hashes.end());
  std::vector<std::uint32_t> suspects;  // strings sharing a hash with another
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    const bool same_prev = i > 0 && hashes[i - 1].first == hashes[i].first;
    const bool same_next = i + 1 < hashes.size() && hashes[i + 1].first == hashes[i].first;
    if (same_prev || same_next) suspects.push_back(hashes[i].second);
  }
  if (suspects.empty()) return;
  std::sort(suspects.begin(), suspects.end());
  // Whether `t` is one of the original strings (found through its hash) or a new one.
  std::unordered_set<std::string> added;
  auto taken = [&](const std::string& t) {
    if (added.count(t)) return true;
    const std::uint64_t h = hash64(t);
    auto it = std::lower_bound(hashes.begin(), hashes.end(), std::make_pair(h, std::uint32_t{0}));
    for (; it != hashes.end() && it->first == h; ++it)
      if (at(it->second) == t) return true;
    return false;
  };
  std::unordered_set<std::string> seen;
  for (std::uint32_t i : suspects) {
    if (seen.insert(at(i)).second) continue;  // the first one keeps its string
    for (std::size_t k = 2;; ++k) {
      std::string t = at(i) + "-" + std::to_string(k);
      if (taken(t)) continue;
      added.insert(t);
      at(i) = std::move(t);
      break;
    }
  }
}

}  // namespace ag::graph::detail
