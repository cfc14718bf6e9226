#include "extract/phrase_matcher.h"

#include <algorithm>
#include <iterator>

namespace ag::extract {
namespace {

// Nodes this close to the root get dense rows whatever their fan-out: every word start
// passes through them. Elsewhere a node needs this many children to be worth a row: from
// two on, as the walks step through branching nodes a million times per 2000 articles and
// a row look-up costs a fraction of searching even two labels (about 4 MB more rows).
constexpr int kDenseDepth = 2;
constexpr std::size_t kDenseFanOut = 2;

}  // namespace

PhraseMatcher::PhraseMatcher() {
  for (int c = 0; c < 256; ++c) word_[c] = is_word_byte(static_cast<unsigned char>(c));
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
  // sort of all the pairs cost more than the rest of the numbering); each node's few are
  // sorted and made unique when the node is laid out.
  std::vector<uint32_t> payload_start(count + 1, 0);
  for (const auto& np : build_payloads_) ++payload_start[np.first + 1];
  for (std::size_t n = 0; n < count; ++n) payload_start[n + 1] += payload_start[n];
  std::vector<uint32_t> by_node(build_payloads_.size());
  {
    std::vector<uint32_t> next(payload_start.begin(), payload_start.end() - 1);
    for (const auto& np : build_payloads_) by_node[next[np.first]++] = np.second;
  }

  bool used[256] = {};
  for (std::size_t n = 1; n < count; ++n) used[build_nodes_[n].label] = true;
  std::fill(std::begin(class_), std::end(class_), static_cast<unsigned char>(0));
  class_count_ = 1;
  for (int c = 0; c < 256; ++c)
    if (used[c]) class_[c] = static_cast<unsigned char>(class_count_++);

  // Numbering, children by label: breadth-first down to kDenseDepth, then each deeper
  // subtree depth-first (`order[new] = old`).
  std::vector<uint32_t> order{0}, renum(count, 0);
  std::vector<uint8_t> depth(count, 0);
  order.reserve(count);
  std::vector<uint32_t> kids;
  auto children = [&](uint32_t old) {  // in label order, as add() keeps them
    kids.clear();
    for (uint32_t k = build_nodes_[old].first_child; k != 0; k = build_nodes_[k].next_sibling) kids.push_back(k);
  };
  auto number = [&](uint32_t k, uint32_t parent) {
    renum[k] = static_cast<uint32_t>(order.size());
    depth[k] = static_cast<uint8_t>(std::min(depth[parent] + 1, 255));
    order.push_back(k);
  };
  std::vector<uint32_t> deep_roots;  // the first nodes below the breadth-first levels
  for (std::size_t i = 0; i < order.size(); ++i) {
    const uint32_t old = order[i];
    children(old);
    for (uint32_t k : kids) {
      if (depth[old] < kDenseDepth) {
        number(k, old);
      } else {
        depth[k] = static_cast<uint8_t>(std::min(depth[old] + 1, 255));
        deep_roots.push_back(k);
      }
    }
  }
  std::vector<uint32_t> stack;
  for (uint32_t root : deep_roots) {
    stack.assign(1, root);
    while (!stack.empty()) {
      const uint32_t old = stack.back();
      stack.pop_back();
      renum[old] = static_cast<uint32_t>(order.size());
      order.push_back(old);
      children(old);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) {  // smallest label next
        depth[*it] = static_cast<uint8_t>(std::min(depth[old] + 1, 255));
        stack.push_back(*it);
      }
    }
  }

  nodes_.assign(count, Node{});
  labels_.clear();
  targets_.clear();
  dense_.clear();
  payloads_.clear();
  payloads_.reserve(build_payloads_.size());
  for (std::size_t n = 0; n < count; ++n) {
    const uint32_t old = order[n];
    Node& node = nodes_[n];
    node.payloads_begin = static_cast<uint32_t>(payloads_.size());
    const auto first = by_node.begin() + payload_start[old], last = by_node.begin() + payload_start[old + 1];
    if (last - first > 1) std::sort(first, last);
    std::unique_copy(first, last, std::back_inserter(payloads_));
    node.payloads_count = static_cast<uint32_t>(payloads_.size()) - node.payloads_begin;
    std::size_t fan = 0;
    for (uint32_t k = build_nodes_[old].first_child; k != 0; k = build_nodes_[k].next_sibling) ++fan;
    node.edge_count = static_cast<uint16_t>(std::min<std::size_t>(fan, 0xFFFF));
    if (n == 0 || (depth[old] <= kDenseDepth && fan > 0) || fan >= kDenseFanOut) {
      node.shape = kDense;
      node.edges = static_cast<uint32_t>(dense_.size());
      dense_.resize(dense_.size() + class_count_, 0);
      for (uint32_t k = build_nodes_[old].first_child; k != 0; k = build_nodes_[k].next_sibling)
        dense_[node.edges + class_[build_nodes_[k].label]] = renum[k];
    } else if (fan == 1) {
      node.shape = kSingle;
      const uint32_t k = build_nodes_[old].first_child;
      node.label = build_nodes_[k].label;
      node.edges = renum[k];
    } else {
      // Children by label, the order numbering gave them: renum increases along them.
      node.shape = fan == 0 ? kLeaf : kList;
      node.edges = static_cast<uint32_t>(labels_.size());
      for (uint32_t k = build_nodes_[old].first_child; k != 0; k = build_nodes_[k].next_sibling) {
        labels_.push_back(build_nodes_[k].label);
        targets_.push_back(renum[k]);
      }
    }
  }
  build_nodes_ = {};
  build_payloads_ = {};
  last_phrase_ = {};
  last_path_ = {};
}

}  // namespace ag::extract
