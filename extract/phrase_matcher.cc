#include "extract/phrase_matcher.h"

#include <algorithm>

namespace ag::extract {

void PhraseMatcher::add(std::string_view phrase, uint32_t payload) {
  if (phrase.empty()) return;
  uint32_t node = 0;
  for (unsigned char c : phrase) {
    auto& kids = build_nodes_[node].children;
    auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& p) { return p.first == c; });
    if (it != kids.end()) {
      node = it->second;
    } else {
      const auto next = static_cast<uint32_t>(build_nodes_.size());
      kids.emplace_back(c, next);
      build_nodes_.emplace_back();
      node = next;
    }
  }
  auto& p = build_nodes_[node].payloads;
  if (p.empty()) ++phrases_;
  if (std::find(p.begin(), p.end(), payload) == p.end()) p.push_back(payload);
}

void PhraseMatcher::build() {
  nodes_.assign(build_nodes_.size(), Node{});
  edges_.clear();
  payloads_.clear();
  for (std::size_t i = 0; i < build_nodes_.size(); ++i) {
    auto& b = build_nodes_[i];
    // Frequent bytes first would be faster still; sorted keeps the layout deterministic.
    std::sort(b.children.begin(), b.children.end());
    nodes_[i].edges_begin = static_cast<uint32_t>(edges_.size());
    nodes_[i].edges_count = static_cast<uint32_t>(b.children.size());
    for (auto& [label, target] : b.children) edges_.push_back(Edge{label, target});
    std::sort(b.payloads.begin(), b.payloads.end());
    nodes_[i].payloads_begin = static_cast<uint32_t>(payloads_.size());
    nodes_[i].payloads_count = static_cast<uint32_t>(b.payloads.size());
    payloads_.insert(payloads_.end(), b.payloads.begin(), b.payloads.end());
  }
  std::fill(std::begin(root_children_), std::end(root_children_), 0u);
  for (auto& [label, target] : build_nodes_[0].children) root_children_[label] = target;
  build_nodes_.clear();
  build_nodes_.shrink_to_fit();
}

}  // namespace ag::extract
