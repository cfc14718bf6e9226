#pragma once
// One automaton for every phrase of the language data (actor names, roles, triggers,
// topic words, cues): a byte trie over folded text, walked from each word start, so a
// document is scanned once whatever the size of the lexicons.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ag::extract {

// Letters, digits, '-' and every byte >= 0x80, as a table: the rules' word loops test it
// on every byte (a chain of range compares cost several times the look-up).
struct WordByteTable {
  bool is[256] = {};
  constexpr WordByteTable() {
    for (int c = 0; c < 256; ++c)
      is[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-';
  }
};
inline constexpr WordByteTable kWordBytes{};

class PhraseMatcher {
 public:
  PhraseMatcher();

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

  static bool is_word_byte(unsigned char c) { return kWordBytes.is[c]; }

 private:
  // The frozen trie. Nodes are numbered breadth-first for the top levels every word start
  // walks through, so they sit together in memory, then depth-first below, so the chains
  // inside long names are contiguous. A node's children are either a dense row indexed by
  // byte class (the top levels and wide nodes: the branchy part, where a search would cost
  // most), a single child kept in the node itself (most nodes: inside names), or a short
  // list of labels searched in a byte array.
  enum : uint8_t { kLeaf, kSingle, kDense, kList };
  struct Node {
    uint32_t edges = 0;     // dense: offset of its row in dense_; single: the child; else index into labels_/targets_
    uint16_t edge_count = 0;
    uint8_t shape = kLeaf;    // how its children are kept: one test on the hot path
    unsigned char label = 0;  // the single child's label
    uint32_t payloads_begin = 0;
    uint32_t payloads_count = 0;  // 0: no phrase ends here
  };
  std::vector<Node> nodes_;
  std::vector<unsigned char> labels_;
  std::vector<uint32_t> targets_;  // 0: no child (the root is never a child)
  std::vector<uint32_t> dense_;    // rows of class_count_ entries
  std::vector<uint32_t> payloads_;
  unsigned char class_[256] = {};  // byte -> class (0: in no phrase)
  uint32_t class_count_ = 1;
  bool word_[256] = {};            // is_word_byte, as a table
  bool space_[256] = {};           // what a space of a phrase matches: ' ', '\n', '\r'
  std::size_t phrases_ = 0;

  // Build-time trie: flat arrays (children as first-child / next-sibling lists, by label) and one list
  // of (node, payload) pairs, so adding thirteen thousand phrases allocates next to nothing.
  struct BuildNode {
    uint32_t first_child = 0;
    uint32_t next_sibling = 0;
    unsigned char label = 0;
    bool has_payloads = false;
  };
  std::vector<BuildNode> build_nodes_{BuildNode{}};
  std::vector<std::pair<uint32_t, uint32_t>> build_payloads_;
  // The phrase added last and its path (last_path_[k]: the node after its first k bytes).
  // The lexicons add phrases in runs that share long prefixes (a trigger's alternatives,
  // a role for every demonym): add() starts each walk where the previous phrase's path
  // leaves the new phrase, instead of searching sibling lists down from the root.
  std::string last_phrase_;
  std::vector<uint32_t> last_path_{0};

  uint32_t child(const Node& n, unsigned char c) const {
    // Tests in the order of how often walks meet the shapes: the dense rows of the top levels
    // and branching nodes, which every word start steps through, then chains inside names.
    if (n.shape == kDense) return dense_[n.edges + class_[c]];
    if (n.shape == kSingle) return n.label == c ? n.edges : 0;
    if (n.shape == kList) {
      const unsigned char* l = labels_.data() + n.edges;
      for (uint32_t i = 0; i < n.edge_count; ++i)
        if (l[i] == c) return targets_[n.edges + i];
    }
    return 0;
  }
};

template <class F>
void PhraseMatcher::scan(std::string_view text, F&& on_match) const {
  if (nodes_.empty()) return;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t start = 0;
  while (true) {
    // Next word start: past the rest of the current word, then past what separates words.
    while (start < n && !word_[s[start]]) ++start;
    if (start >= n) return;
    uint32_t node = child(nodes_[0], s[start]);
    std::size_t i = start + 1;
    std::size_t word_end = 0;  // where the walk left the word it started in, once known
    bool after_word = true;    // whether s[i - 1] is a word byte
    while (node != 0) {
      // Inside a word no phrase can end (the next byte is a word byte): the walk alone,
      // without the checks below, through the rest of the first word (most walks end
      // there) and through every later word of a longer phrase.
      if (after_word) {
        while (node != 0 && i < n && word_[s[i]]) {
          node = child(nodes_[node], s[i]);
          ++i;
        }
        if (node == 0) break;
      }
      const Node& nd = nodes_[node];
      unsigned char c = i < n ? s[i] : 0;  // 0: not a word byte, like the end of the text
      const bool at_end = !word_[c];
      // A phrase that ends on a non-word byte ("sous l'egide d'") is already bounded.
      if (nd.payloads_count && (at_end || !after_word))
        on_match(Match{static_cast<uint32_t>(start), static_cast<uint32_t>(i), payloads_.data() + nd.payloads_begin,
                       nd.payloads_count});
      if (at_end) {
        if (word_end == 0) word_end = i;
        if (i >= n) break;
        if (space_[c]) {
          while (i + 1 < n && space_[static_cast<unsigned char>(s[i + 1])]) ++i;
          c = ' ';
        }
      }
      after_word = !at_end;
      node = child(nd, c);
      ++i;
    }
    // On to the next word start: past the word the walk started in, whose end the walk
    // found, or, when it died inside it, which is word bytes up to i.
    start = word_end != 0 ? word_end : i;
    while (start < n && word_[s[start]]) ++start;
  }
}

}  // namespace ag::extract
