#pragma once
// One automaton for every phrase of the language data (actor names, roles, triggers,
// topic words, cues): a byte trie over folded text, walked from each word start, so a
// document is scanned once whatever the size of the lexicons.
#include <cstdint>
#include <string_view>
#include <vector>

namespace ag::extract {

class PhraseMatcher {
 public:
  // Adds a phrase (already folded with fold_key) with a payload; a phrase may carry
  // several payloads. Must be called before build().
  void add(std::string_view folded_phrase, uint32_t payload);
  // Freezes the automaton for scanning.
  void build();

  struct Match {
    uint32_t begin;  // byte offsets into the scanned text
    uint32_t end;
    const uint32_t* payloads;
    uint32_t payload_count;
  };

  // Calls on_match(const Match&) for every phrase occurrence that starts and ends on word
  // boundaries (letters, digits and '-' are word bytes; any run of spaces in the text
  // matches one space of a phrase). Occurrences may overlap; each start reports its
  // matches shortest first.
  template <class F>
  void scan(std::string_view text, F&& on_match) const;

  std::size_t phrase_count() const { return phrases_; }

  static bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-';
  }

 private:
  struct Node {
    uint32_t edges_begin = 0;
    uint32_t edges_count = 0;
    uint32_t payloads_begin = 0;
    uint32_t payloads_count = 0;
  };
  struct Edge {
    unsigned char label;
    uint32_t target;
  };
  // Build-time trie (map-like); frozen into the flat arrays below by build().
  struct BuildNode {
    std::vector<std::pair<unsigned char, uint32_t>> children;
    std::vector<uint32_t> payloads;
  };
  std::vector<BuildNode> build_nodes_{BuildNode{}};
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<uint32_t> payloads_;
  uint32_t root_children_[256] = {};  // dense first step: 0 = none
  std::size_t phrases_ = 0;

  uint32_t child(uint32_t node, unsigned char c) const {
    const Node& n = nodes_[node];
    const Edge* e = edges_.data() + n.edges_begin;
    for (uint32_t i = 0; i < n.edges_count; ++i)
      if (e[i].label == c) return e[i].target;
    return 0;
  }
};

template <class F>
void PhraseMatcher::scan(std::string_view text, F&& on_match) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t start = 0; start < n; ++start) {
    if (!is_word_byte(s[start]) || (start > 0 && is_word_byte(s[start - 1]))) continue;
    uint32_t node = root_children_[s[start]];
    std::size_t i = start + 1;
    while (node != 0) {
      const Node& nd = nodes_[node];
      if (nd.payloads_count && (i >= n || !is_word_byte(s[i])))
        on_match(Match{static_cast<uint32_t>(start), static_cast<uint32_t>(i), payloads_.data() + nd.payloads_begin,
                       nd.payloads_count});
      if (i >= n) break;
      unsigned char c = s[i];
      if (c == ' ' || c == '\n' || c == '\r') {
        while (i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\r')) ++i;
        c = ' ';
      }
      node = child(node, c);
      ++i;
    }
  }
}

}  // namespace ag::extract
