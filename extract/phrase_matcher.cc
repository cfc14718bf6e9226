#include "extract/phrase_matcher.h"

#include <algorithm>
#include <iterator>

namespace ag::extract {
PhraseMatcher::PhraseMatcher() {
  space_[static_cast<unsigned char>(' ')] = space_[static_cast<unsigned char>('\n')] =
      space_[static_cast<unsigned char>('\r')] = true;
}

void PhraseMatcher::add(std::string_view phrase, uint32_t payload) {
  if (phrase.empty()) return;
  std::size_t shared = 0;
  const std::size_t most = std::min(phrase.size(), last_phrase_.size());
  while (shared < most && phrase[shared] == last_phrase_[shared]) ++shared;
  last_phrase_.assign(phrase.data(), phrase.size());
  last_path_.resize(shared + 1);
  uint32_t node = last_path_[shared];
  for (unsigned char c : phrase.substr(shared)) {
    // Siblings are kept in label order: the search stops at the first label not below `c`,
    // and build() numbers and lays out children by label without sorting them.
    uint32_t prev = 0, k = build_nodes_[node].first_child;
    while (k != 0 && build_nodes_[k].label < c) {
      prev = k;
      k = build_nodes_[k].next_sibling;
    }
    if (k == 0 || build_nodes_[k].label != c) {
      const auto fresh = static_cast<uint32_t>(build_nodes_.size());
      BuildNode child;
      child.label = c;
      child.next_sibling = k;
      build_nodes_.push_back(child);
      (prev == 0 ? build_nodes_[node].first_child : build_nodes_[prev].next_sibling) = fresh;
      k = fresh;
    }
    node = k;
    last_path_.push_back(node);
  }
  if (!build_nodes_[node].has_payloads) ++phrases_;
  build_nodes_[node].has_payloads = true;
  build_payloads_.emplace_back(node, payload);
}

void PhraseMatcher::build() {
  const std::size_t count = build_nodes_.size();
  // Each node's payloads, a range of `by_node`: bucketed by node in one counting pass (a
  // sort of all the pairs cost more than the rest of the build); each node's few are
  // sorted and made unique when the node is placed.
  std::vector<uint32_t> payload_start(count + 1, 0);
  for (const auto& np : build_payloads_) ++payload_start[np.first + 1];
  for (std::size_t n = 0; n < count; ++n) payload_start[n + 1] += payload_start[n];
  std::vector<uint32_t> by_node(build_payloads_.size());
  {
    std::vector<uint32_t> next(payload_start.begin(), payload_start.end() - 1);
    for (const auto& np : build_payloads_) by_node[next[np.first]++] = np.second;
  }

  // Codes: 1.. for the bytes the phrases use, in byte order. '\n' and '\r' take the code of
  // ' ' (the text's '\n' is a space that a phrase's ' ' matches); a phrase's own '\n' or '\r'
  // could never match, so such children are left out below.
  auto unreachable = [](unsigned char c) { return c == '\n' || c == '\r'; };
  bool used[256] = {};
  for (std::size_t n = 1; n < count; ++n) used[build_nodes_[n].label] = true;
  std::fill(std::begin(code_), std::end(code_), static_cast<unsigned char>(0));
  uint32_t codes = 1;
  for (int c = 0; c < 256; ++c)
    if (used[c] && !unreachable(static_cast<unsigned char>(c))) code_[c] = static_cast<unsigned char>(codes++);
  code_[static_cast<unsigned char>('\n')] = code_[static_cast<unsigned char>('\r')] =
      code_[static_cast<unsigned char>(' ')];
  // A word byte no phrase uses steps by `codes`, which no cell has a child by (cells are
  // placed with room for it past the last base). A byte that is no word byte steps by 0, by
  // which no cell has a child either: its cell, the node's base, sits beside the child by the
  // space (code 1, the lowest byte of the phrases) that the walk reads next, so the failed
  // step at each word's end costs no extra cache line.
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    word_code_[c] = !is_word_byte(b) ? 0 : code_[c] != 0 ? code_[c] : static_cast<unsigned char>(codes);
  }

  // Placement, depth-first from the root: each node's children get the first free cells
  // where all of them fit, so a chain inside a long name takes consecutive cells.
  cells_.assign(2, Cell{});
  cells_[0].check = cells_[1].check = kNoParent;
  ends_.assign(2, 0);
  ranges_.clear();
  payloads_.clear();
  payloads_.reserve(build_payloads_.size());
  std::vector<std::pair<uint32_t, uint32_t>> stack{{0, kRoot}};  // (build node, cell)
  std::vector<uint32_t> kids;
  uint32_t first_free = 2;  // no free cell below it
  std::size_t extent = 2;    // cells_ from here on are free and were never written
  std::size_t top_base = 0;  // the largest base given
  auto free_cell = [&](std::size_t t) { return t >= cells_.size() || cells_[t].check == 0; };
  while (!stack.empty()) {
    const auto [old, cell] = stack.back();
    stack.pop_back();
    const auto first = by_node.begin() + payload_start[old], last = by_node.begin() + payload_start[old + 1];
    if (first != last) {
      if (last - first > 1) std::sort(first, last);
      const auto begin = static_cast<uint32_t>(payloads_.size());
      std::unique_copy(first, last, std::back_inserter(payloads_));
      ranges_.push_back(Range{begin, static_cast<uint32_t>(payloads_.size()) - begin});
      ends_[cell] = static_cast<uint32_t>(ranges_.size());
    }
    kids.clear();
    for (uint32_t k = build_nodes_[old].first_child; k != 0; k = build_nodes_[k].next_sibling)
      if (!unreachable(build_nodes_[k].label)) kids.push_back(k);
    if (kids.empty()) continue;  // base 0: a leaf's steps land on cells whose parent is another
    while (!free_cell(first_free)) ++first_free;
    // The smallest base from which every child's cell is free, trying the free cells in turn
    // for the first child.
    const uint32_t c0 = code_[build_nodes_[kids[0]].label];
    std::size_t base = 0;
    for (std::size_t t = std::max<std::size_t>(first_free, c0 + 1);; ++t) {
      if (!free_cell(t)) continue;
      base = t - c0;
      bool fits = true;
      for (std::size_t j = 1; j < kids.size() && fits; ++j) fits = free_cell(base + code_[build_nodes_[kids[j]].label]);
      if (fits) break;
    }
    const std::size_t top = base + code_[build_nodes_[kids.back()].label];
    if (top >= cells_.size()) {  // doubled, not grown to `top`: a resize per node cost a fifth of the build
      cells_.resize(std::max(top + 1, 2 * cells_.size()), Cell{});
      ends_.resize(cells_.size(), 0);
    }
    extent = std::max(extent, top + 1);
    top_base = std::max(top_base, base);
    cells_[cell].base = static_cast<uint32_t>(base);
    // Pushed in reverse, so the smallest label is placed next and its chain follows on.
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
      const auto t = static_cast<uint32_t>(base + code_[build_nodes_[*it].label]);
      cells_[t].check = cell;
      stack.emplace_back(*it, t);
    }
  }
  // Room past the last base for every code (and the word bytes' dead-end code), so a step
  // never reads past the array.
  cells_.resize(std::max(extent, top_base + codes + 1), Cell{});
  ends_.resize(cells_.size(), 0);
  if (phrases_ == 0) {  // nothing to find: scan() returns at once
    cells_.clear();
    ends_.clear();
  }
  build_nodes_ = {};
  build_payloads_ = {};
  last_phrase_ = {};
  last_path_ = {};
}

}  // namespace ag::extract
